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
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    apply();
  }
  // Marks that the script ran under the page's policy; the browser test looks for it.
  document.body.setAttribute("data-ready", "1");
})();
