//! The seed reports: the JSON contract, positions, exit codes and determinism.

mod common;

use common::{json, run};

#[test]
fn json_report_has_every_contract_field() {
    let out = run(&["check", "--format", "json", "seeds/"]);
    let report = json(&out);
    assert_eq!(report["schema"], "crosscheck-report/1");
    assert_eq!(report["tool"]["name"], "crosscheck");
    assert_eq!(report["tool"]["version"], env!("CARGO_PKG_VERSION"));
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "seeds/000_eeec98b2f19edeb8.txt");
    assert_eq!(docs[0]["path"], "seeds/000_eeec98b2f19edeb8.txt");
    assert_eq!(docs[0]["source"], "000_eeec98b2f19edeb8");
    assert_eq!(
        docs[0]["title"],
        "Russia firm on peace terms, NATO troops in Ukraine a red line"
    );
    assert_eq!(docs[0]["bytes"], 3144);
    assert_eq!(docs[1]["bytes"], 3160);
    for key in ["stories", "pairs", "findings"] {
        assert!(report[key].is_array(), "{key} is an array");
    }
    for key in ["documents", "stories"] {
        assert!(report["summary"][key].is_u64(), "summary.{key}");
    }
    for key in ["error", "warning", "info"] {
        assert!(
            report["summary"]["findings"][key].is_u64(),
            "summary.findings.{key}"
        );
    }
    for finding in report["findings"].as_array().unwrap() {
        for key in ["id", "kind", "severity", "message"] {
            assert!(finding[key].is_string(), "finding.{key}: {finding}");
        }
        assert!(
            finding.get("entity").is_some(),
            "entity present, null where it does not apply"
        );
        assert!(finding["values"].is_array());
        for e in finding["evidence"].as_array().unwrap() {
            for key in ["document", "path", "text", "context"] {
                assert!(e[key].is_string(), "evidence.{key}");
            }
            for key in ["line", "column", "end_line", "end_column", "start", "end"] {
                assert!(e[key].is_u64(), "evidence.{key}");
            }
        }
    }
}

#[test]
fn repeated_caption_and_headline_are_duplicate_passages() {
    let report = json(&run(&["check", "--format", "json", "seeds/"]));
    let dups: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["kind"] == "duplicate-passage"
                && f["evidence"][0]["document"] == f["evidence"][1]["document"]
        })
        .collect();
    let places: Vec<(String, Vec<u64>)> = dups
        .iter()
        .map(|f| {
            let ev = f["evidence"].as_array().unwrap();
            (
                ev[0]["path"].as_str().unwrap().to_string(),
                ev.iter().map(|e| e["line"].as_u64().unwrap()).collect(),
            )
        })
        .collect();
    assert!(
        places.contains(&("seeds/000_eeec98b2f19edeb8.txt".to_string(), vec![7, 8])),
        "{places:?}"
    );
    assert!(
        places.contains(&("seeds/002_7a06f59f9f720265.txt".to_string(), vec![1, 5])),
        "{places:?}"
    );
    let caption = dups.iter().find(|f| f["evidence"][0]["line"] == 7).unwrap();
    assert_eq!(
        caption["values"][0],
        "Russia will avoid compromises that would threaten people's lives, declared Siergiej Ławrow."
    );
    assert_eq!(caption["severity"], "info");
}

#[test]
fn evidence_positions_count_characters_and_bytes() {
    let report = json(&run(&["check", "--format", "json", "seeds/"]));
    let text = std::fs::read_to_string("seeds/000_eeec98b2f19edeb8.txt").unwrap();
    for f in report["findings"].as_array().unwrap() {
        for e in f["evidence"].as_array().unwrap() {
            if e["path"] != "seeds/000_eeec98b2f19edeb8.txt" {
                continue;
            }
            let (start, end) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[start..end],
                e["text"].as_str().unwrap(),
                "byte span matches text"
            );
            let line = e["line"].as_u64().unwrap() as usize;
            let column = e["column"].as_u64().unwrap() as usize;
            let line_text = text.lines().nth(line - 1).unwrap();
            let from_column: String = line_text
                .chars()
                .skip(column - 1)
                .take(e["text"].as_str().unwrap().chars().count())
                .collect();
            assert_eq!(
                from_column,
                e["text"].as_str().unwrap(),
                "line:column points at the text"
            );
        }
    }
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let one = run(&["check", "--format", "json", "--threads", "1", "seeds/"]);
    let two = run(&["check", "--format", "json", "--threads", "2", "seeds/"]);
    assert_eq!(one.stdout, two.stdout);
    let table_one = run(&["check", "--threads", "1", "seeds/"]);
    let table_two = run(&["check", "--threads", "2", "seeds/"]);
    assert_eq!(table_one.stdout, table_two.stdout);
}

