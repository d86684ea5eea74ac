//! Mention contexts: what the words around a value say it is about, so that a value in one report can be met
//! with the value another report gives for the same thing, however differently each sentence is built.
//!
//! The slot frames ("talks in X", "led by X") read a value's role from a few words of set shape. Rewrites of
//! one story state the same fact in shapes no frame list foresees: "the chain, which runs 63 bakeries" and
//! "the company's 48 bakeries kept sales out of the accounts". What they keep is vocabulary: the words that
//! say what the value is about ("loss to the state and the social security funds" against "escaped the state
//! and the social security funds"). A mention's context is those words, weighted by how rare each is in the
//! story (a word every report repeats says nothing of which value is meant) and by how near the value it
//! stands. Two mentions of two reports are matched when each is the other's best match and their contexts
//! are close enough; what a matched pair means (a conflict or not) is for each slot to decide with its own
//! guards.

use std::collections::{BTreeMap, HashMap};

use super::super::DocFacts;
use crate::align::stopword;
use crate::segment::TokenKind;
use crate::text::{Span, fold};

/// Words further than this many tokens from the value add nothing: in a long sentence they are about
/// another clause's fact.
const REACH: usize = 14;

/// The matching key of a word: its first five letters in matching form, so that inflections meet ("escaped"
/// and "escape", "bakeries" and "bakery"); `None` for stopwords and words too short to say anything.
fn word_key(folded: &str) -> Option<String> {
    if folded.chars().count() < 3 || stopword(folded) {
        return None;
    }
    Some(folded.chars().take(5).collect())
}

/// The keys of a sentence's tokens as the context reads them, with each token's index: content words by
/// [`word_key`], names by their entity id (so that "Lemaître" and "Lemaitre" meet), and nothing for figures
/// and dates, whose values are what the slots compare and may differ between reports.
fn sentence_keys(doc: &DocFacts<'_>, sentence: usize) -> Vec<(usize, String)> {
    let Some(s) = doc.seg.sentences.get(sentence) else {
        return Vec::new();
    };
    // Mentions are listed sentence by sentence: only this sentence's are looked at for each token, so a
    // report costs time linear in its length.
    fn of_sentence<T>(list: &[T], sentence: usize, at: impl Fn(&T) -> usize) -> &[T] {
        let first = list.partition_point(|m| at(m) < sentence);
        let last = list.partition_point(|m| at(m) <= sentence);
        &list[first..last.max(first)]
    }
    let mentions = doc.mentions;
    let names: Vec<_> = of_sentence(&mentions.names, sentence, |m| m.sentence)
        .iter()
        .map(|m| m.span)
        .zip(
            doc.entities[mentions.names.partition_point(|m| m.sentence < sentence)..]
                .iter()
                .map(Option::as_ref),
        )
        .collect();
    let values: Vec<Span> = of_sentence(&mentions.numbers, sentence, |n| n.sentence)
        .iter()
        .map(|n| n.span)
        .chain(
            of_sentence(&mentions.dates, sentence, |d| d.sentence)
                .iter()
                .map(|d| d.span),
        )
        .collect();
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    let mut keys = Vec::new();
    for (i, token) in doc.seg.sentence_tokens(s).iter().enumerate() {
        if token.kind == TokenKind::Number || values.iter().any(|&v| overlaps(v, token.span)) {
            continue;
        }
        if let Some(&(_, entity)) = names.iter().find(|(span, _)| overlaps(*span, token.span)) {
            if let Some(entity) = entity {
                keys.push((i, format!("#{}", entity.id)));
            }
            continue;
        }
        if let Some(key) = word_key(&fold(token.span.of(&doc.doc.text))) {
            keys.push((i, key));
        }
    }
    keys
}

/// How many sentences of one story hold each context key: the weight of a key is its rarity in the story.
#[derive(Clone, Debug, Default)]
pub(crate) struct StoryWords {
    df: HashMap<String, u32>,
    sentences: u32,
}

