//! Markdown reports with optional `---` front matter (`title`, `source`, `date`, `url`, `id`).

use super::{Document, MAX_DERIVED_TITLE_BYTES, Origin, clean_title, cut_at_char};

pub(super) fn parse(path: String, fallback_source: String, text: String) -> Document {
    let (fields, body_start, body_line) = front_matter(&text).unwrap_or_default();
    let get = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let body = text[body_start..].to_string();
    let title = get("title").unwrap_or_else(|| {
        body.lines()
            .find(|l| !l.trim().is_empty())
            .map(|l| {
                clean_title(cut_at_char(
                    l.trim_start_matches('#'),
                    MAX_DERIVED_TITLE_BYTES,
                ))
            })
            .unwrap_or_default()
    });
    Document {
        id: get("id").unwrap_or_else(|| path.clone()),
        source: get("source").unwrap_or(fallback_source),
        date: get("date"),
        url: get("url"),
        title,
        path,
        text: body,
        origin: Origin::File {
            byte_offset: body_start,
            line_offset: body_line,
        },
    }
}

/// Parses `---` front matter at the very start: simple `key: value` lines, quotes optional.
///
/// Returns the fields, the byte offset where the body starts, and the number of lines before it.
/// Front matter fields, the body's byte offset, and the number of lines before the body.
type FrontMatter = (Vec<(String, String)>, usize, usize);

fn front_matter(text: &str) -> Option<FrontMatter> {
    let mut lines = text.split_inclusive('\n');
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut offset = text.find('\n')? + 1;
    let mut fields = Vec::new();
    let mut count = 1;
    for line in lines {
        offset += line.len();
        count += 1;
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Some((fields, offset, count));
        }
        if let Some((key, value)) = trimmed.split_once(':') {
            let value = value.trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            fields.push((key.trim().to_ascii_lowercase(), value.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter_and_offsets_body() {
        let text = "---\ntitle: \"Talks end\"\nsource: Wire\ndate: 2025-03-12\n---\nBody line.\n"
            .to_string();
        let doc = parse("a.md".into(), "a".into(), text.clone());
        assert_eq!(doc.title, "Talks end");
        assert_eq!(doc.source, "Wire");
        assert_eq!(doc.date.as_deref(), Some("2025-03-12"));
        assert_eq!(doc.text, "Body line.\n");
        assert_eq!(
            doc.origin,
            Origin::File {
                byte_offset: text.find("Body").unwrap(),
                line_offset: 5
            }
        );
    }

    #[test]
    fn without_front_matter_uses_heading_as_title() {
        let doc = parse(
            "a.md".into(),
            "a".into(),
            "\n# Talks end\n\nBody.".to_string(),
        );
        assert_eq!(doc.title, "Talks end");
        assert_eq!(doc.source, "a");
        assert_eq!(
            doc.origin,
            Origin::File {
                byte_offset: 0,
                line_offset: 0
            }
        );
    }

    #[test]
    fn unterminated_front_matter_is_body() {
        let doc = parse(
            "a.md".into(),
            "a".into(),
            "---\ntitle: x\nno end".to_string(),
        );
        assert_eq!(doc.text, "---\ntitle: x\nno end");
    }
}
