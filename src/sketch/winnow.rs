//! Winnowing (Schleimer, Wilkerson and Aiken 2003, the MOSS fingerprinting): from every window of `w`
//! consecutive shingle hashes the minimum is kept, with its position.
//!
//! Any passage that two documents share and that is at least `w + k - 1` tokens long is guaranteed to share a
//! fingerprint, so fingerprints are anchors from which shared passages are rebuilt.

/// One selected shingle hash and where its shingle lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    /// The shingle hash.
    pub hash: u64,
    /// Index of the shingle (its first token) in the document's token sequence.
    pub position: u32,
}

/// The winnowed fingerprints of `hashes`, in position order. On ties the rightmost minimum is taken, so a
/// run of equal hashes yields one fingerprint per window rather than one per hash.
pub fn winnow(hashes: &[u64], window: usize) -> Vec<Fingerprint> {
    let mut out = Vec::with_capacity(hashes.len() * 2 / (window.max(1) + 1) + 1);
    winnow_each(hashes, window, |f| out.push(f));
    out
}

/// Calls `each` for every fingerprint [`winnow`] selects, in position order.
#[inline]
pub(super) fn winnow_each(hashes: &[u64], window: usize, mut each: impl FnMut(Fingerprint)) {
    let window = window.max(1);
    if hashes.is_empty() {
        return;
    }
    let pick = |at: usize| Fingerprint {
        hash: hashes[at],
        position: at as u32,
    };
    if hashes.len() <= window {
        let (position, _) = hashes
            .iter()
            .enumerate()
            .rev()
            .min_by_key(|(_, h)| **h)
            .expect("non-empty");
        return each(pick(position));
    }
    // The first window's rightmost minimum.
    let mut min_at = 0;
    for i in 1..window {
        if hashes[i] <= hashes[min_at] {
            min_at = i;
        }
    }
    each(pick(min_at));
    for end in window + 1..=hashes.len() {
        let start = end - window;
        let newest = end - 1;
        if hashes[newest] <= hashes[min_at] {
            min_at = newest;
        } else if min_at < start {
            // The old minimum left the window: rescan it, rightmost minimum first.
            min_at = start;
            for i in start + 1..end {
                if hashes[i] <= hashes[min_at] {
                    min_at = i;
                }
            }
        } else {
            continue;
        }
        // A new minimum always lies to the right of the last one picked.
        each(pick(min_at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn picks_window_minima_with_positions() {
        // The MOSS paper's example shape: minima per window of 4.
        let hashes = [
            77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98,
        ];
        let picked: Vec<(u64, u32)> = winnow(&hashes, 4)
            .iter()
            .map(|f| (f.hash, f.position))
            .collect();
        assert_eq!(picked, [(17, 3), (17, 6), (8, 8), (39, 11), (17, 15)]);
    }

    #[test]
    fn short_input_keeps_its_minimum() {
        assert_eq!(
            winnow(&[5, 3, 9], 4),
            [Fingerprint {
                hash: 3,
                position: 1
            }]
        );
        assert!(winnow(&[], 4).is_empty());
    }

    proptest! {
        /// The winnowing guarantee: every window holds a selected position.
        #[test]
        fn every_window_holds_a_fingerprint(hashes in proptest::collection::vec(0u64..50, 0..80), w in 1usize..8) {
            let picked: Vec<usize> = winnow(&hashes, w).iter().map(|f| f.position as usize).collect();
            for start in 0..hashes.len().saturating_sub(w - 1) {
                let end = (start + w).min(hashes.len());
                prop_assert!(picked.iter().any(|&p| (start..end).contains(&p)));
            }
            let mut sorted = picked.clone();
            sorted.dedup();
            prop_assert_eq!(sorted, picked);
        }
    }
}
