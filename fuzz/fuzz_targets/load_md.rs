//! The .md loader on arbitrary bytes: decoding, binary and empty checks, and the records.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck_fuzz::load("md", data));
