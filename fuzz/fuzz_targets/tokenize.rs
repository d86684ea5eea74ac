//! Both tokenizers (the segmenter's and the sketcher's), the matching normalisation, and a whole sketch.
#![no_main]

use crosscheck::segment::tokenize;
use crosscheck::sketch::{SketchParams, for_each_token, sketch};
use crosscheck::text::{Span, fold, token_hash};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = crosscheck_fuzz::text(data);
    for token in tokenize(&text) {
        crosscheck_fuzz::check_span(&text, token.span, "token");
        assert_eq!(token.hash, token_hash(token.span.of(&text)));
    }
    let mut previous = 0;
    for_each_token(&text, |token| {
        let span = Span::new(token.start as usize, token.end as usize);
        crosscheck_fuzz::check_span(&text, span, "sketch token");
        assert!(span.start >= previous, "sketch tokens are in order");
        previous = span.end;
    });
    let folded = fold(&text);
    assert_eq!(fold(&folded), folded, "folding is idempotent");
    // Shingle size from the input, so that short and long shingles are both exercised.
    let shingle_size = 1 + data.first().map_or(0, |b| usize::from(b % 8));
    let params = SketchParams {
        shingle_size,
        num_perm: 16,
        window: 1 + data.last().map_or(0, |b| usize::from(b % 8)),
    };
    let sketched = sketch(&text, &params);
    for anchor in &sketched.anchors {
        let span = Span::new(anchor.start as usize, anchor.end as usize);
        crosscheck_fuzz::check_span(&text, span, "anchor");
    }
});
