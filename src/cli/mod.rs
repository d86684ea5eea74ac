//! The binary's edge: argument parsing, output, and exit codes. All context for errors is added here.

mod args;
mod dups;
mod output;
mod progress;

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Parser;
use crosscheck::config::{self, Config};
use crosscheck::filter::{Baseline, Filter};
use crosscheck::load::{self, LoadOptions};
use crosscheck::report::{self, Format, RenderOptions, Report};
use crosscheck::stats::Stats;
use crosscheck::{Settings, Severity, pipeline};

use args::{CheckArgs, Cli, ColorChoice, Command, FailOn, GlobalArgs, NearArgs};

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
    let _ = ctrlc::set_handler(|| output::interrupt(INTERRUPTED));
    // The main thread is one of the pool's threads: with `--threads 1` all the work runs on it rather than on
    // a worker it waits for, and what a worker allocates for good (every sketch) comes from the main heap,
    // which grows in large steps, where a worker's heap grows a page and a system call at a time. Only fails
    // when a pool already exists, which cannot happen this early.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(cli.global.threads.map_or(0, |t| t as usize))
        .use_current_thread()
        .build_global();
    match cli.command {
        Command::Check(ref args) => check(&cli.global, args),
        Command::Baseline(ref inputs) => baseline(&cli.global, &inputs.paths),
        Command::Config(ref args) => show_config(&cli.global, args.dump),
        Command::Dups(ref args) => {
            let Some(config) = effective_config(&cli.global) else {
                return ERROR;
            };
            dups::run(
                &cli.global,
                &config,
                &args.inputs.paths,
                &settings(&config, &args.near),
            )
        }
        Command::Variants {
            ref inputs,
            explain,
        } => variants(&cli.global, &inputs.paths, explain),
        Command::Names { ref pairs } => name_pairs(&cli.global, pairs),
        Command::Diff {
            ref a,
            ref b,
            side_by_side,
        } => diff(&cli.global, a, b, side_by_side),
    }
}

fn check(global: &GlobalArgs, args: &CheckArgs) -> u8 {
    let Some(config) = effective_config(global) else {
        return ERROR;
    };
    let mut filter = Filter::new(&config);
    if let Some(path) = &args.baseline {
        let Some(baseline) = read_baseline(path) else {
            return ERROR;
        };
        filter.baseline = Some(baseline);
    }
    // Reports to scope to must be in the corpus, which they are compared against.
    let mut paths = args.inputs.paths.clone();
    paths.extend(args.only.iter().cloned());
    let mut stats = Stats::default();
    let started = std::time::Instant::now();
    let Some(corpus) = load_corpus(global, &config, &paths) else {
        return ERROR;
    };
    stats.add(
        "load",
        "documents",
        corpus.documents.len(),
        started.elapsed(),
    );
    if !args.only.is_empty() {
        let Some(only) = scoped_documents(&corpus, &args.only) else {
            return ERROR;
        };
        filter.only = Some(only);
    }
    // The spinner starts after loading, which prints its own warnings and errors, and stops before the
    // report is written, so nothing else is printed while it is drawn.
    let spinner =
        progress::StageSpinner::new(!global.quiet && std::io::stderr().is_terminal(), "segment");
    if let Some(observer) = spinner.observer() {
        stats.observe(observer);
    }
    let report =
        pipeline::check_filtered(&corpus, &settings(&config, &args.near), &filter, &mut stats);
    spinner.finish();
    let status = emit_with(global, &report, report::render_to, &mut stats);
    print_stats(global, &stats, input_bytes(&corpus));
    if global.format == Format::Github
        && let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|v| !v.is_empty())
    {
        append_step_summary(Path::new(&summary), &report);
    }
    status
}

