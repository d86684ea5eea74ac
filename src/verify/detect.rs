//! The near-duplicate stage end to end: sketches in, verified pairs and story groups out.

use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::candidates::{self, LshParams, TermStats, WeightedTerms};
use crate::load::Document;
use crate::settings::Settings;
use crate::sketch::{Sketch, SketchParams, sketch};

use super::passages::{PassageParams, shared_passages};
use super::score::overlap;
use super::{Pair, Relation, Story, stories};

/// Jaccard at or above which two reports are copies.
pub const COPY_JACCARD: f64 = 0.9;
/// Containment at or above which one report contains the other.
pub const CONTAINS_CONTAINMENT: f64 = 0.8;
/// A report must have this many shingles (about a sentence and a half) to be "contained": a one-line note
/// that happens to occur in a long report is a shared passage, not a contained report.
const MIN_CONTAINED_SHINGLES: usize = 10;
/// Weighted term similarity at or above which two reports cover the same story. Rewrites of one story share
/// their names and rare words; reports of different events on one topic (two port strikes, a derailment and
/// a rail strike in one country) share some. On the hand-written stories under `fixtures/`, same-story pairs
/// score 0.23 to 0.6 and different events of one topic at most 0.19.
pub const SAME_STORY_SIMILARITY: f64 = 0.21;
/// Containment at or above which two reports share enough text to be about the same story whatever their
/// terms say.
const SAME_STORY_CONTAINMENT: f64 = 0.5;

/// How the run went, for `--verbose`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DetectStats {
    /// The LSH bands and rows chosen from the threshold.
    pub lsh: LshParams,
    /// Pairs proposed by LSH.
    pub lsh_candidates: usize,
    /// Pairs proposed by the rare-term index.
    pub rare_term_candidates: usize,
    /// Distinct pairs verified.
    pub candidates: usize,
    /// Terms in more documents than this were not indexed.
    pub df_cap: u32,
    /// Time spent proposing candidates.
    pub candidate_time: Duration,
    /// Time spent verifying them and grouping stories.
    pub verify_time: Duration,
}

/// Verified pairs and story groups of a corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct NearDuplicates {
    /// Pairs with a relation, sorted by `(a, b)`.
    pub pairs: Vec<Pair>,
    /// Groups of two or more reports, ordered by their first document.
    pub stories: Vec<Story>,
    /// How the run went.
    pub stats: DetectStats,
}

/// Sketches documents in parallel.
pub fn sketch_documents(documents: &[Document], settings: &Settings) -> Vec<Sketch> {
    let params = SketchParams::from(settings);
    documents
        .par_iter()
        .map(|d| sketch(&d.text, &params))
        .collect()
}

/// Runs candidates, verification and grouping over the sketches of a corpus, indexed as the corpus is.
pub fn detect(sketches: &[Sketch], settings: &Settings) -> NearDuplicates {
    let started = Instant::now();
    let params = SketchParams::from(settings);
    let lsh = LshParams::for_threshold(settings.threshold, params.num_perm);
    let signatures: Vec<&[u32]> = sketches.iter().map(|s| s.signature.as_slice()).collect();
    let by_lsh = candidates::lsh::candidates(&signatures, lsh);
    let terms: Vec<_> = sketches.iter().map(|s| &s.terms).collect();
    let stats = TermStats::new(&terms);
    let by_terms = candidates::rare::candidates(&terms, &stats);
    let merged = candidates::merge(&by_lsh, &by_terms);
    let candidate_time = started.elapsed();

    let passage_params = PassageParams {
        shingle_size: params.shingle_size,
        window: params.window,
    };
    // Weighted term vectors, only for documents some candidate involves.
    let mut involved = vec![false; sketches.len()];
    for &((a, b), _) in &merged {
        involved[a as usize] = true;
        involved[b as usize] = true;
    }
    let weighted: Vec<Option<WeightedTerms>> = sketches
        .par_iter()
        .zip(&involved)
        .map(|(s, &inv)| inv.then(|| WeightedTerms::new(&s.terms, &stats)))
        .collect();
    let pairs: Vec<Pair> = merged
        .par_iter()
        .filter_map(|&((a, b), _)| {
            let (a, b) = (a as usize, b as usize);
            let similarity = match (&weighted[a], &weighted[b]) {
                (Some(wa), Some(wb)) => wa.cosine(wb),
                _ => 0.0,
            };
            verify_pair(
                (a, &sketches[a]),
                (b, &sketches[b]),
                similarity,
                &passage_params,
                settings.threshold,
            )
        })
        .collect();
    let stories = stories::group(sketches.len(), &pairs);
    NearDuplicates {
        pairs,
        stories,
        stats: DetectStats {
            lsh,
            lsh_candidates: by_lsh.len(),
            rare_term_candidates: by_terms.len(),
            candidates: merged.len(),
            df_cap: stats.cap(),
            candidate_time,
            verify_time: started.elapsed() - candidate_time,
        },
    }
}

/// Scores one candidate pair exactly and gives it a relation, or `None` when it has none.
fn verify_pair(
    (a, sa): (usize, &Sketch),
    (b, sb): (usize, &Sketch),
    similarity: f64,
    passage_params: &PassageParams,
    threshold: f64,
) -> Option<Pair> {
    let scores = overlap(&sa.shingles, &sb.shingles);
    let smaller = sa.shingles.len().min(sb.shingles.len());
    let relation = if scores.jaccard >= COPY_JACCARD.max(threshold) {
        Relation::Copy
    } else if scores.jaccard >= threshold {
        Relation::NearDuplicate
    } else if scores.containment >= CONTAINS_CONTAINMENT && smaller >= MIN_CONTAINED_SHINGLES {
        Relation::Contains
    } else if similarity >= SAME_STORY_SIMILARITY || scores.containment >= SAME_STORY_CONTAINMENT {
        Relation::SameStory
    } else {
        return None;
    };
    let passages = if scores.shared == 0 {
        Vec::new()
    } else {
        shared_passages(&sa.anchors, &sb.anchors, passage_params)
    };
    Some(Pair {
        a,
        b,
        relation,
        jaccard: scores.jaccard,
        containment: scores.containment,
        similarity,
        passages,
    })
}
