//! The near-duplicate stage end to end: sketches in, verified pairs and story groups out.

use std::borrow::Borrow;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::candidates::{self, LshParams, TermStats};
use crate::load::Document;
use crate::settings::Settings;
use crate::sketch::{Sketch, SketchParams, sketch};
use crate::stats::Stats;

use super::passages::{PassageParams, shared_passages};
use super::score::overlap;
use super::{Pair, Relation, Story, stories};

/// Jaccard at or above which two reports are copies.
pub const COPY_JACCARD: f64 = 0.9;
/// Containment at or above which one report contains the other.
pub const CONTAINS_CONTAINMENT: f64 = 0.8;
/// A report must have this many shingles (about a sentence and a half) to be "contained": a one-line note
/// that happens to occur in a long report is a shared passage, not a contained report.
const MIN_CONTAINED_SHINGLES: usize = 10;
/// Weighted term similarity at or above which two reports cover the same story. Rewrites of one story share
/// their names and rare words; reports of different events on one topic (two port strikes, a derailment and
/// a rail strike in one country) share some. On the hand-written stories under `fixtures/`, same-story pairs
/// score 0.23 to 0.6 and different events of one topic at most 0.19.
pub const SAME_STORY_SIMILARITY: f64 = 0.21;
/// Containment at or above which two reports share enough text to be about the same story whatever their
/// terms say.
const SAME_STORY_CONTAINMENT: f64 = 0.5;
/// Weighted term similarity at or above which a pair without a relation still supports a story link (see
/// [`stories`]). Two rewrites of one story that took different angles score from 0.12 on the story fixtures;
/// reports of unrelated events rarely pass 0.1, though different events of one topic reach 0.19, which is why
/// support alone never joins anything.
const SUPPORTING_SIMILARITY: f64 = 0.12;

/// Most days between two reports' publication dates for them to be reports of one story without sharing
/// their wording. Reports of one event come out within days of each other (a translated edition, a weekly's
/// explainer); two trials of one court or two ceasefires on one border months apart share names and places,
/// and grouping them would set one event's figures against the other's. Copies and contained reports are
/// judged by their text alone: a reprint is a copy whenever it runs.
pub const MAX_STORY_DAYS: i32 = 14;

/// How the run went, for `--verbose`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DetectStats {
    /// The LSH bands and rows chosen from the threshold.
    pub lsh: LshParams,
    /// Pairs proposed by LSH.
    pub lsh_candidates: usize,
    /// Pairs proposed by the rare-term index.
    pub rare_term_candidates: usize,
    /// Pairs proposed after a first verification, as two reports related to one report
    /// ([`neighbour_candidates`]).
    pub neighbour_candidates: usize,
    /// Distinct pairs verified.
    pub candidates: usize,
    /// Terms in more documents than this were not indexed.
    pub df_cap: u32,
    /// Time spent proposing candidates.
    pub candidate_time: Duration,
    /// Time spent verifying them and grouping stories.
    pub verify_time: Duration,
    /// Reports that are copies (the same shingle set) of an earlier report, scored through that report.
    pub copies: usize,
}

impl DetectStats {
    /// The report's note on collapsed copies, when there were any.
    pub fn copies_note(&self) -> Option<String> {
        match self.copies {
            0 => None,
            1 => Some(
                "1 report is a copy of an earlier report; it was paired with that report only and not compared \
                 again"
                    .to_string(),
            ),
            copies => Some(format!(
                "{copies} reports are copies of earlier reports; each was paired with the first of its copy \
                 group only and not compared again"
            )),
        }
    }

    /// Adds the candidate and verification stages to `stats`, with the candidate pairs proposed and the pairs
    /// verified.
    pub fn record(&self, stats: &mut Stats, verified_pairs: usize) {
        stats.add(
            "candidates",
            "candidate pairs",
            self.candidates,
            self.candidate_time,
        );
        stats.add(
            "verify+group",
            "verified pairs",
            verified_pairs,
            self.verify_time,
        );
    }
}

