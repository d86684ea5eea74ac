//! The rare-term channel: reports that share several rare names and content words are candidates even when
//! they share no word sequence at all, as two rewrites of one story do.
//!
//! Terms are weighted by inverse document frequency, names more than other words. Each document is indexed
//! under its few heaviest terms only, and terms found in too many documents are not indexed at all (the
//! document-frequency cap): "Ukraine" in a corpus about the war would otherwise pair every report with
//! every other.

use rayon::prelude::*;

use crate::sketch::Terms;

/// A name ("Witkoff", "Riyadh") says more about a story than a common noun of the same rarity.
pub const NAME_BOOST: f32 = 2.0;
/// Terms a document is indexed under. Rewrites of one story by different outlets each lead with their own
/// angle, so a report's few heaviest terms are often its own (a regional paper's town, a translation's
/// spellings), and the names the rewrites share come further down. Run together, the golden and held-out
/// stories (321 reports of 92 stories, past the exhaustive size) kept every report of its story in 40 stories
/// with eight terms, 78 with sixteen, 84 with twenty-four and 87 with thirty-two. On c20k, twenty-four terms
/// propose 5,315 pairs where eight proposed 4,515 and thirty-two 7,845, and the run takes about 11% more user
/// time (thirty-two, 46% more).
const INDEXED_TERMS_PER_DOCUMENT: usize = 24;
/// Indexed terms two documents must share to become candidates. One or two shared rare words are often a
/// coincidence in a large corpus; rewrites of one story share many. Two of sixteen kept 86 of the 92 stories
/// above whole, but proposed 29,326 pairs on c20k, each of them verified.
const MIN_SHARED_TERMS: usize = 3;
/// The document-frequency cap is this fraction of the corpus...
const DF_CAP_FRACTION: f64 = 0.02;
/// ...but never below this many documents, so that a small corpus about one story is not capped at all...
const DF_CAP_MIN: u32 = 10;
/// ...and never above this many. No story is told by a thousand reports of one corpus, so a term in more
/// says nothing about which story a report tells; and the index's work grows with the square of the
/// longest posting list, which at 2% of a million reports would be 20,000 long.
const DF_CAP_MAX: u32 = 1_000;

/// Documents assumed to exist beside the corpus, none holding the term. Without them a corpus of two reports
/// gives every term they share the lowest possible weight and every term only one holds the highest, which
/// inverts what a shared name means; with them, document frequency discriminates only once the corpus is
/// large enough to say something about how common a term is.
const BACKGROUND_DOCUMENTS: f64 = 50.0;

/// How common one term is.
#[derive(Clone, Copy, Debug)]
struct TermInfo {
    df: u32,
    idf: f32,
}

/// Document frequencies in an open-addressing table keyed by term hash: one multiply and, nearly always,
/// one probe per look-up, which matters because every term of every document is counted and looked up.
#[derive(Clone, Debug, Default)]
struct TermTable {
    /// `(term, df)`; a df of 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
    /// The idf of a term in `df` documents, at index `df`. A table by document frequency rather than a
    /// value per slot: a look-up reads one slot, and this short table stays in cache, where a second array
    /// as large as the slots cost each look-up a second cache miss.
    idf_by_df: Vec<f32>,
    mask: usize,
}

impl TermTable {
    /// A table with room for `terms` distinct terms at most half full.
    fn with_room(terms: usize) -> Self {
        let size = (terms * 2).next_power_of_two().max(16);
        TermTable {
            slots: vec![(0, 0); size],
            idf_by_df: Vec::new(),
            mask: size - 1,
        }
    }

