//! The near-duplicate stage over a streamed corpus, for `crosscheck dups`.
//!
//! Documents are sketched batch by batch as they are read, and their texts dropped at once: memory holds
//! sketches, not texts. A full sketch (shingles and winnowed anchors) is larger than its text, though, so
//! once the full sketches kept pass a budget, later documents keep only what proposing candidates reads
//! (signature and story terms). After the candidates are known, the files are read a second time for the
//! few documents a candidate involves that were not kept in full, and only those are sketched again. A
//! corpus whose full sketches fit the budget is read once.

use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;

use crate::config::Config;
use crate::load::{self, LoadError, LoadErrorKind, LoadErrors, LoadOptions, LoadWarning};
use crate::report::DocumentInfo;
use crate::settings::Settings;
use crate::sketch::{
    Sketch, SketchParams, proposal_sketch, sketch, sketch_unsorted, sort_shingles,
};
use crate::stats::Stats;

use super::{CopyGroups, NearDuplicates};

/// Bytes of full sketches a streamed run keeps from its first reading: about 300,000 reports of 3 KB.
pub const FULL_SKETCH_BUDGET: usize = 2 << 30;

/// What a streamed run found.
#[derive(Debug)]
pub struct Streamed {
    /// The documents, in stream order.
    pub documents: Vec<DocumentInfo>,
    /// Verified pairs and story groups.
    pub near: NearDuplicates,
    /// Non-fatal input problems.
    pub warnings: Vec<LoadWarning>,
    /// Bytes of text sketched (each document once).
    pub text_bytes: u64,
    /// Documents read and sketched a second time, in full.
    pub read_again: usize,
    /// Every document's sketch, as verification read it: handed back rather than dropped here, so that a
    /// caller about to exit can leave them to the operating system (`std::mem::forget`). Dropping them is
    /// five frees a document, each on memory written long before and no longer cached: about 2% of a
    /// one-thread `dups` run on 20,000 reports, for memory that exit returns at once.
    pub sketches: Vec<Sketch>,
}

/// Runs the near-duplicate stage over `files`, keeping at most `budget` bytes of full sketches from the
/// first reading. `progress` hears the input bytes each batch consumed; `stats` gets each stage's time.
pub fn near_duplicates_streamed(
    files: &[PathBuf],
    options: &LoadOptions,
    config: &Config,
    settings: &Settings,
    budget: usize,
    stats: &mut Stats,
    mut progress: impl FnMut(u64),
) -> Result<Streamed, LoadErrors> {
    let params = SketchParams::from(settings);
    let mut documents: Vec<DocumentInfo> = Vec::new();
    let mut days: Vec<Option<i32>> = Vec::new();
    let mut sketches: Vec<Sketch> = Vec::new();
    let mut full_bytes = 0;
    let mut text_bytes = 0;
    // Loading is the time the stream takes between handing over batches.
    let mut loading = Instant::now();
    let warnings = load::stream(files, options, |mut batch, bytes| {
        // `[[sources]]` rules name outlets here as they do for `check`.
        config.assign_sources_to(&mut batch);
        documents.extend(batch.iter().map(DocumentInfo::from));
        days.extend(batch.iter().map(crate::load::Document::story_day));
        stats.add("load", "documents", batch.len(), loading.elapsed());
        let sketching = Instant::now();
        let full = full_bytes < budget;
        let first = sketches.len();
        sketches.par_extend(batch.par_iter().map(|d| {
            if full {
                // Sorted below, if a candidate involves the document.
                sketch_unsorted(&d.text, &params)
            } else {
                proposal_sketch(&d.text, &params)
            }
        }));
        if full {
            full_bytes += sketches[first..]
                .iter()
                .map(Sketch::heap_bytes)
                .sum::<usize>();
        }
        stats.add("sketch", "documents", batch.len(), sketching.elapsed());
        text_bytes += batch.iter().map(|d| d.bytes() as u64).sum::<u64>();
        progress(bytes);
        loading = Instant::now();
    })?;
    stats.add("load", "documents", 0, loading.elapsed());

    // Copies are collapsed first, as `check` does: 5,000 identical reports are 4,999 pairs, not 12.5 million.
    let copies = CopyGroups::of(&sketches);
    let proposal = copies.propose(&sketches, settings);
    let involved = copies.involved(&proposal);
    // Proposal sketches have a signature but no shingles; a document without words has neither.
    let wanted: Vec<bool> = involved
        .iter()
        .zip(&sketches)
        .map(|(&inv, s)| inv && s.shingles.is_empty() && !s.signature.is_empty())
        .collect();
    let sorting = Instant::now();
    sketches
        .par_iter_mut()
        .zip(&involved)
        .filter(|(s, inv)| **inv && !s.shingles.is_empty())
        .for_each(|(s, _)| sort_shingles(s));
    // Part of sketching, deferred: no documents are added.
    stats.add("sketch", "documents", 0, sorting.elapsed());
    let read_again = wanted.iter().filter(|&&w| w).count();
    if read_again > 0 {
        read_in_full(
            files,
            options,
            &wanted,
            &documents,
            &mut sketches,
            &params,
            stats,
        )?;
    }
    let near = copies.verify(&sketches, &days, proposal, settings);
    near.stats.record(stats, near.pairs.len());
    Ok(Streamed {
        documents,
        near,
        warnings,
        text_bytes,
        read_again,
        sketches,
    })
}

