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
/// `duplicate-passage` for each passage that reports copied from one another without being near-copies
/// (a wire story embedded in longer articles). A near-duplicate's passages are not reported again one by one.
///
/// A passage copied into k reports is one finding whose evidence lists every copy, not one per pair of those
/// reports (k(k-1)/2 of them): the copies of all pairs are clustered, spans of one report that overlap being
/// one copy ([`copy_groups`]).
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
    for pair in pairs {
        if !matches!(pair.relation, Relation::Copy | Relation::NearDuplicate) {
            continue;
        }
        let (da, db) = (&documents[pair.a], &documents[pair.b]);
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
    let groups = copy_groups(pairs);
    let total = groups.len();
    let kept = within_budget(documents.len(), groups, max_per_report);
    let dropped = total - kept.len();
    for group in kept {
        findings.push(copied_passage_finding(documents, &index, &group));
    }
    (findings, dropped)
}

/// One copy of a passage: a document and the bytes the copy covers in it.
type CopySpan = (usize, Span);

/// The copies of each passage copied across reports that are not near-copies of each other, each group sorted
/// by document then position, the groups in the order of their first copy.
///
/// Every shared passage of a `contains` or `same-story` pair links its two copies; the copies in one document
/// whose spans overlap are one copy (their union), so that a passage that reports A, B and C share, found once
/// per pair, becomes one group of three copies (union-find over the copies).
fn copy_groups(pairs: &[Pair]) -> Vec<Vec<CopySpan>> {
    let mut copies: Vec<CopySpan> = Vec::new();
    for pair in pairs {
        if matches!(pair.relation, Relation::Contains | Relation::SameStory) {
            for passage in &pair.passages {
                copies.push((pair.a, passage.a));
                copies.push((pair.b, passage.b));
            }
        }
    }
    // Copies 2i and 2i+1 are the two sides of one shared passage. Overlapping spans of one document merge
    // into one region, swept in (document, start) order.
    let mut order: Vec<usize> = (0..copies.len()).collect();
    order.sort_unstable_by_key(|&c| (copies[c].0, copies[c].1.start, copies[c].1.end, c));
    let mut regions: Vec<CopySpan> = Vec::new();
    let mut region_of = vec![0usize; copies.len()];
    for c in order {
        let (doc, span) = copies[c];
        match regions.last_mut() {
            Some((d, r)) if *d == doc && span.start < r.end => r.end = r.end.max(span.end),
            _ => regions.push((doc, span)),
        }
        region_of[c] = regions.len() - 1;
    }
    let mut parent: Vec<usize> = (0..regions.len()).collect();
    for side in region_of.chunks_exact(2) {
        let (a, b) = (root(&mut parent, side[0]), root(&mut parent, side[1]));
        // The smaller index stays the root, so that a group is named by its first region whatever the order.
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut group_of_root: std::collections::HashMap<usize, usize> =
        std::collections::HashMap::new();
    let mut groups: Vec<Vec<CopySpan>> = Vec::new();
    for (r, &region) in regions.iter().enumerate() {
        let top = root(&mut parent, r);
        let g = *group_of_root.entry(top).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(region);
    }
    groups
}

/// The root of `x` in the union-find forest `parent`, halving the path on the way.
fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The `duplicate-passage` finding for one group of copies across reports.
fn copied_passage_finding(
    documents: &[Document],
    index: &EvidenceIndex<'_>,
    group: &[CopySpan],
) -> Finding {
    let (first, span) = group[0];
    let words = span.of(&documents[first].text).split_whitespace().count();
    let mut ids: Vec<&str> = group
        .iter()
        .map(|&(d, _)| documents[d].id.as_str())
        .collect();
    ids.dedup();
    let message = if let [a, b] = ids[..] {
        format!("passage of {words} words copied between {a} and {b}")
    } else {
        format!(
            "passage of {words} words copied across {} reports: {}",
            ids.len(),
            ids.join(", ")
        )
    };
    let values = group
        .iter()
        .map(|&(d, s)| s.of(&documents[d].text).to_string())
        .collect();
    let evidence = group
        .iter()
        .map(|&(d, s)| index.builder(d).evidence(s, s))
        .collect();
    Finding::new(Kind::DuplicatePassage, None, values, message, evidence)
}

/// The groups of copies to report, in their original order: longest first (by the longest copy; ties by
/// position) while every report of the group is listed in fewer than `max_per_report`.
fn within_budget(
    documents: usize,
    mut groups: Vec<Vec<CopySpan>>,
    max_per_report: usize,
) -> Vec<Vec<CopySpan>> {
    let reports = |group: &[CopySpan]| {
        let mut docs: Vec<usize> = group.iter().map(|&(d, _)| d).collect();
        docs.dedup();
        docs
    };
    let mut used = vec![0usize; documents];
    for group in &groups {
        for d in reports(group) {
            used[d] += 1;
        }
    }
    if used.iter().all(|&n| n <= max_per_report) {
        return groups;
    }
    used.fill(0);
    let longest = |group: &[CopySpan]| group.iter().map(|(_, s)| s.len()).max().unwrap_or(0);
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| (std::cmp::Reverse(longest(&groups[g])), g));
    let mut keep = vec![false; groups.len()];
    for g in order {
        let docs = reports(&groups[g]);
        if docs.iter().all(|&d| used[d] < max_per_report) {
            for d in docs {
                used[d] += 1;
            }
            keep[g] = true;
        }
    }
    let mut kept = keep.iter();
    groups.retain(|_| kept.next() == Some(&true));
    groups
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A shared passage as its byte ranges in `a` and in `b`.
    type Shared = ((usize, usize), (usize, usize));

    fn pair(a: usize, b: usize, relation: Relation, passages: &[Shared]) -> Pair {
        Pair {
            a,
            b,
            relation,
            jaccard: 0.1,
            containment: 0.5,
            similarity: 0.5,
            passages: passages
                .iter()
                .map(|&((a0, a1), (b0, b1))| super::super::SharedPassage {
                    a: Span::new(a0, a1),
                    b: Span::new(b0, b1),
                })
                .collect(),
        }
    }

    #[test]
    fn passage_copied_into_three_reports_is_one_group_of_three_copies() {
        // The wire passage sits at 0..100 in report 0, at 50..150 in report 1 and at 10..110 in report 2; each
        // pair finds it, report 1's copy found once a little shorter.
        let pairs = [
            pair(0, 1, Relation::Contains, &[((0, 100), (50, 150))]),
            pair(0, 2, Relation::SameStory, &[((0, 100), (10, 110))]),
            pair(1, 2, Relation::SameStory, &[((52, 150), (12, 110))]),
        ];
        let groups = copy_groups(&pairs);
        assert_eq!(
            groups,
            vec![vec![
                (0, Span::new(0, 100)),
                (1, Span::new(50, 150)),
                (2, Span::new(10, 110)),
            ]]
        );
    }

    #[test]
    fn different_passages_and_near_copies_stay_apart() {
        let pairs = [
            pair(
                0,
                1,
                Relation::Contains,
                &[((0, 100), (0, 100)), ((200, 300), (400, 500))],
            ),
            // A near-duplicate's passages are reported through its near-duplicate finding.
            pair(1, 2, Relation::NearDuplicate, &[((0, 100), (0, 100))]),
        ];
        let groups = copy_groups(&pairs);
        assert_eq!(
            groups,
            vec![
                vec![(0, Span::new(0, 100)), (1, Span::new(0, 100))],
                vec![(0, Span::new(200, 300)), (1, Span::new(400, 500))],
            ]
        );
    }

    #[test]
    fn copy_budget_keeps_the_longest_groups_and_lists_no_report_beyond_it() {
        let groups = vec![
            vec![(0, Span::new(0, 10)), (1, Span::new(0, 10))],
            vec![
                (0, Span::new(20, 80)),
                (2, Span::new(0, 60)),
                (3, Span::new(0, 60)),
            ],
            vec![(1, Span::new(20, 50)), (2, Span::new(100, 130))],
        ];
        let kept = within_budget(4, groups.clone(), 1);
        // The longest group takes reports 0, 2 and 3; the third still has report 1 free but not report 2.
        assert_eq!(kept, vec![groups[1].clone()]);
        assert_eq!(within_budget(4, groups.clone(), 2), groups);
    }

    #[test]
    fn wire_passage_in_three_rewrites_is_one_finding_listing_each_copy() {
        let wire = "The harbour authority said on Monday that the northern breakwater would stay closed to \
            shipping until engineers had inspected every section damaged by the storm, and that ferries to the \
            islands would sail from the southern quay in the meantime, with extra crossings laid on for the \
            weekend market and for pupils returning to the boarding school on the larger island.";
        let own = [
            "Harbour closure hits island ferries\n\nFishermen in the old town were counting the cost of a week \
             without work. Several boats lost nets and pots when the swell rose faster than forecast, and the \
             cooperative asked the council for an emergency grant to cover repairs before the spring season.",
            "Storm damage: breakwater shut\n\nLocal traders fear the closure will hurt the tourist season. A cafe \
             owner near the lighthouse said bookings had already fallen and that visitors were phoning to ask \
             whether the promenade was safe to walk along after dark.",
            "Engineers to inspect sea wall\n\nThe regional government has promised to fund a study of the sea \
             defences. Critics say the wall was never designed for the heavier storms of recent winters and that \
             warnings from a survey ten years ago were ignored by successive administrations.",
        ];
        let texts: Vec<String> = own.iter().map(|o| format!("{o}\n\n{wire}\n")).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let copies: Vec<Finding> = crate::pipeline::testing::findings_of(&texts)
            .into_iter()
            .filter(|f| f.kind == Kind::DuplicatePassage)
            .collect();
        assert_eq!(copies.len(), 1, "{copies:#?}");
        let documents: Vec<&str> = copies[0]
            .evidence
            .iter()
            .map(|e| e.document.as_str())
            .collect();
        assert_eq!(documents, ["r0.txt", "r1.txt", "r2.txt"]);
        assert!(copies[0].message.contains("copied across 3 reports"));
    }
}
