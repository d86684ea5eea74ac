//! Stage: render. A [`Report`] — the one result type every stage feeds — becomes bytes in one of the
//! [`Format`]s, each implemented in its own file.

pub mod diff;
mod json;
mod table;

use crate::findings::{Finding, Severity};
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
}

/// Presentation settings that only the binary can know.
#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    /// Use ANSI colour.
    pub color: bool,
    /// Terminal width in columns, when writing to a terminal.
    pub width: Option<u16>,
}

/// Renders `report` as `format`.
pub fn render(report: &Report, format: Format, options: &RenderOptions) -> String {
    match format {
        Format::Table => table::render(report, options),
        Format::Json => json::render(report),
    }
}
