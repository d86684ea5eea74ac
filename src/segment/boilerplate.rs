//! Marks scraper furniture: navigation labels, image credits, bylines.
//!
//! The rules look at a whole line: a label must be the entire line ("Admin", "Source link"), a credit must
//! start the line ("Images source: ..."), and a byline is a short run of capitalised words with no sentence
//! punctuation that sits next to a credit or at the edges of the report. A sentence that merely contains one of
//! these words is never marked.

use crate::text::fold;

use super::Line;

/// Why a line is boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boilerplate {
    /// A navigation or sharing label alone on a line: "Source link", "Related content", "Advertisement", "Admin".
    Label,
    /// An image or photo credit: "Images source: ...", "Photo: ...", "© Getty Images".
    Credit,
    /// A byline: "By Jane Doe", or a bare author name beside a credit or at the report's edge.
    Byline,
}

/// Whole-line labels, in matching form.
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "source link", "source", "related content", "related", "related articles", "related stories",
    "related news", "read more", "read also", "see also", "more on this story", "advertisement",
    "advert", "sponsored", "sponsored content", "admin", "share", "share this",
    "share this article", "share on facebook", "share on twitter", "subscribe", "sign up",
    "comments", "leave a comment", "follow us", "click here", "skip to content", "listen",
    "listen to this article", "print", "email", "top stories", "most read", "trending",
    "recommended",
];

/// Line prefixes of credits, in matching form.
#[rustfmt::skip]
const CREDIT_PREFIXES: &[&str] = &[
    "images source:", "image source:", "images source :", "image:", "images:", "photo:", "photos:",
    "photo credit:", "picture:", "pictures:", "image credit:", "credit:", "source:", "©", "(c) ",
    "copyright ", "all rights reserved", "read more:", "read also:", "see also:", "related:",
];

pub(super) fn mark(text: &str, lines: &mut [Line]) {
    for line in lines.iter_mut() {
        line.boilerplate = classify(line.span.of(text));
    }
    // Bare author names: only beside a credit, or as the first or last lines of the report.
    let n = lines.len();
    for i in 0..n {
        if lines[i].boilerplate.is_some() || !looks_like_name_line(lines[i].span.of(text)) {
            continue;
        }
        let after_credit = i > 0 && lines[i - 1].boilerplate == Some(Boilerplate::Credit);
        let before_credit = lines
            .get(i + 1)
            .is_some_and(|l| l.boilerplate == Some(Boilerplate::Credit));
        let at_edge = (i > 0 && i <= 2) || i + 2 >= n;
        if after_credit || before_credit || at_edge && i != 0 {
            lines[i].boilerplate = Some(Boilerplate::Byline);
        }
    }
}

fn classify(line: &str) -> Option<Boilerplate> {
    let folded = fold(line);
    let folded = folded
        .trim()
        .trim_end_matches([':', '.', '|', '>', '»'])
        .trim();
    if LABELS.contains(&folded) {
        return Some(Boilerplate::Label);
    }
    if CREDIT_PREFIXES.iter().any(|p| folded.starts_with(p)) {
        return Some(Boilerplate::Credit);
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() >= 2
        && words.len() <= 5
        && matches!(words[0], "By" | "BY" | "by")
        && looks_like_name_line(&line[3..])
    {
        return Some(Boilerplate::Byline);
    }
    None
}

/// Two to four capitalised words and nothing else: "Katarzyna Kalus", "Jane van Doe".
fn looks_like_name_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    let particles = [
        "van", "von", "de", "da", "del", "der", "al", "bin", "la", "le",
    ];
    words.iter().all(|w| {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.');
        letters && (capital || particles.contains(w))
    }) && words
        .iter()
        .any(|w| w.chars().skip(1).any(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmented;

    fn marks(text: &str) -> Vec<(String, Option<Boilerplate>)> {
        Segmented::new(text)
            .lines
            .iter()
            .map(|l| (l.span.of(text).to_string(), l.boilerplate))
            .collect()
    }

    #[test]
    fn labels_must_be_the_whole_line() {
        let text = "Headline here\n\nAdmin\n\nThe admin said the source link was broken.\n\nSource link\nRelated content";
        let got = marks(text);
        assert_eq!(got[1].1, Some(Boilerplate::Label));
        assert_eq!(got[2].1, None);
        assert_eq!(got[3].1, Some(Boilerplate::Label));
        assert_eq!(got[4].1, Some(Boilerplate::Label));
    }

    #[test]
    fn credit_and_the_name_beside_it() {
        let text = "Head\n\nBody sentence one is here.\nImages source: \u{a9} Getty Images | Contributor#1\nKatarzyna Kalus\n\nMore body text follows here.\n\nEnd of the report text.";
        let got = marks(text);
        assert_eq!(got[2].1, Some(Boilerplate::Credit));
        assert_eq!(got[3].1, Some(Boilerplate::Byline));
        assert_eq!(got[1].1, None);
    }

    #[test]
    fn subheadings_with_lowercase_words_are_content() {
        let text = "Head\n\nBody one.\n\nUkraine agreed to the US proposal\n\nBody two.\n\nBody three.\n\nBody four.";
        assert!(marks(text).iter().all(|(_, b)| b.is_none()));
    }

    #[test]
    fn by_line() {
        assert_eq!(classify("By Jane Doe"), Some(Boilerplate::Byline));
        assert_eq!(
            classify("By the time talks ended, nothing was agreed."),
            None
        );
    }
}