/// Reads `files` again and sketches in full the `wanted` documents, checking that each is the document the
/// first reading saw.
fn read_in_full(
    files: &[PathBuf],
    options: &LoadOptions,
    wanted: &[bool],
    documents: &[DocumentInfo],
    sketches: &mut [Sketch],
    params: &SketchParams,
    stats: &mut Stats,
) -> Result<(), LoadErrors> {
    let mut changed = Vec::new();
    let mut delivered = vec![false; wanted.len()];
    let mut loading = Instant::now();
    load::stream_only(
        files,
        options,
        &|i| wanted.get(i).copied().unwrap_or(false),
        |batch| {
            stats.add("reload", "documents", batch.len(), loading.elapsed());
            let sketching = Instant::now();
            let full: Vec<(usize, Sketch)> = batch
                .par_iter()
                .map(|(i, d)| (*i, sketch(&d.text, params)))
                .collect();
            for ((i, doc), (_, full)) in batch.iter().zip(full) {
                let first = &documents[*i];
                if doc.id != first.id || doc.bytes() != first.bytes {
                    changed.push(LoadError::new(
                        std::path::Path::new(&doc.path),
                        LoadErrorKind::Changed {
                            id: first.id.clone(),
                        },
                    ));
                    continue;
                }
                sketches[*i] = full;
                delivered[*i] = true;
            }
            stats.add("resketch", "documents", batch.len(), sketching.elapsed());
            loading = Instant::now();
        },
    )?;
    // A document the second reading did not reach: the files lost records in between.
    if let Some(i) = (0..wanted.len()).find(|&i| wanted[i] && !delivered[i]) {
        changed.push(LoadError::new(
            std::path::Path::new(&documents[i].path),
            LoadErrorKind::Changed {
                id: documents[i].id.clone(),
            },
        ));
    }
    if changed.is_empty() {
        Ok(())
    } else {
        Err(LoadErrors(changed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JSON Lines corpus with copies, edited copies and unrelated reports, over 300 documents so that
    /// the rare-term index (not the small-corpus comparison) proposes same-story pairs.
    fn corpus(dir: &std::path::Path) -> PathBuf {
        let words: Vec<String> = (0..400)
            .map(|i| format!("w{}x{}", i % 37, i * 7 % 101))
            .collect();
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut texts: Vec<String> = Vec::new();
        for i in 0..320 {
            let text = if i % 5 == 4 {
                // An edited copy of an earlier report.
                let mut copy: Vec<&str> = texts[next(i)].split(' ').collect();
                let at = next(copy.len());
                copy[at] = "edited";
                copy.join(" ")
            } else {
                (0..60)
                    .map(|_| words[next(words.len())].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            texts.push(text);
        }
        let file = dir.join("c.jsonl");
        let lines: String = texts
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{{\"id\":\"d{i}\",\"text\":\"{t}\"}}\n"))
            .collect();
        std::fs::write(&file, lines).unwrap();
        file
    }

    fn run(file: &PathBuf, budget: usize) -> Streamed {
        near_duplicates_streamed(
            std::slice::from_ref(file),
            &LoadOptions::default(),
            &Config::default(),
            &Settings::default(),
            budget,
            &mut Stats::default(),
            |_| {},
        )
        .unwrap()
    }

    #[test]
    fn reading_again_past_the_budget_gives_the_single_reading_result() {
        let dir = tempfile::tempdir().unwrap();
        let file = corpus(dir.path());
        let once = run(&file, usize::MAX);
        let twice = run(&file, 0);
        assert_eq!(once.read_again, 0);
        assert!(twice.read_again > 0);
        assert!(!once.near.pairs.is_empty());
        assert_eq!(once.near.pairs, twice.near.pairs);
        assert_eq!(once.near.stories, twice.near.stories);
        assert_eq!(once.documents, twice.documents);
    }

    #[test]
    fn identical_reports_are_a_star_of_copies_not_a_clique_when_streamed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("same.jsonl");
        let text =
            "The council approved the bridge budget on Monday after a long debate about costs.";
        let lines: String = (0..200)
            .map(|i| format!("{{\"id\":\"r{i}\",\"text\":\"{text}\"}}\n"))
            .collect();
        std::fs::write(&file, lines).unwrap();
        for budget in [usize::MAX, 0] {
            let streamed = run(&file, budget);
            let near = &streamed.near;
            assert_eq!(near.stats.copies, 199);
            assert_eq!(
                near.pairs.len(),
                199,
                "one pair per copy, with the first report"
            );
            assert!(near.pairs.iter().all(|p| p.a == 0));
            assert_eq!(near.stories.len(), 1);
            assert_eq!(near.stories[0].documents.len(), 200);
        }
    }
}
