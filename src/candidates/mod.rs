//! Stage: candidates. Sketches become candidate pairs through two channels: LSH banding of MinHash
//! signatures, for reports that share wording, and an inverted index of rare terms, for rewrites that share
//! facts but not wording. Candidates are only proposals: verification scores every one exactly.

pub mod lsh;
pub mod rare;

pub use lsh::LshParams;
pub use rare::{TermStats, WeightedTerms};

/// Which channel proposed a pair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Channels {
    /// Proposed by LSH banding.
    pub lsh: bool,
    /// Proposed by the rare-term index.
    pub rare_terms: bool,
}

/// Merges two sorted, distinct pair lists into one, remembering which channel proposed each pair.
pub fn merge(lsh: &[(u32, u32)], rare_terms: &[(u32, u32)]) -> Vec<((u32, u32), Channels)> {
    let mut out = Vec::with_capacity(lsh.len() + rare_terms.len());
    let (mut i, mut j) = (0, 0);
    while i < lsh.len() || j < rare_terms.len() {
        let next = match (lsh.get(i), rare_terms.get(j)) {
            (Some(a), Some(b)) if a == b => {
                i += 1;
                j += 1;
                (
                    *a,
                    Channels {
                        lsh: true,
                        rare_terms: true,
                    },
                )
            }
            (Some(a), Some(b)) if a < b => {
                i += 1;
                (
                    *a,
                    Channels {
                        lsh: true,
                        rare_terms: false,
                    },
                )
            }
            (Some(a), None) => {
                i += 1;
                (
                    *a,
                    Channels {
                        lsh: true,
                        rare_terms: false,
                    },
                )
            }
            (_, Some(b)) => {
                j += 1;
                (
                    *b,
                    Channels {
                        lsh: false,
                        rare_terms: true,
                    },
                )
            }
            (None, None) => unreachable!("loop condition"),
        };
        out.push(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_order_and_marks_channels() {
        let merged = merge(&[(0, 1), (2, 3)], &[(0, 1), (1, 2)]);
        let pairs: Vec<_> = merged.iter().map(|(p, _)| *p).collect();
        assert_eq!(pairs, [(0, 1), (1, 2), (2, 3)]);
        assert!(merged[0].1.lsh && merged[0].1.rare_terms);
        assert!(!merged[1].1.lsh && merged[1].1.rare_terms);
    }
}
