//! Hostile and broken input: each case gets a message naming the file and exit status 2, or, where the input is
//! merely degenerate, a note in the report and exit status 0 or 1. Nothing panics, nothing hangs, and no run
//! uses more than 2 GiB (measured with `/usr/bin/time` where it is installed; `--nocapture` prints the figures).
//!
//! Every large input is generated here at run time, in a temporary directory; none is committed.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use common::{Measured, Run, dense_prose, json, prose, run_measured};
use crosscheck::load::{self, Corpus, Document, LoadOptions, Origin};
use crosscheck::stats::Stats;
use crosscheck::{Settings, compare, pipeline};

/// Long enough for the largest case in a debug build on a loaded machine; a hang fails instead of stalling CI.
const TIMEOUT: Duration = Duration::from_secs(300);

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn measured(dir: &Path, args: &[&str]) -> Run {
    let Measured { run, .. } = run_measured(dir, args, TIMEOUT);
    assert!(
        !run.stderr.contains("panicked"),
        "crosscheck {}: panic: {}",
        args.join(" "),
        run.stderr
    );
    run
}

/// Exit 2, every needle on standard error, and no report on standard output.
fn assert_input_error(run: &Run, needles: &[&str]) {
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(run.stdout.is_empty(), "no partial report: {}", run.stdout);
    for needle in needles {
        assert!(
            run.stderr.contains(needle),
            "stderr lacks {needle:?}: {}",
            run.stderr
        );
    }
}

/// Exit 0 or 1 with a complete JSON report.
fn assert_report(run: &Run) -> serde_json::Value {
    assert!(
        run.code == 0 || run.code == 1,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    json(run)
}

fn notes(report: &serde_json::Value) -> Vec<String> {
    report["notes"]
        .as_array()
        .expect("notes array")
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

/// A report of `kilobytes` KB of prose on one line, with a short one beside it.
fn report_on_a_single_line(kilobytes: usize) {
    let d = dir();
    let mut text = String::from("Talks resume in Geneva ");
    let mut seed = 0;
    while text.len() < kilobytes << 10 {
        text.push_str(&prose(seed, 200));
        seed += 1;
    }
    assert!(!text.contains('\n'));
    fs::write(d.path().join("huge.txt"), &text).unwrap();
    fs::write(d.path().join("small.txt"), prose(7, 20)).unwrap();
    let report = assert_report(&measured(
        d.path(),
        &["check", "--format", "json", "huge.txt", "small.txt"],
    ));
    assert_eq!(report["documents"][0]["path"], "huge.txt");
    assert_eq!(report["documents"][0]["bytes"], text.len());
    let title = report["documents"][0]["title"].as_str().unwrap();
    assert!(
        title.len() <= 160,
        "a derived title is cut: {} bytes",
        title.len()
    );
    // The generated prose repeats its sentences many times over: the caps on the sentence pairs scored and,
    // in the large case, on repeated passages are reached, and said.
    let notes = notes(&report);
    assert!(
        kilobytes < 10_000
            || notes
                .iter()
                .any(|n| n.contains("passages repeated inside reports were not reported")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("candidate sentence pairs; the rest were not scored")),
        "{notes:?}"
    );
}

#[test]
#[ignore = "heavy: about a minute on the release binary; .ci/run runs it with --release"]
fn fifty_megabyte_report_on_a_single_line() {
    report_on_a_single_line(50 << 10);
}

/// The same shape as the 50 MB case, small enough for a debug build.
#[test]
fn half_megabyte_report_on_a_single_line() {
    report_on_a_single_line(512);
}

/// A report of `megabytes` MB of dense prose on one line (two people, a place, a weekday and two figures in
/// every sentence; see [`dense_prose`]), with `config` as its `crosscheck.toml`. Tens of thousands of distinct
/// names share a few surname endings: comparing every pair in each block of one surname key costs the square
/// of the block, so the cap on name pairs is reached, and said.
fn dense_report_on_a_single_line(kilobytes: usize, config: &str) {
    let d = dir();
    let text = dense_prose(kilobytes << 10);
    assert!(!text.contains('\n'));
    fs::write(d.path().join("dense.txt"), &text).unwrap();
    fs::write(d.path().join("crosscheck.toml"), config).unwrap();
    let report = assert_report(&measured(
        d.path(),
        &["check", "--format", "json", "dense.txt"],
    ));
    assert_eq!(report["documents"][0]["bytes"], text.len());
    let notes = notes(&report);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("pairs of names sharing a surname key were not compared")),
        "{notes:?}"
    );
}

