//! LSH banding over MinHash signatures: documents whose signatures agree on every row of some band become
//! candidates.

use rayon::prelude::*;

/// Cost of a false positive relative to a false negative when choosing bands and rows. A false positive costs
/// one exact check in verification; a false negative loses a pair for good. Weighting them 1:19 moves the
/// S-curve's knee below the threshold, so pairs just above it are found with high probability.
const FALSE_POSITIVE_WEIGHT: f64 = 0.05;
const FALSE_NEGATIVE_WEIGHT: f64 = 0.95;

/// Bands and rows of an LSH index: `bands * rows` signature values are used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LshParams {
    /// Number of bands.
    pub bands: usize,
    /// Signature values per band.
    pub rows: usize,
}

impl LshParams {
    /// The bands and rows for a signature of `num_perm` values that minimise the weighted area of false
    /// positives (similarity below `threshold` that still collides) and false negatives (similarity above
    /// it that never collides).
    pub fn for_threshold(threshold: f64, num_perm: usize) -> Self {
        let threshold = threshold.clamp(0.01, 0.99);
        let num_perm = num_perm.max(1);
        let mut best = (f64::INFINITY, LshParams { bands: 1, rows: 1 });
        for bands in 1..=num_perm {
            for rows in 1..=num_perm / bands {
                let collide = |s: f64| 1.0 - (1.0 - s.powi(rows as i32)).powi(bands as i32);
                let fp = integrate(collide, 0.0, threshold);
                let fn_ = integrate(|s| 1.0 - collide(s), threshold, 1.0);
                let cost = FALSE_POSITIVE_WEIGHT * fp + FALSE_NEGATIVE_WEIGHT * fn_;
                if cost < best.0 {
                    best = (cost, LshParams { bands, rows });
                }
            }
        }
        best.1
    }

    /// Probability that two documents of Jaccard similarity `s` share a band.
    pub fn collision_probability(&self, s: f64) -> f64 {
        1.0 - (1.0 - s.powi(self.rows as i32)).powi(self.bands as i32)
    }
}

/// Midpoint rule; the integrands are smooth and monotone.
fn integrate(f: impl Fn(f64) -> f64, from: f64, to: f64) -> f64 {
    const STEPS: usize = 100;
    let step = (to - from) / STEPS as f64;
    (0..STEPS)
        .map(|i| f(from + (i as f64 + 0.5) * step))
        .sum::<f64>()
        * step
}

