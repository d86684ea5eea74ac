//! [`token_hash`] of an ASCII word, read straight out of the text.
//!
//! A token's matching hash is `xxh3_64` of its lower-case form. For the words of a report (up to 16 bytes,
//! nearly all of them) xxh3 reads at most two overlapping 4- or 8-byte words of the input, so the lower-case
//! form never has to be written anywhere: setting bit 5 of every byte lower-cases A-Z and leaves every other
//! byte an ASCII word token can hold unchanged (a-z, digits, `'`, `.`, `,`, `:`, `;`), except `_`. This
//! module is xxh3's short-input path (seed 0, default secret) with that bit set as the bytes are read; the
//! tests hold it to the `xxhash-rust` crate.
//!
//! [`token_hash`]: crate::text::token_hash

/// The first 56 bytes of xxh3's default secret: all that inputs of up to 16 bytes read.
const SECRET: [u8; 56] = [
    0xb8, 0xfe, 0x6c, 0x39, 0x23, 0xa4, 0x4b, 0xbe, 0x7c, 0x01, 0x81, 0x2c, 0xf7, 0x21, 0xad, 0x1c,
    0xde, 0xd4, 0x6d, 0xe9, 0x83, 0x90, 0x97, 0xdb, 0x72, 0x40, 0xa4, 0xa4, 0xb7, 0xb3, 0x67, 0x1f,
    0xcb, 0x79, 0xe6, 0x4e, 0xcc, 0xc0, 0xe5, 0x78, 0x82, 0x5a, 0xd0, 0x7d, 0xcc, 0xff, 0x72, 0x21,
    0xb8, 0x08, 0x46, 0x74, 0xf7, 0x43, 0x24, 0x8e,
];

const fn secret32(at: usize) -> u32 {
    u32::from_le_bytes([SECRET[at], SECRET[at + 1], SECRET[at + 2], SECRET[at + 3]])
}

const fn secret64(at: usize) -> u64 {
    (secret32(at) as u64) | ((secret32(at + 4) as u64) << 32)
}

const FLIP_1_TO_3: u64 = (secret32(0) ^ secret32(4)) as u64;
const FLIP_4_TO_8: u64 = secret64(8) ^ secret64(16);
const FLIP_9_TO_16_LO: u64 = secret64(24) ^ secret64(32);
const FLIP_9_TO_16_HI: u64 = secret64(40) ^ secret64(48);

/// How a word's bytes become its matching form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// Already lower-case, or holding nothing that bit 5 changes wrongly: set bit 5 of every byte.
    SetBit5,
    /// Hash the bytes as they are (a lower-case word with `_`).
    AsIs,
}

impl Case {
    fn mask32(self) -> u32 {
        match self {
            Case::SetBit5 => 0x2020_2020,
            Case::AsIs => 0,
        }
    }
}

#[inline]
fn read32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

#[inline]
fn read64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
}

/// `xxh3_64` of `text[start..end]` with `case` applied to every byte, for a word of 1 to 16 bytes; `None`
/// for a longer one.
#[inline(always)]
pub(super) fn short_word_hash(text: &[u8], start: usize, end: usize, case: Case) -> Option<u64> {
    let len = end - start;
    let m32 = case.mask32();
    let m64 = u64::from(m32) | (u64::from(m32) << 32);
    let m8 = m32 as u8;
    Some(if len > 8 {
        if len > 16 {
            return None;
        }
        let lo = (read64(text, start) | m64) ^ FLIP_9_TO_16_LO;
        let hi = (read64(text, end - 8) | m64) ^ FLIP_9_TO_16_HI;
        let product = u128::from(lo) * u128::from(hi);
        let acc = (len as u64)
            .wrapping_add(lo.swap_bytes())
            .wrapping_add(hi)
            .wrapping_add(product as u64 ^ (product >> 64) as u64);
        avalanche(acc)
    } else if len >= 4 {
        let first = read32(text, start) | m32;
        let last = read32(text, end - 4) | m32;
        let input = u64::from(last).wrapping_add(u64::from(first) << 32);
        strong_avalanche(input ^ FLIP_4_TO_8, len as u64)
    } else if len > 0 {
        let c1 = u32::from(text[start] | m8);
        let c2 = u32::from(text[start + (len >> 1)] | m8);
        let c3 = u32::from(text[end - 1] | m8);
        let combined = (c1 << 16) | (c2 << 24) | c3 | ((len as u32) << 8);
        xxh64_avalanche(u64::from(combined) ^ FLIP_1_TO_3)
    } else {
        return None;
    })
}

#[inline]
fn avalanche(mut h: u64) -> u64 {
    h ^= h >> 37;
    h = h.wrapping_mul(0x1656_6791_9E37_79F9);
    h ^ (h >> 32)
}

#[inline]
fn strong_avalanche(mut h: u64, len: u64) -> u64 {
    h ^= h.rotate_left(49) ^ h.rotate_left(24);
    h = h.wrapping_mul(0x9FB2_1C65_1E98_DF25);
    h ^= (h >> 35).wrapping_add(len);
    h = h.wrapping_mul(0x9FB2_1C65_1E98_DF25);
    h ^ (h >> 28)
}

#[inline]
fn xxh64_avalanche(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    h ^= h >> 29;
    h = h.wrapping_mul(0x1656_67B1_9E37_79F9);
    h ^ (h >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use xxhash_rust::xxh3::xxh3_64;

    fn hash_in_context(word: &str, case: Case) -> Option<u64> {
        // Surrounding bytes must not leak in.
        let text = format!("#{word}#");
        short_word_hash(text.as_bytes(), 1, 1 + word.len(), case)
    }

    #[test]
    fn equals_xxh3_of_the_lower_case_form_at_every_length() {
        let word = "AbCdEfGhIjKlMnOp";
        for len in 1..=16 {
            let w = &word[..len];
            assert_eq!(
                hash_in_context(w, Case::SetBit5),
                Some(xxh3_64(w.to_ascii_lowercase().as_bytes())),
                "{w}"
            );
        }
        assert_eq!(hash_in_context("AbCdEfGhIjKlMnOpQ", Case::SetBit5), None);
        assert_eq!(hash_in_context("a_b", Case::AsIs), Some(xxh3_64(b"a_b")));
    }

    proptest! {
        #[test]
        fn matches_the_crate_on_word_characters(w in "[A-Za-z0-9.,:;']{1,16}") {
            prop_assert_eq!(
                hash_in_context(&w, Case::SetBit5),
                Some(xxh3_64(w.to_ascii_lowercase().as_bytes()))
            );
        }

        #[test]
        fn as_is_matches_the_crate_on_any_bytes(w in "[ -~]{1,16}") {
            prop_assert_eq!(hash_in_context(&w, Case::AsIs), Some(xxh3_64(w.as_bytes())));
        }
    }
}
