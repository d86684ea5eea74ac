//! What the fuzz targets share: each target feeds its input to one stage and checks the invariants every
//! later stage relies on (spans inside the text and on character boundaries, offsets that map back to the
//! file). A panic or a failed check is a crash.

use std::path::Path;

use crosscheck::load::{self, Document, LoadOptions, Origin};
use crosscheck::segment::Segmented;
use crosscheck::text::{LineIndex, Span};

/// Asserts that `span` lies inside `text` on character boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on character boundaries"
    );
}

/// Text from fuzz bytes: valid UTF-8 as is, anything else with bad bytes replaced.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Parses `data` as a file with extension `ext`, strictly and then with `--lossy`, and checks each document.
pub fn load(ext: &str, data: &[u8]) {
    let path = format!("fuzz.{ext}");
    for lossy in [false, true] {
        let options = LoadOptions {
            lossy,
            ..LoadOptions::default()
        };
        match load::parse_file(Path::new(&path), data.to_vec(), &options) {
            Ok((documents, _)) => {
                for doc in &documents {
                    check_document(data, doc);
                }
            }
            Err(errors) => {
                assert!(!errors.is_empty(), "an error result names at least one error");
                for err in &errors {
                    // Every message names the file.
                    assert!(err.to_string().starts_with(&path), "{err}");
                }
            }
        }
    }
}

/// A loaded document: non-empty text, and for a file's text, offsets that point at the same bytes of the file.
fn check_document(file: &[u8], doc: &Document) {
    assert!(!doc.text.trim().is_empty(), "documents have text");
    assert!(!doc.id.is_empty(), "documents have an id");
    if let Origin::File {
        byte_offset,
        line_offset,
    } = doc.origin
    {
        let tail = &file[byte_offset.min(file.len())..];
        if std::str::from_utf8(file).is_ok() {
            assert_eq!(
                tail,
                doc.text.as_bytes(),
                "the text is the file from byte_offset {byte_offset}"
            );
            let newlines = file[..byte_offset].iter().filter(|&&b| b == b'\n').count();
            assert_eq!(line_offset, newlines, "line_offset counts the lines before the text");
        }
    }
    let seg = Segmented::new(&doc.text);
    check_segmented(&doc.text, &seg);
}

/// Checks every unit of a segmentation against its text.
pub fn check_segmented(text: &str, seg: &Segmented) {
    let lines = LineIndex::new(text);
    let mut previous = 0;
    for token in &seg.tokens {
        check_span(text, token.span, "token");
        assert!(!token.span.is_empty(), "tokens are not empty");
        assert!(token.span.start >= previous, "tokens are in order");
        previous = token.span.end;
        let at = lines.locate(text, token.span.start);
        assert!(at.line >= 1 && at.column >= 1);
    }
    for line in &seg.lines {
        check_span(text, line.span, "line");
        assert!(line.tokens.end <= seg.tokens.len());
    }
    for paragraph in &seg.paragraphs {
        check_span(text, paragraph.span, "paragraph");
        assert!(paragraph.lines.end <= seg.lines.len());
    }
    for sentence in &seg.sentences {
        check_span(text, sentence.span, "sentence");
        assert!(sentence.line < seg.lines.len() && sentence.paragraph < seg.paragraphs.len());
        let line = &seg.lines[sentence.line];
        assert!(
            line.span.start <= sentence.span.start && sentence.span.end <= line.span.end,
            "a sentence stays on its line"
        );
        for token in seg.sentence_tokens(sentence) {
            assert!(
                sentence.span.start <= token.span.start && token.span.end <= sentence.span.end,
                "a sentence's tokens lie inside it"
            );
        }
    }
}
