//! Matching normalisation: the folded form that every comparison uses.
//!
//! Folding is for matching only. Nothing shown to a person is folded: values, excerpts and positions always
//! come from the original bytes.

use unicode_normalization::UnicodeNormalization;

/// Maps the characters that scrapers and typographers vary on to one plain form, before NFKC.
///
/// Returns `None` for characters that carry no text (zero-width spaces, soft hyphens, BOM), which are dropped.
#[inline]
pub fn fold_typography(c: char) -> Option<char> {
    Some(match c {
        // NBSP, narrow NBSP, figure space and the other spaces that look like a space.
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => ' ',
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return None,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}'
        | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        other => other,
    })
}

/// Appends the matching form of `s` to `out`: typography folded, NFKC, then case-folded.
///
/// ASCII input takes a fast path that only lowercases, which gives the same result as the full path.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    // Typography is folded on both sides of NFKC: compatibility forms can decompose into characters that
    // the typography fold maps ("⁻" becomes "−", which folds to "-").
    for c in s
        .chars()
        .filter_map(fold_typography)
        .nfkc()
        .filter_map(fold_typography)
    {
        match c {
            // Full case folding maps ß to "ss"; `to_lowercase` alone would keep it.
            'ß' | 'ẞ' => out.push_str("ss"),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The matching form of `s`. See [`fold_into`].
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// The matching form of `s`, borrowed when `s` is already in it (ASCII without capitals, the common case for
/// words inside a sentence), so that holding the forms of every word of a long report costs no allocation each.
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// A 64-bit hash of a token's matching form; equal folded forms hash equal across runs and machines.
pub fn token_hash(token: &str) -> u64 {
    if token.is_ascii() && !token.bytes().any(|b| b.is_ascii_uppercase()) {
        return xxhash_rust::xxh3::xxh3_64(token.as_bytes());
    }
    xxhash_rust::xxh3::xxh3_64(fold(token).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_nbsp_quotes_dashes_and_case() {
        assert_eq!(fold("On\u{a0}Peace"), "on peace");
        assert_eq!(fold("Lavrov\u{2019}s"), "lavrov's");
        assert_eq!(fold("\u{201C}Any\u{201D} \u{2013} x"), "\"any\" - x");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Ławrow"), "ławrow");
    }

    #[test]
    fn nfkc_folds_compatibility_forms() {
        assert_eq!(fold("ﬁnance"), "finance");
        assert_eq!(fold("Ｒｉｙａｄｈ"), "riyadh");
        // Decomposed and precomposed forms match.
        assert_eq!(fold("Zu\u{0308}rich"), fold("Zürich"));
    }

    #[test]
    fn drops_zero_width_characters() {
        assert_eq!(fold("Wit\u{200B}koff"), "witkoff");
        assert_eq!(fold("co\u{00AD}operation"), "cooperation");
    }

    #[test]
    fn token_hash_ignores_case_and_typography() {
        assert_eq!(token_hash("Lavrov\u{2019}s"), token_hash("lavrov's"));
        assert_eq!(token_hash("NATO"), token_hash("nato"));
        assert_ne!(token_hash("Jeddah"), token_hash("Riyadh"));
    }

    #[test]
    fn superscript_minus_folds_to_hyphen_in_one_pass() {
        assert_eq!(fold("\u{207B}"), "-");
        assert_eq!(fold(&fold("\u{207B}")), fold("\u{207B}"));
    }

    proptest! {
        #[test]
        fn fold_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn ascii_fast_path_matches_full_path(s in "[ -~]{0,40}") {
            let mut full = String::new();
            for c in s.chars().filter_map(fold_typography).nfkc() {
                full.extend(c.to_lowercase());
            }
            prop_assert_eq!(fold(&s), full);
        }
    }
}
