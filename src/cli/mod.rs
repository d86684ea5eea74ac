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
        Command::Variants {
            ref inputs,
            explain,
        } => variants(&cli.global, &inputs.paths, explain),
        Command::Names { ref pairs } => name_pairs(&cli.global, pairs),
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

fn variants(global: &GlobalArgs, paths: &[std::path::PathBuf], explain: bool) -> u8 {
    let Some(corpus) = load_corpus(global, paths) else {
        return ERROR;
    };
    let resolved = pipeline::names(&corpus);
    let rendered = report::names::render_variants(
        &resolved.entities,
        global.format,
        &render_options(global),
        explain,
    );
    write_output(global, rendered.as_bytes()).unwrap_or(SUCCESS)
}

fn name_pairs(global: &GlobalArgs, path: &std::path::Path) -> u8 {
    let shown = load::display_path(path);
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("crosscheck: error: {shown}: not valid UTF-8");
                return ERROR;
            }
        },
        Err(err) => {
            eprintln!("crosscheck: error: cannot read {shown}: {err}");
            return ERROR;
        }
    };
    let mut pairs = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(a), Some(b)) = (fields.next(), fields.next()) else {
            eprintln!(
                "crosscheck: error: {shown}:{}: expected two names separated by a tab",
                number + 1
            );
            return ERROR;
        };
        pairs.push(report::names::NamePair {
            a: a.to_string(),
            b: b.to_string(),
            verdict: crosscheck::resolve::same_name(a, b),
        });
    }
    let rendered = report::names::render_name_pairs(&pairs, global.format, &render_options(global));
    write_output(global, rendered.as_bytes()).unwrap_or(SUCCESS)
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

/// Colour and width for the output the run writes to.
fn render_options(global: &GlobalArgs) -> RenderOptions {
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
    RenderOptions { color, width }
}

/// Writes rendered output; `Some(status)` when the run must end with it (a write error, or a closed pipe).
fn write_output(global: &GlobalArgs, bytes: &[u8]) -> Option<u8> {
    let err = output::write(global.output.as_deref(), bytes).err()?;
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        return Some(SUCCESS);
    }
    let target = global
        .output
        .as_ref()
        .map_or("standard output".to_string(), |p| load::display_path(p));
    eprintln!("crosscheck: error: cannot write {target}: {err}");
    Some(ERROR)
}

/// Renders and writes the report, then decides the exit status from its findings.
fn emit(global: &GlobalArgs, report: &Report) -> u8 {
    let rendered = report::render(report, global.format, &render_options(global));
    if let Some(status) = write_output(global, rendered.as_bytes()) {
        return status;
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
