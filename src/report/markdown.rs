//! Markdown: a heading with the counts and a findings table, for a pull-request comment or a GitHub step
//! summary.
//!
//! Cells are escaped so that a value with `|`, `<` or a line break cannot break the table or inject HTML, and
//! the table stops at [`MAX_ROWS`] rows, because pull-request comments have a size limit; the JSON report
//! always has everything.

use super::Report;
use crate::findings::{Finding, Severity, Status, evidence::excerpt};

/// Rows shown before the table is cut.
const MAX_ROWS: usize = 200;

pub(super) fn render(report: &Report) -> String {
    let mut out = String::from("## crosscheck\n\n");
    out.push_str(&super::table::summary_line(report));
    out.push('\n');
    if let Some(baseline) = super::table::baseline_line(report) {
        out.push_str(&format!("\n{baseline}.\n"));
    }
    if !report.notes.is_empty() {
        out.push('\n');
        for note in &report.notes {
            out.push_str(&format!("- note: {}\n", cell(note)));
        }
    }
    out.push('\n');
    if report.findings.is_empty() {
        out.push_str("No findings.\n");
    } else {
        findings_table(report, &mut out);
    }
    if let Some(baseline) = report.baseline.as_ref().filter(|b| !b.stale.is_empty()) {
        let n = baseline.stale.len();
        out.push_str(&format!(
            "\n<details><summary>{n} baseline {} no longer found (stale)</summary>\n\n",
            if n == 1 { "entry" } else { "entries" }
        ));
        out.push_str("| Id | Kind | Values |\n|---|---|---|\n");
        for entry in baseline.stale.iter().take(MAX_ROWS) {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                entry.id,
                cell(&entry.kind),
                values(&entry.values)
            ));
        }
        out.push_str("\n</details>\n");
    }
    out
}

fn findings_table(report: &Report, out: &mut String) {
    let with_status = report.baseline.is_some();
    if with_status {
        out.push_str("| Status | Severity | Kind | Values | Where | Message |\n");
        out.push_str("|---|---|---|---|---|---|\n");
    } else {
        out.push_str("| Severity | Kind | Values | Where | Message |\n");
        out.push_str("|---|---|---|---|---|\n");
    }
    for finding in report.findings.iter().take(MAX_ROWS) {
        out.push('|');
        if with_status {
            let status = finding.status.map_or("", Status::name);
            out.push_str(&format!(" {status} |"));
        }
        out.push_str(&format!(
            " {} {} | {} | {} | {} | {} |\n",
            icon(finding.severity),
            finding.severity.name(),
            finding.kind.name(),
            values(&finding.values),
            super::places(finding, 4, "<br>", cell),
            message(finding),
        ));
    }
    if report.findings.len() > MAX_ROWS {
        out.push_str(&format!(
            "\n… and {} more findings; see the JSON report for all of them.\n",
            report.findings.len() - MAX_ROWS
        ));
    }
}

fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "🔴",
        Severity::Warning => "🟡",
        Severity::Info => "🔵",
    }
}

fn values(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("“{}”", cell(&excerpt(v, 60))))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn message(finding: &Finding) -> String {
    let mut out = cell(&finding.message);
    if let Some(suggestion) = &finding.suggestion {
        out.push_str(&format!(" — use “{}”", cell(suggestion)));
    }
    out
}

/// Text safe inside a table cell: no line breaks, no column separators, no HTML.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' => out.push_str("\\\\"),
            '`' => out.push_str("\\`"),
            '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(cell("a|b\n<script>"), "a\\|b &lt;script&gt;");
        assert_eq!(cell("O'Leary *x*"), "O'Leary \\*x\\*");
    }
}