#[test]
#[ignore = "heavy: tens of seconds on the release binary; .ci/run runs it with --release"]
fn ten_megabyte_report_of_dense_prose_on_a_single_line() {
    dense_report_on_a_single_line(10 << 10, "");
}

/// The same shape, small enough for a debug build, under a lower cap set in `[limits]`.
#[test]
fn dense_prose_under_a_low_name_pair_cap() {
    dense_report_on_a_single_line(200, "[limits]\nname-pairs = 10000\n");
}

#[test]
fn one_sentence_of_200000_characters() {
    let d = dir();
    // Two reports of one enormous sentence each, differing in one number, so that they align and the cap on
    // word-diffing long sentences is reached (and noted).
    let words: String = prose(3, 2_600).replace(". ", " and ");
    let sentence = &words[..200_000];
    let sentence = &sentence[..sentence.rfind(' ').unwrap()];
    fs::write(d.path().join("a.txt"), format!("{sentence} on 12 May.\n")).unwrap();
    fs::write(d.path().join("b.txt"), format!("{sentence} on 13 May.\n")).unwrap();
    let report = assert_report(&measured(
        d.path(),
        &["check", "--format", "json", "a.txt", "b.txt"],
    ));
    assert_eq!(report["summary"]["documents"], 2);
    let notes = notes(&report);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("longer than 1000 words were not word-diffed")),
        "the sentence cap is noted: {notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains(
            "2 sentences longer than 1000 words were left out of the story-level checks"
        )),
        "the story-level checks' cap is noted: {notes:?}"
    );
}

#[test]
fn invalid_utf8_in_the_middle_of_a_large_file() {
    let d = dir();
    let mut bytes = prose(1, 10_000).into_bytes();
    let middle = bytes.len() / 2;
    bytes[middle] = 0xFF;
    fs::write(d.path().join("bad.txt"), &bytes).unwrap();
    let expected = format!("bad.txt: invalid UTF-8 at byte {middle}");
    let run = measured(d.path(), &["check", "bad.txt"]);
    assert_input_error(&run, &[&expected]);

    // JSON Lines are streamed by `dups`: the bad line is named by number.
    let mut lines: Vec<u8> = Vec::new();
    for i in 0..2_000 {
        if i == 1_234 {
            lines.extend_from_slice(
                b"{\"id\":\"r1234\",\"text\":\"Talks in Gen\xC3\x28eva ended.\"}\n",
            );
        } else {
            let text = prose(i, 3);
            lines
                .extend_from_slice(format!("{{\"id\":\"r{i}\",\"text\":\"{text}\"}}\n").as_bytes());
        }
    }
    fs::write(d.path().join("wire.jsonl"), &lines).unwrap();
    for command in ["check", "dups"] {
        let run = measured(d.path(), &[command, "wire.jsonl"]);
        assert_input_error(&run, &["wire.jsonl", "UTF-8"]);
    }
    let run = measured(d.path(), &["dups", "wire.jsonl"]);
    assert_input_error(&run, &["wire.jsonl: line 1235:"]);
}

#[test]
fn binary_file_with_nul_bytes() {
    let d = dir();
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..100_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    fs::write(d.path().join("photo.txt"), &bytes).unwrap();
    let first_nul = bytes.iter().position(|&b| b == 0).unwrap();
    let expected = format!("photo.txt: binary file (NUL byte at offset {first_nul})");
    for command in ["check", "dups"] {
        let run = measured(d.path(), &[command, "photo.txt"]);
        assert_input_error(&run, &[&expected]);
    }
}

#[test]
fn zero_byte_file() {
    let d = dir();
    fs::create_dir(d.path().join("in")).unwrap();
    fs::write(d.path().join("in/empty.md"), "").unwrap();
    fs::write(d.path().join("in/empty.jsonl"), "").unwrap();
    fs::write(d.path().join("in/ok.txt"), prose(2, 5)).unwrap();
    for command in ["check", "dups"] {
        let run = measured(d.path(), &[command, "in"]);
        assert_input_error(
            &run,
            &[
                "in/empty.md: empty file",
                "in/empty.jsonl: empty file",
                "2 input errors; no report written",
            ],
        );
    }
}