/// Candidate pairs `(a, b)`, `a < b`, sorted and distinct, of documents that share a band.
/// Documents with an empty signature take part in no band.
pub fn candidates(signatures: &[&[u32]], params: LshParams) -> Vec<(u32, u32)> {
    let bands = params.bands;
    // Every band key of a document at once, document by document: each signature is read once and in
    // order. Reading a few values of every signature once per band instead missed the cache on each read,
    // signatures being scattered over the heap.
    let mut keys = vec![0u64; signatures.len() * bands];
    keys.par_chunks_mut(bands.max(1))
        .zip(signatures.par_iter())
        .for_each(|(keys, sig)| {
            for (band, key) in keys.iter_mut().enumerate() {
                let rows = band * params.rows..(band + 1) * params.rows;
                if let Some(values) = sig.get(rows) {
                    *key = band_key(values, band);
                }
            }
        });
    // Most documents share no band key with any other. Each band first marks the keys it sees once and
    // again in two bitmaps, by their top bits, and only the documents whose key may repeat are sorted and
    // grouped: about one in twenty at sixteen bits a document, against sorting every document's key in every
    // band, which cost about 150 instructions a document and band.
    let bits = (usize::BITS - (signatures.len().max(1) * 16 - 1).leading_zeros()).clamp(6, 40);
    let mut pairs: Vec<(u32, u32)> = (0..bands)
        .into_par_iter()
        .map_init(
            || (vec![0u64; 1 << (bits - 6)], vec![0u64; 1 << (bits - 6)]),
            |(seen, again), band| {
                let rows_end = (band + 1) * params.rows;
                let in_band = |doc: &usize| signatures[*doc].len() >= rows_end;
                let key = |doc: usize| keys[doc * bands + band];
                let bit = |key: u64| {
                    let i = (key >> (64 - bits)) as usize;
                    (i / 64, 1u64 << (i % 64))
                };
                seen.fill(0);
                again.fill(0);
                for doc in (0..signatures.len()).filter(in_band) {
                    let (word, mask) = bit(key(doc));
                    again[word] |= seen[word] & mask;
                    seen[word] |= mask;
                }
                let mut maybe: Vec<(u64, u32)> = (0..signatures.len())
                    .filter(in_band)
                    .filter(|&doc| {
                        let (word, mask) = bit(key(doc));
                        again[word] & mask != 0
                    })
                    .map(|doc| (key(doc), doc as u32))
                    .collect();
                // By key, then document: the documents of one key ascend.
                maybe.sort_unstable();
                let mut pairs = Vec::new();
                for bucket in maybe.chunk_by(|x, y| x.0 == y.0) {
                    for (i, &(_, a)) in bucket.iter().enumerate() {
                        for &(_, b) in &bucket[i + 1..] {
                            pairs.push((a, b));
                        }
                    }
                }
                pairs
            },
        )
        .flat_map_iter(|pairs| pairs)
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

fn band_key(values: &[u32], band: usize) -> u64 {
    // Three rows, the bands of the default threshold: the same twelve bytes, copied at a size the compiler
    // knows. The general copy below became a `memcpy` call of the bands' length and a 128-byte clear for
    // every key, about 35 instructions of the 60 a key took.
    if let &[a, b, c] = values {
        let mut bytes = [0u8; 12];
        bytes[..4].copy_from_slice(&a.to_le_bytes());
        bytes[4..8].copy_from_slice(&b.to_le_bytes());
        bytes[8..].copy_from_slice(&c.to_le_bytes());
        return xxhash_rust::xxh3::xxh3_64_with_seed(&bytes, band as u64);
    }
    let mut bytes = [0u8; 4 * 32];
    if values.len() <= 32 {
        for (chunk, v) in bytes.chunks_exact_mut(4).zip(values) {
            chunk.copy_from_slice(&v.to_le_bytes());
        }
        return xxhash_rust::xxh3::xxh3_64_with_seed(&bytes[..values.len() * 4], band as u64);
    }
    let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    xxhash_rust::xxh3::xxh3_64_with_seed(&bytes, band as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_threshold_favours_recall_just_above_it() {
        let params = LshParams::for_threshold(0.5, 128);
        assert!(params.bands * params.rows <= 128);
        assert!(params.collision_probability(0.5) > 0.95);
        assert!(params.collision_probability(0.1) < 0.05);
    }

    #[test]
    fn higher_threshold_means_more_rows_per_band() {
        let low = LshParams::for_threshold(0.3, 128);
        let high = LshParams::for_threshold(0.8, 128);
        assert!(high.rows > low.rows);
    }

    #[test]
    fn three_row_band_keys_hash_the_little_endian_bytes() {
        let values = [0x0102_0304u32, 0xA0B0_C0D0, 7];
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        assert_eq!(
            band_key(&values, 5),
            xxhash_rust::xxh3::xxh3_64_with_seed(&bytes, 5)
        );
    }

    #[test]
    fn signatures_sharing_a_band_are_candidates() {
        let a = vec![1u32; 8];
        let mut b = vec![2u32; 8];
        b[..2].copy_from_slice(&[1, 1]);
        let c = vec![3u32; 8];
        let empty: Vec<u32> = Vec::new();
        let sigs: Vec<&[u32]> = vec![&a, &b, &c, &empty];
        assert_eq!(
            candidates(&sigs, LshParams { bands: 4, rows: 2 }),
            vec![(0, 1)]
        );
    }
}
