"use strict";
// Filters the findings list by kind, severity and source. The page reads fine without it: every finding is
// shown and the filter form stays hidden. The Content-Security-Policy allows this script by its hash only.
(function () {
  var form = document.getElementById("filters");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  if (form && items.length > 0) {
    var kind = document.getElementById("filter-kind");
    var severity = document.getElementById("filter-severity");
    var source = document.getElementById("filter-source");
    var count = document.getElementById("filter-count");
    var empty = document.getElementById("filter-empty");
    var apply = function () {
      var shown = 0;
      items.forEach(function (item) {
        var sources = (item.getAttribute("data-sources") || "").split(" ");
        var match =
          (kind.value === "" || item.getAttribute("data-kind") === kind.value) &&
          (severity.value === "" || item.getAttribute("data-severity") === severity.value) &&
          (source.value === "" || sources.indexOf(source.value) >= 0);
        item.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      count.textContent = "Showing " + shown + " of " + items.length + " findings";
      empty.hidden = shown !== 0;
    };
    // Filters can come from the address (?kind=place-conflict&severity=error&source=s0), so that a link in a
    // ticket opens the page showing just the findings it is about; changing them updates the address.
    var selects = { kind: kind, severity: severity, source: source };
    var params = new URLSearchParams(window.location.search);
    Object.keys(selects).forEach(function (name) {
      var wanted = params.get(name);
      var select = selects[name];
      for (var i = 0; i < select.options.length; i += 1) {
        if (select.options[i].value === wanted) {
          select.value = wanted;
        }
      }
    });
    form.addEventListener("change", function () {
      apply();
      var query = new URLSearchParams();
      Object.keys(selects).forEach(function (name) {
        if (selects[name].value !== "") {
          query.set(name, selects[name].value);
        }
      });
      try {
        var search = query.toString();
        window.history.replaceState(null, "", search === "" ? window.location.pathname : "?" + search);
      } catch (e) {
        // Some browsers refuse to change the address of a page opened from disk; the filter still works.
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    apply();
  }
  // Marks that the script ran under the page's policy; the browser test looks for it.
  document.body.setAttribute("data-ready", "1");
})();