impl StoryWords {
    /// Counts the keys of every sentence the story-level checks read, in every report of the story.
    pub(crate) fn of(docs: &[DocFacts<'_>]) -> Self {
        let mut words = StoryWords::default();
        for doc in docs {
            for (i, _) in doc.slot_sentences() {
                words.sentences += 1;
                let mut keys: Vec<String> =
                    sentence_keys(doc, i).into_iter().map(|(_, k)| k).collect();
                keys.sort_unstable();
                keys.dedup();
                for key in keys {
                    *words.df.entry(key).or_default() += 1;
                }
            }
        }
        words
    }

    /// Inverse sentence frequency of `key` in the story.
    fn idf(&self, key: &str) -> f64 {
        let df = self.df.get(key).copied().unwrap_or(0);
        (1.0 + (f64::from(self.sentences) + 1.0) / (f64::from(df) + 1.0)).ln()
    }

    /// The context of the value written at `span` in `doc`: the keys of its sentence outside the value, each
    /// weighted by its rarity and by its nearness to the value (full weight next to it, half at six tokens,
    /// nothing past [`REACH`]). Of a key written twice the nearer counts.
    pub(crate) fn context(&self, doc: &DocFacts<'_>, span: Span) -> MentionContext {
        self.context_within(doc, span, REACH, &[])
    }

    /// [`StoryWords::context`] with words up to `reach` tokens away, leaving out the keys in `skip`: a slot
    /// whose values hang on a whole clause (the day of "damaged the cable") reads further than one whose
    /// values sit in a phrase, and leaves out the words every mention of its kind stands next to.
    pub(crate) fn context_within(
        &self,
        doc: &DocFacts<'_>,
        span: Span,
        reach: usize,
        skip: &[&str],
    ) -> MentionContext {
        self.context_of_own_words(doc, span, reach, skip, &[])
    }

    /// The contexts of the values of one slot at `spans` in `doc`, each by
    /// [`StoryWords::context_of_own_words`] with the slot's other values in its sentence as its rivals.
    pub(crate) fn contexts_of_own_words(
        &self,
        doc: &DocFacts<'_>,
        spans: &[Span],
        reach: usize,
        skip: &[&str],
    ) -> Vec<MentionContext> {
        let sentences: Vec<Option<usize>> = spans
            .iter()
            .map(|span| crate::extract::sentence_at(doc.seg, span.start))
            .collect();
        // One pass files the values by sentence; a scan of all values for each would be quadratic in a
        // report that gives a thousand.
        let mut by_sentence: BTreeMap<Option<usize>, Vec<Span>> = BTreeMap::new();
        for (&span, &sentence) in spans.iter().zip(&sentences) {
            by_sentence.entry(sentence).or_default().push(span);
        }
        spans
            .iter()
            .zip(&sentences)
            .map(|(&span, sentence)| {
                let rivals: Vec<Span> = by_sentence[sentence]
                    .iter()
                    .copied()
                    .filter(|&rival| rival != span)
                    .collect();
                self.context_of_own_words(doc, span, reach, skip, &rivals)
            })
            .collect()
    }

    /// [`StoryWords::context_within`] without the words that stand nearer one of `rivals`, the other values
    /// of the slot in the sentence: in "the race, which started on 30 November, ends on 6 December" the
    /// start's words are not the end's, and the end's are not the start's.
    pub(crate) fn context_of_own_words(
        &self,
        doc: &DocFacts<'_>,
        span: Span,
        reach: usize,
        skip: &[&str],
        rivals: &[Span],
    ) -> MentionContext {
        // How far a word stands from a value: first in the clause breaks between them, then in bytes. In
        // "the race, which started on 30 November, ends on 6 December", "ends" is a comma away from the
        // start's day and next to the end's.
        let gap = |a: Span, b: Span| {
            let between = if a.end <= b.start {
                a.end..b.start
            } else {
                b.end..a.start.max(b.end)
            };
            let breaks = doc.doc.text[between.clone()]
                .chars()
                .filter(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '\u{2013}' | '\u{2014}'))
                .count();
            (breaks, between.len())
        };
        let mut weights: BTreeMap<String, f64> = BTreeMap::new();
        for (key, distance, at) in keys_near(doc, span, reach) {
            if skip.contains(&key.as_str()) {
                continue;
            }
            if !rivals.is_empty() {
                let own = gap(at, span);
                if rivals.iter().any(|&rival| gap(at, rival) < own) {
                    continue;
                }
            }
            let nearness = 1.0 / (1.0 + (distance as f64 - 1.0) / 5.0);
            let weight = self.idf(&key) * nearness;
            let slot = weights.entry(key).or_insert(0.0);
            *slot = slot.max(weight);
        }
        let norm = weights.values().map(|w| w * w).sum::<f64>().sqrt();
        MentionContext { weights, norm }
    }
}