/// Verified pairs and story groups of a corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct NearDuplicates {
    /// Pairs with a relation, sorted by `(a, b)`.
    pub pairs: Vec<Pair>,
    /// Groups of two or more reports, ordered by their first document.
    pub stories: Vec<Story>,
    /// How the run went.
    pub stats: DetectStats,
}

/// Sketches documents in parallel.
pub fn sketch_documents(documents: &[Document], settings: &Settings) -> Vec<Sketch> {
    let params = SketchParams::from(settings);
    documents
        .par_iter()
        .map(|d| sketch(&d.text, &params))
        .collect()
}

/// Runs candidates, verification and grouping over the sketches of a corpus, indexed as the corpus is.
///
/// Reports with the same shingle set as an earlier one (exact copies, in matching form) are collapsed first:
/// only the first of each copy group is proposed and scored against the rest of the corpus, and each copy is
/// paired with that first report alone. A corpus of `n` identical reports thus costs `n - 1` verifications
/// rather than `n²/2`, and its pairs are a star rather than a clique. Stories are grouped over the distinct
/// reports, each weighing as many reports as it has copies, and then take their copies along.
/// `days` holds each report's publication day ([`Document::publication_day`]), or is empty when none is
/// known.
pub fn detect(sketches: &[Sketch], days: &[Option<i32>], settings: &Settings) -> NearDuplicates {
    let copies = CopyGroups::of(sketches);
    let proposal = copies.propose(sketches, settings);
    copies.verify(sketches, days, proposal, settings)
}

/// Reports grouped by identical text in matching form (the same shingles, as often each): the copies that
/// [`detect`] collapses. A streamed run, which keeps only proposal sketches of most reports, groups them the
/// same way through [`Sketch::copy_key`].
#[derive(Clone, Debug)]
pub struct CopyGroups {
    /// The first report of each group (a report without copies is a group of one), ascending.
    first: Vec<usize>,
    /// For each report, the first report of its group when it is a later copy.
    copy_of: Vec<Option<usize>>,
    /// For each group, by its index in `first`, its later copies.
    copies: Vec<Vec<usize>>,
}

impl CopyGroups {
    /// The copy groups of a corpus, from full or proposal sketches alike.
    pub fn of(sketches: &[Sketch]) -> Self {
        let mut by_key: std::collections::HashMap<u128, usize> = std::collections::HashMap::new();
        let mut first = Vec::new();
        let mut copy_of = vec![None; sketches.len()];
        let mut copies: Vec<Vec<usize>> = Vec::new();
        for (d, sketch) in sketches.iter().enumerate() {
            // A report without shingles has no words to be a copy of anything.
            if let Some(key) = sketch.copy_key {
                if let Some(&group) = by_key.get(&key) {
                    copy_of[d] = Some(first[group]);
                    copies[group].push(d);
                    continue;
                }
                by_key.insert(key, first.len());
            }
            first.push(d);
            copies.push(Vec::new());
        }
        CopyGroups {
            first,
            copy_of,
            copies,
        }
    }

    /// Candidate pairs among the first report of each group, in group indices: only these are proposed and
    /// scored against the rest of the corpus.
    pub fn propose(&self, sketches: &[Sketch], settings: &Settings) -> Proposal {
        let distinct: Vec<&Sketch> = self.first.iter().map(|&d| &sketches[d]).collect();
        propose(&distinct, settings)
    }

    /// For each report of the corpus, whether [`CopyGroups::verify`] reads its full sketch: the reports a
    /// candidate involves, and every copy with the first of its group.
    pub fn involved(&self, proposal: &Proposal) -> Vec<bool> {
        let mut involved = vec![false; self.copy_of.len()];
        for (g, yes) in proposal.involved(self.first.len()).into_iter().enumerate() {
            involved[self.first[g]] |= yes;
        }
        for (d, first) in self.copy_of.iter().enumerate() {
            if let Some(first) = *first {
                involved[d] = true;
                involved[first] = true;
            }
        }
        involved
    }

