//! The text model shared by every stage: matching normalisation, byte spans, and line:column positions.

mod lines;
mod normalise;

pub use lines::{LineCol, LineIndex, Span};
pub use normalise::{fold, fold_cow, fold_into, fold_typography, token_hash};
