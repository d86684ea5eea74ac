//! Exact overlap of two shingle sets and the similarity of two term sets.

use crate::candidates::TermStats;
use crate::sketch::Terms;

/// Size of the intersection of two ascending, distinct slices.
pub fn intersection_size<T: Ord>(a: &[T], b: &[T]) -> usize {
    // Branch-free merge: the comparisons of two random hash sets are unpredictable.
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (&a[i], &b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    shared
}

/// Exact Jaccard and containment of two shingle sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Overlap {
    /// Shingles in both.
    pub shared: usize,
    /// |A ∩ B| / |A ∪ B|.
    pub jaccard: f64,
    /// The larger of |A ∩ B| / |A| and |A ∩ B| / |B|: how much of the smaller-looking side the other holds.
    pub containment: f64,
}

/// Scores two ascending, distinct shingle sets.
pub fn overlap(a: &[u32], b: &[u32]) -> Overlap {
    let shared = intersection_size(a, b);
    let union = a.len() + b.len() - shared;
    let ratio = |n: usize| {
        if n == 0 {
            0.0
        } else {
            shared as f64 / n as f64
        }
    };
    Overlap {
        shared,
        jaccard: ratio(union),
        containment: ratio(a.len()).max(ratio(b.len())),
    }
}

/// Cosine similarity of two documents' story terms, weighted by [`TermStats`]. A term counts once per
/// document, however often it occurs: a report that repeats a name ten times is not ten times as much about
/// that person.
pub fn term_similarity(a: &Terms, b: &Terms, stats: &TermStats) -> f64 {
    stats.cosine(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn overlap_of_nested_sets() {
        let o = overlap(&[1, 2, 3, 4], &[2, 3]);
        assert_eq!(o.shared, 2);
        assert_eq!(o.jaccard, 0.5);
        assert_eq!(o.containment, 1.0);
        assert_eq!(overlap(&[], &[]).jaccard, 0.0);
    }

    #[test]
    fn identical_terms_have_similarity_one_and_disjoint_zero() {
        let a = Terms {
            names: vec![1, 2],
            words: vec![3],
        };
        let b = Terms {
            names: vec![4],
            words: vec![5],
        };
        let stats = TermStats::new(&[&a, &b]);
        assert!((term_similarity(&a, &a, &stats) - 1.0).abs() < 1e-9);
        assert_eq!(term_similarity(&a, &b, &stats), 0.0);
    }

    proptest! {
        #[test]
        fn intersection_matches_a_set_intersection(
            a in proptest::collection::btree_set(0u16..200, 0..60),
            b in proptest::collection::btree_set(0u16..200, 0..60),
        ) {
            let va: Vec<u16> = a.iter().copied().collect();
            let vb: Vec<u16> = b.iter().copied().collect();
            prop_assert_eq!(intersection_size(&va, &vb), a.intersection(&b).count());
        }
    }
}
