//! Variant clusters: name mentions across the corpus grouped into entities, each merge with its reason.
//!
//! Clustering works on distinct written forms first, then places each mention:
//!
//! 1. Forms that the gazetteer resolves are grouped by GeoNames id; two different ids are never merged.
//! 2. Full names (two or more name tokens) are compared with [`compare`] within blocks that share a surname
//!    key (its consonant skeleton, first or last three letters), and joined only when every full name of one
//!    cluster matches every full name of the other (complete linkage), so "S. Müller" cannot chain "Jens
//!    Müller" to "Sabine Müller".
//! 3. A partial name ("Lavrov", "Ławrow") joins the full-name cluster whose surname it matches among the names
//!    of the same story (or document, without stories) when exactly one does; failing that, when exactly one
//!    does in the whole corpus. Otherwise partials cluster among themselves.
//!
//! The canonical form of an entity is its full form found in the most documents, then a plain-ASCII one
//! (the reports are read in English), then the one that occurs first in the corpus.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use crate::extract::{NameKind, NameMention};
use crate::load::Document;
use crate::text::{Span, fold};

use super::context;
use super::east_asian;
use super::gazetteer::Gazetteer;
use super::keys::skeleton;
use super::matcher::{
    PreparedName, compare, dutch_clipped_given_names, given_name_keys, initial_probe,
    joined_keys_may_match, joined_surname_matches, may_drop_a_second_surname,
    may_open_with_surname, opens_with_initial, opens_with_mongolian_patronymic, same_given_name,
    token_block_keys, tokens_match, writes_ad_din_fused,
};

/// Index of an entity in [`Entities::entities`].
pub type EntityId = usize;

/// A mention by position: document index in the corpus, mention index in that document's name list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionRef {
    /// Document index.
    pub document: usize,
    /// Index into the document's name mentions.
    pub mention: usize,
}

/// A place an entity is, from the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceRef {
    /// GeoNames id.
    pub id: u32,
    /// ISO country code.
    pub country: String,
    /// The GeoNames name.
    pub name: String,
}

/// One way an entity is written, with where.
#[derive(Clone, Debug, PartialEq)]
pub struct SurfaceForm {
    /// The form as first written in the corpus.
    pub text: String,
    /// True for a full form (all the name tokens the entity has); false for a partial such as a surname alone.
    pub full: bool,
    /// Occurrences per source (outlet), sorted by source.
    pub counts: BTreeMap<String, usize>,
    /// Every occurrence, in corpus order.
    pub mentions: Vec<MentionRef>,
}

/// Why a form joined an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    /// The form that joined.
    pub form: String,
    /// The form it was matched against.
    pub with: String,
    /// The rule or score.
    pub reason: String,
}

/// One person, place or organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Person, place, organisation, or unknown.
    pub kind: NameKind,
    /// The canonical form (see the module documentation).
    pub canonical: String,
    /// The gazetteer place, for places it knows.
    pub place: Option<PlaceRef>,
    /// Written forms, full forms first, then by count.
    pub forms: Vec<SurfaceForm>,
    /// Why each form beyond the first joined.
    pub merges: Vec<Merge>,
}

impl Entity {
    /// All mentions of the entity, in corpus order.
    pub fn mentions(&self) -> Vec<MentionRef> {
        let mut all: Vec<MentionRef> = self
            .forms
            .iter()
            .flat_map(|f| f.mentions.iter().copied())
            .collect();
        all.sort_unstable();
        all
    }
}

/// The entities of a corpus, and which entity each name mention is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities {
    /// Entities sorted by kind, then canonical form.
    pub entities: Vec<Entity>,
    /// `of_mention[document][mention]`: the entity of each name mention.
    pub of_mention: Vec<Vec<EntityId>>,
    /// Pairs of names that shared a blocking key but were not compared, because comparing them would have
    /// passed the cap on name pairs ([`resolve_with`]); 0 when every such pair was compared.
    pub skipped_name_pairs: usize,
}

impl Entities {
    /// The entity of a mention.
    pub fn entity_of(&self, mention: MentionRef) -> Option<&Entity> {
        let id = *self
            .of_mention
            .get(mention.document)?
            .get(mention.mention)?;
        self.entities.get(id)
    }
}

