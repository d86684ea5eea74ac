//! Which bytes of an evidence excerpt the page highlights: the evidence's own text, and the words that differ
//! from an aligned excerpt on the other side.
//!
//! Words are compared in their matching form by the compare stage's word diff, so that an NBSP, a curly
//! apostrophe or a capital letter is never shown as a difference; the ranges returned always point into the
//! original excerpt.

use std::ops::Range;

use crate::compare::word_hunks;
use crate::segment::{Segmented, tokenize};
use crate::text::Span;

/// Two passages count as aligned when at least this share of the shorter one's words match in order. Below it
/// they are different sentences that merely hold the two values, and a word diff would mark nearly everything,
/// which hides the one difference that matters. Measured against the shorter passage because a rewrite often
/// keeps a sentence and drops its tail ("declared Sergey Lavrov in an interview published on Wednesday" against
/// "declared Siergiej Ławrow").
pub(super) const MIN_ALIGNED_SHARE: f32 = 0.6;

/// The byte ranges of two aligned excerpts that differ.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct ChangedWords {
    /// Ranges in the first excerpt.
    pub old: Vec<Range<usize>>,
    /// Ranges in the second excerpt.
    pub new: Vec<Range<usize>>,
}

/// The words that differ between `old` and `new`, or `None` when the two are not aligned passages (see
/// [`MIN_ALIGNED_SHARE`]). A run of changed words becomes one range, so "Sergey Lavrov" is marked as a whole.
pub(super) fn changed_words(old: &str, new: &str) -> Option<ChangedWords> {
    let old_words = tokenize(old);
    let new_words = tokenize(new);
    let shorter = old_words.len().min(new_words.len());
    if shorter == 0 {
        return None;
    }
    let hunks = word_hunks(&old_words, &new_words);
    let changed: usize = hunks.iter().map(|h| h.a_tokens.len()).sum();
    let matched = old_words.len() - changed;
    if (matched as f32) < MIN_ALIGNED_SHARE * shorter as f32 {
        return None;
    }
    let ranges = |span: Span| (!span.is_empty()).then_some(span.start..span.end);
    Some(ChangedWords {
        old: hunks.iter().filter_map(|h| ranges(h.a)).collect(),
        new: hunks.iter().filter_map(|h| ranges(h.b)).collect(),
    })
}

/// The sentences of `excerpt` that hold `value` (a byte range of it): the part of an excerpt worth comparing
/// with the other side. An excerpt can be a whole paragraph, and diffing paragraph against sentence would mark
/// every other sentence as changed.
pub(super) fn sentences_around(excerpt: &str, value: Range<usize>) -> Range<usize> {
    let sentences = Segmented::new(excerpt).sentences;
    let holding = |at: usize| {
        sentences
            .iter()
            .find(|s| s.span.start <= at && at < s.span.end)
            .map(|s| s.span)
    };
    let last = value.end.saturating_sub(1).max(value.start);
    match (holding(value.start), holding(last)) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => 0..excerpt.len(),
    }
}

/// Every non-overlapping occurrence of `needle` in `haystack`. The evidence records where its text is in the
/// file, not where it is in the excerpt, so each occurrence of the value in the excerpt is marked.
pub(super) fn occurrences(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    if needle.is_empty() {
        return Vec::new();
    }
    haystack
        .match_indices(needle)
        .map(|(i, m)| i..i + m.len())
        .collect()
}

/// Where `value` shows in `excerpt`: every occurrence, or, when the excerpt was cut short (it ends in "…")
/// inside the value, the start of the value that the excerpt ends with.
pub(super) fn value_in_excerpt(excerpt: &str, value: &str) -> Vec<Range<usize>> {
    let found = occurrences(excerpt, value);
    if !found.is_empty() {
        return found;
    }
    let Some(kept) = excerpt.strip_suffix('…') else {
        return found;
    };
    kept.char_indices()
        .map(|(i, _)| i)
        .find(|&i| value.starts_with(&kept[i..]) && kept[i..].chars().any(char::is_alphanumeric))
        .map(|i| std::iter::once(i..kept.len()).collect())
        .unwrap_or_default()
}

