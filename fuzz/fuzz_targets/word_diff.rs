//! The word diff of two sentences: hunks cover valid spans of each text and rebuild the differing tokens.
#![no_main]

use crosscheck::compare::word_hunks;
use crosscheck::segment::tokenize;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // Two texts, split at the first 0x00 byte (or halves when there is none).
    let cut = data
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(data.len() / 2);
    let a = crosscheck_fuzz::text(&data[..cut]);
    let b = crosscheck_fuzz::text(&data[(cut + 1).min(data.len())..]);
    let (ta, tb) = (tokenize(&a), tokenize(&b));
    let hunks = word_hunks(&ta, &tb);
    let mut changed_a = 0;
    let mut changed_b = 0;
    for hunk in &hunks {
        crosscheck_fuzz::check_span(&a, hunk.a, "hunk in a");
        crosscheck_fuzz::check_span(&b, hunk.b, "hunk in b");
        assert!(!hunk.a_tokens.is_empty() || !hunk.b_tokens.is_empty(), "a hunk changes something");
        changed_a += hunk.a_tokens.len();
        changed_b += hunk.b_tokens.len();
        let _ = hunk.is_anchored(&a);
    }
    // Whatever is not changed is shared, so both sides keep the same number of unchanged tokens.
    assert_eq!(ta.len() - changed_a, tb.len() - changed_b, "unchanged tokens pair up");
    if a == b {
        assert!(hunks.is_empty(), "identical texts have no hunks");
    }
});
