//! The whole run: a loaded [`Corpus`] in, a [`Report`] out. Each stage is called in order; none prints.

use rayon::prelude::*;

use crate::filter::Filter;
use crate::findings::{self, EvidenceBuilder, Finding};
use crate::load::Corpus;
use crate::report::{DocumentInfo, Report};
use crate::segment::Segmented;
use crate::settings::Settings;
use crate::verify;

/// Runs every built stage over `corpus`.
pub fn check(corpus: &Corpus, settings: &Settings) -> Report {
    let segmented: Vec<Segmented> = corpus
        .documents
        .par_iter()
        .map(|d| Segmented::new(&d.text))
        .collect();
    let sketches = verify::sketch_documents(&corpus.documents, settings);
    let near = verify::detect(&sketches, settings);
    let mut findings: Vec<Finding> = corpus
        .documents
        .par_iter()
        .zip(&segmented)
        .flat_map_iter(|(doc, seg)| {
            let evidence = EvidenceBuilder::new(doc);
            verify::repeated_passages(seg)
                .into_iter()
                .map(|group| verify::repeated_passage_finding(&evidence, seg, &group))
                .collect::<Vec<_>>()
        })
        .collect();
    findings.extend(verify::pair_findings(&corpus.documents, &near.pairs));
    findings::sort(&mut findings);
    Report {
        documents: corpus.documents.iter().map(DocumentInfo::from).collect(),
        stories: near.stories,
        pairs: near.pairs,
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
