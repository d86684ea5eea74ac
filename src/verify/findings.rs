//! Findings of the verify stage: near-duplicate reports, and passages repeated inside a report or copied
//! across reports.

use crate::findings::{EvidenceBuilder, EvidenceIndex, Finding, Kind};
use crate::load::Document;
use crate::segment::Segmented;
use crate::text::Span;

use super::{Pair, Relation};

/// Bytes of a line beyond which a repeated passage's context is the passage itself.
const MAX_LINE_CONTEXT: usize = 1_000;

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
            // The line holding the span, found by bisection (lines are in text order); a line far longer than
            // an excerpt would show only its start, so the span itself is the context then.
            let at = seg.lines.partition_point(|l| l.span.end < span.end);
            let context = seg
                .lines
                .get(at)
                .filter(|l| l.span.start <= span.start && l.span.len() <= MAX_LINE_CONTEXT);
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
///
/// No report takes part in more than `max_per_report` copied-passage findings: when reports share more, the
/// longest passages are kept. Returns the findings and the number of passages left out, so that the cap is
/// noted rather than silent (a corpus of a thousand reports built on one template shares millions).
pub fn pair_findings(
    documents: &[Document],
    pairs: &[Pair],
    max_per_report: usize,
) -> (Vec<Finding>, usize) {
    let index = EvidenceIndex::new(documents);
    let mut findings = Vec::new();
    // Copied passages as (pair, passage), chosen longest first within each report's budget.
    let mut passages: Vec<(usize, usize)> = Vec::new();
    for (p, pair) in pairs.iter().enumerate() {
        let (da, db) = (&documents[pair.a], &documents[pair.b]);
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
                    vec![
                        index.builder(pair.a).evidence(sa, sa),
                        index.builder(pair.b).evidence(sb, sb),
                    ],
                ));
            }
            Relation::Contains | Relation::SameStory => {
                passages.extend((0..pair.passages.len()).map(|k| (p, k)));
            }
        }
    }
    let total = passages.len();
    let kept = within_budget(documents.len(), pairs, passages, max_per_report);
    let dropped = total - kept.len();
    for (p, k) in kept {
        let pair = &pairs[p];
        let passage = &pair.passages[k];
        let (da, db) = (&documents[pair.a], &documents[pair.b]);
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
                index.builder(pair.a).evidence(passage.a, passage.a),
                index.builder(pair.b).evidence(passage.b, passage.b),
            ],
        ));
    }
    (findings, dropped)
}

/// The copied passages to report, in their original order: longest first (ties by position) while both of
/// their reports have fewer than `max_per_report`.
fn within_budget(
    documents: usize,
    pairs: &[Pair],
    mut passages: Vec<(usize, usize)>,
    max_per_report: usize,
) -> Vec<(usize, usize)> {
    let mut used = vec![0usize; documents];
    for &(p, _) in &passages {
        used[pairs[p].a] += 1;
        used[pairs[p].b] += 1;
    }
    if used.iter().all(|&n| n <= max_per_report) {
        return passages;
    }
    used.fill(0);
    passages.sort_by_key(|&(p, k)| (std::cmp::Reverse(pairs[p].passages[k].a.len()), p, k));
    let mut kept: Vec<(usize, usize)> = passages
        .into_iter()
        .filter(|&(p, _)| {
            let (a, b) = (pairs[p].a, pairs[p].b);
            let room = used[a] < max_per_report && used[b] < max_per_report;
            if room {
                used[a] += 1;
                used[b] += 1;
            }
            room
        })
        .collect();
    kept.sort_unstable();
    kept
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
