//! Stage: align. Inside each story, and inside each single report, pairs up the sentences that state the same
//! thing.
//!
//! Each sentence becomes a bag of features: its content words in matching form, with every name replaced by
//! its entity id, so that "Sergey Lavrov" and "Siergiej Ławrow" count as one feature. Features are weighted by
//! inverse document frequency over the corpus, so a shared rare name outweighs shared common words. Candidates
//! come from an inverted index over features; a pair's score is the IDF-weighted cosine of the two bags.
//! Pairs are then chosen one to one, best first, above a threshold: each sentence is aligned with at most one
//! sentence of each other report (and at most one other sentence of its own report).

mod features;

use std::collections::HashMap;

pub use features::{SentenceFeatures, Vocabulary, Weighted, stopword};

/// A sentence in the corpus: document index and sentence index within that document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceRef {
    /// Document index in the corpus.
    pub doc: usize,
    /// Index into that document's [`crate::segment::Segmented::sentences`].
    pub sentence: usize,
}

/// Two sentences that state the same thing, `a` before `b` in corpus order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AlignedPair {
    /// The first sentence.
    pub a: SentenceRef,
    /// The second sentence.
    pub b: SentenceRef,
    /// IDF-weighted cosine similarity in 0..=1.
    pub score: f64,
}

/// Limits that keep alignment linear in practice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AlignLimits {
    /// Pairs scoring below this are not aligned.
    pub threshold: f64,
    /// Features present in more than this share of sentences are not used to find candidates.
    pub max_feature_share: f64,
    /// At most this many candidate sentence pairs are scored per pair of reports.
    pub max_candidates_per_pair: usize,
}

impl Default for AlignLimits {
    fn default() -> Self {
        AlignLimits {
            threshold: 0.35,
            max_feature_share: 0.25,
            max_candidates_per_pair: 20_000,
        }
    }
}

/// How many candidate pairs were dropped because a limit was reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AlignStats {
    /// Document pairs whose candidate list was cut at `max_candidates_per_pair`.
    pub capped_document_pairs: usize,
}

fn weigh_all<'s>(
    vocabulary: &Vocabulary,
    sentences: &'s [Option<SentenceFeatures>],
) -> Vec<Option<Weighted<'s>>> {
    sentences
        .iter()
        .map(|s| s.as_ref().map(|s| vocabulary.weigh(s)))
        .collect()
}

