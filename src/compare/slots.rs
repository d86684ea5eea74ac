//! Story-level slot checks: facts that rewrites state in sentences too different to align.
//!
//! - **Event location.** An event noun ("talks", "summit", "crash") bound to a place ("talks ... in Jeddah",
//!   "the Riyadh meeting"). Two reports of one story that put the same kind of event in two different cities
//!   of the same country conflict. Places in different countries are only compared when their sentences align
//!   (see [`super::compare_pair`]): a story often mentions a second meeting elsewhere.
//! - **Role bindings.** One role with the same qualifiers ("Russian" "foreign minister") held by different
//!   people is a `person-conflict`; one person given two incompatible titles is a `role-conflict`.
//! - **Quantities by head noun.** "30-day ceasefire" vs "60-day ceasefire".
//!
//! Precision guards, each applied per value pair:
//! - a report that itself gives both values presents them as distinct things (talks in Riyadh and an earlier
//!   round in Istanbul; two ceasefires), so they are not a conflict;
//! - an event marked as another instance ("earlier", "next", "second round") is not bound to the story's event;
//! - a city never conflicts with the country or region that holds it;
//! - values of different heads or units are never compared ("42 dead", "310 injured").

use std::collections::{BTreeMap, BTreeSet};

use super::hunks::values_agree;
use super::{Difference, DocFacts, PlaceLevel, Side};
use crate::extract::NameKind;
use crate::findings::Kind;
use crate::segment::Token;
use crate::text::{Span, fold};

/// Event nouns by class: a report that calls the event "talks" and one that calls it "the meeting" mean one
/// event.
#[rustfmt::skip]
const EVENT_CLASSES: &[(&str, &[&str])] = &[
    // Verbs of meeting count too: "the delegations met for two days in Tangier".
    ("talks", &["talks", "talk", "meeting", "meetings", "negotiations", "negotiation", "discussions", "summit",
        "conference", "consultations", "round", "dialogue", "encounter", "met", "meet", "meets", "convened",
        "gathered"]),
    ("crash", &["crash", "collision", "derailment", "accident"]),
    ("earthquake", &["earthquake", "quake", "tremor"]),
    ("trial", &["trial", "hearing", "court", "tribunal"]),
    ("attack", &["attack", "bombing", "explosion", "blast", "shooting", "stabbing", "raid"]),
    ("election", &["election", "elections", "vote", "referendum", "poll", "ballot"]),
    ("protest", &["protest", "protests", "rally", "demonstration", "march"]),
    ("fire", &["fire", "wildfire", "blaze"]),
    ("flood", &["flood", "floods", "flooding", "landslide", "storm"]),
];

/// Words before an event noun that make it another instance than the story's main one.
#[rustfmt::skip]
const OTHER_INSTANCE: &[&str] = &[
    "earlier", "previous", "prior", "last", "next", "upcoming", "future", "first", "second", "third", "another",
    "further", "new", "separate", "later", "fresh",
];

/// Words allowed between an event noun and "in <place>": times, and "held"/"took place".
#[rustfmt::skip]
const BRIDGE: &[&str] = &[
    "on", "this", "last", "the", "held", "hosted", "taking", "took", "place", "which", "that", "were", "was",
    "being", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend",
    "month", "today", "yesterday", "morning", "afternoon", "evening", "night", "of", "hours", "days", "day", "for",
    "two", "three", "four", "five", "several", "again", "here", "there", "behind", "closed", "doors",
];

const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "inside"];

fn event_class(word: &str) -> Option<&'static str> {
    EVENT_CLASSES
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(class, _)| *class)
}

/// A place bound to an event in one report.
#[derive(Clone, Debug)]
struct EventPlace {
    class: &'static str,
    place: u64,
    name: Span,
    context: Span,
    level: PlaceLevel,
    country: Option<String>,
}

