//! Story terms: the names and content words of a report, which the rare-term candidate channel and the
//! same-story score compare. Rewrites of one story share few word sequences but many of these.

use std::sync::OnceLock;

use super::tokens::SketchToken;

/// English function words and reporting verbs: frequent in every report, so they say nothing about the story.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "may",
    "me",
    "meanwhile",
    "might",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "two",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "according",
    "added",
    "told",
    "stated",
    "week",
    "day",
    "time",
    "people",
    "like",
    "well",
    "still",
    "made",
    "make",
    "many",
    "get",
    "back",
    "way",
    "first",
    "already",
    "another",
    "without",
    "within",
    "across",
    "around",
    "among",
    "part",
    "take",
    "taken",
    "took",
];

/// Index bits of the stop-word table.
const STOPWORD_SLOT_BITS: u32 = 12;

/// The stop words' hashes under a perfect hash: a multiplier, found once, sends each stop word to a slot of
/// its own, and the slot holds the word's index. A look-up is two loads and a compare for every token,
/// with no branch on the word: whether a word is a stop word is as good as random to a branch predictor.
pub(super) struct StopwordSet {
    multiplier: u64,
    /// Index into `hashes` of the stop word in each slot; empty slots hold 0, whose hash only that word has.
    slots: Box<[u8; 1 << STOPWORD_SLOT_BITS]>,
    hashes: Box<[u64; 256]>,
}

impl StopwordSet {
    #[inline]
    fn slot(multiplier: u64, hash: u64) -> usize {
        (hash.wrapping_mul(multiplier) >> (64 - STOPWORD_SLOT_BITS)) as usize
    }

    #[inline]
    fn contains(&self, hash: u64) -> bool {
        self.hashes[usize::from(self.slots[Self::slot(self.multiplier, hash)])] == hash
    }
}

pub(super) fn stopwords() -> &'static StopwordSet {
    static SET: OnceLock<StopwordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut hashes: Vec<u64> = STOPWORDS
            .iter()
            .map(|w| crate::text::token_hash(w))
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert!(hashes.len() <= 256, "stop words fit u8 indices");
        // With ~190 words in 4,096 slots about one odd multiplier in eighty is collision-free; the
        // sequence is fixed, so every run finds the same one.
        let mut seed = 0x243F_6A88_85A3_08D3u64;
        let multiplier = loop {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let candidate = (seed ^ (seed >> 31)).wrapping_mul(0xBF58_476D_1CE4_E5B9) | 1;
            let mut taken = vec![false; 1 << STOPWORD_SLOT_BITS];
            if hashes
                .iter()
                .all(|&h| !std::mem::replace(&mut taken[StopwordSet::slot(candidate, h)], true))
            {
                break candidate;
            }
        };
        let mut slots = Box::new([0u8; 1 << STOPWORD_SLOT_BITS]);
        let mut table = Box::new([hashes[0]; 256]);
        for (i, &h) in hashes.iter().enumerate() {
            slots[StopwordSet::slot(multiplier, h)] = i as u8;
            table[i] = h;
        }
        StopwordSet {
            multiplier,
            slots,
            hashes: table,
        }
    })
}

/// Words shorter than this many bytes are too ambiguous to mark a story.
const MIN_TERM_BYTES: u32 = 3;

/// The distinct story terms of one document, as 32-bit token hashes in ascending order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    /// Names: words written capitalised every time they occur, and at least once where a sentence does not
    /// begin ("Lavrov", "Riyadh", "NATO").
    pub names: Vec<u32>,
    /// Other content words: not a stop word, at least three letters.
    pub words: Vec<u32>,
}

impl Terms {
    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.names.len() + self.words.len()
    }

    /// True when the document has no story terms.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.words.is_empty()
    }
}

/// An occurrence of a candidate term, packed so that sorting groups a term's occurrences: the term's 32-bit
/// hash in the high half, [`CAPITALISED`] and [`CAPITALISED_INSIDE_SENTENCE`] in the low bits.
pub(super) type Occurrence = u64;
const CAPITALISED: u64 = 1;
const CAPITALISED_INSIDE_SENTENCE: u64 = 2;

/// The occurrence a token adds to its document's terms, if it is a candidate term.
#[inline]
pub(super) fn occurrence(token: &SketchToken, stopwords: &StopwordSet) -> Option<Occurrence> {
    let (o, keep) = occurrence_and_keep(token, stopwords);
    keep.then_some(o)
}

/// The packed occurrence of a token, and whether it is a candidate term. Computed without branching on the
/// word, so that a loop over tokens can store it and advance by `keep`: whether a word is a stop word or
/// too short is as good as random to a branch predictor.
#[inline]
pub(super) fn occurrence_and_keep(
    token: &SketchToken,
    stopwords: &StopwordSet,
) -> (Occurrence, bool) {
    let candidate = token.alphabetic & (token.end - token.start >= MIN_TERM_BYTES);
    let keep = candidate & !stopwords.contains(token.hash);
    let capitalised = u64::from(token.capitalised);
    let inside = capitalised & u64::from(!token.sentence_initial);
    let o =
        (token.hash << 32) | (capitalised * CAPITALISED) | (inside * CAPITALISED_INSIDE_SENTENCE);
    (o, keep)
}

/// Collects story terms from a document's tokens.
#[derive(Default)]
pub struct TermCollector {
    /// The first `seen` hold this document's occurrences; the buffer only grows, so that filling it by
    /// index never has to clear it.
    occurrences: Vec<Occurrence>,
    seen: usize,
    scratch: super::SortScratch<Occurrence>,
    names: Vec<u32>,
    words: Vec<u32>,
}

