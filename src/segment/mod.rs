//! Stage 2, segment: text -> [`Segmented`]: lines, paragraphs, sentences and word tokens.
//!
//! Every unit keeps its byte span in the original text. Boilerplate lines (scraper furniture such as
//! "Source link", image credits and bylines) are marked, never removed, so later stages can skip them while
//! positions stay true to the file.

mod boilerplate;
mod sentences;

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::text::{Span, token_hash};

pub use boilerplate::Boilerplate;

/// What kind of word a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit ("30", "2.5", "1,000", "4.2bn").
    Number,
}

/// A word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Bytes in the original text.
    pub span: Span,
    /// [`token_hash`] of the text: equal for tokens whose matching forms are equal.
    pub hash: u64,
    /// Word or number.
    pub kind: TokenKind,
}

/// One line of the text that is not blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Bytes of the line, trimmed of surrounding white space.
    pub span: Span,
    /// 0-based line number in the text.
    pub number: usize,
    /// Why the line is furniture rather than report, if it is.
    pub boilerplate: Option<Boilerplate>,
    /// The line's tokens, as indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
}

/// A block of consecutive non-blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Bytes from the first line's start to the last line's end.
    pub span: Span,
    /// Indices into [`Segmented::lines`].
    pub lines: Range<usize>,
}

/// A sentence. Sentences never cross a line break, because scraped reports put captions, headlines and
/// paragraphs on lines of their own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence, trimmed.
    pub span: Span,
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`Segmented::lines`].
    pub line: usize,
    /// Index into [`Segmented::paragraphs`].
    pub paragraph: usize,
    /// True when the sentence's line is boilerplate.
    pub boilerplate: bool,
}

/// A segmented text. All spans are byte ranges into the text it was built from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Non-blank lines in order.
    pub lines: Vec<Line>,
    /// Blank-line separated blocks in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Word tokens in order.
    pub tokens: Vec<Token>,
}

impl Segmented {
    /// Segments `text`.
    pub fn new(text: &str) -> Self {
        let mut seg = Segmented::default();
        let mut paragraph_start: Option<usize> = None;
        let mut offset = 0;
        for (number, raw) in text.split_inclusive('\n').enumerate() {
            let line_start = offset;
            offset += raw.len();
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                seg.close_paragraph(&mut paragraph_start);
                continue;
            }
            let start = line_start + (raw.len() - raw.trim_start().len());
            let span = Span::new(start, start + trimmed.len());
            let first_token = seg.tokens.len();
            tokenize_into(text, span, &mut seg.tokens);
            paragraph_start.get_or_insert(seg.lines.len());
            seg.lines.push(Line {
                span,
                number,
                boilerplate: None,
                tokens: first_token..seg.tokens.len(),
            });
        }
        seg.close_paragraph(&mut paragraph_start);
        boilerplate::mark(text, &mut seg.lines);
        for (p, paragraph) in seg.paragraphs.iter().enumerate() {
            for l in paragraph.lines.clone() {
                let line = &seg.lines[l];
                for span in sentences::split(text, line.span) {
                    let tokens = token_range(&seg.tokens, line.tokens.clone(), span);
                    seg.sentences.push(Sentence {
                        span,
                        tokens,
                        line: l,
                        paragraph: p,
                        boilerplate: line.boilerplate.is_some(),
                    });
                }
            }
        }
        seg
    }

    fn close_paragraph(&mut self, start: &mut Option<usize>) {
        if let Some(first) = start.take() {
            let last = self.lines.len() - 1;
            let span = self.lines[first].span.cover(self.lines[last].span);
            self.paragraphs.push(Paragraph {
                span,
                lines: first..self.lines.len(),
            });
        }
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// Sentences that are report text rather than boilerplate.
    pub fn content_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        self.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.boilerplate)
    }
}

/// Appends the word tokens of `text[span]` to `out`.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    for (i, word) in span.of(text).split_word_bound_indices() {
        let Some(first) = word.chars().next() else {
            continue;
        };
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        let kind = if first.is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let start = span.start + i;
        out.push(Token {
            span: Span::new(start, start + word.len()),
            hash: token_hash(word),
            kind,
        });
    }
}

/// The word tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, Span::new(0, text.len()), &mut out);
    out
}

fn token_range(tokens: &[Token], within: Range<usize>, span: Span) -> Range<usize> {
    let slice = &tokens[within.clone()];
    let first = within.start + slice.partition_point(|t| t.span.start < span.start);
    let last = within.start + slice.partition_point(|t| t.span.start < span.end);
    first..last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        Segmented::new(text)
            .sentences
            .iter()
            .map(|s| s.span.of(text))
            .collect()
    }

    #[test]
    fn tokens_keep_spans_and_fold_for_hashing() {
        let text = "Lavrov\u{2019}s 30-day\u{a0}truce, $2.5 billion";
        let tokens = tokenize(text);
        let words: Vec<_> = tokens.iter().map(|t| t.span.of(text)).collect();
        assert_eq!(
            words,
            ["Lavrov\u{2019}s", "30", "day", "truce", "2.5", "billion"]
        );
        assert_eq!(tokens[0].hash, token_hash("lavrov's"));
        assert_eq!(tokens[1].kind, TokenKind::Number);
    }

    #[test]
    fn paragraphs_are_blank_line_separated_and_sentences_stay_on_their_line() {
        let text = "Head line\n\nOne. Two.\nCaption line\n\n\nLast.";
        let seg = Segmented::new(text);
        assert_eq!(seg.paragraphs.len(), 3);
        assert_eq!(seg.paragraphs[1].lines, 1..3);
        assert_eq!(
            sentence_texts(text),
            ["Head line", "One.", "Two.", "Caption line", "Last."]
        );
        assert_eq!(seg.sentences[3].line, 2);
        assert_eq!(seg.sentences[4].paragraph, 2);
    }

    #[test]
    fn sentence_tokens_match_sentence_span() {
        let text = "Mr. Smith left. Talks ended at 2.5 p.m. on Tuesday.";
        let seg = Segmented::new(text);
        for s in &seg.sentences {
            for t in seg.sentence_tokens(s) {
                assert!(t.span.start >= s.span.start && t.span.end <= s.span.end);
            }
        }
        let total: usize = seg.sentences.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(total, seg.tokens.len());
    }
}
