//! SARIF 2.1.0, the format code-scanning dashboards (GitHub code scanning, Azure DevOps) read.
//!
//! One run; its driver lists one rule per finding kind, always all of them in vocabulary order so that
//! `ruleIndex` never shifts, each with its help text. Each finding is one result: its level from the severity
//! (`info` becomes `note`), one location per piece of evidence with line, column and the text as snippet, and
//! `partialFingerprints` carrying the stable id so that a dashboard tracks a finding across commits even when
//! its lines move. Columns count Unicode code points, which the run declares in `columnKind`. Under a
//! baseline, `baselineState` says `new` or `unchanged`. The run's notes (caps reached, input warnings) are
//! `toolExecutionNotifications` of its one invocation.

use serde::Serialize;

use super::Report;
use crate::findings::{Evidence, Finding, Kind, Severity, Status};

/// The schema the output declares and is tested against.
const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log<'r> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'r>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'r> {
    tool: Tool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    invocations: Vec<Invocation<'r>>,
    column_kind: &'static str,
    results: Vec<SarifResult<'r>>,
}

/// The run itself, present when it has notes (a cap reached, an input warning), which SARIF carries as
/// tool execution notifications.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'r> {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification<'r>>,
}

#[derive(Serialize)]
struct Notification<'r> {
    level: &'static str,
    message: NoteText<'r>,
}

#[derive(Serialize)]
struct NoteText<'r> {
    text: &'r str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'r> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location<'r>>,
    partial_fingerprints: Fingerprints<'r>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline_state: Option<&'static str>,
    properties: Properties<'r>,
}

/// `partialFingerprints`: the stable id, under a versioned key as the spec recommends, so that a future change
/// of id scheme cannot be mistaken for the old one.
#[derive(Serialize)]
struct Fingerprints<'r> {
    #[serde(rename = "crosscheckId/v1")]
    id: &'r str,
}

#[derive(Serialize)]
struct Properties<'r> {
    severity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<&'r str>,
    values: &'r [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<&'r str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'r> {
    physical_location: PhysicalLocation<'r>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'r> {
    artifact_location: ArtifactLocation,
    region: Region<'r>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'r> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Snippet<'r>,
}

#[derive(Serialize)]
struct Snippet<'r> {
    text: &'r str,
}

pub(super) fn render(report: &Report) -> String {
    let log = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "crosscheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: Kind::ALL.into_iter().map(rule).collect(),
                },
            },
            invocations: invocations(report),
            column_kind: "unicodeCodePoints",
            results: report.findings.iter().map(result).collect(),
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serializes: plain data");
    out.push('\n');
    out
}

/// One invocation carrying the report's notes, or none when there are no notes.
fn invocations(report: &Report) -> Vec<Invocation<'_>> {
    if report.notes.is_empty() {
        return Vec::new();
    }
    vec![Invocation {
        execution_successful: true,
        tool_execution_notifications: report
            .notes
            .iter()
            .map(|note| Notification {
                level: "note",
                message: NoteText { text: note },
            })
            .collect(),
    }]
}