/// Matching form of a written name: folded, white space collapsed.
fn normalise(s: &str) -> String {
    fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Form {
    text: String,
    prepared: PreparedName,
    place: Option<u32>,
    kinds: [usize; 4],
    mentions: Vec<MentionRef>,
    first: (usize, usize),
}

impl Form {
    fn kind(&self) -> NameKind {
        majority_kind(&self.kinds)
    }
    fn full(&self) -> bool {
        self.prepared.keys.len() >= 2
    }
}

fn kind_index(kind: NameKind) -> usize {
    match kind {
        NameKind::Person => 0,
        NameKind::Place => 1,
        NameKind::Organisation => 2,
        NameKind::Unknown => 3,
    }
}

fn majority_kind(kinds: &[usize; 4]) -> NameKind {
    let order = [NameKind::Person, NameKind::Place, NameKind::Organisation];
    let best = order
        .iter()
        .copied()
        .max_by_key(|k| (kinds[kind_index(*k)], std::cmp::Reverse(kind_index(*k))))
        .unwrap_or(NameKind::Unknown);
    if kinds[kind_index(best)] == 0 {
        NameKind::Unknown
    } else {
        best
    }
}

/// Kinds that may be one entity: unknown goes with anything.
fn compatible(a: NameKind, b: NameKind) -> bool {
    a == b || a == NameKind::Unknown || b == NameKind::Unknown
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut x = x;
        while self.parent[x] != root {
            let next = self.parent[x];
            self.parent[x] = root;
            x = next;
        }
        root
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index stays root, so results do not depend on merge order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// Groups the name mentions of `documents` into entities.
///
/// `names[d]` are the name mentions of `documents[d]`. `stories`, when given, are groups of document indices
/// about one event: a partial name is first matched within its story. Without it, within its document.
pub fn resolve(
    documents: &[Document],
    names: &[Vec<NameMention>],
    stories: Option<&[Vec<usize>]>,
) -> Entities {
    resolve_with(documents, names, stories, DEFAULT_MAX_NAME_PAIRS)
}

/// Name pairs that [`resolve`] checks at most: pairs of written forms that share a blocking key. A corpus of
/// thousands of distinct names sharing a few surname endings would otherwise cost the square of each block in
/// time and memory.
pub const DEFAULT_MAX_NAME_PAIRS: usize = 20_000_000;

/// [`resolve`], checking at most `max_pairs` pairs of names that share a blocking key. Blocks are taken
/// smallest first (the most telling keys: a consonant skeleton before a common ending), and a block whose pairs
/// would pass the cap is left out whole, both for full names and for the partials placed through it; the pairs
/// left out are counted in [`Entities::skipped_name_pairs`], so that the run can say so.
pub fn resolve_with(
    documents: &[Document],
    names: &[Vec<NameMention>],
    stories: Option<&[Vec<usize>]>,
    max_pairs: usize,
) -> Entities {
    let gazetteer = Gazetteer::get();
    let mut budget = PairBudget {
        left: max_pairs,
        skipped: 0,
    };
    // 1. Distinct forms, numbered in text order. Folding each mention and preparing each distinct form (keys,
    // gazetteer look-ups) run on every thread; only the numbering is sequential.
    let folded: Vec<Vec<String>> = documents
        .par_iter()
        .zip(names)
        .map(|(doc, mentions)| {
            mentions
                .iter()
                .map(|m| normalise(m.span.of(&doc.text)))
                .collect()
        })
        .collect();
    let mut form_of: HashMap<String, usize> = HashMap::new();
    let mut mention_form: Vec<Vec<usize>> = Vec::with_capacity(names.len());
    // Per distinct form: its first text and where, its kind votes, and its mentions.
    let mut texts: Vec<&str> = Vec::new();
    let mut firsts: Vec<(usize, usize)> = Vec::new();
    let mut kinds: Vec<[usize; 4]> = Vec::new();
    let mut mentions_of: Vec<Vec<MentionRef>> = Vec::new();
    for (d, ((doc, mentions), keys)) in documents.iter().zip(names).zip(folded).enumerate() {
        let mut row = Vec::with_capacity(mentions.len());
        for ((m, mention), key) in mentions.iter().enumerate().zip(keys) {
            let index = *form_of.entry(key).or_insert_with(|| {
                texts.push(mention.span.of(&doc.text));
                firsts.push((d, mention.span.start));
                kinds.push([0; 4]);
                mentions_of.push(Vec::new());
                texts.len() - 1
            });
            kinds[index][kind_index(mention.kind)] += 1;
            mentions_of[index].push(MentionRef {
                document: d,
                mention: m,
            });
            row.push(index);
        }
        mention_form.push(row);
    }
    let prepared: Vec<PreparedName> = texts
        .par_iter()
        .map(|text| PreparedName::new(text, gazetteer))
        .collect();
    let mut forms: Vec<Form> = prepared
        .into_iter()
        .zip(texts)
        .zip(firsts.into_iter().zip(kinds).zip(mentions_of))
        .map(|((prepared, text), ((first, kinds), mentions))| Form {
            text: text.to_string(),
            place: prepared.places.first().copied(),
            prepared,
            kinds,
            mentions,
            first,
        })
        .collect();
    let candidates: Vec<&[u32]> = forms.iter().map(|f| f.prepared.places.as_slice()).collect();
    let chosen = context::choose_places(&candidates, &mention_form, documents, gazetteer);
    for (form, place) in forms.iter_mut().zip(chosen) {
        form.place = place;
    }
    // A gazetteer place read as a person or organisation is not that place ("Jordan" the person).
    for form in &mut forms {
        let kind = form.kind();
        if form.place.is_some() && !matches!(kind, NameKind::Place | NameKind::Unknown) {
            form.place = None;
        }
    }

    let mut uf = UnionFind::new(forms.len());
    let mut reasons: Vec<Option<(usize, String)>> = vec![None; forms.len()];

    // 2. Places by GeoNames id.
    let mut by_place: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, f) in forms.iter().enumerate() {
        if let Some(id) = f.place {
            by_place.entry(id).or_default().push(i);
        }
    }
    for members in by_place.values() {
        for &other in &members[1..] {
            uf.union(members[0], other);
            reasons[other] = Some((
                members[0],
                format!(
                    "gazetteer: one place (geonames {})",
                    forms[other].place.unwrap_or(0)
                ),
            ));
        }
    }

    // 3. Full names, blocked by surname keys, complete linkage.
    let full: Vec<usize> = (0..forms.len())
        .filter(|&i| forms[i].full() && forms[i].place.is_none())
        .collect();
    let mut prefilter = Prefilter::new(&forms);
    let (blocks, candidates) = blocked_pairs(&forms, &full, &mut prefilter, &mut budget);
    let mut members_of: HashMap<usize, Vec<usize>> = full.iter().map(|&i| (i, vec![i])).collect();
    for (a, b) in candidates {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb || !compatible(forms[a].kind(), forms[b].kind()) {
            continue;
        }
        let verdict = compare(&forms[a].prepared, &forms[b].prepared);
        if !verdict.same {
            continue;
        }
        let linked = members_of[&ra].iter().all(|&x| {
            members_of[&rb].iter().all(|&y| {
                compatible(forms[x].kind(), forms[y].kind())
                    && compare(&forms[x].prepared, &forms[y].prepared).same
            })
        });
        if !linked {
            continue;
        }
        uf.union(a, b);
        let root = uf.find(a);
        let (keep, gone) = if root == ra { (ra, rb) } else { (rb, ra) };
        let moved = members_of.remove(&gone).unwrap_or_default();
        members_of.entry(keep).or_default().extend(moved);
        reasons[b.max(a)] = Some((a.min(b), verdict.reason));
    }

    // 3b. A place the gazetteer lacks under one spelling and knows under another: a village or a town's other
    // romanisation ("Nyaung Oo" for the listed "Nyaung-U") is not in GeoNames, and step 3 compares only
    // unlisted names. Read as a place in its text, it is the listed place when its matching keys equal that
    // place's, letter for letter, and no other listed place's: a likeness short of that may be a neighbouring
    // village of a similar name.
    let mut listed_by_keys: HashMap<&[String], Vec<(usize, u32)>> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        if let Some(id) = f.place {
            let entry = listed_by_keys
                .entry(f.prepared.keys.as_slice())
                .or_default();
            if !entry.iter().any(|&(_, other)| other == id) {
                entry.push((i, id));
            }
        }
    }
    for i in 0..forms.len() {
        let form = &forms[i];
        if form.place.is_some() || form.kind() != NameKind::Place || form.prepared.keys.is_empty() {
            continue;
        }
        // A Japanese place's long vowels written out ("Kouriyama" for the listed "Koriyama") are its
        // Hepburn keys.
        let hepburn: Vec<String> = form
            .prepared
            .keys
            .iter()
            .zip(&form.prepared.hepburn)
            .map(|(key, reading)| reading.clone().unwrap_or_else(|| key.clone()))
            .collect();
        let found = [form.prepared.keys.as_slice(), hepburn.as_slice()]
            .into_iter()
            .find_map(|keys| listed_by_keys.get(keys).map(Vec::as_slice));
        if let Some([(listed, id)]) = found {
            let (listed, id) = (*listed, *id);
            if uf.find(i) != uf.find(listed) {
                uf.union(listed, i);
                reasons[i] = Some((
                    listed,
                    format!("equal keys to a gazetteer place (geonames {id})"),
                ));
            }
        }
    }

    // 4. Partials: per mention, the unique full-name cluster in the story, else in the corpus.
    let story_of: Vec<usize> = {
        let mut story = (0..documents.len()).collect::<Vec<_>>();
        if let Some(groups) = stories {
            for (g, group) in groups.iter().enumerate() {
                for &d in group {
                    if d < story.len() {
                        story[d] = documents.len() + g;
                    }
                }
            }
        }
        story
    };
    let mut full_roots_in_story: HashMap<usize, Vec<usize>> = HashMap::new();
    for (d, row) in mention_form.iter().enumerate() {
        for &f in row {
            if forms[f].full() && forms[f].place.is_none() {
                let root = uf.find(f);
                full_roots_in_story
                    .entry(story_of[d])
                    .or_default()
                    .push(root);
            }
        }
    }
    for roots in full_roots_in_story.values_mut() {
        roots.sort_unstable();
        roots.dedup();
    }
    // Each partial mention may go to a different cluster; mentions of a form that stay unplaced keep the form.
    let mut mention_root: Vec<Vec<usize>> = mention_form
        .iter()
        .map(|row| row.iter().map(|&f| uf.find(f)).collect())
        .collect();
    // The full-name clusters whose surname a partial form matches, found through the blocking keys.
    let mut partial_matches: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut partial_reason: HashMap<usize, (usize, String)> = HashMap::new();
    for (d, row) in mention_form.iter().enumerate() {
        // A report names a person in full and then by surname alone: its own full names come first, so that
        // "Gebremedhin" in a report that names only Tsegaye Gebremedhin is him, however many Gebremedhins
        // (his father, a namesake) the story's other reports name.
        let mut in_document: Vec<usize> = row
            .iter()
            .filter(|&&f| forms[f].full() && forms[f].place.is_none())
            .map(|&f| uf.find(f))
            .collect();
        in_document.sort_unstable();
        in_document.dedup();
        for (m, &f) in row.iter().enumerate() {
            if forms[f].full() || forms[f].place.is_some() || forms[f].prepared.keys.is_empty() {
                continue;
            }
            let roots = partial_matches.entry(f).or_insert_with(|| {
                let mut candidates: Vec<usize> = block_keys(&forms[f].prepared)
                    .iter()
                    .filter_map(|k| blocks.get(k))
                    .flatten()
                    .copied()
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                let mut roots: Vec<usize> = candidates
                    .into_iter()
                    .filter(|&g| {
                        compatible(forms[f].kind(), forms[g].kind())
                            && prefilter.may_match(f, g)
                            && compare(&forms[f].prepared, &forms[g].prepared).same
                    })
                    .map(|g| uf.find(g))
                    .collect();
                roots.sort_unstable();
                roots.dedup();
                roots
            });
            let story = full_roots_in_story.get(&story_of[d]).map_or(&[][..], |v| v);
            let local: Vec<usize> = roots
                .iter()
                .copied()
                .filter(|r| story.contains(r))
                .collect();
            let own: Vec<usize> = roots
                .iter()
                .copied()
                .filter(|r| in_document.contains(r))
                .collect();
            let (target, scope) = match local.len() {
                _ if own.len() == 1 => (Some(own[0]), "document"),
                1 => (
                    Some(local[0]),
                    if stories.is_some() {
                        "story"
                    } else {
                        "document"
                    },
                ),
                0 if roots.len() == 1 => (Some(roots[0]), "corpus"),
                _ => (None, ""),
            };
            if let Some(root) = target {
                mention_root[d][m] = root;
                partial_reason.entry(f).or_insert((
                    root,
                    format!("partial name: the only matching full name in the {scope}"),
                ));
            }
        }
    }
    // Unplaced partials of one spelling family cluster among themselves ("Zelensky" twice). A form step 3b
    // joined to a listed place is placed by it: "Kouriyama", now Koriyama, is no partial that "Karim" may
    // join by its consonants.
    let placed_roots: HashSet<usize> = (0..forms.len())
        .filter(|&f| forms[f].place.is_some())
        .map(|f| uf.find(f))
        .collect();
    let unplaced: Vec<usize> = (0..forms.len())
        .filter(|&f| {
            !forms[f].full() && forms[f].place.is_none() && !placed_roots.contains(&uf.find(f))
        })
        .collect();
    // Blocked like full names: pairs sharing a key, never all pairs.
    let (_, partial_pairs) = blocked_pairs(&forms, &unplaced, &mut prefilter, &mut budget);
    for (a, b) in partial_pairs {
        let single = forms[a].prepared.keys.len() == 1 && forms[b].prepared.keys.len() == 1;
        if !single || uf.find(a) == uf.find(b) || !compatible(forms[a].kind(), forms[b].kind()) {
            continue;
        }
        let verdict = compare(&forms[a].prepared, &forms[b].prepared);
        if verdict.same {
            uf.union(a, b);
            reasons[b] = Some((a, verdict.reason));
        }
    }
    for row in &mut mention_root {
        for root in row.iter_mut() {
            *root = uf.find(*root);
        }
    }

    let mut entities = build(
        documents,
        &forms,
        &mention_form,
        &mention_root,
        &reasons,
        &partial_reason,
        gazetteer,
    );
    entities.skipped_name_pairs = budget.skipped;
    entities
}

