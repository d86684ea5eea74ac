//! The sorted, loop-safe directory walk.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{Format, LoadError, LoadErrorKind, PathGlobs};

/// Expands `inputs` into the files to load, in sorted order, recording missing paths and empty directories.
/// Entries the walk finds that match `ignore` are skipped; inputs named explicitly are always kept.
pub(super) fn collect_files(
    inputs: &[PathBuf],
    ignore: &PathGlobs,
    errors: &mut Vec<LoadError>,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Err(err) => errors.push(LoadError::new(input, LoadErrorKind::from_io(err))),
            Ok(meta) if meta.is_dir() => {
                let before = files.len();
                let mut visited = HashSet::new();
                walk_dir(input, ignore, &mut files, &mut visited, errors);
                if files.len() == before {
                    let name = super::display_path(input);
                    errors.push(LoadError::new(input, LoadErrorKind::NoDocuments(name)));
                }
            }
            Ok(_) => files.push(input.clone()),
        }
    }
    // Inputs given twice, or a file named inside a directory also given, are loaded once.
    let mut seen = HashSet::new();
    files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    files
}

fn walk_dir(
    dir: &Path,
    ignore: &PathGlobs,
    files: &mut Vec<PathBuf>,
    visited: &mut HashSet<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(err) => return errors.push(LoadError::new(dir, LoadErrorKind::from_io(err))),
    };
    if !visited.insert(canonical) {
        // A symlink back to an ancestor (or a second link to a directory already walked): walking it again
        // would never end or would load the same files twice.
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => return errors.push(LoadError::new(dir, LoadErrorKind::from_io(err))),
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
        // `metadata` follows symlinks; a dangling one is skipped like any unreadable entry would be reported.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk_dir(&path, ignore, files, visited, errors),
            Ok(meta) if meta.is_file() && Format::of(&path).is_some() => files.push(path),
            Ok(_) => {}
            Err(err) => errors.push(LoadError::new(&path, LoadErrorKind::from_io(err))),
        }
    }
}