fn rule(kind: Kind) -> Rule {
    let (text, markdown) = help(kind);
    Rule {
        id: kind.name(),
        name: kind
            .name()
            .split('-')
            .map(|w| {
                let mut chars = w.chars();
                chars.next().map_or(String::new(), |c| {
                    c.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect(),
        short_description: Text {
            text: kind.description().to_string(),
        },
        full_description: Text {
            text: format!("{} {text}", kind.description()),
        },
        help: Help {
            text: text.to_string(),
            markdown: markdown.to_string(),
        },
        default_configuration: Configuration {
            level: level(kind.default_severity()),
        },
    }
}

/// What to do about a finding of each kind, as plain text and as Markdown.
fn help(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::SpellingVariant => (
            "Pick one spelling and use it everywhere. To accept two spellings as equivalent, list them under [[variants.accept]] in crosscheck.toml; to make one the house spelling, name it under [[variants.prefer]].",
            "Pick one spelling and use it everywhere. To accept two spellings as equivalent, list them under `[[variants.accept]]` in `crosscheck.toml`; to make one the house spelling, name it under `[[variants.prefer]]`.",
        ),
        Kind::PlaceConflict => (
            "Check which place is right and correct the other report, or make clear that two different events are meant.",
            "Check which place is right and correct the other report, or make clear that two different events are meant.",
        ),
        Kind::PersonConflict => (
            "Check who did or said it and correct the report that names the wrong person.",
            "Check who did or said it and correct the report that names the wrong person.",
        ),
        Kind::NumberConflict => (
            "Check the figure against the source and correct the report that differs, or say why the figures differ (different dates, different counts).",
            "Check the figure against the source and correct the report that differs, or say why the figures differ (different dates, different counts).",
        ),
        Kind::DateConflict => (
            "Check when the event happened; distinguish the day something was said from the day it was published.",
            "Check when the event happened; distinguish the day something was said from the day it was published.",
        ),
        Kind::QuoteDrift => (
            "Quote the speaker's exact words in every report, or paraphrase without quotation marks.",
            "Quote the speaker's exact words in every report, or paraphrase without quotation marks.",
        ),
        Kind::RoleConflict => (
            "Check the person's current title and use it consistently.",
            "Check the person's current title and use it consistently.",
        ),
        Kind::NearDuplicate => (
            "The reports are copies or near-copies: credit the original, or drop one of them.",
            "The reports are copies or near-copies: credit the original, or drop one of them.",
        ),
        Kind::DuplicatePassage => (
            "Remove the repeated passage, or credit the report it was copied from.",
            "Remove the repeated passage, or credit the report it was copied from.",
        ),
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(finding: &Finding) -> SarifResult<'_> {
    let mut message = finding.message.clone();
    if !finding.values.is_empty() {
        message.push_str(": ");
        message.push_str(&quoted_values(&finding.values));
    }
    if let Some(suggestion) = &finding.suggestion {
        message.push_str(&format!(" (use \"{suggestion}\")"));
    }
    SarifResult {
        rule_id: finding.kind.name(),
        rule_index: Kind::ALL
            .iter()
            .position(|&k| k == finding.kind)
            .expect("every kind is in Kind::ALL"),
        level: level(finding.severity),
        message: Text { text: message },
        locations: finding.evidence.iter().map(location).collect(),
        partial_fingerprints: Fingerprints { id: &finding.id },
        baseline_state: finding.status.map(|s| match s {
            Status::New => "new",
            Status::Known => "unchanged",
        }),
        properties: Properties {
            severity: finding.severity.name(),
            entity: finding.entity.as_deref(),
            values: &finding.values,
            suggestion: finding.suggestion.as_deref(),
        },
    }
}

/// `"a" / "b"`, each shortened so that a long passage does not swamp the message.
fn quoted_values(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("\"{}\"", crate::findings::evidence::excerpt(v, 80)))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn location(evidence: &Evidence) -> Location<'_> {
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&evidence.path),
            },
            region: Region {
                start_line: evidence.line,
                start_column: evidence.column,
                end_line: evidence.end_line,
                end_column: evidence.end_column,
                snippet: Snippet {
                    text: &evidence.text,
                },
            },
        },
    }
}

/// A relative path as a URI reference: `/` kept, anything outside the unreserved set percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_encodes_spaces_and_non_ascii() {
        assert_eq!(uri("news/a b/Ławrow.txt"), "news/a%20b/%C5%81awrow.txt");
        assert_eq!(uri("seeds/000_x.txt"), "seeds/000_x.txt");
    }

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(rule(Kind::SpellingVariant).name, "SpellingVariant");
        assert_eq!(
            rule(Kind::DuplicatePassage).default_configuration.level,
            "note"
        );
    }
}
