//! Stage: compare. Aligned sentence pairs and story slots -> [`Difference`]s.
//!
//! Two sources of differences:
//!
//! - **Aligned pairs.** The two sentences are word-diffed (`similar`, over tokens in matching form) and each
//!   change hunk is classified by the mentions it touches: numbers with one head noun or unit, days and dates,
//!   places, people, and wording inside a quotation by one speaker. A hunk that is not a clean substitution of
//!   one such value for another is a paraphrase and is dropped: the rest of the sentence must agree for the
//!   values to be rivals for the same slot.
//! - **Story slots** ([`slots`]), for facts that rewrites state in sentences too different to align: where an
//!   event happened, who holds a role, how large a quantity is.
//!
//! A spelling difference of one entity is not reported here: the resolve stage reports each entity's spellings
//! once for the whole corpus.

mod agents;
mod facts;
mod hunks;
pub mod slots;

use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::align::{
    AlignLimits, AlignStats, AlignedPair, SentenceFeatures, Vocabulary, align_documents,
};
use crate::findings::Kind;
use crate::text::Span;
use crate::verify::Story;

pub use facts::{DocFacts, EntityRef, MAX_SLOT_SENTENCE_TOKENS, PlaceLevel, PlaceRef};
pub use hunks::{Hunk, word_hunks};

/// One side of a difference: where a value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Side {
    /// Document index.
    pub doc: usize,
    /// The value's bytes.
    pub span: Span,
    /// The enclosing sentence, for the excerpt.
    pub context: Span,
}

/// A disagreement between reports (or within one).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The finding kind it will become.
    pub kind: Kind,
    /// The entity concerned, where one applies (canonical form).
    pub entity: Option<String>,
    /// Where each value is written; at least two sides with different values.
    pub sides: Vec<Side>,
    /// One line saying what differs.
    pub message: String,
    /// The entities whose disagreement this is (the two people, the two places), sorted; differences about
    /// the same entities found by several routes are merged into one.
    pub subjects: Vec<usize>,
    /// The values to report, when they are not the texts at `sides` (the full names of two people whose
    /// surnames alone stand in the disagreeing sentences).
    pub values: Vec<String>,
}

impl Difference {
    /// A difference whose values are the texts at its sides.
    pub fn new(kind: Kind, entity: Option<String>, sides: Vec<Side>, message: String) -> Self {
        Difference {
            kind,
            entity,
            sides,
            message,
            subjects: Vec::new(),
            values: Vec::new(),
        }
    }

    /// The same difference, about `subjects`, reported with `values`.
    pub fn about(mut self, mut subjects: Vec<usize>, values: Vec<String>) -> Self {
        subjects.sort_unstable();
        subjects.dedup();
        self.subjects = subjects;
        self.values = values;
        self
    }
}

/// Merges differences of one kind about the same subjects, found through several routes (an aligned
/// sentence and a role slot, say), into one with every side.
fn merge_by_subject(differences: Vec<Difference>) -> Vec<Difference> {
    let mut out: Vec<Difference> = Vec::new();
    let mut index: std::collections::HashMap<(Kind, Vec<usize>), usize> =
        std::collections::HashMap::new();
    for d in differences {
        if d.subjects.is_empty() {
            out.push(d);
            continue;
        }
        match index.get(&(d.kind, d.subjects.clone())) {
            Some(&i) => {
                let kept = &mut out[i];
                for side in d.sides {
                    if !kept.sides.contains(&side) {
                        kept.sides.push(side);
                    }
                }
                kept.sides.sort();
            }
            None => {
                index.insert((d.kind, d.subjects.clone()), out.len());
                out.push(d);
            }
        }
    }
    out
}

