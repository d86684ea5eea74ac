//! crosscheck checks a corpus of news reports against itself: it finds reports that cover the same story or
//! copy one another, aligns their passages, and reports where the sources disagree.
//!
//! The library is laid out as the pipeline, one module per stage, each handing a plain data type to the next:
//!
//! ```text
//! load -> segment -> sketch -> candidates -> verify+group -> align -> extract -> resolve -> compare
//!      -> findings -> filter -> render
//! ```
//!
//! It does no printing and no I/O beyond reading the inputs it is given; the `crosscheck` binary drives it.

pub mod align;
pub mod candidates;
pub mod compare;
pub mod config;
pub mod extract;
pub mod filter;
pub mod findings;
pub mod load;
pub mod pipeline;
pub mod report;
pub mod resolve;
pub mod segment;
pub mod settings;
pub mod sketch;
pub mod stats;
pub mod text;
pub mod verify;

pub use findings::{Finding, Kind, Severity};
pub use load::{Corpus, Document};
pub use report::Report;
pub use settings::Settings;
