//! Stage 1, load: paths -> [`Corpus`] of [`Document`]s.
//!
//! Files and directories are accepted. Directories are walked recursively in sorted order, skipping hidden
//! entries, so that a run over the same tree always sees the same documents in the same order. Every input error
//! is collected, so that one run names every bad file at once.

mod error;
mod globs;
mod markdown;
mod records;
mod stream;
mod txt;
mod walk;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use error::{LoadError, LoadErrorKind, LoadErrors};
pub use globs::PathGlobs;
pub use stream::{input_files, stream, stream_only};

/// Where a document's text sits in the file it came from, so that positions can be reported in file terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The text is a slice of the file starting at `byte_offset`, on 0-based line `line_offset`.
    File {
        /// Bytes of the file before the text (front matter).
        byte_offset: usize,
        /// Lines of the file before the text.
        line_offset: usize,
    },
    /// The text is a string field of a JSON record; positions are reported within that string.
    Record {
        /// 1-based line of the record in a JSON Lines file, or 0-based index in a JSON array file.
        record: usize,
    },
}

/// One news report.
#[derive(Clone, Debug)]
pub struct Document {
    /// Unique id: the record's `id`, else the path (with `#N` for the Nth record of a file without ids).
    pub id: String,
    /// The file it came from, as given on the command line or found by the walk, with `/` separators.
    pub path: String,
    /// The outlet.
    pub source: String,
    /// The headline.
    pub title: String,
    /// Publication date as given, if any.
    pub date: Option<String>,
    /// URL as given, if any.
    pub url: Option<String>,
    /// The report's text, original bytes. For `.txt` files it is the whole file, headline included.
    pub text: String,
    /// Where `text` sits in the file.
    pub origin: Origin,
}

/// Lines at the head of a report that may hold its dateline: a headline, an outlet's line, the first
/// paragraph.
const DATELINE_LINES: usize = 4;

/// Longest line read as a heading of its own ("Translated from a Russian-language daily, Tbilisi, 18
/// October 2026"); a longer line is a paragraph, whose date is a dateline only when it opens it.
const DATELINE_HEADING_BYTES: usize = 200;

/// How far into a paragraph its opening dateline may end ("Kutaisi, 26 November 2026 - Seven miners ...").
const DATELINE_OPENING_BYTES: usize = 80;