fn event_places(doc: &DocFacts<'_>) -> Vec<EventPlace> {
    let text = &doc.doc.text;
    let mut out = Vec::new();
    for sentence in doc.seg.sentences.iter().filter(|s| !s.boilerplate) {
        let tokens: &[Token] = doc.seg.sentence_tokens(sentence);
        let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
        for (i, word) in words.iter().enumerate() {
            let Some(class) = event_class(word) else {
                continue;
            };
            let before = &words[i.saturating_sub(3)..i];
            if before.iter().any(|w| OTHER_INSTANCE.contains(&w.as_str())) {
                continue;
            }
            let mut bound = Vec::new();
            // "<Place> talks": the place names the event.
            if i > 0
                && let Some(place) = place_at(doc, tokens[i - 1].span)
            {
                bound.push(place);
            }
            // "talks (on Tuesday) in <Place>".
            let mut j = i + 1;
            while j < words.len() && j <= i + 6 {
                if PLACE_PREPOSITIONS.contains(&words[j].as_str()) {
                    let next = j + 1 + usize::from(words.get(j + 1).is_some_and(|w| w == "the"));
                    if let Some(place) = tokens.get(next).and_then(|t| place_at(doc, t.span)) {
                        bound.push(place);
                    }
                    break;
                }
                if !BRIDGE.contains(&words[j].as_str())
                    && tokens[j].kind != crate::segment::TokenKind::Number
                {
                    break;
                }
                j += 1;
            }
            for (span, place) in bound {
                out.push(EventPlace {
                    class,
                    place: place.id,
                    name: span,
                    context: sentence.span,
                    level: place.level,
                    country: place.country.clone(),
                });
            }
        }
    }
    out
}

fn place_at<'d>(doc: &DocFacts<'d>, span: Span) -> Option<(Span, &'d super::PlaceRef)> {
    doc.names_in(span).find_map(|(m, e)| {
        let e = e?;
        (e.kind == NameKind::Place && m.span.start <= span.start)
            .then_some((m.span, e.place.as_ref()?))
    })
}

/// Place conflicts across the reports of one story.
pub fn event_location(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    let per_doc: Vec<Vec<EventPlace>> = docs.iter().map(event_places).collect();
    // class -> (place id pair) -> sides
    let mut conflicts: BTreeMap<(&str, u64, u64), BTreeSet<Side>> = BTreeMap::new();
    for (x, places_x) in per_doc.iter().enumerate() {
        for (y, places_y) in per_doc.iter().enumerate().skip(x + 1) {
            for px in places_x {
                for py in places_y
                    .iter()
                    .filter(|p| p.class == px.class && p.place != px.place)
                {
                    let same_country = px.country.is_some() && px.country == py.country;
                    let both_local = px.level == PlaceLevel::City && py.level == PlaceLevel::City;
                    if !same_country || !both_local {
                        continue;
                    }
                    let mentions = |places: &[EventPlace], id: u64| {
                        places.iter().any(|p| p.class == px.class && p.place == id)
                    };
                    if mentions(places_x, py.place) || mentions(places_y, px.place) {
                        continue;
                    }
                    let key = (px.class, px.place.min(py.place), px.place.max(py.place));
                    let sides = conflicts.entry(key).or_default();
                    sides.insert(Side {
                        doc: docs[x].index,
                        span: px.name,
                        context: px.context,
                    });
                    sides.insert(Side {
                        doc: docs[y].index,
                        span: py.name,
                        context: py.context,
                    });
                }
            }
        }
    }
    conflicts
        .into_iter()
        .map(|((class, _, _), sides)| {
            let sides: Vec<Side> = sides.into_iter().collect();
            let by_doc = |s: &Side| {
                docs.iter()
                    .find(|d| d.index == s.doc)
                    .expect("side of a story document")
            };
            let mut places: Vec<String> = sides
                .iter()
                .map(|s| format!("{} ({})", by_doc(s).text(s.span), by_doc(s).doc.source))
                .collect();
            places.dedup();
            Difference {
                kind: Kind::PlaceConflict,
                entity: None,
                message: format!("{class} placed in {}", places.join(" vs ")),
                sides,
            }
        })
        .collect()
}