    #[inline]
    fn slot_of(&self, term: u32) -> usize {
        // Terms are hash bits already; the multiply spreads them over the table's index bits.
        let mut i =
            (u64::from(term).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & self.mask;
        loop {
            let (t, df) = self.slots[i];
            if df == 0 || t == term {
                return i;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The same counts in a table twice the size.
    fn grown(&self) -> Self {
        let mut bigger = TermTable::with_room(self.slots.len());
        for &(term, df) in &self.slots {
            if df != 0 {
                let i = bigger.slot_of(term);
                bigger.slots[i] = (term, df);
            }
        }
        bigger
    }

    /// The slot of `term` and its document frequency, 0 when no document holds it.
    #[inline]
    fn find(&self, term: u32) -> (usize, u32) {
        let i = self.slot_of(term);
        (i, self.slots[i].1)
    }

    #[inline]
    fn get(&self, term: u32) -> Option<TermInfo> {
        let i = self.slot_of(term);
        let (_, df) = self.slots[i];
        (df != 0).then(|| TermInfo {
            df,
            idf: self.idf_by_df[df as usize],
        })
    }
}

/// Document frequencies of the corpus's story terms.
#[derive(Clone, Debug, Default)]
pub struct TermStats {
    terms: TermTable,
    /// idf of a term no document holds.
    unseen_idf: f32,
    cap: u32,
    /// For a document frequency, the rank of an indexable word's weight and of a name's among every
    /// indexable weight, heaviest first ([`NOT_INDEXED`] outside `2..=cap`): `[word, name]`.
    index_rank: Vec<[u32; 2]>,
}

/// The rank of a term that is not indexed.
const NOT_INDEXED: u32 = u32::MAX;

impl TermStats {
    /// Counts in how many documents each term occurs.
    pub fn new(terms: &[&Terms]) -> Self {
        // A corpus repeats most of its terms: the table starts small, to stay in cache, and doubles when
        // half full.
        let mut table = TermTable::with_room(1 << 12);
        let mut distinct = 0;
        for t in terms {
            for list in [&t.names, &t.words] {
                for &term in list {
                    let i = table.slot_of(term);
                    let slot = &mut table.slots[i];
                    *slot = (term, slot.1 + 1);
                    // Only a new term fills the table: the test is not made for the others (every one of a
                    // corpus's 3.8 million term occurrences on c20k, against 30,000 distinct terms).
                    if slot.1 == 1 {
                        distinct += 1;
                        if distinct * 2 > table.slots.len() {
                            table = table.grown();
                        }
                    }
                }
            }
        }
        let n = terms.len() as f64;
        let idf =
            |df: u32| (((n + BACKGROUND_DOCUMENTS) / (f64::from(df) + 1.0)).ln() + 1.0) as f32;
        let most = table.slots.iter().map(|&(_, df)| df).max().unwrap_or(0);
        table.idf_by_df = (0..=most).map(idf).collect();
        let cap = df_cap(terms.len());
        TermStats {
            index_rank: index_ranks(&table.idf_by_df, cap),
            terms: table,
            unseen_idf: idf(0),
            cap,
        }
    }

    /// Documents that contain `term`.
    pub fn df(&self, term: u32) -> u32 {
        self.terms.get(term).map_or(0, |t| t.df)
    }

    /// The document-frequency cap: terms in more documents are not indexed.
    pub fn cap(&self) -> u32 {
        self.cap
    }

    /// Smoothed inverse document frequency, `ln((n + b) / (df + 1)) + 1` with `b` background documents.
    pub fn idf(&self, term: u32) -> f32 {
        self.terms.get(term).map_or(self.unseen_idf, |t| t.idf)
    }

    /// Every term of `terms` with its document frequency and weight: its idf, boosted for names.
    pub fn weighted<'t>(&'t self, terms: &'t Terms) -> impl Iterator<Item = (u32, u32, f32)> + 't {
        let info = |t: u32, boost: f32| {
            let i = self.terms.get(t).unwrap_or(TermInfo {
                df: 0,
                idf: self.unseen_idf,
            });
            (t, i.df, i.idf * boost)
        };
        let names = terms.names.iter().map(move |&t| info(t, NAME_BOOST));
        let words = terms.words.iter().map(move |&t| info(t, 1.0));
        names.chain(words)
    }
}

impl TermStats {
    /// The cosine similarity of two documents' weighted terms: exactly
    /// `WeightedTerms::new(a, self).cosine(&WeightedTerms::new(b, self))`, summed in the same order, with
    /// nothing allocated (verification scores every candidate pair): each side's weights are looked up once
    /// into a reused buffer, its norm summed as they are, and the two buffers merged.
    pub fn cosine(&self, a: &Terms, b: &Terms) -> f64 {
        /// A document's `(term, weight)`, ascending by term.
        type Weights = Vec<(u32, f32)>;
        thread_local! {
            static WEIGHTS: std::cell::RefCell<(Weights, Weights)> =
                const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
        }
        WEIGHTS.with(|cell| {
            let (xs, ys) = &mut *cell.borrow_mut();
            let norm_a = self.ascending_into(a, xs).sqrt();
            let norm_b = self.ascending_into(b, ys).sqrt();
            if norm_a == 0.0 || norm_b == 0.0 {
                return 0.0;
            }
            let (mut i, mut j, mut dot) = (0, 0, 0.0f64);
            while i < xs.len() && j < ys.len() {
                let ((x, wx), (y, wy)) = (xs[i], ys[j]);
                if x == y {
                    dot += f64::from(wx) * f64::from(wy);
                }
                i += usize::from(x <= y);
                j += usize::from(y <= x);
            }
            dot / (f64::from(norm_a) * f64::from(norm_b))
        })
    }

    /// Fills `out` with a document's terms and their weights, ascending by term (its names and other words
    /// merged), and returns the sum of the squared weights in that order.
    fn ascending_into(&self, terms: &Terms, out: &mut Vec<(u32, f32)>) -> f32 {
        out.clear();
        out.reserve(terms.len());
        let (names, words) = (terms.names.as_slice(), terms.words.as_slice());
        let mut squares = 0.0f32;
        let mut add = |term: u32, boost: f32| {
            let weight = self.idf(term) * boost;
            squares += weight * weight;
            out.push((term, weight));
        };
        // The merge while both lists last, then the rest of the one left, without a test per term for the
        // list that ran out: a report's names are few, so most of its terms are the words after its last name.
        let (mut i, mut j) = (0, 0);
        while i < names.len() && j < words.len() {
            if names[i] < words[j] {
                add(names[i], NAME_BOOST);
                i += 1;
            } else {
                add(words[j], 1.0);
                j += 1;
            }
        }
        for &name in &names[i..] {
            add(name, NAME_BOOST);
        }
        for &word in &words[j..] {
            add(word, 1.0);
        }
        squares
    }
}

/// The document-frequency cap of a corpus of `documents`.
fn df_cap(documents: usize) -> u32 {
    ((documents as f64 * DF_CAP_FRACTION).ceil() as u32).clamp(DF_CAP_MIN, DF_CAP_MAX)
}

/// A document's terms with their weights, sorted by term, and the vector's Euclidean norm.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeightedTerms {
    /// `(term, weight)`, ascending by term.
    pub terms: Vec<(u32, f32)>,
    /// Euclidean norm of the weights.
    pub norm: f32,
}

impl WeightedTerms {
    /// Weighs `terms` by `stats`.
    pub fn new(terms: &Terms, stats: &TermStats) -> Self {
        let mut weighted: Vec<(u32, f32)> = stats.weighted(terms).map(|(t, _, w)| (t, w)).collect();
        weighted.sort_unstable_by_key(|x| x.0);
        let norm = weighted.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        WeightedTerms {
            terms: weighted,
            norm,
        }
    }

    /// Cosine similarity of two weighted term vectors.
    pub fn cosine(&self, other: &WeightedTerms) -> f64 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let (a, b) = (&self.terms, &other.terms);
        let (mut i, mut j, mut dot) = (0, 0, 0.0f64);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i].0, b[j].0);
            if x == y {
                dot += f64::from(a[i].1) * f64::from(b[j].1);
            }
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        dot / (f64::from(self.norm) * f64::from(other.norm))
    }
}