/// What is left of the cap on name pairs checked, and the pairs left out once it was reached.
struct PairBudget {
    left: usize,
    skipped: usize,
}

/// Blocks by key, and the pairs that share a block.
type Blocks = (HashMap<String, Vec<usize>>, Vec<(usize, usize)>);

/// Blocks of more full names than this (thousands of "X Group", or of given names with one common surname)
/// are split by given name: only names whose first tokens share a key of [`given_name_keys`] are compared.
/// Below it every pair in a block is; above it, a pair of spellings whose given names share no key is missed,
/// where comparing every pair would cost the square of the block.
pub const MAX_BLOCK_FORMS: usize = 1_000;

/// Blocks `members` (indices into `forms`) by their surname keys; returns the blocks and the sorted, distinct
/// pairs `(low, high)` that share a block and that `prefilter` does not rule out. Blocks whose pairs would pass
/// what is left of `budget` are left out, and dropped from the blocks returned.
fn blocked_pairs(
    forms: &[Form],
    members: &[usize],
    prefilter: &mut Prefilter<'_>,
    budget: &mut PairBudget,
) -> Blocks {
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in members {
        for key in block_keys(&forms[i].prepared) {
            blocks.entry(key).or_default().push(i);
        }
    }
    let pairs_of = |n: usize| n * n.saturating_sub(1) / 2;
    // Each block with the parts it is compared in, and the pairs that costs.
    let mut planned: Vec<(usize, &String, Vec<Vec<usize>>)> = blocks
        .iter()
        .map(|(key, block)| {
            let full = block.iter().all(|&i| forms[i].prepared.keys.len() >= 2);
            let parts = if block.len() <= MAX_BLOCK_FORMS || !full {
                vec![block.clone()]
            } else {
                let mut parts: Vec<(String, Vec<usize>)> =
                    split_by_given_name(forms, block).into_iter().collect();
                parts.sort_unstable();
                parts.into_iter().map(|(_, part)| part).collect()
            };
            let cost = parts.iter().map(|p| pairs_of(p.len())).sum();
            (cost, key, parts)
        })
        .collect();
    // Cheapest first, ties by key: which blocks fit under the cap does not depend on hashing order.
    planned.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut left_out: Vec<String> = Vec::new();
    for (cost, key, parts) in planned {
        if cost > budget.left {
            budget.skipped += cost;
            left_out.push(key.clone());
            continue;
        }
        budget.left -= cost;
        for part in &parts {
            block_pairs(part, prefilter, &mut pairs);
        }
    }
    for key in &left_out {
        blocks.remove(key);
    }
    pairs.sort_unstable();
    pairs.dedup();
    (blocks, pairs)
}

