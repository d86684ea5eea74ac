//! Evidence: where a value occurs, in file terms (line, column, byte offsets) and as the original text.

use crate::load::{Document, Origin};
use crate::text::{LineIndex, Span};

/// Where one value of a finding occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The document's id.
    pub document: String,
    /// The document's path.
    pub path: String,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
    /// 1-based line of the last character.
    pub end_line: usize,
    /// 1-based column just past the last character.
    pub end_column: usize,
    /// Byte offset in the file (in the record's text, for JSON records).
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The text at `start..end`, exactly as written.
    pub text: String,
    /// The sentence or line around it, for a reader.
    pub context: String,
}

/// Builds evidence for spans of one document, indexing its lines once.
pub struct EvidenceBuilder<'d> {
    doc: &'d Document,
    lines: LineIndex,
}

impl<'d> EvidenceBuilder<'d> {
    /// A builder for `doc`.
    pub fn new(doc: &'d Document) -> Self {
        EvidenceBuilder {
            doc,
            lines: LineIndex::new(&doc.text),
        }
    }

    /// Evidence for `span` of the document's text, with `context` (usually the enclosing sentence) as the excerpt.
    pub fn evidence(&self, span: Span, context: Span) -> Evidence {
        let text = &self.doc.text;
        let from = self.lines.locate(text, span.start);
        let to = self.lines.locate(text, span.end);
        let (byte_offset, line_offset) = match self.doc.origin {
            Origin::File {
                byte_offset,
                line_offset,
            } => (byte_offset, line_offset),
            Origin::Record { .. } => (0, 0),
        };
        Evidence {
            document: self.doc.id.clone(),
            path: self.doc.path.clone(),
            line: from.line + line_offset,
            column: from.column,
            end_line: to.line + line_offset,
            end_column: to.column,
            start: span.start + byte_offset,
            end: span.end + byte_offset,
            text: span.of(text).to_string(),
            context: excerpt(context.of(text), 240),
        }
    }

    /// The document this builder is for.
    pub fn document(&self) -> &'d Document {
        self.doc
    }
}

/// Shortens `s` to about `max` characters on a character boundary, marking the cut with `…`.
pub fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim();
    // Only the first `max` characters are looked at, so a context of a whole 50 MB line costs no more than a
    // short one.
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((cut, _)) => format!("{}…", s[..cut].trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_in_front_matter_file_is_in_file_terms() {
        let doc = Document {
            id: "a.md".into(),
            path: "a.md".into(),
            source: "a".into(),
            title: String::new(),
            date: None,
            url: None,
            text: "Talks in Jeddah.\n".into(),
            origin: Origin::File {
                byte_offset: 20,
                line_offset: 3,
            },
        };
        let span = Span::new(9, 15);
        let e = EvidenceBuilder::new(&doc).evidence(span, Span::new(0, 16));
        assert_eq!((e.line, e.column, e.end_line, e.end_column), (4, 10, 4, 16));
        assert_eq!((e.start, e.end), (29, 35));
        assert_eq!(e.text, "Jeddah");
        assert_eq!(e.context, "Talks in Jeddah.");
    }

    #[test]
    fn excerpt_cuts_on_characters() {
        assert_eq!(excerpt("Ławrow said", 6), "Ławrow…");
        assert_eq!(excerpt("short", 10), "short");
    }
}
