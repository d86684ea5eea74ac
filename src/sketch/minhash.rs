//! MinHash signatures by one-permutation hashing (OPH) with optimal densification.
//!
//! Classic MinHash hashes every shingle once per permutation; OPH hashes it once and splits the hash range
//! into `m` bins, keeping the minimum of each bin (Li, Owen and Zhang 2012). Bins that no shingle fell into are
//! filled from a non-empty bin chosen by a fixed probe sequence (Shrivastava 2017), which keeps the estimator
//! unbiased for short documents: two sets agree in a bin with probability equal to their Jaccard similarity.

/// Bin of `hash` among `bins`, by the high bits (multiply-shift range reduction).
#[inline]
fn bin_of(hash: u64, bins: usize) -> usize {
    ((u128::from(hash) * bins as u128) >> 64) as usize
}

/// A MinHash signature of `hashes` with `bins` values. An empty input gives an empty signature, which
/// matches nothing.
pub fn signature(hashes: impl IntoIterator<Item = u64>, bins: usize) -> Vec<u32> {
    let hashes: Vec<u64> = hashes.into_iter().collect();
    signature_of(&hashes, bins, &mut Vec::new())
}

/// [`signature`] of a slice, with a reusable buffer.
pub(super) fn signature_of(hashes: &[u64], bins: usize, mins: &mut Vec<u64>) -> Vec<u32> {
    let mut builder = Builder::new(bins, mins);
    for &hash in hashes {
        builder.add(hash);
    }
    builder.finish()
}

/// A signature built one hash at a time, in a reusable buffer.
pub(super) struct Builder<'m> {
    mins: &'m mut Vec<u64>,
    any: bool,
}

impl<'m> Builder<'m> {
    /// An empty signature of `bins` values.
    pub(super) fn new(bins: usize, mins: &'m mut Vec<u64>) -> Self {
        // Values are 32-bit, so `u64::MAX` marks a bin no hash fell into.
        mins.clear();
        mins.resize(bins, u64::MAX);
        Builder { mins, any: false }
    }

    /// Adds one hash.
    #[inline]
    pub(super) fn add(&mut self, hash: u64) {
        let bin = bin_of(hash, self.mins.len());
        // The low bits are independent of the high bits that chose the bin.
        let value = u64::from(hash as u32);
        // A conditional move: whether a value is its bin's new minimum is a coin toss.
        self.mins[bin] = self.mins[bin].min(value);
        self.any = true;
    }

    /// The signature; empty when no hash was added.
    pub(super) fn finish(self) -> Vec<u32> {
        if !self.any {
            return Vec::new();
        }
        densify(self.mins);
        self.mins.iter().map(|&v| v as u32).collect()
    }
}

/// Marks a bin's value as copied from another bin.
const COPIED: u64 = 1 << 32;

/// Fills each empty bin from the first non-empty bin on its own fixed pseudo-random probe sequence.
fn densify(mins: &mut [u64]) {
    let bins = mins.len();
    for i in 0..bins {
        if mins[i] != u64::MAX {
            continue;
        }
        let mut attempt: u64 = 0;
        loop {
            let probe = splitmix((i as u64) << 32 | attempt);
            let j = bin_of(probe, bins);
            // Only bins that hashes fell into are copied from: a copy is marked by bit 32 (dropped when the
            // signature is cut to 32-bit values), and an empty bin is `u64::MAX`.
            if mins[j] <= u64::from(u32::MAX) {
                mins[i] = mins[j] | COPIED;
                break;
            }
            attempt += 1;
        }
    }
}

fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The Jaccard similarity estimated from two signatures of equal length: the fraction of agreeing bins.
pub fn estimate_jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f64 / a.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn hashes(items: &HashSet<u32>) -> Vec<u64> {
        items
            .iter()
            .map(|&i| xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes()))
            .collect()
    }

    #[test]
    fn identical_sets_have_identical_signatures_and_empty_sets_none() {
        let set: HashSet<u32> = (0..50).collect();
        assert_eq!(signature(hashes(&set), 128), signature(hashes(&set), 128));
        assert!(signature(Vec::new(), 128).is_empty());
        assert_eq!(estimate_jaccard(&[], &[]), 0.0);
    }

    #[test]
    fn short_sets_fill_every_bin() {
        let set: HashSet<u32> = (0..3).collect();
        let sig = signature(hashes(&set), 128);
        assert_eq!(sig.len(), 128);
        let distinct: HashSet<u32> = sig.iter().copied().collect();
        assert!(distinct.len() <= 3);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// The estimate is a mean of 128 agreement indicators: its standard deviation is at most
        /// sqrt(J(1-J)/128) <= 0.045. Five deviations (0.23) bounds it for any test run.
        #[test]
        fn estimate_is_within_expected_error_of_exact_jaccard(
            shared in 0u32..400, only_a in 0u32..400, only_b in 0u32..400, offset in 0u32..1_000_000,
        ) {
            prop_assume!(shared + only_a > 0 && shared + only_b > 0);
            let a: HashSet<u32> = (offset..offset + shared + only_a).collect();
            let b: HashSet<u32> = (offset..offset + shared)
                .chain(offset + 10_000_000..offset + 10_000_000 + only_b)
                .collect();
            let exact = shared as f64 / (shared + only_a + only_b) as f64;
            let estimate = estimate_jaccard(&signature(hashes(&a), 128), &signature(hashes(&b), 128));
            let sd = (exact * (1.0 - exact) / 128.0).sqrt();
            prop_assert!((estimate - exact).abs() <= 5.0 * sd + 0.02,
                "exact {exact}, estimate {estimate}");
        }
    }
}
