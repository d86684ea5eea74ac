//! The `dups` command and the near-duplicate part of `check`, run through the built binary.

use std::path::Path;
use std::process::{Command, Output};

fn crosscheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

/// Each `fixtures/dups/<case>/` holds `input/` reports and `expected.json`, the `dups --format json` output.
/// Set `UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change, then review the diff.
#[test]
fn golden_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dups");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 4);
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let input = format!("fixtures/dups/{name}/input");
        let output = crosscheck(&["dups", &input, "--format", "json"]);
        assert_eq!(output.status.code(), Some(0), "{name}");
        let expected_path = case.join("expected.json");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&expected_path, &output.stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected, "{name}");
    }
}

fn relations(report: &serde_json::Value) -> Vec<(String, String, String)> {
    report["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let name = |k: &str| {
                let id = p[k].as_str().unwrap();
                id.rsplit('/').next().unwrap().to_string()
            };
            (
                name("a"),
                name("b"),
                p["relation"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn story_members(report: &serde_json::Value) -> Vec<Vec<String>> {
    report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap().rsplit('/').next().unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn fixtures_cover_each_relation() {
    let run = |case: &str| {
        json(&crosscheck(&[
            "dups",
            &format!("fixtures/dups/{case}/input"),
            "--format",
            "json",
        ]))
    };
    let copy = run("syndicated-copy");
    assert_eq!(
        relations(&copy),
        [("outlet.txt".into(), "wire.txt".into(), "copy".into())]
    );
    let embedded = run("embedded-wire");
    assert_eq!(
        relations(&embedded),
        [("analysis.txt".into(), "wire.txt".into(), "contains".into())]
    );
    assert_eq!(embedded["pairs"][0]["shared_passages"], 1);
    let rewrites = run("rewrites-and-unrelated");
    assert_eq!(
        relations(&rewrites),
        [(
            "flanders-post.txt".into(),
            "harbour-daily.txt".into(),
            "same-story".into()
        )]
    );
    assert_eq!(
        story_members(&rewrites),
        [vec!["flanders-post.txt", "harbour-daily.txt"]]
    );
}

#[test]
fn chain_trap_keeps_the_second_event_out_of_the_first_story() {
    let report = json(&crosscheck(&[
        "dups",
        "fixtures/dups/chain-trap/input",
        "--format",
        "json",
    ]));
    // The briefing links to both events; the two event reports share nothing.
    assert_eq!(relations(&report).len(), 2);
    let stories = story_members(&report);
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].len(), 2);
    assert!(stories[0].contains(&"morning-briefing.txt".to_string()));
}

#[test]
fn seeds_are_one_story_not_near_duplicates_with_two_repeated_passages() {
    let output = crosscheck(&["check", "seeds", "--format", "json"]);
    let report = json(&output);
    assert_eq!(
        story_members(&report),
        [vec!["000_eeec98b2f19edeb8.txt", "002_7a06f59f9f720265.txt"]]
    );
    assert_eq!(relations(&report)[0].2, "same-story");
    let kinds: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .filter(|k| *k == "near-duplicate" || *k == "duplicate-passage")
        .collect();
    assert_eq!(kinds, ["duplicate-passage", "duplicate-passage"]);
}

#[test]
fn check_reports_a_near_duplicate_finding_for_a_copy() {
    let report = json(&crosscheck(&[
        "check",
        "fixtures/dups/syndicated-copy/input",
        "--format",
        "json",
    ]));
    let near: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "near-duplicate")
        .collect();
    assert_eq!(near.len(), 1);
    assert_eq!(near[0]["severity"], "info");
    assert_eq!(near[0]["evidence"].as_array().unwrap().len(), 2);
}

#[test]
fn check_reports_the_embedded_wire_story_as_a_copied_passage() {
    let report = json(&crosscheck(&[
        "check",
        "fixtures/dups/embedded-wire/input",
        "--format",
        "json",
    ]));
    let copied: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "duplicate-passage")
        .collect();
    assert_eq!(copied.len(), 1);
    let text = copied[0]["evidence"][0]["text"].as_str().unwrap();
    assert!(text.contains("refuge chamber stocked with water and oxygen"));
}