    /// Scores the candidates of [`CopyGroups::propose`], pairs each copy with the first of its group, and
    /// groups stories over the distinct reports, each weighing the copies it stands for.
    pub fn verify(
        &self,
        sketches: &[Sketch],
        days: &[Option<i32>],
        proposal: Proposal,
        settings: &Settings,
    ) -> NearDuplicates {
        let distinct: Vec<&Sketch> = self.first.iter().map(|&d| &sketches[d]).collect();
        let distinct_days: Vec<Option<i32>> = self
            .first
            .iter()
            .map(|&d| days.get(d).copied().flatten())
            .collect();
        let mut near = verify_weighted(
            &distinct,
            &distinct_days,
            proposal,
            &self.weights(),
            settings,
        );
        if self.first.len() == sketches.len() {
            return near;
        }
        let started = Instant::now();
        for pair in &mut near.pairs {
            // `first` ascends, so `a < b` still holds.
            pair.a = self.first[pair.a];
            pair.b = self.first[pair.b];
        }
        let passage_params = PassageParams {
            shingle_size: SketchParams::from(settings).shingle_size,
            window: SketchParams::from(settings).window,
        };
        let copy_pairs: Vec<Pair> = self
            .copy_of
            .par_iter()
            .enumerate()
            .filter_map(|(d, first)| {
                let first = (*first)?;
                verify_pair(
                    (first, &sketches[first]),
                    (d, &sketches[d]),
                    1.0,
                    false,
                    &passage_params,
                    settings.threshold,
                )
                .related()
            })
            .collect();
        near.pairs.extend(copy_pairs);
        near.pairs.sort_by_key(|p| (p.a, p.b));
        near.stories = self.expand(&near.stories);
        near.stats.copies = sketches.len() - self.first.len();
        near.stats.verify_time += started.elapsed();
        near
    }

    /// How many reports each distinct report stands for.
    fn weights(&self) -> Vec<usize> {
        self.copies.iter().map(|c| c.len() + 1).collect()
    }

    /// Stories of distinct reports, in corpus indices with every copy added; a report with copies and no
    /// story makes a story of its copy group.
    fn expand(&self, stories: &[Story]) -> Vec<Story> {
        let mut in_story = vec![false; self.first.len()];
        let mut out: Vec<Story> = stories
            .iter()
            .map(|s| {
                let mut documents = Vec::new();
                for &g in &s.documents {
                    in_story[g] = true;
                    documents.push(self.first[g]);
                    documents.extend(&self.copies[g]);
                }
                documents.sort_unstable();
                Story { documents }
            })
            .collect();
        for (g, copies) in self.copies.iter().enumerate() {
            if !in_story[g] && !copies.is_empty() {
                let mut documents = vec![self.first[g]];
                documents.extend(copies);
                out.push(Story { documents });
            }
        }
        out.sort_by_key(|s| s.documents[0]);
        out
    }
}

/// The candidate pairs of a corpus, and what scoring them needs.
#[derive(Clone, Debug)]
pub struct Proposal {
    /// Candidate pairs `(a, b)`, `a < b`, sorted and distinct.
    pub candidates: Vec<(u32, u32)>,
    terms: TermStats,
    lsh: LshParams,
    lsh_candidates: usize,
    rare_term_candidates: usize,
    time: Duration,
}

impl Proposal {
    /// For each of `documents`, whether some candidate involves it: the documents whose shingles and
    /// anchors verification reads.
    pub fn involved(&self, documents: usize) -> Vec<bool> {
        let mut involved = vec![false; documents];
        for &(a, b) in &self.candidates {
            involved[a as usize] = true;
            involved[b as usize] = true;
        }
        involved
    }
}