/// Corpora of at most this many documents compare every pair of documents that share a term: at a few
/// hundred reports that costs less than a millisecond, and it spares a small desk's corpus the index's
/// approximation.
const EXHAUSTIVE_MAX_DOCUMENTS: usize = 300;

/// Candidate pairs `(a, b)`, `a < b`, sorted and distinct, of documents sharing at least three of their
/// heaviest rare terms; in a small corpus, every pair that shares any term.
pub fn candidates(terms: &[&Terms], stats: &TermStats) -> Vec<(u32, u32)> {
    if terms.len() <= EXHAUSTIVE_MAX_DOCUMENTS {
        return (0..terms.len())
            .flat_map(|a| (a + 1..terms.len()).map(move |b| (a, b)))
            .filter(|&(a, b)| shares_a_term(terms[a], terms[b]))
            .map(|(a, b)| (a as u32, b as u32))
            .collect();
    }
    pairs_sharing(&indexed_terms(terms, stats), MIN_SHARED_TERMS)
}

/// For each document frequency, `[word, name]`: the rank of the weight `idf(df)` of a word and
/// `idf(df) * NAME_BOOST` of a name among all such weights of indexable frequencies (`2..=cap`), heaviest
/// first, equal weights sharing a rank; [`NOT_INDEXED`] for the other frequencies. Ranks order terms
/// exactly as their `f32` weights do, so a document's heaviest terms are its smallest `(rank, term)` keys:
/// integers, compared without a float.
fn index_ranks(idf_by_df: &[f32], cap: u32) -> Vec<[u32; 2]> {
    let indexable = |df: usize| (2..=cap as usize).contains(&df);
    let weights = |df: usize| [idf_by_df[df] * 1.0, idf_by_df[df] * NAME_BOOST];
    let mut heaviest_first: Vec<f32> = (0..idf_by_df.len())
        .filter(|&df| indexable(df))
        .flat_map(weights)
        .collect();
    heaviest_first.sort_unstable_by(|x, y| y.total_cmp(x));
    heaviest_first.dedup_by(|x, y| x.total_cmp(y).is_eq());
    let rank = |w: f32| {
        heaviest_first
            .binary_search_by(|x| w.total_cmp(x))
            .map_or(NOT_INDEXED, |r| r as u32)
    };
    (0..idf_by_df.len())
        .map(|df| {
            if indexable(df) {
                weights(df).map(rank)
            } else {
                [NOT_INDEXED; 2]
            }
        })
        .collect()
}