/// The day of a report's dateline, as days since 1970-01-01: a full date, day, month and year, in one of
/// the first [`DATELINE_LINES`] lines that is a heading of its own (a transcript's "Saturday 17 October
/// 2026, 09:00", a translation's "Tbilisi, 18 October 2026"), or that opens a paragraph and is set off by a
/// dash ("Kutaisi, 26 November 2026 - "). A report without metadata still says when it was written this
/// way, and two reports written weeks apart are not one story's, whatever names they share.
pub fn dateline_day(text: &str) -> Option<i32> {
    // Most reports' heads hold no year at all: each line's head is first looked over for a digit, a test
    // the compiler runs on many bytes at once, so that loading a corpus pays next to nothing for reports
    // without a dateline.
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(DATELINE_LINES)
        .find_map(|line| {
            let heading = line.len() <= DATELINE_HEADING_BYTES
                && !line.ends_with(['.', '!', '?', '"', '\u{201d}']);
            // A longer line is read no further than a heading could run: a report on one line of
            // megabytes costs no more than one of a few hundred bytes.
            let mut head = line.len().min(DATELINE_HEADING_BYTES);
            while !line.is_char_boundary(head) {
                head -= 1;
            }
            let digit = line.as_bytes()[..head]
                .iter()
                .fold(false, |any, b| any | b.is_ascii_digit());
            if !digit {
                return None;
            }
            let (day, end) = first_full_date(&line[..head])?;
            let rest = line[end..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
            let opening =
                end <= DATELINE_OPENING_BYTES && rest.starts_with(['-', '\u{2013}', '\u{2014}']);
            (heading || opening).then_some(day)
        })
}

/// The first full date in `line` written "26 November 2026", "November 26, 2026" or "2026-11-26", as days
/// since 1970-01-01, with the byte offset where it ends.
fn first_full_date(line: &str) -> Option<(i32, usize)> {
    // Each word with its byte offset in `line`, taken from where its slice starts: a separator may be a
    // space of several bytes (a no-break space).
    let words: Vec<(usize, &str)> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    let month = |w: &str| crate::extract::month_number(&w.to_lowercase()).map(u32::from);
    let number = |w: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let valid = |y: u32, m: u32, d: u32| -> Option<i32> {
        let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
        let last = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        if !(1..=last).contains(&d) {
            return None;
        }
        Some(days_from_civil(i32::try_from(y).ok()?, m, d))
    };
    for (i, &(start, word)) in words.iter().enumerate() {
        if let Some(day) = iso_date(word).and_then(|(y, m, d)| valid(y, m, d)) {
            return Some((day, start + 10));
        }
        let [Some(&(_, b)), Some(&(c_at, c))] = [words.get(i + 1), words.get(i + 2)] else {
            continue;
        };
        let found = match (number(word, 1..=2), month(b), month(word), number(b, 1..=2)) {
            (Some(d), Some(m), _, _) => number(c, 4..=4).and_then(|y| valid(y, m, d)),
            (_, _, Some(m), Some(d)) => number(c, 4..=4).and_then(|y| valid(y, m, d)),
            _ => None,
        };
        if let Some(day) = found {
            return Some((day, c_at + c.len()));
        }
    }
    None
}

/// Year, month and day of an ISO date "2026-11-26" that starts `word`.
fn iso_date(word: &str) -> Option<(u32, u32, u32)> {
    let date = word.get(..10)?;
    let bytes = date.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        date[..4].parse().ok()?,
        date[5..7].parse().ok()?,
        date[8..].parse().ok()?,
    );
    (1..=12).contains(&m).then_some((y, m, d))
}

/// Days since 1970-01-01 of a calendar date (Howard Hinnant's days_from_civil).
pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Document {
    /// Size of the text in bytes.
    pub fn bytes(&self) -> usize {
        self.text.len()
    }

    /// The publication day, as days since 1970-01-01, when the date opens with an ISO calendar date
    /// ("2026-11-22", "2026-11-22T06:00:00Z"); `None` for no date or another form.
    pub fn publication_day(&self) -> Option<i32> {
        let date = self.date.as_deref()?.trim();
        let (y, rest) = date.split_once('-')?;
        let (m, rest) = rest.split_once('-')?;
        let d = rest.get(..2)?;
        if y.len() != 4
            || m.len() != 2
            || rest
                .get(2..3)
                .is_some_and(|c| c.as_bytes()[0].is_ascii_digit())
        {
            return None;
        }
        let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        Some(days_from_civil(y, m, d))
    }

    /// The day the report tells it was written, for grouping stories: its publication day, else the day of
    /// its dateline (see [`dateline_day`]).
    pub fn story_day(&self) -> Option<i32> {
        self.publication_day().or_else(|| dateline_day(&self.text))
    }

    /// A document of `text` alone, for unit tests: its id is also its path, and it starts the file.
    #[cfg(test)]
    pub(crate) fn for_test(id: &str, source: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            path: id.into(),
            source: source.into(),
            title: String::new(),
            date: None,
            url: None,
            text: text.into(),
            origin: Origin::File {
                byte_offset: 0,
                line_offset: 0,
            },
        }
    }
}

/// How the outlet is named when a report does not say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SourceFrom {
    /// The file name without its extension.
    #[default]
    Stem,
    /// The name of the directory that holds the file.
    Dir,
}

/// Loader settings.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// How to name the outlet when the report does not.
    pub source_from: SourceFrom,
    /// Replace invalid UTF-8 with U+FFFD and warn, instead of failing.
    pub lossy: bool,
    /// Files and directories the directory walk skips. A file named on the command line is always read.
    pub ignore: PathGlobs,
}

