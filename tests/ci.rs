//! CI gating through the binary: baseline round trip, `--only`, configuration files and their errors, exit
//! codes, and the GitHub step summary.
//!
//! The tests work with whatever kinds of finding the pipeline produces: they compare ids and documents, not
//! kinds, so they stay meaningful as detection stages land.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{copy_dir, run_in, run_in_env};
use serde_json::Value;

const BASELINE: &str = ".crosscheck-baseline.json";

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).expect("stdout is the JSON report")
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings is an array")
}

/// Ids of the findings with `status`.
fn ids_with_status(report: &Value, status: &str) -> BTreeSet<String> {
    findings(report)
        .iter()
        .filter(|f| f["status"] == status)
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect()
}

fn documents_of(finding: &Value) -> BTreeSet<String> {
    finding["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["document"].as_str().unwrap().to_string())
        .collect()
}

/// A temporary content repository holding the fixture corpus under `corpus/`.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir("ci/corpus", &dir.path().join("corpus"));
    dir
}

#[test]
fn baseline_round_trip() {
    let repo = repository();
    let dir = repo.path();
    // The default --fail-on error: only the new report's conflict can fail the run.
    let check = ["check", "corpus", "--no-config", "--baseline", BASELINE];

    // 1. A baseline of the corpus as it stands; checking against it passes.
    let run = run_in(dir, &["baseline", "corpus", "--no-config", "-o", BASELINE]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = std::fs::read_to_string(dir.join(BASELINE)).unwrap();
    let baseline: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(baseline["schema"], "crosscheck-baseline/1");
    let entries = baseline["findings"].as_array().unwrap();
    assert!(!entries.is_empty(), "the fixture has findings to accept");
    assert!(
        entries
            .iter()
            .all(|e| e["kind"].is_string() && e["values"].is_array())
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "atomic write left {leftovers:?}");

    let run = run_in(dir, &[&check[..], &["--format", "json"]].concat());
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = json(&run.stdout);
    assert!(ids_with_status(&report, "new").is_empty());
    assert_eq!(ids_with_status(&report, "known").len(), entries.len());
    assert_eq!(report["baseline"]["stale"], Value::Array(vec![]));

    // 2. A new report that contradicts an accepted one (four weeks of repairs, not three) fails the run, and
    //    only findings that involve it are new.
    copy_dir("ci/new", &dir.join("corpus"));
    let run = run_in(dir, &[&check[..], &["--format", "json"]].concat());
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = json(&run.stdout);
    let new = ids_with_status(&report, "new");
    assert!(!new.is_empty());
    let conflict = findings(&report)
        .iter()
        .find(|f| f["status"] == "new" && f["kind"] == "number-conflict")
        .cloned()
        .unwrap_or_else(|| panic!("the new report's conflict is reported: {report}"));
    assert_eq!(
        conflict["values"],
        serde_json::json!(["four weeks", "three weeks"])
    );
    for finding in findings(&report).iter().filter(|f| f["status"] == "new") {
        assert!(
            documents_of(finding).contains("corpus/ferry.txt"),
            "a new finding must involve the new report: {finding}"
        );
    }
    // The annotations name only the new findings.
    let run = run_in(dir, &[&check[..], &["--format", "github"]].concat());
    assert_eq!(run.code, 1);
    let annotated: BTreeSet<String> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::"))
        .map(|l| l.rsplit("id: ").next().unwrap().to_string())
        .collect();
    assert_eq!(annotated, new);
    std::fs::remove_file(dir.join("corpus/ferry.txt")).unwrap();

    // 3. Moving lines in an old report, and files sorting around it, keeps every finding known.
    let harbour = dir.join("corpus/harbour.txt");
    let text = std::fs::read_to_string(&harbour).unwrap();
    let (head, tail) = text.split_once("\n\n").unwrap();
    let (middle, last) = tail.split_once("\n\n").unwrap();
    std::fs::write(&harbour, format!("{head}\n\n\n\n{last}\n{middle}\n")).unwrap();
    std::fs::write(
        dir.join("corpus/aaa-first.txt"),
        "A quiet day\n\nNothing happened in Port Ellery today.\n",
    )
    .unwrap();
    let run = run_in(dir, &[&check[..], &["--format", "json"]].concat());
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = json(&run.stdout);
    assert!(ids_with_status(&report, "new").is_empty());
    assert_eq!(report["baseline"]["stale"], Value::Array(vec![]));
    let lines_moved = findings(&report)
        .iter()
        .flat_map(|f| f["evidence"].as_array().unwrap())
        .any(|e| e["path"] == "corpus/harbour.txt" && e["line"].as_u64() != Some(5));
    assert!(lines_moved, "the edit must have moved the evidence");
}

#[test]
fn stale_baseline_entries_are_reported_but_do_not_fail() {
    let repo = repository();
    let dir = repo.path();
    run_in(dir, &["baseline", "corpus", "--no-config", "-o", BASELINE]);
    std::fs::remove_file(dir.join("corpus/harbour.txt")).unwrap();
    let run = run_in(
        dir,
        &[
            "check",
            "corpus",
            "--no-config",
            "--baseline",
            BASELINE,
            "--fail-on",
            "info",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stale = json(&run.stdout)["baseline"]["stale"]
        .as_array()
        .unwrap()
        .len();
    assert!(stale > 0);
}

#[test]
fn only_reports_findings_that_involve_the_given_reports() {
    let root = common::root();
    let all = run_in(
        &root,
        &[
            "check",
            "fixtures/ci/corpus",
            "fixtures/ci/new",
            "--no-config",
            "--format",
            "json",
        ],
    );
    let scoped = run_in(
        &root,
        &[
            "check",
            "fixtures/ci/corpus",
            "--no-config",
            "--format",
            "json",
            "--only",
            "fixtures/ci/new/ferry.txt",
        ],
    );
    assert_eq!(
        scoped.code, 1,
        "the new report's conflict is an error: {}",
        scoped.stderr
    );
    let (all, scoped) = (json(&all.stdout), json(&scoped.stdout));
    // The scoped report was still loaded beside the whole corpus...
    assert_eq!(scoped["documents"], all["documents"]);
    // ...and exactly the findings involving it are kept.
    let expected: Vec<&Value> = findings(&all)
        .iter()
        .filter(|f| documents_of(f).contains("fixtures/ci/new/ferry.txt"))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(findings(&scoped).iter().collect::<Vec<_>>(), expected);

    let missing = run_in(
        &root,
        &[
            "check",
            "fixtures/ci/corpus",
            "--no-config",
            "--only",
            "fixtures/nothing-here",
        ],
    );
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("fixtures/nothing-here"),
        "{}",
        missing.stderr
    );
}

#[test]
fn fail_on_and_exit_zero_apply_to_every_format() {
    let root = common::root();
    for format in [
        "table", "json", "jsonl", "sarif", "github", "markdown", "html",
    ] {
        let base = [
            "check",
            "fixtures/ci/corpus",
            "--no-config",
            "--format",
            format,
        ];
        assert_eq!(
            run_in(&root, &base).code,
            0,
            "{format}: only info findings, fail-on error"
        );
        assert_eq!(
            run_in(&root, &[&base[..], &["--fail-on", "info"]].concat()).code,
            1,
            "{format}"
        );
        let zero = [&base[..], &["--fail-on", "info", "--exit-zero"]].concat();
        assert_eq!(run_in(&root, &zero).code, 0, "{format}");
    }
}

#[test]
fn config_file_is_found_walking_up_and_applies() {
    let repo = repository();
    let dir = repo.path();
    std::fs::write(
        dir.join("crosscheck.toml"),
        "ignore = [\"corpus/market.md\"]\n\n[severity]\nduplicate-passage = \"error\"\n\n\
         [[sources]]\npath = \"corpus/harbour.*\"\noutlet = \"Ellery Gazette\"\n",
    )
    .unwrap();
    let sub = dir.join("corpus");

    // Found from a subdirectory; globs are relative to the file's directory.
    let run = run_in(&sub, &["check", ".", "--format", "json"]);
    assert_eq!(
        run.code, 1,
        "duplicate-passage is an error now: {}",
        run.stderr
    );
    let report = json(&run.stdout);
    let documents = report["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 1, "market.md is ignored: {documents:?}");
    assert_eq!(documents[0]["source"], "Ellery Gazette");
    assert!(findings(&report).iter().all(|f| f["severity"] == "error"));

    // --no-config ignores it; --config picks another.
    let run = run_in(&sub, &["check", ".", "--no-config", "--format", "json"]);
    assert_eq!(run.code, 0);
    assert_eq!(json(&run.stdout)["documents"].as_array().unwrap().len(), 2);
    std::fs::write(
        dir.join("quiet.toml"),
        "[severity]\nduplicate-passage = \"off\"\n",
    )
    .unwrap();
    let run = run_in(
        &sub,
        &[
            "check",
            ".",
            "--config",
            "../quiet.toml",
            "--fail-on",
            "info",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(findings(&json(&run.stdout)).is_empty());

    // config --dump prints the merged configuration.
    let dump = run_in(&sub, &["config", "--dump"]);
    assert_eq!(dump.code, 0);
    assert!(
        dump.stdout.contains("duplicate-passage = \"error\""),
        "{}",
        dump.stdout
    );
    assert!(
        dump.stdout.contains("place-conflict = \"error\""),
        "defaults merged: {}",
        dump.stdout
    );
    assert!(dump.stdout.contains("outlet = \"Ellery Gazette\""));
    let which = run_in(&sub, &["config"]);
    assert!(
        which.stdout.trim_end().ends_with("crosscheck.toml"),
        "{}",
        which.stdout
    );
}

#[test]
fn config_errors_name_file_line_and_key_and_exit_2() {
    let repo = repository();
    let dir = repo.path();
    std::fs::write(
        dir.join("crosscheck.toml"),
        "[thresholds]\nnear-duplicate = 0.6\n\n[severity]\nquote-drift = \"warning\"\nplace-conflcit = \"off\"\n",
    )
    .unwrap();
    let run = run_in(dir, &["check", "corpus"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("crosscheck.toml:6: unknown key `place-conflcit`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("[severity]"), "{}", run.stderr);
    assert!(run.stdout.is_empty());

    std::fs::write(
        dir.join("crosscheck.toml"),
        "[severity]\n\nquote-drift = \"loud\"\n",
    )
    .unwrap();
    let run = run_in(dir, &["config", "--dump"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("crosscheck.toml:3: bad value for `quote-drift`"),
        "{}",
        run.stderr
    );

    let run = run_in(dir, &["check", "corpus", "--config", "missing.toml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing.toml"), "{}", run.stderr);
}

#[test]
fn bad_baseline_file_is_an_input_error() {
    let repo = repository();
    let dir = repo.path();
    std::fs::write(
        dir.join(BASELINE),
        "{\"schema\": \"crosscheck-baseline/1\",\n \"findings\": 7}\n",
    )
    .unwrap();
    let run = run_in(
        dir,
        &["check", "corpus", "--no-config", "--baseline", BASELINE],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(BASELINE) && run.stderr.contains("line 2"),
        "{}",
        run.stderr
    );
}

#[test]
fn github_format_appends_a_markdown_summary_to_the_step_summary_file() {
    let repo = repository();
    let dir = repo.path();
    let summary = dir.join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let env: [(&str, &Path); 1] = [("GITHUB_STEP_SUMMARY", &summary)];
    let args = ["check", "corpus", "--no-config", "--format", "github"];
    let first = run_in_env(dir, &args, &env);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first
            .stdout
            .starts_with("::notice file=corpus/harbour.txt,line=5,col=1,"),
        "{}",
        first.stdout
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("earlier step\n## crosscheck\n"),
        "{written}"
    );
    assert!(written.contains("| Severity | Kind |"), "{written}");

    // Other formats leave it alone.
    run_in_env(
        dir,
        &["check", "corpus", "--no-config", "--format", "json"],
        &env,
    );
    assert_eq!(std::fs::read_to_string(&summary).unwrap(), written);
}
