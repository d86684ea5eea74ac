//! The terminal table: a one-line summary, then one row per finding.

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

use super::{RenderOptions, Report};
use crate::findings::{Severity, Status, evidence::excerpt};

pub(super) fn render(report: &Report, options: &RenderOptions) -> String {
    let mut out = summary_line(report);
    if let Some(baseline) = baseline_line(report) {
        out.push_str("; ");
        out.push_str(&baseline);
    }
    out.push('\n');
    for note in &report.notes {
        out.push_str("note: ");
        out.push_str(note);
        out.push('\n');
    }
    if report.findings.is_empty() {
        out.push_str("No findings.\n");
        return out;
    }
    let mut table = new_table(options);
    table.set_header(["severity", "kind", "values", "where", "excerpt"]);
    for finding in &report.findings {
        // Under a baseline, accepted findings are still listed, marked so that the new ones stand out.
        let severity = match finding.status {
            Some(Status::Known) => Cell::new(format!("{} (known)", finding.severity.name())),
            _ => Cell::new(finding.severity.name()),
        };
        let severity = if options.color {
            severity.fg(severity_color(finding.severity))
        } else {
            severity
        };
        let mut values = finding
            .values
            .iter()
            .map(|v| excerpt(v, 60))
            .collect::<Vec<_>>()
            .join(" / ");
        if let Some(suggestion) = &finding.suggestion {
            values.push_str(&format!(" → {suggestion}"));
        }
        let place = super::places(finding, 3, "\n", str::to_string);
        let context = finding
            .evidence
            .first()
            .map(|e| excerpt(&e.context, 80))
            .unwrap_or_default();
        table.add_row(vec![
            severity,
            Cell::new(finding.kind.name()),
            Cell::new(values),
            Cell::new(place),
            Cell::new(context),
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    out
}

/// A table styled for a terminal of known width, or as plain ASCII at natural width for a pipe, so that
/// `grep` and `cut` see whole rows.
pub(super) fn new_table(options: &RenderOptions) -> Table {
    let mut table = Table::new();
    match options.width {
        Some(width) => {
            table.load_style(presets::UTF8_FULL_CONDENSED);
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(width);
        }
        None => {
            table.load_style(presets::ASCII_FULL_CONDENSED);
            table.set_content_arrangement(ContentArrangement::Disabled);
            table.force_no_tty();
        }
    }
    if options.color {
        table.enforce_styling();
    }
    table
}

/// The `dups` view: a summary line, the verified pairs, then the stories.
pub(super) fn render_dups(report: &Report, options: &RenderOptions) -> String {
    let mut out = format!(
        "{} documents, {} pairs, {} stories\n",
        report.documents.len(),
        report.pairs.len(),
        report.stories.len()
    );
    if !report.pairs.is_empty() {
        let mut table = new_table(options);
        table.set_header([
            "a",
            "b",
            "relation",
            "jaccard",
            "containment",
            "shared passages",
            "longest shared passage",
        ]);
        for pair in &report.pairs {
            let longest = pair.longest_passage().map_or_else(String::new, |p| {
                format!(
                    "{} bytes (a {}..{}, b {}..{})",
                    p.a.len(),
                    p.a.start,
                    p.a.end,
                    p.b.start,
                    p.b.end
                )
            });
            table.add_row(vec![
                Cell::new(report.document_id(pair.a)),
                Cell::new(report.document_id(pair.b)),
                Cell::new(pair.relation.name()),
                Cell::new(format!("{:.3}", pair.jaccard)),
                Cell::new(format!("{:.3}", pair.containment)),
                Cell::new(pair.passages.len()),
                Cell::new(longest),
            ]);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    if !report.stories.is_empty() {
        let mut table = new_table(options);
        table.set_header(["story", "documents"]);
        for (i, story) in report.stories.iter().enumerate() {
            let ids: Vec<&str> = story
                .documents
                .iter()
                .map(|&d| report.document_id(d))
                .collect();
            table.add_row(vec![
                Cell::new(format!("story-{}", i + 1)),
                Cell::new(ids.join("\n")),
            ]);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    out
}

fn severity_color(severity: Severity) -> Color {
    match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Info => Color::Cyan,
    }
}

/// "2 documents, 1 story; findings: 1 error, 2 warnings, 2 info".
pub(crate) fn summary_line(report: &Report) -> String {
    let plural =
        |n: usize, word: &str, words: &str| format!("{n} {}", if n == 1 { word } else { words });
    format!(
        "{}, {}; findings: {}, {}, {}",
        plural(report.documents.len(), "document", "documents"),
        plural(report.stories.len(), "story", "stories"),
        plural(report.count(Severity::Error), "error", "errors"),
        plural(report.count(Severity::Warning), "warning", "warnings"),
        format_args!("{} info", report.count(Severity::Info)),
    )
}

/// "baseline: 1 new, 2 known, 0 stale", when the run was given a baseline.
pub(crate) fn baseline_line(report: &Report) -> Option<String> {
    let baseline = report.baseline.as_ref()?;
    Some(format!(
        "baseline: {} new, {} known, {} stale",
        report.count_status(Status::New),
        report.count_status(Status::Known),
        baseline.stale.len()
    ))
}
