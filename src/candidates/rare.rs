//! The rare-term channel: reports that share several rare names and content words are candidates even when
//! they share no word sequence at all, as two rewrites of one story do.
//!
//! Terms are weighted by inverse document frequency, names more than other words. Each document is indexed
//! under its few heaviest terms only, and terms found in too many documents are not indexed at all (the
//! document-frequency cap): "Ukraine" in a corpus about the war would otherwise pair every report with
//! every other.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use crate::sketch::Terms;

/// A name ("Witkoff", "Riyadh") says more about a story than a common noun of the same rarity.
pub const NAME_BOOST: f64 = 2.0;
/// Terms a document is indexed under.
const INDEXED_TERMS_PER_DOCUMENT: usize = 16;
/// Indexed terms two documents must share to become candidates; one shared rare word is a coincidence.
const MIN_SHARED_TERMS: usize = 2;
/// The document-frequency cap is this fraction of the corpus...
const DF_CAP_FRACTION: f64 = 0.02;
/// ...but never below this many documents, so that a small corpus about one story is not capped at all.
const DF_CAP_MIN: u32 = 10;

/// Multiplies the key into the high bits that the hash table reads; keys are already hashes.
#[derive(Default)]
struct TermHasher(u64);

impl Hasher for TermHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Document frequencies of the corpus's story terms.
#[derive(Clone, Debug, Default)]
pub struct TermStats {
    documents: usize,
    df: HashMap<u32, u32, BuildHasherDefault<TermHasher>>,
    cap: u32,
}

impl TermStats {
    /// Counts in how many documents each term occurs.
    pub fn new(terms: &[&Terms]) -> Self {
        let mut all: Vec<u32> = terms
            .par_iter()
            .flat_map_iter(|t| t.names.iter().chain(&t.words).copied())
            .collect();
        all.par_sort_unstable();
        let mut df: HashMap<u32, u32, BuildHasherDefault<TermHasher>> = HashMap::default();
        for run in all.chunk_by(|a, b| a == b) {
            df.insert(run[0], run.len() as u32);
        }
        let documents = terms.len();
        let cap = ((documents as f64 * DF_CAP_FRACTION).ceil() as u32).max(DF_CAP_MIN);
        TermStats { documents, df, cap }
    }

    /// Documents that contain `term`.
    pub fn df(&self, term: u32) -> u32 {
        self.df.get(&term).copied().unwrap_or(0)
    }

    /// The document-frequency cap: terms in more documents are not indexed.
    pub fn cap(&self) -> u32 {
        self.cap
    }

    /// Smoothed inverse document frequency, at least 1.
    pub fn idf(&self, term: u32) -> f64 {
        let n = self.documents as f64;
        ((n + 1.0) / (f64::from(self.df(term)) + 1.0)).ln() + 1.0
    }

    /// A term's weight in a document: its idf, boosted when the document writes it as a name.
    pub fn weight(&self, term: u32, name: bool) -> f64 {
        self.idf(term) * if name { NAME_BOOST } else { 1.0 }
    }

    /// Every term of `terms` with its weight.
    pub fn weighted<'t>(&'t self, terms: &'t Terms) -> impl Iterator<Item = (u32, f64)> + 't {
        let names = terms.names.iter().map(|&t| (t, self.weight(t, true)));
        let words = terms.words.iter().map(|&t| (t, self.weight(t, false)));
        names.chain(words)
    }
}

/// Candidate pairs `(a, b)`, `a < b`, sorted and distinct, of documents sharing at least two of their
/// heaviest rare terms.
pub fn candidates(terms: &[&Terms], stats: &TermStats) -> Vec<(u32, u32)> {
    let mut postings: Vec<(u32, u32)> = terms
        .par_iter()
        .enumerate()
        .flat_map_iter(|(doc, t)| {
            let mut indexable: Vec<(u32, f64)> = stats
                .weighted(t)
                .filter(|&(term, _)| (2..=stats.cap).contains(&stats.df(term)))
                .collect();
            indexable.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            indexable.truncate(INDEXED_TERMS_PER_DOCUMENT);
            indexable.into_iter().map(move |(term, _)| (term, doc as u32))
        })
        .collect();
    postings.par_sort_unstable();
    let mut pairs: Vec<(u32, u32)> = postings
        .par_chunk_by(|x, y| x.0 == y.0)
        .flat_map_iter(|posting| {
            let docs: Vec<u32> = posting.iter().map(|p| p.1).collect();
            let mut pairs = Vec::with_capacity(docs.len() * docs.len().saturating_sub(1) / 2);
            for (i, &a) in docs.iter().enumerate() {
                for &b in &docs[i + 1..] {
                    pairs.push((a, b));
                }
            }
            pairs
        })
        .collect();
    pairs.par_sort_unstable();
    pairs
        .chunk_by(|x, y| x == y)
        .filter(|run| run.len() >= MIN_SHARED_TERMS)
        .map(|run| run[0])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(names: &[u32], words: &[u32]) -> Terms {
        Terms {
            names: names.to_vec(),
            words: words.to_vec(),
        }
    }

    #[test]
    fn two_shared_rare_terms_make_a_candidate_and_one_does_not() {
        let docs = [
            terms(&[1, 2], &[10, 11]),
            terms(&[1, 2], &[12]),
            terms(&[3], &[10, 13]),
        ];
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        assert_eq!(candidates(&refs, &stats), vec![(0, 1)]);
    }

    #[test]
    fn terms_above_the_document_frequency_cap_are_not_indexed() {
        // Terms 1 and 2 occur in every one of 600 documents: over the cap of 2% (12 documents).
        let docs: Vec<Terms> = (0..600).map(|i| terms(&[1, 2], &[1000 + i])).collect();
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        assert_eq!(stats.cap(), 12);
        assert!(candidates(&refs, &stats).is_empty());
    }

    #[test]
    fn rarer_terms_weigh_more_and_names_more_than_words() {
        let docs = [terms(&[1], &[2, 3]), terms(&[], &[2]), terms(&[], &[2])];
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        assert!(stats.weight(3, false) > stats.weight(2, false));
        assert!(stats.weight(1, true) > stats.weight(3, false));
    }
}
