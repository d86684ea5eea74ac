//! JSON Lines: the JSON report's records one per line, each tagged with its `"type"`, so that a consumer can
//! stream findings or `grep` them without parsing the whole report.
//!
//! Lines come in this order: one `report` header (schema and tool), then `document`, `story`, `pair`,
//! `finding` and `note` records in the JSON report's order, then, when a baseline was given, one `baseline`
//! record with the new and known counts followed by a `stale` record per accepted finding no longer seen, and
//! last one `summary`. Each record has the fields of its counterpart in the JSON report.

use serde::Serialize;

use super::Report;
use super::json::{
    WireDocument, WireFinding, WirePair, WireReport, WireStory, WireSummary, WireTool, wire,
};
use crate::filter::BaselineEntry;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
enum Record<'r> {
    Report {
        schema: &'static str,
        tool: &'r WireTool,
    },
    Document(&'r WireDocument<'r>),
    Story(&'r WireStory<'r>),
    Pair(&'r WirePair<'r>),
    Finding(&'r WireFinding<'r>),
    Note {
        text: &'r str,
    },
    Baseline {
        new: usize,
        known: usize,
        stale: usize,
    },
    Stale(&'r BaselineEntry),
    Summary(&'r WireSummary),
}

pub(super) fn render(report: &Report) -> String {
    let wire: WireReport<'_> = wire(report);
    let mut records = vec![Record::Report {
        schema: wire.schema,
        tool: &wire.tool,
    }];
    records.extend(wire.documents.iter().map(Record::Document));
    records.extend(wire.stories.iter().map(Record::Story));
    records.extend(wire.pairs.iter().map(Record::Pair));
    records.extend(wire.findings.iter().map(Record::Finding));
    records.extend(wire.notes.iter().map(|text| Record::Note { text }));
    if let Some(baseline) = &wire.baseline {
        records.push(Record::Baseline {
            new: baseline.new,
            known: baseline.known,
            stale: baseline.stale.len(),
        });
        records.extend(baseline.stale.iter().map(Record::Stale));
    }
    records.push(Record::Summary(&wire.summary));
    let mut out = String::new();
    for record in &records {
        out.push_str(&serde_json::to_string(record).expect("records serialize: plain data"));
        out.push('\n');
    }
    out
}
