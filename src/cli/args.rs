//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::load::SourceFrom;
use crosscheck::report::Format;

/// Checks a corpus of news reports against itself: near-duplicates, aligned passages, and where sources
/// disagree (names, places, numbers, dates, quotations).
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Options every subcommand takes.
    #[command(flatten)]
    pub global: GlobalArgs,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the whole pipeline and report every finding.
    Check(CheckArgs),
    /// Record the current findings as accepted, so that `check --baseline FILE` fails only on new ones.
    ///
    /// Write it with `-o .crosscheck-baseline.json` (atomically); without `-o` it goes to standard output.
    Baseline(Inputs),
    /// Show the configuration in effect.
    Config(ConfigArgs),
    /// Report near-duplicate and same-story pairs, story groups and shared passages.
    Dups(DupsArgs),
    /// List each entity with its spellings and their counts per source.
    Variants {
        /// Files and directories to read.
        #[command(flatten)]
        inputs: Inputs,
        /// Show why each spelling joined its entity (the rule or score).
        #[arg(long)]
        explain: bool,
    },
    /// Test the name matcher on name pairs: same or different, with the score and the reason.
    Names {
        /// A file of name pairs, one `name1<TAB>name2` per line (further columns, blank lines and lines
        /// starting with `#` are ignored).
        #[arg(long, value_name = "FILE.tsv")]
        pairs: PathBuf,
    },
    /// Show two reports aligned passage by passage, with the differing words highlighted.
    Diff {
        /// The first report.
        a: PathBuf,
        /// The second report.
        b: PathBuf,
        /// Show the two reports in columns that fit the terminal.
        #[arg(long)]
        side_by_side: bool,
    },
}

/// Files and directories to read.
#[derive(Debug, Args)]
pub struct Inputs {
    /// Report files (.txt, .md, .jsonl, .ndjson, .json) and directories to walk.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// What `check` takes beyond its inputs.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and directories to read.
    #[command(flatten)]
    pub inputs: Inputs,
    /// Mark findings recorded in this baseline file `known`: only `new` ones count toward `--fail-on`.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Report only findings that involve these reports (files or directories), still compared against every
    /// input. Paths not among the inputs are added to them.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub only: Vec<PathBuf>,
    /// Near-duplicate settings.
    #[command(flatten)]
    pub near: NearArgs,
}

/// What `dups` takes.
#[derive(Debug, Args)]
pub struct DupsArgs {
    /// What to read.
    #[command(flatten)]
    pub inputs: Inputs,
    /// Near-duplicate settings.
    #[command(flatten)]
    pub near: NearArgs,
}

/// Settings of the near-duplicate stage. Given on the command line, they win over `crosscheck.toml`.
#[derive(Debug, Default, Args)]
pub struct NearArgs {
    /// Jaccard similarity of word shingles at or above which two reports are near-duplicates [default: 0.5].
    #[arg(long, value_name = "J", value_parser = parse_threshold)]
    pub threshold: Option<f64>,
    /// Words per shingle [default: 5].
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub shingle_size: Option<u16>,
}

fn parse_threshold(s: &str) -> Result<f64, String> {
    let value: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if value > 0.0 && value <= 1.0 {
        Ok(value)
    } else {
        Err(format!("{value} is outside (0, 1]"))
    }
}

/// What `config` takes.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the effective configuration (defaults merged with the file) as TOML.
    #[arg(long)]
    pub dump: bool,
}

/// When to exit with status 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Fail on errors.
    Error,
    /// Fail on warnings or errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail on findings.
    Never,
}

/// When to use colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When writing to a terminal and `NO_COLOR` is unset.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Options shared by every subcommand.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(short, long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with status 1 when a finding is at or above this severity.
    #[arg(long, global = true, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Exit with status 0 whatever is found (errors in the input still exit 2).
    #[arg(long, global = true)]
    pub exit_zero: bool,
    /// Worker threads (default: one per core).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Colour in terminal output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print nothing on standard error but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print the choices a run made (LSH bands and rows, caps) on standard error.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Print the time and items of each pipeline stage on standard error (`check` and `dups`).
    #[arg(long, global = true)]
    pub stats: bool,
    /// Replace invalid UTF-8 with U+FFFD and warn, instead of failing.
    #[arg(long, global = true)]
    pub lossy: bool,
    /// Read this configuration file instead of the nearest crosscheck.toml.
    #[arg(long, global = true, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every configuration file: use the defaults.
    #[arg(long, global = true)]
    pub no_config: bool,
    /// Name a report's outlet after its file stem or its directory, when the report does not name it.
    #[arg(long, global = true, value_enum, default_value_t = SourceFrom::Stem)]
    pub source_from: SourceFrom,
}
