//! Golden output of every CI renderer on a report built by hand (see `common::sample_report`), so that each
//! renderer is pinned independently of what the detection stages find. Regenerate after an intended change
//! with `CROSSCHECK_BLESS=1 cargo test --test render` and review the diff.

mod common;

use crosscheck::report::{Format, RenderOptions, render};

fn assert_golden(name: &str, actual: &str) {
    common::assert_golden("render", name, actual);
}

fn rendered(format: Format) -> String {
    render(&common::sample_report(), format, &RenderOptions::default())
}

#[test]
fn json_snapshot() {
    assert_golden("report.json", &rendered(Format::Json));
}

#[test]
fn jsonl_snapshot() {
    assert_golden("report.jsonl", &rendered(Format::Jsonl));
}

#[test]
fn sarif_snapshot() {
    assert_golden("report.sarif", &rendered(Format::Sarif));
}

#[test]
fn github_snapshot() {
    assert_golden("report.github.txt", &rendered(Format::Github));
}

#[test]
fn markdown_snapshot() {
    assert_golden("report.md", &rendered(Format::Markdown));
}

#[test]
fn github_annotates_new_findings_only_with_escaped_properties() {
    let out = rendered(Format::Github);
    let commands: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("::") && l.contains(" file="))
        .collect();
    assert_eq!(
        commands.len(),
        2,
        "the known spelling variant is not annotated:\n{out}"
    );
    let notes: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("::notice title=crosscheck note::"))
        .collect();
    assert_eq!(
        notes,
        [
            "::notice title=crosscheck note::news/c d.txt: invalid UTF-8 from byte 12; replaced with U+FFFD (--lossy)"
        ],
        "the run's note is an annotation without a file"
    );
    assert!(commands[0].starts_with("::error file=news/a.txt,line=7,col=31,endColumn=37,title=place-conflict%3A Jeddah / Riyadh::"));
    assert!(commands[1].starts_with("::notice file=news/b.txt,line=1,col=1,"));
    assert!(commands.iter().all(|c| !c.contains('\n')));
}

#[test]
fn markdown_escapes_cells_and_shows_suggestions() {
    let out = rendered(Format::Markdown);
    let row = out
        .lines()
        .find(|l| l.contains("spelling-variant"))
        .unwrap();
    assert!(row.starts_with("| known |"), "{row}");
    assert!(row.contains("use “Sergei Lavrov”"), "{row}");
    assert_eq!(
        row.matches(" | ").count(),
        5,
        "six cells, no stray separators: {row}"
    );
    assert!(out.contains("news/c d.txt:5"));
    assert!(
        out.contains("number-conflict-00000000000000ff"),
        "stale entries listed"
    );
}
