//! Writing the report: to standard output, or atomically to a file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary file being written, if any, so that an interrupt can remove it before exiting.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Removes the temporary file of a write in progress. Called from the interrupt handler.
pub fn remove_pending() {
    if let Ok(mut pending) = PENDING.lock()
        && let Some(path) = pending.take()
    {
        let _ = std::fs::remove_file(path);
    }
}

/// Writes `bytes` to `path`, or to standard output when `path` is `None`.
///
/// A file is written to a temporary sibling and renamed into place, so a reader never sees half a report and a
/// killed run leaves the previous file intact.
pub fn write(path: Option<&Path>, bytes: &[u8]) -> std::io::Result<()> {
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
        Some(path) => write_atomic(path, bytes),
    }
}

/// Writes `bytes` to a temporary file beside `path`, syncs it, and renames it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.crosscheck-{}.tmp", std::process::id()));
    if let Ok(mut pending) = PENDING.lock() {
        *pending = Some(tmp.clone());
    }
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Ok(mut pending) = PENDING.lock() {
        *pending = None;
    }
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
