//! Passages shared by two documents, rebuilt from their winnowed fingerprints as passim and MOSS do: anchors
//! (fingerprints both documents hold) are chained along the diagonal, and each chain becomes one passage from
//! its first anchor's shingle to its last.

use crate::sketch::Anchor;
use crate::text::Span;

use super::SharedPassage;

/// How passages are rebuilt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PassageParams {
    /// Words per shingle.
    pub shingle_size: usize,
    /// Winnowing window.
    pub window: usize,
}

impl PassageParams {
    /// Anchors this many shingle positions apart (or less) in both documents belong to one passage. Inside a
    /// shared run there is an anchor in every window; a changed word removes the `shingle_size` shingles that
    /// cover it, so the gap allows one edit without splitting the passage.
    fn max_gap(&self) -> u32 {
        (self.window + self.shingle_size) as u32
    }

    /// The shortest passage worth reporting, in words: the winnowing guarantee, below which a shared passage
    /// may or may not be found, so reporting it would depend on luck.
    pub fn min_words(&self) -> u32 {
        (self.window + self.shingle_size - 1) as u32
    }
}

struct Chain {
    first: (Anchor, Anchor),
    last: (Anchor, Anchor),
}

/// Passages of at least [`PassageParams::min_words`] words shared by two documents, in order of their
/// position in `a`.
pub fn shared_passages(a: &[Anchor], b: &[Anchor], params: &PassageParams) -> Vec<SharedPassage> {
    // `b`'s anchors by fingerprint, in an open-addressing table at most half full. Anchors with one fingerprint
    // lie along one probe sequence in the order they were put in, so walking `a` in order finds the matches
    // in order of their positions in `a`, then in `b`, and the sort below finds them sorted.
    const EMPTY: u32 = u32::MAX;
    let slots = (b.len() * 2).next_power_of_two().max(16);
    let mask = slots - 1;
    let home = |hash: u32| hash as usize & mask;
    let mut table = vec![EMPTY; slots];
    for (i, y) in b.iter().enumerate() {
        let mut slot = home(y.hash);
        while table[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        table[slot] = i as u32;
    }
    let mut matches: Vec<(Anchor, Anchor)> = Vec::new();
    for x in a {
        let mut slot = home(x.hash);
        while let Some(&y) = b.get(table[slot] as usize) {
            if y.hash == x.hash {
                matches.push((*x, y));
            }
            slot = (slot + 1) & mask;
        }
    }
    matches.sort_unstable_by_key(|(x, y)| (x.position, y.position));

    let gap = params.max_gap();
    let mut chains: Vec<Chain> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (x, y) in matches {
        // Chains whose last anchor is too far behind in `a` can never be extended again.
        open.retain(|&c| x.position - chains[c].last.0.position <= gap);
        let extend = open
            .iter()
            .copied()
            .filter(|&c| {
                let (lx, ly) = chains[c].last;
                x.position > lx.position
                    && y.position > ly.position
                    && y.position - ly.position <= gap
            })
            .min_by_key(|&c| {
                let (lx, ly) = chains[c].last;
                ((x.position - lx.position) as i64 - (y.position - ly.position) as i64).abs()
            });
        match extend {
            Some(c) => chains[c].last = (x, y),
            None => {
                open.push(chains.len());
                chains.push(Chain {
                    first: (x, y),
                    last: (x, y),
                });
            }
        }
    }
    let min_words = params.min_words();
    let words = params.shingle_size as u32;
    let mut passages: Vec<SharedPassage> = chains
        .iter()
        .filter(|c| {
            c.last.0.position + words - c.first.0.position >= min_words
                && c.last.1.position + words - c.first.1.position >= min_words
        })
        .map(|c| SharedPassage {
            a: Span::new(c.first.0.start as usize, c.last.0.end as usize),
            b: Span::new(c.first.1.start as usize, c.last.1.end as usize),
        })
        .collect();
    passages.sort();
    passages.dedup();
    passages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use crate::sketch::{SketchParams, sketch};

    fn passages(a: &str, b: &str) -> Vec<(String, String)> {
        let settings = Settings::default();
        let params = SketchParams::from(&settings);
        let (sa, sb) = (sketch(a, &params), sketch(b, &params));
        let pp = PassageParams {
            shingle_size: params.shingle_size,
            window: params.window,
        };
        shared_passages(&sa.anchors, &sb.anchors, &pp)
            .into_iter()
            .map(|p| (p.a.of(a).to_string(), p.b.of(b).to_string()))
            .collect()
    }

    const WIRE: &str = "Floodwater breached the northern levee of the river town before dawn on Friday, forcing \
        three hundred families onto the roofs of their homes while rescue boats worked through the night.";

    #[test]
    fn embedded_passage_is_found_in_both_documents() {
        let a = format!(
            "Our correspondent writes from the valley. {WIRE} Officials promised an inquiry."
        );
        let b = format!("{WIRE}\n\nMore to follow.");
        let found = passages(&a, &b);
        assert_eq!(found.len(), 1);
        let (in_a, in_b) = &found[0];
        assert_eq!(in_a, in_b);
        // Winnowing may miss up to a window of words at either edge, never the core.
        assert!(in_a.contains("three hundred families onto the roofs"));
        assert!(in_a.len() > WIRE.len() / 2);
    }

    #[test]
    fn one_changed_word_does_not_split_a_passage() {
        let edited = WIRE.replace("three hundred", "four hundred");
        assert_eq!(passages(WIRE, &edited).len(), 1);
    }

    #[test]
    fn texts_sharing_only_a_short_phrase_share_no_passage() {
        let a =
            "The minister said on Friday that the talks in the capital would resume soon enough.";
        let b = "Farmers said on Friday that the harvest had been the worst in a generation here.";
        assert!(passages(a, b).is_empty());
    }
}
