//! Story groups: connected reports, with a guard against chaining.
//!
//! Copies and near-duplicates join their stories outright: a report that shares most of its wording with two
//! others cannot be mostly about two different events. Weaker links (one report contains another, or two
//! share the facts of a story) join two groups only when most of the possible links between them are
//! present. A round-up that covers two events therefore links to both, yet cannot pull the report about the
//! second event into the first event's story.
//!
//! Outlets retell a wire story each in its own way: each rewrite is close to the wire, but two rewrites that
//! took different angles (a regional paper leading with its own town, a trade paper with the ship's owner)
//! share less with each other than either does with the wire. Their pair is then too loose for a relation,
//! and counting only relations, such a rewrite could never join the wire's story once the wire had a partner.
//! So a *supporting* pair, whose terms are closer than unrelated reports' but not close enough for a
//! relation, counts as half a link when a single report is to join a story. Between groups it never joins
//! anything by itself: supporting pairs alone reach at most half the possible links, which is not more than
//! half. Reports of different events on one topic (two port strikes) score in the supporting band too, so they
//! stay apart unless a relation joins them. Support merges two stories of several reports each only where
//! relations make half the links and support the rest, every report close to every other (a wire's
//! rewrites that paired off; see [`linked_pair_by_pair`]). That gives up one case: a round-up related to
//! both reports of one event whose partner, a report of another event, is close to both as well. Measured
//! on a day's copy of some hundred stories, several of them two events of one topic, no pair of stories
//! meets that condition, while a wire's rewrites that paired off meet it. The other exception is reports
//! left alone by every relation: three or more of them, each close to every other, are one event retold from
//! several angles (see [`group_lone_reports_close_to_one_another`]).

use std::collections::HashMap;

use super::{Pair, Relation, Story};

/// Share of the possible links between two groups that must be present for a weak link to merge them.
/// Strictly more than half: with two reports on one side and one on the other, both links are needed. (A
/// single report may join a story of three or more with exactly half, all of it relations.)
const MIN_LINKED_SHARE: f64 = 0.5;

/// A link from a pair with a relation, in half links.
const LINK: usize = 2;
/// A link from a supporting pair, in half links.
const SUPPORT: usize = 1;

/// Groups of at least two documents, each sorted, ordered by their first document. `supporting` holds pairs
/// `(a, b)` without a relation whose terms are close enough to back a link (see the module's comment).
///
/// Links are taken strongest first (relation, then score, then document indices), so the result does not
/// depend on the order of `pairs`.
pub fn group(documents: usize, pairs: &[Pair], supporting: &[(usize, usize)]) -> Vec<Story> {
    group_weighted(&vec![1; documents], pairs, supporting)
}

