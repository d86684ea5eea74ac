//! Determinism: the JSON report is byte-identical whatever the thread count, the order the paths are given in,
//! and the order the files were created in (which is the order many file systems list a directory in).

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Run, run_with_timeout};
use proptest::prelude::*;

/// Every report of the hand-written stories and the seeds, as (relative path, bytes): several stories, each
/// with disagreements, spelling variants and copies, so that every map the pipeline builds is exercised.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = common::root();
    let mut files = Vec::new();
    let mut dirs = vec![root.join("seeds")];
    let mut stories: Vec<_> = std::fs::read_dir(root.join("fixtures/stories"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    stories.sort();
    dirs.extend(stories);
    for dir in dirs {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        entries.sort();
        for path in entries {
            let relative = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            files.push((relative, std::fs::read(&path).unwrap()));
        }
    }
    files
}

/// Writes `files` under `dir/in` in the given order.
fn write_in_order(dir: &Path, files: &[(String, Vec<u8>)]) {
    for (relative, bytes) in files {
        let path = dir.join("in").join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

fn check(dir: &Path, threads: &str, paths: &[String]) -> Run {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    command
        .args([
            "check",
            "--format",
            "json",
            "--exit-zero",
            "--threads",
            threads,
        ])
        .args(paths)
        .current_dir(dir)
        .env("NO_COLOR", "1");
    let run = run_with_timeout(command, Duration::from_secs(300));
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

/// The report of the files created in sorted order, walked as a directory, on one thread.
fn reference() -> &'static str {
    static REFERENCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    REFERENCE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        write_in_order(dir.path(), &corpus());
        let run = check(dir.path(), "1", &["in".to_string()]);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(
            report["findings"].as_array().unwrap().len() > 10,
            "the corpus has findings to order"
        );
        run.stdout
    })
}

proptest! {
    // Each case runs the binary four times over about forty reports.
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn json_is_identical_across_threads_and_file_orders(
        creation in Just(corpus()).prop_shuffle(),
        given in Just(corpus()).prop_shuffle(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        write_in_order(dir.path(), &creation);
        let paths: Vec<String> = given.iter().map(|(p, _)| format!("in/{p}")).collect();
        let expected = reference();
        for threads in ["1", "2", "8"] {
            let run = check(dir.path(), threads, &paths);
            prop_assert!(run.stdout == expected, "--threads {} on shuffled paths differs", threads);
        }
        let walked = check(dir.path(), "8", &["in".to_string()]);
        prop_assert!(walked.stdout == expected, "the directory walk differs");
    }
}
