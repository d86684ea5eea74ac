//! The binary's edge: argument parsing, output, and exit codes. All context for errors is added here.

mod args;
mod output;

use std::io::IsTerminal;

use clap::Parser;
use crosscheck::load::{self, LoadOptions};
use crosscheck::report::{self, RenderOptions, Report};
use crosscheck::{Settings, Severity, pipeline};

use args::{Cli, ColorChoice, Command, FailOn, GlobalArgs};

/// No finding at or above `--fail-on`, or `--exit-zero`.
pub const SUCCESS: u8 = 0;
/// Findings at or above `--fail-on`.
pub const FAILURE: u8 = 1;
/// A usage, configuration or input error.
pub const ERROR: u8 = 2;
/// Stopped by Ctrl-C (128 + SIGINT), as shells report it.
pub const INTERRUPTED: i32 = 130;

/// Runs the command line and returns the exit status.
pub fn run() -> u8 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() { ERROR } else { SUCCESS };
        }
    };
    // Ctrl-C stops at once: nothing is half-written because files are only ever renamed into place, and the
    // temporary file of a write in progress is removed here.
    let _ = ctrlc::set_handler(|| {
        output::remove_pending();
        eprintln!("crosscheck: interrupted");
        std::process::exit(INTERRUPTED);
    });
    if let Some(threads) = cli.global.threads {
        // Only fails when a pool already exists, which cannot happen this early.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads as usize)
            .build_global();
    }
    match cli.command {
        Command::Check(ref inputs) => check(&cli.global, &inputs.paths),
        Command::Dups(_) => not_built(
            "dups",
            "near-duplicate detection (sketch, candidates, verify)",
        ),
        Command::Variants(_) => not_built("variants", "name extraction and resolution"),
        Command::Diff { .. } => not_built("diff", "passage alignment and word diff"),
    }
}

fn not_built(command: &str, stage: &str) -> u8 {
    eprintln!(
        "crosscheck {command}: not available yet: the {stage} stage is not built in this version"
    );
    ERROR
}

fn check(global: &GlobalArgs, paths: &[std::path::PathBuf]) -> u8 {
    let Some(corpus) = load_corpus(global, paths) else {
        return ERROR;
    };
    let report = pipeline::check(&corpus, &Settings::default());
    emit(global, &report)
}

fn load_corpus(global: &GlobalArgs, paths: &[std::path::PathBuf]) -> Option<load::Corpus> {
    let options = LoadOptions {
        source_from: global.source_from,
        lossy: global.lossy,
    };
    match load::load(paths, &options) {
        Ok(corpus) => {
            if !global.quiet {
                for warning in &corpus.warnings {
                    eprintln!(
                        "crosscheck: warning: {}: {}",
                        load::display_path(&warning.path),
                        warning.message
                    );
                }
            }
            Some(corpus)
        }
        Err(errors) => {
            for err in &errors.0 {
                eprintln!("crosscheck: error: {err}");
            }
            let n = errors.0.len();
            eprintln!(
                "crosscheck: {n} input error{}; no report written",
                if n == 1 { "" } else { "s" }
            );
            None
        }
    }
}

/// Renders and writes the report, then decides the exit status from its findings.
fn emit(global: &GlobalArgs, report: &Report) -> u8 {
    let to_terminal = global.output.is_none() && std::io::stdout().is_terminal();
    let color = match global.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let width = if to_terminal {
        comfy_table::Table::new().width()
    } else {
        None
    };
    let rendered = report::render(report, global.format, &RenderOptions { color, width });
    if let Err(err) = output::write(global.output.as_deref(), rendered.as_bytes()) {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return SUCCESS;
        }
        let target = global
            .output
            .as_ref()
            .map_or("standard output".to_string(), |p| load::display_path(p));
        eprintln!("crosscheck: error: cannot write {target}: {err}");
        return ERROR;
    }
    exit_status(global, report)
}

fn exit_status(global: &GlobalArgs, report: &Report) -> u8 {
    let threshold = match global.fail_on {
        _ if global.exit_zero => return SUCCESS,
        FailOn::Never => return SUCCESS,
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    if report.max_severity().is_some_and(|s| s >= threshold) {
        FAILURE
    } else {
        SUCCESS
    }
}
