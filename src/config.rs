//! `crosscheck.toml`: thresholds, severities, ignore globs, the outlet of each path, and the desk's accepted and
//! preferred spellings.
//!
//! A file is merged over the built-in defaults, so it names only what it changes:
//!
//! ```toml
//! ignore = ["archive/old/**"]
//!
//! [thresholds]
//! shingle-size = 5
//! near-duplicate = 0.5
//! alignment = 0.35
//!
//! [limits]
//! story-reports = 64
//! sentence-pairs = 20000
//! sentence-words = 1000
//! passages-per-report = 100
//! name-pairs = 20000000
//!
//! [severity]
//! spelling-variant = "error"
//! duplicate-passage = "off"
//!
//! [[sources]]
//! path = "wire/reuters/**"
//! outlet = "Reuters"
//!
//! [[variants.accept]]
//! forms = ["Zelensky", "Zelenskyy"]
//!
//! [[variants.prefer]]
//! form = "Sergei Lavrov"
//! ```
//!
//! Unknown keys and bad values are errors that name the file, the line, the table and the key: a typo in a
//! CI configuration must not silently turn a check off.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::findings::{Kind, Severity};
use crate::load::{Corpus, Document, PathGlobs};
use crate::settings::Settings;

/// The name looked for in the current directory and its ancestors.
pub const FILE_NAME: &str = "crosscheck.toml";

/// A severity as configuration sets it: one of the three, or `off` to drop the kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report for information.
    Info,
    /// Do not report the kind at all.
    Off,
}

impl Level {
    /// The severity findings get, or `None` when the kind is off.
    pub const fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }

    const fn of(severity: Severity) -> Self {
        match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            Severity::Info => Level::Info,
        }
    }
}

/// One value per finding kind; the `[severity]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "kebab-case",
    deny_unknown_fields,
    default,
    bound(deserialize = "T: Deserialize<'de> + Default")
)]
#[allow(
    missing_docs,
    reason = "each field is the finding kind of the same name"
)]
pub struct PerKind<T> {
    pub spelling_variant: T,
    pub place_conflict: T,
    pub person_conflict: T,
    pub number_conflict: T,
    pub date_conflict: T,
    pub quote_drift: T,
    pub role_conflict: T,
    pub near_duplicate: T,
    pub duplicate_passage: T,
}

impl<T> PerKind<T> {
    /// The value for `kind`.
    pub fn get(&self, kind: Kind) -> &T {
        match kind {
            Kind::SpellingVariant => &self.spelling_variant,
            Kind::PlaceConflict => &self.place_conflict,
            Kind::PersonConflict => &self.person_conflict,
            Kind::NumberConflict => &self.number_conflict,
            Kind::DateConflict => &self.date_conflict,
            Kind::QuoteDrift => &self.quote_drift,
            Kind::RoleConflict => &self.role_conflict,
            Kind::NearDuplicate => &self.near_duplicate,
            Kind::DuplicatePassage => &self.duplicate_passage,
        }
    }

    fn get_mut(&mut self, kind: Kind) -> &mut T {
        match kind {
            Kind::SpellingVariant => &mut self.spelling_variant,
            Kind::PlaceConflict => &mut self.place_conflict,
            Kind::PersonConflict => &mut self.person_conflict,
            Kind::NumberConflict => &mut self.number_conflict,
            Kind::DateConflict => &mut self.date_conflict,
            Kind::QuoteDrift => &mut self.quote_drift,
            Kind::RoleConflict => &mut self.role_conflict,
            Kind::NearDuplicate => &mut self.near_duplicate,
            Kind::DuplicatePassage => &mut self.duplicate_passage,
        }
    }
}

/// The `[thresholds]` table.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Thresholds {
    /// Words per shingle.
    pub shingle_size: usize,
    /// Jaccard at or above which two reports are near-duplicates.
    pub near_duplicate: f64,
    /// Similarity at or above which two passages are aligned.
    pub alignment: f64,
}

