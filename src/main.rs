//! The `crosscheck` command: parses arguments, drives the library, prints, and maps the outcome to an exit code.

mod cli;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(cli::run())
}
