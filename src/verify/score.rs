//! Exact overlap of two shingle sets and the similarity of two term sets.

use crate::candidates::TermStats;
use crate::sketch::Terms;

/// Size of the intersection of two ascending, distinct slices.
pub fn intersection_size<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
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
pub fn overlap(a: &[u64], b: &[u64]) -> Overlap {
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

/// Cosine similarity of two documents' story terms, weighted by [`TermStats::weight`]. A term counts once
/// per document, however often it occurs: a report that repeats a name ten times is not ten times as much
/// about that person.
pub fn term_similarity(a: &Terms, b: &Terms, stats: &TermStats) -> f64 {
    let weights = |t: &Terms| {
        let mut w: Vec<(u32, f64)> = stats.weighted(t).collect();
        w.sort_unstable_by_key(|x| x.0);
        w
    };
    let (wa, wb) = (weights(a), weights(b));
    let norm = |w: &[(u32, f64)]| w.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
    let (na, nb) = (norm(&wa), norm(&wb));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < wa.len() && j < wb.len() {
        match wa[i].0.cmp(&wb[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += wa[i].1 * wb[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot / (na * nb)
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
