//! Stage: resolve. Name mentions -> entities: transliteration-aware name keys, the gazetteer, and variant
//! clusters that span the corpus, each merge with the reason it was made.
//!
//! - [`keys`]: the ordered rule table that folds one name token to its key ("Ławrow", "Lawrow", "Lavrov" ->
//!   `lavrov`), and the consonant skeleton used for blocking.
//! - [`gazetteer`]: GeoNames places with Latin-script alternate names, countries and US states, demonyms, given
//!   names and nicknames, embedded in the binary and parsed once ([`Gazetteer::get`]).
//! - [`matcher`]: [`same_name`], the decision on two written names with its score and reason (what `crosscheck
//!   names --pairs` prints).
//! - [`romaji`]: Japanese names in Hepburn and Kunrei-shiki romanisation.
//! - [`clusters`]: [`resolve`], which groups every name mention of a corpus into [`Entities`]: each entity's
//!   kind, canonical form, written forms with counts per source, gazetteer place (id and country) and merge
//!   reasons, and the entity of each mention.
//!
//! Typical use, after extraction ([`crate::extract::extract_names`]):
//!
//! ```
//! use crosscheck::resolve::same_name;
//! assert!(same_name("Sergey Lavrov", "Siergiej Ławrow").same);
//! assert!(!same_name("Jeddah", "Riyadh").same);
//! ```

pub mod clusters;
mod context;
pub mod east_asian;
pub mod gazetteer;
pub mod keys;
pub mod matcher;
pub mod romaji;

pub use clusters::{
    DEFAULT_MAX_NAME_PAIRS, Entities, Entity, EntityId, MentionRef, Merge, PlaceRef, SurfaceForm,
    resolve, resolve_with,
};
pub use gazetteer::{Gazetteer, Place, PlaceKind};
pub use matcher::{Verdict, same_name};