/// Appends the pairs of `block` that `prefilter` does not rule out.
fn block_pairs(block: &[usize], prefilter: &mut Prefilter<'_>, pairs: &mut Vec<(usize, usize)>) {
    for (x, &a) in block.iter().enumerate() {
        for &b in &block[x + 1..] {
            let (low, high) = (a.min(b), a.max(b));
            if prefilter.may_match(low, high) {
                pairs.push((low, high));
            }
        }
    }
}

/// The members of a large block grouped by the keys of their given names; a name joins the group of an
/// initial ("S. Lavrov") of its first letter when the block has one.
fn split_by_given_name(forms: &[Form], block: &[usize]) -> HashMap<String, Vec<usize>> {
    let initials: Vec<String> = block
        .iter()
        .filter(|&&i| opens_with_initial(&forms[i].prepared))
        .map(|&i| initial_probe(&forms[i].prepared))
        .collect();
    let mut parts: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in block {
        let name = &forms[i].prepared;
        for key in given_name_keys(name) {
            parts.entry(key).or_default().push(i);
        }
        let probe = initial_probe(name);
        if !opens_with_initial(name) && initials.contains(&probe) {
            parts.entry(probe).or_default().push(i);
        }
    }
    parts
}

/// Rules out pairs of forms that [`compare`] cannot find to be one name, cheaply and exactly, so that blocks of
/// thousands of forms sharing a surname ending do not cost a full comparison per pair.
///
/// `compare(a, b)` finds one name only by one of these routes, and the prefilter keeps a pair when any may
/// apply: both names are gazetteer places; both may be East Asian names (a family name first or last); either
/// has a dynasty name ("Al Saud") that may be dropped; the surnames (last tokens, or one side's surname with its
/// particles joined on) match, as a spelling or as a masculine and a feminine form, and, unless one name is a
/// single token, so do the first tokens, or the longer name's second given name is exactly the shorter one's
/// first, or a Dutch name's given name is clipped; (two tokens each) the same in swapped order, or the given
/// names in swapped places when one name opens with a Mongolian patronymic; (different token counts) either
/// name has a fused "X ad-Din" token or a second surname to drop, or the joined keys are long and close enough
/// in length to be compared. Tokens are interned, and each pair of distinct tokens is compared once.
struct Prefilter<'f> {
    forms: &'f [Form],
    shapes: Vec<Shape>,
    /// Per token: a form and index that hold it.
    holders: Vec<(usize, usize)>,
    /// Verdicts on pairs of distinct tokens, by [`memo_key`]. Blocks of a large corpus ask for millions of
    /// pairs, and hashing the key with the default SipHash was a third of the stage.
    memo: HashMap<u64, bool, BuildHasherDefault<PairKeyHasher>>,
}

/// The memo key of interned tokens `s` and `t` compared as surnames or not.
fn memo_key(s: u32, t: u32, surname: bool) -> u64 {
    (u64::from(s) << 32 | u64::from(t)) << 1 | u64::from(surname)
}

/// Hashes a [`memo_key`] with the SplitMix64 finaliser: every bit of the key reaches the bits the table reads.
#[derive(Default)]
struct PairKeyHasher(u64);