/// Number conflicts across the reports of one story: the same head noun and unit with different values.
pub fn quantities(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    // (head, unit) -> doc -> (value, approximate, span, context)
    type Key = (String, Option<String>);
    type Reading = (f64, bool, Span, Span);
    let mut by_key: BTreeMap<Key, BTreeMap<usize, Vec<Reading>>> = BTreeMap::new();
    for doc in docs {
        for n in &doc.mentions.numbers {
            let Some(head) = &n.head else { continue };
            let context = doc.seg.sentences.get(n.sentence).map_or(n.span, |s| s.span);
            by_key
                .entry((head.clone(), n.unit.clone()))
                .or_default()
                .entry(doc.index)
                .or_default()
                .push((n.value, n.approximate, n.span, context));
        }
    }
    let mut out = Vec::new();
    for ((head, _), per_doc) in by_key {
        // A report that gives two values for one head presents them as different things; it is left out.
        let single: Vec<(usize, Reading)> = per_doc
            .into_iter()
            .filter(|(_, values)| {
                values
                    .iter()
                    .all(|v| values_agree(v.0, values[0].0, v.1 || values[0].1))
            })
            .map(|(doc, values)| (doc, values[0]))
            .collect();
        let mut sides = BTreeSet::new();
        for (i, (da, va)) in single.iter().enumerate() {
            for (db, vb) in single.iter().skip(i + 1) {
                if !values_agree(va.0, vb.0, va.1 || vb.1) {
                    sides.insert(Side {
                        doc: *da,
                        span: va.2,
                        context: va.3,
                    });
                    sides.insert(Side {
                        doc: *db,
                        span: vb.2,
                        context: vb.3,
                    });
                }
            }
        }
        if sides.len() >= 2 {
            let sides: Vec<Side> = sides.into_iter().collect();
            let text = |s: &Side| {
                let doc = docs
                    .iter()
                    .find(|d| d.index == s.doc)
                    .expect("side of a story document");
                format!("\"{}\" ({})", doc.text(s.span), doc.doc.source)
            };
            let values: Vec<String> = sides.iter().map(text).collect();
            out.push(Difference {
                kind: Kind::NumberConflict,
                entity: None,
                message: format!("{head}: {}", values.join(" vs ")),
                sides,
            });
        }
    }
    out
}

/// Role slots: one qualified role held by different people (`person-conflict`), one person given
/// incompatible titles (`role-conflict`).
pub fn roles(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    struct Binding {
        doc: usize,
        role: String,
        qualifiers: Vec<String>,
        person: usize,
        person_name: String,
        role_span: Span,
        person_span: Span,
        context: Span,
    }
    let mut bindings = Vec::new();
    for doc in docs {
        for r in &doc.mentions.roles {
            let Some(entity) = doc.entity_at(r.person) else {
                continue;
            };
            if entity.kind != NameKind::Person && entity.kind != NameKind::Unknown {
                continue;
            }
            let mut qualifiers = r.qualifiers.clone();
            qualifiers.sort();
            qualifiers.dedup();
            bindings.push(Binding {
                doc: doc.index,
                role: r.role.clone(),
                qualifiers,
                person: entity.id,
                person_name: entity.canonical.clone(),
                role_span: r.role_span,
                person_span: r.person,
                context: doc
                    .seg
                    .sentences
                    .get(r.sentence)
                    .map_or(r.person, |s| s.span),
            });
        }
    }
    let mut out = Vec::new();
    // One qualified role, several holders.
    type Holders<'b> = BTreeMap<usize, Vec<&'b Binding>>;
    let mut by_role: BTreeMap<(String, Vec<String>), Holders<'_>> = BTreeMap::new();
    for b in bindings
        .iter()
        .filter(|b| !b.qualifiers.is_empty() && is_single_holder(&b.role))
    {
        by_role
            .entry((b.role.clone(), b.qualifiers.clone()))
            .or_default()
            .entry(b.person)
            .or_default()
            .push(b);
    }
    for ((role, qualifiers), holders) in by_role {
        if holders.len() < 2 {
            continue;
        }
        // Holders named together in one report are colleagues, not rivals for the slot.
        let docs_of = |bs: &Vec<&Binding>| bs.iter().map(|b| b.doc).collect::<BTreeSet<_>>();
        let all: Vec<BTreeSet<usize>> = holders.values().map(docs_of).collect();
        let shared = all
            .iter()
            .enumerate()
            .any(|(i, x)| all.iter().skip(i + 1).any(|y| !x.is_disjoint(y)));
        if shared {
            continue;
        }
        let sides: Vec<Side> = holders
            .values()
            .flatten()
            .map(|b| Side {
                doc: b.doc,
                span: b.person_span,
                context: b.context,
            })
            .collect();
        let names: Vec<&str> = holders
            .values()
            .map(|bs| bs[0].person_name.as_str())
            .collect();
        out.push(Difference {
            kind: Kind::PersonConflict,
            entity: None,
            message: format!("{} {role} is {}", qualifiers.join(" "), names.join(" vs ")),
            sides,
        });
    }
    // One person, incompatible titles.
    let mut by_person: BTreeMap<usize, Vec<&Binding>> = BTreeMap::new();
    for b in &bindings {
        by_person.entry(b.person).or_default().push(b);
    }
    for (_, list) in by_person {
        let mut distinct: Vec<&Binding> = Vec::new();
        for b in &list {
            if distinct.iter().all(|d| compatible_roles(&d.role, &b.role)) {
                distinct.push(b);
            }
        }
        if distinct.len() < 2 {
            continue;
        }
        let sides: Vec<Side> = distinct
            .iter()
            .map(|b| Side {
                doc: b.doc,
                span: b.role_span,
                context: b.context,
            })
            .collect();
        let roles: Vec<&str> = distinct.iter().map(|b| b.role.as_str()).collect();
        out.push(Difference {
            kind: Kind::RoleConflict,
            entity: Some(distinct[0].person_name.clone()),
            message: format!(
                "{} is called {}",
                distinct[0].person_name,
                roles.join(" vs ")
            ),
            sides,
        });
    }
    out
}