/// The `[limits]` table: caps that keep the align and compare stages bounded on a hostile corpus. Reaching one
/// is reported as a note in the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Limits {
    /// Distinct reports of one story compared pairwise; the rest of a bigger story is not.
    pub story_reports: usize,
    /// Candidate sentence pairs scored for one pair of reports.
    pub sentence_pairs: usize,
    /// Words in a sentence beyond which an aligned sentence pair is not word-diffed.
    pub sentence_words: usize,
    /// Passages repeated inside one report, and passages it shares with other reports, reported for it (the
    /// longest of each sort).
    pub passages_per_report: usize,
    /// Pairs of names sharing a surname key compared when resolving names; the largest blocks of names past
    /// it are not compared.
    pub name_pairs: usize,
}

/// One `[[sources]]` rule: reports whose path matches `path` come from `outlet`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceRule {
    /// A path glob.
    pub path: String,
    /// The outlet's name.
    pub outlet: String,
}

/// The `[variants]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Variants {
    /// Sets of spellings the desk accepts as equivalent: a spelling variant among one set only is not reported.
    pub accept: Vec<AcceptedForms>,
    /// House spellings: any other spelling of the same entity is flagged with this one as the suggestion.
    pub prefer: Vec<PreferredForm>,
}

/// One `[[variants.accept]]` entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AcceptedForms {
    /// Two or more spellings of one name.
    pub forms: Vec<String>,
}

/// One `[[variants.prefer]]` entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PreferredForm {
    /// The house spelling.
    pub form: String,
}

/// The effective configuration: the defaults with a file, if any, merged over them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Config {
    /// Directory and file names skipped by the directory walk (globs).
    pub ignore: Vec<String>,
    /// Detection thresholds.
    pub thresholds: Thresholds,
    /// Caps on the align and compare stages.
    pub limits: Limits,
    /// Severity per kind, or `off`.
    pub severity: PerKind<Level>,
    /// Outlet by path, first matching rule first.
    pub sources: Vec<SourceRule>,
    /// Accepted and preferred spellings.
    pub variants: Variants,
    /// The file it was read from; globs are relative to its directory.
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        let settings = Settings::default();
        let mut severity = PerKind {
            spelling_variant: Level::Off,
            place_conflict: Level::Off,
            person_conflict: Level::Off,
            number_conflict: Level::Off,
            date_conflict: Level::Off,
            quote_drift: Level::Off,
            role_conflict: Level::Off,
            near_duplicate: Level::Off,
            duplicate_passage: Level::Off,
        };
        for kind in Kind::ALL {
            *severity.get_mut(kind) = Level::of(kind.default_severity());
        }
        Config {
            ignore: Vec::new(),
            thresholds: Thresholds {
                shingle_size: settings.shingle_size,
                near_duplicate: settings.threshold,
                alignment: settings.alignment_threshold,
            },
            limits: Limits {
                story_reports: settings.max_story_reports,
                sentence_pairs: settings.max_sentence_pairs,
                sentence_words: settings.max_sentence_words,
                passages_per_report: settings.max_passages_per_report,
                name_pairs: settings.max_name_pairs,
            },
            severity,
            sources: Vec::new(),
            variants: Variants::default(),
            file: None,
        }
    }
}

/// A configuration file that cannot be used: the file, the line, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}", file, line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    /// The file, as the user would name it.
    pub file: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong, naming the key.
    pub message: String,
}