impl TermCollector {
    /// Forgets every token seen, keeping the buffer.
    pub fn clear(&mut self) {
        self.seen = 0;
    }

    /// Looks at one token.
    #[inline]
    pub fn push(&mut self, token: &SketchToken) {
        self.push_unless(token, stopwords());
    }

    /// [`push`](Self::push) with the stop-word table at hand, as a loop over a document's tokens has it.
    #[inline]
    fn push_unless(&mut self, token: &SketchToken, stopwords: &StopwordSet) {
        if let Some(o) = occurrence(token, stopwords) {
            if self.seen == self.occurrences.len() {
                self.occurrences.push(o);
            } else {
                self.occurrences[self.seen] = o;
            }
            self.seen += 1;
        }
    }

    /// A buffer of at least `most` occurrences for a caller that fills it by index, and then says how many
    /// it filled with [`set_seen`](Self::set_seen).
    pub(super) fn occurrences_for(&mut self, most: usize) -> &mut [Occurrence] {
        if self.occurrences.len() < most {
            self.occurrences.resize(most, 0);
        }
        &mut self.occurrences
    }

    /// Takes the first `seen` occurrences of the buffer as this document's.
    pub(super) fn set_seen(&mut self, seen: usize) {
        self.seen = seen;
    }

    /// Calls `each` for every token of `text` and collects its terms, as [`push`](Self::push) would.
    ///
    /// A term is blind to marks: a transcript that drops them ("Tran Van Phuoc", "Dai Loc") shares its names
    /// with a report that keeps them ("Trần Văn Phước", "Đại Lộc"), and a name in another script shares them
    /// when its letters transliterate to the same word. Shingles keep the word as written.
    pub fn push_tokens(&mut self, text: &str, mut each: impl FnMut(&SketchToken)) {
        let stopwords = stopwords();
        super::tokens::for_each_token(text, |token| {
            each(&token);
            let word = &text[token.start as usize..token.end as usize];
            if word.is_ascii() {
                self.push_unless(&token, stopwords);
                return;
            }
            let plain = deunicode::deunicode(word);
            let term = if !plain.is_empty() && plain.bytes().all(|b| b.is_ascii_alphanumeric()) {
                SketchToken {
                    hash: crate::text::token_hash(&plain),
                    ..token
                }
            } else {
                token
            };
            self.push_unless(&term, stopwords);
        });
    }

    /// The distinct terms, names told apart from other words, of the tokens seen since the last
    /// [`clear`](Self::clear).
    pub fn finish(&mut self) -> Terms {
        // The high half is the term hash's low 32 bits, which are uniform.
        let TermCollector {
            occurrences,
            seen,
            scratch,
            names,
            words,
        } = self;
        let occurrences = &mut occurrences[..*seen];
        super::sort_by_hash(occurrences, |&o| o, scratch);
        names.clear();
        words.clear();
        // Files a term whose occurrences AND to `always` and OR to `inside`: a name when it is always
        // capitalised and capitalised at least once where no sentence begins.
        let mut close = |term: u64, always: u64, inside: u64| {
            if always & CAPITALISED != 0 && inside & CAPITALISED_INSIDE_SENTENCE != 0 {
                names.push(term as u32);
            } else {
                words.push(term as u32);
            }
        };
        let mut groups = occurrences.iter();
        let Some(&first) = groups.next() else {
            return Terms::default();
        };
        let (mut term, mut always, mut inside) = (first >> 32, first, first);
        for &o in groups {
            if o >> 32 != term {
                close(term, always, inside);
                (term, always, inside) = (o >> 32, o, o);
            } else {
                always &= o;
                inside |= o;
            }
        }
        close(term, always, inside);
        // Exact-size copies: a corpus keeps these for every document.
        Terms {
            names: names.as_slice().into(),
            words: words.as_slice().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sketch::tokens::for_each_token;

    fn terms(text: &str) -> (Vec<u32>, Vec<u32>) {
        let mut collector = TermCollector::default();
        for_each_token(text, |t| collector.push(&t));
        let terms = collector.finish();
        (terms.names, terms.words)
    }

    fn h(word: &str) -> u32 {
        crate::text::token_hash(word) as u32
    }

    #[test]
    fn every_stop_word_is_found_and_content_words_are_not() {
        for word in STOPWORDS {
            assert!(
                stopwords().contains(crate::text::token_hash(word)),
                "{word}"
            );
        }
        for word in ["lavrov", "ceasefire", "riyadh", "talks"] {
            assert!(
                !stopwords().contains(crate::text::token_hash(word)),
                "{word}"
            );
        }
    }

    #[test]
    fn a_name_written_without_its_marks_is_the_same_term() {
        let names = |text: &str| {
            let mut collector = TermCollector::default();
            collector.push_tokens(text, |_| {});
            collector.finish().names
        };
        let marked = names("The director, Trần Văn Phước, spoke in Đại Lộc on Monday.");
        assert_eq!(
            marked,
            names("The director, Tran Van Phuoc, spoke in Dai Loc on Monday.")
        );
        assert!(marked.contains(&h("phuoc")));
    }

    #[test]
    fn names_are_always_capitalised_and_seen_inside_a_sentence() {
        let (names, words) = terms(
            "Talks resumed in Riyadh. Lavrov said the talks went well. Then Lavrov left NATO talks.",
        );
        let mut expected_names = vec![h("riyadh"), h("lavrov"), h("nato")];
        expected_names.sort_unstable();
        assert_eq!(names, expected_names);
        // "Talks" is capitalised only where a sentence begins; "then" and "the" are stop words or short.
        assert!(words.contains(&h("talks")));
        assert!(words.contains(&h("resumed")));
        assert!(!words.contains(&h("the")) && !words.contains(&h("then")));
    }
}
