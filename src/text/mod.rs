//! The text model shared by every stage: matching normalisation, byte spans, and line:column positions.

mod lines;
mod normalise;

pub use lines::{LineCol, LineIndex, Span};
pub use normalise::{fold, fold_cow, fold_into, fold_typography, token_hash};

/// The largest character boundary of `text` at or before byte `i` (`i` past the end counts as the end), so that
/// a window of bytes cut at `i` never splits a character.
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_boundary_inside_a_character_moves_back_to_its_start() {
        // In "Włodek", "W" is byte 0 and "ł" bytes 1..3.
        let text = "Włodek";
        assert_eq!(super::floor_char_boundary(text, 2), 1);
        assert_eq!(super::floor_char_boundary(text, 3), 3);
        assert_eq!(super::floor_char_boundary(text, 99), text.len());
    }
}
