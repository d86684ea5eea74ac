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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            shingle_size: 5,
            threshold: 0.5,
            alignment_threshold: crate::align::AlignLimits::default().threshold,
            num_perm: 128,
            winnow_window: 6,
        }
    }
}

impl Settings {
    /// The limits of the align and compare stages, with the alignment threshold from these settings.
    pub fn compare_limits(&self) -> crate::compare::CompareLimits {
        let mut limits = crate::compare::CompareLimits::default();
        limits.align.threshold = self.alignment_threshold;
        limits
    }
}