#[test]
fn directory_symlink_loop_is_noted_and_skipped() {
    let d = dir();
    fs::create_dir_all(d.path().join("in/sub")).unwrap();
    fs::write(d.path().join("in/a.txt"), prose(4, 8)).unwrap();
    fs::write(d.path().join("in/sub/b.txt"), prose(5, 8)).unwrap();
    std::os::unix::fs::symlink("..", d.path().join("in/sub/up")).unwrap();
    std::os::unix::fs::symlink(".", d.path().join("in/self")).unwrap();
    for command in ["check", "dups"] {
        let run = measured(d.path(), &[command, "--format", "json", "in"]);
        let report = assert_report(&run);
        assert_eq!(report["summary"]["documents"], 2, "each file once");
        let notes = notes(&report);
        assert_eq!(
            notes,
            [
                "in/self: directory symlink loop; skipped",
                "in/sub/up: directory symlink loop; skipped"
            ]
        );
        assert!(
            run.stderr
                .contains("warning: in/sub/up: directory symlink loop; skipped"),
            "{}",
            run.stderr
        );
    }
}

/// Runs `args` as an unprivileged user when the test runs as root (who may read any file), using
/// `setpriv`; `None` when that is impossible here.
fn run_unprivileged(dir: &Path, args: &[&str]) -> Option<Run> {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if !root {
        return Some(measured(dir, args));
    }
    let setpriv = Path::new("/usr/bin/setpriv");
    if !setpriv.exists() {
        return None;
    }
    let mut command = std::process::Command::new(setpriv);
    command
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_crosscheck"),
        ])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1");
    Some(common::run_with_timeout(command, TIMEOUT))
}

