//! JSON Lines and JSON array reports: objects with `id, source, title, date, url, text` (`body` for `text`).

use std::path::Path;

use serde::Deserialize;

use super::{
    Document, LoadError, LoadErrorKind, MAX_DERIVED_TITLE_BYTES, Origin, clean_title, cut_at_char,
};

#[derive(Deserialize)]
struct Record {
    #[serde(default, deserialize_with = "string_or_number")]
    id: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default, alias = "body")]
    text: Option<String>,
}

fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

fn document(
    record: Record,
    path: &str,
    fallback_source: &str,
    index: usize,
) -> Result<Document, String> {
    let text = record
        .text
        .ok_or("record has no \"text\" (or \"body\") field")?;
    if text.trim().is_empty() {
        return Err("record has an empty text".to_string());
    }
    let title = match record.title {
        Some(t) if !t.trim().is_empty() => clean_title(&t),
        _ => text
            .lines()
            .find(|l| !l.trim().is_empty())
            .map(|l| clean_title(cut_at_char(l, MAX_DERIVED_TITLE_BYTES)))
            .unwrap_or_default(),
    };
    Ok(Document {
        id: record.id.unwrap_or_else(|| format!("{path}#{index}")),
        path: path.to_string(),
        source: record
            .source
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| fallback_source.to_string()),
        title,
        date: record.date,
        url: record.url,
        text,
        origin: Origin::Record { record: index },
    })
}

pub(super) fn parse_lines(
    file: &Path,
    path: &str,
    fallback_source: &str,
    text: &str,
) -> Result<Vec<Document>, Vec<LoadError>> {
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match parse_line(file, path, fallback_source, i + 1, line) {
            Ok(Some(doc)) => documents.push(doc),
            Ok(None) => {}
            Err(err) => errors.push(err),
        }
    }
    if errors.is_empty() {
        Ok(documents)
    } else {
        Err(errors)
    }
}

/// Parses line `number` (1-based) of a JSON Lines file: `None` for a blank line.
pub(super) fn parse_line(
    file: &Path,
    path: &str,
    fallback_source: &str,
    number: usize,
    line: &str,
) -> Result<Option<Document>, LoadError> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str::<Record>(line)
        .map_err(|e| format!("malformed JSON record: {e}"))
        .and_then(|r| document(r, path, fallback_source, number))
        .map(Some)
        .map_err(|message| {
            LoadError::new(
                file,
                LoadErrorKind::MalformedRecord {
                    line: number,
                    message,
                },
            )
        })
}

pub(super) fn parse_array(
    file: &Path,
    path: &str,
    fallback_source: &str,
    text: &str,
) -> Result<Vec<Document>, Vec<LoadError>> {
    let records: Vec<Record> = serde_json::from_str(text).map_err(|e| {
        vec![LoadError::new(
            file,
            LoadErrorKind::MalformedRecord {
                line: e.line(),
                message: format!("expected a JSON array of reports: {e}"),
            },
        )]
    })?;
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in records.into_iter().enumerate() {
        match document(record, path, fallback_source, i) {
            Ok(doc) => documents.push(doc),
            Err(message) => errors.push(LoadError::new(
                file,
                LoadErrorKind::MalformedRecord {
                    line: 0,
                    message: format!("record {i}: {message}"),
                },
            )),
        }
    }
    if errors.is_empty() {
        Ok(documents)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_accepts_body_and_numeric_ids() {
        let text = "{\"id\": 7, \"body\": \"Talks ended.\"}\n\n{\"id\":\"b\",\"text\":\"x\",\"source\":\"Wire\"}\n";
        let docs = parse_lines(Path::new("c.jsonl"), "c.jsonl", "c", text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "7");
        assert_eq!(docs[0].text, "Talks ended.");
        assert_eq!(docs[0].title, "Talks ended.");
        assert_eq!(docs[1].source, "Wire");
        assert_eq!(docs[1].origin, Origin::Record { record: 3 });
    }

    #[test]
    fn jsonl_names_each_bad_line() {
        let text = "{\"text\":\"ok\"}\n{broken\n{\"title\":\"no text\"}\n";
        let errs = parse_lines(Path::new("c.jsonl"), "c.jsonl", "c", text).unwrap_err();
        let lines: Vec<_> = errs
            .iter()
            .map(|e| match &e.kind {
                LoadErrorKind::MalformedRecord { line, .. } => *line,
                _ => 0,
            })
            .collect();
        assert_eq!(lines, vec![2, 3]);
    }

    #[test]
    fn json_array_ids_default_to_path_and_index() {
        let docs = parse_array(
            Path::new("c.json"),
            "c.json",
            "c",
            "[{\"text\":\"a\"},{\"text\":\"b\"}]",
        )
        .unwrap();
        assert_eq!(docs[1].id, "c.json#1");
    }
}
