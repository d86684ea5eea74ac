//! The whole run: a loaded [`Corpus`] in, a [`Report`] out. Each stage is called in order; none prints.

use rayon::prelude::*;

use crate::filter::Filter;
use crate::findings::{self, EvidenceBuilder, Finding, Kind};
use crate::load::Corpus;
use crate::report::{DocumentInfo, Report};
use crate::segment::Segmented;
use crate::settings::Settings;
use crate::verify;

/// Runs every built stage over `corpus`.
pub fn check(corpus: &Corpus, _settings: &Settings) -> Report {
    let segmented: Vec<Segmented> = corpus
        .documents
        .par_iter()
        .map(|d| Segmented::new(&d.text))
        .collect();
    let mut findings: Vec<Finding> = corpus
        .documents
        .par_iter()
        .zip(&segmented)
        .flat_map_iter(|(doc, seg)| {
            let evidence = EvidenceBuilder::new(doc);
            verify::repeated_passages(seg)
                .into_iter()
                .map(|group| repeated_passage_finding(&evidence, seg, &group))
                .collect::<Vec<_>>()
        })
        .collect();
    findings::sort(&mut findings);
    Report {
        documents: corpus.documents.iter().map(DocumentInfo::from).collect(),
        stories: Vec::new(),
        pairs: Vec::new(),
        findings,
        notes: corpus
            .warnings
            .iter()
            .map(|w| format!("{}: {}", w.path.display(), w.message))
            .collect(),
        baseline: None,
    }
}

/// Runs every built stage, then the filter stage: configuration rules, `--only` scope and baseline marks.
pub fn check_filtered(corpus: &Corpus, settings: &Settings, filter: &Filter) -> Report {
    let mut report = check(corpus, settings);
    filter.apply(&mut report);
    report
}

fn repeated_passage_finding(
    evidence: &EvidenceBuilder<'_>,
    seg: &Segmented,
    group: &[crate::text::Span],
) -> Finding {
    let doc = evidence.document();
    let items: Vec<_> = group
        .iter()
        .map(|&span| {
            let context = seg
                .lines
                .iter()
                .find(|l| l.span.start <= span.start && span.end <= l.span.end);
            evidence.evidence(span, context.map_or(span, |l| l.span))
        })
        .collect();
    let lines: Vec<String> = items.iter().map(|e| e.line.to_string()).collect();
    let message = format!(
        "passage repeated {} times in {} (lines {})",
        group.len(),
        doc.path,
        lines.join(", ")
    );
    let values = group.iter().map(|s| s.of(&doc.text).to_string()).collect();
    Finding::new(Kind::DuplicatePassage, None, values, message, items)
}
