//! Helpers shared by the CLI tests: run the built binary and capture what it printed.

#![allow(
    dead_code,
    reason = "each test binary uses a different subset of these helpers"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What one run of the binary printed, and how it exited.
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Runs `crosscheck` with `args` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_in_env(dir, args, &[])
}

/// Runs `crosscheck` with `args` in `dir`, with extra environment variables.
pub fn run_in_env(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1");
    for (key, value) in env {
        command.env(key, value);
    }
    let output: Output = command.output().expect("binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `crosscheck` with `args` from the repository root.
pub fn run(args: &[&str]) -> Run {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// Parses a JSON report.
pub fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is JSON ({e}):\n{}", run.stdout))
}

/// The crate's root, where `fixtures/` lives.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `actual` with the golden file `fixtures/<case>/expected/<name>`, or writes it when
/// `CROSSCHECK_BLESS` is set (review the diff before committing).
pub fn assert_golden(case: &str, name: &str, actual: &str) {
    let path = root()
        .join("fixtures")
        .join(case)
        .join("expected")
        .join(name);
    if std::env::var_os("CROSSCHECK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with CROSSCHECK_BLESS=1 to create it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from the golden file:\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

/// Copies `fixtures/<from>` to `to`, file by file (one level deep).
pub fn copy_dir(from: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(root().join("fixtures").join(from)).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A report built by hand with every field the CI formats show: a spelling variant with a house-spelling
/// suggestion, a conflict across two reports, known and new findings, a stale baseline entry, a note, and
/// values that need escaping in Markdown and workflow commands. It does not depend on what the detection stages
/// find, so its golden outputs change only when a renderer does.
pub fn sample_report() -> crosscheck::Report {
    use crosscheck::filter::{BaselineEntry, BaselineOutcome};
    use crosscheck::findings::{Evidence, Finding, Kind, Status};
    use crosscheck::report::DocumentInfo;

    let evidence = |doc: &str, line: usize, column: usize, text: &str, context: &str| Evidence {
        document: doc.into(),
        path: doc.into(),
        line,
        column,
        end_line: line,
        end_column: column + text.chars().count(),
        start: line * 100 + column - 1,
        end: line * 100 + column - 1 + text.len(),
        text: text.into(),
        context: context.into(),
    };
    let document = |path: &str, source: &str, title: &str| DocumentInfo {
        id: path.into(),
        path: path.into(),
        source: source.into(),
        title: title.into(),
        bytes: 1000,
    };
    let mut place = Finding::new(
        Kind::PlaceConflict,
        None,
        vec!["Jeddah".into(), "Riyadh".into()],
        "talks in Saudi Arabia placed in Jeddah (a.txt) and Riyadh (b.txt)".into(),
        vec![
            evidence(
                "news/a.txt",
                7,
                31,
                "Jeddah",
                "The talks in Jeddah lasted four hours.",
            ),
            evidence(
                "news/b.txt",
                3,
                9,
                "Riyadh",
                "Talks in Riyadh, Saudi Arabia, ended late.",
            ),
        ],
    );
    place.status = Some(Status::New);
    let mut variant = Finding::new(
        Kind::SpellingVariant,
        Some("Sergei Lavrov".into()),
        vec!["Sergey Lavrov".into(), "Siergiej Ławrow".into()],
        "house spelling is \"Sergei Lavrov\"; found \"Sergey Lavrov\", \"Siergiej Ławrow\"".into(),
        vec![
            evidence(
                "news/a.txt",
                2,
                1,
                "Sergey Lavrov",
                "Sergey Lavrov said | nothing, 100% <sure>.",
            ),
            evidence(
                "news/c d.txt",
                5,
                12,
                "Siergiej Ławrow",
                "— declared Siergiej Ławrow.",
            ),
        ],
    );
    variant.suggestion = Some("Sergei Lavrov".into());
    variant.status = Some(Status::Known);
    let mut duplicate = Finding::new(
        Kind::DuplicatePassage,
        None,
        vec!["Caption: the bridge at dawn | seen from the <ferry>, 100%.".into()],
        "passage repeated 2 times in news/b.txt (lines 1, 9)".into(),
        vec![
            evidence(
                "news/b.txt",
                1,
                1,
                "Caption: the bridge at dawn | seen from the <ferry>, 100%.",
                "Caption: the bridge at dawn | seen from the <ferry>, 100%.",
            ),
            evidence(
                "news/b.txt",
                9,
                1,
                "Caption: the bridge at dawn | seen from the <ferry>, 100%.",
                "Caption: the bridge at dawn | seen from the <ferry>, 100%.",
            ),
        ],
    );
    duplicate.status = Some(Status::New);
    let mut findings = vec![duplicate, variant, place];
    crosscheck::findings::sort(&mut findings);
    crosscheck::Report {
        documents: vec![
            document("news/a.txt", "a", "Talks end without a deal"),
            document("news/b.txt", "b", "Talks in Riyadh end late"),
            document("news/c d.txt", "Gazeta", "Ławrow o rozmowach"),
        ],
        stories: Vec::new(),
        pairs: Vec::new(),
        findings,
        notes: vec![
            "news/c d.txt: invalid UTF-8 from byte 12; replaced with U+FFFD (--lossy)".into(),
        ],
        baseline: Some(BaselineOutcome {
            stale: vec![BaselineEntry {
                id: "number-conflict-00000000000000ff".into(),
                kind: "number-conflict".into(),
                entity: None,
                values: vec!["30-day".into(), "60-day".into()],
                documents: vec!["news/a.txt".into(), "news/b.txt".into()],
            }],
        }),
    }
}

/// Deterministic report prose: `sentences` sentences about talks, drawn from a small vocabulary by a seeded
/// generator, so that tests can build large corpora at run time instead of committing them.
pub fn prose(seed: u64, sentences: usize) -> String {
    const PEOPLE: [&str; 8] = [
        "Amira Haddad",
        "Tomasz Wrona",
        "Keiko Sato",
        "Daniel Okafor",
        "Lucia Ferreira",
        "Ivan Petrenko",
        "Sara Lindqvist",
        "Omar Khalil",
    ];
    const PLACES: [&str; 6] = ["Geneva", "Nairobi", "Lisbon", "Tbilisi", "Manila", "Quito"];
    const VERBS: [&str; 5] = ["said", "announced", "denied", "confirmed", "warned"];
    const NOUNS: [&str; 6] = [
        "ceasefire",
        "port deal",
        "grain corridor",
        "prisoner swap",
        "power line",
        "rail link",
    ];
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut out = String::new();
    for _ in 0..sentences {
        let sentence = format!(
            "{} {} in {} on day {} that the {} would cover {} districts. ",
            PEOPLE[next(PEOPLE.len())],
            VERBS[next(VERBS.len())],
            PLACES[next(PLACES.len())],
            1 + next(28),
            NOUNS[next(NOUNS.len())],
            2 + next(90),
        );
        out.push_str(&sentence);
    }
    out
}

/// Deterministic dense prose of at least `bytes` bytes on one line: every sentence has two people, a place, a
/// weekday and two figures ("Raten Raloez met Lolo Nislonov in Riga on Thursday after 196 people were hurt and
/// 9 died."), drawn from 200 given names, 500 surnames sharing five endings, 20 places and 7 days, so that a
/// large report holds tens of thousands of distinct names whose surname keys collide.
pub fn dense_prose(bytes: usize) -> String {
    const SYLLABLES: [&str; 20] = [
        "ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor", "fa", "gri", "han", "jo", "ler",
        "mon", "nis", "pe", "qua", "sor", "ti",
    ];
    const ENDINGS: [&str; 5] = ["nov", "ski", "son", "ez", "ani"];
    const PLACES: [&str; 20] = [
        "Geneva", "Nairobi", "Lisbon", "Tbilisi", "Manila", "Quito", "Oslo", "Lima", "Hanoi",
        "Dakar", "Riga", "Accra", "Bogota", "Tunis", "Kyiv", "Minsk", "Doha", "Baku", "Sofia",
        "Porto",
    ];
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const VERBS: [&str; 5] = ["met", "called", "visited", "thanked", "criticised"];
    let capital = |s: &str| s[..1].to_uppercase() + &s[1..];
    let given: Vec<String> = SYLLABLES[..10]
        .iter()
        .flat_map(|a| SYLLABLES.iter().map(move |b| capital(a) + b))
        .collect();
    let surnames: Vec<String> = SYLLABLES
        .iter()
        .flat_map(|a| {
            SYLLABLES[..5]
                .iter()
                .flat_map(move |b| ENDINGS.iter().map(move |c| capital(a) + b + c))
        })
        .collect();
    let mut state: u64 = 12345;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut out = String::with_capacity(bytes + 200);
    while out.len() < bytes {
        let sentence = format!(
            "{} {} {} {} {} in {} on {} after {} people were hurt and {} died. ",
            given[next(given.len())],
            surnames[next(surnames.len())],
            VERBS[next(VERBS.len())],
            given[next(given.len())],
            surnames[next(surnames.len())],
            PLACES[next(PLACES.len())],
            DAYS[next(DAYS.len())],
            2 + next(500),
            1 + next(90),
        );
        out.push_str(&sentence);
    }
    out
}

/// A run of the binary with its peak memory, as `/usr/bin/time` measured it.
pub struct Measured {
    /// What the run printed and how it exited.
    pub run: Run,
    /// Peak resident set size in KiB, when `/usr/bin/time` is installed.
    pub peak_kib: Option<u64>,
}

/// Peak memory any single run may use.
pub const MAX_PEAK_KIB: u64 = 2 * 1024 * 1024;

/// Runs `crosscheck` with `args` in `dir` under `/usr/bin/time` (when installed), failing the test if it takes
/// longer than `timeout` (a hang) or uses more than [`MAX_PEAK_KIB`]. The figure is printed for `--nocapture`.
pub fn run_measured(dir: &Path, args: &[&str], timeout: std::time::Duration) -> Measured {
    let time = Path::new("/usr/bin/time");
    let stats = tempfile::NamedTempFile::new().expect("temp file");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(stats.path())
            .arg(env!("CARGO_BIN_EXE_crosscheck"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_crosscheck"))
    };
    command
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1");
    let run = run_with_timeout(command, timeout);
    let peak_kib = std::fs::read_to_string(stats.path())
        .ok()
        .and_then(|s| s.lines().last()?.trim().parse().ok());
    match peak_kib {
        Some(kib) => {
            eprintln!(
                "peak RSS {:.1} MiB: crosscheck {}",
                kib as f64 / 1024.0,
                args.join(" ")
            );
            assert!(
                kib < MAX_PEAK_KIB,
                "peak memory {kib} KiB is over 2 GiB: crosscheck {}",
                args.join(" ")
            );
        }
        None => eprintln!("peak RSS not measured (/usr/bin/time missing)"),
    }
    Measured { run, peak_kib }
}

/// Runs `command`, capturing its output, and fails the test if it runs longer than `timeout`.
pub fn run_with_timeout(mut command: Command, timeout: std::time::Duration) -> Run {
    use std::io::Read;
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;
    // Its own process group, so that a timeout stops `/usr/bin/time` and the run it measures together.
    let mut child = command
        .process_group(0)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // Drain both pipes on threads, so that a large report cannot fill a pipe and stall the child.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
            panic!("no answer within {timeout:?}: the run hangs or is far too slow");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Run {
        // A run stopped by a signal exits as a shell reports it: 128 + the signal.
        code: status.code().unwrap_or_else(|| {
            128 + std::os::unix::process::ExitStatusExt::signal(&status).unwrap_or(0)
        }),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
    }
}
