//! Byte offsets to 1-based line and column, with columns counted in Unicode scalar values.

/// A half-open byte range `start..end` in a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A position as people count it: 1-based line, 1-based column in Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counting Unicode scalar values.
    pub column: usize,
}

/// Maps byte offsets of one text to line and column.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is always 0.
    starts: Vec<usize>,
    /// `chars[k]`: scalar values in the text's first `k * CHAR_BLOCK` bytes, so that a column far into a long
    /// line is counted from the nearest block rather than from the line start.
    chars: Vec<usize>,
}

/// Bytes per block of [`LineIndex::chars`].
const CHAR_BLOCK: usize = 4096;

/// Scalar values starting in `bytes` (every byte that is not a UTF-8 continuation byte).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl LineIndex {
    /// Indexes the line starts of `text`. A line ends at `\n`; a `\r` before it belongs to the line.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()).map(|i| i + 1));
        let mut chars = vec![0];
        for block in text.as_bytes().chunks_exact(CHAR_BLOCK) {
            chars.push(chars[chars.len() - 1] + count_chars(block));
        }
        LineIndex { starts, chars }
    }

    /// Scalar values in `text[..offset]`, counted from the nearest block boundary.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / CHAR_BLOCK;
        self.chars[block] + count_chars(&text.as_bytes()[block * CHAR_BLOCK..offset])
    }

    /// The line and column of byte `offset` in `text`, which must be the text this index was built from.
    ///
    /// An offset inside a multibyte character counts as that character's column.
    pub fn locate(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = if offset - start <= CHAR_BLOCK {
            count_chars(&text.as_bytes()[start..offset]) + 1
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start) + 1
        };
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The byte span of 1-based `line`, without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).map_or(text.len(), |&next| next - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// Number of lines; an empty text has one empty line.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_ascii_offsets() {
        let text = "ab\ncd\n\nef";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.locate(text, 2), LineCol { line: 1, column: 3 });
        assert_eq!(index.locate(text, 3), LineCol { line: 2, column: 1 });
        assert_eq!(index.locate(text, 7), LineCol { line: 4, column: 1 });
        assert_eq!(index.locate(text, 9), LineCol { line: 4, column: 3 });
    }

    #[test]
    fn columns_count_scalar_values_not_bytes() {
        let text = "Ławrow\nžé “x”";
        let index = LineIndex::new(text);
        let w = text.find('w').unwrap();
        assert_eq!(index.locate(text, w), LineCol { line: 1, column: 3 });
        let x = text.find('x').unwrap();
        assert_eq!(index.locate(text, x), LineCol { line: 2, column: 5 });
    }

    #[test]
    fn columns_far_into_a_long_line_count_from_blocks() {
        let text = format!("x\n{}Ławrow", "ż".repeat(3 * CHAR_BLOCK + 7));
        let index = LineIndex::new(&text);
        let w = text.find('w').unwrap();
        let expected = 3 * CHAR_BLOCK + 7 + 3;
        assert_eq!(
            index.locate(&text, w),
            LineCol {
                line: 2,
                column: expected
            }
        );
        // "wrow" is four more scalar values: the end of the text is the column after them.
        assert_eq!(index.locate(&text, text.len()).column, expected + 4);
    }

    #[test]
    fn line_span_excludes_crlf() {
        let text = "one\r\ntwo\nthree";
        let index = LineIndex::new(text);
        assert_eq!(index.line_span(text, 1).of(text), "one");
        assert_eq!(index.line_span(text, 2).of(text), "two");
        assert_eq!(index.line_span(text, 3).of(text), "three");
        assert_eq!(index.line_count(), 3);
    }
}
