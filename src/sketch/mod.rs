//! Stage: sketch. A document's text becomes a [`Sketch`]: its word-shingle set, a MinHash signature, winnowed
//! fingerprints with their positions, and its story terms. Later stages read sketches, never texts, so a
//! corpus can be streamed: each text is dropped as soon as it is sketched.

mod hashsort;
mod minhash;
mod shingles;
mod terms;
mod tokens;
mod winnow;
mod wordhash;

pub use hashsort::{SortScratch, sort_by_hash};
pub use minhash::{estimate_jaccard, signature};
pub use shingles::{SHINGLE_SEED, shingle_hashes};
pub use terms::{TermCollector, Terms};
pub use tokens::{SketchToken, for_each_token};
pub use winnow::{Fingerprint, winnow};

use crate::settings::Settings;

/// What sketching needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SketchParams {
    /// Words per shingle.
    pub shingle_size: usize,
    /// Values in a MinHash signature.
    pub num_perm: usize,
    /// Winnowing window, in shingles.
    pub window: usize,
}

impl From<&Settings> for SketchParams {
    fn from(settings: &Settings) -> Self {
        SketchParams {
            shingle_size: settings.shingle_size.max(1),
            num_perm: settings.num_perm.max(1),
            window: settings.winnow_window.max(1),
        }
    }
}

/// A winnowed fingerprint with the bytes its shingle covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// The shingle's fingerprint ([`shingle_fingerprint`] of its hash), as [`Sketch::shingles`] holds it:
    /// anchors are matched across two reports, whose anchors share a fingerprint by chance about once in
    /// 200,000 pairs, and an anchor of 16 bytes rather than 24 is a third less of what a corpus keeps.
    pub hash: u32,
    /// Index of the shingle's first token.
    pub position: u32,
    /// First byte of the shingle's first token.
    pub start: u32,
    /// One past the last byte of the shingle's last token.
    pub end: u32,
}

/// Everything later stages need from one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sketch {
    /// Word tokens in the document.
    pub tokens: u32,
    /// MinHash signature; empty for a document without words.
    pub signature: Vec<u32>,
    /// Distinct shingle fingerprints (the top 32 bits of each shingle hash), ascending: the set that
    /// verification scores exactly. Half the bytes of the full hashes, for a set over a few thousand
    /// shingles: two reports' sets share a fingerprint by chance with odds of about one in 50,000 pairs.
    /// A sketch from [`sketch_unsorted`] holds them in text order, with repeats, until [`sort_shingles`].
    pub shingles: Vec<u32>,
    /// Winnowed fingerprints in text order.
    pub anchors: Vec<Anchor>,
    /// Names and content words.
    pub terms: Terms,
    /// A hash of the document's shingles with their counts, in any order: two reports share it exactly when
    /// they are the same text in matching form, which is what lets copies be collapsed before any pair is
    /// scored, even when only a proposal sketch is kept. `None` for a document without shingles.
    pub copy_key: Option<u128>,
}

impl Sketch {
    /// Bytes the sketch holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.signature.len() * size_of::<u32>()
            + self.shingles.len() * size_of::<u32>()
            + self.anchors.len() * size_of::<Anchor>()
            + self.terms.len() * size_of::<u32>()
    }
}