#[test]
fn unreadable_file_and_directory() {
    use std::os::unix::fs::PermissionsExt;
    let d = dir();
    // The unprivileged user must be able to reach the directory itself.
    fs::set_permissions(d.path(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::create_dir_all(d.path().join("in/locked")).unwrap();
    fs::write(d.path().join("in/ok.txt"), prose(6, 5)).unwrap();
    fs::write(d.path().join("in/secret.txt"), prose(7, 5)).unwrap();
    fs::write(d.path().join("in/locked/x.txt"), prose(8, 5)).unwrap();
    fs::set_permissions(d.path().join("in"), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(
        d.path().join("in/secret.txt"),
        fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    fs::set_permissions(
        d.path().join("in/locked"),
        fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let Some(run) = run_unprivileged(d.path(), &["check", "in"]) else {
        eprintln!(
            "SKIPPED: running as root without setpriv, so permissions cannot stop a read; \
             the message for a denied read is tested through LoadErrorKind::from_io only"
        );
        return;
    };
    fs::set_permissions(
        d.path().join("in/locked"),
        fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    assert_input_error(
        &run,
        &[
            "in/secret.txt: permission denied",
            "in/locked: permission denied",
        ],
    );
}

/// `n` byte-identical reports: one copy group, one story, a star of `n - 1` copy pairs, and a note.
fn identical_reports(n: usize) {
    let d = dir();
    fs::create_dir(d.path().join("in")).unwrap();
    let text = format!("Talks in Geneva end without a deal\n\n{}\n", prose(9, 12));
    for i in 0..n {
        fs::write(d.path().join(format!("in/r{i:04}.txt")), &text).unwrap();
    }
    let run = measured(d.path(), &["check", "--format", "json", "in"]);
    let report = assert_report(&run);
    assert_eq!(report["summary"]["documents"], n);
    let stories = report["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "one copy group");
    assert_eq!(stories[0]["documents"].as_array().unwrap().len(), n);
    let pairs = report["pairs"].as_array().unwrap();
    assert_eq!(
        pairs.len(),
        n - 1,
        "each copy paired with the first report only"
    );
    assert!(
        pairs
            .iter()
            .all(|p| p["relation"] == "copy" && p["a"] == "in/r0000.txt")
    );
    let note = [format!(
        "{} reports are copies of earlier reports; each was paired with the first of its copy group only and not compared again",
        n - 1
    )];
    assert_eq!(notes(&report), note);
    // `dups` streams the corpus and collapses the copies too: a clique of 5,000 copies is 12.5 million pairs.
    let dups = assert_report(&measured(d.path(), &["dups", "--format", "json", "in"]));
    assert_eq!(dups["stories"].as_array().unwrap().len(), 1);
    assert_eq!(dups["pairs"], report["pairs"]);
    assert_eq!(notes(&dups), note);
}

#[test]
#[ignore = "heavy: 5,000 files; .ci/run runs it with --release"]
fn five_thousand_identical_reports_collapse_into_one_copy_group() {
    identical_reports(5_000);
}

#[test]
fn three_hundred_identical_reports_collapse_into_one_copy_group() {
    identical_reports(300);
}

fn document(path: String, text: String) -> Document {
    Document {
        id: path.clone(),
        source: path.clone(),
        title: text.lines().next().unwrap_or_default().into(),
        path,
        date: None,
        url: None,
        text,
        origin: Origin::File {
            byte_offset: 0,
            line_offset: 0,
        },
    }
}

/// Candidate pairs verified, report pairs aligned and compared, and pairs reported for a story of two
/// rewrites and `copies` identical copies of a third report.
fn work_for_copies(copies: usize) -> (usize, usize, usize) {
    let wire = format!("Geneva talks end without a deal\n\n{}\n", prose(11, 10));
    let mut documents = vec![
        document("a.txt".into(), format!("{wire}Delegates left on 12 May.\n")),
        document("b.txt".into(), format!("{wire}Delegates left on 13 May.\n")),
    ];
    for i in 0..copies {
        documents.push(document(format!("copy{i:05}.txt"), wire.clone()));
    }
    let corpus = Corpus {
        documents,
        warnings: Vec::new(),
    };
    let settings = Settings::default();
    let analysis = pipeline::analyse(&corpus, &settings, None, &mut Stats::default());
    assert_eq!(analysis.near.stories.len(), 1, "one story");
    let facts: Vec<_> = (0..corpus.documents.len())
        .map(|i| analysis.facts(i))
        .collect();
    let comparison =
        compare::compare_corpus(&facts, &analysis.near.stories, &settings.compare_limits());
    (
        analysis.near.stats.candidates,
        comparison.document_pairs,
        analysis.near.pairs.len(),
    )
}

#[test]
fn copy_group_cost_does_not_grow_with_its_size() {
    let (candidates_10, compared_10, pairs_10) = work_for_copies(10);
    let (candidates_300, compared_300, pairs_300) = work_for_copies(300);
    // The copies stand behind one representative: the same candidates and comparisons for 10 as for 300.
    assert_eq!(candidates_300, candidates_10);
    assert_eq!(compared_300, compared_10);
    assert_eq!(
        compared_10, 3,
        "a, b and one representative of the copies, pairwise"
    );
    // Each copy adds one pair, to its representative.
    assert_eq!(pairs_300 - pairs_10, 290);
}

/// `n` reports on one summit, each naming the same 50 people in sentences built on one template.
fn reports_mentioning_the_same_fifty_names(n: usize) {
    let d = dir();
    let names: Vec<String> = (0..50)
        .map(|i| {
            let given = ["Amira", "Tomasz", "Keiko", "Daniel", "Lucia"][i % 5];
            let family = [
                "Haddad",
                "Wrona",
                "Sato",
                "Okafor",
                "Ferreira",
                "Petrenko",
                "Lindqvist",
                "Khalil",
                "Moreau",
                "Novak",
            ][i / 5];
            format!("{given} {family}")
        })
        .collect();
    let mut lines = String::new();
    for r in 0..n {
        let mut text = format!("Report {r} on the summit\\n\\n");
        for (i, name) in names.iter().enumerate() {
            text.push_str(&format!(
                "{name} met delegates in Geneva on day {} to discuss item {}. ",
                1 + (r + i) % 28,
                (r * 7 + i * 13) % 997
            ));
        }
        lines.push_str(&format!("{{\"id\":\"r{r}\",\"text\":\"{text}\"}}\n"));
    }
    fs::write(d.path().join("summit.jsonl"), lines).unwrap();
    let report = assert_report(&measured(
        d.path(),
        &["check", "--format", "json", "summit.jsonl"],
    ));
    assert_eq!(report["summary"]["documents"], n);
    // Every pair of reports shares template passages: each copied passage is one finding listing all its
    // copies, not one per pair of reports, and the per-report cap bounds what is left, so the report stays
    // linear in size.
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings.len() <= 100 * n,
        "{} findings for {n} reports",
        findings.len()
    );
    let mut listed: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for f in findings.iter().filter(|f| f["kind"] == "duplicate-passage") {
        let mut documents: Vec<&str> = f["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["document"].as_str().unwrap())
            .collect();
        documents.dedup();
        if documents.len() > 1 {
            for d in documents {
                *listed.entry(d).or_default() += 1;
            }
        }
    }
    assert!(
        !listed.is_empty(),
        "the template passages are reported as copied"
    );
    assert!(listed.values().all(|&c| c <= 100), "{listed:?}");
    let notes = notes(&report);
    for story in report["stories"].as_array().unwrap() {
        if story["documents"].as_array().unwrap().len() > 64 {
            assert!(
                notes.iter().any(|n| n.contains("were compared pairwise")),
                "a story over the cap is noted: {notes:?}"
            );
        }
    }
}

#[test]
#[ignore = "heavy: tens of seconds on the release binary; .ci/run runs it with --release"]
fn thousand_reports_mentioning_the_same_fifty_names() {
    reports_mentioning_the_same_fifty_names(1_000);
}

#[test]
fn forty_reports_mentioning_the_same_fifty_names() {
    reports_mentioning_the_same_fifty_names(40);
}

#[test]
fn jsonl_with_one_malformed_line_among_good_ones() {
    let d = dir();
    let mut lines = String::new();
    for i in 0..5_000 {
        if i == 2_499 {
            lines.push_str("{\"id\":\"r2499\",\"text\":\"Talks ended.\"\n");
        } else {
            lines.push_str(&format!(
                "{{\"id\":\"r{i}\",\"text\":\"{}\"}}\n",
                prose(i, 2)
            ));
        }
    }
    fs::write(d.path().join("wire.jsonl"), lines).unwrap();
    for command in ["check", "dups"] {
        let run = measured(d.path(), &[command, "wire.jsonl"]);
        assert_input_error(
            &run,
            &[
                "wire.jsonl: line 2500: malformed JSON record",
                "1 input error; no report written",
            ],
        );
    }
}

#[test]
fn deeply_nested_directories() {
    let d = dir();
    let mut deep = d.path().join("in");
    for level in 0..400 {
        deep.push(format!("{}", level % 10));
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("bottom.txt"), prose(12, 6)).unwrap();
    fs::write(d.path().join("in/top.txt"), prose(13, 6)).unwrap();
    for command in ["check", "dups"] {
        let report = assert_report(&measured(d.path(), &[command, "--format", "json", "in"]));
        let paths: Vec<&str> = report["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|doc| doc["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths.len(), 2);
        assert!(paths[0].ends_with("/9/bottom.txt") && paths[0].len() > 800);
        assert_eq!(paths[1], "in/top.txt");
    }
}

#[test]
fn file_that_vanishes_between_walk_and_read() {
    // The walk and the read are two steps of the library (`input_files`, then `load_files` or `stream`), so
    // the race is reproduced exactly: the file is removed between them.
    let d = dir();
    let input = d.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), prose(14, 5)).unwrap();
    fs::write(input.join("gone.txt"), prose(15, 5)).unwrap();
    fs::write(input.join("gone.jsonl"), "{\"text\":\"x\"}\n").unwrap();
    let options = LoadOptions::default();
    let (files, _) = load::input_files(std::slice::from_ref(&input), &options).unwrap();
    assert_eq!(files.len(), 3);
    fs::remove_file(input.join("gone.txt")).unwrap();
    fs::remove_file(input.join("gone.jsonl")).unwrap();
    let shown = |name: &str| {
        format!(
            "{}: no such file or directory",
            load::display_path(&input.join(name))
        )
    };

    let errors = load::load_files(&files, &options).unwrap_err().to_string();
    assert!(errors.contains(&shown("gone.txt")), "{errors}");
    assert!(errors.contains(&shown("gone.jsonl")), "{errors}");
    let streamed = load::stream(&files, &options, |_, _| {})
        .unwrap_err()
        .to_string();
    assert!(streamed.contains(&shown("gone.txt")), "{streamed}");
    assert!(streamed.contains(&shown("gone.jsonl")), "{streamed}");
}

#[test]
fn named_pipe_is_refused_not_waited_on() {
    let d = dir();
    fs::create_dir(d.path().join("in")).unwrap();
    fs::write(d.path().join("in/a.txt"), prose(16, 5)).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(d.path().join("in/pipe.txt"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: mkfifo is not available");
        return;
    }
    // Named on the command line: refused (opening it would block until a writer came).
    for command in ["check", "dups"] {
        let run = measured(d.path(), &[command, "in/pipe.txt"]);
        assert_input_error(&run, &["in/pipe.txt: not a regular file"]);
    }
    // Met in a walk: not a report file, so not read.
    let report = assert_report(&measured(d.path(), &["check", "--format", "json", "in"]));
    assert_eq!(report["summary"]["documents"], 1);
}
