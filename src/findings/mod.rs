//! Stage: findings. Differences become [`Finding`]s with a kind, a severity, the values as written, evidence
//! for each side, and a stable id.

pub mod evidence;
pub mod spelling;

use std::fmt;

use serde::Serialize;

pub use evidence::{Evidence, EvidenceBuilder};

/// The fixed vocabulary of finding kinds (the JSON `kind` values).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// One entity spelled differently.
    SpellingVariant,
    /// The same event placed in different places.
    PlaceConflict,
    /// The same act or role attributed to different people.
    PersonConflict,
    /// The same quantity differs.
    NumberConflict,
    /// The same event given different days or dates.
    DateConflict,
    /// The same quotation by the same speaker worded differently.
    QuoteDrift,
    /// The same person given incompatible titles.
    RoleConflict,
    /// Two reports are copies or near-copies.
    NearDuplicate,
    /// A passage repeated inside a report or copied across reports.
    DuplicatePassage,
}

impl Kind {
    /// Every kind, in vocabulary order.
    pub const ALL: [Kind; 9] = [
        Kind::SpellingVariant,
        Kind::PlaceConflict,
        Kind::PersonConflict,
        Kind::NumberConflict,
        Kind::DateConflict,
        Kind::QuoteDrift,
        Kind::RoleConflict,
        Kind::NearDuplicate,
        Kind::DuplicatePassage,
    ];

    /// The JSON name, e.g. `place-conflict`.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::SpellingVariant => "spelling-variant",
            Kind::PlaceConflict => "place-conflict",
            Kind::PersonConflict => "person-conflict",
            Kind::NumberConflict => "number-conflict",
            Kind::DateConflict => "date-conflict",
            Kind::QuoteDrift => "quote-drift",
            Kind::RoleConflict => "role-conflict",
            Kind::NearDuplicate => "near-duplicate",
            Kind::DuplicatePassage => "duplicate-passage",
        }
    }

    /// The severity a kind has unless configuration overrides it.
    pub const fn default_severity(self) -> Severity {
        match self {
            Kind::PlaceConflict
            | Kind::PersonConflict
            | Kind::NumberConflict
            | Kind::DateConflict => Severity::Error,
            Kind::SpellingVariant | Kind::QuoteDrift | Kind::RoleConflict => Severity::Warning,
            Kind::NearDuplicate | Kind::DuplicatePassage => Severity::Info,
        }
    }

    /// One sentence on what the kind means, for help texts and SARIF rules.
    pub const fn description(self) -> &'static str {
        match self {
            Kind::SpellingVariant => {
                "One entity (person, place, organisation) is spelled differently across or within reports."
            }
            Kind::PlaceConflict => "The same event is placed in different places.",
            Kind::PersonConflict => "The same act or role is attributed to different people.",
            Kind::NumberConflict => "The same quantity differs.",
            Kind::DateConflict => "The same event is given different days or dates.",
            Kind::QuoteDrift => "The same quotation by the same speaker is worded differently.",
            Kind::RoleConflict => "The same person is given incompatible titles.",
            Kind::NearDuplicate => "Two reports are copies or near-copies.",
            Kind::DuplicatePassage => {
                "A passage is repeated inside a report, or copied across reports."
            }
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How serious a finding is. Ordered so that `Error` is the greatest.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information: duplicates.
    Info,
    /// Worth a look: spellings, drifting quotes.
    Warning,
    /// A factual disagreement.
    Error,
}

impl Severity {
    /// The JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether a finding was already recorded in the baseline the run was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not in the baseline: it counts toward `--fail-on`.
    New,
    /// In the baseline: reported, but accepted by the desk, so it never fails a run.
    Known,
}

impl Status {
    /// The JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Known => "known",
        }
    }
}

/// One thing the user should look at.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Stable id: see [`stable_id`].
    pub id: String,
    /// What kind of disagreement or duplication.
    pub kind: Kind,
    /// How serious.
    pub severity: Severity,
    /// The entity concerned (canonical form), where one applies.
    pub entity: Option<String>,
    /// The differing surface forms exactly as written, sorted and deduplicated.
    pub values: Vec<String>,
    /// One line saying what differs and where.
    pub message: String,
    /// Where each value occurs, in document order.
    pub evidence: Vec<Evidence>,
    /// The form to write instead, when configuration names a house spelling.
    pub suggestion: Option<String>,
    /// New or known, when the run was given a baseline; `None` otherwise.
    pub status: Option<Status>,
}

impl Finding {
    /// A finding with the kind's default severity, its values sorted and deduplicated, its evidence sorted by
    /// document and position, and its stable id computed.
    pub fn new(
        kind: Kind,
        entity: Option<String>,
        mut values: Vec<String>,
        message: String,
        mut evidence: Vec<Evidence>,
    ) -> Self {
        values.sort();
        values.dedup();
        evidence.sort_by(|a, b| {
            (&a.path, &a.document, a.start, a.end).cmp(&(&b.path, &b.document, b.start, b.end))
        });
        evidence.dedup_by(|a, b| a.document == b.document && a.start == b.start && a.end == b.end);
        let documents: Vec<&str> = evidence.iter().map(|e| e.document.as_str()).collect();
        let id = stable_id(kind, entity.as_deref(), &values, &documents);
        Finding {
            id,
            kind,
            severity: kind.default_severity(),
            entity,
            values,
            message,
            evidence,
            suggestion: None,
            status: None,
        }
    }

