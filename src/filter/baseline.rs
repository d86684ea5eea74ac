//! The baseline: the findings a desk has already accepted, recorded by stable id so that a later run fails only
//! on new ones.
//!
//! The file (`crosscheck-baseline/1`) is JSON, sorted by id, with each finding's kind, entity, values and
//! documents kept beside the id so that a person reviewing a baseline change in a pull request can read it:
//!
//! ```text
//! {"schema": "crosscheck-baseline/1",
//!  "findings": [{"id", "kind", "entity" (or null), "values": [...], "documents": [...]}]}
//! ```
//!
//! Only the id is used for matching. Ids hash the kind, entity, folded values and document ids, never
//! positions, so moving lines or reordering files keeps a finding known.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::findings::{Finding, Status};

/// The schema name written into every baseline file.
pub const SCHEMA: &str = "crosscheck-baseline/1";

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BaselineEntry {
    /// The finding's stable id: the only field used for matching.
    pub id: String,
    /// The kind's JSON name. Kept as text so that a baseline written by a newer version still loads.
    pub kind: String,
    /// The entity, where one applied.
    pub entity: Option<String>,
    /// The values as written when the baseline was taken.
    pub values: Vec<String>,
    /// Ids of the documents involved.
    pub documents: Vec<String>,
}

impl BaselineEntry {
    /// The entry that records `finding`.
    pub fn of(finding: &Finding) -> Self {
        BaselineEntry {
            id: finding.id.clone(),
            kind: finding.kind.name().to_string(),
            entity: finding.entity.clone(),
            values: finding.values.clone(),
            documents: finding.documents().into_iter().map(String::from).collect(),
        }
    }
}

/// A set of accepted findings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    /// Entries sorted by id, ids unique.
    pub entries: Vec<BaselineEntry>,
}

#[derive(Serialize, Deserialize)]
struct WireBaseline {
    schema: String,
    findings: Vec<BaselineEntry>,
}

/// Why a baseline file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Not JSON, or not shaped like a baseline.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A JSON document of some other kind.
    #[error("not a crosscheck baseline: schema is `{0}`, expected `{SCHEMA}`")]
    Schema(String),
}

impl Baseline {
    /// A baseline recording every one of `findings`.
    pub fn from_findings(findings: &[Finding]) -> Self {
        let mut entries: Vec<BaselineEntry> = findings.iter().map(BaselineEntry::of).collect();
        entries.sort();
        entries.dedup_by(|a, b| a.id == b.id);
        Baseline { entries }
    }

    /// The file's bytes: pretty JSON with a final newline, so that baseline updates diff line by line.
    pub fn to_json(&self) -> String {
        let wire = WireBaseline {
            schema: SCHEMA.to_string(),
            findings: self.entries.clone(),
        };
        let mut out = serde_json::to_string_pretty(&wire).expect("baseline serializes: plain data");
        out.push('\n');
        out
    }

    /// Reads a baseline file's text.
    pub fn parse(text: &str) -> Result<Self, BaselineError> {
        let wire: WireBaseline = serde_json::from_str(text).map_err(|e| BaselineError::Syntax {
            line: e.line(),
            column: e.column(),
            message: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string(),
        })?;
        if wire.schema != SCHEMA {
            return Err(BaselineError::Schema(wire.schema));
        }
        let mut entries = wire.findings;
        entries.sort();
        entries.dedup_by(|a, b| a.id == b.id);
        Ok(Baseline { entries })
    }

    /// Marks each finding `new` or `known`, and returns the entries that matched no finding (stale), among
    /// those `in_scope` accepts. Entries out of scope (another report under `--only`, a kind turned off) say
    /// nothing about whether they still occur, so they are never called stale.
    pub fn mark(
        &self,
        findings: &mut [Finding],
        in_scope: impl Fn(&BaselineEntry) -> bool,
    ) -> Vec<BaselineEntry> {
        let known: BTreeSet<&str> = self.entries.iter().map(|e| e.id.as_str()).collect();
        let mut seen = BTreeSet::new();
        for finding in findings.iter_mut() {
            let status = if known.contains(finding.id.as_str()) {
                seen.insert(finding.id.clone());
                Status::Known
            } else {
                Status::New
            };
            finding.status = Some(status);
        }
        self.entries
            .iter()
            .filter(|e| !seen.contains(&e.id) && in_scope(e))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Evidence, Kind};

