//! The sketching tokenizer: word tokens with their matching hashes, without building a [`Segmented`].
//!
//! It yields exactly the tokens of [`segment::tokenize`] with the same [`token_hash`] values, so that sketches
//! and the rest of the pipeline agree on what a word is. ASCII texts, the bulk of any large corpus, take a
//! byte-level path that applies the ASCII subset of the Unicode word-boundary rules (UAX #29) directly; any
//! other text goes through [`segment::tokenize`] itself.
//!
//! [`Segmented`]: crate::segment::Segmented
//! [`segment::tokenize`]: crate::segment::tokenize

use super::wordhash::{Case, short_word_hash};
use crate::segment;
use crate::text::token_hash;

/// A word token as the sketch stage sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SketchToken {
    /// [`token_hash`] of the token.
    pub hash: u64,
    /// First byte in the text.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Starts with a letter (not a digit or `_`).
    pub alphabetic: bool,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
    /// The first token of its sentence: nothing but white space, quotes or brackets between it and the start
    /// of the text, a line break, or sentence-final punctuation.
    pub sentence_initial: bool,
}

/// Calls `each` for every word token of `text`, in order.
///
/// Offsets are stored as `u32`; texts of 4 GiB or more are not reports and are cut there.
pub fn for_each_token(text: &str, mut each: impl FnMut(SketchToken)) {
    let text = cut_to_u32(text);
    if text.is_ascii() {
        ascii_tokens(text.as_bytes(), &mut each);
    } else {
        for token in segment::tokenize(text) {
            let (start, end) = (token.span.start, token.span.end);
            let first = text[start..end].chars().next().unwrap_or(' ');
            each(SketchToken {
                hash: token.hash,
                start: start as u32,
                end: end as u32,
                alphabetic: first.is_alphabetic(),
                capitalised: first.is_uppercase(),
                sentence_initial: sentence_initial(text[..start].chars().rev()),
            });
        }
    }
}

pub(super) fn cut_to_u32(text: &str) -> &str {
    if text.len() < u32::MAX as usize {
        return text;
    }
    let mut end = u32::MAX as usize - 1;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// True when the characters before a token (given nearest first) start a sentence.
fn sentence_initial(mut before: impl Iterator<Item = char>) -> bool {
    loop {
        match before.next() {
            None | Some('\n' | '.' | '!' | '?' | ':' | '\u{2026}') => return true,
            Some(c) if c.is_whitespace() || is_opening(c) => continue,
            Some(_) => return false,
        }
    }
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '-'
            | '\u{2018}'
            | '\u{201C}'
            | '\u{00AB}'
            | '\u{2013}'
            | '\u{2014}'
    )
}

/// Byte flags of the ASCII word-boundary rules, one table lookup per byte.
mod flag {
    /// ALetter: A-Z, a-z.
    pub const LETTER: u8 = 1;
    /// Numeric: 0-9.
    pub const DIGIT: u8 = 2;
    /// ExtendNumLet: `_`.
    pub const CONNECTOR: u8 = 4;
    /// A-Z.
    pub const UPPER: u8 = 8;
    /// Joins two letters: MidLetter `:`, MidNumLet `.`, Single_Quote `'`.
    pub const JOINS_LETTERS: u8 = 16;
    /// Joins two digits: MidNum `,` `;`, MidNumLet `.`, Single_Quote `'`.
    pub const JOINS_DIGITS: u8 = 32;
    /// Ends a sentence (or a line) for the name rule.
    pub const SENTENCE_END: u8 = 64;
    /// Neither ends a sentence nor starts one: white space, quotes, brackets, dashes.
    pub const NEUTRAL: u8 = 128;
    /// Part of a word.
    pub const WORD: u8 = LETTER | DIGIT | CONNECTOR;
}

const fn flags_of(b: u8) -> u8 {
    use flag::*;
    let mut f = match b {
        b'a'..=b'z' => LETTER,
        b'A'..=b'Z' => LETTER | UPPER,
        b'0'..=b'9' => DIGIT,
        b'_' => CONNECTOR,
        b':' => JOINS_LETTERS,
        b'.' | b'\'' => JOINS_LETTERS | JOINS_DIGITS,
        b',' | b';' => JOINS_DIGITS,
        _ => 0,
    };
    if matches!(b, b'\n' | b'.' | b'!' | b'?' | b':') {
        f |= SENTENCE_END;
    }
    if matches!(b, b' ' | b'\t' | b'\r' | b'"' | b'\'' | b'(' | b'[' | b'-') {
        f |= NEUTRAL;
    }
    f
}