    /// The ids of the documents the finding involves, sorted and deduplicated.
    pub fn documents(&self) -> Vec<&str> {
        let mut documents: Vec<&str> = self.evidence.iter().map(|e| e.document.as_str()).collect();
        documents.sort_unstable();
        documents.dedup();
        documents
    }

    /// Whether the finding can fail a run: every finding can, except one the baseline already knows.
    pub fn gates(&self) -> bool {
        self.status != Some(Status::Known)
    }
}

/// A fingerprint of a finding that survives moved lines and reordered files: a hash of the kind, the entity,
/// the matching forms of the values and the ids of the documents involved. Never positions.
pub fn stable_id(
    kind: Kind,
    entity: Option<&str>,
    values: &[String],
    documents: &[&str],
) -> String {
    let mut values: Vec<String> = values.iter().map(|v| crate::text::fold(v)).collect();
    values.sort();
    values.dedup();
    let mut documents = documents.to_vec();
    documents.sort_unstable();
    documents.dedup();
    let mut key = String::new();
    key.push_str(kind.name());
    key.push('\u{1f}');
    key.push_str(&entity.map(crate::text::fold).unwrap_or_default());
    for v in &values {
        key.push('\u{1f}');
        key.push_str(v);
    }
    key.push('\u{1e}');
    for d in &documents {
        key.push('\u{1f}');
        key.push_str(d);
    }
    format!(
        "{}-{:016x}",
        kind.name(),
        xxhash_rust::xxh3::xxh3_64(key.as_bytes())
    )
}

/// Sorts findings as every report shows them: severity (errors first), then kind, then id.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Builds evidence for any document of the corpus, indexing each document's lines once, on first use.
pub struct EvidenceIndex<'d> {
    documents: &'d [crate::load::Document],
    builders: Vec<std::sync::OnceLock<EvidenceBuilder<'d>>>,
}

impl<'d> EvidenceIndex<'d> {
    /// An index over `documents`.
    pub fn new(documents: &'d [crate::load::Document]) -> Self {
        EvidenceIndex {
            documents,
            builders: documents
                .iter()
                .map(|_| std::sync::OnceLock::new())
                .collect(),
        }
    }

    /// The builder for document `index`.
    pub fn builder(&self, index: usize) -> &EvidenceBuilder<'d> {
        self.builders[index].get_or_init(|| EvidenceBuilder::new(&self.documents[index]))
    }

    /// A finding of `kind` with evidence for each side; its values are `values`, or when that is empty the
    /// texts at each side.
    pub fn finding(
        &self,
        kind: Kind,
        entity: Option<String>,
        sides: &[(usize, crate::text::Span, crate::text::Span)],
        values: &[String],
        message: String,
    ) -> Finding {
        if !values.is_empty() {
            let evidence = sides
                .iter()
                .map(|&(doc, span, context)| self.builder(doc).evidence(span, context))
                .collect();
            return Finding::new(kind, entity, values.to_vec(), message, evidence);
        }
        let values = sides
            .iter()
            .map(|&(doc, span, _)| span.of(&self.documents[doc].text).trim().to_string())
            .collect();
        let evidence = sides
            .iter()
            .map(|&(doc, span, context)| self.builder(doc).evidence(span, context))
            .collect();
        Finding::new(kind, entity, values, message, evidence)
    }
}

/// Merges findings that share an id (the same disagreement found through two routes), keeping the first
/// message and the union of the evidence.
pub fn merge_duplicates(findings: Vec<Finding>) -> Vec<Finding> {
    let mut by_id: std::collections::BTreeMap<String, Finding> = std::collections::BTreeMap::new();
    for f in findings {
        match by_id.entry(f.id.clone()) {
            std::collections::btree_map::Entry::Vacant(v) => {
                v.insert(f);
            }
            std::collections::btree_map::Entry::Occupied(mut o) => {
                let kept = o.get_mut();
                for e in f.evidence {
                    if !kept
                        .evidence
                        .iter()
                        .any(|k| k.document == e.document && k.start == e.start && k.end == e.end)
                    {
                        kept.evidence.push(e);
                    }
                }
                kept.evidence.sort_by(|a, b| {
                    (&a.path, &a.document, a.start).cmp(&(&b.path, &b.document, b.start))
                });
            }
        }
    }
    by_id.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_id_ignores_order_case_and_typography() {
        let a = stable_id(
            Kind::PlaceConflict,
            None,
            &["Jeddah".into(), "Riyadh".into()],
            &["b.txt", "a.txt"],
        );
        let b = stable_id(
            Kind::PlaceConflict,
            None,
            &["riyadh".into(), "JEDDAH".into()],
            &["a.txt", "b.txt"],
        );
        assert_eq!(a, b);
        let c = stable_id(
            Kind::PlaceConflict,
            None,
            &["Jeddah".into(), "Istanbul".into()],
            &["a.txt", "b.txt"],
        );
        assert_ne!(a, c);
        assert!(a.starts_with("place-conflict-"));
    }

    #[test]
    fn sort_puts_errors_first_then_kind() {
        let f = |kind| Finding::new(kind, None, vec!["x".into()], String::new(), vec![]);
        let mut findings = vec![
            f(Kind::DuplicatePassage),
            f(Kind::QuoteDrift),
            f(Kind::PlaceConflict),
        ];
        sort(&mut findings);
        let kinds: Vec<_> = findings.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::PlaceConflict,
                Kind::QuoteDrift,
                Kind::DuplicatePassage
            ]
        );
    }

    #[test]
    fn severity_orders_error_highest() {
        assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Info);
    }
}
