//! The whole run: a loaded [`Corpus`] in, a [`Report`] out. Each stage is called in order; none prints.
//!
//! ```text
//! segment -> sketch -> candidates -> verify+group -> extract -> resolve -> align -> compare -> findings
//! ```
//!
//! [`analyse`] runs the stages and keeps what they produced ([`Analysis`]), so that `check`, `diff` and
//! `variants` read one result instead of re-running stages.

use rayon::prelude::*;

use crate::align::AlignedPair;
use crate::compare::{self, DocFacts, EntityRef, PlaceLevel, PlaceRef};
use crate::extract::names::{CapitalEvidence, extract_names_with};
use crate::extract::{Mentions, NameKind, NameMention, extract_facts_with};
use crate::filter::Filter;
use crate::findings::{self, EvidenceBuilder, EvidenceIndex, Finding};
use crate::load::Corpus;
use crate::report::{DocumentInfo, Report};
use crate::resolve::{self, Entities, Gazetteer, MentionRef, PlaceKind};
use crate::segment::Segmented;
use crate::settings::Settings;
use crate::stats::Stats;
use crate::verify::{self, NearDuplicates, Story};

/// What the stages produced for one corpus.
pub struct Analysis<'c> {
    /// The corpus analysed.
    pub corpus: &'c Corpus,
    /// Each document's segments.
    pub segmented: Vec<Segmented>,
    /// Verified pairs and story groups.
    pub near: NearDuplicates,
    /// Each document's mentions (names, numbers, dates, quotes, roles).
    pub mentions: Vec<Mentions>,
    /// The entities the names resolve to.
    pub entities: Entities,
    /// Each name mention's entity, as the compare stage reads it.
    pub entity_refs: Vec<Vec<Option<EntityRef>>>,
}

impl Analysis<'_> {
    /// The compare stage's view of document `index`.
    pub fn facts(&self, index: usize) -> DocFacts<'_> {
        DocFacts {
            index,
            doc: &self.corpus.documents[index],
            seg: &self.segmented[index],
            mentions: &self.mentions[index],
            entities: &self.entity_refs[index],
        }
    }
}

/// Runs every stage up to resolution over `corpus`. `stories`, when given, replaces the story groups the
/// near-duplicate stage finds (the `diff` command treats its two reports as one story). Each stage's time and
/// output size are added to `stats`.
pub fn analyse<'c>(
    corpus: &'c Corpus,
    settings: &Settings,
    stories: Option<Vec<Story>>,
    stats: &mut Stats,
) -> Analysis<'c> {
    let segmented: Vec<Segmented> = stats.time(
        "segment",
        "documents",
        || {
            corpus
                .documents
                .par_iter()
                .map(|d| Segmented::new(&d.text))
                .collect()
        },
        Vec::len,
    );
    let mut near = near_duplicates(corpus, settings, stats);
    if let Some(stories) = stories {
        near.stories = stories;
    }
    let groups: Vec<Vec<usize>> = near.stories.iter().map(|s| s.documents.clone()).collect();
    let names = resolve_names_with(
        corpus,
        &segmented,
        Some(&groups),
        settings.max_name_pairs,
        stats,
    );
    let mut mentions: Vec<Mentions> = stats.time(
        "extract",
        "documents",
        || {
            corpus
                .documents
                .par_iter()
                .zip(&segmented)
                .enumerate()
                .map(|(d, (doc, seg))| extract_facts_with(&doc.text, seg, &people(&names, d)))
                .collect()
        },
        Vec::len,
    );
    for (m, names) in mentions.iter_mut().zip(names.mentions) {
        m.names = names;
    }
    let entity_refs = stats.time(
        "resolve",
        "entities",
        || entity_refs(&mentions, &names.entities),
        |_| 0,
    );
    Analysis {
        corpus,
        segmented,
        near,
        mentions,
        entities: names.entities,
        entity_refs,
    }
}

/// The spans of document `d`'s name mentions that name a person, by their own cues or by their entity.
fn people(names: &Names, d: usize) -> Vec<crate::text::Span> {
    let of_mention = names.entities.of_mention.get(d);
    names.mentions[d]
        .iter()
        .enumerate()
        .filter(|&(m, mention)| {
            let entity = of_mention
                .and_then(|ids| ids.get(m))
                .and_then(|&id| names.entities.entities.get(id));
            mention.kind == NameKind::Person || entity.is_some_and(|e| e.kind == NameKind::Person)
        })
        .map(|(_, mention)| mention.span)
        .collect()
}

