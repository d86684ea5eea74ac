//! Golden output of every CI format on the fixture corpus, and byte-identical output across runs and thread
//! counts.
//!
//! The case: `fixtures/ci/corpus` (already accepted in `fixtures/ci/baseline.json`, which also holds one entry
//! that no longer occurs) plus `fixtures/ci/new` (not accepted). Expected outputs live in
//! `fixtures/ci/expected/`. After an intended change, regenerate them with `CROSSCHECK_BLESS=1 cargo test
//! --test formats` and review the diff.

mod common;

use common::{root, run_in};

const FORMATS: [(&str, &str); 5] = [
    ("json", "json"),
    ("jsonl", "jsonl"),
    ("sarif", "sarif"),
    ("github", "github.txt"),
    ("markdown", "md"),
];

fn check(format: &str, extra: &[&str]) -> String {
    let args = [
        &[
            "check",
            "fixtures/ci/corpus",
            "fixtures/ci/new",
            "--no-config",
            "--baseline",
            "fixtures/ci/baseline.json",
            "--fail-on",
            "info",
            "--format",
            format,
        ][..],
        extra,
    ]
    .concat();
    let run = run_in(&root(), &args);
    assert_eq!(
        run.code, 1,
        "{format}: the new report fails the run: {}",
        run.stderr
    );
    run.stdout
}

fn assert_golden(name: &str, actual: &str) {
    common::assert_golden("ci", name, actual);
}

#[test]
fn formats_match_golden_files() {
    for (format, extension) in FORMATS {
        assert_golden(&format!("report.{extension}"), &check(format, &[]));
    }
}

#[test]
fn json_without_baseline_has_no_baseline_fields() {
    let run = run_in(
        &root(),
        &[
            "check",
            "fixtures/ci/corpus",
            "--no-config",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("\"status\""));
    assert!(!run.stdout.contains("\"baseline\""));
    assert_golden("plain.json", &run.stdout);
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    for (format, _) in FORMATS {
        let one = check(format, &["--threads", "1"]);
        let four = check(format, &["--threads", "4"]);
        let again = check(format, &["--threads", "4"]);
        assert_eq!(one, four, "{format}");
        assert_eq!(four, again, "{format}");
    }
}

#[test]
fn jsonl_records_are_tagged_and_ordered() {
    let out = check("jsonl", &[]);
    let types: Vec<String> = out
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
            record["type"]
                .as_str()
                .expect("each record has a type")
                .to_string()
        })
        .collect();
    assert_eq!(types.first().map(String::as_str), Some("report"));
    assert_eq!(types.last().map(String::as_str), Some("summary"));
    for kind in ["document", "story", "pair", "finding", "baseline", "stale"] {
        assert!(
            types.iter().any(|t| t == kind),
            "no {kind} record in {types:?}"
        );
    }
    let mut order: Vec<&str> = types.iter().map(String::as_str).collect();
    order.dedup();
    assert_eq!(
        order,
        [
            "report", "document", "story", "pair", "finding", "baseline", "stale", "summary"
        ]
    );
}
