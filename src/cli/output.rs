//! Writing the report: to standard output, or atomically to a file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The write in progress, shared with the interrupt handler.
#[derive(Default)]
struct Pending {
    /// The temporary file being written, if any.
    file: Option<PathBuf>,
    /// Set once Ctrl-C was pressed: no file may be renamed into place after that.
    interrupted: bool,
    /// Set once the report is in place: the run is only finishing, and a late Ctrl-C leaves its status alone.
    written: bool,
}

static PENDING: Mutex<Pending> = Mutex::new(Pending {
    file: None,
    interrupted: false,
    written: false,
});

/// The interrupt handler's work: removes the temporary file of a write in progress and exits with `code`.
/// The lock is held through the exit, so that no write can rename its file into place after Ctrl-C. Once a
/// report is in place the run exits with the status of what it wrote, so Ctrl-C is ignored.
pub fn interrupt(code: i32) {
    let guard = PENDING.lock();
    if let Ok(mut pending) = guard {
        if pending.written {
            return;
        }
        pending.interrupted = true;
        if let Some(path) = pending.file.take() {
            let _ = std::fs::remove_file(path);
        }
        eprintln!("crosscheck: interrupted");
        std::process::exit(code);
    }
    eprintln!("crosscheck: interrupted");
    std::process::exit(code)
}

/// Writes `bytes` to `path`, or to standard output when `path` is `None`.
///
/// A file is written to a temporary sibling and renamed into place, so a reader never sees half a report and a
/// killed run leaves the previous file intact.
pub fn write(path: Option<&Path>, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, |out| out.write_all(bytes))
}

/// Writes what `produce` writes to `path`, or to standard output when `path` is `None`, buffered; as
/// [`write`], a file is renamed into place only once complete. A large report is streamed this way rather
/// than held whole in memory first.
pub fn write_with(
    path: Option<&Path>,
    produce: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    match path {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            produce(&mut out)?;
            out.flush()
        }
        Some(path) => write_atomic_with(path, produce),
    }
}

/// Writes what `produce` writes to a temporary file beside `path`, syncs it, and renames it over `path`.
fn write_atomic_with(
    path: &Path,
    produce: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.crosscheck-{}.tmp", std::process::id()));
    let interrupted = || std::io::Error::other("interrupted");
    {
        let mut pending = PENDING.lock().map_err(|_| interrupted())?;
        if pending.interrupted {
            return Err(interrupted());
        }
        pending.file = Some(tmp.clone());
    }
    let written = (|| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        produce(&mut file)?;
        file.into_inner().map_err(|e| e.into_error())?.sync_all()
    })();
    // The rename happens under the lock: once the interrupt handler holds it, no report is put in place.
    let mut pending = PENDING.lock().map_err(|_| interrupted())?;
    pending.file = None;
    let result = written.and_then(|()| {
        if pending.interrupted {
            Err(interrupted())
        } else {
            std::fs::rename(&tmp, path)
        }
    });
    pending.written = result.is_ok();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
