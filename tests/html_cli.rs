//! `crosscheck check --format html`: the binary writes one self-contained page. These checks need no browser;
//! `tests/html_browser.rs` renders the same pages in Chromium.

mod common;

use std::path::Path;

use common::{json, run};

#[test]
fn check_format_html_writes_one_self_contained_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let out = run(&[
        "check",
        "seeds",
        "--format",
        "html",
        "--exit-zero",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.is_empty(),
        "the page goes to the file, not stdout"
    );
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"
    ));
    // Self-contained: nothing is loaded from anywhere.
    for reference in [" src=", "<link", "url(", "@import", "http://", "https://"] {
        assert!(!page.contains(reference), "page references {reference}");
    }
    let report = json(&run(&["check", "seeds", "--format", "json", "--exit-zero"]));
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty(), "the seeds have findings");
    for finding in findings {
        let id = finding["id"].as_str().unwrap();
        assert!(
            page.contains(&format!("<li class=\"finding\" id=\"{id}\"")),
            "finding {id} missing"
        );
        for e in finding["evidence"].as_array().unwrap() {
            let place = format!("{}:{}", e["path"].as_str().unwrap(), e["line"]);
            assert!(
                page.contains(&format!("<code class=\"where\">{place}</code>")),
                "{place} missing"
            );
        }
    }
    for doc in report["documents"].as_array().unwrap() {
        assert!(page.contains(doc["path"].as_str().unwrap()));
    }
}

#[test]
fn check_format_html_exit_status_follows_findings_like_other_formats() {
    let html = run(&["check", "seeds", "--format", "html", "--fail-on", "info"]);
    let table = run(&["check", "seeds", "--fail-on", "info"]);
    assert_eq!(html.code, table.code);
    assert_eq!(html.code, 1, "the seeds have at least one finding");
    assert!(html.stdout.ends_with("</html>\n"));
}

#[test]
fn injection_fixture_renders_payloads_as_text() {
    let input = "fixtures/html-injection/input";
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(input).is_dir());
    let out = run(&["check", input, "--format", "html", "--exit-zero"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = out.stdout;
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert_eq!(
        page.matches("</style").count(),
        1,
        "only the page's own stylesheet ends"
    );
    assert!(!page.contains("<img"));
    assert!(page.contains("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;"));
    assert!(
        page.contains(
            "&quot;&gt;&lt;img src=x onerror=&quot;document.body.dataset.pwned=1&quot;&gt;"
        )
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;/style&gt;"));
    let report = json(&run(&["check", input, "--format", "json", "--exit-zero"]));
    assert!(
        report["findings"].as_array().unwrap().len() >= 2,
        "each fixture report repeats a line carrying payloads"
    );
}
