//! `crosscheck dups`: the near-duplicate stage alone, over a streamed corpus ([`verify::near_duplicates_streamed`]),
//! with a progress bar and the report.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crosscheck::Settings;
use crosscheck::config::Config;
use crosscheck::load;
use crosscheck::report::{self, Report};
use crosscheck::sketch::SketchParams;
use crosscheck::stats::Stats;
use crosscheck::verify;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

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
    let mut stats = Stats::default();
    let streamed = verify::near_duplicates_streamed(
        &files,
        &options,
        config,
        settings,
        verify::FULL_SKETCH_BUDGET,
        &mut stats,
        |bytes| progress.advance(bytes),
    );
    progress.finish();
    let mut streamed = match streamed {
        Ok(streamed) => streamed,
        Err(errors) => {
            print_load_errors(&errors);
            return ERROR;
        }
    };
    // The walk's warnings (symlink loops) come first, as they do for `check`.
    let warnings = [walk_warnings, std::mem::take(&mut streamed.warnings)].concat();
    print_load_warnings(global, &warnings);
    let near = streamed.near;
    let params = SketchParams::from(settings);
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
            "crosscheck: candidates: {} from lsh, {} from rare terms (document-frequency cap {}), {} more from \
             reports related to one report, {} distinct; {} verified pairs, {} stories",
            stats.lsh_candidates,
            stats.rare_term_candidates,
            stats.df_cap,
            stats.neighbour_candidates,
            stats.candidates,
            near.pairs.len(),
            near.stories.len(),
        );
        if streamed.read_again > 0 {
            eprintln!(
                "crosscheck: {} documents read again for their full sketches (memory budget {} MiB)",
                streamed.read_again,
                verify::FULL_SKETCH_BUDGET >> 20,
            );
        }
    }
    let report = Report {
        documents: streamed.documents,
        stories: near.stories,
        pairs: near.pairs,
        findings: Vec::new(),
        notes: warnings
            .iter()
            .map(ToString::to_string)
            .chain(near.stats.copies_note())
            .collect(),
        baseline: None,
    };
    let status = emit_with(global, &report, report::render_dups_to, &mut stats);
    print_stats(global, &stats, streamed.text_bytes);
    // The process exits next, and returns all its memory at once: freeing the sketches and the report's
    // records one by one first (a hundred thousand allocations on 20,000 reports, long out of the cache)
    // would only delay the exit. Compilers do the same (clang's `-disable-free`).
    std::mem::forget(streamed.sketches);
    std::mem::forget(report);
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
