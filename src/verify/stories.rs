//! Story groups: connected reports, with a guard against chaining.
//!
//! Copies and near-duplicates join their stories outright: a report that shares most of its wording with two
//! others cannot be mostly about two different events. Weaker links (one report contains another, or two
//! share the facts of a story) join two groups only when most of the possible links between them are
//! present. A round-up that covers two events therefore links to both, yet cannot pull the report about the
//! second event into the first event's story.

use std::collections::HashMap;

use super::{Pair, Relation, Story};

/// Share of the possible links between two groups that must be present for a weak link to merge them.
/// Strictly more than half: with two reports on one side and one on the other, both links are needed.
const MIN_LINKED_SHARE: f64 = 0.5;

/// Groups of at least two documents, each sorted, ordered by their first document.
///
/// Links are taken strongest first (relation, then score, then document indices), so the result does not
/// depend on the order of `pairs`.
pub fn group(documents: usize, pairs: &[Pair]) -> Vec<Story> {
    group_weighted(&vec![1; documents], pairs)
}

/// [`group`] where document `d` stands for `weights[d]` reports that are copies of one another: a weak link
/// between two groups counts as many times as the reports it stands for would link, so that grouping the
/// distinct reports of a corpus decides as grouping every copy would.
pub fn group_weighted(weights: &[usize], pairs: &[Pair]) -> Vec<Story> {
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
    // links[g][h]: the links between groups g and h, each weighing the reports its two ends stand for. Kept up
    // to date as groups merge, so that a weak link is judged in time proportional to nothing but a lookup,
    // however large the groups have grown.
    let mut links: Vec<HashMap<usize, usize>> = vec![HashMap::new(); documents];
    for pair in pairs {
        let w = weights[pair.a] * weights[pair.b];
        links[pair.a].insert(pair.b, w);
        links[pair.b].insert(pair.a, w);
    }
    for pair in order {
        let (ga, gb) = (group_of[pair.a], group_of[pair.b]);
        if ga == gb {
            continue;
        }
        let strong = matches!(pair.relation, Relation::Copy | Relation::NearDuplicate);
        let present = links[ga].get(&gb).copied().unwrap_or(0);
        if !strong && present as f64 <= MIN_LINKED_SHARE * (weight[ga] * weight[gb]) as f64 {
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
        for (other, w) in std::mem::take(&mut links[gone]) {
            links[other].remove(&gone);
            if other != keep {
                *links[other].entry(keep).or_default() += w;
                *links[keep].entry(other).or_default() += w;
            }
        }
    }
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

    fn groups(documents: usize, pairs: &[Pair]) -> Vec<Vec<usize>> {
        group(documents, pairs)
            .into_iter()
            .map(|s| s.documents)
            .collect()
    }

    #[test]
    fn chain_trap_does_not_pull_the_far_end_into_the_story() {
        // 1 is a round-up linked to 0 (its first story) and 2 (its second); 0 and 2 are unrelated.
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.5),
            pair(1, 2, Relation::SameStory, 0.4),
        ];
        assert_eq!(groups(3, &pairs), [vec![0, 1]]);
    }

    #[test]
    fn near_duplicates_of_one_source_form_one_story() {
        let pairs = [
            pair(0, 3, Relation::NearDuplicate, 0.7),
            pair(3, 5, Relation::NearDuplicate, 0.6),
            pair(1, 2, Relation::SameStory, 0.5),
        ];
        assert_eq!(groups(6, &pairs), [vec![0, 3, 5], vec![1, 2]]);
    }

    #[test]
    fn weak_links_join_a_group_when_most_links_are_present() {
        let pairs = [
            pair(0, 1, Relation::SameStory, 0.6),
            pair(0, 2, Relation::SameStory, 0.5),
            pair(1, 2, Relation::SameStory, 0.4),
            pair(2, 3, Relation::SameStory, 0.3),
        ];
        assert_eq!(groups(4, &pairs), [vec![0, 1, 2]]);
    }

    #[test]
    fn input_order_does_not_matter() {
        let mut pairs = vec![
            pair(0, 1, Relation::SameStory, 0.5),
            pair(1, 2, Relation::SameStory, 0.5),
            pair(2, 3, Relation::Contains, 0.9),
        ];
        let forward = groups(4, &pairs);
        pairs.reverse();
        assert_eq!(groups(4, &pairs), forward);
    }
}
