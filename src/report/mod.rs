//! Stage: render. A [`Report`] — the one result type every stage feeds — becomes bytes in one of the
//! [`Format`]s, each implemented in its own file.

pub mod diff;
mod github;
mod html;
mod json;
mod jsonl;
mod markdown;
pub mod names;
mod sarif;
mod table;

use crate::filter::BaselineOutcome;
use crate::findings::{Finding, Severity, Status};
use crate::load::Document;
use crate::verify::{Pair, Story};

pub use json::SCHEMA;

/// A document as the report lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInfo {
    /// Id.
    pub id: String,
    /// Path.
    pub path: String,
    /// Outlet.
    pub source: String,
    /// Headline.
    pub title: String,
    /// Size of the text in bytes.
    pub bytes: usize,
}

impl From<&Document> for DocumentInfo {
    fn from(doc: &Document) -> Self {
        DocumentInfo {
            id: doc.id.clone(),
            path: doc.path.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            bytes: doc.bytes(),
        }
    }
}

/// Everything a run found, in the order every format shows it.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Documents, sorted by path then id.
    pub documents: Vec<DocumentInfo>,
    /// Story groups, by document index into `documents`.
    pub stories: Vec<Story>,
    /// Verified pairs, by document index into `documents`.
    pub pairs: Vec<Pair>,
    /// Findings, sorted by severity, kind and id.
    pub findings: Vec<Finding>,
    /// Things the user should know about the run itself: caps hit, input warnings.
    pub notes: Vec<String>,
    /// What the baseline said, when the run was given one.
    pub baseline: Option<BaselineOutcome>,
}

impl Report {
    /// Count of findings at `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The most severe finding's severity, if any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Count of findings a baseline marked `status`.
    pub fn count_status(&self, status: Status) -> usize {
        self.findings
            .iter()
            .filter(|f| f.status == Some(status))
            .count()
    }

    /// The most severe finding that can fail the run: any finding, except those a baseline already knows.
    pub fn max_gating_severity(&self) -> Option<Severity> {
        self.findings
            .iter()
            .filter(|f| f.gates())
            .map(|f| f.severity)
            .max()
    }

    /// The id of document `index`.
    pub fn document_id(&self, index: usize) -> &str {
        &self.documents[index].id
    }
}

/// Output formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A summary line and a findings table, for a terminal.
    #[default]
    Table,
    /// The `crosscheck-report/1` JSON contract.
    Json,
    /// The same records one per line, each tagged with its `"type"`.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands, which annotate the changed files.
    Github,
    /// A findings table in Markdown, for a pull-request comment.
    Markdown,
    /// One self-contained HTML page for editors: summary, filterable findings with highlighted evidence,
    /// stories and name variants.
    Html,
}

/// "path:line" of each piece of evidence, consecutive repeats merged, at most `max` of them joined by
/// `separator` and then "(+N more)". `path` prepares a path for the format (escaping).
pub(crate) fn places(
    finding: &Finding,
    max: usize,
    separator: &str,
    path: impl Fn(&str) -> String,
) -> String {
    let mut places: Vec<String> = finding
        .evidence
        .iter()
        .map(|e| format!("{}:{}", path(&e.path), e.line))
        .collect();
    places.dedup();
    let shown = places.len().min(max);
    let mut out = places[..shown].join(separator);
    if places.len() > shown {
        out.push_str(&format!("{separator}(+{} more)", places.len() - shown));
    }
    out
}

/// Presentation settings that only the binary can know.
#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    /// Use ANSI colour.
    pub color: bool,
    /// Terminal width in columns, when writing to a terminal.
    pub width: Option<u16>,
}

/// Writes `report` as `format` to `out`; the bytes are those of [`render`]. JSON, the format of large corpora,
/// is serialised straight into `out` instead of into one string first.
pub fn render_to(
    report: &Report,
    format: Format,
    options: &RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::render_to(report, out),
        other => out.write_all(render(report, other, options).as_bytes()),
    }
}

/// Writes the near-duplicate view of `report` as `format` to `out`: tables of pairs and stories for a
/// terminal; every other format shows the report as `check` would, through [`render_to`] (the JSON contract's
/// `pairs` and `stories` hold the same tables).
pub fn render_dups_to(
    report: &Report,
    format: Format,
    options: &RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => out.write_all(table::render_dups(report, options).as_bytes()),
        other => render_to(report, other, options, out),
    }
}

/// Renders `report` as `format`.
pub fn render(report: &Report, format: Format, options: &RenderOptions) -> String {
    match format {
        Format::Table => table::render(report, options),
        Format::Json => json::render(report),
        Format::Jsonl => jsonl::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
    }
}
