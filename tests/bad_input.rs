//! Every bad input gets a message naming the file and the reason, exit status 2, and no report on stdout.

mod common;

use std::fs;

use common::run_in;

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn assert_input_error(run: &common::Run, needles: &[&str]) {
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "no partial report on stdout, got: {}",
        run.stdout
    );
    for needle in needles {
        assert!(
            run.stderr.contains(needle),
            "stderr lacks {needle:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn missing_path_is_named() {
    let d = dir();
    let run = run_in(d.path(), &["check", "nowhere.txt"]);
    assert_input_error(&run, &["nowhere.txt: no such file or directory"]);
}

#[test]
fn directory_without_reports() {
    let d = dir();
    fs::create_dir(d.path().join("empty")).unwrap();
    fs::write(d.path().join("empty/notes.pdf"), "x").unwrap();
    let run = run_in(d.path(), &["check", "empty"]);
    assert_input_error(&run, &["no documents found in empty"]);
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let d = dir();
    fs::write(
        d.path().join("bad.txt"),
        b"Headline\n\nTalks in Jedd\xffah ended.\n",
    )
    .unwrap();
    let run = run_in(d.path(), &["check", "bad.txt"]);
    assert_input_error(&run, &["bad.txt: invalid UTF-8 at byte 23"]);
}

#[test]
fn lossy_replaces_invalid_utf8_and_warns() {
    let d = dir();
    fs::write(
        d.path().join("bad.txt"),
        b"Headline\n\nTalks in Jedd\xffah ended.\n",
    )
    .unwrap();
    let run = run_in(
        d.path(),
        &["check", "--lossy", "--format", "json", "bad.txt"],
    );
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert!(
        run.stderr.contains("bad.txt: invalid UTF-8 from byte 23"),
        "{}",
        run.stderr
    );
    assert_eq!(common::json(&run)["documents"][0]["path"], "bad.txt");
}

#[test]
fn malformed_jsonl_line_is_named_by_number() {
    let d = dir();
    let lines = "{\"id\":\"a\",\"text\":\"Talks ended.\"}\n{\"id\":\"b\",\"text\": oops}\n{\"id\":\"c\",\"text\":\"Fine.\"}\n";
    fs::write(d.path().join("wire.jsonl"), lines).unwrap();
    let run = run_in(d.path(), &["check", "wire.jsonl"]);
    assert_input_error(&run, &["wire.jsonl: line 2: malformed JSON record"]);
}

#[test]
fn empty_file() {
    let d = dir();
    fs::write(d.path().join("empty.txt"), "").unwrap();
    let run = run_in(d.path(), &["check", "empty.txt"]);
    assert_input_error(&run, &["empty.txt: empty file"]);
}

#[test]
fn binary_file_with_nul() {
    let d = dir();
    fs::write(d.path().join("blob.txt"), b"GIF89a\x00\x01\x02").unwrap();
    let run = run_in(d.path(), &["check", "blob.txt"]);
    assert_input_error(&run, &["blob.txt: binary file (NUL byte at offset 6)"]);
}

#[test]
fn duplicate_document_id_names_both_files() {
    let d = dir();
    fs::write(
        d.path().join("a.jsonl"),
        "{\"id\":\"story-7\",\"text\":\"One.\"}\n",
    )
    .unwrap();
    fs::write(
        d.path().join("b.jsonl"),
        "{\"id\":\"story-7\",\"text\":\"Two.\"}\n",
    )
    .unwrap();
    let run = run_in(d.path(), &["check", "a.jsonl", "b.jsonl"]);
    assert_input_error(
        &run,
        &["b.jsonl: duplicate document id \"story-7\" (first seen in a.jsonl)"],
    );
}

#[test]
fn unsupported_file_named_explicitly() {
    let d = dir();
    fs::write(d.path().join("report.pdf"), "x").unwrap();
    let run = run_in(d.path(), &["check", "report.pdf"]);
    assert_input_error(&run, &["report.pdf: unsupported file type"]);
}

#[test]
fn all_input_errors_are_reported_together() {
    let d = dir();
    fs::create_dir(d.path().join("in")).unwrap();
    fs::write(d.path().join("in/a.txt"), "Fine report.\n").unwrap();
    fs::write(d.path().join("in/b.txt"), "").unwrap();
    fs::write(d.path().join("in/c.txt"), b"bin\x00ary").unwrap();
    fs::write(d.path().join("in/d.jsonl"), "{\"text\":\"ok\"}\nnot json\n").unwrap();
    let run = run_in(d.path(), &["check", "in", "missing.md"]);
    assert_input_error(
        &run,
        &[
            "in/b.txt: empty file",
            "in/c.txt: binary file",
            "in/d.jsonl: line 2:",
            "missing.md: no such file or directory",
            "4 input errors; no report written",
        ],
    );
}

#[test]
fn hidden_files_and_directories_are_skipped() {
    let d = dir();
    fs::create_dir_all(d.path().join("in/.cache")).unwrap();
    fs::write(d.path().join("in/.cache/x.txt"), "").unwrap();
    fs::write(d.path().join("in/.draft.txt"), b"\x00").unwrap();
    fs::write(d.path().join("in/a.txt"), "Talks ended in Riyadh.\n").unwrap();
    let run = run_in(d.path(), &["check", "--format", "json", "in"]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let docs = common::json(&run)["documents"].as_array().unwrap().len();
    assert_eq!(docs, 1);
}

#[test]
fn unknown_option_is_a_usage_error() {
    let run = common::run(&["check", "--no-such-flag", "seeds"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}