/// Each document's indexed terms, as the slots of the term table: dense ids, so that the postings of every
/// term are grouped by counting rather than by sorting.
#[derive(Clone, Debug, Default)]
struct Indexed {
    /// [`INDEXED_TERMS_PER_DOCUMENT`] entries a document, of which document `d` uses the first `lens[d]`.
    ids: Vec<u32>,
    lens: Vec<u8>,
    /// Every id is below this.
    id_bound: usize,
}

/// Each document's heaviest indexable terms: at most [`INDEXED_TERMS_PER_DOCUMENT`] of those in at least two
/// documents and at most the cap, by weight and then the lower term.
fn indexed_terms(terms: &[&Terms], stats: &TermStats) -> Indexed {
    const N: usize = INDEXED_TERMS_PER_DOCUMENT;
    let mut ids = vec![0u32; terms.len() * N];
    let mut lens = vec![0u8; terms.len()];
    ids.par_chunks_mut(N)
        .zip(lens.par_iter_mut())
        .zip(terms.par_iter())
        .for_each(|((ids, len), t)| {
            let mut top = Lightest::default();
            stats.offer_indexable(t, &mut top);
            *len = top.ids_into(ids) as u8;
        });
    Indexed {
        ids,
        lens,
        id_bound: stats.terms.slots.len(),
    }
}

