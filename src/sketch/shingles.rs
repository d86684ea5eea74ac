//! Word k-shingles: every run of `k` consecutive tokens, hashed with seeded xxh3 over the tokens' matching
//! hashes, so that case, typography and spacing never change a shingle.

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
    let mut stack = [0u8; 8 * 16];
    let mut heap = Vec::new();
    let bytes: &mut [u8] = if width <= 16 {
        &mut stack[..width * 8]
    } else {
        heap.resize(width * 8, 0);
        &mut heap
    };
    for window in token_hashes.windows(width) {
        for (chunk, h) in bytes.chunks_exact_mut(8).zip(window) {
            chunk.copy_from_slice(&h.to_le_bytes());
        }
        out.push(xxhash_rust::xxh3::xxh3_64_with_seed(bytes, SHINGLE_SEED));
    }
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
