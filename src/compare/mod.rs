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

mod facts;
mod hunks;
pub mod slots;

use rayon::prelude::*;

use crate::align::{
    AlignLimits, AlignStats, AlignedPair, SentenceFeatures, Vocabulary, align_documents,
};
use crate::findings::Kind;
use crate::text::Span;
use crate::verify::Story;

pub use facts::{DocFacts, EntityRef, PlaceLevel, PlaceRef};
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
}

/// Minimum alignment score for a hunk to be read as one value replacing another. Below it the sentences share
/// a topic but may state different facts.
pub const MIN_PAIR_SCORE: f64 = 0.45;

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
    let mut out = Vec::new();
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
    pub max_story_documents: usize,
    /// Aligned sentences longer than this many words are not word-diffed.
    pub max_sentence_tokens: usize,
}

impl Default for CompareLimits {
    fn default() -> Self {
        CompareLimits {
            align: AlignLimits::default(),
            max_story_documents: 64,
            max_sentence_tokens: 1_000,
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
    /// Stories with more reports than [`CompareLimits::max_story_documents`].
    pub capped_stories: usize,
    /// Report pairs whose candidate sentence pairs were cut.
    pub capped_document_pairs: usize,
    /// Aligned sentence pairs not word-diffed because a sentence exceeded
    /// [`CompareLimits::max_sentence_tokens`].
    pub capped_sentence_pairs: usize,
}

impl Comparison {
    /// Notes for the report on every limit that was reached, so no cap passes silently.
    pub fn notes(&self, limits: &CompareLimits) -> Vec<String> {
        let mut notes = Vec::new();
        if self.capped_stories > 0 {
            notes.push(format!(
                "{} stories have more than {} reports; only their first {} were compared pairwise",
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
        notes
    }
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

    let mut jobs: Vec<(usize, usize)> = (0..facts.len()).map(|i| (i, i)).collect();
    let mut capped_stories = 0;
    for story in stories {
        let docs = &story.documents;
        if docs.len() > limits.max_story_documents {
            capped_stories += 1;
        }
        let docs = &docs[..docs.len().min(limits.max_story_documents)];
        for (i, &x) in docs.iter().enumerate() {
            jobs.extend(docs[i + 1..].iter().map(|&y| (x.min(y), x.max(y))));
        }
    }
    jobs.sort_unstable();
    jobs.dedup();

    let results: Vec<(Vec<Difference>, usize, usize, usize)> = jobs
        .par_iter()
        .map(|&(x, y)| {
            let mut stats = AlignStats::default();
            let pairs = align_documents(
                x,
                &features[x],
                y,
                &features[y],
                &vocabulary,
                &limits.align,
                &mut stats,
            );
            let mut differences = Vec::new();
            let mut skipped = 0;
            for pair in &pairs {
                match compare_pair(&facts[x], &facts[y], pair, limits.max_sentence_tokens) {
                    Some(found) => differences.extend(found),
                    None => skipped += 1,
                }
            }
            (
                differences,
                pairs.len(),
                stats.capped_document_pairs,
                skipped,
            )
        })
        .collect();
    let mut comparison = Comparison {
        capped_stories,
        ..Comparison::default()
    };
    for (differences, aligned, capped, skipped) in results {
        comparison.differences.extend(differences);
        comparison.aligned_pairs += aligned;
        comparison.capped_document_pairs += capped;
        comparison.capped_sentence_pairs += skipped;
    }

    let story_differences: Vec<Vec<Difference>> = stories
        .par_iter()
        .filter(|s| s.documents.len() > 1)
        .map(|story| {
            let members: Vec<DocFacts<'_>> = story
                .documents
                .iter()
                .take(limits.max_story_documents)
                .map(|&d| facts[d])
                .collect();
            let mut out = slots::event_location(&members);
            out.extend(slots::quantities(&members));
            out.extend(slots::roles(&members));
            out
        })
        .collect();
    comparison
        .differences
        .extend(story_differences.into_iter().flatten());
    comparison
}