/// A problem that did not stop loading but that the user should hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadWarning {
    /// The file concerned.
    pub path: PathBuf,
    /// What happened.
    pub message: String,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", display_path(&self.path), self.message)
    }
}

/// The loaded documents, sorted by path and then by record order, with any warnings.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents in deterministic order.
    pub documents: Vec<Document>,
    /// Non-fatal problems, such as bytes replaced under `--lossy`.
    pub warnings: Vec<LoadWarning>,
}

/// The file formats the loader reads, chosen by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text; the first non-empty line is the headline.
    Text,
    /// Markdown with optional `---` front matter.
    Markdown,
    /// One JSON object per line.
    JsonLines,
    /// A JSON array of objects.
    Json,
}

impl Format {
    /// The format for a file name, or `None` when the extension is not one crosscheck reads.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "jsonl" | "ndjson" => Format::JsonLines,
            "json" => Format::Json,
            _ => return None,
        })
    }
}

/// The documents and warnings of one file, or every error found in it.
pub type FileResult = Result<(Vec<Document>, Vec<LoadWarning>), Vec<LoadError>>;

/// Loads every document under `inputs`.
///
/// All errors are collected: a run either gets every document or a list of every file at fault.
pub fn load(inputs: &[PathBuf], options: &LoadOptions) -> Result<Corpus, LoadErrors> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let files = walk::collect_files(inputs, &options.ignore, &mut errors, &mut warnings);
    match load_files(&files, options) {
        Ok(mut corpus) if errors.is_empty() => {
            warnings.append(&mut corpus.warnings);
            corpus.warnings = warnings;
            Ok(corpus)
        }
        Ok(_) => Err(LoadErrors(errors)),
        Err(LoadErrors(more)) => {
            errors.extend(more);
            Err(LoadErrors(errors))
        }
    }
}

/// Loads `files`, as [`input_files`] lists them, in that order. A file that is gone or unreadable by now
/// (it vanished after the walk) is an error naming it, like any other.
pub fn load_files(files: &[PathBuf], options: &LoadOptions) -> Result<Corpus, LoadErrors> {
    let loaded: Vec<FileResult> = files
        .par_iter()
        .map(|file| load_file(file, options))
        .collect();
    let mut errors = Vec::new();
    let mut corpus = Corpus::default();
    for result in loaded {
        match result {
            Ok((documents, warnings)) => {
                corpus.documents.extend(documents);
                corpus.warnings.extend(warnings);
            }
            Err(errs) => errors.extend(errs),
        }
    }
    check_unique_ids(&corpus.documents, &mut errors);
    if errors.is_empty() {
        Ok(corpus)
    } else {
        Err(LoadErrors(errors))
    }
}

/// Loads a single file, which must be of a supported format.
pub fn load_file(
    path: &Path,
    options: &LoadOptions,
) -> Result<(Vec<Document>, Vec<LoadWarning>), Vec<LoadError>> {
    let fail = |kind| vec![LoadError::new(path, kind)];
    if Format::of(path).is_none() {
        return Err(fail(LoadErrorKind::Unsupported));
    }
    let bytes = read_regular(path).map_err(fail)?;
    parse_file(path, bytes, options)
}

/// Reads a whole file, refusing anything but a regular file: opening a named pipe blocks until a writer
/// comes, and a device may never end.
fn read_regular(path: &Path) -> Result<Vec<u8>, LoadErrorKind> {
    open_regular(path).and_then(|mut file| {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).map_err(LoadErrorKind::from_io)?;
        Ok(bytes)
    })
}

/// Opens `path` for reading if it is a regular file (checked before opening, which could block).
pub(crate) fn open_regular(path: &Path) -> Result<std::fs::File, LoadErrorKind> {
    let meta = std::fs::metadata(path).map_err(LoadErrorKind::from_io)?;
    if !meta.is_file() {
        return Err(LoadErrorKind::NotRegular);
    }
    std::fs::File::open(path).map_err(LoadErrorKind::from_io)
}