/// Roles one person holds at a time for a given qualifier (a country has one foreign minister, many envoys).
fn is_single_holder(role: &str) -> bool {
    const SINGLE: &[&str] = &[
        "president",
        "prime minister",
        "chancellor",
        "foreign minister",
        "defence minister",
        "defense minister",
        "finance minister",
        "interior minister",
        "secretary of state",
        "king",
        "queen",
        "pope",
        "mayor",
        "governor",
        "chief executive",
        "ceo",
        "speaker",
        "vice president",
        "national security advisor",
        "attorney general",
        "head of state",
        "premier",
    ];
    SINGLE.contains(&role)
}

/// Titles that can both be true of one person: equal, one a shortening of the other ("minister" and "foreign
/// minister"), or known synonyms.
fn compatible_roles(x: &str, y: &str) -> bool {
    if x == y || x.contains(y) || y.contains(x) {
        return true;
    }
    const SYNONYMS: &[&[&str]] = &[
        &[
            "spokesperson",
            "spokeswoman",
            "spokesman",
            "press secretary",
        ],
        &["ceo", "chief executive", "chief executive officer"],
        &["defence minister", "defense minister"],
        &[
            "envoy",
            "special envoy",
            "representative",
            "special representative",
        ],
    ];
    SYNONYMS.iter().any(|group| group.contains(&x) && group.contains(&y))
        // Many people hold an unranked title alongside a specific one: "official", "leader", "politician".
        || ["official", "leader", "politician", "head", "chief", "diplomat", "lawmaker", "deputy", "member"]
            .iter()
            .any(|generic| x == *generic || y == *generic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_nouns_share_a_class() {
        assert_eq!(event_class("meeting"), event_class("talks"));
        assert_eq!(event_class("quake"), Some("earthquake"));
        assert_eq!(event_class("ceasefire"), None);
    }

    #[test]
    fn compatible_titles() {
        assert!(compatible_roles("foreign minister", "minister"));
        assert!(compatible_roles("spokesman", "spokeswoman"));
        assert!(compatible_roles("official", "foreign minister"));
        assert!(!compatible_roles("foreign minister", "defence minister"));
        assert!(!compatible_roles("president", "prime minister"));
    }
}
