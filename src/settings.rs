//! Tunable settings of a run, with the defaults every stage uses when nothing overrides them.

/// Settings shared by the pipeline's stages.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Words per shingle.
    pub shingle_size: usize,
    /// Jaccard at or above which two reports are near-duplicates.
    pub threshold: f64,
    /// Similarity at or above which two sentences are aligned ([`crate::align::AlignLimits::threshold`]).
    pub alignment_threshold: f64,
    /// Values in a MinHash signature.
    pub num_perm: usize,
    /// Winnowing window in shingles: shared passages of `winnow_window + shingle_size - 1` words or more are
    /// always found.
    pub winnow_window: usize,
    /// Distinct reports of one story compared pairwise ([`crate::compare::CompareLimits::max_story_documents`]).
    pub max_story_reports: usize,
    /// Candidate sentence pairs scored per pair of reports
    /// ([`crate::align::AlignLimits::max_candidates_per_pair`]).
    pub max_sentence_pairs: usize,
    /// Words of an aligned sentence beyond which it is not word-diffed
    /// ([`crate::compare::CompareLimits::max_sentence_tokens`]).
    pub max_sentence_words: usize,
    /// `duplicate-passage` findings one report takes part in, of each sort (repeated inside it, copied
    /// across reports); the longest passages are kept.
    pub max_passages_per_report: usize,
    /// Pairs of names sharing a blocking key that resolution compares
    /// ([`crate::resolve::resolve_with`]).
    pub max_name_pairs: usize,
}

impl Default for Settings {
    fn default() -> Self {
        let limits = crate::compare::CompareLimits::default();
        Settings {
            shingle_size: 5,
            threshold: 0.5,
            alignment_threshold: crate::align::AlignLimits::default().threshold,
            num_perm: 128,
            winnow_window: 6,
            max_story_reports: limits.max_story_documents,
            max_sentence_pairs: limits.align.max_candidates_per_pair,
            max_sentence_words: limits.max_sentence_tokens,
            max_passages_per_report: 100,
            max_name_pairs: crate::resolve::DEFAULT_MAX_NAME_PAIRS,
        }
    }
}

impl Settings {
    /// The limits of the align and compare stages, with the alignment threshold and caps from these settings.
    pub fn compare_limits(&self) -> crate::compare::CompareLimits {
        let mut limits = crate::compare::CompareLimits::default();
        limits.align.threshold = self.alignment_threshold;
        limits.align.max_candidates_per_pair = self.max_sentence_pairs;
        limits.max_story_documents = self.max_story_reports;
        limits.max_sentence_tokens = self.max_sentence_words;
        limits
    }
}