/// `crosscheck baseline`: the findings `check` would report with this configuration, recorded as accepted.
fn baseline(global: &GlobalArgs, paths: &[PathBuf]) -> u8 {
    let Some(config) = effective_config(global) else {
        return ERROR;
    };
    let Some(corpus) = load_corpus(global, &config, paths) else {
        return ERROR;
    };
    let report = pipeline::check_filtered(
        &corpus,
        &settings(&config, &NearArgs::default()),
        &Filter::new(&config),
        &mut Stats::default(),
    );
    let baseline = Baseline::from_findings(&report.findings);
    if let Err(err) = output::write(global.output.as_deref(), baseline.to_json().as_bytes()) {
        return write_failed(global, &err);
    }
    if !global.quiet
        && let Some(path) = &global.output
    {
        let n = baseline.entries.len();
        eprintln!(
            "crosscheck: baseline of {n} finding{} written to {}",
            if n == 1 { "" } else { "s" },
            load::display_path(path)
        );
    }
    SUCCESS
}

/// `crosscheck variants`: each entity with its spellings and their counts per source.
/// `variants` and `names` print a table or JSON; the report formats (SARIF, HTML, ...) are for findings.
fn table_or_json(global: &GlobalArgs, command: &str) -> bool {
    if matches!(global.format, Format::Table | Format::Json) {
        return true;
    }
    eprintln!("crosscheck {command}: error: --format must be table or json");
    false
}

fn variants(global: &GlobalArgs, paths: &[PathBuf], explain: bool) -> u8 {
    if !table_or_json(global, "variants") {
        return ERROR;
    }
    let Some(config) = effective_config(global) else {
        return ERROR;
    };
    let Some(corpus) = load_corpus(global, &config, paths) else {
        return ERROR;
    };
    let resolved = pipeline::names(&corpus, &settings(&config, &NearArgs::default()));
    let rendered = report::names::render_variants(
        &resolved.entities,
        global.format,
        &render_options(global),
        explain,
    );
    match output::write(global.output.as_deref(), rendered.as_bytes()) {
        Ok(()) => SUCCESS,
        Err(err) => write_failed(global, &err),
    }
}

/// `crosscheck names --pairs FILE`: the matcher's verdict on each `name1<TAB>name2` line, in input order.
fn name_pairs(global: &GlobalArgs, path: &Path) -> u8 {
    if !table_or_json(global, "names") {
        return ERROR;
    }
    let shown = load::display_path(path);
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                eprintln!("crosscheck: error: {shown}: invalid UTF-8 at byte {offset}");
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
    match output::write(global.output.as_deref(), rendered.as_bytes()) {
        Ok(()) => SUCCESS,
        Err(err) => write_failed(global, &err),
    }
}

/// `crosscheck diff A B`: two reports aligned passage by passage, with the findings for the pair.
fn diff(global: &GlobalArgs, a: &Path, b: &Path, side_by_side: bool) -> u8 {
    let Some(config) = effective_config(global) else {
        return ERROR;
    };
    let mut documents = Vec::new();
    for path in [a, b] {
        let Some(corpus) = load_corpus(global, &config, &[path.to_path_buf()]) else {
            return ERROR;
        };
        if corpus.documents.len() != 1 {
            eprintln!(
                "crosscheck: error: {}: diff compares two single reports; this input holds {}",
                load::display_path(path),
                corpus.documents.len()
            );
            return ERROR;
        }
        documents.extend(corpus.documents);
    }
    if documents[0].id == documents[1].id {
        eprintln!(
            "crosscheck: error: diff needs two different reports; both are {}",
            documents[0].id
        );
        return ERROR;
    }
    let corpus = load::Corpus {
        documents,
        warnings: Vec::new(),
    };
    let settings = settings(&config, &NearArgs::default());
    let outcome = pipeline::diff(&corpus, &settings);
    let mut report = outcome.report;
    Filter::new(&config).apply(&mut report);
    if global.format != Format::Table {
        return emit(global, &report);
    }
    let options = render_options(global);
    let view = report::diff::DiffView::new(
        &corpus.documents[0],
        &corpus.documents[1],
        &outcome.alignments,
        report.findings.clone(),
    );
    let rendered = if side_by_side {
        let width = options.width.map_or(120, usize::from);
        report::diff::render_side_by_side(&view, width, options.color)
    } else {
        report::diff::render_inline(&view, options.color)
    };
    if let Err(err) = output::write(global.output.as_deref(), rendered.as_bytes()) {
        return write_failed(global, &err);
    }
    exit_status(global, &report)
}

