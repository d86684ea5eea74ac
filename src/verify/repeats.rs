//! Passages repeated verbatim inside one report: a caption printed twice, a headline repeated as the first line
//! of the body.
//!
//! A unit is a whole non-boilerplate line, or a sentence within a longer line. Two units repeat when their
//! token sequences are equal in matching form, so NBSPs, curly quotes and case do not hide a repeat, while a
//! changed word does. Short units (fewer than [`MIN_TOKENS`] words) are ignored: "He said." twice is not a
//! copied passage.

use std::collections::HashMap;

use crate::segment::Segmented;
use crate::text::Span;

/// Units shorter than this many words are never reported as repeated.
pub const MIN_TOKENS: usize = 6;

/// Groups of spans whose text repeats within one document, each group in text order, groups ordered by their
/// first occurrence.
pub fn repeated_passages(seg: &Segmented) -> Vec<Vec<Span>> {
    // Lines by index, so that marking the repeated ones stays linear however many lines repeat.
    let mut by_key: HashMap<Vec<u64>, Vec<usize>> = HashMap::new();
    let mut line_repeated = vec![false; seg.lines.len()];

    for (i, line) in seg
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.boilerplate.is_none() && l.tokens.len() >= MIN_TOKENS)
    {
        let key: Vec<u64> = seg.tokens[line.tokens.clone()]
            .iter()
            .map(|t| t.hash)
            .collect();
        by_key.entry(key).or_default().push(i);
    }
    let mut groups: Vec<Vec<Span>> = Vec::new();
    for lines in by_key.into_values().filter(|lines| lines.len() > 1) {
        for &i in &lines {
            line_repeated[i] = true;
        }
        groups.push(lines.iter().map(|&i| seg.lines[i].span).collect());
    }

    // Sentences repeated inside lines that are not themselves whole repeats.
    let mut by_sentence: HashMap<Vec<u64>, Vec<Span>> = HashMap::new();
    for sentence in seg
        .sentences
        .iter()
        .filter(|s| !s.boilerplate && !line_repeated[s.line])
    {
        if sentence.tokens.len() < MIN_TOKENS || sentence.span == seg.lines[sentence.line].span {
            continue;
        }
        let key: Vec<u64> = seg
            .sentence_tokens(sentence)
            .iter()
            .map(|t| t.hash)
            .collect();
        by_sentence.entry(key).or_default().push(sentence.span);
    }
    // A sentence that repeats a whole line elsewhere joins that line's group rather than forming its own.
    groups.extend(by_sentence.into_values().filter(|spans| spans.len() > 1));
    for group in &mut groups {
        group.sort();
    }
    groups.sort();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repeats(text: &str) -> Vec<Vec<&str>> {
        let seg = Segmented::new(text);
        repeated_passages(&seg)
            .into_iter()
            .map(|g| g.into_iter().map(|s| s.of(text)).collect())
            .collect()
    }

    #[test]
    fn repeated_line_despite_nbsp_and_curly_quotes() {
        let text = "Talks in Riyadh \u{2019}ended\u{2019} on a positive note today\n\nBody.\n\nTalks in\u{a0}Riyadh 'ended' on a positive note today";
        assert_eq!(repeats(text).len(), 1);
        assert_eq!(repeats(text)[0].len(), 2);
    }

    #[test]
    fn changed_word_is_not_a_repeat() {
        let text = "Russia will avoid compromises that could threaten lives.\nRussia will avoid compromises that would threaten lives.";
        assert!(repeats(text).is_empty());
    }

    #[test]
    fn short_lines_and_boilerplate_are_ignored() {
        let text = "He said so.\n\nHe said so.\n\nSource link\n\nSource link";
        assert!(repeats(text).is_empty());
    }

    #[test]
    fn repeated_sentence_inside_longer_paragraphs() {
        let text = "The talks lasted nine hours in total. Then they ended.\n\nLater we learned. The talks lasted nine hours in total.";
        assert_eq!(
            repeats(text),
            vec![vec![
                "The talks lasted nine hours in total.",
                "The talks lasted nine hours in total."
            ]]
        );
    }
}
