//! Stage: verify + group. Candidate pairs are scored exactly and given a [`Relation`]; reports about the same
//! event are grouped into [`Story`]s. Repeated passages inside one report are found here too.
//!
//! No candidate is reported on its proposer's word: every pair is scored on the exact shingle sets, and only
//! pairs that earn a [`Relation`] are kept.

mod detect;
mod findings;
mod passages;
mod repeats;
pub mod score;
pub mod stories;
mod streamed;

use crate::text::Span;

pub use detect::{
    CONTAINS_CONTAINMENT, COPY_JACCARD, CopyGroups, DetectStats, NearDuplicates, Proposal,
    SAME_STORY_SIMILARITY, detect, propose, sketch_documents, verify,
};
pub use findings::{pair_findings, repeated_passage_finding};
pub use passages::{PassageParams, shared_passages};
pub use repeats::repeated_passages;
pub use streamed::{FULL_SKETCH_BUDGET, Streamed, near_duplicates_streamed};

/// How two reports relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// Jaccard ≥ 0.9.
    Copy,
    /// Jaccard ≥ the near-duplicate threshold.
    NearDuplicate,
    /// One report holds most of the other (containment ≥ 0.8 one way).
    Contains,
    /// Same event, different wording.
    SameStory,
}

impl Relation {
    /// The JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Relation::Copy => "copy",
            Relation::NearDuplicate => "near-duplicate",
            Relation::Contains => "contains",
            Relation::SameStory => "same-story",
        }
    }
}

/// A passage shared by two documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SharedPassage {
    /// Bytes in document `a`.
    pub a: Span,
    /// Bytes in document `b`.
    pub b: Span,
}

/// A verified pair of documents, `a < b` as indices into the corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// First document index.
    pub a: usize,
    /// Second document index.
    pub b: usize,
    /// How they relate.
    pub relation: Relation,
    /// Exact Jaccard of the shingle sets.
    pub jaccard: f64,
    /// Exact containment: the larger of |A∩B|/|A| and |A∩B|/|B|.
    pub containment: f64,
    /// Weighted similarity of the two reports' names and rare words, 0 to 1.
    pub similarity: f64,
    /// Passages both share, in order of their position in `a`.
    pub passages: Vec<SharedPassage>,
}

impl Pair {
    /// The longest shared passage, by its length in `a`.
    pub fn longest_passage(&self) -> Option<&SharedPassage> {
        self.passages
            .iter()
            .max_by_key(|p| (p.a.len(), std::cmp::Reverse(p.a.start)))
    }
}

/// Reports about one event, as sorted corpus indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// Document indices, ascending.
    pub documents: Vec<usize>,
}