/// `crosscheck config`: which file is in effect, or with `--dump` the whole effective configuration.
fn show_config(global: &GlobalArgs, dump: bool) -> u8 {
    let Some(config) = effective_config(global) else {
        return ERROR;
    };
    let text = if dump {
        config.to_toml()
    } else {
        match &config.file {
            Some(file) => format!("{}\n", load::display_path(file)),
            None => format!("no {} found; using the defaults\n", config::FILE_NAME),
        }
    };
    match output::write(global.output.as_deref(), text.as_bytes()) {
        Ok(()) => SUCCESS,
        Err(err) => write_failed(global, &err),
    }
}

/// The configuration: `--no-config` gives the defaults, `--config FILE` that file, otherwise the nearest
/// `crosscheck.toml` from the current directory up, if any. Errors are printed here.
fn effective_config(global: &GlobalArgs) -> Option<Config> {
    if global.no_config {
        return Some(Config::default());
    }
    let file = match &global.config {
        Some(file) => Some(file.clone()),
        None => std::env::current_dir()
            .ok()
            .and_then(|dir| config::discover(&dir)),
    };
    let Some(file) = file else {
        return Some(Config::default());
    };
    match Config::load(&file) {
        Ok(config) => Some(config),
        Err(err) => {
            eprintln!("crosscheck: error: {err}");
            None
        }
    }
}

/// Settings: defaults, then the configuration file, then command-line flags.
fn settings(config: &Config, near: &NearArgs) -> Settings {
    let mut settings = Settings::default();
    config.apply_to(&mut settings);
    if let Some(threshold) = near.threshold {
        settings.threshold = threshold;
    }
    if let Some(k) = near.shingle_size {
        settings.shingle_size = usize::from(k);
    }
    settings
}

fn read_baseline(path: &Path) -> Option<Baseline> {
    let name = load::display_path(path);
    let parsed = std::fs::read_to_string(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                format!("{e}; create it with `crosscheck baseline PATHS -o {name}`")
            }
            _ => e.to_string(),
        })
        .and_then(|text| Baseline::parse(&text).map_err(|e| e.to_string()));
    match parsed {
        Ok(baseline) => Some(baseline),
        Err(reason) => {
            eprintln!("crosscheck: error: baseline {name}: {reason}");
            None
        }
    }
}

/// Ids of the loaded documents that lie at or under the `--only` paths. Each path must select a report.
fn scoped_documents(corpus: &load::Corpus, only: &[PathBuf]) -> Option<BTreeSet<String>> {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let documents: Vec<(PathBuf, &str)> = corpus
        .documents
        .iter()
        .map(|d| (canonical(Path::new(&d.path)), d.id.as_str()))
        .collect();
    let mut ids = BTreeSet::new();
    let mut ok = true;
    for path in only {
        let scope = canonical(path);
        let mut any = false;
        for (doc_path, id) in &documents {
            if doc_path.starts_with(&scope) {
                any = true;
                ids.insert(id.to_string());
            }
        }
        if !any {
            eprintln!(
                "crosscheck: error: --only {}: no report loaded from there",
                load::display_path(path)
            );
            ok = false;
        }
    }
    ok.then_some(ids)
}

/// Appends the Markdown summary to GitHub's step summary file. A failure here only costs the summary, so it
/// is a warning, not a failed run.
fn append_step_summary(path: &Path, report: &Report) {
    use std::io::Write;
    let markdown = report::render(report, Format::Markdown, &RenderOptions::default());
    let result = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()));
    if let Err(err) = result {
        eprintln!(
            "crosscheck: warning: cannot append to $GITHUB_STEP_SUMMARY ({}): {err}",
            load::display_path(path)
        );
    }
}

fn load_options(global: &GlobalArgs, config: &Config) -> LoadOptions {
    LoadOptions {
        source_from: global.source_from,
        lossy: global.lossy,
        ignore: config.ignore_globs(),
    }
}

fn print_load_errors(errors: &load::LoadErrors) {
    for err in &errors.0 {
        eprintln!("crosscheck: error: {err}");
    }
    let n = errors.0.len();
    eprintln!(
        "crosscheck: {n} input error{}; no report written",
        if n == 1 { "" } else { "s" }
    );
}