#[test]
fn fail_on_and_exit_zero_decide_the_status() {
    assert_eq!(run(&["check", "--fail-on", "info", "seeds/"]).code, 1);
    assert_eq!(
        run(&["check", "--fail-on", "info", "--exit-zero", "seeds/"]).code,
        0
    );
    assert_eq!(run(&["check", "--fail-on", "never", "seeds/"]).code, 0);
}

#[test]
fn table_to_a_pipe_is_plain() {
    let out = run(&["check", "seeds/"]);
    assert!(out.stdout.starts_with("2 documents, "), "{}", out.stdout);
    assert!(
        !out.stdout.contains('\u{1b}'),
        "no ANSI escapes in piped output"
    );
    assert!(out.stdout.contains("seeds/000_eeec98b2f19edeb8.txt:7"));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let out = run(&[
        "check",
        "--format",
        "json",
        "-o",
        path.to_str().unwrap(),
        "seeds/",
    ]);
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(serde_json::from_str::<serde_json::Value>(&written).is_ok());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
}

#[test]
fn broken_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "json", "seeds/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(0), "{stderr}");
}

#[test]
fn seeds_report_matches_the_golden_json() {
    let out = run(&["check", "--format", "json", "--exit-zero", "seeds/"]);
    common::assert_golden("seeds", "check.json", &out.stdout);
}

/// What DESIGN.md says the seeds must show, and the traps it says they must not.
#[test]
fn seeds_show_the_design_findings_and_none_of_the_traps() {
    let out = run(&["check", "--format", "json", "seeds/"]);
    assert_eq!(out.code, 1, "the place conflict is an error");
    let report = json(&out);
    let findings = report["findings"].as_array().unwrap();
    let values = |f: &serde_json::Value| -> Vec<String> {
        f["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let of_kind = |kind: &str| {
        findings
            .iter()
            .filter(|f| f["kind"] == kind)
            .collect::<Vec<_>>()
    };

    let variants = of_kind("spelling-variant");
    assert_eq!(variants.len(), 1, "{variants:?}");
    assert_eq!(variants[0]["entity"], "Sergey Lavrov");
    assert_eq!(
        values(variants[0]),
        ["Sergei Lavrov", "Sergey Lavrov", "Siergiej Ławrow"]
    );
    let siergiej = variants[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Siergiej Ławrow")
        .unwrap();
    assert_eq!(
        (siergiej["line"].as_u64(), siergiej["column"].as_u64()),
        (Some(7), Some(76))
    );

    let places = of_kind("place-conflict");
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(values(places[0]), ["Jeddah", "Riyadh"]);

    let drift = of_kind("quote-drift");
    assert_eq!(drift.len(), 1, "{drift:?}");
    let drift_values = values(drift[0]);
    assert!(
        drift_values
            .iter()
            .any(|v| v.contains("compromises that could threaten")),
        "{drift_values:?}"
    );
    assert!(
        drift_values
            .iter()
            .any(|v| v.contains("compromises that would threaten")),
        "{drift_values:?}"
    );

    assert_eq!(of_kind("duplicate-passage").len(), 2);
    assert!(
        of_kind("near-duplicate").is_empty(),
        "the seeds are one story, not copies"
    );
    for kind in [
        "person-conflict",
        "number-conflict",
        "date-conflict",
        "role-conflict",
    ] {
        assert!(
            of_kind(kind).is_empty(),
            "no {kind} on the seeds: {:?}",
            of_kind(kind)
        );
    }
    // The traps: paraphrases and different referents are never values of one finding.
    let traps = [
        ["NATO troops", "NATO peacekeeping forces"],
        ["Tuesday", "Wednesday"],
        ["Moscow", "Washington"],
        ["Turkey", "Riyadh"],
        ["Lavrov", "Zakharova"],
    ];
    for f in findings {
        let vs = values(f).join(" | ");
        for [x, y] in traps {
            assert!(
                !(vs.contains(x) && vs.contains(y)),
                "trap {x} / {y} reported: {f}"
            );
        }
        assert!(
            !vs.contains("Naryshkin"),
            "Sergey Naryshkin is not a Lavrov spelling: {f}"
        );
    }
    assert_eq!(report["stories"].as_array().unwrap().len(), 1);
    assert_eq!(
        report["stories"][0]["documents"].as_array().unwrap().len(),
        2
    );
}
