//! Outputs of the name commands: `crosscheck variants` (entities and their spellings) and `crosscheck names
//! --pairs` (matcher verdicts on name pairs), each as a table or JSON.
//!
//! The `variants` JSON wire format, schema `crosscheck-variants/1`:
//!
//! ```text
//! {
//!   "schema": "crosscheck-variants/1",
//!   "entities": [{
//!     "entity": canonical form, "kind": "person|place|organisation|unknown",
//!     "place": {"geonameid", "country", "name"} or null,
//!     "variants": [{"form": as written, "full": bool, "total": n, "sources": {source: n}}],
//!     "merges": [{"form", "with", "reason"}]
//!   }]
//! }
//! ```
//!
//! Entities are sorted by kind, then canonical form; variants list full forms first, the canonical one first.
//! The `names --pairs` JSON is an array of `{"a", "b", "same", "score", "reason"}` in input order, scores
//! rounded to 4 decimals.

use std::collections::BTreeMap;

use comfy_table::Cell;
use serde::Serialize;

use super::table::new_table;
use super::{Format, RenderOptions};
use crate::extract::NameKind;
use crate::resolve::{Entities, Verdict};

/// The schema name of the `variants` JSON.
pub const VARIANTS_SCHEMA: &str = "crosscheck-variants/1";

/// The JSON name of a kind of name.
pub const fn kind_name(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Person => "person",
        NameKind::Place => "place",
        NameKind::Organisation => "organisation",
        NameKind::Unknown => "unknown",
    }
}

#[derive(Serialize)]
struct WireVariants<'e> {
    schema: &'static str,
    entities: Vec<WireEntity<'e>>,
}

#[derive(Serialize)]
struct WireEntity<'e> {
    entity: &'e str,
    kind: &'static str,
    place: Option<WirePlace<'e>>,
    variants: Vec<WireVariant<'e>>,
    merges: Vec<WireMerge<'e>>,
}

#[derive(Serialize)]
struct WirePlace<'e> {
    geonameid: u32,
    country: &'e str,
    name: &'e str,
}

#[derive(Serialize)]
struct WireVariant<'e> {
    form: &'e str,
    full: bool,
    total: usize,
    sources: &'e BTreeMap<String, usize>,
}

#[derive(Serialize)]
struct WireMerge<'e> {
    form: &'e str,
    with: &'e str,
    reason: &'e str,
}

/// Renders the entities of a corpus. `explain` adds each merge's reason to the table (JSON always has them).
pub fn render_variants(
    entities: &Entities,
    format: Format,
    options: &RenderOptions,
    explain: bool,
) -> String {
    match format {
        Format::Json => {
            let wire = WireVariants {
                schema: VARIANTS_SCHEMA,
                entities: entities
                    .entities
                    .iter()
                    .map(|e| WireEntity {
                        entity: &e.canonical,
                        kind: kind_name(e.kind),
                        place: e.place.as_ref().map(|p| WirePlace {
                            geonameid: p.id,
                            country: &p.country,
                            name: &p.name,
                        }),
                        variants: e
                            .forms
                            .iter()
                            .map(|f| WireVariant {
                                form: &f.text,
                                full: f.full,
                                total: f.mentions.len(),
                                sources: &f.counts,
                            })
                            .collect(),
                        merges: e
                            .merges
                            .iter()
                            .map(|m| WireMerge {
                                form: &m.form,
                                with: &m.with,
                                reason: &m.reason,
                            })
                            .collect(),
                    })
                    .collect(),
            };
            let mut out = serde_json::to_string_pretty(&wire).unwrap_or_default();
            out.push('\n');
            out
        }
        // The variants view has two shapes: JSON for machines, a table for people (every other format).
        _ => {
            let mut table = new_table(options);
            let mut header = vec!["entity", "type", "canonical", "variant", "count per source"];
            if explain {
                header.push("why joined");
            }
            table.set_header(header);
            for (id, e) in entities.entities.iter().enumerate() {
                let kind = match &e.place {
                    Some(p) => format!("{} ({})", kind_name(e.kind), p.country),
                    None => kind_name(e.kind).to_string(),
                };
                for (i, form) in e.forms.iter().enumerate() {
                    let counts = form
                        .counts
                        .iter()
                        .map(|(source, n)| format!("{source}: {n}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let variant = if form.full {
                        form.text.clone()
                    } else {
                        format!("{} (partial)", form.text)
                    };
                    let first = i == 0;
                    let mut row = vec![
                        Cell::new(if first {
                            (id + 1).to_string()
                        } else {
                            String::new()
                        }),
                        Cell::new(if first { kind.as_str() } else { "" }),
                        Cell::new(if first { e.canonical.as_str() } else { "" }),
                        Cell::new(variant),
                        Cell::new(counts),
                    ];
                    if explain {
                        let why = e
                            .merges
                            .iter()
                            .filter(|m| m.form == form.text)
                            .map(|m| format!("with {}: {}", m.with, m.reason))
                            .collect::<Vec<_>>()
                            .join("\n");
                        row.push(Cell::new(why));
                    }
                    table.add_row(row);
                }
            }
            let n = entities.entities.len();
            format!("{n} entit{}\n{table}\n", if n == 1 { "y" } else { "ies" })
        }
    }
}

/// One labelled-or-not name pair and the matcher's verdict on it.
#[derive(Clone, Debug, PartialEq)]
pub struct NamePair {
    /// First name as read.
    pub a: String,
    /// Second name as read.
    pub b: String,
    /// The matcher's decision.
    pub verdict: Verdict,
}

#[derive(Serialize)]
struct WirePair<'p> {
    a: &'p str,
    b: &'p str,
    same: bool,
    score: f64,
    reason: &'p str,
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Renders matcher verdicts in input order.
pub fn render_name_pairs(pairs: &[NamePair], format: Format, options: &RenderOptions) -> String {
    match format {
        Format::Json => {
            let wire: Vec<WirePair<'_>> = pairs
                .iter()
                .map(|p| WirePair {
                    a: &p.a,
                    b: &p.b,
                    same: p.verdict.same,
                    score: round4(p.verdict.score),
                    reason: &p.verdict.reason,
                })
                .collect();
            let mut out = serde_json::to_string_pretty(&wire).unwrap_or_default();
            out.push('\n');
            out
        }
        // The variants view has two shapes: JSON for machines, a table for people (every other format).
        _ => {
            let mut table = new_table(options);
            table.set_header(["name 1", "name 2", "verdict", "score", "reason"]);
            for p in pairs {
                table.add_row(vec![
                    Cell::new(&p.a),
                    Cell::new(&p.b),
                    Cell::new(if p.verdict.same { "same" } else { "different" }),
                    Cell::new(format!("{:.3}", p.verdict.score)),
                    Cell::new(&p.verdict.reason),
                ]);
            }
            format!("{table}\n")
        }
    }
}
