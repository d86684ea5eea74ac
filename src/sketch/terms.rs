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

/// Slots of the stop-word table: a power of two, about four times the number of stop words, so that a probe
/// for a word that is not there ends at an empty slot after one or two steps.
const STOPWORD_SLOTS: usize = 1024;

/// Stop-word hashes in an open-addressing table (0 marks an empty slot), looked up once for every token.
struct StopwordSet {
    slots: Vec<u64>,
}

impl StopwordSet {
    #[inline]
    fn contains(&self, hash: u64) -> bool {
        let mut i = (hash as usize) & (STOPWORD_SLOTS - 1);
        loop {
            match self.slots[i] {
                0 => return false,
                h if h == hash => return true,
                _ => i = (i + 1) & (STOPWORD_SLOTS - 1),
            }
        }
    }
}

fn stopwords() -> &'static StopwordSet {
    static SET: OnceLock<StopwordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut slots = vec![0u64; STOPWORD_SLOTS];
        for word in STOPWORDS {
            let hash = crate::text::token_hash(word);
            let mut i = (hash as usize) & (STOPWORD_SLOTS - 1);
            while slots[i] != 0 && slots[i] != hash {
                i = (i + 1) & (STOPWORD_SLOTS - 1);
            }
            slots[i] = hash;
        }
        StopwordSet { slots }
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

/// One occurrence of a candidate term, reduced to what the name rule needs.
#[derive(Clone, Copy, Default)]
struct Occurrence {
    hash: u32,
    capitalised: bool,
    capitalised_inside_sentence: bool,
}

/// Collects story terms from a document's tokens.
#[derive(Default)]
pub struct TermCollector {
    occurrences: Vec<Occurrence>,
    scratch: Vec<Occurrence>,
}

impl TermCollector {
    /// Forgets every token seen, keeping the buffer.
    pub fn clear(&mut self) {
        self.occurrences.clear();
    }

    /// Looks at one token.
    #[inline]
    pub fn push(&mut self, token: &SketchToken) {
        if !token.alphabetic || token.end - token.start < MIN_TERM_BYTES {
            return;
        }
        if stopwords().contains(token.hash) {
            return;
        }
        self.occurrences.push(Occurrence {
            hash: token.hash as u32,
            capitalised: token.capitalised,
            capitalised_inside_sentence: token.capitalised && !token.sentence_initial,
        });
    }

    /// The distinct terms, names told apart from other words, of the tokens seen since the last
    /// [`clear`](Self::clear).
    pub fn finish(&mut self) -> Terms {
        // Term hashes are uniform in the low 32 bits; the sort wants them in the high bits.
        super::sort_by_hash(
            &mut self.occurrences,
            |o| u64::from(o.hash) << 32,
            &mut self.scratch,
        );
        let distinct = self.occurrences.chunk_by(|a, b| a.hash == b.hash).count();
        let mut terms = Terms {
            names: Vec::new(),
            words: Vec::with_capacity(distinct),
        };
        for group in self.occurrences.chunk_by(|a, b| a.hash == b.hash) {
            let always_capitalised = group.iter().all(|o| o.capitalised);
            let inside_sentence = group.iter().any(|o| o.capitalised_inside_sentence);
            if always_capitalised && inside_sentence {
                terms.names.push(group[0].hash);
            } else {
                terms.words.push(group[0].hash);
            }
        }
        terms.words.shrink_to_fit();
        terms
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
