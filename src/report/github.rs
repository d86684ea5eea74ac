//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding, which GitHub
//! turns into an annotation on the file and line, then a plain summary line for the log.
//!
//! An annotation points at the finding's first piece of evidence; the others are named in its message, which
//! GitHub shows on several lines. Under a baseline, known findings are not annotated: they were accepted, and
//! a pull request should show only what it changes. Each note of the run (a cap reached, an input warning)
//! is a `::notice` without a file. The step summary (`$GITHUB_STEP_SUMMARY`) is the Markdown
//! format, which the binary appends to that file.

use super::Report;
use crate::findings::{Finding, Severity};

pub(super) fn render(report: &Report) -> String {
    let mut out = String::new();
    for finding in report.findings.iter().filter(|f| f.gates()) {
        out.push_str(&command(finding));
        out.push('\n');
    }
    // A note concerns the run, not a line of a file, so its annotation has no location.
    for note in &report.notes {
        out.push_str(&format!(
            "::notice title={}::{}\n",
            property("crosscheck note"),
            data(note)
        ));
    }
    out.push_str("crosscheck: ");
    out.push_str(&super::table::summary_line(report));
    if let Some(baseline) = super::table::baseline_line(report) {
        out.push_str("; ");
        out.push_str(&baseline);
    }
    out.push('\n');
    out
}

fn command(finding: &Finding) -> String {
    let name = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut properties = Vec::new();
    if let Some(first) = finding.evidence.first() {
        properties.push(format!("file={}", property(&first.path)));
        properties.push(format!("line={}", first.line));
        properties.push(format!("col={}", first.column));
        if first.end_line == first.line {
            properties.push(format!("endColumn={}", first.end_column));
        } else {
            properties.push(format!("endLine={}", first.end_line));
        }
    }
    properties.push(format!("title={}", property(&title(finding))));
    format!(
        "::{name} {}::{}",
        properties.join(","),
        data(&message(finding))
    )
}

/// "place-conflict: Jeddah / Riyadh", shortened: GitHub shows the title in one line.
fn title(finding: &Finding) -> String {
    let values = finding
        .values
        .iter()
        .map(|v| crate::findings::evidence::excerpt(v, 40))
        .collect::<Vec<_>>()
        .join(" / ");
    crate::findings::evidence::excerpt(&format!("{}: {values}", finding.kind.name()), 100)
}

fn message(finding: &Finding) -> String {
    let mut lines = vec![finding.message.clone()];
    if let Some(suggestion) = &finding.suggestion {
        lines.push(format!("Use \"{suggestion}\"."));
    }
    for e in &finding.evidence {
        lines.push(format!(
            "{}:{}:{}: {}",
            e.path,
            e.line,
            e.column,
            crate::findings::evidence::excerpt(&e.text, 120)
        ));
    }
    lines.push(format!("id: {}", finding.id));
    lines.join("\n")
}

/// Escapes a command's message: `%`, CR and LF would otherwise end or corrupt the command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, where `:` and `,` are separators too.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_separators_and_newlines() {
        assert_eq!(property("a,b:c%d\ne"), "a%2Cb%3Ac%25d%0Ae");
        assert_eq!(data("50%: a\r\nb"), "50%25: a%0D%0Ab");
    }
}
