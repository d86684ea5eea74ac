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
    stream_with(files, options, None, |docs, bytes| {
        each(docs.into_iter().map(|(_, doc)| doc).collect(), bytes)
    })
}

/// [`stream`] that hands over only the documents whose index (their position in the whole stream, from 0)
/// `wanted` accepts, each with its index. The lines of other JSON Lines records are not parsed at all: this
/// is how a run reads again the few documents it needs in full. Ids are not checked for repeats here; the
/// first reading did that.
pub fn stream_only(
    files: &[PathBuf],
    options: &LoadOptions,
    wanted: &(dyn Fn(usize) -> bool + Sync),
    mut each: impl FnMut(Vec<(usize, Document)>),
) -> Result<Vec<LoadWarning>, LoadErrors> {
    stream_with(files, options, Some(wanted), |docs, _| each(docs))
}

fn stream_with(
    files: &[PathBuf],
    options: &LoadOptions,
    wanted: Option<&(dyn Fn(usize) -> bool + Sync)>,
    mut each: impl FnMut(Vec<(usize, Document)>, u64),
) -> Result<Vec<LoadWarning>, LoadErrors> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    // Each id, with the index in `files` of the file that first used it.
    let mut ids: HashMap<String, usize> = HashMap::new();
    // Documents (or, in JSON Lines, non-blank lines) seen so far: the index of the next one.
    let mut counted = 0;
    for (file_index, file) in files.iter().enumerate() {
        let mut deliver =
            |docs: Vec<(usize, Document)>, bytes: u64, errors: &mut Vec<LoadError>| {
                if wanted.is_none() {
                    for (_, doc) in &docs {
                        if let Some(first) = ids.insert(doc.id.clone(), file_index) {
                            errors.push(LoadError::new(
                                Path::new(&doc.path),
                                LoadErrorKind::DuplicateId {
                                    id: doc.id.clone(),
                                    first: display_path(&files[first]),
                                },
                            ));
                            ids.insert(doc.id.clone(), first);
                        }
                    }
                }
                each(docs, bytes);
            };
        if Format::of(file) == Some(Format::JsonLines) {
            let lines = Lines {
                wanted,
                counted: &mut counted,
            };
            stream_lines(
                file,
                options,
                lines,
                &mut warnings,
                &mut errors,
                &mut deliver,
            );
            continue;
        }
        let bytes = std::fs::metadata(file).map_or(0, |m| m.len());
        match load_file(file, options) {
            Ok((docs, file_warnings)) => {
                warnings.extend(file_warnings);
                let first = counted;
                counted += docs.len();
                let docs = docs
                    .into_iter()
                    .enumerate()
                    .map(|(i, doc)| (first + i, doc))
                    .filter(|(i, _)| wanted.is_none_or(|wanted| wanted(*i)))
                    .collect();
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

/// Which lines of a JSON Lines file to parse: every non-blank line is a record and takes the next index.
struct Lines<'w, 'c> {
    wanted: Option<&'w (dyn Fn(usize) -> bool + Sync)>,
    counted: &'c mut usize,
}

fn stream_lines(
    file: &Path,
    options: &LoadOptions,
    lines_wanted: Lines<'_, '_>,
    warnings: &mut Vec<LoadWarning>,
    errors: &mut Vec<LoadError>,
    deliver: &mut impl FnMut(Vec<(usize, Document)>, u64, &mut Vec<LoadError>),
) {
    let Lines { wanted, counted } = lines_wanted;
    let mut reader = match super::open_regular(file) {
        Ok(f) => f,
        Err(kind) => return errors.push(LoadError::new(file, kind)),
    };
    let path = display_path(file);
    let source = fallback_source(file, options.source_from);
    let mut pending: Vec<u8> = Vec::new();
    let mut lines_before = 0;
    let mut first_chunk = true;
    // Non-blank lines: records, good or bad.
    let mut records = 0;
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
            match memchr::memrchr(b'\n', &chunk) {
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
        if let Some(offset) = memchr::memchr(0, &chunk) {
            return errors.push(LoadError::new(file, LoadErrorKind::Binary { offset }));
        }
        let consumed = chunk.len() as u64;
        // Checked with `simdutf8`, whose vectorised check of the ASCII bulk of a corpus is a fraction of the
        // standard library's; the standard library's check only places the error in a chunk that fails.
        let text: std::borrow::Cow<'_, str> = match simdutf8::basic::from_utf8(&chunk) {
            Ok(text) => text.into(),
            Err(_) => {
                let offset = std::str::from_utf8(&chunk).map_or_else(|e| e.valid_up_to(), str::len);
                let line = lines_before + count_lines(&chunk[..offset]) + 1;
                if !options.lossy {
                    return errors.push(LoadError::new(
                        file,
                        LoadErrorKind::MalformedRecord {
                            line,
                            message: "invalid UTF-8 (use --lossy to replace bad bytes)".into(),
                        },
                    ));
                }
                warnings.push(LoadWarning {
                    path: file.to_path_buf(),
                    message: format!(
                        "invalid UTF-8 on line {line}; replaced with U+FFFD (--lossy)"
                    ),
                });
                String::from_utf8_lossy(&chunk).into_owned().into()
            }
        };
        // Each line with its 1-based number and, when it is a record, its document index.
        let mut lines: Vec<(usize, usize, &str)> = Vec::new();
        let mut in_chunk = 0;
        for (i, line) in lines_of(&text).enumerate() {
            in_chunk = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            let index = *counted;
            *counted += 1;
            records += 1;
            if wanted.is_none_or(|wanted| wanted(index)) {
                lines.push((lines_before + i + 1, index, line));
            }
        }
        lines_before += in_chunk;
        let parsed: Vec<Result<Option<Document>, LoadError>> = lines
            .par_iter()
            .map(|&(number, _, line)| records::parse_line(file, &path, &source, number, line))
            .collect();
        let mut docs = Vec::with_capacity(parsed.len());
        for (result, &(_, index, _)) in parsed.into_iter().zip(&lines) {
            match result {
                Ok(Some(doc)) => docs.push((index, doc)),
                Ok(None) => {}
                Err(err) => errors.push(err),
            }
        }
        deliver(docs, consumed, errors);
        if done {
            break;
        }
    }
    if records == 0 && !errors.iter().any(|e| e.path == file) {
        errors.push(LoadError::new(file, LoadErrorKind::Empty));
    }
}

/// The lines of `text` as [`str::lines`] gives them, found with a vectorised search for line feeds.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        let line = match ends.next() {
            Some(end) => {
                let line = &text[start..end];
                start = end + 1;
                line.strip_suffix('\r').unwrap_or(line)
            }
            None if start < text.len() => {
                let line = &text[start..];
                start = text.len();
                line
            }
            None => return None,
        };
        Some(line)
    })
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
    fn lines_split_as_str_lines_does() {
        for text in [
            "",
            "a",
            "a\n",
            "a\r\nb",
            "\n\n",
            "a\r",
            "a\r\n\r\nb\r",
            "\r\n",
        ] {
            assert_eq!(
                lines_of(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn only_the_wanted_documents_are_read_again_with_their_indices() {
        let dir = tempfile::tempdir().unwrap();
        let lines = dir.path().join("a.jsonl");
        std::fs::write(
            &lines,
            "{\"id\":\"d0\",\"text\":\"x\"}\n\n{\"id\":\"d1\",\"text\":\"y\"}\n{\"id\":\"d2\",\"text\":\"z\"}\n",
        )
        .unwrap();
        let text = dir.path().join("b.txt");
        std::fs::write(&text, "Headline\nbody").unwrap();
        let mut seen = Vec::new();
        stream_only(
            &[lines, text],
            &LoadOptions::default(),
            &|i| i % 2 == 1,
            |docs| seen.extend(docs.into_iter().map(|(i, d)| (i, d.title))),
        )
        .unwrap();
        assert_eq!(seen, [(1, "y".to_string()), (3, "Headline".to_string())]);
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
