//! The JSON report, schema `crosscheck-report/1`.
//!
//! Other tools parse this, so it changes only by adding fields. The wire format:
//!
//! ```text
//! {
//!   "schema": "crosscheck-report/1",
//!   "tool": {"name": "crosscheck", "version": "0.1.0"},
//!   "documents": [{"id", "path", "source", "title", "bytes"}],          // sorted by path
//!   "stories": [{"id": "story-1", "documents": [document ids]}],
//!   "pairs": [{"a", "b", "relation": "copy|near-duplicate|contains|same-story",
//!              "jaccard", "containment", "shared_passages"}],
//!   "findings": [{"id", "kind", "severity", "entity" (or null), "values": [surface forms as written],
//!                 "message", "evidence": [{"document", "path", "line", "column", "end_line", "end_column",
//!                                          "start", "end", "text", "context"}]}],
//!   "summary": {"documents", "stories", "findings": {"error", "warning", "info"}},
//!   "notes": [strings],                                                    // added field
//!   "baseline": {"new", "known", "stale": [{"id", "kind", "entity", "values", "documents"}]}
//!                                                          // added field, only when a baseline was given
//! }
//! ```
//!
//! Each finding also gains `"suggestion"` when configuration names a house spelling, and `"status"`
//! (`"new"` or `"known"`) when a baseline was given; both are absent otherwise.
//!
//! ```text
//! ```
//!
//! Findings are sorted by severity, then kind, then id. `line`/`column` are 1-based with columns counted in
//! Unicode scalar values; `start`/`end` are byte offsets into the file (into the record's text for JSON and
//! JSON Lines inputs, where `line` is also relative to that text). Scores are rounded to 4 decimals so that
//! output is byte-identical across runs and thread counts. The wire structs below are kept apart from the
//! internal types so that internal changes cannot silently change the contract.

mod pretty;

use serde::Serialize;

use super::Report;
use crate::filter::BaselineEntry;
use crate::findings::{Evidence, Finding, Severity, Status};

/// The schema name written into every JSON report.
pub const SCHEMA: &str = "crosscheck-report/1";

/// The whole report on the wire; the JSON Lines format emits its parts one per line.
#[derive(Serialize)]
pub(super) struct WireReport<'r> {
    pub(super) schema: &'static str,
    pub(super) tool: WireTool,
    pub(super) documents: Vec<WireDocument<'r>>,
    pub(super) stories: Vec<WireStory<'r>>,
    pub(super) pairs: Vec<WirePair<'r>>,
    pub(super) findings: Vec<WireFinding<'r>>,
    pub(super) summary: WireSummary,
    pub(super) notes: &'r [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) baseline: Option<WireBaseline<'r>>,
}

#[derive(Serialize)]
pub(super) struct WireTool {
    name: &'static str,
    version: &'static str,
}

/// What the baseline said: counts of new and known findings, and the accepted findings no longer seen.
#[derive(Serialize)]
pub(super) struct WireBaseline<'r> {
    pub(super) new: usize,
    pub(super) known: usize,
    pub(super) stale: &'r [BaselineEntry],
}

#[derive(Serialize)]
pub(super) struct WireDocument<'r> {
    id: &'r str,
    path: &'r str,
    source: &'r str,
    title: &'r str,
    bytes: usize,
}

#[derive(Serialize)]
pub(super) struct WireStory<'r> {
    id: String,
    documents: Vec<&'r str>,
}

#[derive(Serialize)]
pub(super) struct WirePair<'r> {
    a: &'r str,
    b: &'r str,
    relation: &'static str,
    jaccard: f64,
    containment: f64,
    shared_passages: usize,
}

/// A finding on the wire; shared with the other JSON-based formats.
#[derive(Serialize)]
pub(super) struct WireFinding<'r> {
    id: &'r str,
    kind: &'static str,
    severity: &'static str,
    entity: Option<&'r str>,
    values: &'r [String],
    message: &'r str,
    evidence: Vec<WireEvidence<'r>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<&'r str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
}

#[derive(Serialize)]
struct WireEvidence<'r> {
    document: &'r str,
    path: &'r str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    text: &'r str,
    context: &'r str,
}

#[derive(Serialize)]
pub(super) struct WireSummary {
    documents: usize,
    stories: usize,
    findings: WireCounts,
}

#[derive(Serialize)]
struct WireCounts {
    error: usize,
    warning: usize,
    info: usize,
}

/// Rounds a score for the wire, so tiny float differences never change the bytes.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl<'r> WireFinding<'r> {
    pub(super) fn new(f: &'r Finding) -> Self {
        WireFinding {
            id: &f.id,
            kind: f.kind.name(),
            severity: f.severity.name(),
            entity: f.entity.as_deref(),
            values: &f.values,
            message: &f.message,
            evidence: f.evidence.iter().map(wire_evidence).collect(),
            suggestion: f.suggestion.as_deref(),
            status: f.status.map(Status::name),
        }
    }
}

fn wire_evidence(e: &Evidence) -> WireEvidence<'_> {
    WireEvidence {
        document: &e.document,
        path: &e.path,
        line: e.line,
        column: e.column,
        end_line: e.end_line,
        end_column: e.end_column,
        start: e.start,
        end: e.end,
        text: &e.text,
        context: &e.context,
    }
}

/// The report as wire structs, shared by the JSON and JSON Lines formats.
pub(super) fn wire(report: &Report) -> WireReport<'_> {
    WireReport {
        schema: SCHEMA,
        tool: WireTool {
            name: "crosscheck",
            version: env!("CARGO_PKG_VERSION"),
        },
        documents: report
            .documents
            .iter()
            .map(|d| WireDocument {
                id: &d.id,
                path: &d.path,
                source: &d.source,
                title: &d.title,
                bytes: d.bytes,
            })
            .collect(),
        stories: report
            .stories
            .iter()
            .enumerate()
            .map(|(i, s)| WireStory {
                id: format!("story-{}", i + 1),
                documents: s.documents.iter().map(|&d| report.document_id(d)).collect(),
            })
            .collect(),
        pairs: report
            .pairs
            .iter()
            .map(|p| WirePair {
                a: report.document_id(p.a),
                b: report.document_id(p.b),
                relation: p.relation.name(),
                jaccard: round4(p.jaccard),
                containment: round4(p.containment),
                shared_passages: p.passages.len(),
            })
            .collect(),
        findings: report.findings.iter().map(WireFinding::new).collect(),
        summary: WireSummary {
            documents: report.documents.len(),
            stories: report.stories.len(),
            findings: WireCounts {
                error: report.count(Severity::Error),
                warning: report.count(Severity::Warning),
                info: report.count(Severity::Info),
            },
        },
        notes: &report.notes,
        baseline: report.baseline.as_ref().map(|b| WireBaseline {
            new: report.count_status(Status::New),
            known: report.count_status(Status::Known),
            stale: &b.stale,
        }),
    }
}

/// Writes the report to `out` as [`render`] does, without holding the whole text.
pub(super) fn render_to(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    // The serializer gathers its few bytes at a time in a buffer of its own and hands `out` large pieces.
    pretty::to_writer_pretty(out, &wire(report)).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

pub(super) fn render(report: &Report) -> String {
    let mut out = Vec::new();
    pretty::to_writer_pretty(&mut out, &wire(report))
        .expect("report serializes: no maps with non-string keys");
    out.push(b'\n');
    String::from_utf8(out).expect("JSON written from strings is UTF-8")
}
