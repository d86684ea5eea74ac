//! The whole run: a loaded [`Corpus`] in, a [`Report`] out. Each stage is called in order; none prints.

use rayon::prelude::*;

use crate::extract::NameMention;
use crate::extract::names::{CapitalEvidence, extract_names_with};
use crate::findings::{self, EvidenceBuilder, Finding, Kind};
use crate::load::Corpus;
use crate::report::{DocumentInfo, Report};
use crate::resolve::{self, Entities, Gazetteer};
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
    findings.extend(name_findings(corpus, &segmented));
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
    }
}

/// The names of a corpus: each document's name mentions and the entities they resolve to.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// `mentions[d]`: the name mentions of document `d`, in text order.
    pub mentions: Vec<Vec<NameMention>>,
    /// The entities, and the entity of each mention.
    pub entities: Entities,
}

/// Segments, extracts and resolves the names of `corpus` (what `crosscheck variants` shows).
pub fn names(corpus: &Corpus) -> Names {
    let segmented: Vec<Segmented> = corpus
        .documents
        .par_iter()
        .map(|d| Segmented::new(&d.text))
        .collect();
    resolve_names(corpus, &segmented, None)
}

/// Extracts names from segmented documents and resolves them; `stories` groups document indices when known.
pub fn resolve_names(
    corpus: &Corpus,
    segmented: &[Segmented],
    stories: Option<&[Vec<usize>]>,
) -> Names {
    let gazetteer = Gazetteer::get();
    let evidence = corpus
        .documents
        .par_iter()
        .zip(segmented)
        .map(|(doc, seg)| CapitalEvidence::of_document(&doc.text, seg))
        .reduce(CapitalEvidence::default, |mut a, b| {
            a.merge(b);
            a
        });
    let mentions: Vec<Vec<NameMention>> = corpus
        .documents
        .par_iter()
        .zip(segmented)
        .map(|(doc, seg)| extract_names_with(&doc.text, seg, gazetteer, &evidence))
        .collect();
    let entities = resolve::resolve(&corpus.documents, &mentions, stories);
    Names { mentions, entities }
}

/// The `spelling-variant` findings of a corpus.
fn name_findings(corpus: &Corpus, segmented: &[Segmented]) -> Vec<Finding> {
    let names = resolve_names(corpus, segmented, None);
    findings::spelling::spelling_variants(
        &corpus.documents,
        segmented,
        &names.mentions,
        &names.entities,
    )
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
