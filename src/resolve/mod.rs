//! Stage: resolve. Name mentions -> entities: transliteration-aware name keys, the gazetteer, and variant
//! clusters that span the corpus, each merge with the reason it was made.

pub mod gazetteer;
pub mod keys;
pub mod matcher;

pub use gazetteer::{Gazetteer, Place, PlaceKind};
pub use matcher::{Verdict, same_name};
pub mod clusters;

pub use clusters::{Entities, Entity, EntityId, MentionRef, Merge, PlaceRef, SurfaceForm, resolve};
