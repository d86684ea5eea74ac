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
        unicode_tokens(text, &mut each);
    }
}

/// The tokens of any text, from [`segment::tokenize`].
fn unicode_tokens(text: &str, each: &mut impl FnMut(SketchToken)) {
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

pub(super) fn cut_to_u32(text: &str) -> &str {
    if text.len() < u32::MAX as usize {
        return text;
    }
    &text[..crate::text::floor_char_boundary(text, u32::MAX as usize - 1)]
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
    /// The letters and digits of the 64 bytes from `base`, one bit each (bytes past the text are none).
    mask: u64,
    /// The first byte of the block that `mask` describes.
    base: usize,
}

impl<'t> AsciiTokens<'t> {
    /// The tokens of `bytes`, which must be ASCII and shorter than 4 GiB.
    pub(super) fn new(bytes: &'t [u8]) -> Self {
        debug_assert!(bytes.is_ascii() && bytes.len() < u32::MAX as usize);
        AsciiTokens {
            bytes,
            at: 0,
            at_sentence_start: true,
            mask: letter_digit_mask(bytes, 0),
            base: 0,
        }
    }

    /// Moves the block on from `i`, where it found nothing: to the 64 bytes after it when `i` lies inside it,
    /// or to the 64 bytes from `i` when `i` lies outside (a `_`, which the mask leaves out, can start a word
    /// behind the block). Returns the block's first byte, where the search goes on.
    #[inline(always)]
    fn next_block(&mut self, i: usize) -> usize {
        self.base = if i.wrapping_sub(self.base) < 64 {
            self.base + 64
        } else {
            i
        };
        self.mask = letter_digit_mask(self.bytes, self.base);
        self.base
    }

    /// The first letter or digit at or after `i`, or the text's length when there is none.
    #[inline(always)]
    fn next_letter_digit(&mut self, mut i: usize) -> usize {
        loop {
            let off = i.wrapping_sub(self.base);
            if off < 64 {
                let rest = self.mask >> off;
                if rest != 0 {
                    return i + rest.trailing_zeros() as usize;
                }
            }
            if self.base + 64 >= self.bytes.len() && off < 64 {
                return self.bytes.len();
            }
            i = self.next_block(i);
        }
    }

    /// The first byte at or after `i` that is neither a letter nor a digit, or the text's length.
    #[inline(always)]
    fn run_end(&mut self, mut i: usize) -> usize {
        loop {
            let off = i.wrapping_sub(self.base);
            if off < 64 {
                // Bits shifted in from above are zero: no byte past the block is taken for a stop.
                let rest = !self.mask >> off;
                if rest != 0 {
                    return i + rest.trailing_zeros() as usize;
                }
            }
            i = self.next_block(i);
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
        loop {
            // Nearly always the byte at `i` itself: the one space after the last word was taken with it.
            let next = self.next_letter_digit(i);
            while i < next {
                let f = at(i);
                if f & CONNECTOR != 0 {
                    // `_` is a word byte that the mask leaves out: the word starts here.
                    break;
                }
                // Without branches: which of the three a byte is is as good as random to a predictor.
                self.at_sentence_start =
                    (f & SENTENCE_END != 0) | (self.at_sentence_start & (f & NEUTRAL != 0));
                i += 1;
            }
            if i >= n {
                self.at = n;
                return None;
            }
            let first = at(i);
            let start = i;
            let mut underscore = false;
            loop {
                i = self.run_end(i);
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
    }
}

/// The word spans of an ASCII text, found a 64-byte block at a time, with each word's sentence flag (as
/// [`SketchToken::sentence_initial`]); `None` when the text holds a `_`, which [`AsciiTokens`] handles.
///
/// The words are [`AsciiTokens`]' (the property tests hold them to it), but found the way simdjson finds its
/// structural characters: each block's letter/digit mask, with the few joining bytes (`U.S.`, `1,000`,
/// `can't`) set into it, gives every word start and end as a bit, and a caller's loop over the spans then
/// keeps only a word's hash and terms in registers. Nearly every byte between two words is a space; the
/// others are visited one by one to join words and to mark the bytes that end a sentence and those that
/// are no neutral filler: a word starts a sentence when the last byte before it that is neither white space,
/// a quote, a bracket nor a dash ends one (or there is none).
///
/// `spans` and `sentence` are filled from the front and grow as needed; returns how many words there are.
pub(super) fn block_spans(
    bytes: &[u8],
    spans: &mut Vec<(u32, u32)>,
    sentence: &mut Vec<bool>,
) -> Option<usize> {
    use flag::*;
    debug_assert!(bytes.is_ascii() && bytes.len() < u32::MAX as usize);
    let n = bytes.len();
    let flags = |i: usize| FLAGS[bytes[i] as usize];
    let (mut starts_seen, mut ends_seen) = (0, 0);
    // Whether the byte before the block is a word byte.
    let mut carry = 0u64;
    // Whether the last byte before the block that is not neutral ends a sentence (or there is none).
    let mut at_sentence_start = true;
    let mut base = 0;
    while base < n {
        // A block starts at most 32 words.
        if spans.len().min(sentence.len()) < starts_seen + 64 {
            let room = (starts_seen + starts_seen / 2).max(starts_seen + 64);
            spans.resize(room, (0, 0));
            sentence.resize(room, false);
        }
        let (mut word, word_or_space) = word_and_space_masks(bytes, base);
        let valid = if n - base >= 64 {
            u64::MAX
        } else {
            (1 << (n - base)) - 1
        };
        let mut other = !word_or_space & valid;
        // Bytes that end a sentence, and bytes that are not neutral (words among them).
        let (mut ends_sentence, mut marked) = (0u64, word);
        while other != 0 {
            let p = other.trailing_zeros() as usize;
            other &= other - 1;
            let i = base + p;
            let f = flags(i);
            if f & CONNECTOR != 0 {
                return None;
            }
            if f & (JOINS_LETTERS | JOINS_DIGITS) != 0 && i > 0 && i + 1 < n {
                let both = flags(i - 1) & flags(i + 1);
                if (f & JOINS_LETTERS != 0 && both & LETTER != 0)
                    || (f & JOINS_DIGITS != 0 && both & DIGIT != 0)
                {
                    word |= 1 << p;
                    marked |= 1 << p;
                    continue;
                }
            }
            ends_sentence |= u64::from(f & SENTENCE_END != 0) << p;
            marked |= u64::from(f & NEUTRAL == 0) << p;
        }
        let before = (word << 1) | carry;
        let mut starts = word & !before;
        // Past the text's end the block is zeros, so a word that runs to it ends there.
        let mut ends = !word & before;
        carry = word >> 63;
        while starts != 0 {
            let p = starts.trailing_zeros();
            starts &= starts - 1;
            let below = marked & ((1 << p) - 1);
            let initial = if below != 0 {
                ends_sentence >> (63 - below.leading_zeros()) & 1 != 0
            } else {
                at_sentence_start
            };
            spans[starts_seen].0 = (base + p as usize) as u32;
            sentence[starts_seen] = initial;
            starts_seen += 1;
        }
        while ends != 0 {
            let p = ends.trailing_zeros();
            ends &= ends - 1;
            spans[ends_seen].1 = (base + p as usize) as u32;
            ends_seen += 1;
        }
        if marked != 0 {
            at_sentence_start = ends_sentence >> (63 - marked.leading_zeros()) & 1 != 0;
        }
        base += 64;
    }
    if carry != 0 {
        // A word ran to the end of a text of whole blocks.
        spans[ends_seen].1 = n as u32;
        ends_seen += 1;
    }
    debug_assert_eq!(starts_seen, ends_seen);
    Some(starts_seen)
}

/// The token of an ASCII word without `_` at `start..end`, starting a sentence or not.
#[inline(always)]
pub(super) fn ascii_word(
    bytes: &[u8],
    start: usize,
    end: usize,
    sentence_initial: bool,
) -> SketchToken {
    let first = FLAGS[bytes[start] as usize];
    SketchToken {
        hash: short_word_hash(bytes, start, end, Case::SetBit5)
            .unwrap_or_else(|| word_hash(&bytes[start..end], true)),
        start: start as u32,
        end: end as u32,
        alphabetic: first & flag::LETTER != 0,
        capitalised: first & flag::UPPER != 0,
        sentence_initial,
    }
}

/// The letters and digits among the 64 bytes of `bytes` from `base`, and the letters, digits and spaces, as
/// bits from the lowest; bytes past the end of `bytes` count as neither.
#[inline(always)]
fn word_and_space_masks(bytes: &[u8], base: usize) -> (u64, u64) {
    match bytes.get(base..base + 64) {
        Some(block) => block_masks(block.try_into().expect("64 bytes")),
        None => {
            let mut block = [0u8; 64];
            let tail = bytes.get(base..).unwrap_or_default();
            block[..tail.len()].copy_from_slice(tail);
            block_masks(&block)
        }
    }
}

/// [`word_and_space_masks`] of one block, sixteen bytes at a time with SSE2 (part of every x86-64
/// processor).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn block_masks(block: &[u8; 64]) -> (u64, u64) {
    use safe_arch::*;
    let sixteen = |at: usize| {
        let x = load_unaligned_m128i(block[at..at + 16].try_into().expect("16 bytes"));
        // A byte lies in `lo..=lo + span` when subtracting `lo` leaves it no greater than `span`, unsigned.
        let within = |x: m128i, lo: u8, span: u8| {
            let d = sub_i8_m128i(x, set_splat_i8_m128i(lo as i8));
            cmp_eq_mask_i8_m128i(min_u8_m128i(d, set_splat_i8_m128i(span as i8)), d)
        };
        let lower = bitor_m128i(x, set_splat_i8_m128i(0x20));
        let word = bitor_m128i(within(lower, b'a', 25), within(x, b'0', 9));
        let space = cmp_eq_mask_i8_m128i(x, set_splat_i8_m128i(b' ' as i8));
        (
            u64::from(move_mask_i8_m128i(word) as u16),
            u64::from(move_mask_i8_m128i(bitor_m128i(word, space)) as u16),
        )
    };
    let (a, b, c, d) = (sixteen(0), sixteen(16), sixteen(32), sixteen(48));
    (
        a.0 | b.0 << 16 | c.0 << 32 | d.0 << 48,
        a.1 | b.1 << 16 | c.1 << 32 | d.1 << 48,
    )
}

/// [`word_and_space_masks`] of one block, a byte at a time.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline(always)]
fn block_masks(block: &[u8; 64]) -> (u64, u64) {
    block
        .iter()
        .enumerate()
        .fold((0, 0), |(word, spaced), (i, &b)| {
            let w = u64::from(FLAGS[b as usize] & (flag::LETTER | flag::DIGIT) != 0) << i;
            (word | w, spaced | w | u64::from(b == b' ') << i)
        })
}

/// The letters and digits among the 64 bytes of `bytes` from `base`, as bits from the lowest; bytes past the
/// end of `bytes` count as neither.
#[inline(always)]
fn letter_digit_mask(bytes: &[u8], base: usize) -> u64 {
    // The space mask is not used, and not computed.
    word_and_space_masks(bytes, base).0
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

    /// The ASCII path's tokens, and the library path's with the sentence flag as the ASCII path has always
    /// set it: a run of `_` outside any word (no word by itself) leaves the sentence state as it was, where
    /// the library path takes it for a word character that ends a sentence start.
    fn both_paths(text: &str) -> (Vec<SketchToken>, Vec<SketchToken>) {
        let (mut fast, mut library) = (Vec::new(), Vec::new());
        ascii_tokens(text.as_bytes(), &mut |t| fast.push(t));
        unicode_tokens(text, &mut |t| library.push(t));
        let (mut state, mut from) = (true, 0);
        for token in &mut library {
            for &b in &text.as_bytes()[from..token.start as usize] {
                let f = FLAGS[b as usize];
                if b != b'_' {
                    state = f & flag::SENTENCE_END != 0 || (state && f & flag::NEUTRAL != 0);
                }
            }
            token.sentence_initial = state;
            (state, from) = (false, token.end as usize);
        }
        (fast, library)
    }

    #[test]
    fn words_across_blocks_and_at_the_text_end() {
        let long = "a".repeat(64);
        for text in [
            format!("{long} x"),
            long.clone(),
            format!("{} _a b", " ".repeat(70)),
            format!("x{}_{long}_y. Z", " ".repeat(62)),
            format!("{}U.S. 1,000", "w ".repeat(31)),
        ] {
            let (fast, library) = both_paths(&text);
            assert_eq!(fast, library, "{text}");
        }
    }

    /// The tokens of [`block_spans`] and [`ascii_word`], or `None` for a text with `_`.
    fn block_tokens(text: &str) -> Option<Vec<SketchToken>> {
        let (mut spans, mut sentence) = (Vec::new(), Vec::new());
        let count = block_spans(text.as_bytes(), &mut spans, &mut sentence)?;
        Some(
            (0..count)
                .map(|i| {
                    let (start, end) = spans[i];
                    ascii_word(text.as_bytes(), start as usize, end as usize, sentence[i])
                })
                .collect(),
        )
    }

    #[test]
    fn block_spans_leave_underscores_to_the_scanner_and_match_it_elsewhere() {
        assert_eq!(block_tokens("a_b c"), None);
        let long = "Ab".repeat(40);
        for text in [
            "",
            "x",
            "U.S. talks, 2.5 billion; 1,000 people can't e.g. a:b 4bn",
            "He said: \"Stop.\" (Then) 3,5,7 a1.b 1.a a'b 1'2 end.",
            &format!("{long}. {long}"),
            &format!("{} The end", "w ".repeat(32)),
            &"a".repeat(64),
            &format!("{}. ({}", "a".repeat(63), "Bc".repeat(40)),
        ] {
            let mut expected = Vec::new();
            ascii_tokens(text.as_bytes(), &mut |t| expected.push(t));
            assert_eq!(block_tokens(text), Some(expected), "{text}");
        }
    }

    proptest! {
        #[test]
        fn block_spans_give_the_scanner_tokens_and_flags(
            s in "([A-Za-z0-9]{1,20}[ .,;:'\"\n\t!?()-]{1,3}){0,40}"
        ) {
            let mut expected = Vec::new();
            ascii_tokens(s.as_bytes(), &mut |t| expected.push(t));
            prop_assert_eq!(block_tokens(&s), Some(expected));
        }

        #[test]
        fn block_spans_match_the_scanner_on_any_ascii(s in "[ -^`-~\n\t\r]{0,200}") {
            let mut expected = Vec::new();
            ascii_tokens(s.as_bytes(), &mut |t| expected.push(t));
            prop_assert_eq!(block_tokens(&s), Some(expected));
        }

        #[test]
        fn letter_digit_blocks_match_the_byte_flags(block in proptest::collection::vec(any::<u8>(), 64)) {
            let word = block.iter().enumerate().fold(0u64, |m, (i, &b)| {
                m | u64::from(FLAGS[b as usize] & (flag::LETTER | flag::DIGIT) != 0) << i
            });
            let space = block.iter().enumerate().fold(0u64, |m, (i, &b)| m | u64::from(b == b' ') << i);
            prop_assert_eq!(block_masks(block.as_slice().try_into().expect("64")), (word, word | space));
        }

        #[test]
        fn block_scanner_gives_the_library_tokens_and_flags_on_long_texts(
            s in "([A-Za-z0-9]{1,20}[ .,;:_'\"\n!?()-]{1,3}){0,40}"
        ) {
            let (fast, library) = both_paths(&s);
            prop_assert_eq!(fast, library);
        }

        #[test]
        fn block_scanner_matches_on_long_runs_and_underscores(
            s in "[a-z]{0,140}([ _.]{1,70}[a-zA-Z_0-9]{0,70}){0,3}"
        ) {
            let (fast, library) = both_paths(&s);
            prop_assert_eq!(fast, library);
        }

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