/// Merges differences of one kind that share a side: the same quotation worded one way in one report and
/// another way in two others gives a drift for each pair of reports, but it is one disagreement, reported
/// once with every wording. Only kinds whose values are the texts at their sides are merged this way; people
/// and roles are merged by subject ([`merge_by_subject`]).
fn merge_shared_sides(differences: Vec<Difference>) -> Vec<Difference> {
    let eligible = |d: &Difference| {
        d.subjects.is_empty()
            && d.values.is_empty()
            && matches!(
                d.kind,
                Kind::QuoteDrift | Kind::NumberConflict | Kind::DateConflict
            )
    };
    let mut parent: Vec<usize> = (0..differences.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut owner: std::collections::HashMap<(Kind, usize, Span), usize> =
        std::collections::HashMap::new();
    for (i, d) in differences.iter().enumerate().filter(|(_, d)| eligible(d)) {
        for side in &d.sides {
            if let Some(&j) = owner.get(&(d.kind, side.doc, side.span)) {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[ri.max(rj)] = ri.min(rj);
            } else {
                owner.insert((d.kind, side.doc, side.span), i);
            }
        }
    }
    let mut out: Vec<Difference> = Vec::new();
    let mut placed: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (i, d) in differences.into_iter().enumerate() {
        let r = root(&mut parent, i);
        match placed.get(&r) {
            Some(&k) => {
                let kept = &mut out[k];
                for side in d.sides {
                    if !kept.sides.contains(&side) {
                        kept.sides.push(side);
                    }
                }
                kept.sides.sort();
            }
            None => {
                placed.insert(r, out.len());
                out.push(d);
            }
        }
    }
    out
}

/// Minimum alignment score for a hunk to be read as one value replacing another; the hunk must also be
/// anchored in unchanged words ([`Hunk::is_anchored`]), which says more than the score of the whole pair.
pub const MIN_PAIR_SCORE: f64 = 0.3;

/// Classifies every change between the two sentences of an aligned pair; `None` when a sentence is longer
/// than `max_tokens` words and was not compared.
pub fn compare_pair(
    a: &DocFacts<'_>,
    b: &DocFacts<'_>,
    pair: &AlignedPair,
    max_tokens: usize,
) -> Option<Vec<Difference>> {
    let sa = &a.seg.sentences[pair.a.sentence];
    let sb = &b.seg.sentences[pair.b.sentence];
    if sa.tokens.len() > max_tokens || sb.tokens.len() > max_tokens {
        return None;
    }
    let hunks = word_hunks(a.seg.sentence_tokens(sa), b.seg.sentence_tokens(sb));
    let mut out: Vec<Difference> = hunks::attribution_conflicts(a, b, sa.span, sb.span).collect();
    let mut drifted_quote = false;
    for hunk in &hunks {
        if let Some(diff) = hunks::classify(a, b, sa.span, sb.span, hunk, pair.score) {
            out.push(diff);
        } else if !drifted_quote
            && let Some(diff) = hunks::quote_drift(a, b, sa.span, sb.span, hunk)
        {
            // One finding per pair of quotations, however many words drifted.
            drifted_quote = true;
            out.push(diff);
        }
    }
    Some(out)
}

/// Limits on the comparison of one story, so that a huge story cannot make a run quadratic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CompareLimits {
    /// Alignment settings.
    pub align: AlignLimits,
    /// Reports of a story beyond this many are not compared pairwise (the first ones in corpus order are).
    /// Copies of a report's exact text are not counted: they are not compared again.
    pub max_story_documents: usize,
    /// Aligned sentences longer than this many words are not word-diffed.
    pub max_sentence_tokens: usize,
    /// Keep the aligned sentence pairs across reports in [`Comparison::alignments`] (for the `diff` view).
    pub keep_alignments: bool,
    /// With `keep_alignments`, pairs scoring at least this (and below [`AlignLimits::threshold`]) are kept for
    /// the reader too: loose rewrites of one statement belong side by side, but they are not compared, so
    /// the findings stay those of `check`.
    pub display_threshold: f64,
}

impl Default for CompareLimits {
    fn default() -> Self {
        CompareLimits {
            align: AlignLimits::default(),
            max_story_documents: 64,
            max_sentence_tokens: 1_000,
            keep_alignments: false,
            display_threshold: 0.2,
        }
    }
}

/// The differences found in a corpus, and how often a limit cut the work short.
#[derive(Clone, Debug, Default)]
pub struct Comparison {
    /// Every difference, in a deterministic order.
    pub differences: Vec<Difference>,
    /// Sentence pairs aligned (within and across reports).
    pub aligned_pairs: usize,
    /// Pairs of different reports aligned and compared.
    pub document_pairs: usize,
    /// Stories with more reports than [`CompareLimits::max_story_documents`].
    pub capped_stories: usize,
    /// Report pairs whose candidate sentence pairs were cut.
    pub capped_document_pairs: usize,
    /// Aligned sentence pairs not word-diffed because a sentence exceeded
    /// [`CompareLimits::max_sentence_tokens`].
    pub capped_sentence_pairs: usize,
    /// Sentences of reports in stories of two or more left out of the story-level checks for being longer
    /// than [`MAX_SLOT_SENTENCE_TOKENS`] words.
    pub capped_slot_sentences: usize,
    /// The aligned sentence pairs across reports, when [`CompareLimits::keep_alignments`] is set.
    pub alignments: Vec<AlignedPair>,
    /// Time spent aligning, summed over threads, with the sentence features and vocabulary built before it
    /// (for `--stats`).
    pub align_time: Duration,
    /// Time spent word-diffing aligned pairs, summed over threads, and checking story slots (wall time).
    pub compare_time: Duration,
}

