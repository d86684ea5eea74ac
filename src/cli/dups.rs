//! `crosscheck dups`: the near-duplicate stage alone, over a streamed corpus.
//!
//! Documents are sketched batch by batch as they are read and their texts dropped at once, so memory holds
//! sketches, not texts. Only the report's document list (ids, paths, outlets, short titles) is kept besides.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crosscheck::Settings;
use crosscheck::config::Config;
use crosscheck::load;
use crosscheck::report::{self, DocumentInfo, Report};
use crosscheck::sketch::{Sketch, SketchParams, sketch};
use crosscheck::stats::Stats;
use crosscheck::verify;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::args::GlobalArgs;
use super::{ERROR, emit_with, load_options, print_load_errors, print_load_warnings, print_stats};

/// Runs shorter than this show no progress bar.
const PROGRESS_DELAY: Duration = Duration::from_secs(1);

pub(super) fn run(
    global: &GlobalArgs,
    config: &Config,
    paths: &[PathBuf],
    settings: &Settings,
) -> u8 {
    let options = load_options(global, config);
    let (files, walk_warnings) = match load::input_files(paths, &options) {
        Ok(walked) => walked,
        Err(errors) => {
            print_load_errors(&errors);
            return ERROR;
        }
    };
    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    let progress = Progress::new(total, !global.quiet && std::io::stderr().is_terminal());
    let params = SketchParams::from(settings);
    let mut documents: Vec<DocumentInfo> = Vec::new();
    let mut sketches: Vec<Sketch> = Vec::new();
    let mut stats = Stats::default();
    let mut text_bytes = 0;
    let started = Instant::now();
    // Loading is the time the stream takes between handing over batches.
    let mut loading = started;
    let streamed = load::stream(&files, &options, |mut batch, bytes| {
        // `[[sources]]` rules name outlets here as they do for `check`.
        config.assign_sources_to(&mut batch);
        documents.extend(batch.iter().map(DocumentInfo::from));
        stats.add("load", "documents", batch.len(), loading.elapsed());
        let sketching = Instant::now();
        sketches.par_extend(batch.par_iter().map(|d| sketch(&d.text, &params)));
        stats.add("sketch", "documents", batch.len(), sketching.elapsed());
        text_bytes += batch.iter().map(|d| d.bytes() as u64).sum::<u64>();
        progress.advance(bytes);
        loading = Instant::now();
    });
    stats.add("load", "documents", 0, loading.elapsed());
    progress.finish();
    let warnings = match streamed {
        Ok(warnings) => [walk_warnings, warnings].concat(),
        Err(errors) => {
            print_load_errors(&errors);
            return ERROR;
        }
    };
    print_load_warnings(global, &warnings);
    let sketch_time = started.elapsed();
    let near = verify::detect(&sketches, settings);
    near.stats.record(&mut stats, near.pairs.len());
    drop(sketches);
    if global.verbose {
        let stats = &near.stats;
        eprintln!(
            "crosscheck: lsh: {} bands x {} rows = {} of {} MinHash values (threshold {}); \
             P(candidate) = {:.3} at the threshold",
            stats.lsh.bands,
            stats.lsh.rows,
            stats.lsh.bands * stats.lsh.rows,
            params.num_perm,
            settings.threshold,
            stats.lsh.collision_probability(settings.threshold),
        );
        eprintln!(
            "crosscheck: candidates: {} from lsh, {} from rare terms (document-frequency cap {}), {} distinct; \
             {} verified pairs, {} stories",
            stats.lsh_candidates,
            stats.rare_term_candidates,
            stats.df_cap,
            stats.candidates,
            near.pairs.len(),
            near.stories.len(),
        );
        eprintln!(
            "crosscheck: time: load and sketch {:.3} s, candidates {:.3} s, verify and group {:.3} s",
            sketch_time.as_secs_f64(),
            stats.candidate_time.as_secs_f64(),
            stats.verify_time.as_secs_f64(),
        );
    }
    let report = Report {
        documents,
        stories: near.stories,
        pairs: near.pairs,
        findings: Vec::new(),
        notes: warnings.iter().map(ToString::to_string).collect(),
        baseline: None,
    };
    let status = emit_with(global, &report, report::render_dups, &mut stats);
    print_stats(global, &stats, text_bytes);
    status
}

/// A byte-count progress bar on standard error that appears only once a run has lasted a second.
struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new(total: u64, enabled: bool) -> Self {
        let bar = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} sketching {bytes}/{total_bytes} [{bar:30}] {bytes_per_sec}, {eta} left",
                )
                .expect("valid template")
                .progress_chars("=> "),
            );
            bar
        });
        Progress { bar }
    }

    fn advance(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            if bar.is_hidden() && bar.elapsed() >= PROGRESS_DELAY {
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