impl TermStats {
    /// Offers `top` each of a document's indexable terms, keyed `(rank << 32) | term` with its slot as id:
    /// ascending keys put the heavier term first, and the lower term first among equal weights.
    fn offer_indexable(&self, terms: &Terms, top: &mut Lightest) {
        for (list, name) in [(&terms.names, 1), (&terms.words, 0)] {
            for &term in list {
                let (slot, df) = self.terms.find(term);
                let rank = self.index_rank[df as usize][name];
                if rank != NOT_INDEXED {
                    top.offer((u64::from(rank) << 32) | u64::from(term), slot as u32);
                }
            }
        }
    }
}

/// The [`INDEXED_TERMS_PER_DOCUMENT`] smallest distinct keys offered, with their ids, in a max-heap: most
/// keys offered are larger than the largest kept, which one comparison settles, and a key kept costs a
/// few steps down the heap. A document's heaviest terms were kept in order in an array before, each
/// placed by float comparisons and shifts.
#[derive(Clone, Copy, Debug)]
struct Lightest {
    heap: [(u64, u32); INDEXED_TERMS_PER_DOCUMENT],
    len: usize,
}

impl Default for Lightest {
    fn default() -> Self {
        Lightest {
            heap: [(0, 0); INDEXED_TERMS_PER_DOCUMENT],
            len: 0,
        }
    }
}

