//! Sorting by uniformly distributed hash keys in linear time: a counting pass over the top bits puts every
//! item in its bucket, and an insertion pass orders the few items that share one. Sketching sorts a few
//! hundred shingle and term hashes per document, where this is several times faster than a comparison sort.

/// Sorts `items` by `key`, which must be spread evenly over `u64` (a hash). `scratch` is reused between calls.
/// Items with equal keys keep no particular order among themselves.
pub fn sort_by_hash<T: Copy + Default>(
    items: &mut [T],
    key: impl Fn(&T) -> u64,
    scratch: &mut Vec<T>,
) {
    let n = items.len();
    if n < 32 {
        items.sort_unstable_by_key(|x| key(x));
        return;
    }
    // About one item per bucket.
    let bits = (usize::BITS - n.leading_zeros()).clamp(1, 16);
    let shift = 64 - bits;
    let mut starts = vec![0u32; (1 << bits) + 1];
    for x in items.iter() {
        starts[(key(x) >> shift) as usize + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    scratch.clear();
    scratch.resize(n, T::default());
    for x in items.iter() {
        let bucket = (key(x) >> shift) as usize;
        scratch[starts[bucket] as usize] = *x;
        starts[bucket] += 1;
    }
    // Buckets are in order; only items inside one bucket can be out of order.
    for i in 1..n {
        let item = scratch[i];
        let k = key(&item);
        let mut j = i;
        while j > 0 && key(&scratch[j - 1]) > k {
            scratch[j] = scratch[j - 1];
            j -= 1;
        }
        scratch[j] = item;
    }
    items.copy_from_slice(&scratch[..n]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_a_comparison_sort(mut v in proptest::collection::vec(any::<u64>(), 0..700), dup in 0usize..50) {
            // Repeat some values, as a document repeats shingles.
            let repeated: Vec<u64> = v.iter().take(dup).copied().collect();
            v.extend(repeated);
            let mut expected = v.clone();
            expected.sort_unstable();
            let mut scratch = Vec::new();
            sort_by_hash(&mut v, |x| *x, &mut scratch);
            prop_assert_eq!(v, expected);
        }
    }
}
