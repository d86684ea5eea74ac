//! The sorted, loop-safe directory walk.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{Format, LoadError, LoadErrorKind, LoadWarning, PathGlobs};

/// Expands `inputs` into the files to load, recording missing paths and empty directories as errors and
/// directory symlink loops as warnings. Entries the walk finds that match `ignore` are skipped; inputs named
/// explicitly are always kept.
///
/// The files come out sorted by the path shown for them, whatever order the inputs were given in, so that
/// `check b a` and `check a b` produce the same report.
pub(super) fn collect_files(
    inputs: &[PathBuf],
    ignore: &PathGlobs,
    errors: &mut Vec<LoadError>,
    warnings: &mut Vec<LoadWarning>,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Err(err) => errors.push(LoadError::new(input, LoadErrorKind::from_io(err))),
            Ok(meta) if meta.is_dir() => {
                let before = files.len();
                walk_dir(input, ignore, &mut files, errors, warnings);
                if files.len() == before {
                    let name = super::display_path(input);
                    errors.push(LoadError::new(input, LoadErrorKind::NoDocuments(name)));
                }
            }
            Ok(_) => files.push(input.clone()),
        }
    }
    files.sort_by_cached_key(|f| (super::display_path(f), f.clone()));
    // Inputs given twice, or a file named inside a directory also given, are loaded once.
    let mut seen = HashSet::new();
    files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    files
}

/// Walks `root` without recursion (a deeply nested tree cannot exhaust the stack), skipping hidden entries.
fn walk_dir(
    root: &Path,
    ignore: &PathGlobs,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
    warnings: &mut Vec<LoadWarning>,
) {
    let mut visited: HashSet<PathBuf> = HashSet::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let canonical = match std::fs::canonicalize(&dir) {
            Ok(c) => c,
            Err(err) => {
                errors.push(LoadError::new(&dir, LoadErrorKind::from_io(err)));
                continue;
            }
        };
        if !visited.insert(canonical.clone()) {
            // A second link to a directory already walked: its files are already listed.
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) => {
                errors.push(LoadError::new(&dir, LoadErrorKind::from_io(err)));
                continue;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.path())
            .collect();
        paths.sort();
        for path in paths {
            if ignore.is_match(&path) {
                continue;
            }
            // `metadata` follows symlinks; a dangling one is reported like any unreadable entry.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    if let Ok(target) = std::fs::canonicalize(&path)
                        && canonical.starts_with(&target)
                    {
                        // A link back to this directory or an ancestor: walking it would never end.
                        warnings.push(LoadWarning {
                            path,
                            message: LoadErrorKind::SymlinkLoop.to_string(),
                        });
                        continue;
                    }
                    pending.push(path);
                }
                Ok(meta) if meta.is_file() && Format::of(&path).is_some() => files.push(path),
                Ok(_) => {}
                Err(err) => errors.push(LoadError::new(&path, LoadErrorKind::from_io(err))),
            }
        }
    }
}