static FLAGS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = flags_of(b as u8);
        b += 1;
    }
    table
};

/// The ASCII word segmentation: a word runs over letters, digits and `_`, and across one `:`, `.` or `'`
/// between two letters (WB6/7), or one `,`, `;`, `.` or `'` between two digits (WB11/12).
fn ascii_tokens(bytes: &[u8], each: &mut impl FnMut(SketchToken)) {
    for token in AsciiTokens::new(bytes) {
        each(token);
    }
}

/// The tokens of an ASCII text, as an iterator whose state a caller's loop can keep in registers.
pub(super) struct AsciiTokens<'t> {
    bytes: &'t [u8],
    at: usize,
    /// Whether the text since the last token (or the start) ends a sentence.
    at_sentence_start: bool,
}

impl<'t> AsciiTokens<'t> {
    /// The tokens of `bytes`, which must be ASCII and shorter than 4 GiB.
    pub(super) fn new(bytes: &'t [u8]) -> Self {
        debug_assert!(bytes.is_ascii() && bytes.len() < u32::MAX as usize);
        AsciiTokens {
            bytes,
            at: 0,
            at_sentence_start: true,
        }
    }
}

impl Iterator for AsciiTokens<'_> {
    type Item = SketchToken;

    // Inlined into each caller's loop, so that the scanner's state never leaves registers.
    #[inline(always)]
    fn next(&mut self) -> Option<SketchToken> {
        use flag::*;
        let bytes = self.bytes;
        let n = bytes.len();
        let at = |i: usize| FLAGS[bytes[i] as usize];
        let mut i = self.at;
        while i < n {
            let first = at(i);
            if first & WORD == 0 {
                // Without branches: which of the three a byte is is as good as random to a predictor.
                self.at_sentence_start =
                    (first & SENTENCE_END != 0) | (self.at_sentence_start & (first & NEUTRAL != 0));
                i += 1;
                continue;
            }
            let start = i;
            let mut underscore = false;
            loop {
                i += letter_digit_run(bytes, i);
                // Nearly every word ends at a byte that neither joins nor is `_` (a space): one test settles
                // it, so that the rare `_` costs the common word nothing.
                if i >= n || at(i) & (JOINS_LETTERS | JOINS_DIGITS | CONNECTOR) == 0 {
                    break;
                }
                if at(i) & CONNECTOR != 0 {
                    underscore = true;
                    i += 1;
                    continue;
                }
                if i + 1 >= n {
                    break;
                }
                let (before, mid, after) = (at(i - 1), at(i), at(i + 1));
                let joins =
                    (mid & JOINS_LETTERS != 0 && before & LETTER != 0 && after & LETTER != 0)
                        || (mid & JOINS_DIGITS != 0 && before & DIGIT != 0 && after & DIGIT != 0);
                if !joins {
                    break;
                }
                i += 1;
            }
            let hash = if underscore {
                // `_` is a word character that bit 5 would change, and a run of it alone is no word.
                let seen = bytes[start..i]
                    .iter()
                    .fold(0, |s, &b| s | FLAGS[b as usize]);
                if seen & (LETTER | DIGIT) == 0 {
                    continue;
                }
                let case = (seen & UPPER == 0).then_some(Case::AsIs);
                case.and_then(|case| short_word_hash(bytes, start, i, case))
                    .unwrap_or_else(|| word_hash(&bytes[start..i], seen & UPPER != 0))
            } else {
                short_word_hash(bytes, start, i, Case::SetBit5)
                    .unwrap_or_else(|| word_hash(&bytes[start..i], true))
            };
            let token = SketchToken {
                hash,
                start: start as u32,
                end: i as u32,
                alphabetic: first & LETTER != 0,
                capitalised: first & UPPER != 0,
                sentence_initial: self.at_sentence_start,
            };
            // The byte that ended the word is no word byte; taking it here saves the loop above a round
            // for the one space that follows nearly every word.
            self.at_sentence_start = i < n && at(i) & SENTENCE_END != 0;
            self.at = (i + 1).min(n);
            return Some(token);
        }
        self.at = n;
        None
    }
}