/// Per-thread buffers that sketching reuses from one document to the next, so that a corpus of small
/// documents is not a stream of allocations.
#[derive(Default)]
struct Scratch {
    token_hashes: Vec<u64>,
    spans: Vec<(u32, u32)>,
    sentence: Vec<bool>,
    shingles: Vec<u64>,
    fingerprints: Vec<u32>,
    anchors: Vec<Anchor>,
    sort_scratch: SortScratch<u32>,
    mins: Vec<u64>,
    terms: TermCollector,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The most token slots a thread's scratch keeps between documents. The buffers are sized for the largest
/// text a thread has sketched (a slot per two bytes), so one 50 MB report would otherwise leave several
/// hundred megabytes on a worker thread for the rest of the run; a report of this many bytes and less, the
/// bulk of any corpus, still reuses them.
const KEPT_SCRATCH_SLOTS: usize = 1 << 20;

/// Runs `f` on this thread's scratch, and frees the scratch after a text too large to be worth keeping it for.
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| {
        let mut scratch = cell.borrow_mut();
        let result = f(&mut scratch);
        if scratch.token_hashes.len() > KEPT_SCRATCH_SLOTS
            || scratch.shingles.len() > KEPT_SCRATCH_SLOTS
            || scratch.spans.len() > KEPT_SCRATCH_SLOTS
        {
            *scratch = Scratch::default();
        }
        result
    })
}

/// Which parts of a sketch to make.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parts {
    /// Tokens, signature, terms and copy key.
    Proposal,
    /// Everything, with the shingle fingerprints in text order.
    Unsorted,
    /// Everything.
    Full,
}

/// Sketches one text.
pub fn sketch(text: &str, params: &SketchParams) -> Sketch {
    with_scratch(|scratch| sketch_with(text, params, Parts::Full, scratch))
}

/// The part of a sketch that proposing candidates reads: its tokens, signature and terms, with no shingles
/// and no anchors. A streamed corpus too large to keep every full sketch keeps these, and sketches again in
/// full only the documents a candidate involves.
pub fn proposal_sketch(text: &str, params: &SketchParams) -> Sketch {
    with_scratch(|scratch| sketch_with(text, params, Parts::Proposal, scratch))
}

/// [`sketch`] with the shingle fingerprints left as the text gives them, in order and with repeats, until
/// [`sort_shingles`] sorts them. Sorting them is about a tenth of the work of sketching, and only the
/// documents a candidate involves are ever scored, so a streamed run sorts those alone.
pub fn sketch_unsorted(text: &str, params: &SketchParams) -> Sketch {
    with_scratch(|scratch| sketch_with(text, params, Parts::Unsorted, scratch))
}

/// Sorts the shingle fingerprints of a sketch from [`sketch_unsorted`] and drops their repeats, which makes
/// it the sketch that [`sketch`] gives.
pub fn sort_shingles(sketch: &mut Sketch) {
    with_scratch(|scratch| {
        let shingles = &mut sketch.shingles;
        sort_by_hash(shingles, |&f| u64::from(f) << 32, &mut scratch.sort_scratch);
        let distinct = hashsort::dedup_sorted(shingles);
        shingles.truncate(distinct);
    });
}

