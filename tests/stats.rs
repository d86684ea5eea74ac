//! `--stats`: time and items per pipeline stage on standard error, the report itself unchanged.

mod common;

use common::run;

/// The stage names `--stats` printed, in order, with their item counts.
fn stages(stderr: &str) -> Vec<(String, u64)> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("crosscheck: stats: "))
        .map(|l| {
            let fields: Vec<&str> = l.split_whitespace().collect();
            (fields[0].to_string(), fields[3].parse().unwrap())
        })
        .collect()
}

#[test]
fn stats_flag_lists_every_stage_of_check_and_leaves_the_report_alone() {
    let plain = run(&["check", "seeds/", "--format", "json"]);
    let timed = run(&["check", "seeds/", "--format", "json", "--stats"]);
    assert_eq!(timed.code, plain.code);
    assert_eq!(timed.stdout, plain.stdout);
    assert!(!plain.stderr.contains("stats:"), "{}", plain.stderr);
    let found = stages(&timed.stderr);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "load",
            "segment",
            "sketch",
            "candidates",
            "verify+group",
            "extract",
            "resolve",
            "align",
            "compare",
            "findings",
            "filter",
            "render",
            "total"
        ],
        "{}",
        timed.stderr
    );
    let report = common::json(&plain);
    let items = |name: &str| found.iter().find(|(n, _)| n == name).unwrap().1;
    assert_eq!(items("load"), 2);
    assert_eq!(items("sketch"), 2);
    assert_eq!(
        items("verify+group"),
        report["pairs"].as_array().unwrap().len() as u64
    );
    assert_eq!(
        items("findings"),
        report["findings"].as_array().unwrap().len() as u64
    );
    assert_eq!(items("render"), plain.stdout.len() as u64);
}

#[test]
fn stats_flag_lists_the_near_duplicate_stages_of_dups() {
    let timed = run(&[
        "dups",
        "fixtures/dups/embedded-wire/input",
        "--format",
        "json",
        "--stats",
    ]);
    assert_eq!(timed.code, 0, "{}", timed.stderr);
    let report = common::json(&timed);
    let found = stages(&timed.stderr);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "load",
            "sketch",
            "candidates",
            "verify+group",
            "render",
            "total"
        ],
        "{}",
        timed.stderr
    );
    let documents = report["documents"].as_array().unwrap().len() as u64;
    assert_eq!(found[0].1, documents);
    assert_eq!(found[1].1, documents);
    assert_eq!(found[3].1, report["pairs"].as_array().unwrap().len() as u64);
}