/// Eight bytes with the high bit of each byte that is a letter or a digit set, for bytes below 0x80. Each range
/// test adds or subtracts a constant below 0x80 from each byte, so no carry or borrow crosses into the next
/// byte.
#[inline(always)]
fn letter_digit_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // High bit set where the byte is at least `lo`, and where it is at most `hi`.
    let at_least = |x: u64, lo: u8| x.wrapping_add(ONES * u64::from(0x80 - lo));
    let at_most = |x: u64, hi: u8| (ONES * u64::from(0x80 + hi)).wrapping_sub(x);
    let lower = x | (ONES * 0x20);
    let letter = at_least(lower, b'a') & at_most(lower, b'z');
    let digit = at_least(x, b'0') & at_most(x, b'9');
    (letter | digit) & HIGH
}

/// The length of the run of letters and digits at `i`. Eight bytes are classified at a time; the last few of
/// the text one by one. A `_` ends the run: the caller takes it, and the run after it, as part of the word.
#[inline(always)]
fn letter_digit_run(bytes: &[u8], i: usize) -> usize {
    let mut at = i;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let stop = !letter_digit_bytes(x) & 0x8080_8080_8080_8080;
        if stop != 0 {
            return at - i + (stop.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < bytes.len() && FLAGS[bytes[at] as usize] & (flag::LETTER | flag::DIGIT) != 0 {
        at += 1;
    }
    at - i
}

/// [`token_hash`] of an ASCII word that [`short_word_hash`] does not take: longer than 16 bytes, or with
/// both `_` and upper-case letters.
#[cold]
fn word_hash(word: &[u8], upper: bool) -> u64 {
    if !upper {
        return xxhash_rust::xxh3::xxh3_64(word);
    }
    let mut buf = [0u8; 64];
    if word.len() > buf.len() {
        // Long tokens are rare; the library path is correct for them.
        return token_hash(std::str::from_utf8(word).unwrap_or_default());
    }
    let lower = &mut buf[..word.len()];
    for (dst, &src) in lower.iter_mut().zip(word) {
        *dst = src.to_ascii_lowercase();
    }
    xxhash_rust::xxh3::xxh3_64(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tokens(text: &str) -> Vec<SketchToken> {
        let mut out = Vec::new();
        for_each_token(text, |t| out.push(t));
        out
    }

    fn library_tokens(text: &str) -> Vec<(u64, u32, u32)> {
        segment::tokenize(text)
            .iter()
            .map(|t| (t.hash, t.span.start as u32, t.span.end as u32))
            .collect()
    }

    fn fast_tokens(text: &str) -> Vec<(u64, u32, u32)> {
        tokens(text)
            .iter()
            .map(|t| (t.hash, t.start, t.end))
            .collect()
    }

    #[test]
    fn ascii_rules_match_word_boundaries_on_tricky_cases() {
        for text in [
            "U.S. talks, 2.5 billion; 1,000 people can't e.g. a:b 4bn _x_ __ x_1",
            "He said: \"Stop.\" (Then) 3,5,7 a1.b 1.a a'b 1'2 end.",
            "trailing dot. and comma, x",
        ] {
            assert_eq!(fast_tokens(text), library_tokens(text), "{text}");
        }
    }

    #[test]
    fn marks_sentence_initial_and_capitalised_tokens() {
        let flags: Vec<(bool, bool)> = tokens("Talks in Riyadh. \"Lavrov said\" NATO\nNext")
            .iter()
            .map(|t| (t.capitalised, t.sentence_initial))
            .collect();
        assert_eq!(
            flags,
            [
                (true, true),
                (false, false),
                (true, false),
                (true, true),
                (false, false),
                (true, false),
                (true, true)
            ]
        );
    }

    #[test]
    fn non_ascii_text_takes_the_library_path_with_the_same_flags() {
        let text = "Talks in Riyadh. \u{201C}Ławrow said\u{201D} NATO";
        let flags: Vec<(bool, bool)> = tokens(text)
            .iter()
            .map(|t| (t.capitalised, t.sentence_initial))
            .collect();
        assert_eq!(
            flags,
            [
                (true, true),
                (false, false),
                (true, false),
                (true, true),
                (false, false),
                (true, false)
            ]
        );
        assert_eq!(fast_tokens(text), library_tokens(text));
    }

    proptest! {
        #[test]
        fn fast_path_gives_the_library_tokens_and_hashes(s in "[a-zA-Z0-9_.,;:'\" \n!?()-]{0,60}") {
            prop_assert_eq!(fast_tokens(&s), library_tokens(&s));
        }

        #[test]
        fn fast_path_matches_on_any_ascii(s in "[ -~\n\t]{0,80}") {
            prop_assert_eq!(fast_tokens(&s), library_tokens(&s));
        }
    }
}