/// Aligns the sentences of document `a` with those of document `b` (which may be `a` itself).
///
/// `sentences_a`/`sentences_b` are the features of each document's sentences, indexed by sentence; a `None`
/// entry (boilerplate, too short) never aligns. When `a == b`, a sentence is never paired with itself nor with
/// an exact repeat of itself (repeats are duplicate passages, not statements to compare).
pub fn align_documents(
    a: usize,
    sentences_a: &[Option<SentenceFeatures>],
    b: usize,
    sentences_b: &[Option<SentenceFeatures>],
    vocabulary: &Vocabulary,
    limits: &AlignLimits,
    stats: &mut AlignStats,
) -> Vec<AlignedPair> {
    let same = a == b;
    // In a small corpus every feature is cheap to follow; the cap only matters when sentences are many.
    let max_df = if vocabulary.sentences() < 1_000 {
        u32::MAX
    } else {
        (vocabulary.sentences() as f64 * limits.max_feature_share) as u32
    };
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, s) in sentences_b.iter().enumerate() {
        if let Some(s) = s {
            for &f in &s.features {
                if vocabulary.df(f) <= max_df {
                    index.entry(f).or_default().push(j);
                }
            }
        }
    }
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for (i, s) in sentences_a.iter().enumerate() {
        let Some(s) = s else { continue };
        let mut seen: Vec<usize> = s
            .features
            .iter()
            .filter_map(|f| index.get(f))
            .flatten()
            .copied()
            .collect();
        seen.sort_unstable();
        seen.dedup();
        candidates.extend(seen.into_iter().filter(|&j| !same || j > i).map(|j| (i, j)));
        if candidates.len() > limits.max_candidates_per_pair {
            // Stop collecting at the cap rather than truncating afterwards: a report of a million sentences
            // would otherwise gather billions of candidates first.
            stats.capped_document_pairs += 1;
            candidates.truncate(limits.max_candidates_per_pair);
            break;
        }
    }
    // Each sentence is a candidate with many others: weigh its features once.
    let weighted_a = weigh_all(vocabulary, sentences_a);
    let weighted_b = if same {
        Vec::new()
    } else {
        weigh_all(vocabulary, sentences_b)
    };
    let weighted_b = if same { &weighted_a } else { &weighted_b };
    let mut scored: Vec<(f64, usize, usize)> = candidates
        .into_iter()
        .filter_map(|(i, j)| {
            let (x, y) = (sentences_a[i].as_ref()?, sentences_b[j].as_ref()?);
            if same && x.tokens == y.tokens {
                return None;
            }
            let score = weighted_a[i].as_ref()?.cosine(weighted_b[j].as_ref()?);
            (score >= limits.threshold).then_some((score, i, j))
        })
        .collect();
    // Best first; ties broken by position so the choice never depends on hashing or threads.
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut used_a = vec![false; sentences_a.len()];
    let mut used_b = vec![false; sentences_b.len()];
    let mut pairs = Vec::new();
    for (score, i, j) in scored {
        let taken = if same {
            used_a[i] || used_a[j]
        } else {
            used_a[i] || used_b[j]
        };
        if taken {
            continue;
        }
        if same {
            used_a[i] = true;
            used_a[j] = true;
        } else {
            used_a[i] = true;
            used_b[j] = true;
        }
        pairs.push(AlignedPair {
            a: SentenceRef {
                doc: a,
                sentence: i,
            },
            b: SentenceRef {
                doc: b,
                sentence: j,
            },
            score,
        });
    }
    pairs.sort_by_key(|p| (p.a, p.b));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmented;

    fn features(text: &str) -> (Segmented, Vec<Option<SentenceFeatures>>) {
        let seg = Segmented::new(text);
        let f = SentenceFeatures::for_document(text, &seg, &[]);
        (seg, f)
    }

    #[test]
    fn aligns_rewritten_sentences_one_to_one() {
        let a = "Talks in Geneva ended after nine hours on Tuesday. The ceasefire will last thirty days.";
        let b = "A thirty-day ceasefire was agreed. The Geneva talks lasted nine hours and ended on Tuesday.";
        let (_, fa) = features(a);
        let (_, fb) = features(b);
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_document(&fa);
        vocabulary.add_document(&fb);
        let mut stats = AlignStats::default();
        let pairs = align_documents(
            0,
            &fa,
            1,
            &fb,
            &vocabulary,
            &AlignLimits::default(),
            &mut stats,
        );
        let got: Vec<(usize, usize)> = pairs.iter().map(|p| (p.a.sentence, p.b.sentence)).collect();
        assert_eq!(got, [(0, 1), (1, 0)]);
    }

    #[test]
    fn unrelated_sentences_do_not_align() {
        let a = "The central bank raised interest rates by half a point.";
        let b = "Heavy snow closed mountain roads across the northern provinces.";
        let (_, fa) = features(a);
        let (_, fb) = features(b);
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_document(&fa);
        vocabulary.add_document(&fb);
        let pairs = align_documents(
            0,
            &fa,
            1,
            &fb,
            &vocabulary,
            &AlignLimits::default(),
            &mut AlignStats::default(),
        );
        assert!(pairs.is_empty());
    }

    #[test]
    fn within_one_report_exact_repeats_are_not_aligned() {
        let a = "Russia will avoid compromises that could threaten lives.\nRussia will avoid compromises that would threaten lives.\nRussia will avoid compromises that would threaten lives.";
        let (_, fa) = features(a);
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_document(&fa);
        let pairs = align_documents(
            0,
            &fa,
            0,
            &fa,
            &vocabulary,
            &AlignLimits::default(),
            &mut AlignStats::default(),
        );
        assert_eq!(pairs.len(), 1);
        assert_eq!(pairs[0].a.sentence, 0);
    }
}
