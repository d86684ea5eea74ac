//! Streaming load: documents handed over in batches, so that a stage that keeps only a small summary of each
//! document (a sketch) never holds the whole corpus in memory. JSON Lines files are read in chunks and their
//! records parsed in parallel; other files are loaded whole, one at a time.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{
    Document, Format, LoadError, LoadErrorKind, LoadErrors, LoadOptions, LoadWarning, display_path,
    fallback_source, load_file, records, walk,
};

/// Bytes of JSON Lines read per batch.
const CHUNK_BYTES: usize = 4 << 20;

/// The files under `inputs`, walked as [`super::load`] walks them (skipping `options.ignore`), with the
/// walk's warnings (directory symlink loops).
pub fn input_files(
    inputs: &[PathBuf],
    options: &LoadOptions,
) -> Result<(Vec<PathBuf>, Vec<LoadWarning>), LoadErrors> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let files = walk::collect_files(inputs, &options.ignore, &mut errors, &mut warnings);
    if errors.is_empty() {
        Ok((files, warnings))
    } else {
        Err(LoadErrors(errors))
    }
}

/// Loads `files` in order and hands each batch of documents to `each`, with the number of input bytes the
/// batch consumed. Documents arrive in the order [`super::load`] would list them.
///
/// Errors do not stop the stream: every bad file and record is collected and returned at the end, so one run
/// names them all. A caller must discard its results when an error is returned.
pub fn stream(
    files: &[PathBuf],
    options: &LoadOptions,
    mut each: impl FnMut(Vec<Document>, u64),
) -> Result<Vec<LoadWarning>, LoadErrors> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut deliver = |docs: Vec<Document>, bytes: u64, errors: &mut Vec<LoadError>| {
        for doc in &docs {
            if let Some(first) = ids.insert(doc.id.clone(), doc.path.clone()) {
                errors.push(LoadError::new(
                    Path::new(&doc.path),
                    LoadErrorKind::DuplicateId {
                        id: doc.id.clone(),
                        first: first.clone(),
                    },
                ));
                ids.insert(doc.id.clone(), first);
            }
        }
        each(docs, bytes);
    };
    for file in files {
        if Format::of(file) == Some(Format::JsonLines) {
            stream_lines(file, options, &mut warnings, &mut errors, &mut deliver);
            continue;
        }
        let bytes = std::fs::metadata(file).map_or(0, |m| m.len());
        match load_file(file, options) {
            Ok((docs, file_warnings)) => {
                warnings.extend(file_warnings);
                deliver(docs, bytes, &mut errors);
            }
            Err(errs) => errors.extend(errs),
        }
    }
    if errors.is_empty() {
        Ok(warnings)
    } else {
        Err(LoadErrors(errors))
    }
}