fn sketch_with(text: &str, params: &SketchParams, parts: Parts, scratch: &mut Scratch) -> Sketch {
    let Scratch {
        token_hashes,
        spans,
        sentence,
        shingles,
        fingerprints,
        anchors,
        sort_scratch,
        mins,
        terms,
    } = scratch;
    terms.clear();
    let text = tokens::cut_to_u32(text);
    // Token hashes and spans fill the first `count` entries of buffers that only grow.
    let ascii = text.is_ascii();
    let blocks = if ascii {
        tokens::block_spans(text.as_bytes(), spans, sentence)
    } else {
        None
    };
    let count = if let Some(count) = blocks {
        // The bulk of any corpus: an ASCII text without `_`, whose word spans are already found. The loop
        // writes by index into buffers with a slot per token, so that its counters stay in registers.
        let bytes = text.as_bytes();
        if token_hashes.len() < count {
            token_hashes.resize(count, 0);
        }
        let stopwords = terms::stopwords();
        let hashes = &mut token_hashes[..count];
        let occurrences = &mut terms.occurrences_for(count)[..count];
        let (word_spans, sentence) = (&spans[..count], &sentence[..count]);
        let mut seen = 0;
        for i in 0..count {
            let (start, end) = word_spans[i];
            let token = tokens::ascii_word(bytes, start as usize, end as usize, sentence[i]);
            hashes[i] = token.hash;
            // Stored always, kept by advancing (the buffer has a slot per token to spare).
            let (o, keep) = terms::occurrence_and_keep(&token, stopwords);
            occurrences[seen] = o;
            seen += usize::from(keep);
        }
        terms.set_seen(seen);
        count
    } else if ascii {
        // An ASCII text with `_`. The loop writes by index into buffers with a slot per token, so that its
        // counters stay in registers rather than in three `Vec`s. A text holds at most one token per two
        // bytes; a short one gets that many slots and never grows, a long one starts at one per six bytes (prose
        // has fewer) and grows by half when full, so that a 50 MB report does not take 600 MB of slots.
        let bytes = text.as_bytes();
        let most = bytes.len() / 2 + 1;
        let wanted = if most <= KEPT_SCRATCH_SLOTS {
            most
        } else {
            bytes.len() / 6
        };
        if token_hashes.len() < wanted {
            token_hashes.resize(wanted, 0);
            spans.resize(wanted, (0, 0));
        }
        let mut room = token_hashes.len().min(terms.occurrences_for(wanted).len());
        let stopwords = terms::stopwords();
        let mut tokens = tokens::AsciiTokens::new(bytes);
        let (mut count, mut seen) = (0, 0);
        // The inner loop fills slices of `room` slots, whose length the bounds checks then compare with.
        'text: loop {
            let hashes = &mut token_hashes[..room];
            let token_spans = &mut spans[..room];
            let occurrences = &mut terms.occurrences_for(room)[..room];
            while count < room {
                let Some(token) = tokens.next() else {
                    break 'text;
                };
                hashes[count] = token.hash;
                token_spans[count] = (token.start, token.end);
                count += 1;
                // Stored always, kept by advancing (the buffer has a slot per token to spare).
                let (o, keep) = terms::occurrence_and_keep(&token, stopwords);
                occurrences[seen] = o;
                seen += usize::from(keep);
            }
            room = (room + room / 2 + 1).min(most).max(count + 1);
            token_hashes.resize(room, 0);
            spans.resize(room, (0, 0));
        }
        terms.set_seen(seen);
        count
    } else {
        token_hashes.clear();
        spans.clear();
        terms.push_tokens(text, |token| {
            token_hashes.push(token.hash);
            spans.push((token.start, token.end));
        });
        token_hashes.len()
    };
    let (token_hashes, spans) = (&token_hashes[..count], &spans[..count]);
    // Shingles, like the token buffers, fill the front of a buffer that only grows.
    let n = shingles::shingle_count(count, params.shingle_size);
    if shingles.len() < n {
        shingles.resize(n, 0);
    }
    let shingles = &mut shingles[..n];
    let mut signature = minhash::Builder::new(params.num_perm, mins);
    let mut key = MultisetKey::default();
    shingles::shingle_hashes_each(token_hashes, params.shingle_size, shingles, |h| {
        signature.add(h);
        key.add(h);
    });
    let signature = signature.finish();
    let copy_key = key.finish(n);
    if parts == Parts::Proposal {
        return Sketch {
            tokens: count as u32,
            signature,
            terms: terms.finish(),
            copy_key,
            ..Sketch::default()
        };
    }
    let width = params.shingle_size.min(token_hashes.len()).max(1);
    // Collected in the scratch buffer and copied out at their exact size: winnowing keeps about
    // 2 / (window + 1) of the shingles, but half of all documents keep more, and a vector that grows past its
    // estimate doubles, which left a third of the anchors' memory unused.
    anchors.clear();
    winnow::winnow_each(shingles, params.window, |f| {
        let first = f.position as usize;
        anchors.push(Anchor {
            hash: shingle_fingerprint(f.hash),
            position: f.position,
            start: spans[first].0,
            end: spans[first + width - 1].1,
        });
    });
    let shingles: Vec<u32> = if parts == Parts::Unsorted {
        shingles.iter().map(|&h| shingle_fingerprint(h)).collect()
    } else {
        fingerprints.clear();
        fingerprints.extend(shingles.iter().map(|&h| shingle_fingerprint(h)));
        sort_by_hash(fingerprints, |&f| u64::from(f) << 32, sort_scratch);
        let distinct = hashsort::dedup_sorted(fingerprints);
        fingerprints[..distinct].into()
    };
    Sketch {
        tokens: token_hashes.len() as u32,
        signature,
        shingles,
        anchors: anchors.as_slice().into(),
        terms: terms.finish(),
        copy_key,
    }
}

