//! Findings of the verify stage: near-duplicate reports, and passages repeated inside a report or copied
//! across reports.

use crate::findings::{EvidenceBuilder, Finding, Kind};
use crate::load::Document;
use crate::segment::Segmented;
use crate::text::Span;

use super::{Pair, Relation};

/// A `duplicate-passage` finding for one group of spans repeated inside one document.
pub fn repeated_passage_finding(
    evidence: &EvidenceBuilder<'_>,
    seg: &Segmented,
    group: &[Span],
) -> Finding {
    let doc = evidence.document();
    let items: Vec<_> = group
        .iter()
        .map(|&span| {
            let context = seg
                .lines
                .iter()
                .find(|l| l.span.start <= span.start && span.end <= l.span.end);
            evidence.evidence(span, context.map_or(span, |l| l.span))
        })
        .collect();
    let lines: Vec<String> = items.iter().map(|e| e.line.to_string()).collect();
    let message = format!(
        "passage repeated {} times in {} (lines {})",
        group.len(),
        doc.path,
        lines.join(", ")
    );
    let values = group.iter().map(|s| s.of(&doc.text).to_string()).collect();
    Finding::new(Kind::DuplicatePassage, None, values, message, items)
}

/// Findings for verified pairs: a `near-duplicate` for each copy or near-duplicate, and a
/// `duplicate-passage` for each passage that a report copied from another without being a near-copy of it
/// (a wire story embedded in a longer article). A near-duplicate's passages are not reported again one by one.
pub fn pair_findings(documents: &[Document], pairs: &[Pair]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for pair in pairs {
        let (da, db) = (&documents[pair.a], &documents[pair.b]);
        let (ea, eb) = (EvidenceBuilder::new(da), EvidenceBuilder::new(db));
        match pair.relation {
            Relation::Copy | Relation::NearDuplicate => {
                let (sa, sb) = match pair.longest_passage() {
                    Some(p) => (p.a, p.b),
                    None => (headline(&da.text), headline(&db.text)),
                };
                let message = format!(
                    "{} and {} are {}: Jaccard {:.2}, containment {:.2}, {} shared passage{}",
                    da.id,
                    db.id,
                    if pair.relation == Relation::Copy {
                        "copies"
                    } else {
                        "near-duplicates"
                    },
                    pair.jaccard,
                    pair.containment,
                    pair.passages.len(),
                    if pair.passages.len() == 1 { "" } else { "s" },
                );
                findings.push(Finding::new(
                    Kind::NearDuplicate,
                    None,
                    vec![da.id.clone(), db.id.clone()],
                    message,
                    vec![ea.evidence(sa, sa), eb.evidence(sb, sb)],
                ));
            }
            Relation::Contains | Relation::SameStory => {
                for passage in &pair.passages {
                    let words = passage.a.of(&da.text).split_whitespace().count();
                    let message = format!(
                        "passage of {words} words copied between {} and {}",
                        da.id, db.id
                    );
                    let values = vec![
                        passage.a.of(&da.text).to_string(),
                        passage.b.of(&db.text).to_string(),
                    ];
                    findings.push(Finding::new(
                        Kind::DuplicatePassage,
                        None,
                        values,
                        message,
                        vec![
                            ea.evidence(passage.a, passage.a),
                            eb.evidence(passage.b, passage.b),
                        ],
                    ));
                }
            }
        }
    }
    findings
}

/// The first non-blank line, as evidence for a pair that shares no passage.
fn headline(text: &str) -> Span {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            return Span::new(start, start + trimmed.len());
        }
        offset += line.len();
    }
    Span::new(0, 0)
}