/// Parses the contents of the file `path` in the format its extension names: decoding, the binary and empty
/// checks, and the records, exactly as [`load_file`] does after reading. The fuzz targets enter here.
pub fn parse_file(
    path: &Path,
    bytes: Vec<u8>,
    options: &LoadOptions,
) -> Result<(Vec<Document>, Vec<LoadWarning>), Vec<LoadError>> {
    let fail = |kind| vec![LoadError::new(path, kind)];
    let Some(format) = Format::of(path) else {
        return Err(fail(LoadErrorKind::Unsupported));
    };
    let mut warnings = Vec::new();
    let (text, bom) = decode(path, bytes, options.lossy, &mut warnings).map_err(fail)?;
    if text.trim().is_empty() {
        return Err(fail(LoadErrorKind::Empty));
    }
    let display = display_path(path);
    let fallback_source = fallback_source(path, options.source_from);
    let mut documents = match format {
        Format::Text => Ok(vec![txt::parse(display, fallback_source, text)]),
        Format::Markdown => Ok(vec![markdown::parse(display, fallback_source, text)]),
        Format::JsonLines => records::parse_lines(path, &display, &fallback_source, &text),
        Format::Json => records::parse_array(path, &display, &fallback_source, &text),
    }?;
    // The text starts after the byte order mark, so offsets into the file count it.
    for doc in &mut documents {
        if let Origin::File { byte_offset, .. } = &mut doc.origin {
            *byte_offset += bom;
        }
    }
    Ok((documents, warnings))
}

/// Rejects binary files and decodes UTF-8, replacing bad bytes with a warning under `lossy`. Returns the text
/// without its byte order mark, and the length of the mark it had (0 or 3).
fn decode(
    path: &Path,
    mut bytes: Vec<u8>,
    lossy: bool,
    warnings: &mut Vec<LoadWarning>,
) -> Result<(String, usize), LoadErrorKind> {
    if bytes.is_empty() {
        return Err(LoadErrorKind::Empty);
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(LoadErrorKind::Binary { offset });
    }
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        3
    } else {
        0
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, bom)),
        Err(err) => {
            let offset = bom + err.utf8_error().valid_up_to();
            if !lossy {
                return Err(LoadErrorKind::InvalidUtf8 { offset });
            }
            let bad = err.as_bytes().len()
                - String::from_utf8_lossy(err.as_bytes())
                    .replace('\u{FFFD}', "")
                    .len();
            warnings.push(LoadWarning {
                path: path.to_path_buf(),
                message: format!("invalid UTF-8 from byte {offset}; replaced with U+FFFD (--lossy) ({bad} bytes affected)"),
            });
            Ok((String::from_utf8_lossy(err.as_bytes()).into_owned(), bom))
        }
    }
}

/// The path as people read it: as given, with `/` separators.
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy();
    let s = s.strip_prefix("./").unwrap_or(&s);
    if std::path::MAIN_SEPARATOR == '/' {
        s.to_string()
    } else {
        s.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

fn fallback_source(path: &Path, from: SourceFrom) -> String {
    let name = match from {
        SourceFrom::Stem => path.file_stem(),
        SourceFrom::Dir => path.parent().and_then(Path::file_name),
    };
    name.map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "unknown".to_string())
}

fn check_unique_ids(documents: &[Document], errors: &mut Vec<LoadError>) {
    let mut seen: std::collections::HashMap<&str, &Document> = std::collections::HashMap::new();
    for doc in documents {
        if let Some(first) = seen.insert(&doc.id, doc) {
            errors.push(LoadError::new(
                Path::new(&doc.path),
                LoadErrorKind::DuplicateId {
                    id: doc.id.clone(),
                    first: first.path.clone(),
                },
            ));
            seen.insert(&first.id, first);
        }
    }
}

/// A report without a title takes its text's first line, cut to this many bytes: a report written on one long
/// line (common in JSON Lines dumps and scraped pages) would otherwise carry its whole text twice.
pub(crate) const MAX_DERIVED_TITLE_BYTES: usize = 160;

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub(crate) fn cut_at_char(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    &s[..crate::text::floor_char_boundary(s, max)]
}

