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

/// The title of a record that has none: its text's first non-empty line, cut to
/// [`MAX_DERIVED_TITLE_BYTES`]. Only the bytes up to the cut are read, however long the line: records of one
/// long line are the rule in JSON Lines dumps, and scanning each to its end would read every text twice.
fn derived_title(text: &str) -> String {
    let mut start = 0;
    loop {
        // Skip a blank line, or find where the first non-empty one starts.
        let mut blank_to = None;
        for (i, c) in text[start..].char_indices() {
            if c == '\n' {
                blank_to = Some(start + i + 1);
                break;
            }
            if !c.is_whitespace() {
                break;
            }
        }
        match blank_to {
            Some(next) => start = next,
            None => break,
        }
    }
    let rest = &text[start..];
    if rest.trim().is_empty() {
        return String::new();
    }
    let head = cut_at_char(rest, MAX_DERIVED_TITLE_BYTES);
    let line = head.split('\n').next().unwrap_or(head);
    clean_title(line)
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
        _ => derived_title(&text),
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

/// The record of a line that is a flat object of plain strings (no escapes) and nulls, each field given
/// once: what nearly every line of a JSON Lines corpus is. It is read with one SIMD search per string
/// instead of serde's byte-by-byte scan; any other line gives `None` and goes to serde, which reads it (or
/// names what is wrong with it) in full.
fn plain_record(line: &str) -> Option<Record> {
    let bytes = line.as_bytes();
    let mut at = 0;
    let skip_space = |at: &mut usize| {
        while bytes
            .get(*at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            *at += 1;
        }
    };
    // The string whose opening quote is at `at`, if it holds no escape and no control character.
    let plain_string = |at: &mut usize| -> Option<&str> {
        if bytes.get(*at) != Some(&b'"') {
            return None;
        }
        let start = *at + 1;
        let len = memchr::memchr2(b'"', b'\\', &bytes[start..])?;
        let content = &bytes[start..start + len];
        if bytes[start + len] != b'"' || content.iter().copied().min().unwrap_or(b' ') < b' ' {
            return None;
        }
        *at = start + len + 1;
        // Quotes are ASCII, so both ends are character boundaries of the line.
        Some(&line[start..start + len])
    };
    let mut record = Record {
        id: None,
        source: None,
        title: None,
        date: None,
        url: None,
        text: None,
    };
    let mut given = 0u8;
    skip_space(&mut at);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    at += 1;
    skip_space(&mut at);
    if bytes.get(at) == Some(&b'}') {
        at += 1;
    } else {
        loop {
            skip_space(&mut at);
            let key = plain_string(&mut at)?;
            skip_space(&mut at);
            if bytes.get(at) != Some(&b':') {
                return None;
            }
            at += 1;
            skip_space(&mut at);
            let value = if bytes[at..].starts_with(b"null") {
                at += 4;
                None
            } else {
                Some(plain_string(&mut at)?.to_string())
            };
            let mut unknown = None;
            let (field, bit) = match key {
                "id" => (&mut record.id, 1),
                "source" => (&mut record.source, 2),
                "title" => (&mut record.title, 4),
                "date" => (&mut record.date, 8),
                "url" => (&mut record.url, 16),
                "text" | "body" => (&mut record.text, 32),
                _ => (&mut unknown, 0),
            };
            // A field given twice is an error that serde words.
            if given & bit != 0 {
                return None;
            }
            given |= bit;
            *field = value;
            skip_space(&mut at);
            match bytes.get(at) {
                Some(b',') => at += 1,
                Some(b'}') => {
                    at += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    skip_space(&mut at);
    (at == bytes.len()).then_some(record)
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
    plain_record(line)
        .map(Ok)
        .unwrap_or_else(|| serde_json::from_str::<Record>(line))
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

    /// The title as first written: the whole first non-empty line, cut afterwards.
    fn title_of_first_line(text: &str) -> String {
        text.lines()
            .find(|l| !l.trim().is_empty())
            .map(|l| clean_title(cut_at_char(l, MAX_DERIVED_TITLE_BYTES)))
            .unwrap_or_default()
    }

    proptest::proptest! {
        #[test]
        fn derived_title_reads_as_the_first_line_would(text in "[ ab\n\r\t\u{a0}\u{e9}]{0,400}") {
            proptest::prop_assert_eq!(derived_title(&text), title_of_first_line(&text));
        }
    }

    #[test]
    fn derived_title_is_the_first_non_empty_line_cut_short() {
        let old = title_of_first_line;
        let long = "word ".repeat(100);
        for text in [
            "Headline\nbody",
            "\n \t\r\n  Headline  \r\nbody",
            " \n\u{a0}\n",
            "",
            "no newline at all",
            long.as_str(),
            &format!("\n\n{long}\nsecond"),
            &format!("{}\r\nx", "é".repeat(81)),
            &format!("{}\r\nx", "a".repeat(160)),
            &format!("{}\nx", "a".repeat(160)),
        ] {
            assert_eq!(derived_title(text), old(text), "{text:?}");
        }
    }

    fn fields(r: &Record) -> [Option<&str>; 6] {
        [&r.id, &r.source, &r.title, &r.date, &r.url, &r.text].map(|f| f.as_deref())
    }

    #[test]
    fn plain_lines_read_as_serde_reads_them_and_the_rest_go_to_serde() {
        for line in [
            r#"{"id": "d1", "text": "Talks ended."}"#,
            "  {\"text\":\"x\",\"source\":\"Wire\",\"title\":null,\"extra\":\"y\"}\r",
            "{\"body\": \"Caf\u{e9} \u{201c}quoted\u{201d}\", \"url\": \"http://x/\"}",
            "{}",
        ] {
            let fast = plain_record(line).unwrap_or_else(|| panic!("fast path: {line}"));
            let slow: Record = serde_json::from_str(line).unwrap();
            assert_eq!(fields(&fast), fields(&slow), "{line}");
        }
        for line in [
            r#"{"id": 7, "text": "x"}"#,
            r#"{"text": "a \"quote\""}"#,
            r#"{"text": "x", "text": "y"}"#,
            r#"{"text": "x", "body": "y"}"#,
            r#"{"text": "x", "tags": ["a"]}"#,
            "{\"text\": \"tab\there\"}",
            r#"{"text": "x"} trailing"#,
            r#"{"text": "x",}"#,
            r#"["text"]"#,
            r#"{"text": "unterminated}"#,
            r#"{"text": nul}"#,
        ] {
            assert!(plain_record(line).is_none(), "{line}");
        }
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