impl Comparison {
    /// Notes for the report on every limit that was reached, so no cap passes silently.
    pub fn notes(&self, limits: &CompareLimits) -> Vec<String> {
        let mut notes = Vec::new();
        if self.capped_stories > 0 {
            notes.push(format!(
                "{} stories have more than {} distinct reports; only their first {} were compared pairwise",
                self.capped_stories, limits.max_story_documents, limits.max_story_documents
            ));
        }
        if self.capped_document_pairs > 0 {
            notes.push(format!(
                "{} report pairs had more than {} candidate sentence pairs; the rest were not scored",
                self.capped_document_pairs, limits.align.max_candidates_per_pair
            ));
        }
        if self.capped_sentence_pairs > 0 {
            notes.push(format!(
                "{} aligned sentence pairs longer than {} words were not word-diffed",
                self.capped_sentence_pairs, limits.max_sentence_tokens
            ));
        }
        if self.capped_slot_sentences > 0 {
            notes.push(format!(
                "{} sentences longer than {MAX_SLOT_SENTENCE_TOKENS} words were left out of the story-level checks",
                self.capped_slot_sentences
            ));
        }
        notes
    }
}

/// The reports of one story that are compared with one another.
struct Members {
    /// Document indices, ascending: one report for each distinct text, at most
    /// [`CompareLimits::max_story_documents`] of them.
    documents: Vec<usize>,
    /// True when the story had more distinct reports than that.
    capped: bool,
}

