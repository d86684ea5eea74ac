//! Sentence boundaries within one line.
//!
//! A boundary is a `.`, `!`, `?` or `…`, with any closing quotes or brackets, followed by white space and a
//! word that may start a sentence. It is not a boundary after a known abbreviation ("Mr.", "Sen.", "No. 10"),
//! after an initial ("John F. Kennedy", "U.S."), or inside a quotation that closes later on the same line,
//! so a quoted statement stays whole with its attribution.

use crate::text::Span;

/// Abbreviations that never end a sentence: titles and other words that are followed by a name or a number.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cpt", "cmdr", "adm", "maj", "pres", "rev", "hon", "st", "mt", "ft", "fr", "sr", "jr",
    "messrs", "mme", "mlle", "hr", "dipl", "ing", "insp", "supt", "det", "cpl", "pvt", "amb",
    "sec", "atty", "supt", "vs", "v", "approx", "ca", "cf", "e.g", "i.e", "etc", "inc", "ltd",
    "co", "corp", "bros", "dept", "univ", "assn", "est", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
    "sat", "sun", "vol", "fig", "ch", "sect", "art", "para", "pp", "p",
];

/// Abbreviations that are followed by a number ("No. 10", "Art. 5") and end a sentence otherwise.
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "nr", "art", "para", "vol", "fig", "p", "pp", "ch", "sect",
];

/// Words that, capitalised after a dotted acronym ("U.S. The"), show that the acronym ended the sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "in",
    "on",
    "at",
    "after",
    "before",
    "meanwhile",
    "however",
    "his",
    "her",
    "their",
    "its",
    "there",
    "according",
];

/// Splits `text[line]` into trimmed sentence spans.
pub(super) fn split(text: &str, line: Span) -> Vec<Span> {
    let s = line.of(text);
    let quoted = quoted_regions(s);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // Take the whole run of terminators and closing punctuation: "?!", "...", ".”", ".)".
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |&(b, _)| b);
        if j < chars.len() && !chars[j].1.is_whitespace() {
            i = j.max(i + 1);
            continue;
        }
        let next_word = next_word(&s[end..]);
        let inside_quote = quoted.iter().any(|r| r.start < at && end < r.end);
        if c == '.' && j == i + 1 && is_abbreviation(&s[start..at], next_word) {
            i = j;
            continue;
        }
        if inside_quote || !may_start_sentence(next_word) {
            i = j;
            continue;
        }
        push_trimmed(s, line.start, start, end, &mut out);
        start = end;
        i = j;
    }
    push_trimmed(s, line.start, start, s.len(), &mut out);
    out
}

fn push_trimmed(s: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(
            base + start + lead,
            base + start + lead + trimmed.len(),
        ));
    }
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '“'
    )
}

fn next_word(rest: &str) -> &str {
    let rest = rest.trim_start();
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// True when `word` can open a sentence: a capital, a digit, an opening quote or bracket, a dash bullet, or
/// nothing at all (end of line).
fn may_start_sentence(word: &str) -> bool {
    match word.chars().next() {
        None => true,
        Some(c) => c.is_uppercase() || c.is_numeric() || "\"'“‘„«(–—-[".contains(c),
    }
}

/// Whether the text before a `.` ends in an abbreviation, given the word after the `.`.
fn is_abbreviation(before: &str, next_word: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || "(\"“‘'[".contains(c))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next_is_number = next_word.chars().next().is_some_and(|c| c.is_ascii_digit());
    if BEFORE_NUMBER.contains(&lower.as_str()) {
        return next_is_number;
    }
    if TITLES.contains(&lower.as_str()) {
        return true;
    }
    // An initial ("F." in "John F. Kennedy") or the last letter of a dotted acronym ("U.S.").
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    let dotted = word.contains('.');
    if letters.len() == 1 && letters[0].is_uppercase()
        || dotted && letters.iter().all(|c| c.is_alphabetic())
    {
        let starter = next_word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // A dotted acronym can end a sentence; a capitalised common word after it says it did.
        return !(dotted && SENTENCE_STARTERS.contains(&starter.as_str()));
    }
    false
}

/// Byte ranges of balanced quotations on the line, from opening to closing mark.
fn quoted_regions(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut regions = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        match (open, c) {
            (None, '“' | '„' | '«') => open = Some((i, c)),
            (None, '"') => {
                let prev = i.checked_sub(1).map(|p| bytes[p]);
                if prev.is_none_or(|b| b.is_ascii_whitespace() || b"([-".contains(&b)) {
                    open = Some((i, c));
                }
            }
            (Some((start, opener)), _) if closes(opener, c) => {
                regions.push(start..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    regions
}

fn closes(opener: char, c: char) -> bool {
    match opener {
        '“' => c == '”',
        '„' => c == '“' || c == '”',
        '«' => c == '»',
        '"' => c == '"',
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(s: &str) -> Vec<&str> {
        split(s, Span::new(0, s.len()))
            .into_iter()
            .map(|sp| sp.of(s))
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("One thing. Another thing! A third? Yes."),
            ["One thing.", "Another thing!", "A third?", "Yes."]
        );
    }

    #[test]
    fn keeps_titles_and_initials() {
        assert_eq!(
            sentences("Mr. Smith met Sen. Jones and John F. Kennedy Jr. in Boston. Then left."),
            [
                "Mr. Smith met Sen. Jones and John F. Kennedy Jr. in Boston.",
                "Then left."
            ]
        );
    }

    #[test]
    fn keeps_numbered_abbreviation_before_a_number() {
        assert_eq!(
            sentences("He lives at No. 10 Downing Street. It is old."),
            ["He lives at No. 10 Downing Street.", "It is old."]
        );
        assert_eq!(
            sentences("The answer was no. Then he left."),
            ["The answer was no.", "Then he left."]
        );
    }

    #[test]
    fn dotted_acronym_ends_a_sentence_only_before_a_starter() {
        assert_eq!(
            sentences("Talks with the U.S. State Department went on."),
            ["Talks with the U.S. State Department went on."]
        );
        assert_eq!(
            sentences("He flew to the U.S. The talks began."),
            ["He flew to the U.S.", "The talks began."]
        );
    }

    #[test]
    fn keeps_decimals() {
        assert_eq!(
            sentences("It cost $2.5 billion. Fine."),
            ["It cost $2.5 billion.", "Fine."]
        );
    }

    #[test]
    fn keeps_quotation_with_its_attribution() {
        let s = "\u{201C}Any deployment won\u{2019}t change it. This is unacceptable,\u{201D} Lavrov stated. Next.";
        assert_eq!(
            sentences(s),
            [
                "\u{201C}Any deployment won\u{2019}t change it. This is unacceptable,\u{201D} Lavrov stated.",
                "Next."
            ]
        );
    }

    #[test]
    fn closing_quote_after_terminator_stays_with_sentence() {
        let s = "Rubio called it \u{201C}the first step.\u{201D} Talks go on.";
        assert_eq!(
            sentences(s),
            [
                "Rubio called it \u{201C}the first step.\u{201D}",
                "Talks go on."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_is_not_a_boundary() {
        assert_eq!(
            sentences("At 5 p.m. local time it ended."),
            ["At 5 p.m. local time it ended."]
        );
    }
}
