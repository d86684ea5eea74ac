//! Sentence boundaries within one line.
//!
//! A boundary is a `.`, `!`, `?` or `…`, with any closing quotes or brackets, followed by white space and a
//! word that may start a sentence. It is not a boundary after a known abbreviation ("Mr.", "Sen.", "No. 10"),
//! after an initial ("John F. Kennedy", "U.S."), or inside a quotation that closes later on the same line,
//! so a quoted statement stays whole with its attribution.

use crate::text::Span;

/// Abbreviations that never end a sentence: titles and other words that are followed by a name or a number.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cpt", "cmdr", "adm", "maj", "pres", "rev", "hon", "st", "mt", "ft", "fr", "sr", "jr", "messrs",
    "mme", "mlle", "hr", "dipl", "ing", "insp", "supt", "det", "cpl", "pvt", "amb", "sec", "atty",
    "supt", "vs", "v", "approx", "ca", "cf", "e.g", "i.e", "etc", "inc", "ltd", "co", "corp",
    "bros", "dept", "univ", "assn", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "vol", "fig", "ch", "sect", "art", "para", "pp", "p",
];

/// Abbreviations that are followed by a number ("No. 10", "Art. 5") and end a sentence otherwise.
#[rustfmt::skip]
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "nr", "art", "para", "vol", "fig", "p", "pp", "ch", "sect",
    // Currency abbreviations: "Rs. 500".
    "rs",
];

/// Words that, capitalised after a dotted acronym ("U.S. The"), show that the acronym ended the sentence.
#[rustfmt::skip]
const SENTENCE_STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "but",
    "and", "in", "on", "at", "after", "before", "meanwhile", "however", "his", "her", "their",
    "its", "there", "according",
];

/// Splits `text[line]` into trimmed sentence spans, in time linear in the line's length.
pub(super) fn split(text: &str, line: Span) -> Vec<Span> {
    let s = line.of(text);
    let quoted = quoted_regions(s);
    let mut next_region = 0;
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take the whole run of terminators and closing punctuation: "?!", "...", ".”", ".)".
        let mut single_period = c == '.';
        while let Some(&(_, next)) = chars.peek() {
            if !matches!(next, '.' | '!' | '?' | '…') {
                break;
            }
            single_period = false;
            chars.next();
        }
        while chars.peek().is_some_and(|&(_, next)| is_closer(next)) {
            chars.next();
        }
        let end = chars.peek().map_or(s.len(), |&(b, _)| b);
        if chars.peek().is_some_and(|&(_, next)| !next.is_whitespace()) {
            continue;
        }
        let next_word = next_word(&s[end..]);
        // Regions are sorted and disjoint, so one forward pointer finds the region around `at`.
        while next_region < quoted.len() && quoted[next_region].end <= end {
            next_region += 1;
        }
        let inside_quote = quoted
            .get(next_region)
            .is_some_and(|r| r.start < at && end < r.end);
        if single_period && is_abbreviation(&s[start..at], next_word) {
            continue;
        }
        if inside_quote || !may_start_sentence(next_word) {
            continue;
        }
        push_trimmed(s, line.start, start, end, &mut out);
        start = end;
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
    // Only the first few characters matter; never scan a huge unbroken run to its end.
    let end = rest
        .char_indices()
        .take(64)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(
            || rest.char_indices().nth(64).map_or(rest.len(), |(i, _)| i),
            |(i, _)| i,
        );
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
    // Only the last word before the period matters; a bounded tail keeps a huge unbroken run cheap.
    let tail_start = before.char_indices().rev().nth(32).map_or(0, |(i, _)| i);
    let before = &before[tail_start..];
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
    // "Ma. Cristina Dela Peña" (María, in Filipino copy), "Wm. Thompson": an abbreviated given name before a
    // name. "Ma" is also a Chinese family name that may end a sentence, so a word that usually opens one
    // ("The", "He") after it says it did.
    // Every abbreviation is four letters or fewer: a longer word is not looked up, on this hot path.
    if word.starts_with(char::is_uppercase)
        && word.chars().count() <= 4
        && crate::resolve::matcher::given_name_abbreviation(&format!("{word}.")).is_some()
    {
        let next = next_word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        return next_word.starts_with(char::is_uppercase)
            && !SENTENCE_STARTERS.contains(&next.as_str());
    }
    // A clock's "a.m." or "p.m." runs on into a day or a zone ("9 a.m. Monday", "a.m. GMT"); any other
    // capitalised word after it opens a sentence ("at about 4:30 a.m. Thirty-one were rescued").
    if matches!(lower.as_str(), "a.m" | "p.m") {
        let next = next_word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        return !next_word.starts_with(char::is_uppercase) || clock_runs_on(&next);
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

/// Whether a capitalised word after "a.m." or "p.m." still belongs to the time: a weekday, a month, or a time
/// zone.
fn clock_runs_on(word: &str) -> bool {
    #[rustfmt::skip]
    const ZONES: &[&str] = &[
        "gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
        "et", "pt", "ist", "jst", "eastern", "central", "pacific", "mountain", "local",
    ];
    ZONES.contains(&word)
        || crate::extract::weekday_number(word).is_some()
        || crate::extract::month_number(word).is_some()
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
    fn an_abbreviated_given_name_is_no_sentence_end_but_a_surname_may_be() {
        assert_eq!(
            sentences("They travelled with their teacher, Ma. Cristina Dela Pena. All survived."),
            [
                "They travelled with their teacher, Ma. Cristina Dela Pena.",
                "All survived."
            ]
        );
        // "Ma" the family name ends its sentence before a word that opens one.
        assert_eq!(
            sentences("The contract was signed by Ma. The deal runs to 2030."),
            ["The contract was signed by Ma.", "The deal runs to 2030."]
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
    fn a_clock_time_ends_a_sentence_before_a_capitalised_word() {
        let text = "The boat capsized at about 4:30 a.m. Thirty-one were rescued.";
        assert_eq!(
            sentences(text),
            [
                "The boat capsized at about 4:30 a.m.",
                "Thirty-one were rescued."
            ]
        );
        // Control: a day or a zone after the time is the time's.
        for text in [
            "The polls open at 7 a.m. Monday in the capital.",
            "It struck at 2 p.m. GMT on Friday.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
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

#[cfg(test)]
mod scale_tests {
    use super::*;

    /// Regression: a 50 MB single-line report used to collect every character and rescan quote regions at
    /// every period. Many quotes and periods on one line must stay linear (this runs in milliseconds).
    #[test]
    fn long_line_with_many_quotes_and_periods() {
        let line = "He said \"Yes. No.\" Then more. ".repeat(20_000);
        let spans = split(&line, Span::new(0, line.len()));
        assert_eq!(
            spans.len(),
            40_000,
            "each repeat is `He said \"Yes. No.\"` and `Then more.`"
        );
        let unbroken = "a.".repeat(100_000);
        assert_eq!(split(&unbroken, Span::new(0, unbroken.len())).len(), 1);
    }
}
