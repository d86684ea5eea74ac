//! Sentence features for alignment, and the corpus vocabulary that weights them.

use std::collections::HashMap;

use crate::segment::{Segmented, TokenKind};
use crate::text::{Span, fold};

/// Words too common to say what a sentence is about, in matching form.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "about", "above", "according", "across", "added", "after", "again", "against", "all",
    "already", "also", "am", "amid", "among", "an", "and", "any", "are", "aren't", "around", "as",
    "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
    "can", "could", "did", "didn't", "do", "does", "doing", "don't", "down", "during", "each",
    "even", "few", "for", "from", "further", "had", "has", "have", "having", "he", "he's", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
    "is", "isn't", "it", "it's", "its", "itself", "just", "may", "me", "meanwhile", "might", "more",
    "most", "must", "my", "myself", "new", "no", "nor", "not", "noted", "now", "of", "off", "on",
    "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "s", "said",
    "same", "says", "shall", "she", "she's", "should", "since", "so", "some", "stated", "still",
    "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "there's", "these", "they", "this", "those", "through", "to", "told", "too", "under", "until",
    "up", "upon", "very", "via", "was", "wasn't", "we", "were", "weren't", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "within", "without", "won't", "would",
    "yet", "you", "your", "yours", "yourself",
];

/// True when `folded` (a word in matching form) is a stopword.
pub fn stopword(folded: &str) -> bool {
    STOPWORDS.binary_search(&folded).is_ok()
}

/// A light, language-agnostic suffix fold so that "talks"/"talk" and "lives"/"live" share a feature.
fn stem(word: &str) -> &str {
    let word = word.strip_suffix("'s").unwrap_or(word);
    if word.len() > 4 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") {
        return &word[..word.len() - 1];
    }
    word
}

/// What the aligner knows of one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceFeatures {
    /// Every token's hash, in order: equal for exact repeats.
    pub tokens: Vec<u64>,
    /// Sorted, distinct content features: stems of content words, numbers, and entity ids of names.
    pub features: Vec<u64>,
}

impl SentenceFeatures {
    /// Features for each sentence of a document; boilerplate sentences and sentences with fewer than three
    /// features get `None`.
    ///
    /// `names` are the document's name spans with an entity key each: every token inside a name span is
    /// replaced by that key, so spelling variants of one entity share a feature.
    pub fn for_document(
        text: &str,
        seg: &Segmented,
        names: &[(Span, u64)],
    ) -> Vec<Option<SentenceFeatures>> {
        let mut sorted_names = names.to_vec();
        sorted_names.sort();
        seg.sentences
            .iter()
            .map(|sentence| {
                if sentence.boilerplate {
                    return None;
                }
                let tokens = seg.sentence_tokens(sentence);
                let mut features = Vec::with_capacity(tokens.len());
                for token in tokens {
                    let start = sorted_names.partition_point(|(s, _)| s.end <= token.span.start);
                    if let Some((span, key)) = sorted_names.get(start)
                        && span.start <= token.span.start
                    {
                        features.push(*key);
                        continue;
                    }
                    let word = fold(token.span.of(text));
                    if token.kind == TokenKind::Word
                        && (stopword(&word) || word.chars().count() < 2)
                    {
                        continue;
                    }
                    features.push(xxhash_rust::xxh3::xxh3_64(stem(&word).as_bytes()));
                }
                features.sort_unstable();
                features.dedup();
                // Sized for every token; stopwords and repeats leave much of it unused, for every sentence of
                // the corpus until alignment is done.
                features.shrink_to_fit();
                (features.len() >= 3).then(|| SentenceFeatures {
                    tokens: tokens.iter().map(|t| t.hash).collect(),
                    features,
                })
            })
            .collect()
    }
}

/// Sentence frequencies of features over the corpus.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    df: HashMap<u64, u32>,
    sentences: usize,
}

impl Vocabulary {
    /// Counts the features of one document's sentences.
    pub fn add_document(&mut self, sentences: &[Option<SentenceFeatures>]) {
        for s in sentences.iter().flatten() {
            self.sentences += 1;
            for &f in &s.features {
                *self.df.entry(f).or_default() += 1;
            }
        }
    }

    /// Number of sentences that have `feature`.
    pub fn df(&self, feature: u64) -> u32 {
        self.df.get(&feature).copied().unwrap_or(0)
    }

    /// Number of sentences counted.
    pub fn sentences(&self) -> usize {
        self.sentences
    }

    /// Inverse sentence frequency of `feature`.
    pub fn idf(&self, feature: u64) -> f64 {
        (1.0 + (self.sentences as f64 + 1.0) / (self.df(feature) as f64 + 1.0)).ln()
    }

    /// IDF-weighted cosine of two feature sets: the weight they share over the geometric mean of their
    /// weights.
    pub fn cosine(&self, a: &SentenceFeatures, b: &SentenceFeatures) -> f64 {
        self.weigh(a).cosine(&self.weigh(b))
    }

    /// The IDF weight of each of `s`'s features, computed once for a sentence that is scored against many.
    pub fn weigh<'s>(&self, s: &'s SentenceFeatures) -> Weighted<'s> {
        let idf: Vec<f64> = s.features.iter().map(|&f| self.idf(f)).collect();
        Weighted {
            features: &s.features,
            total: idf.iter().sum(),
            idf,
        }
    }
}

/// A sentence's features with their IDF weights (see [`Vocabulary::weigh`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Weighted<'s> {
    features: &'s [u64],
    idf: Vec<f64>,
    total: f64,
}

impl Weighted<'_> {
    /// [`Vocabulary::cosine`] of the two sentences, summed in the same order, so the score is the same to the
    /// last bit.
    pub fn cosine(&self, other: &Weighted<'_>) -> f64 {
        let (a, b) = (self.features, other.features);
        if self.total == 0.0 || other.total == 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.idf[i];
                    i += 1;
                    j += 1;
                }
            }
        }
        shared / (self.total * other.total).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(
            STOPWORDS.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            STOPWORDS.windows(2).find(|w| w[0] >= w[1])
        );
        assert!(stopword("the") && !stopword("ceasefire"));
    }

    #[test]
    fn names_share_their_entity_feature() {
        let a = "Talks ended, declared Sergey Lavrov on Monday.";
        let b = "Talks ended, declared Siergiej Ławrow on Monday.";
        let (sa, sb) = (Segmented::new(a), Segmented::new(b));
        let na = [(
            Span::new(a.find("Sergey").unwrap(), a.find(" on").unwrap()),
            7,
        )];
        let nb = [(
            Span::new(b.find("Siergiej").unwrap(), b.find(" on").unwrap()),
            7,
        )];
        let fa = SentenceFeatures::for_document(a, &sa, &na);
        let fb = SentenceFeatures::for_document(b, &sb, &nb);
        assert_eq!(
            fa[0].as_ref().unwrap().features,
            fb[0].as_ref().unwrap().features
        );
        assert_ne!(
            fa[0].as_ref().unwrap().tokens,
            fb[0].as_ref().unwrap().tokens
        );
    }

    #[test]
    fn cosine_is_one_for_equal_sets_and_zero_for_disjoint() {
        let f = |v: &[u64]| SentenceFeatures {
            tokens: vec![],
            features: v.to_vec(),
        };
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_document(&[Some(f(&[1, 2, 3])), Some(f(&[4, 5, 6]))]);
        assert!((vocabulary.cosine(&f(&[1, 2, 3]), &f(&[1, 2, 3])) - 1.0).abs() < 1e-9);
        assert_eq!(vocabulary.cosine(&f(&[1, 2, 3]), &f(&[4, 5, 6])), 0.0);
    }
}