fn stream_lines(
    file: &Path,
    options: &LoadOptions,
    warnings: &mut Vec<LoadWarning>,
    errors: &mut Vec<LoadError>,
    deliver: &mut impl FnMut(Vec<Document>, u64, &mut Vec<LoadError>),
) {
    let mut reader = match super::open_regular(file) {
        Ok(f) => f,
        Err(kind) => return errors.push(LoadError::new(file, kind)),
    };
    let path = display_path(file);
    let source = fallback_source(file, options.source_from);
    let mut pending: Vec<u8> = Vec::new();
    let mut lines_before = 0;
    let mut first_chunk = true;
    let mut any_record = false;
    loop {
        let mut chunk = Vec::with_capacity(CHUNK_BYTES + pending.len());
        chunk.append(&mut pending);
        let read = match (&mut reader)
            .take(CHUNK_BYTES as u64)
            .read_to_end(&mut chunk)
        {
            Ok(n) => n,
            Err(e) => return errors.push(LoadError::new(file, LoadErrorKind::from_io(e))),
        };
        let done = read == 0;
        if !done {
            // Keep the last, possibly partial, line for the next chunk.
            match chunk.iter().rposition(|&b| b == b'\n') {
                Some(cut) => pending = chunk.split_off(cut + 1),
                None => {
                    pending = chunk;
                    continue;
                }
            }
        }
        if first_chunk {
            first_chunk = false;
            if chunk.starts_with(b"\xEF\xBB\xBF") {
                chunk.drain(..3);
            }
        }
        // `contains` on bytes is a vectorised search; the position is only wanted when there is one.
        if chunk.contains(&0) {
            let offset = chunk.iter().position(|&b| b == 0).unwrap_or(0);
            return errors.push(LoadError::new(file, LoadErrorKind::Binary { offset }));
        }
        let consumed = chunk.len() as u64;
        let text = match String::from_utf8(chunk) {
            Ok(text) => text,
            Err(err) if options.lossy => {
                let line = lines_before
                    + count_lines(&err.as_bytes()[..err.utf8_error().valid_up_to()])
                    + 1;
                warnings.push(LoadWarning {
                    path: file.to_path_buf(),
                    message: format!(
                        "invalid UTF-8 on line {line}; replaced with U+FFFD (--lossy)"
                    ),
                });
                String::from_utf8_lossy(err.as_bytes()).into_owned()
            }
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let line = lines_before + count_lines(&err.as_bytes()[..offset]) + 1;
                return errors.push(LoadError::new(
                    file,
                    LoadErrorKind::MalformedRecord {
                        line,
                        message: "invalid UTF-8 (use --lossy to replace bad bytes)".into(),
                    },
                ));
            }
        };
        let lines: Vec<&str> = text.lines().collect();
        let parsed: Vec<Result<Option<Document>, LoadError>> = lines
            .par_iter()
            .enumerate()
            .map(|(i, line)| records::parse_line(file, &path, &source, lines_before + i + 1, line))
            .collect();
        lines_before += lines.len();
        let mut docs = Vec::with_capacity(parsed.len());
        for result in parsed {
            match result {
                Ok(Some(doc)) => docs.push(doc),
                Ok(None) => {}
                Err(err) => errors.push(err),
            }
        }
        any_record |= !docs.is_empty();
        deliver(docs, consumed, errors);
        if done {
            break;
        }
    }
    if !any_record && !errors.iter().any(|e| e.path == file) {
        errors.push(LoadError::new(file, LoadErrorKind::Empty));
    }
}

fn count_lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(files: &[PathBuf]) -> Result<Vec<String>, LoadErrors> {
        let mut ids = Vec::new();
        stream(files, &LoadOptions::default(), |docs, _| {
            ids.extend(docs.into_iter().map(|d| d.id))
        })?;
        Ok(ids)
    }

    #[test]
    fn streams_records_in_order_across_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.jsonl");
        let body = "x ".repeat(1000);
        let lines: String = (0..5000)
            .map(|i| format!("{{\"id\":\"d{i}\",\"text\":\"{body}\"}}\n"))
            .collect();
        std::fs::write(&file, lines).unwrap();
        let ids = collect(&[file]).unwrap();
        assert_eq!(ids.len(), 5000);
        assert_eq!(ids[4321], "d4321");
    }

    #[test]
    fn names_bad_lines_and_duplicate_ids() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.jsonl");
        std::fs::write(
            &file,
            "{\"id\":\"a\",\"text\":\"x\"}\n{oops\n{\"id\":\"a\",\"text\":\"y\"}\n",
        )
        .unwrap();
        let errors = collect(&[file]).unwrap_err();
        let messages: Vec<String> = errors.0.iter().map(|e| e.kind.to_string()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("line 2:"));
        assert!(messages[1].contains("duplicate document id"));
    }

    #[test]
    fn empty_jsonl_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.jsonl");
        std::fs::write(&file, "\n\n").unwrap();
        let errors = collect(&[file]).unwrap_err();
        assert_eq!(errors.0[0].kind, LoadErrorKind::Empty);
    }
}