/// Proposes candidate pairs from the sketches' signatures and story terms (both channels). Only these two
/// parts of each sketch are read, so a streamed run may hold them alone until it knows which documents
/// verification needs.
pub fn propose<S: Borrow<Sketch>>(sketches: &[S], settings: &Settings) -> Proposal {
    let started = Instant::now();
    let params = SketchParams::from(settings);
    let lsh = LshParams::for_threshold(settings.threshold, params.num_perm);
    let signatures: Vec<&[u32]> = sketches
        .iter()
        .map(|s| s.borrow().signature.as_slice())
        .collect();
    let by_lsh = candidates::lsh::candidates(&signatures, lsh);
    let terms: Vec<_> = sketches.iter().map(|s| &s.borrow().terms).collect();
    let stats = TermStats::new(&terms);
    let by_terms = candidates::rare::candidates(&terms, &stats);
    let merged = candidates::merge(&by_lsh, &by_terms);
    Proposal {
        candidates: merged.into_iter().map(|(pair, _)| pair).collect(),
        terms: stats,
        lsh,
        lsh_candidates: by_lsh.len(),
        rare_term_candidates: by_terms.len(),
        time: started.elapsed(),
    }
}

/// Scores every candidate exactly and groups the pairs that earn a relation into stories. Every document
/// a candidate involves must have its full sketch (shingles and anchors).
pub fn verify(sketches: &[Sketch], proposal: Proposal, settings: &Settings) -> NearDuplicates {
    verify_weighted(sketches, &[], proposal, &vec![1; sketches.len()], settings)
}

/// [`verify`] where document `d` stands for `weights[d]` identical reports when stories are grouped.
fn verify_weighted<S: Borrow<Sketch> + Sync>(
    sketches: &[S],
    days: &[Option<i32>],
    proposal: Proposal,
    weights: &[usize],
    settings: &Settings,
) -> NearDuplicates {
    let started = Instant::now();
    let params = SketchParams::from(settings);
    let passage_params = PassageParams {
        shingle_size: params.shingle_size,
        window: params.window,
    };
    let stats = &proposal.terms;
    let score = |candidates: &[(u32, u32)]| -> (Vec<Pair>, Vec<(usize, usize)>) {
        let scored: Vec<Scored> = candidates
            .par_iter()
            .map(|&(a, b)| {
                let (a, b) = (a as usize, b as usize);
                let (sa, sb) = (sketches[a].borrow(), sketches[b].borrow());
                let similarity = stats.cosine(&sa.terms, &sb.terms);
                let day = |d: usize| days.get(d).copied().flatten();
                let apart = day(a)
                    .zip(day(b))
                    .is_some_and(|(x, y)| (x - y).abs() > MAX_STORY_DAYS);
                verify_pair(
                    (a, sa),
                    (b, sb),
                    similarity,
                    apart,
                    &passage_params,
                    settings.threshold,
                )
            })
            .collect();
        let mut pairs = Vec::new();
        let mut supporting = Vec::new();
        for scored in scored {
            match scored {
                Scored::Related(pair) => pairs.push(pair),
                Scored::Supporting(a, b) => supporting.push((a, b)),
                Scored::Unrelated => {}
            }
        }
        (pairs, supporting)
    };
    let (mut pairs, mut supporting) = score(&proposal.candidates);
    let neighbours = neighbour_candidates(&pairs, &proposal.candidates);
    let (more_pairs, more_supporting) = score(&neighbours);
    pairs.extend(more_pairs);
    pairs.sort_by_key(|p| (p.a, p.b));
    supporting.extend(more_supporting);
    supporting.sort_unstable();
    let stories = stories::group_weighted(weights, &pairs, &supporting);
    NearDuplicates {
        pairs,
        stories,
        stats: DetectStats {
            lsh: proposal.lsh,
            lsh_candidates: proposal.lsh_candidates,
            rare_term_candidates: proposal.rare_term_candidates,
            neighbour_candidates: neighbours.len(),
            candidates: proposal.candidates.len() + neighbours.len(),
            df_cap: stats.cap(),
            candidate_time: proposal.time,
            verify_time: started.elapsed(),
            copies: 0,
        },
    }
}

/// Reports related to a report of at most this many relations are proposed to one another. A story is told
/// by a handful of outlets; a report related to more is a hub (a round-up, a much-copied wire) whose
/// neighbours' pairs would grow as its square.
const MAX_NEIGHBOURS: usize = 8;