/// Sketches the corpus and runs candidates, verification and grouping, timing each.
fn near_duplicates(corpus: &Corpus, settings: &Settings, stats: &mut Stats) -> NearDuplicates {
    let sketches = stats.time(
        "sketch",
        "documents",
        || verify::sketch_documents(&corpus.documents, settings),
        Vec::len,
    );
    stats.starting("candidates");
    let days: Vec<Option<i32>> = corpus
        .documents
        .iter()
        .map(crate::load::Document::story_day)
        .collect();
    let near = verify::detect(&sketches, &days, settings);
    near.stats.record(stats, near.pairs.len());
    near
}

/// The compare stage's view of each mention's entity: id, kind, canonical form, and the place's level.
fn entity_refs(mentions: &[Mentions], entities: &Entities) -> Vec<Vec<Option<EntityRef>>> {
    let gazetteer = Gazetteer::get();
    mentions
        .iter()
        .enumerate()
        .map(|(document, m)| {
            (0..m.names.len())
                .map(|mention| {
                    let id = *entities.of_mention.get(document)?.get(mention)?;
                    let entity = entities.entities.get(id)?;
                    let place = entity.place.as_ref().map(|p| PlaceRef {
                        id: u64::from(p.id),
                        country: Some(p.country.clone()).filter(|c| !c.is_empty()),
                        level: match gazetteer.by_id(p.id).map(|g| g.kind) {
                            Some(PlaceKind::Country) => PlaceLevel::Country,
                            Some(PlaceKind::Region) => PlaceLevel::Region,
                            Some(PlaceKind::Town) => PlaceLevel::City,
                            None => PlaceLevel::Unknown,
                        },
                    });
                    Some(EntityRef {
                        id,
                        kind: entity.kind,
                        canonical: entity.canonical.clone(),
                        place,
                    })
                })
                .collect()
        })
        .collect()
}

/// Runs every stage over `corpus` and gathers the findings.
pub fn check(corpus: &Corpus, settings: &Settings) -> Report {
    run(corpus, settings, None, false, &mut Stats::default()).report
}

/// A report and the sentence alignments behind it.
pub struct Outcome {
    /// The findings.
    pub report: Report,
    /// Sentences aligned across reports.
    pub alignments: Vec<AlignedPair>,
}

/// Compares the reports of `corpus` as one story, whatever the near-duplicate stage makes of them, and keeps
/// the alignment for display (`crosscheck diff`).
pub fn diff(corpus: &Corpus, settings: &Settings) -> Outcome {
    let everything = Story {
        documents: (0..corpus.documents.len()).collect(),
    };
    run(
        corpus,
        settings,
        Some(vec![everything]),
        true,
        &mut Stats::default(),
    )
}

