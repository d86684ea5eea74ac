//! Micro-benchmarks of the hot pipeline stages, one group per stage: tokenize/normalise, shingle+MinHash,
//! LSH, verify, align, extract and word diff.
//!
//! The input is the project's own fixture stories (`fixtures/stories/*/`, written for crosscheck): reports of
//! one event by several outlets, so that verification, alignment and the word diff see real rewrites. Each
//! benchmark runs on the whole set or on its first pair of reports of one story; `cargo bench --bench stages`
//! runs them all in well under a minute. Whole-process figures are in BENCHMARKS.md (`bench/scale.py`).

use std::path::Path;

use crosscheck::Settings;
use crosscheck::align::{AlignLimits, AlignStats, SentenceFeatures, Vocabulary, align_documents};
use crosscheck::candidates::lsh::{self, LshParams};
use crosscheck::compare::word_hunks;
use crosscheck::extract::extract_facts;
use crosscheck::segment::{Segmented, tokenize};
use crosscheck::sketch::{Sketch, SketchParams, sketch};
use crosscheck::text::fold;
use crosscheck::verify::{self, score::overlap};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// The fixture reports, grouped by story, in path order.
fn stories() -> Vec<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/stories");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures/stories is part of the repository")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|dir| {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .expect("a story directory")
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
                .collect();
            files.sort();
            files
                .iter()
                .map(|f| std::fs::read_to_string(f).expect("a fixture report"))
                .collect::<Vec<String>>()
        })
        .filter(|reports| reports.len() >= 2)
        .collect()
}

fn reports() -> Vec<String> {
    stories().into_iter().flatten().collect()
}

fn bytes(texts: &[String]) -> usize {
    texts.iter().map(String::len).sum()
}

fn sketches(texts: &[String]) -> Vec<Sketch> {
    let params = SketchParams::from(&Settings::default());
    texts.iter().map(|t| sketch(t, &params)).collect()
}

/// Tokenize and normalise: word tokens with their matching hashes, case and typography folding, and the
/// segmenter (paragraphs, sentences, boilerplate) that every later stage reads.
mod tokenize_normalise {
    use super::*;

    #[divan::bench]
    fn tokens(bencher: Bencher) {
        let texts = reports();
        bencher
            .counter(divan::counter::BytesCount::new(bytes(&texts)))
            .bench(|| {
                texts
                    .iter()
                    .map(|t| tokenize(black_box(t)).len())
                    .sum::<usize>()
            });
    }

    #[divan::bench]
    fn fold_text(bencher: Bencher) {
        let texts = reports();
        bencher
            .counter(divan::counter::BytesCount::new(bytes(&texts)))
            .bench(|| {
                texts
                    .iter()
                    .map(|t| fold(black_box(t)).len())
                    .sum::<usize>()
            });
    }

    #[divan::bench]
    fn segment(bencher: Bencher) {
        let texts = reports();
        bencher
            .counter(divan::counter::BytesCount::new(bytes(&texts)))
            .bench(|| {
                texts
                    .iter()
                    .map(|t| Segmented::new(black_box(t)).sentences.len())
                    .sum::<usize>()
            });
    }
}

/// Shingles, MinHash signature, winnowed anchors and terms of each report.
#[divan::bench]
fn shingle_minhash(bencher: Bencher) {
    let texts = reports();
    let params = SketchParams::from(&Settings::default());
    bencher
        .counter(divan::counter::BytesCount::new(bytes(&texts)))
        .bench(|| {
            texts
                .iter()
                .map(|t| sketch(black_box(t), &params).shingles.len())
                .sum::<usize>()
        });
}

/// LSH banding of the signatures into candidate pairs.
#[divan::bench]
fn lsh_candidates(bencher: Bencher) {
    let sketches = sketches(&reports());
    let signatures: Vec<&[u32]> = sketches.iter().map(|s| s.signature.as_slice()).collect();
    let settings = Settings::default();
    let params = LshParams::for_threshold(settings.threshold, settings.num_perm);
    bencher.bench(|| lsh::candidates(black_box(&signatures), params).len());
}

/// Verification: exact Jaccard and containment of every pair's shingle sets, and the whole verify+group
/// stage (candidates of both channels, scoring, shared passages, story groups).
mod verify_pairs {
    use super::*;

    #[divan::bench]
    fn exact_overlap_all_pairs(bencher: Bencher) {
        let sketches = sketches(&reports());
        let n = sketches.len();
        bencher
            .counter(divan::counter::ItemsCount::new(n * (n - 1) / 2))
            .bench(|| {
                let mut total = 0.0;
                for a in 0..n {
                    for b in a + 1..n {
                        total += overlap(&sketches[a].shingles, &sketches[b].shingles).jaccard;
                    }
                }
                total
            });
    }

    #[divan::bench]
    fn detect(bencher: Bencher) {
        let sketches = sketches(&reports());
        let settings = Settings::default();
        bencher.bench(|| {
            verify::detect(black_box(&sketches), &[], &settings)
                .pairs
                .len()
        });
    }
}

/// Sentence alignment of every pair of reports within each story.
#[divan::bench]
fn align(bencher: Bencher) {
    let stories = stories();
    let features: Vec<Vec<Vec<Option<SentenceFeatures>>>> = stories
        .iter()
        .map(|reports| {
            reports
                .iter()
                .map(|t| SentenceFeatures::for_document(t, &Segmented::new(t), &[]))
                .collect()
        })
        .collect();
    let mut vocabulary = Vocabulary::default();
    for f in features.iter().flatten() {
        vocabulary.add_document(f);
    }
    let limits = AlignLimits::default();
    bencher.bench(|| {
        let mut stats = AlignStats::default();
        let mut aligned = 0;
        for story in &features {
            for a in 0..story.len() {
                for b in a + 1..story.len() {
                    aligned += align_documents(
                        a,
                        &story[a],
                        b,
                        &story[b],
                        &vocabulary,
                        &limits,
                        &mut stats,
                    )
                    .len();
                }
            }
        }
        aligned
    });
}

/// Fact extraction (names, numbers, dates, quotations, roles) from segmented reports.
#[divan::bench]
fn extract(bencher: Bencher) {
    let texts = reports();
    let segmented: Vec<Segmented> = texts.iter().map(|t| Segmented::new(t)).collect();
    bencher
        .counter(divan::counter::BytesCount::new(bytes(&texts)))
        .bench(|| {
            texts
                .iter()
                .zip(&segmented)
                .map(|(t, s)| extract_facts(black_box(t), s).numbers.len())
                .sum::<usize>()
        });
}

/// Word diff of the first two reports of each story, token by token.
#[divan::bench]
fn word_diff(bencher: Bencher) {
    let pairs: Vec<_> = stories()
        .iter()
        .map(|r| (tokenize(&r[0]), tokenize(&r[1])))
        .collect();
    bencher.bench(|| {
        pairs
            .iter()
            .map(|(a, b)| word_hunks(black_box(a), black_box(b)).len())
            .sum::<usize>()
    });
}
