//! The sketching tokenizer: word tokens with their matching hashes, without building a [`Segmented`].
//!
//! It yields exactly the tokens of [`segment::tokenize`] with the same [`token_hash`] values, so that sketches
//! and the rest of the pipeline agree on what a word is. ASCII texts, the bulk of any large corpus, take a
//! byte-level path that applies the ASCII subset of the Unicode word-boundary rules (UAX #29) directly; any
//! other text goes through [`segment::tokenize`] itself.
//!
//! [`Segmented`]: crate::segment::Segmented
//! [`segment::tokenize`]: crate::segment::tokenize

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

fn cut_to_u32(text: &str) -> &str {
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

/// Byte classes of the ASCII word-boundary rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter: A-Z, a-z.
    Letter,
    /// Numeric: 0-9.
    Digit,
    /// ExtendNumLet: `_`.
    Connector,
    /// MidLetter `:`: joins letters only.
    MidLetter,
    /// MidNumLet `.` and Single_Quote `'`: join letters or digits.
    MidBoth,
    /// MidNum `,` `;`: join digits only.
    MidNum,
    /// Everything else: always a boundary.
    Other,
}

const fn class_of(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Connector,
        b':' => Class::MidLetter,
        b'.' | b'\'' => Class::MidBoth,
        b',' | b';' => Class::MidNum,
        _ => Class::Other,
    }
}

static CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = class_of(b as u8);
        b += 1;
    }
    table
};

#[inline]
fn class(b: u8) -> Class {
    CLASSES[(b & 0x7f) as usize]
}

#[inline]
fn is_word(c: Class) -> bool {
    matches!(c, Class::Letter | Class::Digit | Class::Connector)
}

/// The ASCII word segmentation: a word runs over letters, digits and `_`, and across one `:`, `.` or `'`
/// between two letters (WB6/7), or one `,`, `;`, `.` or `'` between two digits (WB11/12).
fn ascii_tokens(bytes: &[u8], each: &mut impl FnMut(SketchToken)) {
    let n = bytes.len();
    let mut i = 0;
    // Whether the text since the last token (or the start) ends a sentence.
    let mut at_sentence_start = true;
    while i < n {
        let c = class(bytes[i]);
        if !is_word(c) {
            match bytes[i] {
                b'\n' | b'.' | b'!' | b'?' | b':' => at_sentence_start = true,
                b' ' | b'\t' | b'\r' | b'"' | b'\'' | b'(' | b'[' | b'-' => {}
                _ => at_sentence_start = false,
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut has_alnum = c != Class::Connector;
        i += 1;
        while i < n {
            let next = class(bytes[i]);
            if is_word(next) {
                has_alnum |= next != Class::Connector;
                i += 1;
                continue;
            }
            if i + 1 < n {
                let before = class(bytes[i - 1]);
                let after = class(bytes[i + 1]);
                let joins = match next {
                    Class::MidLetter => before == Class::Letter && after == Class::Letter,
                    Class::MidBoth => {
                        (before == Class::Letter && after == Class::Letter)
                            || (before == Class::Digit && after == Class::Digit)
                    }
                    Class::MidNum => before == Class::Digit && after == Class::Digit,
                    _ => false,
                };
                if joins {
                    i += 2;
                    continue;
                }
            }
            break;
        }
        if has_alnum {
            let word = &bytes[start..i];
            each(SketchToken {
                hash: ascii_token_hash(word),
                start: start as u32,
                end: i as u32,
                alphabetic: c == Class::Letter,
                capitalised: word[0].is_ascii_uppercase(),
                sentence_initial: at_sentence_start,
            });
            at_sentence_start = false;
        }
    }
}

/// [`token_hash`] of an ASCII word, lower-cased on the stack.
#[inline]
fn ascii_token_hash(word: &[u8]) -> u64 {
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