fn run(
    corpus: &Corpus,
    settings: &Settings,
    stories: Option<Vec<Story>>,
    keep_alignments: bool,
    stats: &mut Stats,
) -> Outcome {
    let analysis = analyse(corpus, settings, stories, stats);
    let mut limits = settings.compare_limits();
    limits.keep_alignments = keep_alignments;
    let facts: Vec<DocFacts<'_>> = (0..corpus.documents.len())
        .map(|i| analysis.facts(i))
        .collect();
    stats.starting("align+compare");
    let started = std::time::Instant::now();
    let comparison = compare::compare_corpus(&facts, &analysis.near.stories, &limits);
    // Alignment and word diffs run interleaved, pair by pair, on every thread: the wall time is shared out
    // between them in proportion to the thread time each took.
    let wall = started.elapsed();
    let threads = comparison.align_time + comparison.compare_time;
    let align_share = if threads.is_zero() {
        0.0
    } else {
        comparison.align_time.as_secs_f64() / threads.as_secs_f64()
    };
    let align_wall = wall.mul_f64(align_share);
    stats.add(
        "align",
        "aligned pairs",
        comparison.aligned_pairs,
        align_wall,
    );
    stats.add(
        "compare",
        "differences",
        comparison.differences.len(),
        wall - align_wall,
    );
    stats.starting("findings");
    let started = std::time::Instant::now();

    let cap = settings.max_passages_per_report;
    let repeated: Vec<(Vec<Finding>, usize)> = corpus
        .documents
        .par_iter()
        .zip(&analysis.segmented)
        .map(|(doc, seg)| {
            let evidence = EvidenceBuilder::new(doc);
            let mut groups = verify::repeated_passages(seg);
            let dropped = groups.len().saturating_sub(cap);
            if dropped > 0 {
                // The longest repeats are the ones worth a reader's time; ties keep text order.
                groups.sort_by_key(|g| (std::cmp::Reverse(g[0].len()), g[0].start));
                groups.truncate(cap);
            }
            let found = groups
                .iter()
                .map(|group| verify::repeated_passage_finding(&evidence, seg, group))
                .collect();
            (found, dropped)
        })
        .collect();
    let mut findings: Vec<Finding> = Vec::new();
    let mut capped_reports = 0;
    let mut repeats_dropped = 0;
    for (found, dropped) in repeated {
        findings.extend(found);
        capped_reports += usize::from(dropped > 0);
        repeats_dropped += dropped;
    }
    let (pair_findings, copies_dropped) =
        verify::pair_findings(&corpus.documents, &analysis.near.pairs, cap);
    findings.extend(pair_findings);
    let names: Vec<Vec<NameMention>> = analysis.mentions.iter().map(|m| m.names.clone()).collect();
    findings.extend(findings::spelling::spelling_variants(
        &corpus.documents,
        &analysis.segmented,
        &names,
        &analysis.entities,
        &analysis.near.stories,
    ));
    let evidence = EvidenceIndex::new(&corpus.documents);
    findings.extend(comparison.differences.iter().map(|d| {
        let sides: Vec<_> = d.sides.iter().map(|s| (s.doc, s.span, s.context)).collect();
        evidence.finding(
            d.kind,
            d.entity.clone(),
            &sides,
            &d.values,
            d.message.clone(),
        )
    }));
    let mut findings = findings::merge_duplicates(findings);
    findings::sort(&mut findings);
    stats.add("findings", "findings", findings.len(), started.elapsed());

    let mut notes: Vec<String> = corpus.warnings.iter().map(ToString::to_string).collect();
    notes.extend(analysis.near.stats.copies_note());
    if repeats_dropped > 0 {
        notes.push(format!(
            "{repeats_dropped} passages repeated inside reports were not reported: {capped_reports} {} \
             more than {cap} passages, and only the longest {cap} of each are listed",
            if capped_reports == 1 { "report repeats" } else { "reports repeat" },
        ));
    }
    if copies_dropped > 0 {
        notes.push(format!(
            "{copies_dropped} passages copied across reports were not reported: no report is listed in more \
             than {cap} of them, the longest"
        ));
    }
    notes.extend(comparison.notes(&limits));
    notes.extend(name_pairs_note(&analysis.entities, settings));
    let report = Report {
        documents: corpus.documents.iter().map(DocumentInfo::from).collect(),
        stories: analysis.near.stories,
        pairs: analysis.near.pairs,
        findings,
        notes,
        baseline: None,
    };
    Outcome {
        report,
        alignments: comparison.alignments,
    }
}

/// The note for a corpus whose names sharing a surname key were too many to compare every pair.
fn name_pairs_note(entities: &resolve::Entities, settings: &Settings) -> Option<String> {
    let skipped = entities.skipped_name_pairs;
    (skipped > 0).then(|| {
        format!(
            "{skipped} pairs of names sharing a surname key were not compared: comparing them would pass the \
             limit of {} name pairs (name-pairs in [limits]), so some spellings of one name may be listed as \
             different entities",
            settings.max_name_pairs
        )
    })
}

/// Runs every stage, then the filter stage: configuration rules, `--only` scope and baseline marks.
/// Each stage's time and output size are added to `stats`.
pub fn check_filtered(
    corpus: &Corpus,
    settings: &Settings,
    filter: &Filter,
    stats: &mut Stats,
) -> Report {
    let mut report = run(corpus, settings, None, false, stats).report;
    stats.starting("filter");
    let started = std::time::Instant::now();
    filter.apply(&mut report);
    stats.add(
        "filter",
        "findings",
        report.findings.len(),
        started.elapsed(),
    );
    report
}

/// The names of a corpus: each document's name mentions and the entities they resolve to.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// `mentions[d]`: the name mentions of document `d`, in text order.
    pub mentions: Vec<Vec<NameMention>>,
    /// The entities, and the entity of each mention.
    pub entities: Entities,
}

/// Segments, groups, extracts and resolves the names of `corpus` (what `crosscheck variants` shows).
pub fn names(corpus: &Corpus, settings: &Settings) -> Names {
    let segmented: Vec<Segmented> = corpus
        .documents
        .par_iter()
        .map(|d| Segmented::new(&d.text))
        .collect();
    let near = near_duplicates(corpus, settings, &mut Stats::default());
    let groups: Vec<Vec<usize>> = near.stories.iter().map(|s| s.documents.clone()).collect();
    resolve_names_with(
        corpus,
        &segmented,
        Some(&groups),
        settings.max_name_pairs,
        &mut Stats::default(),
    )
}

