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
    if is_byline(line) || is_staff_credit(folded) || is_timestamp_line(folded) {
        return Some(Boilerplate::Byline);
    }
    None
}

/// Openings of the wire services' staff credit, in matching form: "(Reporting by Jane Doe; editing by John
/// Smith)". It names the journalists, not people in the story.
const STAFF_CREDIT_PREFIXES: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "written by",
    "editing by",
    "edited by",
    "compiled by",
    "reported by",
    "reporting and writing by",
];

/// A staff credit line: one of [`STAFF_CREDIT_PREFIXES`], in brackets or not, kept short.
fn is_staff_credit(folded: &str) -> bool {
    let inner = folded.trim_start_matches(['(', '[']).trim_start();
    folded.split_whitespace().count() <= 30
        && STAFF_CREDIT_PREFIXES.iter().any(|p| inner.starts_with(p))
}

/// Separators between a byline's authors and what follows them: "By Jane Doe | Reuters",
/// "By Jane Doe, Staff Writer", "By Jane Doe - Published 6 November".
const BYLINE_SEPARATORS: &[char] = &[
    '|', ',', '\u{2013}', '\u{2014}', '-', '\u{b7}', '/', '\u{2022}',
];

/// "By" and one or more author names ("By Jane Doe and John Smith", "BY JANE DOE"), optionally followed by
/// a separator and a short tail (outlet, role, date), or "in <Place>". The line must stay short and must not
/// read as a sentence: "By the time talks ended, nothing was agreed." starts with a lower-case word after
/// "By" and is kept.
fn is_byline(line: &str) -> bool {
    let line = line.trim();
    let Some(rest) = ["By ", "BY ", "by "]
        .iter()
        .find_map(|p| line.strip_prefix(p))
    else {
        return false;
    };
    if line.split_whitespace().count() > 14
        || line.ends_with(['.', '!', '?']) && !line.ends_with(" Jr.")
    {
        return false;
    }
    let authors = rest
        .split(BYLINE_SEPARATORS)
        .next()
        .unwrap_or(rest)
        .split(" in ")
        .next()
        .unwrap_or(rest);
    let authors = authors.replace(" and ", " , ").replace(" & ", " , ");
    let names: Vec<&str> = authors.split(" , ").map(str::trim).collect();
    !names.is_empty()
        && names.iter().all(|n| {
            let words = n.split_whitespace().count();
            // One capitalised word alone is an outlet or agency byline ("By Reuters"); with a tail it reads
            // as a headline ("By Monday, ceasefire frays"). A person's name is two to four words.
            (words == 1
                && names.len() == 1
                && *n == rest.trim()
                && looks_like_name_line(&format!("{n} {n}")))
                || looks_like_name_line(n)
                || is_upper_name(n)
        })
}

/// An author name in capitals: "JANE DOE".
fn is_upper_name(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '\'' || c == '.')
        })
}

/// A publication timestamp alone on a line: "Published 6 November 2025", "Updated: 14:02 GMT, 12 March".
fn is_timestamp_line(folded: &str) -> bool {
    let Some(rest) = [
        "published",
        "updated",
        "last updated",
        "posted",
        "first published",
    ]
    .iter()
    .find_map(|p| folded.strip_prefix(p)) else {
        return false;
    };
    let rest = rest.trim_start_matches([':', ' ', 'o', 'n']);
    rest.split_whitespace().count() <= 7 && rest.chars().any(|c| c.is_ascii_digit())
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
    fn a_wire_staff_credit_reporting_by_editing_by_is_boilerplate() {
        let text = "Head\n\nThe union said reporting by the press was unfair.\n\n(Reporting by Nina Ross; editing by Rita Gomes)\n\nReporting by Lena Hart in Oslo; Writing by Peter Hale\n\nLast line of the report.";
        let got = marks(text);
        assert_eq!(got[1].1, None);
        assert_eq!(got[2].1, Some(Boilerplate::Byline));
        assert_eq!(got[3].1, Some(Boilerplate::Byline));
    }

    #[test]
    fn subheadings_with_lowercase_words_are_content() {
        let text = "Head\n\nBody one.\n\nUkraine agreed to the US proposal\n\nBody two.\n\nBody three.\n\nBody four.";
        assert!(marks(text).iter().all(|(_, b)| b.is_none()));
    }

    #[test]
    fn by_line() {
        assert_eq!(classify("By Jane Doe"), Some(Boilerplate::Byline));
        for byline in [
            "By Wire Staff | Published 6 November",
            "By Jane Doe and John Smith",
            "By Jane Doe, Staff Writer",
            "By JANE DOE",
            "By Reuters",
            "By Jane Doe in Kyiv",
            "By Ana de la Cruz \u{2014} Updated 14:02 GMT",
            "Published 6 November 2025",
            "Updated: 14:02 GMT, 12 March",
        ] {
            assert_eq!(classify(byline), Some(Boilerplate::Byline), "{byline}");
        }
        for sentence in [
            "By Sunday, the talks had collapsed.",
            "By the end of the day 40 ships were waiting",
            "Published figures show 300 deaths in the region since January, officials said.",
            "By then Lavrov had left",
            "By Monday, ceasefire frays",
        ] {
            assert_eq!(classify(sentence), None, "{sentence}");
        }
        assert_eq!(
            classify("By the time talks ended, nothing was agreed."),
            None
        );
    }
}
