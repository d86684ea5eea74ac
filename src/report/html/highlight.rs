//! Which bytes of an evidence excerpt the page highlights: the evidence's own text, and the words that differ
//! from an aligned excerpt on the other side.
//!
//! Words are compared in their matching form, so that an NBSP, a curly apostrophe or a capital letter is never
//! shown as a difference; the ranges returned always point into the original excerpt.

use std::ops::Range;

use similar::{Algorithm, DiffTag, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

use crate::text::fold;

/// Two excerpts count as aligned passages when at least this share of their words match (the
/// `2·matches / (words_a + words_b)` ratio). Below it they are different sentences that merely hold the two
/// values, and a word diff would mark nearly everything, which hides the one difference that matters.
pub(super) const MIN_ALIGNED_RATIO: f32 = 0.5;

/// The byte ranges of two aligned excerpts that differ.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct ChangedWords {
    /// Ranges in the first excerpt.
    pub old: Vec<Range<usize>>,
    /// Ranges in the second excerpt.
    pub new: Vec<Range<usize>>,
}

/// A word of an excerpt: its bytes and its matching form.
struct Word {
    span: Range<usize>,
    key: String,
}

fn words(s: &str) -> Vec<Word> {
    s.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| Word {
            span: i..i + w.len(),
            key: fold(w),
        })
        .collect()
}

/// The words that differ between `old` and `new`, or `None` when the two are not aligned passages (see
/// [`MIN_ALIGNED_RATIO`]). A run of changed words becomes one range, so "Sergey Lavrov" is marked as a whole.
pub(super) fn changed_words(old: &str, new: &str) -> Option<ChangedWords> {
    let old_words = words(old);
    let new_words = words(new);
    if old_words.is_empty() || new_words.is_empty() {
        return None;
    }
    let old_keys: Vec<&str> = old_words.iter().map(|w| w.key.as_str()).collect();
    let new_keys: Vec<&str> = new_words.iter().map(|w| w.key.as_str()).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys);
    let ratio = similar::diff_ratio(&ops, old_keys.len(), new_keys.len());
    if ratio < MIN_ALIGNED_RATIO {
        return None;
    }
    let cover = |words: &[Word], range: Range<usize>| {
        (!range.is_empty()).then(|| words[range.start].span.start..words[range.end - 1].span.end)
    };
    let mut changed = ChangedWords::default();
    for op in &ops {
        if op.tag() == DiffTag::Equal {
            continue;
        }
        changed.old.extend(cover(&old_words, op.old_range()));
        changed.new.extend(cover(&new_words, op.new_range()));
    }
    Some(changed)
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
    fn occurrences_finds_each_non_overlapping_match() {
        assert_eq!(occurrences("Lavrov met Lavrov", "Lavrov"), [0..6, 11..17]);
        assert_eq!(occurrences("aaaa", "aa"), [0..2, 2..4]);
        assert!(occurrences("text", "").is_empty());
    }

    #[test]
    fn merge_joins_overlapping_and_touching_ranges() {
        assert_eq!(
            merge(vec![5..8, 0..2, 1..3, 8..9, 12..13]),
            [0..3, 5..9, 12..13]
        );
    }
}