/// [`group`] where document `d` stands for `weights[d]` reports that are copies of one another: a weak link
/// between two groups counts as many times as the reports it stands for would link, so that grouping the
/// distinct reports of a corpus decides as grouping every copy would.
pub fn group_weighted(
    weights: &[usize],
    pairs: &[Pair],
    supporting: &[(usize, usize)],
) -> Vec<Story> {
    let documents = weights.len();
    let mut order: Vec<&Pair> = pairs.iter().collect();
    order.sort_by(|x, y| {
        x.relation
            .cmp(&y.relation)
            .then(strength(y).total_cmp(&strength(x)))
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut group_of: Vec<usize> = (0..documents).collect();
    let mut members: Vec<Vec<usize>> = (0..documents).map(|d| vec![d]).collect();
    let mut weight: Vec<usize> = weights.to_vec();
    // links[g][h]: the links between groups g and h, related and supporting, each weighing the reports its two
    // ends stand for. Kept up to date as groups merge, so that a weak link is judged in time proportional to
    // nothing but a lookup, however large the groups have grown.
    let mut links: Vec<HashMap<usize, Links>> = vec![HashMap::new(); documents];
    for pair in pairs {
        let w = weights[pair.a] * weights[pair.b];
        links[pair.a].entry(pair.b).or_default().related += w;
        links[pair.b].entry(pair.a).or_default().related += w;
    }
    for &(a, b) in supporting {
        let w = weights[a] * weights[b];
        links[a].entry(b).or_default().supporting += w;
        links[b].entry(a).or_default().supporting += w;
    }
    let mut doc_links: HashMap<(usize, usize), usize> = HashMap::new();
    for &(a, b) in supporting {
        doc_links.insert((a.min(b), a.max(b)), SUPPORT);
    }
    for pair in pairs {
        doc_links.insert((pair.a.min(pair.b), pair.a.max(pair.b)), LINK);
    }
    for pair in order {
        let (ga, gb) = (group_of[pair.a], group_of[pair.b]);
        if ga == gb {
            continue;
        }
        let strong = matches!(pair.relation, Relation::Copy | Relation::NearDuplicate);
        let between = links[ga].get(&gb).copied().unwrap_or_default();
        // Support helps a single report join a story. Between two stories it only completes a merge that
        // relations make half of ([`linked_pair_by_pair`]): two stories of one topic support each other here
        // and there, and a round-up linked to both would otherwise be enough to join them.
        let single = members[ga].len() == 1 || members[gb].len() == 1;
        let present = between.half_links(single);
        let possible = LINK * weight[ga] * weight[gb];
        // Exactly half is enough for one report joining a story of three or more, when its own links
        // (relations, not support) make that half: its pairs with the others may fall short of a relation
        // when they took other angles, while a report two links away from a story of two is a chain.
        let exactly_half = present as f64 == MIN_LINKED_SHARE * possible as f64
            && single
            && weight[ga].max(weight[gb]) >= 3;
        // The member-by-member reads below cost the square of the groups' sizes, so they run last, only for
        // groups of a few outlets' size, and the pairing only when the counts say every pair is linked.
        let small = members[ga].len() + members[gb].len() <= MAX_MEMBERWISE_REPORTS;
        let joins = strong
            || present as f64 > MIN_LINKED_SHARE * possible as f64
            || exactly_half
                && (LINK * between.related * 2 >= possible
                    || between.related > 0
                        && small
                        && as_linked_as_a_member(&members[ga], &members[gb], &doc_links))
            || !single
                && small
                && LINK * between.related * 2 >= possible
                && between.related + between.supporting >= weight[ga] * weight[gb]
                && linked_pair_by_pair(&members[ga], &members[gb], &doc_links);
        if !joins {
            continue;
        }
        let (keep, gone) = if members[ga].len() >= members[gb].len() {
            (ga, gb)
        } else {
            (gb, ga)
        };
        let moved = std::mem::take(&mut members[gone]);
        for &d in &moved {
            group_of[d] = keep;
        }
        members[keep].extend(moved);
        weight[keep] += weight[gone];
        for (other, l) in std::mem::take(&mut links[gone]) {
            links[other].remove(&gone);
            if other != keep {
                links[other].entry(keep).or_default().add(l);
                links[keep].entry(other).or_default().add(l);
            }
        }
    }
    join_reports_close_to_every_member(&mut group_of, &mut members, weights, supporting);
    group_lone_reports_close_to_one_another(&mut group_of, &mut members, weights, supporting);
    let mut stories: Vec<Story> = members
        .into_iter()
        .filter(|m| m.len() > 1)
        .map(|mut documents| {
            documents.sort_unstable();
            Story { documents }
        })
        .collect();
    stories.sort_by_key(|s| s.documents[0]);
    stories
}

/// Most reports two groups may hold together for their links to be read member by member
/// ([`as_linked_as_a_member`], [`linked_pair_by_pair`]): the shapes those read are a few outlets' rewrites of
/// one wire, and past this size the count of links between the groups decides alone.
const MAX_MEMBERWISE_REPORTS: usize = 64;

/// Whether the one report of `x` or `y` links to the story that is the other as strongly as the story's
/// most loosely linked member does, counting half links between single reports (`doc_links`, keyed by the
/// ordered pair). A wire retold by outlets that each took their own angle is a story whose rewrites each
/// relate to the wire and only support one another; a further rewrite linked the same way is one more of
/// them, although its links make no more than half of those possible.
fn as_linked_as_a_member(
    x: &[usize],
    y: &[usize],
    doc_links: &HashMap<(usize, usize), usize>,
) -> bool {
    let (single, story) = if x.len() == 1 { (x[0], y) } else { (y[0], x) };
    let links = |d: usize| -> usize {
        story
            .iter()
            .filter(|&&m| m != d)
            .map(|&m| doc_links.get(&(d.min(m), d.max(m))).copied().unwrap_or(0))
            .sum()
    };
    story
        .iter()
        .map(|&m| links(m))
        .min()
        .is_some_and(|loosest| links(single) >= loosest)
}

/// Whether every report of one group relates to or supports every report of the other (`doc_links`, keyed
/// by the ordered pair). Four outlets' rewrites of a wire may pair off, the wire with its closest rewrite and
/// the two others with each other, leaving the rewrites that took other angles only close to the first pair.
/// When relations make half the links between the two pairs and nothing is missing, the four are as close to
/// one another as one story's reports are; stories of one topic are close here and there, not pair by pair.
fn linked_pair_by_pair(
    x: &[usize],
    y: &[usize],
    doc_links: &HashMap<(usize, usize), usize>,
) -> bool {
    x.iter().all(|&a| {
        y.iter()
            .all(|&b| doc_links.contains_key(&(a.min(b), a.max(b))))
    })
}

/// Reports of a story of at least this many that a lone report must support, every one, to join it.
const MIN_SUPPORTED_STORY: usize = 3;

/// A lone report with no relation to anything, whose terms are close to every report of one story of three
/// or more, joins that story: a colour piece from the scene shares the story's names with each rewrite but
/// too few of its words with any one for a relation. A report of another event of the topic is close to some
/// reports of a story, as two port strikes are, and rarely to every one; a report close to all of two stories
/// joins neither.
fn join_reports_close_to_every_member(
    group_of: &mut [usize],
    members: &mut [Vec<usize>],
    weights: &[usize],
    supporting: &[(usize, usize)],
) {
    let mut supported: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(a, b) in supporting {
        supported.entry(a).or_default().push(b);
        supported.entry(b).or_default().push(a);
    }
    let mut lone: Vec<usize> = supported
        .keys()
        .copied()
        .filter(|&d| members[group_of[d]].len() == 1)
        .collect();
    lone.sort_unstable();
    let mut joins = Vec::new();
    for d in lone {
        let mut by_story: HashMap<usize, usize> = HashMap::new();
        for &other in &supported[&d] {
            if members[group_of[other]].len() > 1 {
                *by_story.entry(group_of[other]).or_default() += weights[other];
            }
        }
        let mut every: Vec<usize> = by_story
            .into_iter()
            .filter(|&(g, n)| {
                let story: usize = members[g].iter().map(|&m| weights[m]).sum();
                story >= MIN_SUPPORTED_STORY && n == story
            })
            .map(|(g, _)| g)
            .collect();
        if every.len() == 1 {
            joins.push((d, every.pop().unwrap_or_default()));
        }
    }
    // Decided against the stories as the relations left them, so that the order of the lone reports does not
    // matter.
    for (d, g) in joins {
        let gone = group_of[d];
        members[gone].clear();
        group_of[d] = g;
        members[g].push(d);
    }
}

/// Reports that a lone report and the reports close to it must make, every pair of them close, to be a story.
const MIN_CLOSE_LONE_REPORTS: usize = 3;

/// Lone reports with no relation to anything, every pair of them close, form a story when there are at least
/// [`MIN_CLOSE_LONE_REPORTS`]: outlets that each retold an event from their own angle (a wire, a regional
/// explainer, a translation, a bulletin) may share too few terms pairwise for a relation, and with no wire
/// copy among them no pair reaches one, yet each is close to every other. Reports of different events on one
/// topic are close to some of one another, rarely each to every other; and a report in a story already stays
/// there, so a round-up close to two stories pulls in neither. Taken greedily in document order, each report
/// joining the first lone report's group when it is close to every member already in it.
fn group_lone_reports_close_to_one_another(
    group_of: &mut [usize],
    members: &mut [Vec<usize>],
    weights: &[usize],
    supporting: &[(usize, usize)],
) {
    // A document standing for several copies is a story of its own already, as grouping every copy would find.
    let lone = |d: usize, members: &[Vec<usize>], group_of: &[usize]| {
        members[group_of[d]].len() == 1 && weights[d] == 1
    };
    let mut close: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(a, b) in supporting {
        if lone(a, members, group_of) && lone(b, members, group_of) {
            close.entry(a).or_default().push(b);
            close.entry(b).or_default().push(a);
        }
    }
    let mut starts: Vec<usize> = close.keys().copied().collect();
    starts.sort_unstable();
    for d in starts {
        if !lone(d, members, group_of) {
            continue;
        }
        let mut neighbours = close[&d].clone();
        neighbours.sort_unstable();
        let mut group = vec![d];
        for x in neighbours {
            if lone(x, members, group_of) && group.iter().all(|m| close[&x].contains(m)) {
                group.push(x);
            }
        }
        if group.len() < MIN_CLOSE_LONE_REPORTS {
            continue;
        }
        let keep = group_of[d];
        for &m in &group[1..] {
            let gone = group_of[m];
            members[gone].clear();
            group_of[m] = keep;
            members[keep].push(m);
        }
    }
}

/// The links between two groups, each weighing the reports its two ends stand for.
#[derive(Clone, Copy, Debug, Default)]
struct Links {
    /// Pairs with a relation.
    related: usize,
    /// Supporting pairs.
    supporting: usize,
}

impl Links {
    fn add(&mut self, other: Links) {
        self.related += other.related;
        self.supporting += other.supporting;
    }

    /// The links present, in half links; supporting pairs count only when `with_support`.
    fn half_links(self, with_support: bool) -> usize {
        LINK * self.related
            + if with_support {
                SUPPORT * self.supporting
            } else {
                0
            }
    }
}

fn strength(pair: &Pair) -> f64 {
    pair.jaccard.max(pair.containment).max(pair.similarity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: usize, b: usize, relation: Relation, score: f64) -> Pair {
        Pair {
            a,
            b,
            relation,
            jaccard: score,
            containment: score,
            similarity: score,
            passages: Vec::new(),
        }
    }

    fn groups(documents: usize, pairs: &[Pair], supporting: &[(usize, usize)]) -> Vec<Vec<usize>> {
        group(documents, pairs, supporting)
            .into_iter()
            .map(|s| s.documents)
            .collect()
    }

    #[test]
    fn lone_reports_each_close_to_every_other_are_one_story() {
        // Four rewrites of one event, no pair close enough for a relation, every pair close.
        let all: Vec<(usize, usize)> = (0..4)
            .flat_map(|a| (a + 1..4).map(move |b| (a, b)))
            .collect();
        assert_eq!(groups(4, &[], &all), [vec![0, 1, 2, 3]]);
        // Three reports of one topic, one pair not close: no story.
        assert!(groups(3, &[], &[(0, 1), (1, 2)]).is_empty());
        // Two are not enough, nor is a report that stands for two copies (a story already) with one other.
        assert!(groups(2, &[], &[(0, 1)]).is_empty());
        assert!(group_weighted(&[2, 1], &[], &[(0, 1)]).is_empty());
        // A report already in a story stays there: 0 and 1 are a story, and 2, 3, 4 close to each other and to 1.
        let pairs = [pair(0, 1, Relation::SameStory, 0.4)];
        let support = [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)];
        assert_eq!(groups(5, &pairs, &support), [vec![0, 1], vec![2, 3, 4]]);
    }

    #[test]
    fn chain_trap_does_not_pull_the_far_end_into_the_story() {
        // 1 is a round-up linked to 0 (its first story) and 2 (its second); 0 and 2 are unrelated.
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.5),
            pair(1, 2, Relation::SameStory, 0.4),
        ];
        assert_eq!(groups(3, &pairs, &[]), [vec![0, 1]]);
    }

    #[test]
    fn near_duplicates_of_one_source_form_one_story() {
        let pairs = [
            pair(0, 3, Relation::NearDuplicate, 0.7),
            pair(3, 5, Relation::NearDuplicate, 0.6),
            pair(1, 2, Relation::SameStory, 0.5),
        ];
        assert_eq!(groups(6, &pairs, &[]), [vec![0, 3, 5], vec![1, 2]]);
    }

    #[test]
    fn weak_links_join_a_group_when_most_links_are_present() {
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.6),
            pair(0, 2, Relation::SameStory, 0.5),
            pair(1, 2, Relation::SameStory, 0.4),
            pair(2, 3, Relation::SameStory, 0.3),
        ];
        assert_eq!(groups(4, &pairs, &[]), [vec![0, 1, 2]]);
    }

    #[test]
    fn a_rewrite_linked_to_the_wire_joins_when_the_wire_partner_supports_it() {
        // 0 is the wire, 1 and 2 two rewrites that took different angles: each is close to the wire, and they
        // are close enough to each other only to support a link.
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.34),
            pair(0, 2, Relation::SameStory, 0.24),
        ];
        assert_eq!(groups(3, &pairs, &[]), [vec![0, 1]]);
        assert_eq!(groups(3, &pairs, &[(1, 2)]), [vec![0, 1, 2]]);
    }

    #[test]
    fn a_report_linked_to_half_of_a_story_of_four_joins_it() {
        let mut pairs: Vec<Pair> = Vec::new();
        for a in 0..4 {
            for b in a + 1..4 {
                pairs.push(pair(a, b, Relation::SameStory, 0.5));
            }
        }
        pairs.push(pair(0, 4, Relation::SameStory, 0.3));
        pairs.push(pair(1, 4, Relation::SameStory, 0.3));
        assert_eq!(groups(5, &pairs, &[]), [vec![0, 1, 2, 3, 4]]);
        // Half made up by support is not enough: one relation and two supporting pairs.
        let one = &pairs[..pairs.len() - 1];
        assert_eq!(groups(5, one, &[(2, 4), (3, 4)]), [vec![0, 1, 2, 3]]);
    }

    #[test]
    fn a_rewrite_related_to_the_wire_joins_rewrites_that_only_support_one_another() {
        // 0 is the wire; 1 and 2 relate to it and only support each other. 3 relates to the wire, supports 1
        // and is not close to 2: half the links possible, as well linked as 1 and 2 are.
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.34),
            pair(0, 2, Relation::SameStory, 0.32),
            pair(0, 3, Relation::SameStory, 0.25),
        ];
        assert_eq!(groups(4, &pairs, &[(1, 2), (1, 3)]), [vec![0, 1, 2, 3]]);
        // Where 1 and 2 relate to each other, a report linked by one relation and one support falls short of
        // every member of the story.
        let mut related = pairs.to_vec();
        related.push(pair(1, 2, Relation::SameStory, 0.3));
        assert_eq!(groups(4, &related, &[(1, 3)]), [vec![0, 1, 2]]);
        // Support alone, however complete, does not make the relation it needs.
        assert_eq!(
            groups(4, &pairs[..2], &[(1, 2), (0, 3), (1, 3)]),
            [vec![0, 1, 2]]
        );
    }

    #[test]
    fn a_lone_report_close_to_every_report_of_a_story_of_three_joins_it() {
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.38),
            pair(0, 2, Relation::SameStory, 0.26),
        ];
        // 3 supports all three; 4 supports two of them, as a report of another event of the topic does.
        let supporting = [(0, 3), (1, 3), (2, 3), (0, 4), (1, 4), (1, 2)];
        assert_eq!(groups(5, &pairs, &supporting), [vec![0, 1, 2, 3]]);
        // Close to every report of two stories, it joins neither.
        let two = [
            pair(0, 1, Relation::SameStory, 0.38),
            pair(0, 2, Relation::SameStory, 0.26),
            pair(1, 2, Relation::SameStory, 0.26),
            pair(4, 5, Relation::SameStory, 0.38),
            pair(4, 6, Relation::SameStory, 0.26),
            pair(5, 6, Relation::SameStory, 0.26),
        ];
        let both = [(0, 3), (1, 3), (2, 3), (3, 4), (3, 5), (3, 6)];
        assert_eq!(groups(7, &two, &both), [vec![0, 1, 2], vec![4, 5, 6]]);
    }

    #[test]
    fn supporting_pairs_alone_join_nothing_short_of_every_pair_of_three() {
        assert!(groups(3, &[], &[(0, 1), (0, 2)]).is_empty());
        assert!(groups(4, &[], &[(0, 1), (2, 3)]).is_empty());
        assert_eq!(groups(3, &[], &[(0, 1), (0, 2), (1, 2)]), [vec![0, 1, 2]]);
    }

    #[test]
    fn support_does_not_merge_two_stories_of_one_topic_through_a_round_up() {
        // 0 and 1 tell one port strike, 3 another; 2 is a round-up of both. 3 is close enough to 0 to support
        // a link, as reports of one topic are here and there, but the two stories must stay apart.
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.5),
            pair(2, 3, Relation::SameStory, 0.45),
            pair(0, 2, Relation::SameStory, 0.4),
            pair(1, 2, Relation::SameStory, 0.4),
        ];
        assert_eq!(groups(4, &pairs, &[(0, 3)]), [vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn rewrites_of_a_wire_that_paired_off_are_one_story_when_every_pair_is_close() {
        // 0 is the wire and 2 its closest rewrite; 1 and 3 took other angles and relate to each other and to
        // the wire, and are only close to 2.
        let pairs = [
            pair(0, 2, Relation::SameStory, 0.4),
            pair(1, 3, Relation::SameStory, 0.3),
            pair(0, 1, Relation::SameStory, 0.28),
            pair(0, 3, Relation::SameStory, 0.27),
        ];
        assert_eq!(groups(4, &pairs, &[(1, 2), (2, 3)]), [vec![0, 1, 2, 3]]);
        // One pair across that is not even close leaves the two pairs apart.
        assert_eq!(groups(4, &pairs, &[(1, 2)]), [vec![0, 2], vec![1, 3]]);
        // Support completing a pairing that relations make less than half of is not enough.
        assert_eq!(
            groups(4, &pairs[..3], &[(1, 2), (2, 3), (0, 3)]),
            [vec![0, 2], vec![1, 3]]
        );
    }

    #[test]
    fn input_order_does_not_matter() {
        let mut pairs = vec![
            pair(0, 1, Relation::SameStory, 0.5),
            pair(1, 2, Relation::SameStory, 0.5),
            pair(2, 3, Relation::Contains, 0.9),
        ];
        let forward = groups(4, &pairs, &[]);
        pairs.reverse();
        assert_eq!(groups(4, &pairs, &[]), forward);
    }
}