fn print_load_warnings(global: &GlobalArgs, warnings: &[load::LoadWarning]) {
    if global.quiet {
        return;
    }
    for warning in warnings {
        eprintln!("crosscheck: warning: {warning}");
    }
}

fn load_corpus(global: &GlobalArgs, config: &Config, paths: &[PathBuf]) -> Option<load::Corpus> {
    match load::load(paths, &load_options(global, config)) {
        Ok(mut corpus) => {
            config.assign_sources(&mut corpus);
            print_load_warnings(global, &corpus.warnings);
            Some(corpus)
        }
        Err(errors) => {
            print_load_errors(&errors);
            None
        }
    }
}

/// Renders and writes the report, then decides the exit status from its findings.
fn emit(global: &GlobalArgs, report: &Report) -> u8 {
    emit_with(global, report, report::render_to, &mut Stats::default())
}

/// [`emit`] with a chosen renderer, adding the rendering and writing to stage "render" of `stats`. The report
/// is written as it is rendered, never held whole.
fn emit_with(global: &GlobalArgs, report: &Report, render: RenderTo, stats: &mut Stats) -> u8 {
    let started = std::time::Instant::now();
    let options = render_options(global);
    let mut bytes = 0;
    let written = output::write_with(global.output.as_deref(), |out| {
        let mut counted = Counted { out, bytes: 0 };
        let result = render(report, global.format, &options, &mut counted);
        bytes = counted.bytes;
        result
    });
    stats.add("render", "bytes", bytes, started.elapsed());
    if let Err(err) = written {
        return write_failed(global, &err);
    }
    exit_status(global, report)
}

/// A renderer that writes its format to a writer ([`report::render_to`], [`report::render_dups_to`]).
type RenderTo = fn(&Report, Format, &RenderOptions, &mut dyn std::io::Write) -> std::io::Result<()>;

/// A writer that counts the bytes through it, for `--stats`.
struct Counted<'w> {
    out: &'w mut dyn std::io::Write,
    bytes: usize,
}

impl std::io::Write for Counted<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.bytes += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Bytes of text in a loaded corpus.
fn input_bytes(corpus: &load::Corpus) -> u64 {
    corpus.documents.iter().map(|d| d.bytes() as u64).sum()
}

/// Under `--stats`, prints each stage's time and items on standard error, then the total and the throughput
/// over `bytes` of input text.
fn print_stats(global: &GlobalArgs, stats: &Stats, bytes: u64) {
    if !global.stats {
        return;
    }
    for stage in stats.stages() {
        let seconds = stage.time.as_secs_f64();
        let rate = if seconds > 0.0 {
            format!(", {:.0}/s", stage.items as f64 / seconds)
        } else {
            String::new()
        };
        eprintln!(
            "crosscheck: stats: {:<13} {:>9.3} s {:>11} {}{rate}",
            stage.name, seconds, stage.items, stage.unit
        );
    }
    let total = stats.total().as_secs_f64();
    eprintln!(
        "crosscheck: stats: {:<13} {:>9.3} s {:>11} bytes of text, {:.1} MB/s",
        "total",
        total,
        bytes,
        if total > 0.0 {
            bytes as f64 / 1e6 / total
        } else {
            0.0
        }
    );
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

/// Reports a failed write and gives the exit status: a closed pipe (`| head`) is the reader's choice, not an
/// error.
fn write_failed(global: &GlobalArgs, err: &std::io::Error) -> u8 {
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        return SUCCESS;
    }
    let target = global
        .output
        .as_ref()
        .map_or("standard output".to_string(), |p| load::display_path(p));
    eprintln!("crosscheck: error: cannot write {target}: {err}");
    ERROR
}

fn exit_status(global: &GlobalArgs, report: &Report) -> u8 {
    let threshold = match global.fail_on {
        _ if global.exit_zero => return SUCCESS,
        FailOn::Never => return SUCCESS,
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    // Under a baseline only new findings count: the known ones were accepted.
    if report.max_gating_severity().is_some_and(|s| s >= threshold) {
        FAILURE
    } else {
        SUCCESS
    }
}
