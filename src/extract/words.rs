//! One sentence seen as words: each word's original text, its matching form, and the text between words.
//!
//! The fact extractors (numbers, dates, quotations, roles) scan these words rather than running patterns over
//! raw text, so every pass is linear in the sentence and every span they report starts and ends on a token
//! boundary of the original text.

use crate::segment::{Segmented, TokenKind};
use std::borrow::Cow;

use crate::text::{Span, fold_cow};

/// A word token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Word<'t> {
    /// Bytes of the word in the original text, a trailing possessive ("'s", "’s") excluded.
    pub span: Span,
    /// The original text of `span`.
    pub raw: &'t str,
    /// Matching form of `raw` (folded, lower case); borrowed from the text when `raw` is already in it.
    pub lower: Cow<'t, str>,
    /// The token starts with a digit.
    pub number: bool,
    /// The word starts with an upper-case letter.
    pub capitalised: bool,
    /// The token ended in a possessive "'s" that `span` leaves out.
    pub possessive: bool,
    /// Where the token ends, possessive included.
    pub token_end: usize,
}

/// The words of one sentence, with access to the text around them.
#[derive(Clone, Debug)]
pub(crate) struct Words<'t> {
    /// The whole document text.
    pub text: &'t str,
    /// Index into [`Segmented::sentences`].
    pub sentence: usize,
    /// Bytes of the sentence.
    pub span: Span,
    /// The sentence's words in order.
    pub words: Vec<Word<'t>>,
}

impl<'t> Words<'t> {
    /// The words of sentence `sentence` of `seg`.
    pub fn new(text: &'t str, seg: &Segmented, sentence: usize) -> Self {
        let s = &seg.sentences[sentence];
        let words = seg
            .sentence_tokens(s)
            .iter()
            .map(|t| {
                let token = t.span.of(text);
                let stem = strip_possessive(token);
                let span = Span::new(t.span.start, t.span.start + stem.len());
                Word {
                    span,
                    raw: stem,
                    lower: fold_cow(stem),
                    number: t.kind == TokenKind::Number,
                    capitalised: stem.chars().next().is_some_and(char::is_uppercase),
                    possessive: stem.len() < token.len(),
                    token_end: t.span.end,
                }
            })
            .collect();
        Words {
            text,
            sentence,
            span: s.span,
            words,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The matching form of word `i`, or "" past either end.
    pub fn lower(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_ref())
    }

    /// Whether word `i` exists and its matching form is `word`.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    /// Text between the end of word `i - 1` (or the sentence start) and the start of word `i` (or the
    /// sentence end when `i == len`).
    pub fn gap_before(&self, i: usize) -> &'t str {
        let from = match i.checked_sub(1).and_then(|p| self.words.get(p)) {
            Some(w) => w.token_end,
            None => self.span.start,
        };
        let to = self.words.get(i).map_or(self.span.end, |w| w.span.start);
        self.text.get(from..to.max(from)).unwrap_or("")
    }

    /// Text between word `i` and the next word (or the sentence end).
    pub fn gap_after(&self, i: usize) -> &'t str {
        self.gap_before(i + 1)
    }

    /// True when only white space separates word `i - 1` and word `i` (and no possessive ends word `i - 1`).
    pub fn joined_by_space(&self, i: usize) -> bool {
        i > 0
            && i < self.len()
            && !self.words[i - 1].possessive
            && self.gap_before(i).chars().all(char::is_whitespace)
    }

    /// A span from the start of word `first` to the end of word `last` (possessive excluded).
    pub fn cover(&self, first: usize, last: usize) -> Span {
        Span::new(self.words[first].span.start, self.words[last].span.end)
    }
}

/// The first word after a wire dateline ("SANTIAGO, May 6 -", "KYIV (Reuters) -"), or 0 when there is none.
pub(crate) fn dateline_end(w: &Words) -> usize {
    let city_in_capitals = w.words.first().is_some_and(|x| {
        x.raw.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !x.raw.chars().any(char::is_lowercase)
    });
    if !city_in_capitals {
        return 0;
    }
    (1..w.len().min(8))
        .find(|&k| {
            let gap = w.gap_before(k);
            gap.chars().any(is_dash) && gap.chars().any(char::is_whitespace)
        })
        .unwrap_or(0)
}

/// `token` without a trailing "'s" or "’s".
fn strip_possessive(token: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = token.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    token
}

/// True for the dashes and hyphens that join or separate words.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
    )
}

/// The gap holds a hyphen and nothing else ("30-day").
pub(crate) fn is_hyphen_gap(gap: &str) -> bool {
    let mut chars = gap.chars();
    chars.next().is_some_and(is_dash) && chars.next().is_none()
}

/// The gap holds a clause break: a comma, semicolon, colon, bracket or a free-standing dash.
pub(crate) fn is_clause_gap(gap: &str) -> bool {
    gap.chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?'))
        || (gap.chars().any(is_dash) && gap.chars().any(char::is_whitespace))
        || gap.chars().any(is_quote_mark)
}

/// Quotation marks of every style the extractors know.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_strip_possessives_and_expose_gaps() {
        let text = "Lavrov\u{2019}s 30-day truce, he said.";
        let seg = Segmented::new(text);
        let w = Words::new(text, &seg, 0);
        assert_eq!(w.words[0].raw, "Lavrov");
        assert!(w.words[0].possessive);
        assert_eq!(w.gap_before(2), "-");
        assert!(is_hyphen_gap(w.gap_before(2)));
        assert!(is_clause_gap(w.gap_after(3)));
        assert!(w.joined_by_space(5));
        assert!(!w.joined_by_space(1), "a possessive does not join words");
        assert_eq!(w.gap_after(5), ".");
        assert_eq!(w.lower(99), "");
    }
}