/// Pairs of reports that are both related to one report (of at most [`MAX_NEIGHBOURS`] relations) and were not
/// among `proposed` (sorted), sorted. In a large corpus the candidate channels read each report alone: two
/// rewrites of one wire story that led with different angles may share too few of their heaviest terms to be
/// proposed, though each is related to the wire. Without their pair, a rewrite related to one report of a story
/// of three has too few links to join it; scored exactly, the pair says whether it belongs.
fn neighbour_candidates(pairs: &[Pair], proposed: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut related: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for pair in pairs {
        related.entry(pair.a).or_default().push(pair.b);
        related.entry(pair.b).or_default().push(pair.a);
    }
    let mut out: Vec<(u32, u32)> = Vec::new();
    for others in related
        .values()
        .filter(|o| o.len() > 1 && o.len() <= MAX_NEIGHBOURS)
    {
        for (i, &x) in others.iter().enumerate() {
            for &y in &others[i + 1..] {
                let pair = (x.min(y) as u32, x.max(y) as u32);
                if proposed.binary_search(&pair).is_err() {
                    out.push(pair);
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// What exact scoring makes of a candidate pair.
enum Scored {
    /// The pair has a relation and is reported.
    Related(Pair),
    /// The pair has no relation, but its terms are close enough to support a story link: `(a, b)`.
    Supporting(usize, usize),
    /// Neither.
    Unrelated,
}

impl Scored {
    fn related(self) -> Option<Pair> {
        match self {
            Scored::Related(pair) => Some(pair),
            Scored::Supporting(..) | Scored::Unrelated => None,
        }
    }
}

/// Scores one candidate pair exactly and gives it a relation, or says whether it supports a story link.
/// Reports published more than [`MAX_STORY_DAYS`] apart (`apart`) may be copies, but not one story otherwise.
fn verify_pair(
    (a, sa): (usize, &Sketch),
    (b, sb): (usize, &Sketch),
    similarity: f64,
    apart: bool,
    passage_params: &PassageParams,
    threshold: f64,
) -> Scored {
    let scores = overlap(&sa.shingles, &sb.shingles);
    let smaller = sa.shingles.len().min(sb.shingles.len());
    let relation = if scores.jaccard >= COPY_JACCARD.max(threshold) {
        Relation::Copy
    } else if scores.jaccard >= threshold {
        Relation::NearDuplicate
    } else if scores.containment >= CONTAINS_CONTAINMENT && smaller >= MIN_CONTAINED_SHINGLES {
        Relation::Contains
    } else if apart {
        return Scored::Unrelated;
    } else if similarity >= SAME_STORY_SIMILARITY || scores.containment >= SAME_STORY_CONTAINMENT {
        Relation::SameStory
    } else if similarity >= SUPPORTING_SIMILARITY {
        return Scored::Supporting(a, b);
    } else {
        return Scored::Unrelated;
    };
    let passages = if scores.shared == 0 {
        Vec::new()
    } else {
        shared_passages(&sa.anchors, &sb.anchors, passage_params)
    };
    Scored::Related(Pair {
        a,
        b,
        relation,
        jaccard: scores.jaccard,
        containment: scores.containment,
        similarity,
        passages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn related(a: usize, b: usize) -> Pair {
        Pair {
            a,
            b,
            relation: Relation::SameStory,
            jaccard: 0.0,
            containment: 0.0,
            similarity: 0.3,
            passages: Vec::new(),
        }
    }

    #[test]
    fn two_rewrites_related_to_one_wire_are_proposed_to_each_other() {
        // The wire (0) is related to three rewrites; 1 and 2 were proposed together, 3 with neither.
        let pairs = [related(0, 1), related(0, 2), related(0, 3), related(1, 2)];
        let proposed = [(0, 1), (0, 2), (0, 3), (1, 2)];
        assert_eq!(neighbour_candidates(&pairs, &proposed), [(1, 3), (2, 3)]);
    }

    #[test]
    fn a_hub_related_to_many_reports_proposes_none_of_their_pairs() {
        let pairs: Vec<Pair> = (1..=MAX_NEIGHBOURS + 1).map(|d| related(0, d)).collect();
        let proposed: Vec<(u32, u32)> = (1..=MAX_NEIGHBOURS as u32 + 1).map(|d| (0, d)).collect();
        assert!(neighbour_candidates(&pairs, &proposed).is_empty());
    }

    fn run_with_threads(texts: &[String], threads: usize) -> NearDuplicates {
        let settings = Settings::default();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let params = SketchParams::from(&settings);
            let sketches: Vec<Sketch> = texts.par_iter().map(|t| sketch(t, &params)).collect();
            detect(&sketches, &[], &settings)
        })
    }

    #[test]
    fn reports_of_one_story_months_apart_are_two_stories() {
        let settings = Settings::default();
        let params = SketchParams::from(&settings);
        let seeds = [
            include_str!("../../seeds/000_eeec98b2f19edeb8.txt"),
            include_str!("../../seeds/002_7a06f59f9f720265.txt"),
        ];
        let sketches: Vec<Sketch> = seeds.iter().map(|t| sketch(t, &params)).collect();
        let relations = |days: &[Option<i32>]| -> Vec<Relation> {
            detect(&sketches, days, &settings)
                .pairs
                .iter()
                .map(|p| p.relation)
                .collect()
        };
        assert_eq!(
            relations(&[Some(20_000), Some(20_001)]),
            [Relation::SameStory]
        );
        assert_eq!(relations(&[Some(20_000), None]), [Relation::SameStory]);
        assert!(relations(&[Some(20_000), Some(20_100)]).is_empty());
        // A copy is a copy whenever it runs.
        let copies = [sketch(seeds[0], &params), sketch(seeds[0], &params)];
        let near = detect(&copies, &[Some(20_000), Some(20_400)], &settings);
        assert_eq!(near.pairs.len(), 1);
        assert_eq!(near.pairs[0].relation, Relation::Copy);
    }

    /// Documents built from a small vocabulary, some of them edited copies of others, so that every relation
    /// and several stories occur.
    fn corpus() -> impl Strategy<Value = Vec<String>> {
        let words = [
            "Talks",
            "in",
            "Riyadh",
            "ended",
            "the",
            "ceasefire",
            "Lavrov",
            "said",
            "on",
            "Tuesday",
            "NATO",
            "troops",
            "would",
            "not",
            "be",
            "accepted",
            "Witkoff",
            "met",
            "Putin",
            "Kyiv",
        ];
        let doc = proptest::collection::vec(0..words.len(), 20..80)
            .prop_map(move |ix| ix.iter().map(|&i| words[i]).collect::<Vec<_>>().join(" "));
        proptest::collection::vec(doc, 2..12)
            .prop_flat_map(|docs| {
                let n = docs.len();
                (
                    Just(docs),
                    proptest::collection::vec((0..n, 0usize..60), 0..6),
                )
            })
            .prop_map(|(mut docs, copies)| {
                for (source, cut) in copies {
                    let copy = docs[source].chars().skip(cut).collect::<String>();
                    docs.push(copy);
                }
                docs
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn one_and_two_threads_give_identical_results(texts in corpus()) {
            let one = run_with_threads(&texts, 1);
            let two = run_with_threads(&texts, 2);
            prop_assert_eq!(one.pairs, two.pairs);
            prop_assert_eq!(one.stories, two.stories);
        }
    }

    #[test]
    fn no_pair_without_a_relation_and_relations_follow_the_scores() {
        let wire = "Floodwater breached the northern levee of the river town before dawn on Friday, forcing three \
            hundred families onto the roofs of their homes while rescue boats worked through the night.";
        let texts = vec![
            wire.to_string(),
            format!("{wire} Officials promised an inquiry."),
            "A completely different note about the price of coffee in the capital markets this week.".into(),
        ];
        let result = run_with_threads(&texts, 1);
        assert_eq!(result.pairs.len(), 1);
        let pair = &result.pairs[0];
        assert_eq!((pair.a, pair.b), (0, 1));
        assert_eq!(pair.relation, Relation::NearDuplicate);
        assert!(pair.jaccard >= 0.5 && pair.jaccard < COPY_JACCARD);
        assert_eq!(
            result.stories,
            vec![Story {
                documents: vec![0, 1]
            }]
        );
    }
}
