//! Typed load errors. Each names the file; the binary adds nothing but the exit code.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why a file could not be loaded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The path does not exist.
    #[error("no such file or directory")]
    NotFound,
    /// The file exists but may not be read.
    #[error("permission denied")]
    PermissionDenied,
    /// A named pipe, socket or device where a report file was expected.
    #[error("not a regular file (a pipe, socket or device)")]
    NotRegular,
    /// Any other I/O failure.
    #[error("cannot read: {0}")]
    Io(String),
    /// Not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset} (use --lossy to replace bad bytes)")]
    InvalidUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// Contains a NUL byte, so it is not a text report.
    #[error("binary file (NUL byte at offset {offset})")]
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// Zero bytes, or only white space.
    #[error("empty file")]
    Empty,
    /// A file named on the command line whose extension crosscheck does not read.
    #[error("unsupported file type (expected .txt, .md, .jsonl, .ndjson or .json)")]
    Unsupported,
    /// A directory with nothing crosscheck can read.
    #[error("no documents found in {0}")]
    NoDocuments(String),
    /// A record that is not valid JSON or lacks its text.
    #[error("line {line}: {message}")]
    MalformedRecord {
        /// 1-based line in the file (for a JSON array, the line where parsing failed).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Two documents share an id.
    #[error("duplicate document id {id:?} (first seen in {first})")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first seen.
        first: String,
    },
    /// A file read twice in one run (a streamed corpus is read again for the documents it needs in full)
    /// that did not give the same document the second time.
    #[error(
        "changed while crosscheck was reading it (document {id:?} differs on the second reading)"
    )]
    Changed {
        /// The document that differs.
        id: String,
    },
    /// A directory that links back to one of its ancestors.
    #[error("directory symlink loop; skipped")]
    SymlinkLoop,
}

impl LoadErrorKind {
    /// Classifies an I/O error.
    pub fn from_io(err: std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::NotFound => LoadErrorKind::NotFound,
            std::io::ErrorKind::PermissionDenied => LoadErrorKind::PermissionDenied,
            _ => LoadErrorKind::Io(err.to_string()),
        }
    }
}

/// A load error for one file.
#[derive(Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file or directory at fault.
    pub path: PathBuf,
    /// What is wrong with it.
    pub kind: LoadErrorKind,
}

impl LoadError {
    /// An error for `path`.
    pub fn new(path: &Path, kind: LoadErrorKind) -> Self {
        LoadError {
            path: path.to_path_buf(),
            kind,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            LoadErrorKind::NoDocuments(_) => write!(f, "{}", self.kind),
            kind => write!(f, "{}: {kind}", super::display_path(&self.path)),
        }
    }
}

impl std::error::Error for LoadError {}

/// Every load error of one run, in the order the inputs were given and walked.
#[derive(Debug)]
pub struct LoadErrors(pub Vec<LoadError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, err) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{err}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}
