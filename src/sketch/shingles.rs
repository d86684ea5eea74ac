//! Word k-shingles: every run of `k` consecutive tokens, hashed from the tokens' xxh3 matching hashes, so that
//! case, typography and spacing never change a shingle.
//!
//! The tokens' hashes are already xxh3 values, so a shingle's hash combines them with a seeded
//! multiply-rotate chain and finishes with xxh3's avalanche, rather than running xxh3 again over their
//! bytes: the same quality of mixing at a fraction of the cost, which matters because every token starts a
//! shingle.

/// The seed of shingle hashes; fixed so that sketches are comparable across runs and machines.
pub const SHINGLE_SEED: u64 = 0x6372_6f73_7363_6865;

/// Hashes of every window of `k` token hashes, in order. A document shorter than `k` tokens has one shingle
/// made of all its tokens, so that short notes still match their copies; no tokens means no shingles.
pub fn shingle_hashes(token_hashes: &[u64], k: usize, out: &mut Vec<u64>) {
    let k = k.max(1);
    out.clear();
    if token_hashes.is_empty() {
        return;
    }
    let width = k.min(token_hashes.len());
    out.reserve(token_hashes.len() + 1 - width);
    match width {
        // The default shingle size, with the window unrolled.
        5 => out.extend(
            token_hashes
                .windows(5)
                .map(|w| combine_fixed::<5>(w.try_into().expect("five"))),
        ),
        _ => out.extend(token_hashes.windows(width).map(combine)),
    }
}

/// [`combine`] for a window whose length is known at compile time.
#[inline(always)]
fn combine_fixed<const K: usize>(window: &[u64; K]) -> u64 {
    const PRIME: u64 = 0x9FB2_1C65_1E98_DF25;
    let mut h = SHINGLE_SEED;
    for &t in window {
        h = (h ^ t).wrapping_mul(PRIME).rotate_left(29);
    }
    avalanche(h ^ K as u64)
}

/// How many shingles [`shingle_hashes`] makes of `tokens` tokens.
pub(super) fn shingle_count(tokens: usize, k: usize) -> usize {
    if tokens == 0 {
        0
    } else {
        tokens + 1 - k.max(1).min(tokens)
    }
}

/// [`shingle_hashes`] into `out`, which holds exactly [`shingle_count`] slots, calling `each` with every
/// hash as it is made.
#[inline]
pub(super) fn shingle_hashes_each(
    token_hashes: &[u64],
    k: usize,
    out: &mut [u64],
    mut each: impl FnMut(u64),
) {
    let width = k.max(1).min(token_hashes.len());
    let mut emit = |o: &mut u64, h: u64| {
        *o = h;
        each(h);
    };
    match width {
        // The default shingle size, with the window unrolled.
        5 => {
            for (o, w) in out.iter_mut().zip(token_hashes.windows(5)) {
                emit(o, combine_fixed::<5>(w.try_into().expect("five")));
            }
        }
        _ => {
            for (o, w) in out.iter_mut().zip(token_hashes.windows(width.max(1))) {
                emit(o, combine(w));
            }
        }
    }
}

/// The hash of one window of token hashes. Order matters: each step rotates before it mixes in the next token.
#[inline]
fn combine(window: &[u64]) -> u64 {
    // Kept in step with `combine_fixed`, which the tests hold to this.
    const PRIME: u64 = 0x9FB2_1C65_1E98_DF25;
    let mut h = SHINGLE_SEED;
    for &t in window {
        h = (h ^ t).wrapping_mul(PRIME).rotate_left(29);
    }
    avalanche(h ^ window.len() as u64)
}

/// xxh3's `rrmxmx` finaliser: every input bit affects every output bit.
#[inline]
fn avalanche(mut h: u64) -> u64 {
    h ^= h.rotate_left(49) ^ h.rotate_left(24);
    h = h.wrapping_mul(0x9FB2_1C65_1E98_DF25);
    h ^= (h >> 35) + 8;
    h = h.wrapping_mul(0x9FB2_1C65_1E98_DF25);
    h ^ (h >> 28)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_shingle_per_window_and_short_texts_get_one() {
        let mut out = Vec::new();
        shingle_hashes(&[1, 2, 3, 4, 5, 6], 5, &mut out);
        assert_eq!(out.len(), 2);
        shingle_hashes(&[1, 2], 5, &mut out);
        assert_eq!(out.len(), 1);
        shingle_hashes(&[], 5, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn the_unrolled_window_hashes_as_the_general_one() {
        let tokens: Vec<u64> = (1..20).map(|i| i * 0x9E37_79B9).collect();
        let mut fast = Vec::new();
        shingle_hashes(&tokens, 5, &mut fast);
        let general: Vec<u64> = tokens.windows(5).map(combine).collect();
        assert_eq!(fast, general);
    }

    #[test]
    fn equal_windows_hash_equal_and_order_matters() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        shingle_hashes(&[1, 2, 3, 9], 3, &mut a);
        shingle_hashes(&[7, 1, 2, 3], 3, &mut b);
        assert_eq!(a[0], b[1]);
        shingle_hashes(&[3, 2, 1], 3, &mut b);
        assert_ne!(a[0], b[0]);
    }
}