// The file as written: every field optional so that it merges over the defaults, spans kept where a value is
// checked after parsing so that those errors can name the line too.
#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawConfig {
    ignore: Option<Vec<Spanned<String>>>,
    thresholds: Option<RawThresholds>,
    limits: Option<RawLimits>,
    severity: Option<PerKind<Option<Level>>>,
    sources: Option<Vec<RawSourceRule>>,
    variants: Option<RawVariants>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawThresholds {
    shingle_size: Option<Spanned<i64>>,
    near_duplicate: Option<Spanned<f64>>,
    alignment: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawLimits {
    story_reports: Option<Spanned<i64>>,
    sentence_pairs: Option<Spanned<i64>>,
    sentence_words: Option<Spanned<i64>>,
    passages_per_report: Option<Spanned<i64>>,
    name_pairs: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourceRule {
    path: Spanned<String>,
    outlet: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariants {
    accept: Option<Vec<RawAccept>>,
    prefer: Option<Vec<RawPrefer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccept {
    forms: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrefer {
    form: Spanned<String>,
}

/// The nearest `crosscheck.toml` in `start` or one of its ancestors, as a path relative to `start`
/// (`crosscheck.toml`, `../crosscheck.toml`, ...), so that messages name it the way the user would.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .enumerate()
        .find(|(_, dir)| dir.join(FILE_NAME).is_file())
        .map(|(up, _)| {
            let mut relative = PathBuf::new();
            for _ in 0..up {
                relative.push("..");
            }
            relative.join(FILE_NAME)
        })
}

impl Config {
    /// Reads and checks the configuration file at `path`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: crate::load::display_path(path),
            line: None,
            message: format!("cannot read: {e}"),
        })?;
        Config::parse(&text, path)
    }

    /// Parses `text`, the contents of the file `path`, merging it over the defaults.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let file = crate::load::display_path(path);
        let error = |span: Option<Range<usize>>, message: String| ConfigError {
            file: file.clone(),
            line: span.as_ref().map(|s| line_of(text, s.start)),
            message: match span.and_then(|s| table_at(text, s.start)) {
                // An unknown table is reported on its own header: "in [itself]" would say nothing.
                Some(table) if !message.contains(&format!("`{table}`")) => {
                    format!("{message} in [{table}]")
                }
                _ => message,
            },
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let mut message = describe(e.message());
            if let Some(key) = e.span().and_then(|s| key_before(text, s.start)) {
                message = format!("bad value for `{key}`: {message}");
            } else if let Some(table) = e.span().and_then(|s| header_of_line(text, s.start))
                && message.starts_with("invalid type")
            {
                // `[sources]` written for `[[sources]]`, or the reverse: the value is the whole table.
                message = format!("bad value for `{table}`: {message}");
            }
            error(e.span(), message)
        })?;

        let mut config = Config {
            file: Some(path.to_path_buf()),
            ..Config::default()
        };
        if let Some(ignore) = raw.ignore {
            for glob in &ignore {
                PathGlobs::new([glob.get_ref().as_str()], None).map_err(|(_, reason)| {
                    error(
                        Some(glob.span()),
                        format!("bad glob `{}` for `ignore`: {reason}", glob.get_ref()),
                    )
                })?;
            }
            config.ignore = ignore.into_iter().map(Spanned::into_inner).collect();
        }
        if let Some(t) = raw.thresholds {
            if let Some(size) = t.shingle_size {
                let n = *size.get_ref();
                if !(1..=64).contains(&n) {
                    return Err(error(
                        Some(size.span()),
                        format!(
                            "bad value {n} for `shingle-size`: expected a whole number from 1 to 64"
                        ),
                    ));
                }
                config.thresholds.shingle_size = n as usize;
            }
            for (value, key, target) in [
                (
                    t.near_duplicate,
                    "near-duplicate",
                    &mut config.thresholds.near_duplicate,
                ),
                (t.alignment, "alignment", &mut config.thresholds.alignment),
            ] {
                if let Some(value) = value {
                    let x = *value.get_ref();
                    if !(x > 0.0 && x <= 1.0) {
                        return Err(error(
                            Some(value.span()),
                            format!(
                                "bad value {x} for `{key}`: expected a number above 0 and at most 1"
                            ),
                        ));
                    }
                    *target = x;
                }
            }
        }
        if let Some(l) = raw.limits {
            for (value, key, min, target) in [
                (
                    l.story_reports,
                    "story-reports",
                    2,
                    &mut config.limits.story_reports,
                ),
                (
                    l.sentence_pairs,
                    "sentence-pairs",
                    1,
                    &mut config.limits.sentence_pairs,
                ),
                (
                    l.sentence_words,
                    "sentence-words",
                    1,
                    &mut config.limits.sentence_words,
                ),
                (
                    l.passages_per_report,
                    "passages-per-report",
                    1,
                    &mut config.limits.passages_per_report,
                ),
                (l.name_pairs, "name-pairs", 1, &mut config.limits.name_pairs),
            ] {
                if let Some(value) = value {
                    let n = *value.get_ref();
                    if !(min..=i64::from(u32::MAX)).contains(&n) {
                        return Err(error(
                            Some(value.span()),
                            format!(
                                "bad value {n} for `{key}`: expected a whole number from {min} to {}",
                                u32::MAX
                            ),
                        ));
                    }
                    *target = n as usize;
                }
            }
        }
        if let Some(severity) = raw.severity {
            for kind in Kind::ALL {
                if let Some(level) = severity.get(kind) {
                    *config.severity.get_mut(kind) = *level;
                }
            }
        }
        if let Some(sources) = raw.sources {
            for rule in sources {
                PathGlobs::new([rule.path.get_ref().as_str()], None).map_err(|(_, reason)| {
                    error(
                        Some(rule.path.span()),
                        format!("bad glob `{}` for `path`: {reason}", rule.path.get_ref()),
                    )
                })?;
                if rule.outlet.get_ref().trim().is_empty() {
                    return Err(error(
                        Some(rule.outlet.span()),
                        "empty `outlet`: name the outlet these reports come from".into(),
                    ));
                }
                config.sources.push(SourceRule {
                    path: rule.path.into_inner(),
                    outlet: rule.outlet.into_inner(),
                });
            }
        }
        if let Some(variants) = raw.variants {
            for accept in variants.accept.unwrap_or_default() {
                let span = accept.forms.span();
                let forms: Vec<Spanned<String>> = accept.forms.into_inner();
                if forms.len() < 2 {
                    return Err(error(
                        Some(span),
                        "`forms` needs two or more spellings of one name".into(),
                    ));
                }
                if let Some(blank) = forms.iter().find(|f| f.get_ref().trim().is_empty()) {
                    return Err(error(
                        Some(blank.span()),
                        "empty spelling in `forms`".into(),
                    ));
                }
                config.variants.accept.push(AcceptedForms {
                    forms: forms.into_iter().map(Spanned::into_inner).collect(),
                });
            }
            for prefer in variants.prefer.unwrap_or_default() {
                if prefer.form.get_ref().trim().is_empty() {
                    return Err(error(Some(prefer.form.span()), "empty `form`".into()));
                }
                config.variants.prefer.push(PreferredForm {
                    form: prefer.form.into_inner(),
                });
            }
        }
        Ok(config)
    }

    /// The effective configuration as TOML, for `crosscheck config --dump`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("configuration serializes: tables of plain values")
    }

    /// The directory globs are relative to.
    pub fn base_dir(&self) -> Option<&Path> {
        self.file
            .as_deref()
            .map(|f| f.parent().unwrap_or(Path::new("")))
            .map(|d| {
                if d.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    d
                }
            })
    }

    /// The compiled `ignore` globs for the loader.
    pub fn ignore_globs(&self) -> PathGlobs {
        PathGlobs::new(self.ignore.iter().map(String::as_str), self.base_dir())
            .expect("globs were checked when the file was read")
    }

    /// Overrides the settings this configuration sets.
    pub fn apply_to(&self, settings: &mut Settings) {
        settings.shingle_size = self.thresholds.shingle_size;
        settings.threshold = self.thresholds.near_duplicate;
        settings.alignment_threshold = self.thresholds.alignment;
        settings.max_story_reports = self.limits.story_reports;
        settings.max_sentence_pairs = self.limits.sentence_pairs;
        settings.max_sentence_words = self.limits.sentence_words;
        settings.max_passages_per_report = self.limits.passages_per_report;
        settings.max_name_pairs = self.limits.name_pairs;
    }

    /// Names the outlet of every document whose path matches a `[[sources]]` rule, the first rule winning.
    /// Configuration is explicit, so it overrides what the loader inferred or the report said.
    pub fn assign_sources(&self, corpus: &mut Corpus) {
        self.assign_sources_to(&mut corpus.documents);
    }

    /// [`assign_sources`](Self::assign_sources) for a batch of documents, as a streamed load delivers them.
    pub fn assign_sources_to(&self, documents: &mut [Document]) {
        if self.sources.is_empty() {
            return;
        }
        let globs = PathGlobs::new(
            self.sources.iter().map(|r| r.path.as_str()),
            self.base_dir(),
        )
        .expect("globs were checked when the file was read");
        for doc in documents {
            if let Some(&first) = globs.matches(Path::new(&doc.path)).first() {
                doc.source = self.sources[first].outlet.clone();
            }
        }
    }
}