/// Extracts names from segmented documents and resolves them; `stories` groups document indices when known,
/// so that a partial name joins a full name of the same story.
pub fn resolve_names(
    corpus: &Corpus,
    segmented: &[Segmented],
    stories: Option<&[Vec<usize>]>,
) -> Names {
    resolve_names_with(
        corpus,
        segmented,
        stories,
        resolve::DEFAULT_MAX_NAME_PAIRS,
        &mut Stats::default(),
    )
}

/// [`resolve_names`], adding name extraction to stage "extract" and resolution to "resolve" of `stats`.
fn resolve_names_with(
    corpus: &Corpus,
    segmented: &[Segmented],
    stories: Option<&[Vec<usize>]>,
    max_name_pairs: usize,
    stats: &mut Stats,
) -> Names {
    let gazetteer = Gazetteer::get();
    let mentions: Vec<Vec<NameMention>> = stats.time(
        "extract",
        "documents",
        || {
            let evidence = corpus
                .documents
                .par_iter()
                .zip(segmented)
                .map(|(doc, seg)| CapitalEvidence::of_document(&doc.text, seg))
                .reduce(CapitalEvidence::default, |mut a, b| {
                    a.merge(b);
                    a
                });
            corpus
                .documents
                .par_iter()
                .zip(segmented)
                .map(|(doc, seg)| extract_names_with(&doc.text, seg, gazetteer, &evidence))
                .collect()
        },
        // Facts are extracted from the same documents after; the documents are counted there.
        |_| 0,
    );
    let entities = stats.time(
        "resolve",
        "entities",
        || resolve::resolve_with(&corpus.documents, &mentions, stories, max_name_pairs),
        |e| e.entities.len(),
    );
    Names { mentions, entities }
}

/// The mention a reference points at.
pub fn mention_of(names: &Names, r: MentionRef) -> Option<&NameMention> {
    names.mentions.get(r.document)?.get(r.mention)
}

/// Runs the pipeline on texts written in a test, for tests of the later stages by example.
#[cfg(test)]
pub(crate) mod testing {
    use crate::findings::{Finding, Kind};
    use crate::load::{Corpus, Document, Origin};
    use crate::settings::Settings;

    /// The findings of `kind` when `texts` are compared as the reports of one story, each as its values.
    pub(crate) fn values_of(kind: Kind, texts: &[&str]) -> Vec<Vec<String>> {
        findings_of(texts)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.values)
            .collect()
    }

    /// Every finding when `texts` are compared as the reports of one story (the way `crosscheck diff` does).
    pub(crate) fn findings_of(texts: &[&str]) -> Vec<Finding> {
        super::diff(&corpus_of(texts), &Settings::default())
            .report
            .findings
    }

    /// Every finding when `texts` are checked as a corpus (the way `crosscheck check` does): reports of
    /// different stories are grouped apart.
    pub(crate) fn corpus_findings_of(texts: &[&str]) -> Vec<Finding> {
        super::check(&corpus_of(texts), &Settings::default()).findings
    }

    /// Runs the stages up to resolution on `texts` as the reports of one story, and hands `test` the compare
    /// stage's view of each report.
    pub(crate) fn with_facts<T>(
        texts: &[&str],
        test: impl FnOnce(&[crate::compare::DocFacts<'_>]) -> T,
    ) -> T {
        let corpus = corpus_of(texts);
        let story = crate::verify::Story {
            documents: (0..texts.len()).collect(),
        };
        let analysis = super::analyse(
            &corpus,
            &Settings::default(),
            Some(vec![story]),
            &mut crate::stats::Stats::default(),
        );
        let facts: Vec<crate::compare::DocFacts<'_>> =
            (0..texts.len()).map(|i| analysis.facts(i)).collect();
        test(&facts)
    }

    fn corpus_of(texts: &[&str]) -> Corpus {
        let documents = texts
            .iter()
            .enumerate()
            .map(|(i, text)| Document {
                id: format!("r{i}.txt"),
                path: format!("r{i}.txt"),
                source: format!("outlet {i}"),
                title: String::new(),
                date: None,
                url: None,
                text: (*text).to_string(),
                origin: Origin::File {
                    byte_offset: 0,
                    line_offset: 0,
                },
            })
            .collect();
        Corpus {
            documents,
            warnings: Vec::new(),
        }
    }
}
