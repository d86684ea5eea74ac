//! Running the built binary in tests.

#![allow(
    dead_code,
    reason = "each test crate uses a different part of this module"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `crosscheck args` in `dir`, with no step-summary variable leaking in from the environment.
pub fn crosscheck(dir: &Path, args: &[&str]) -> Run {
    crosscheck_env(dir, args, &[])
}

/// Runs `crosscheck args` in `dir` with extra environment variables.
pub fn crosscheck_env(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("NO_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().expect("the binary runs");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// The crate's root, where `fixtures/` lives.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `fixtures/<from>` to `to`, file by file (one level deep).
pub fn copy_dir(from: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(root().join("fixtures").join(from)).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}