/// The reports each story compares. A report whose text is byte for byte that of an earlier report of its
/// story can disagree with nothing the earlier one does not, so only the first of them is compared: a story
/// of `n` copies costs one comparison instead of `n²/2`.
fn story_members(
    facts: &[DocFacts<'_>],
    stories: &[Story],
    limits: &CompareLimits,
) -> Vec<Members> {
    stories
        .par_iter()
        .map(|story| {
            let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
            let mut documents: Vec<usize> = story
                .documents
                .iter()
                .copied()
                .filter(|&d| seen.insert(facts[d].doc.text.as_str()))
                .collect();
            let capped = documents.len() > limits.max_story_documents;
            documents.truncate(limits.max_story_documents);
            Members { documents, capped }
        })
        .collect()
}

/// The feature key standing for an entity: equal for every spelling of it, never equal to a word's feature.
fn entity_key(id: usize) -> u64 {
    xxhash_rust::xxh3::xxh3_64_with_seed(&(id as u64).to_le_bytes(), 0x656e_7469_7479)
}

/// Aligns and compares inside each report and across the reports of each story, then runs the story slot
/// checks.
pub fn compare_corpus(
    facts: &[DocFacts<'_>],
    stories: &[Story],
    limits: &CompareLimits,
) -> Comparison {
    let started = Instant::now();
    let features: Vec<Vec<Option<SentenceFeatures>>> = facts
        .par_iter()
        .map(|f| {
            let names: Vec<(Span, u64)> = f
                .mentions
                .names
                .iter()
                .zip(f.entities)
                .filter_map(|(m, e)| Some((m.span, entity_key(e.as_ref()?.id))))
                .collect();
            SentenceFeatures::for_document(&f.doc.text, f.seg, &names)
        })
        .collect();
    let mut vocabulary = Vocabulary::default();
    for f in &features {
        vocabulary.add_document(f);
    }

    let members = story_members(facts, stories, limits);
    let mut jobs: Vec<(usize, usize)> = (0..facts.len()).map(|i| (i, i)).collect();
    let capped_stories = members.iter().filter(|m| m.capped).count();
    for story in &members {
        let docs = &story.documents;
        for (i, &x) in docs.iter().enumerate() {
            jobs.extend(docs[i + 1..].iter().map(|&y| (x.min(y), x.max(y))));
        }
    }
    jobs.sort_unstable();
    jobs.dedup();
    let document_pairs = jobs.iter().filter(|(x, y)| x != y).count();
    let preparation = started.elapsed();

    let results: Vec<Comparison> = jobs
        .par_iter()
        .map(|&(x, y)| {
            let started = Instant::now();
            let mut stats = AlignStats::default();
            let shown = limits.keep_alignments && x != y;
            let mut align = limits.align;
            if shown {
                // Pairs are chosen best first, so a lower threshold adds pairs only among sentences still
                // unpaired at `limits.align.threshold`: the pairs compared are the same either way.
                align.threshold = align.threshold.min(limits.display_threshold);
            }
            let pairs = align_documents(
                x,
                &features[x],
                y,
                &features[y],
                &vocabulary,
                &align,
                &mut stats,
            );
            let aligned = Instant::now();
            let mut differences = Vec::new();
            let mut skipped = 0;
            let mut compared = 0;
            for pair in pairs.iter().filter(|p| p.score >= limits.align.threshold) {
                compared += 1;
                match compare_pair(&facts[x], &facts[y], pair, limits.max_sentence_tokens) {
                    Some(found) => differences.extend(found),
                    None => skipped += 1,
                }
            }
            Comparison {
                differences,
                aligned_pairs: compared,
                capped_document_pairs: stats.capped_document_pairs,
                capped_sentence_pairs: skipped,
                alignments: if shown { pairs } else { Vec::new() },
                align_time: aligned - started,
                compare_time: aligned.elapsed(),
                ..Comparison::default()
            }
        })
        .collect();
    let mut comparison = Comparison {
        capped_stories,
        document_pairs,
        align_time: preparation,
        ..Comparison::default()
    };
    for part in results {
        comparison.differences.extend(part.differences);
        comparison.aligned_pairs += part.aligned_pairs;
        comparison.capped_document_pairs += part.capped_document_pairs;
        comparison.capped_sentence_pairs += part.capped_sentence_pairs;
        comparison.alignments.extend(part.alignments);
        comparison.align_time += part.align_time;
        comparison.compare_time += part.compare_time;
    }
    let started = Instant::now();

    let multi_report = || members.par_iter().filter(|s| s.documents.len() > 1);
    comparison.capped_slot_sentences = multi_report()
        .flat_map_iter(|story| story.documents.iter().map(|&d| facts[d]))
        .map(|doc| doc.slot_sentences_capped())
        .sum();
    let story_differences: Vec<Vec<Difference>> = multi_report()
        .map(|story| {
            let members: Vec<DocFacts<'_>> = story.documents.iter().map(|&d| facts[d]).collect();
            // The story's word counts, which every context route weighs words by.
            let words = slots::StoryWords::of(&members);
            let mut out = slots::event_location(&members);
            out.extend(slots::place_settings(&members));
            slots::context_places(&members, &words, &mut out);
            out.extend(slots::quantities(&members, &words));
            let mut dates = slots::event_dates(&members);
            slots::context_dates(&members, &words, &mut dates);
            out.extend(dates);
            out.extend(slots::roles(&members));
            out.extend(slots::person_contexts(&members, &words));
            out.extend(agents::act_agents(&members));
            out.extend(hunks::quotation_drifts(&members));
            out
        })
        .collect();
    comparison
        .differences
        .extend(story_differences.into_iter().flatten());
    comparison.differences = merge_shared_sides(merge_by_subject(std::mem::take(
        &mut comparison.differences,
    )));
    comparison.compare_time += started.elapsed();
    comparison
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(doc: usize, start: usize) -> Side {
        Side {
            doc,
            span: Span::new(start, start + 5),
            context: Span::new(0, 100),
        }
    }

    #[test]
    fn drifts_of_one_quotation_across_three_reports_are_one_difference() {
        let drift = |a: Side, b: Side| {
            Difference::new(
                Kind::QuoteDrift,
                None,
                vec![a, b],
                "worded differently".into(),
            )
        };
        let merged = merge_shared_sides(vec![
            drift(side(0, 10), side(1, 20)),
            drift(side(1, 20), side(2, 30)),
            drift(side(3, 10), side(4, 10)),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].sides, vec![side(0, 10), side(1, 20), side(2, 30)]);
    }

    #[test]
    fn differences_of_other_kinds_sharing_a_side_stay_apart() {
        let merged = merge_shared_sides(vec![
            Difference::new(
                Kind::QuoteDrift,
                None,
                vec![side(0, 10), side(1, 20)],
                "q".into(),
            ),
            Difference::new(
                Kind::NumberConflict,
                None,
                vec![side(0, 10), side(2, 20)],
                "n".into(),
            ),
        ]);
        assert_eq!(merged.len(), 2);
    }
}