/// 1-based line of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The `[table]` or `[[array]]` header in force at byte `offset`, so that a message can say where a key sits.
fn table_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    text[..line_end].lines().rev().find_map(header)
}

/// The table a line's `[table]` or `[[array]]` header names, if the line at byte `offset` is one.
fn header_of_line(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    header(text[line_start..].lines().next()?)
}

fn header(line: &str) -> Option<String> {
    let inner = line.trim().strip_prefix('[')?;
    let inner = inner.strip_prefix('[').unwrap_or(inner);
    let end = inner.find(']')?;
    Some(inner[..end].trim().to_string())
}

/// The key whose value starts at byte `offset`, when `offset` is on the value side of a `key = value` line.
fn key_before(text: &str, offset: usize) -> Option<&str> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let (key, _) = text[line_start..offset].split_once('=')?;
    let key = key.trim().trim_matches('"');
    (!key.is_empty()).then_some(key)
}

/// Serde's wording, in the file's terms: TOML has keys, not fields.
fn describe(message: &str) -> String {
    message
        .trim()
        .replace("unknown field", "unknown key")
        .replace("missing field", "missing key")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("crosscheck.toml"))
    }

    #[test]
    fn empty_file_is_the_defaults() {
        let config = parse("").unwrap();
        assert_eq!(
            Config {
                file: None,
                ..config
            },
            Config::default()
        );
        assert_eq!(Config::default().severity.place_conflict, Level::Error);
        assert_eq!(Config::default().severity.duplicate_passage, Level::Info);
    }

    #[test]
    fn file_merges_over_defaults() {
        let config = parse(
            "ignore = [\"drafts/**\"]\n[thresholds]\nnear-duplicate = 0.7\n[severity]\nquote-drift = \"off\"\n\
             [[variants.prefer]]\nform = \"Alan O'Leary\"\n[[variants.accept]]\nforms = [\"Zelensky\", \"Zelenskyy\"]\n",
        )
        .unwrap();
        assert_eq!(config.thresholds.near_duplicate, 0.7);
        assert_eq!(config.thresholds.shingle_size, 5);
        assert_eq!(config.severity.quote_drift, Level::Off);
        assert_eq!(config.severity.place_conflict, Level::Error);
        assert_eq!(config.ignore, ["drafts/**"]);
        assert_eq!(config.variants.prefer[0].form, "Alan O'Leary");
        assert_eq!(config.variants.accept[0].forms, ["Zelensky", "Zelenskyy"]);
    }

    #[test]
    fn unknown_key_names_key_table_and_line() {
        let err = parse("[thresholds]\nnear-duplicate = 0.5\n\n[severity]\nspelling-variant = \"error\"\nplace-conflcit = \"off\"\n")
            .unwrap_err();
        assert_eq!(err.line, Some(6), "{err}");
        let text = err.to_string();
        assert!(
            text.starts_with("crosscheck.toml:6: unknown key `place-conflcit`"),
            "{text}"
        );
        assert!(text.ends_with("in [severity]"), "{text}");
    }

    #[test]
    fn unknown_top_level_table_is_named() {
        let err = parse("# comment\n[severities]\nx = 1\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        assert!(err.message.contains("`severities`"), "{err}");
    }

    #[test]
    fn bad_values_name_key_and_line() {
        let err = parse("[severity]\nquote-drift = \"fatal\"\n").unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
        assert!(err.message.contains("fatal"), "{err}");
        assert!(err.message.contains("quote-drift"), "{err}");

        let err = parse("\n[thresholds]\nnear-duplicate = 1.5\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("`near-duplicate`"), "{err}");

        let err = parse("[thresholds]\nshingle-size = 0\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("`shingle-size`"), "{err}");

        let err = parse("ignore = [\n  \"ok/**\",\n  \"bad/[\",\n]\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert!(err.message.contains("`ignore`"), "{err}");

        let err = parse("[[variants.accept]]\nforms = [\"Zelensky\"]\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("`forms`"), "{err}");

        let err = parse("[thresholds]\nalignment = \"high\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("alignment"), "{err}");
    }

    #[test]
    fn errors_on_a_table_header_name_the_table() {
        let err = parse("ignore = []\n\n[[sources]]\npath = \"wire/**\"\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert_eq!(err.message, "missing key `outlet` in [sources]");
        let err = parse("[sources]\npath = \"wire/**\"\n").unwrap_err();
        assert_eq!(err.line, Some(1), "{err}");
        assert!(err.message.starts_with("bad value for `sources`"), "{err}");
    }

    #[test]
    fn the_reference_example_in_docs_ci_md_is_a_valid_file() {
        let doc = include_str!("../docs/ci.md");
        let start = doc.find("```toml\n").expect("a toml block") + "```toml\n".len();
        let end = start + doc[start..].find("```").expect("the block's end");
        let config = parse(&doc[start..end]).unwrap();
        assert_eq!(
            config.limits.name_pairs,
            Config::default().limits.name_pairs
        );
        assert_eq!(config.sources.len(), 2);
    }

    #[test]
    fn limits_are_read_checked_and_applied() {
        let config = parse("[limits]\nstory-reports = 8\nsentence-words = 200\n").unwrap();
        assert_eq!(config.limits.story_reports, 8);
        assert_eq!(config.limits.sentence_words, 200);
        assert_eq!(
            config.limits.sentence_pairs,
            Config::default().limits.sentence_pairs
        );
        let mut settings = Settings::default();
        config.apply_to(&mut settings);
        let limits = settings.compare_limits();
        assert_eq!(limits.max_story_documents, 8);
        assert_eq!(limits.max_sentence_tokens, 200);
        assert!(config.to_toml().contains("[limits]\nstory-reports = 8\n"));

        let err = parse("[limits]\nstory-reports = 1\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("`story-reports`"), "{err}");
        let err = parse("[limits]\nsentence-words = -5\n").unwrap_err();
        assert!(err.message.contains("`sentence-words`"), "{err}");
        let err = parse("[limits]\nsentence-pair = 5\n").unwrap_err();
        assert!(err.message.contains("unknown key `sentence-pair`"), "{err}");
    }

    #[test]
    fn dump_round_trips() {
        let config = parse("[severity]\nnear-duplicate = \"warning\"\n[[sources]]\npath = \"wire/**\"\noutlet = \"Wire\"\n")
            .unwrap();
        let dumped = config.to_toml();
        assert!(dumped.contains("near-duplicate = \"warning\""), "{dumped}");
        let again = parse(&dumped).unwrap();
        assert_eq!(again, config);
    }

    #[test]
    fn sources_map_paths_to_outlets_first_rule_first() {
        let config = parse(
            "[[sources]]\npath = \"wire/reuters/**\"\noutlet = \"Reuters\"\n[[sources]]\npath = \"wire/**\"\noutlet = \"Wire\"\n",
        )
        .unwrap();
        let doc = |path: &str| crate::load::Document {
            id: path.into(),
            path: path.into(),
            source: "stem".into(),
            title: String::new(),
            date: None,
            url: None,
            text: "x".into(),
            origin: crate::load::Origin::File {
                byte_offset: 0,
                line_offset: 0,
            },
        };
        let mut corpus = Corpus {
            documents: vec![
                doc("wire/reuters/a.txt"),
                doc("wire/ap/b.txt"),
                doc("local/c.txt"),
            ],
            warnings: Vec::new(),
        };
        config.assign_sources(&mut corpus);
        let sources: Vec<&str> = corpus.documents.iter().map(|d| d.source.as_str()).collect();
        assert_eq!(sources, ["Reuters", "Wire", "stem"]);
    }

    #[test]
    fn discover_walks_up() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(discover(&deep), None);
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        assert_eq!(
            discover(&deep),
            Some(PathBuf::from("../../crosscheck.toml"))
        );
        assert_eq!(discover(dir.path()), Some(PathBuf::from(FILE_NAME)));
    }
}