/// The weighted context keys of one mention (see [`StoryWords::context`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct MentionContext {
    weights: BTreeMap<String, f64>,
    norm: f64,
}

impl MentionContext {
    /// Cosine of the two weighted contexts, in 0..=1: 0 when they share no key.
    pub(crate) fn similarity(&self, other: &MentionContext) -> f64 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let dot: f64 = self
            .weights
            .iter()
            .filter_map(|(k, w)| other.weights.get(k).map(|v| w * v))
            .sum();
        dot / (self.norm * other.norm)
    }

    /// The keys the two contexts share, for tests.
    #[cfg(test)]
    pub(crate) fn shared<'a>(&'a self, other: &'a MentionContext) -> impl Iterator<Item = &'a str> {
        self.weights
            .keys()
            .filter(|k| other.weights.contains_key(*k))
            .map(String::as_str)
    }
}

/// Two mentions of two reports whose contexts are each other's best match: mention `i` of report `x` and
/// mention `j` of report `y` (positions in the slices given to [`mutual_best`]), `x < y`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ContextMatch {
    /// Report of the first mention.
    pub x: usize,
    /// The first mention, in report `x`'s list.
    pub i: usize,
    /// Report of the second mention.
    pub y: usize,
    /// The second mention, in report `y`'s list.
    pub j: usize,
    /// Their contexts' similarity.
    pub score: f64,
}

/// Most mentions of one kind a report may have for the context routes to read it. A news report names a few
/// dozen places or figures; one that names thousands is a listing or a page of tables run together, whose
/// every pair with another report's mentions would be scored (a 50 MB report on one line holds hundreds of
/// thousands), so the routes leave such a report out, as the frame checks leave out a sentence of more than
/// a thousand words.
pub(crate) const MAX_CONTEXT_MENTIONS: usize = 1_000;

/// A report's mentions of one kind, or none when it has more than [`MAX_CONTEXT_MENTIONS`]: computing their
/// contexts alone would take a listing's time.
pub(crate) fn within_cap<T>(mentions: Vec<T>) -> Vec<T> {
    if mentions.len() > MAX_CONTEXT_MENTIONS {
        Vec::new()
    } else {
        mentions
    }
}

/// A finding's side for the mention at `span`, shown in its sentence.
pub(crate) fn sentence_side(doc: &DocFacts<'_>, span: Span) -> super::super::Side {
    super::super::Side {
        doc: doc.index,
        span,
        context: crate::extract::sentence_at(doc.seg, span.start)
            .map_or(span, |s| doc.seg.sentences[s].span),
    }
}

/// For each pair of reports, the mentions whose contexts are mutually best matches scoring at least
/// `threshold`. `contexts[d]` holds the contexts of report `d`'s mentions of one kind. Ties go to the earlier
/// mention, so the result does not depend on anything but the input's order.
pub(crate) fn mutual_best(contexts: &[Vec<MentionContext>], threshold: f64) -> Vec<ContextMatch> {
    let mut out = Vec::new();
    for (x, xs) in contexts.iter().enumerate() {
        for (y, ys) in contexts.iter().enumerate().skip(x + 1) {
            if xs.is_empty()
                || ys.is_empty()
                || xs.len() > MAX_CONTEXT_MENTIONS
                || ys.len() > MAX_CONTEXT_MENTIONS
            {
                continue;
            }
            let scores: Vec<Vec<f64>> = xs
                .iter()
                .map(|a| ys.iter().map(|b| a.similarity(b)).collect())
                .collect();
            let best_in_row = |i: usize| {
                (0..ys.len()).fold(0, |best, j| {
                    if scores[i][j] > scores[i][best] {
                        j
                    } else {
                        best
                    }
                })
            };
            let best_in_column = |j: usize| {
                (0..xs.len()).fold(0, |best, i| {
                    if scores[i][j] > scores[best][j] {
                        i
                    } else {
                        best
                    }
                })
            };
            for (i, row) in scores.iter().enumerate() {
                let j = best_in_row(i);
                let score = row[j];
                if score >= threshold && best_in_column(j) == i {
                    out.push(ContextMatch { x, i, y, j, score });
                }
            }
        }
    }
    out
}