    fn evidence(document: &str, line: usize, text: &str) -> Evidence {
        Evidence {
            document: document.into(),
            path: document.into(),
            line,
            column: 1,
            end_line: line,
            end_column: 1 + text.chars().count(),
            start: line * 100,
            end: line * 100 + text.len(),
            text: text.into(),
            context: text.into(),
        }
    }

    fn conflict(a_line: usize, b_line: usize) -> Finding {
        Finding::new(
            Kind::PlaceConflict,
            None,
            vec!["Jeddah".into(), "Riyadh".into()],
            "talks placed in Jeddah and Riyadh".into(),
            vec![
                evidence("a.txt", a_line, "Jeddah"),
                evidence("b.txt", b_line, "Riyadh"),
            ],
        )
    }

    #[test]
    fn round_trip_keeps_entries() {
        let baseline = Baseline::from_findings(&[conflict(3, 4)]);
        let parsed = Baseline::parse(&baseline.to_json()).unwrap();
        assert_eq!(parsed, baseline);
        assert_eq!(parsed.entries[0].kind, "place-conflict");
        assert_eq!(parsed.entries[0].documents, ["a.txt", "b.txt"]);
    }

    #[test]
    fn moved_lines_stay_known_and_unmatched_entries_are_stale() {
        let baseline = Baseline::from_findings(&[conflict(3, 4)]);
        let other = Finding::new(
            Kind::NumberConflict,
            None,
            vec!["30-day".into(), "60-day".into()],
            String::new(),
            vec![
                evidence("a.txt", 9, "30-day"),
                evidence("c.txt", 2, "60-day"),
            ],
        );
        let mut findings = vec![conflict(40, 1), other];
        let stale = baseline.mark(&mut findings, |_| true);
        assert_eq!(findings[0].status, Some(Status::Known));
        assert_eq!(findings[1].status, Some(Status::New));
        assert!(stale.is_empty());

        let mut none: Vec<Finding> = Vec::new();
        assert_eq!(baseline.mark(&mut none, |_| true).len(), 1);
        assert!(baseline.mark(&mut none, |_| false).is_empty());
    }

    proptest::proptest! {
        /// Whatever moves (lines, columns, byte offsets) and however evidence and values are ordered, the
        /// finding stays known; a changed value makes it new.
        #[test]
        fn known_despite_moves_and_order(
            lines in proptest::collection::vec(1usize..500, 2),
            swap in proptest::bool::ANY,
        ) {
            let baseline = Baseline::from_findings(&[conflict(3, 4)]);
            let mut evidence = vec![evidence("a.txt", lines[0], "Jeddah"), evidence("b.txt", lines[1], "Riyadh")];
            let mut values = vec!["Jeddah".to_string(), "Riyadh".to_string()];
            if swap {
                evidence.reverse();
                values.reverse();
            }
            let moved = Finding::new(Kind::PlaceConflict, None, values, String::new(), evidence.clone());
            let changed = Finding::new(
                Kind::PlaceConflict,
                None,
                vec!["Jeddah".into(), "Mecca".into()],
                String::new(),
                evidence,
            );
            let mut findings = vec![moved, changed];
            let stale = baseline.mark(&mut findings, |_| true);
            proptest::prop_assert_eq!(findings[0].status, Some(Status::Known));
            proptest::prop_assert_eq!(findings[1].status, Some(Status::New));
            proptest::prop_assert!(stale.is_empty());
        }
    }

    #[test]
    fn parse_errors_say_where_and_what() {
        let err = Baseline::parse("{\n  \"schema\": 3\n}").unwrap_err();
        assert!(
            matches!(err, BaselineError::Syntax { line: 2, .. }),
            "{err}"
        );
        let err =
            Baseline::parse(r#"{"schema": "crosscheck-report/1", "findings": []}"#).unwrap_err();
        assert!(err.to_string().contains("crosscheck-report/1"), "{err}");
    }
}