impl Hasher for PairKeyHasher {
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// What [`Prefilter`] needs of one form.
struct Shape {
    first: u32,
    last: u32,
    tokens: usize,
    /// Length of the joined keys.
    joined: usize,
    places: bool,
    /// A family name of the East Asian tables opens or closes the name.
    east: bool,
    house: bool,
    arabic: bool,
    /// Two tokens, the first a Mongolian patronymic in the genitive ([`opens_with_mongolian_patronymic`]).
    mongolian: bool,
    /// A fused Arabic "X ad-Din" token ([`writes_ad_din_fused`]), which a name of more tokens may write spaced,
    /// or a second surname that a name of fewer tokens may drop ([`may_drop_a_second_surname`]).
    other_count: bool,
}

impl<'f> Prefilter<'f> {
    fn new(forms: &'f [Form]) -> Self {
        type TokenId<'a> = (
            &'a str,
            &'a str,
            &'a [String],
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let mut ids: HashMap<TokenId<'f>, u32> = HashMap::new();
        let mut holders = Vec::new();
        // Everything `compare_tokens` reads of a token: key, ASCII form, readings, abjad consonants, Somali
        // reading and Hepburn key (the loose key is a function of the key).
        let mut intern = |f: usize, i: usize| -> u32 {
            let p = &forms[f].prepared;
            let token = (
                p.keys[i].as_str(),
                p.ascii[i].as_str(),
                p.readings[i].as_slice(),
                p.abjad[i].as_deref(),
                p.somali[i].as_deref(),
                p.hepburn[i].as_deref(),
            );
            *ids.entry(token).or_insert_with(|| {
                holders.push((f, i));
                (holders.len() - 1) as u32
            })
        };
        let shapes = forms
            .iter()
            .enumerate()
            .map(|(f, form)| {
                let p = &form.prepared;
                let n = p.keys.len();
                let (first, last) = if n == 0 {
                    (u32::MAX, u32::MAX)
                } else {
                    (intern(f, 0), intern(f, n - 1))
                };
                let family = |t: Option<&String>| {
                    t.is_some_and(|t| !east_asian::surname_groups(t).is_empty())
                };
                Shape {
                    first,
                    last,
                    tokens: n,
                    joined: p.keys.iter().map(String::len).sum(),
                    places: !p.places.is_empty(),
                    east: family(p.ascii.first()) || family(p.ascii.last()),
                    house: p.house,
                    arabic: p.arabic,
                    mongolian: opens_with_mongolian_patronymic(p),
                    other_count: writes_ad_din_fused(p) || may_drop_a_second_surname(p),
                }
            })
            .collect();
        Prefilter {
            forms,
            shapes,
            holders,
            memo: HashMap::default(),
        }
    }

    /// False only when `compare(forms[a], forms[b])` cannot be `same`.
    fn may_match(&mut self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.shapes[a], &self.shapes[b]);
        if x.places && y.places {
            return true;
        }
        if x.tokens == 0 || y.tokens == 0 {
            return false;
        }
        if (x.east && y.east) || x.house || y.house {
            return true;
        }
        let (xl, yl, xf, yf) = (x.last, y.last, x.first, y.first);
        let tokens = (x.tokens, y.tokens);
        let joined = (x.joined, y.joined);
        let mongolian = (x.mongolian, y.mongolian);
        let other_count = x.other_count || y.other_count;
        let second_given = self.second_given_name(a, b);
        // A name of one token (a partial) needs only its surname to match; longer names also their given names.
        let dutch = dutch_clipped_given_names(&self.forms[a].prepared, &self.forms[b].prepared);
        let forward = self.surnames(a, b, (xl, yl), tokens.1 - 1)
            && (tokens.0 == 1
                || tokens.1 == 1
                || self.tokens(xf, yf, false)
                || second_given
                || dutch);
        forward
            || (tokens == (2, 2) && self.surnames(a, b, (xl, yf), 0) && self.tokens(xf, yl, false))
            // A Mongolian patronymic put last on the other side: the given names, in swapped places, match.
            || (mongolian.0 && tokens == (2, 2) && self.tokens(xl, yf, false))
            || (mongolian.1 && tokens == (2, 2) && self.tokens(xf, yl, false))
            || (tokens.0 != tokens.1
                && (other_count
                    || joined_keys_may_match(joined.0, joined.1)
                    || joined_keys_may_match(joined.1, joined.0)
                    || (joined.0 == joined.1 && self.joined_keys_equal(a, b))))
    }

    /// Whether two forms' keys joined are one string: `compare` matches the same letters split differently
    /// at any length ("Al Sisi"/"Alsisi").
    fn joined_keys_equal(&self, a: usize, b: usize) -> bool {
        let letters = |f: usize| self.forms[f].prepared.keys.iter().flat_map(|k| k.bytes());
        letters(a).eq(letters(b))
    }

    /// Whether surname tokens `s` (of form `a`) and `t` (token `t_index` of form `b`) match, or either side's
    /// surname with its particles joined on equals the other's.
    fn surnames(&mut self, a: usize, b: usize, (s, t): (u32, u32), t_index: usize) -> bool {
        let (pa, pb) = (&self.forms[a].prepared, &self.forms[b].prepared);
        let matches = |joined: Option<&String>, key: Option<&String>| {
            joined
                .zip(key)
                .is_some_and(|(j, k)| joined_surname_matches(j, k))
        };
        let joined = matches(pa.joined_surname.as_ref(), pb.keys.get(t_index))
            || (t_index + 1 == pb.keys.len()
                && matches(pb.joined_surname.as_ref(), pa.keys.last()));
        joined || self.tokens(s, t, true)
    }

    /// Whether the longer of two full names may be known by its second given name alone, which is exactly the
    /// shorter name's first.
    fn second_given_name(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.shapes[a], &self.shapes[b]);
        let (long, short) = if x.tokens > y.tokens { (a, b) } else { (b, a) };
        let (pl, ps) = (&self.forms[long].prepared, &self.forms[short].prepared);
        pl.keys.len() >= 3
            && pl.keys.len() > ps.keys.len()
            && !x.arabic
            && !y.arabic
            && same_given_name(&pl.keys[1], &ps.keys[0])
    }

    /// Whether interned tokens `s` (of the first name) and `t` match, as surnames when `surname`; equal tokens
    /// always do.
    fn tokens(&mut self, s: u32, t: u32, surname: bool) -> bool {
        if s == t {
            return true;
        }
        let (forms, holders) = (self.forms, &self.holders);
        *self.memo.entry(memo_key(s, t, surname)).or_insert_with(|| {
            let ((fa, i), (fb, j)) = (holders[s as usize], holders[t as usize]);
            tokens_match(&forms[fa].prepared, i, &forms[fb].prepared, j, surname)
        })
    }
}