impl MentionContext {
    /// How many keys the two contexts share besides `skip`: a slot leaves out the keys that made two
    /// mentions comparable in the first place (the noun a count counts), so that what is left says whether
    /// they are told about one thing.
    pub(crate) fn shared_besides(&self, other: &MentionContext, skip: &[String]) -> usize {
        self.weights
            .keys()
            .filter(|k| other.weights.contains_key(*k) && !skip.contains(k))
            .count()
    }

    /// What each key the two contexts share adds to their [`MentionContext::similarity`], largest first: the
    /// keys a slot's guards weigh (a role word against a name both clauses mention).
    pub(crate) fn contributions<'a>(&'a self, other: &MentionContext) -> Vec<(&'a str, f64)> {
        if self.norm == 0.0 || other.norm == 0.0 {
            return Vec::new();
        }
        let mut out: Vec<(&str, f64)> = self
            .weights
            .iter()
            .filter_map(|(k, w)| {
                other
                    .weights
                    .get(k)
                    .map(|v| (k.as_str(), w * v / (self.norm * other.norm)))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        out
    }

    /// Whether the context holds `key` (a word's key, or `#` and an entity id for a name).
    pub(crate) fn has(&self, key: &str) -> bool {
        self.weights.contains_key(key)
    }

    /// The keys two contexts share, each with the lesser of its two weights: what a slot reads to ask whether
    /// two mentions meet on a word of weight, and not only on a name both sentences repeat.
    pub(crate) fn shared_weights<'a>(
        &'a self,
        other: &'a MentionContext,
    ) -> impl Iterator<Item = (&'a str, f64)> {
        self.weights
            .iter()
            .filter_map(|(k, w)| other.weights.get(k).map(|v| (k.as_str(), w.min(*v))))
    }
}