impl Lightest {
    #[inline]
    fn offer(&mut self, key: u64, id: u32) {
        const N: usize = INDEXED_TERMS_PER_DOCUMENT;
        let heap = &mut self.heap;
        if self.len < N {
            // Up from the new leaf while the parent is smaller.
            let mut i = self.len;
            self.len += 1;
            while i > 0 && heap[(i - 1) / 2].0 < key {
                heap[i] = heap[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            heap[i] = (key, id);
        } else if key < heap[0].0 {
            // Down from the root, which falls off, while a child is larger.
            let mut i = 0;
            loop {
                let left = 2 * i + 1;
                if left >= N {
                    break;
                }
                let right = left + 1;
                let child = if right < N && heap[right].0 > heap[left].0 {
                    right
                } else {
                    left
                };
                if heap[child].0 <= key {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = (key, id);
        }
    }

    /// Writes the ids kept to `out`, in no particular order (which terms a document is indexed under
    /// matters, not their order), and returns how many there are.
    fn ids_into(&self, out: &mut [u32]) -> usize {
        for (o, &(_, id)) in out.iter_mut().zip(&self.heap[..self.len]) {
            *o = id;
        }
        self.len
    }
}

/// Pairs `(a, b)`, `a < b`, sorted, of documents that share at least `min` of their `indexed` terms.
fn pairs_sharing(indexed: &Indexed, min: usize) -> Vec<(u32, u32)> {
    let n = indexed.lens.len();
    let stride = indexed.ids.len().checked_div(n).unwrap_or(0);
    let used = |d: usize| d * stride..d * stride + usize::from(indexed.lens[d]);
    // The documents indexed under each id, ascending, grouped by id with a counting pass: `next[id + 1]`
    // counts the id's postings, then `next[id]` holds where they start, and once they are placed, where
    // they end.
    let mut next = vec![0u32; indexed.id_bound + 1];
    for d in 0..n {
        for &id in &indexed.ids[used(d)] {
            next[id as usize + 1] += 1;
        }
    }
    let mut sum = 0;
    for x in next.iter_mut() {
        sum += *x;
        *x = sum;
    }
    let mut postings = vec![0u32; sum as usize];
    // Where the postings of each entry's id continue after its own document: the later documents indexed
    // under it start there.
    let mut after = vec![0u32; indexed.ids.len()];
    for d in 0..n {
        for k in used(d) {
            let at = &mut next[indexed.ids[k] as usize];
            postings[*at as usize] = d as u32;
            *at += 1;
            after[k] = *at;
        }
    }
    let end = &next;
    // For each document, count the later documents it shares indexed terms with. Counting in a per-thread
    // array, rather than listing every pair of every posting list and sorting them, keeps the work linear in
    // the postings read and the memory in the pairs found. A document is found as its count reaches `min`,
    // and the counts are zeroed by reading the same postings again: most documents share a single term with
    // a later one (on c20k, 6.0 million of the 6.2 million postings read), so a list of the documents
    // touched, checked and cleared one by one, cost more than a second pass of plain stores.
    let min = min.max(1);
    let later = |k: usize| &postings[after[k] as usize..end[indexed.ids[k] as usize] as usize];
    (0..n)
        .into_par_iter()
        .with_min_len(1024)
        .map_init(
            || vec![0u8; n],
            |shared, a| {
                let mut found: Vec<(u32, u32)> = Vec::new();
                for k in used(a) {
                    for &b in later(k) {
                        let count = &mut shared[b as usize];
                        *count += 1;
                        if usize::from(*count) == min {
                            found.push((a as u32, b));
                        }
                    }
                }
                for k in used(a) {
                    for &b in later(k) {
                        shared[b as usize] = 0;
                    }
                }
                found.sort_unstable();
                found
            },
        )
        .flat_map_iter(|found| found)
        .collect()
}

fn shares_a_term(a: &Terms, b: &Terms) -> bool {
    let shared = |x: &[u32], y: &[u32]| x.iter().any(|t| y.binary_search(t).is_ok());
    shared(&a.names, &b.names)
        || shared(&a.names, &b.words)
        || shared(&a.words, &b.names)
        || shared(&a.words, &b.words)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn terms(names: &[u32], words: &[u32]) -> Terms {
        Terms {
            names: names.to_vec(),
            words: words.to_vec(),
        }
    }

    /// Documents of generated names and words, a word that is also a name being a name only, as
    /// `TermCollector` files them.
    fn disjoint(docs: Vec<(BTreeSet<u32>, BTreeSet<u32>)>) -> Vec<Terms> {
        docs.into_iter()
            .map(|(names, words)| {
                let words: Vec<u32> = words.difference(&names).copied().collect();
                terms(&names.into_iter().collect::<Vec<_>>(), &words)
            })
            .collect()
    }

    /// Documents that share no term with anything, enough to take a corpus past the exhaustive size.
    fn filler() -> Vec<Terms> {
        (0..EXHAUSTIVE_MAX_DOCUMENTS as u32)
            .map(|i| terms(&[], &[100_000 + i]))
            .collect()
    }

    #[test]
    fn three_shared_rare_terms_make_a_candidate_and_two_do_not() {
        let mut docs = vec![
            terms(&[1, 2, 3], &[10, 11]),
            terms(&[1, 2, 3], &[12]),
            terms(&[1, 4], &[10, 13]),
        ];
        docs.extend(filler());
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        assert_eq!(candidates(&refs, &stats), vec![(0, 1)]);
    }

    #[test]
    fn small_corpus_pairs_every_two_documents_that_share_a_term() {
        let docs = [
            terms(&[1], &[10]),
            terms(&[], &[10, 11]),
            terms(&[2], &[12]),
        ];
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        assert_eq!(candidates(&refs, &stats), vec![(0, 1)]);
    }

    #[test]
    fn terms_above_the_document_frequency_cap_are_not_indexed() {
        // Terms 1, 2 and 3 occur in every one of 600 documents: over the cap of 2% (12 documents).
        let docs: Vec<Terms> = (0..600).map(|i| terms(&[1, 2, 3], &[1000 + i])).collect();
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        assert_eq!(stats.cap(), 12);
        assert!(candidates(&refs, &stats).is_empty());
    }

    proptest::proptest! {
        /// A document is indexed under the terms a full sort of its indexable terms puts first: heavier
        /// first, then the lower term.
        #[test]
        fn indexed_terms_are_those_a_full_sort_of_the_weights_puts_first(
            docs in proptest::collection::vec(
                (proptest::collection::btree_set(0u32..90, 0..50), proptest::collection::btree_set(0u32..90, 0..50)),
                1..40,
            ),
        ) {
            let docs = disjoint(docs);
            let refs: Vec<&Terms> = docs.iter().collect();
            let stats = TermStats::new(&refs);
            let indexed = indexed_terms(&refs, &stats);
            for (d, doc) in docs.iter().enumerate() {
                let mut sorted: Vec<(u32, f32)> = stats
                    .weighted(doc)
                    .filter(|&(_, df, _)| (2..=stats.cap).contains(&df))
                    .map(|(term, _, weight)| (term, weight))
                    .collect();
                sorted.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                let mut expected: Vec<u32> =
                    sorted.iter().take(INDEXED_TERMS_PER_DOCUMENT).map(|&(t, _)| t).collect();
                expected.sort_unstable();
                let at = d * INDEXED_TERMS_PER_DOCUMENT;
                let mut actual: Vec<u32> = indexed.ids[at..at + usize::from(indexed.lens[d])]
                    .iter()
                    .map(|&slot| stats.terms.slots[slot as usize].0)
                    .collect();
                actual.sort_unstable();
                proptest::prop_assert_eq!(actual, expected);
            }
        }
    }

    proptest::proptest! {
        /// The merged cosine is the weighted vectors' cosine to the last bit.
        #[test]
        fn merged_cosine_equals_the_weighted_vectors_cosine(
            docs in proptest::collection::vec(
                (proptest::collection::btree_set(0u32..60, 0..12), proptest::collection::btree_set(0u32..60, 0..12)),
                2..8,
            ),
        ) {
            let docs = disjoint(docs);
            let refs: Vec<&Terms> = docs.iter().collect();
            let stats = TermStats::new(&refs);
            for a in &docs {
                for b in &docs {
                    let expected = WeightedTerms::new(a, &stats).cosine(&WeightedTerms::new(b, &stats));
                    proptest::prop_assert_eq!(stats.cosine(a, b).to_bits(), expected.to_bits());
                }
            }
        }
    }

    #[test]
    fn document_frequency_cap_is_two_percent_within_bounds() {
        assert_eq!(df_cap(100), DF_CAP_MIN);
        assert_eq!(df_cap(20_000), 400);
        assert_eq!(df_cap(1_000_000), DF_CAP_MAX);
    }

    proptest::proptest! {
        /// Counting shared terms per document finds exactly the pairs that listing every pair of every
        /// posting list finds.
        #[test]
        fn counting_finds_the_pairs_that_share_enough_indexed_terms(
            docs in proptest::collection::vec(proptest::collection::btree_set(0u32..12, 0..6), 0..40),
            min in 1usize..4,
        ) {
            let indexed: Vec<Vec<u32>> = docs.iter().map(|d| d.iter().copied().collect()).collect();
            // Six entries a document, as many as the sets hold at most; ids below 12.
            let dense = Indexed {
                ids: indexed
                    .iter()
                    .flat_map(|ts| (0..6).map(|k| ts.get(k).copied().unwrap_or(0)))
                    .collect(),
                lens: indexed.iter().map(|ts| ts.len() as u8).collect(),
                id_bound: 12,
            };
            let mut expected = Vec::new();
            for a in 0..indexed.len() {
                for b in a + 1..indexed.len() {
                    let shared = indexed[a].iter().filter(|t| indexed[b].contains(t)).count();
                    if shared >= min {
                        expected.push((a as u32, b as u32));
                    }
                }
            }
            proptest::prop_assert_eq!(pairs_sharing(&dense, min), expected);
        }
    }

    #[test]
    fn rarer_terms_weigh_more_and_names_more_than_words() {
        let docs = [terms(&[1], &[2, 3]), terms(&[], &[2]), terms(&[], &[2])];
        // Weights only: the corpus size does not matter here.
        let refs: Vec<&Terms> = docs.iter().collect();
        let stats = TermStats::new(&refs);
        let weight = |doc: &Terms, term: u32| {
            stats
                .weighted(doc)
                .find(|x| x.0 == term)
                .map(|x| x.2)
                .unwrap()
        };
        assert!(weight(&docs[0], 3) > weight(&docs[0], 2));
        assert!(weight(&docs[0], 1) > weight(&docs[0], 3));
    }
}