/// Sorts `ranges` and merges those that overlap or touch, so that each byte is in at most one range.
pub(super) fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'s>(s: &'s str, ranges: &[Range<usize>]) -> Vec<&'s str> {
        ranges.iter().map(|r| &s[r.clone()]).collect()
    }

    #[test]
    fn quote_drift_marks_only_the_drifting_word() {
        let old = "Russia will avoid compromises that could threaten people's lives, declared Sergey Lavrov.";
        let new = "Russia will avoid compromises that would threaten people's lives, declared Sergey Lavrov.";
        let changed = changed_words(old, new).expect("aligned");
        assert_eq!(marked(old, &changed.old), ["could"]);
        assert_eq!(marked(new, &changed.new), ["would"]);
    }

    #[test]
    fn a_run_of_changed_words_is_one_range() {
        let old = "the remarks of Sergey Lavrov in Moscow";
        let new = "the remarks of Siergiej Ławrow in Moscow";
        let changed = changed_words(old, new).expect("aligned");
        assert_eq!(marked(old, &changed.old), ["Sergey Lavrov"]);
        assert_eq!(marked(new, &changed.new), ["Siergiej Ławrow"]);
    }

    #[test]
    fn typography_and_case_are_not_differences() {
        let old = "Russia\u{a0}will avoid compromises that threaten people\u{2019}s lives";
        let new = "RUSSIA will avoid compromises that threaten people's lives";
        assert_eq!(changed_words(old, new), Some(ChangedWords::default()));
    }

    #[test]
    fn unrelated_sentences_are_not_aligned() {
        let old = "After nine hours of talks on Tuesday in Jeddah, Saudi Arabia, Ukraine agreed.";
        let new =
            "This meeting in Riyadh marked the first face-to-face encounter between officials.";
        assert_eq!(changed_words(old, new), None);
        assert_eq!(changed_words("", new), None);
    }

    #[test]
    fn sentences_around_narrows_a_paragraph_to_the_value() {
        let paragraph = "Russia will avoid compromises that could threaten lives, declared Sergey Lavrov. \
                         He was discussing a peace agreement. A spokesperson spoke.";
        let at = paragraph.find("could").unwrap();
        let around = sentences_around(paragraph, at..at + 5);
        assert_eq!(
            &paragraph[around],
            "Russia will avoid compromises that could threaten lives, declared Sergey Lavrov."
        );
        let two = paragraph.find("Lavrov").unwrap()..paragraph.find("peace").unwrap();
        assert!(paragraph[sentences_around(paragraph, two)].ends_with("a peace agreement."));
        assert_eq!(sentences_around("", 0..0), 0..0);
    }

    #[test]
    fn a_kept_sentence_with_a_dropped_tail_is_aligned() {
        let old = "Russia will avoid compromises that could threaten people's lives, declared Russian Foreign \
                   Minister Sergey Lavrov in an interview published on Wednesday.";
        let new = "Russia will avoid compromises that would threaten people's lives, declared Siergiej Ławrow.";
        let changed = changed_words(old, new).expect("aligned");
        assert_eq!(marked(new, &changed.new), ["would", "Siergiej Ławrow"]);
        assert_eq!(marked(old, &changed.old)[0], "could");
    }

    #[test]
    fn occurrences_finds_each_non_overlapping_match() {
        assert_eq!(occurrences("Lavrov met Lavrov", "Lavrov"), [0..6, 11..17]);
        assert_eq!(occurrences("aaaa", "aa"), [0..2, 2..4]);
        assert!(occurrences("text", "").is_empty());
    }

    #[test]
    fn a_value_cut_by_the_excerpt_is_marked_up_to_the_cut() {
        assert_eq!(
            value_in_excerpt("It said Lavrov twice: Lavrov.", "Lavrov"),
            [8..14, 22..28]
        );
        let excerpt = "Intro. The long repeated caption that goes on…";
        let value = "The long repeated caption that goes on and on.";
        let marked = value_in_excerpt(excerpt, value);
        assert_eq!(
            marked
                .iter()
                .map(|r| &excerpt[r.clone()])
                .collect::<Vec<_>>(),
            ["The long repeated caption that goes on"]
        );
        assert!(value_in_excerpt("Nothing here…", "Jeddah").is_empty());
        assert!(value_in_excerpt("Nothing here", "Jeddah").is_empty());
    }

    #[test]
    fn merge_joins_overlapping_and_touching_ranges() {
        assert_eq!(
            merge(vec![5..8, 0..2, 1..3, 8..9, 12..13]),
            [0..3, 5..9, 12..13]
        );
    }
}
