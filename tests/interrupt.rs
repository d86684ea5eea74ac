//! Ctrl-C stops a run with status 130 and leaves no output file, whole or partial.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Writes a corpus large enough that a run takes well over the time it takes to interrupt it.
fn big_corpus(dir: &std::path::Path) {
    let mut lines = String::new();
    for i in 0..4_000 {
        let mut text = format!("Report {i} on the talks\\n\\n");
        for j in 0..40 {
            text.push_str(&format!(
                "Delegates from country {} met in city {} for round {j} of talks on item {} and sector {}. ",
                i % 97,
                (i * 7 + j) % 131,
                (i * 13 + j) % 1009,
                (i + j * 31) % 211
            ));
        }
        lines.push_str(&format!("{{\"id\":\"r{i}\",\"text\":\"{text}\"}}\n"));
    }
    std::fs::write(dir.join("corpus.jsonl"), lines).unwrap();
}

#[test]
fn interrupt_exits_130_without_output_file() {
    let dir = tempfile::tempdir().unwrap();
    big_corpus(dir.path());
    let out = dir.path().join("report.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "json", "-o"])
        .arg(&out)
        .arg(dir.path().join("corpus.jsonl"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    if let Some(status) = child.try_wait().unwrap() {
        panic!("run finished before it could be interrupted ({status}); make the corpus larger");
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = Instant::now();
    let status = child.wait().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "stopped promptly"
    );
    assert_eq!(status.code(), Some(130));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("corpus.jsonl")],
        "no report and no temporary file"
    );
}