/// The context keys of the words within `reach` words of the value at `span` in its sentence, each with its
/// distance in words and its token's span: the words that stand in the value's own phrase ("Judge", "the
/// state prosecutor", "who chairs"), which a slot may require two matched mentions to share.
pub(crate) fn keys_near(
    doc: &DocFacts<'_>,
    span: Span,
    reach: usize,
) -> Vec<(String, usize, Span)> {
    let Some(sentence) = crate::extract::sentence_at(doc.seg, span.start) else {
        return Vec::new();
    };
    let tokens = doc.seg.sentence_tokens(&doc.seg.sentences[sentence]);
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens
        .partition_point(|t| t.span.start < span.end)
        .max(first + 1);
    sentence_keys(doc, sentence)
        .into_iter()
        .filter(|(i, _)| !(first..last).contains(i))
        .map(|(i, key)| {
            let distance = if i < first { first - i } else { i + 1 - last };
            (key, distance, tokens[i].span)
        })
        .filter(|(_, distance, _)| *distance <= reach)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::testing::with_facts as facts_of;

    fn context_of(words: &StoryWords, doc: &DocFacts<'_>, value: &str) -> MentionContext {
        let at = doc.doc.text.find(value).expect("value in text");
        words.context(doc, Span::new(at, at + value.len()))
    }

    #[test]
    fn one_sum_told_in_other_words_is_matched_across_reports() {
        facts_of(
            &[
                "Prosecutors put the loss to the state and the social security funds at 6.2 million euros. \
                 He was also fined 500,000 euros.",
                "According to the prosecution, 8.4 million euros escaped the state and the social security \
                 funds. The court fined him 500,000 euros.",
            ],
            |docs| {
                let words = StoryWords::of(docs);
                let contexts = vec![
                    vec![
                        context_of(&words, &docs[0], "6.2 million euros"),
                        context_of(&words, &docs[0], "500,000 euros"),
                    ],
                    vec![
                        context_of(&words, &docs[1], "8.4 million euros"),
                        context_of(&words, &docs[1], "500,000 euros"),
                    ],
                ];
                let matches = mutual_best(&contexts, 0.2);
                let pairs: Vec<(usize, usize)> = matches.iter().map(|m| (m.i, m.j)).collect();
                assert_eq!(pairs, vec![(0, 0), (1, 1)], "{matches:?}");
            },
        );
    }

    #[test]
    fn values_of_unrelated_clauses_are_not_matched() {
        facts_of(
            &[
                "The plant in Nijmegen will close next year, the company said.",
                "Union members will protest outside the headquarters in Eindhoven on Friday.",
            ],
            |docs| {
                let words = StoryWords::of(docs);
                let contexts = vec![
                    vec![context_of(&words, &docs[0], "Nijmegen")],
                    vec![context_of(&words, &docs[1], "Eindhoven")],
                ];
                assert!(mutual_best(&contexts, 0.2).is_empty());
            },
        );
    }

    #[test]
    fn shared_keys_besides_the_ones_a_slot_skips_are_counted() {
        facts_of(
            &[
                "The court said he ran a parallel business through his 63 bakeries.",
                "The court examined how the company's 48 bakeries kept sales out of the accounts.",
            ],
            |docs| {
                let words = StoryWords::of(docs);
                let a = context_of(&words, &docs[0], "63");
                let b = context_of(&words, &docs[1], "48");
                assert_eq!(
                    a.shared_besides(&b, &[]),
                    2,
                    "{:?}",
                    a.shared(&b).collect::<Vec<_>>()
                );
                assert_eq!(a.shared_besides(&b, &["baker".to_string()]), 1);
            },
        );
    }

    #[test]
    fn a_spelling_variant_of_a_name_in_the_context_counts_as_the_same_word() {
        facts_of(
            &[
                "Sergey Lavrov arrived in Jeddah for the talks.",
                "Siergiej Ławrow arrived in Riyadh for the talks.",
            ],
            |docs| {
                let words = StoryWords::of(docs);
                let a = context_of(&words, &docs[0], "Jeddah");
                let b = context_of(&words, &docs[1], "Riyadh");
                let shared: Vec<&str> = a.shared(&b).collect();
                assert!(shared.iter().any(|k| k.starts_with('#')), "{shared:?}");
                assert!(a.similarity(&b) > 0.9, "{}", a.similarity(&b));
            },
        );
    }

    #[test]
    fn the_words_near_a_value_are_told_with_their_distance() {
        facts_of(
            &["The sentence was read by Judge Martine Roux in Lyon on Tuesday afternoon."],
            |docs| {
                let at = docs[0].doc.text.find("Martine Roux").expect("name");
                let span = Span::new(at, at + "Martine Roux".len());
                let near: Vec<(String, usize)> = keys_near(&docs[0], span, 3)
                    .into_iter()
                    .map(|(k, d, _)| (k, d))
                    .collect();
                for (key, distance) in [("judge", 1), ("read", 3)] {
                    assert!(
                        near.contains(&(key.to_string(), distance)),
                        "{key}: {near:?}"
                    );
                }
                // "sentence", five words before the name, is beyond the reach; "Lyon" counts as its entity.
                assert!(near.iter().all(|(k, _)| k != "sente"), "{near:?}");
                assert!(
                    near.iter().any(|(k, d)| k.starts_with('#') && *d == 2),
                    "{near:?}"
                );
            },
        );
    }

    #[test]
    fn each_shared_keys_part_of_the_match_is_told() {
        facts_of(
            &[
                "The sentence was read by Judge Martine Roux in Lyon on Tuesday afternoon.",
                "The case was heard by a panel presided over by Judge Claire Fabre.",
            ],
            |docs| {
                let words = StoryWords::of(docs);
                let a = context_of(&words, &docs[0], "Martine Roux");
                let b = context_of(&words, &docs[1], "Claire Fabre");
                let parts = a.contributions(&b);
                assert_eq!(parts.first().map(|p| p.0), Some("judge"), "{parts:?}");
                let total: f64 = parts.iter().map(|p| p.1).sum();
                assert!((total - a.similarity(&b)).abs() < 1e-9, "{total}");
            },
        );
    }
}
