//! The terminal table: a one-line summary, then one row per finding.

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

use super::{RenderOptions, Report};
use crate::findings::{Severity, evidence::excerpt};

pub(super) fn render(report: &Report, options: &RenderOptions) -> String {
    let mut out = summary_line(report);
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
    let mut table = styled_table(options);
    table.set_header(["severity", "kind", "values", "where", "excerpt"]);
    for finding in &report.findings {
        let severity = Cell::new(finding.severity.name());
        let severity = if options.color {
            severity.fg(severity_color(finding.severity))
        } else {
            severity
        };
        let values = finding
            .values
            .iter()
            .map(|v| excerpt(v, 60))
            .collect::<Vec<_>>()
            .join(" / ");
        let mut places: Vec<String> = finding
            .evidence
            .iter()
            .map(|e| format!("{}:{}", e.path, e.line))
            .collect();
        places.dedup();
        let shown = places.len().min(3);
        let mut place = places[..shown].join("\n");
        if places.len() > shown {
            place.push_str(&format!("\n(+{} more)", places.len() - shown));
        }
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

/// An empty table styled for the output: box drawing fitted to a terminal, or plain ASCII at natural width.
pub(super) fn styled_table(options: &RenderOptions) -> Table {
    let mut table = Table::new();
    match options.width {
        Some(width) => {
            table.load_style(presets::UTF8_FULL_CONDENSED);
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(width);
        }
        None => {
            // A pipe gets plain ASCII at natural width, so that `grep` and `cut` see whole rows.
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
