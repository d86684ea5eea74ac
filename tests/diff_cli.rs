//! CLI tests of `crosscheck diff A B`: the aligned view, its marks, its findings and its exit codes.

mod common;

use std::collections::BTreeSet;

use common::{json, run, run_in};

const WIRE: &str = "fixtures/stories/01-ceasefire-duration/a_wire.txt";
const REGIONAL: &str = "fixtures/stories/01-ceasefire-duration/b_regional.md";

fn conflict_ids(report: &serde_json::Value) -> BTreeSet<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| f["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn rewrites_are_aligned_with_changed_words_marked() {
    let out = run(&["diff", WIRE, REGIONAL]);
    assert_eq!(out.code, 1, "a number conflict is an error\n{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], format!("--- {WIRE} (a_wire)"));
    assert_eq!(lines[1], format!("+++ {REGIONAL} (Great Lakes Monitor)"));
    // The two rewrites of the signing share few words; they are still shown side by side.
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("~ ") && l.contains("a [-30-]{+60+}-day ceasefire")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("- Congo and Kivu rebels sign 30-day ceasefire in Doha"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("+ Residents of Goma reached by telephone were cautious."),
        "{}",
        out.stdout
    );
    let findings = out.stdout.split("\nFindings (").nth(1).expect("findings");
    assert!(findings.contains("error number-conflict"), "{findings}");
    // Each value a report repeats is named once in the message.
    assert_eq!(
        findings.matches("\"30-day\" (a_wire)").count(),
        1,
        "{findings}"
    );
}

#[test]
fn each_gap_lists_the_first_report_before_the_second() {
    let out = run(&["diff", WIRE, REGIONAL]);
    let first_minus = out
        .stdout
        .find("\n- ")
        .expect("a passage only in the first");
    let first_plus = out
        .stdout
        .find("\n+ ")
        .expect("a passage only in the second");
    assert!(first_minus < first_plus, "{}", out.stdout);
}

#[test]
fn diff_reports_the_findings_check_reports_for_the_pair() {
    let diff = json(&run(&["diff", WIRE, REGIONAL, "--format", "json"]));
    let check = json(&run(&["check", WIRE, REGIONAL, "--format", "json"]));
    assert!(!conflict_ids(&diff).is_empty());
    assert_eq!(conflict_ids(&diff), conflict_ids(&check));
}

#[test]
fn side_by_side_fits_the_default_width_of_a_pipe() {
    let out = run(&["diff", "--side-by-side", WIRE, REGIONAL]);
    assert_eq!(out.code, 1);
    let body: Vec<&str> = out
        .stdout
        .split("\nFindings (")
        .next()
        .unwrap()
        .lines()
        .collect();
    assert!(body.len() > 10, "{}", out.stdout);
    for line in body {
        assert!(line.chars().count() <= 120, "{line:?}");
    }
}

#[test]
fn exit_zero_and_fail_on_apply_to_diff() {
    assert_eq!(run(&["diff", WIRE, REGIONAL, "--exit-zero"]).code, 0);
    assert_eq!(run(&["diff", WIRE, REGIONAL, "--fail-on", "never"]).code, 0);
}

#[test]
fn diff_needs_two_different_single_reports() {
    let same = run(&["diff", WIRE, WIRE]);
    assert_eq!(same.code, 2);
    assert!(
        same.stderr.contains("two different reports"),
        "{}",
        same.stderr
    );

    let many = run(&["diff", "seeds", WIRE]);
    assert_eq!(many.code, 2);
    assert!(
        many.stderr.contains("seeds") && many.stderr.contains("this input holds 2"),
        "{}",
        many.stderr
    );

    let dir = tempfile::tempdir().unwrap();
    let missing = run_in(dir.path(), &["diff", "nowhere.txt", "a.txt"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("nowhere.txt"), "{}", missing.stderr);
    assert!(missing.stdout.is_empty());
}
