//! Sorting by uniformly distributed hash keys in linear time: a counting pass over the top bits puts every
//! item in its bucket, and an insertion pass orders the few items that share one. Sketching sorts a few
//! hundred shingle and term hashes per document, where this is several times faster than a comparison sort.

/// Buffers that [`sort_by_hash`] reuses from one call to the next.
#[derive(Clone, Debug, Default)]
pub struct SortScratch<T> {
    items: Vec<T>,
    starts: Vec<u32>,
}

/// Sorts `items` by `key`, which must be spread evenly over `u64` (a hash). Items with equal keys keep no
/// particular order among themselves.
pub fn sort_by_hash<T: Copy + Default>(
    items: &mut [T],
    key: impl Fn(&T) -> u64,
    scratch: &mut SortScratch<T>,
) {
    let n = items.len();
    if n < 32 {
        items.sort_unstable_by_key(|x| key(x));
        return;
    }
    // About one item per bucket.
    let bits = (usize::BITS - n.leading_zeros()).clamp(1, 16);
    let shift = 64 - bits;
    let buckets = 1usize << bits;
    let SortScratch { items: out, starts } = scratch;
    starts.clear();
    starts.resize(buckets + 1, 0);
    // The buffers only grow: every slot written below is read after, so old contents never show.
    if out.len() < n {
        out.resize(n, T::default());
    }
    let out = &mut out[..n];
    // Masking the bucket lets the compiler see every index is in bounds.
    let bucket = |x: &T| (key(x) >> shift) as usize & (buckets - 1);
    for x in items.iter() {
        starts[bucket(x) + 1] += 1;
    }
    let mut sum = 0;
    for s in starts.iter_mut() {
        sum += *s;
        *s = sum;
    }
    for x in items.iter() {
        let slot = &mut starts[bucket(x)];
        out[*slot as usize] = *x;
        *slot += 1;
    }
    // Buckets are in order; only items inside one bucket can be out of order.
    for i in 1..n {
        let item = out[i];
        let k = key(&item);
        let mut j = i;
        while j > 0 && key(&out[j - 1]) > k {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = item;
    }
    items.copy_from_slice(out);
}

/// Drops repeats from sorted `items`, keeping the first of each run at the front; returns how many are kept.
pub fn dedup_sorted<T: Copy + PartialEq>(items: &mut [T]) -> usize {
    if items.is_empty() {
        return 0;
    }
    let mut kept = 1;
    for i in 1..items.len() {
        let x = items[i];
        // Written always, kept by advancing: no branch on whether two hashes are equal.
        items[kept] = x;
        kept += usize::from(x != items[kept - 1]);
    }
    kept
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
            let mut scratch = SortScratch::default();
            sort_by_hash(&mut v, |x| *x, &mut scratch);
            prop_assert_eq!(&v, &expected);
            let mut distinct = expected.clone();
            distinct.dedup();
            let kept = dedup_sorted(&mut v);
            prop_assert_eq!(&v[..kept], &distinct[..]);
        }
    }
}
