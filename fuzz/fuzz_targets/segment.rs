//! The segmenter on arbitrary text: lines, paragraphs, sentences and tokens keep valid spans.
#![no_main]

use crosscheck::segment::Segmented;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = crosscheck_fuzz::text(data);
    let seg = Segmented::new(&text);
    crosscheck_fuzz::check_segmented(&text, &seg);
});