/// Blocking keys of a full name's surname.
fn block_keys(name: &PreparedName) -> Vec<String> {
    let mut keys = token_block_keys(name, name.keys.len().saturating_sub(1));
    // "Ben Cheikh" meets "Benchikh": the surname with its particles joined on is blocked as the fused
    // spelling's surname is.
    if let Some(joined) = &name.joined_surname {
        keys.push(format!("s:{}", skeleton(joined)));
    }
    // A name that may open with its family name ("Rakotondrazaka Hery") is blocked by that name too.
    if may_open_with_surname(name) {
        keys.extend(token_block_keys(name, 0));
    }
    // Chinese, Korean and Vietnamese names lead with the family name, which is also their partial ("Xi").
    let family = east_asian::family_name_first(name)
        .or_else(|| (name.ascii.len() == 1).then(|| name.ascii[0].as_str()));
    if let Some(family) = family {
        for group in east_asian::surname_groups(family) {
            keys.push(format!("f:{group}"));
        }
    }
    keys
}

#[allow(clippy::too_many_arguments)] // reason: the stages of `resolve` hand over their intermediate tables.
fn build(
    documents: &[Document],
    forms: &[Form],
    mention_form: &[Vec<usize>],
    mention_root: &[Vec<usize>],
    reasons: &[Option<(usize, String)>],
    partial_reason: &HashMap<usize, (usize, String)>,
    gazetteer: &Gazetteer,
) -> Entities {
    // Collect mentions per cluster root, per form.
    let mut clusters: BTreeMap<usize, BTreeMap<usize, Vec<MentionRef>>> = BTreeMap::new();
    for (d, row) in mention_form.iter().enumerate() {
        for (m, &f) in row.iter().enumerate() {
            clusters
                .entry(mention_root[d][m])
                .or_default()
                .entry(f)
                .or_default()
                .push(MentionRef {
                    document: d,
                    mention: m,
                });
        }
    }
    let mut entities: Vec<(Entity, Vec<MentionRef>)> = Vec::with_capacity(clusters.len());
    for members in clusters.values() {
        let mut kinds = [0usize; 4];
        for (&f, mentions) in members {
            for (total, &count) in kinds.iter_mut().zip(&forms[f].kinds) {
                *total += count * mentions.len() / forms[f].mentions.len().max(1);
            }
        }
        let kind = majority_kind(&kinds);
        let any_full = members.keys().any(|&f| forms[f].full());
        let mut surface: Vec<(SurfaceForm, usize, (usize, usize))> = members
            .iter()
            .map(|(&f, mentions)| {
                let mut counts = BTreeMap::new();
                for r in mentions {
                    *counts
                        .entry(documents[r.document].source.clone())
                        .or_insert(0) += 1;
                }
                let mut docs: Vec<usize> = mentions.iter().map(|r| r.document).collect();
                docs.dedup();
                // A place's names are all full: "Russia" is no part of "Russian Federation".
                let full = forms[f].full() || !any_full || forms[f].place.is_some();
                (
                    SurfaceForm {
                        text: forms[f].text.clone(),
                        full,
                        counts,
                        mentions: mentions.clone(),
                    },
                    docs.len(),
                    forms[f].first,
                )
            })
            .collect();
        // Canonical first: full, most documents, plain ASCII, earliest.
        surface.sort_by(|a, b| {
            b.0.full
                .cmp(&a.0.full)
                .then(b.1.cmp(&a.1))
                .then(b.0.text.is_ascii().cmp(&a.0.text.is_ascii()))
                .then(a.2.cmp(&b.2))
        });
        let canonical = surface[0].0.text.clone();
        let place = members
            .keys()
            .find_map(|&f| forms[f].place)
            .filter(|_| matches!(kind, NameKind::Place | NameKind::Unknown))
            .and_then(|id| gazetteer.by_id(id))
            .map(|p| PlaceRef {
                id: p.id,
                country: p.country.to_string(),
                name: p.name.to_string(),
            });
        let mut merges: Vec<Merge> = members
            .keys()
            .filter_map(|&f| {
                let (with, reason) = partial_reason
                    .get(&f)
                    .map(|(root, r)| (forms[*root].text.clone(), r.clone()))
                    .or_else(|| {
                        reasons[f]
                            .as_ref()
                            .map(|(w, r)| (forms[*w].text.clone(), r.clone()))
                    })?;
                (forms[f].text != canonical || with != canonical).then(|| Merge {
                    form: forms[f].text.clone(),
                    with,
                    reason,
                })
            })
            .collect();
        merges.sort_by(|a, b| (&a.form, &a.with).cmp(&(&b.form, &b.with)));
        let all: Vec<MentionRef> = members.values().flatten().copied().collect();
        entities.push((
            Entity {
                kind: if kind == NameKind::Unknown && place.is_some() {
                    NameKind::Place
                } else {
                    kind
                },
                canonical,
                place,
                forms: surface.into_iter().map(|(s, _, _)| s).collect(),
                merges,
            },
            all,
        ));
    }
    entities.sort_by(|a, b| {
        (a.0.kind, &a.0.canonical, a.1.first()).cmp(&(b.0.kind, &b.0.canonical, b.1.first()))
    });
    let mut of_mention: Vec<Vec<EntityId>> =
        mention_form.iter().map(|row| vec![0; row.len()]).collect();
    for (id, (_, mentions)) in entities.iter().enumerate() {
        for r in mentions {
            of_mention[r.document][r.mention] = id;
        }
    }
    Entities {
        entities: entities.into_iter().map(|(e, _)| e).collect(),
        of_mention,
        skipped_name_pairs: 0,
    }
}