/// A search for two spaces in a row, built once: building it takes longer than searching a headline.
fn two_spaces() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// Cleans a headline taken from the text: trims it, folds odd spaces, and drops a section label that a
/// scraper glued to its first word ("NewsRussia firm" -> "Russia firm").
pub(crate) fn clean_title(line: &str) -> String {
    // One pass: every run of white space becomes one space, and none is kept at either end.
    let mut title = String::with_capacity(line.len());
    if line.is_ascii() {
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
        // Read as bytes, not split as chars: every report without a title of its own comes through here.
        let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
        let bytes = line.as_bytes();
        // Most headlines need no folding: no white space at either end, and each space a single ' '
        // between two words, that is, no white space but ' ' and no two spaces in a row. Checking that is
        // three vectorised searches over the bytes (a test per pair of bytes cost ten instructions a byte of
        // every derived title); copying word by word is a copy call per word.
        let clean = bytes.first().is_none_or(|&b| !space(b))
            && bytes.last().is_none_or(|&b| !space(b))
            && memchr::memchr3(b'\t', b'\n', 0x0b, bytes).is_none()
            && memchr::memchr2(0x0c, b'\r', bytes).is_none()
            && two_spaces().find(bytes).is_none();
        let mut at = if clean {
            title.push_str(line);
            bytes.len()
        } else {
            0
        };
        while at < bytes.len() {
            while at < bytes.len() && space(bytes[at]) {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && !space(bytes[at]) {
                at += 1;
            }
            if start < at {
                if !title.is_empty() {
                    title.push(' ');
                }
                // ASCII: every byte is a character boundary.
                title.push_str(&line[start..at]);
            }
        }
    } else {
        let mut space = false;
        for c in line.chars() {
            if c.is_whitespace() {
                space = !title.is_empty();
            } else {
                if space {
                    title.push(' ');
                    space = false;
                }
                title.push(c);
            }
        }
    }
    for label in [
        "News", "World", "Politics", "Breaking", "Business", "Europe",
    ] {
        if let Some(rest) = title.strip_prefix(label) {
            let mut chars = rest.chars();
            if let (Some(first), Some(second)) = (chars.next(), chars.next())
                && first.is_uppercase()
                && second.is_lowercase()
            {
                return rest.to_string();
            }
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publication_day_counts_days_from_the_epoch() {
        let day = |date: &str| {
            let mut doc = Document::for_test("x", "outlet", "text");
            doc.date = Some(date.to_string());
            doc.publication_day()
        };
        assert_eq!(day("1970-01-01"), Some(0));
        assert_eq!(day("2000-03-01"), Some(11_017));
        assert_eq!(day("2024-02-29T06:00:00Z"), Some(19_782));
        assert_eq!(
            day("2026-11-22").zip(day("2026-12-02")).map(|(a, b)| b - a),
            Some(10)
        );
        assert_eq!(day("22 November 2026"), None);
        assert_eq!(day("2026-13-01"), None);
        assert_eq!(day("2026-11-221"), None);
    }

    #[test]
    fn a_dateline_gives_the_day_a_report_without_metadata_was_written() {
        let day = |text: &str| dateline_day(text);
        let on = |y, m, d| Some(days_from_civil(y, m, d));
        // A transcript's heading, a translation's line under its headline, a paragraph it opens.
        assert_eq!(
            day("Radio news - transcript, Saturday 17 October 2026, 09:00\n\nGood morning."),
            on(2026, 10, 17)
        );
        assert_eq!(
            day(
                "Nine rescued\n\nTranslated from a daily, Tbilisi, 18 October 2026\n\nThe cabin stopped."
            ),
            on(2026, 10, 18)
        );
        assert_eq!(
            day(
                "Mine collapse\n\nKutaisi, 26 November 2026 - Seven miners died on Wednesday afternoon \
                 when the roof of a gallery came down, the worst accident in the town for a decade."
            ),
            on(2026, 11, 26)
        );
        assert_eq!(
            day("Posted November 26, 2026 by the desk\n\nText."),
            on(2026, 11, 26)
        );
        assert_eq!(day("Update 2026-11-26T08:00\n\nText."), on(2026, 11, 26));
        // A date a sentence tells is no dateline, nor is one past the report's head.
        assert_eq!(
            day("Talks\n\nThe truce signed on 3 March 2026 ended the fighting in the valley."),
            None
        );
        assert_eq!(
            day(
                "Headline\n\nStandfirst\n\nByline\n\nFirst paragraph\n\nGuatemala, 20 November 2026"
            ),
            None
        );
        assert_eq!(day("Storm, 31 February 2026"), None);
        // Spaces of more than one byte before the date move no offset off a character's boundary.
        assert_eq!(
            day(
                "Tbilisi,\u{a0}\u{a0}18\u{a0}October\u{a0}2026\u{a0}\u{2014} Rescuers reached the cabin after \
                 five hours on the rope, the emergency service said on Saturday morning in a statement."
            ),
            on(2026, 10, 18)
        );
        // A report on one line of megabytes is read no further than its head.
        let long = format!("{} 20 November 2026", "word ".repeat(200_000));
        assert_eq!(day(&long), None);
    }

    #[test]
    fn clean_title_strips_glued_section_label() {
        assert_eq!(
            clean_title("NewsRussia firm on peace terms"),
            "Russia firm on peace terms"
        );
        assert_eq!(clean_title("Newsweek reports"), "Newsweek reports");
        assert_eq!(
            clean_title("NATO\u{a0}troops  in Ukraine "),
            "NATO troops in Ukraine"
        );
        assert_eq!(clean_title("News"), "News");
        assert_eq!(clean_title(" \t a\u{2003}\u{2003}b \r"), "a b");
        assert_eq!(clean_title(" \n "), "");
        assert_eq!(clean_title("\x0ba\x0c\x1fb "), "a \x1fb");
    }

    proptest::proptest! {
        /// White space is folded as trimming, splitting on it and joining with single spaces would.
        #[test]
        fn clean_title_folds_white_space_runs(line in "[a \t\n\x0b\x0c\r\x1fN\u{a0}\u{2003}\u{e9}]{0,40}") {
            let expected = line.split(char::is_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
            // The section-label rule only applies to titles starting with one, which these cannot.
            proptest::prop_assert_eq!(clean_title(&line), expected);
        }
    }

    /// Fuzz crash `load_md` crash-735974d93ac40202: a file starting with a byte order mark had its text's
    /// offsets counted from after the mark, so evidence pointed three bytes early; an invalid byte's offset
    /// too.
    #[test]
    fn fuzz_load_md_byte_order_mark_counts_in_file_offsets() {
        let file = "\u{feff}---\ntitle: Talks\n---\nBody line.\n";
        for name in ["a.md", "a.txt"] {
            let (docs, _) = parse_file(
                Path::new(name),
                file.as_bytes().to_vec(),
                &LoadOptions::default(),
            )
            .unwrap();
            let Origin::File { byte_offset, .. } = docs[0].origin else {
                panic!("a file's text")
            };
            assert_eq!(&file[byte_offset..], docs[0].text, "{name}");
        }
        let mut bad = b"\xEF\xBB\xBFTalks in Jedd".to_vec();
        bad.push(0xFF);
        let err = parse_file(Path::new("b.txt"), bad, &LoadOptions::default()).unwrap_err();
        assert_eq!(err[0].kind, LoadErrorKind::InvalidUtf8 { offset: 16 });
    }

    #[test]
    fn format_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(Format::of(Path::new("a.ndjson")), Some(Format::JsonLines));
        assert_eq!(Format::of(Path::new("a.md")), Some(Format::Markdown));
        assert_eq!(Format::of(Path::new("a.pdf")), None);
        assert_eq!(Format::of(Path::new("README")), None);
    }
}