/// The fingerprint of a shingle hash that [`Sketch::shingles`] holds: its top 32 bits.
pub fn shingle_fingerprint(hash: u64) -> u32 {
    (hash >> 32) as u32
}

/// An order-independent hash of a multiset of shingle hashes, built one hash at a time: two sums, one of the
/// hashes and one of a bijective mix of them, so that neither reordering nor a coincidence in one sum makes two
/// different texts one key. Shingle hashes leave xxh3's avalanche already uniform, so one multiply is mixing
/// enough.
#[derive(Default)]
struct MultisetKey {
    low: u64,
    high: u64,
}

impl MultisetKey {
    #[inline(always)]
    fn add(&mut self, hash: u64) {
        self.low = self.low.wrapping_add(hash);
        self.high = self
            .high
            .wrapping_add((hash ^ (hash >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9));
    }

    /// The key of the `count` hashes added; `None` when there were none.
    fn finish(&self, count: usize) -> Option<u128> {
        (count > 0).then(|| (u128::from(self.high) << 64) | (u128::from(self.low) ^ count as u128))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> SketchParams {
        SketchParams::from(&Settings::default())
    }

    #[test]
    fn anchors_cover_their_shingles_bytes() {
        let text = "One two three four five six seven eight nine ten eleven twelve.";
        let s = sketch(text, &params());
        assert_eq!(s.tokens, 12);
        assert_eq!(s.shingles.len(), 8);
        for a in &s.anchors {
            let covered = &text[a.start as usize..a.end as usize];
            assert_eq!(covered.split(' ').count(), 5, "{covered}");
        }
    }

    #[test]
    fn case_and_typography_do_not_change_a_sketch() {
        let a = sketch(
            "Lavrov\u{2019}s talks in\u{a0}Riyadh ended on Tuesday",
            &params(),
        );
        let b = sketch("lavrov's TALKS in Riyadh ended on tuesday", &params());
        assert_eq!(a.shingles, b.shingles);
        assert_eq!(a.signature, b.signature);
    }

    #[test]
    fn a_proposal_sketch_is_the_full_sketch_without_shingles_and_anchors() {
        let text =
            "Floodwater breached the northern levee of the river town before dawn on Friday.";
        let full = sketch(text, &params());
        let proposal = proposal_sketch(text, &params());
        assert_eq!(
            proposal,
            Sketch {
                shingles: Vec::new(),
                anchors: Vec::new(),
                ..full
            }
        );
    }

    #[test]
    fn an_unsorted_sketch_sorted_is_the_full_sketch() {
        let text = "The levee broke before dawn on Friday, and officials said the levee broke before dawn \
            on Friday because nobody had repaired it.";
        let mut unsorted = sketch_unsorted(text, &params());
        assert!(
            !unsorted.shingles.is_sorted(),
            "the text order, repeats and all"
        );
        sort_shingles(&mut unsorted);
        assert_eq!(unsorted, sketch(text, &params()));
    }

    #[test]
    fn text_without_words_has_an_empty_sketch() {
        let s = sketch(" -- \n ... ", &params());
        assert!(s.signature.is_empty() && s.shingles.is_empty() && s.anchors.is_empty());
    }
}
