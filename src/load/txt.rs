//! Plain-text reports: the first non-empty line is the headline; the whole file is the text.

use super::{Document, MAX_DERIVED_TITLE_BYTES, Origin, clean_title, cut_at_char};

pub(super) fn parse(path: String, source: String, text: String) -> Document {
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .map(|l| clean_title(cut_at_char(l, MAX_DERIVED_TITLE_BYTES)))
        .unwrap_or_default();
    Document {
        id: path.clone(),
        path,
        source,
        title,
        date: None,
        url: None,
        text,
        origin: Origin::File {
            byte_offset: 0,
            line_offset: 0,
        },
    }
}