/// A span's text with its possessive removed, for callers that hold spans of other stages.
pub fn name_text(text: &str, span: Span) -> &str {
    super::matcher::strip_possessive(span.of(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_names;
    use crate::segment::Segmented;

    fn doc(id: &str, source: &str, text: &str) -> Document {
        Document::for_test(id, source, text)
    }

    fn prepared_forms(names: &[String]) -> Vec<Form> {
        names
            .iter()
            .map(|n| Form {
                text: n.clone(),
                prepared: PreparedName::new(n, Gazetteer::get()),
                place: None,
                kinds: [0; 4],
                mentions: Vec::new(),
                first: (0, 0),
            })
            .collect()
    }

    /// Names whose tokens mix spellings, particles, places and orders, so that pairs reach every route by
    /// which `compare` finds one name: equal or similar surnames, swapped order, joined keys, the gazetteer.
    const MIXED_NAME: &str = "(Sergey|Sergei|Siergiej|Al|Abdel|Hamid|Jens|Sabine|Kyiv|Paris|Yulia|Recep|Marine|Xi|Hsi|\
        Mohammed bin Salman|Bashar|بشار)?( ?(Lavrov|Ławrow|Lavrova|Sisi|Alsisi|AlSisi|Hamid|Abdelhamid|Müller|Mueller|\
        Sergey|Kiev|Kyiv|Jordan|Naryshkin|Mansouri|el-Mansouri|Navalny|Navalnaya|Tayyip|Erdoğan|Le Pen|Lepen|\
        Jinping|Chin-ping|Al Saud|al-Assad|Assad|الأسد)){1,2}";

    proptest::proptest! {
        /// The blocking prefilter may only rule out pairs that `compare` finds to be different names; otherwise
        /// `resolve` would join fewer forms than before it.
        #[test]
        fn prefilter_never_rules_out_a_matching_pair(names in proptest::collection::vec(MIXED_NAME, 2..10)) {
            let forms = prepared_forms(&names);
            let mut prefilter = Prefilter::new(&forms);
            for a in 0..forms.len() {
                for b in 0..forms.len() {
                    if a != b && compare(&forms[a].prepared, &forms[b].prepared).same {
                        proptest::prop_assert!(prefilter.may_match(a, b), "{} / {}", names[a], names[b]);
                    }
                }
            }
        }
    }

    #[test]
    fn prefilter_keeps_pairs_of_every_route_of_compare() {
        let names: Vec<String> = [
            "Abu Mazen",
            "Abumazen",
            "Lavrov Sergey",
            "Sergey Lavrov",
            "Kiev",
            "Kyiv",
            "Yulia Navalnaya",
            "Yulia Navalny",
            "Tayyip Erdoğan",
            "Recep Tayyip Erdoğan",
            "Marine Le Pen",
            "Marine Lepen",
            "Karim Ben Cheikh",
            "Karim Benchikh",
            "Xi",
            "Xi Jinping",
            "Mohammed bin Salman Al Saud",
            "Mohammed bin Salman",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let forms = prepared_forms(&names);
        let mut prefilter = Prefilter::new(&forms);
        for (a, b) in (0..names.len()).step_by(2).map(|a| (a, a + 1)) {
            assert!(
                compare(&forms[a].prepared, &forms[b].prepared).same,
                "{a} {b}"
            );
            assert!(prefilter.may_match(a, b), "{} / {}", names[a], names[b]);
        }
        assert!(!prefilter.may_match(3, 0), "Sergey Lavrov / Abu Mazen");
    }

    /// A block of more than [`MAX_BLOCK_FORMS`] names with one surname is split by given name: spellings of
    /// one given name (and an initial) still meet, and the thousands of others are not compared pairwise.
    #[test]
    fn a_block_too_large_to_compare_pairwise_still_joins_spellings_of_one_person() {
        let mut names: Vec<String> = (0..MAX_BLOCK_FORMS + 10)
            .map(|i| format!("Ka{}vo{}ra Palace", (b'a' + (i % 26) as u8) as char, i))
            .collect();
        names.extend(["Sergey Palace", "Sergei Palace", "S. Palace"].map(String::from));
        let forms = prepared_forms(&names);
        let full: Vec<usize> = (0..forms.len()).collect();
        let mut prefilter = Prefilter::new(&forms);
        let mut budget = PairBudget {
            left: DEFAULT_MAX_NAME_PAIRS,
            skipped: 0,
        };
        let (_, pairs) = blocked_pairs(&forms, &full, &mut prefilter, &mut budget);
        assert_eq!(budget.skipped, 0);
        let n = MAX_BLOCK_FORMS + 10;
        for pair in [(n, n + 1), (n, n + 2), (n + 1, n + 2)] {
            assert!(pairs.contains(&pair), "{pair:?}");
        }
        assert!(pairs.len() < 10 * forms.len(), "{} pairs", pairs.len());
    }

    /// Past the cap on name pairs the costliest blocks are left out whole and counted, the cheap ones still
    /// compared: a spelling pair that shares its consonant skeleton joins, whatever the common ending costs.
    #[test]
    fn name_pairs_past_the_cap_are_left_out_and_counted() {
        // Forty names ending in "-ovich" (one costly ending block) and one person spelled two ways.
        let mut text: String = (0..40)
            .map(|i| {
                let given = ["Pavel", "Oleg", "Nikolai", "Boris", "Yuri"][i % 5];
                let family = [
                    "Abram", "Belan", "Chern", "Dorof", "Ermak", "Filat", "Gorban", "Kuzm",
                ][i / 5];
                format!("{given} {family}ovich spoke on Monday. ")
            })
            .collect();
        text.push_str("Sergey Lavrov spoke. Sergei Lavrov left.");
        let docs = [doc("d.txt", "s", &text)];
        let names = [extract_names(
            &text,
            &Segmented::new(&text),
            Gazetteer::get(),
        )];
        let lavrov = |e: &Entities| forms_of(e, "Sergey Lavrov").len();

        let unbounded = resolve_with(&docs, &names, None, DEFAULT_MAX_NAME_PAIRS);
        assert_eq!(unbounded.skipped_name_pairs, 0);
        assert_eq!(lavrov(&unbounded), 2);

        let capped = resolve_with(&docs, &names, None, 100);
        assert!(
            capped.skipped_name_pairs >= 40 * 39 / 2,
            "the ending block of 40 full names is left out: {} pairs",
            capped.skipped_name_pairs
        );
        assert_eq!(lavrov(&capped), 2, "the skeleton block is still compared");
    }

    fn entities(texts: &[&str]) -> (Vec<Document>, Entities) {
        entities_in_stories(texts, None)
    }

    fn entities_in_stories(
        texts: &[&str],
        stories: Option<&[Vec<usize>]>,
    ) -> (Vec<Document>, Entities) {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| doc(&format!("d{i}.txt"), &format!("s{i}"), t))
            .collect();
        let names: Vec<Vec<NameMention>> = docs
            .iter()
            .map(|d| extract_names(&d.text, &Segmented::new(&d.text), Gazetteer::get()))
            .collect();
        let entities = resolve(&docs, &names, stories);
        (docs, entities)
    }

    fn forms_of<'e>(entities: &'e Entities, canonical: &str) -> Vec<&'e str> {
        entities
            .entities
            .iter()
            .find(|e| e.canonical == canonical)
            .map(|e| e.forms.iter().map(|f| f.text.as_str()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn spellings_and_partials_join_across_documents() {
        let (_, e) = entities(&[
            "Foreign Minister Sergey Lavrov spoke. Lavrov said no.",
            "Minister Siergiej Ławrow spoke. Ławrow added more.",
        ]);
        let mut forms = forms_of(&e, "Sergey Lavrov");
        forms.sort_unstable();
        assert_eq!(
            forms,
            ["Lavrov", "Sergey Lavrov", "Siergiej Ławrow", "Ławrow"]
        );
    }

    #[test]
    fn a_surname_after_a_particle_written_apart_joins_its_fused_spelling() {
        let (_, e) = entities(&[
            "His former accountant, Karim Benchikh, received a suspended sentence.",
            "The accountant Karim Ben Cheikh was given a suspended sentence.",
        ]);
        let mut forms = forms_of(&e, "Karim Benchikh");
        forms.sort_unstable();
        assert_eq!(forms, ["Karim Ben Cheikh", "Karim Benchikh"]);
    }

    #[test]
    fn east_asian_family_name_joins_its_full_name() {
        let (_, e) = entities(&[
            "President Xi Jinping spoke on Monday. Xi said the talks would go on.",
            "President Hsi Chin-ping spoke. Hsi added little.",
        ]);
        let mut forms = forms_of(&e, "Xi Jinping");
        forms.sort_unstable();
        assert_eq!(forms, ["Hsi", "Hsi Chin-ping", "Xi", "Xi Jinping"]);
    }

    #[test]
    fn a_surname_alone_is_the_person_its_own_report_names_in_full() {
        let (_, e) = entities_in_stories(
            &[
                "Minister Tsegaye Gebremedhin spoke on Monday. Gebremedhin said he was clean.",
                "Minister Haftom Gebremedhin, no relation, spoke too. Minister Tsegaye Gebremedhin left.",
            ],
            Some(&[vec![0, 1]]),
        );
        let mut forms = forms_of(&e, "Tsegaye Gebremedhin");
        forms.sort_unstable();
        assert_eq!(forms, ["Gebremedhin", "Tsegaye Gebremedhin"]);
    }

    #[test]
    fn ambiguous_partial_stays_apart() {
        let (_, e) =
            entities(&["Minister Jens Müller met Minister Sabine Müller. Müller said no."]);
        assert_eq!(forms_of(&e, "Jens Müller"), ["Jens Müller"]);
        assert_eq!(forms_of(&e, "Sabine Müller"), ["Sabine Müller"]);
        assert_eq!(forms_of(&e, "Müller"), ["Müller"]);
    }

    #[test]
    fn gazetteer_places_cluster_by_id_and_never_merge_two() {
        let (_, e) = entities(&[
            "Talks in Kiev ended.",
            "Talks in Kyiv and in Jeddah ended.",
            "Talks in Riyadh.",
        ]);
        let mut forms = forms_of(&e, "Kiev");
        forms.sort_unstable();
        assert_eq!(forms, ["Kiev", "Kyiv"]);
        let jeddah = e.entities.iter().find(|x| x.canonical == "Jeddah").unwrap();
        let riyadh = e.entities.iter().find(|x| x.canonical == "Riyadh").unwrap();
        assert_eq!(jeddah.place.as_ref().unwrap().country, "SA");
        assert_eq!(riyadh.place.as_ref().unwrap().country, "SA");
        assert_ne!(jeddah.place, riyadh.place);
    }

    #[test]
    fn an_unlisted_spelling_of_a_listed_place_joins_it_only_on_equal_keys() {
        // GeoNames lists Myanmar's town as "Nyaung-U"; Burmese copy also writes "Nyaung Oo", which it lacks.
        let (_, e) = entities(&[
            "Balloons took off near Nyaung-U on Friday.",
            "Hotel owners in Nyaung Oo fear cancellations.",
            "Farmers in Nyaung Ohn said the river rose.",
        ]);
        let mut forms = forms_of(&e, "Nyaung-U");
        forms.sort_unstable();
        assert_eq!(forms, ["Nyaung Oo", "Nyaung-U"]);
        // A village of nearly the same letters may be a neighbour: it stays apart.
        assert!(e.entities.iter().any(|x| x.canonical == "Nyaung Ohn"));
    }

    #[test]
    fn a_listed_japanese_place_with_its_long_vowel_written_out_is_that_place() {
        // GeoNames lists "Koriyama" (Kōriyama); kana typed letter for letter gives "Kouriyama".
        let (_, e) = entities(&[
            "The supplier is based in Koriyama, in Fukushima prefecture.",
            "The ingredient came from a supplier in Kouriyama.",
        ]);
        let mut forms = forms_of(&e, "Koriyama");
        forms.sort_unstable();
        assert_eq!(forms, ["Koriyama", "Kouriyama"]);
    }

    #[test]
    fn a_one_word_name_of_another_report_does_not_join_a_place_by_its_consonants() {
        // "Karim" alone, a correspondent addressed by his given name, and "Kouriyama" share a consonant
        // skeleton; once "Kouriyama" is the listed Koriyama, Karim is no spelling of it.
        let (_, e) = entities(&[
            "The supplier is based in Koriyama, in Fukushima prefecture.",
            "The ingredient came from a supplier in Kouriyama.",
            "Karim, what did the farmers get?",
        ]);
        let mut forms = forms_of(&e, "Koriyama");
        forms.sort_unstable();
        assert_eq!(forms, ["Koriyama", "Kouriyama"]);
    }

    #[test]
    fn every_mention_maps_to_its_entity() {
        let (_, e) = entities(&["Minister Sergey Lavrov spoke in Moscow. Lavrov left."]);
        for (d, row) in e.of_mention.iter().enumerate() {
            for m in 0..row.len() {
                let entity = e
                    .entity_of(MentionRef {
                        document: d,
                        mention: m,
                    })
                    .unwrap();
                assert!(entity.mentions().contains(&MentionRef {
                    document: d,
                    mention: m
                }));
            }
        }
    }
}