#[test]
fn one_and_two_threads_give_identical_bytes() {
    let run = |threads: &str| {
        crosscheck(&[
            "dups",
            "fixtures/dups/chain-trap/input",
            "fixtures/dups/embedded-wire/input",
            "fixtures/dups/rewrites-and-unrelated/input",
            "fixtures/dups/syndicated-copy/input",
            "seeds",
            "--format",
            "json",
            "--threads",
            threads,
        ])
    };
    let (one, two) = (run("1"), run("2"));
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn verbose_prints_the_lsh_bands_and_rows() {
    let output = crosscheck(&["dups", "seeds", "--verbose", "--threshold", "0.8"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bands x"), "{stderr}");
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(
        table.starts_with("2 documents, 1 pairs, 1 stories"),
        "{table}"
    );
    assert!(table.contains("same-story"));
}

#[test]
fn bad_jsonl_record_exits_2_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.jsonl");
    std::fs::write(&file, "{\"id\":\"a\",\"text\":\"fine\"}\n{not json\n").unwrap();
    let output = crosscheck(&["dups", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("c.jsonl: line 2"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn threshold_out_of_range_is_a_usage_error() {
    let output = crosscheck(&["dups", "seeds", "--threshold", "1.5"]);
    assert_eq!(output.status.code(), Some(2));
}

/// The story fixtures under `fixtures/stories/` (one event each, several outlets) and the dups fixtures, read
/// as one corpus: every story must come from one fixture directory, and every multi-outlet story fixture must
/// be one whole story. Two port strikes, or a derailment and a rail strike in one country, are different
/// events that share a topic, and must not be merged.
/// Golden stories must each come out whole; of the 90 held-out stories (82 whole at 1ea5720 with set 19), run
/// with them, at least this many. Run together they make about 400 reports, past the size at which the rare-term channel
/// stops comparing every pair and indexes each report under its heaviest terms, as a desk's day of copy would.
const MIN_WHOLE_HELD_OUT_STORIES: usize = 79;

#[test]
fn stories_of_different_events_on_one_topic_stay_apart() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs: Vec<String> = Vec::new();
    // (folder, held out)
    let mut story_dirs: Vec<(String, bool)> = Vec::new();
    for (folder, held_out) in [
        ("fixtures/stories", false),
        ("fixtures/heldout-stories", true),
    ] {
        let mut dirs: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|d| d.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            for file in std::fs::read_dir(&dir).unwrap() {
                let file = file.unwrap().path();
                if matches!(
                    file.extension().and_then(|e| e.to_str()),
                    Some("txt" | "md")
                ) {
                    let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
                    inputs.push(format!("{folder}/{name}/{file_name}"));
                }
            }
            story_dirs.push((name, held_out));
        }
    }
    for case in [
        "chain-trap",
        "embedded-wire",
        "rewrites-and-unrelated",
        "syndicated-copy",
    ] {
        inputs.push(format!("fixtures/dups/{case}/input"));
    }
    inputs.push("seeds".into());
    let mut args = vec!["dups", "--format", "json"];
    args.extend(inputs.iter().map(String::as_str));
    let report = json(&crosscheck(&args));
    let group_of = |id: &str| -> String {
        let parts: Vec<&str> = id.split('/').collect();
        if parts[0] == "seeds" {
            "seeds".into()
        } else {
            parts[2].to_string()
        }
    };
    let stories: Vec<Vec<String>> = report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| group_of(d.as_str().unwrap()))
                .collect()
        })
        .collect();
    for story in &stories {
        assert!(
            story.iter().all(|g| g == &story[0]),
            "mixed story: {story:?}"
        );
    }
    let mut whole_held_out = 0;
    for (dir, held_out) in &story_dirs {
        let inputs_of_dir = inputs
            .iter()
            .filter(|i| i.contains(&format!("/{dir}/")))
            .count();
        let grouped = stories.iter().find(|s| &s[0] == dir).map_or(0, Vec::len);
        if *held_out {
            whole_held_out += usize::from(grouped == inputs_of_dir);
        } else {
            assert_eq!(grouped, inputs_of_dir, "{dir} is not one whole story");
        }
    }
    assert!(
        whole_held_out >= MIN_WHOLE_HELD_OUT_STORIES,
        "{whole_held_out} held-out stories whole, fewer than {MIN_WHOLE_HELD_OUT_STORIES}"
    );
}
