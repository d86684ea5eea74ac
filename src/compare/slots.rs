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
            Difference::new(
                Kind::PlaceConflict,
                None,
                sides,
                format!("{class} placed in {}", places.join(" vs ")),
            )
        })
        .collect()
}

/// Head nouns that name one thing in other words: a report's "truce" is another's "ceasefire".
#[rustfmt::skip]
const HEAD_CLASSES: &[&[&str]] = &[
    &["ceasefire", "truce", "armistice"],
    &["strike", "walkout", "stoppage"],
    &["talk", "negotiation", "discussion", "meeting"],
    &["dead", "death", "killed", "fatality", "died"],
    &["injured", "wounded", "injury", "hurt"],
    &["prisoner", "detainee", "captive", "inmate"],
    &["ship", "vessel", "boat", "tanker", "freighter", "carrier"],
    &["protester", "demonstrator"],
];

/// The class a head noun belongs to: the first word of its class, or the head itself.
fn head_class(head: &str) -> &str {
    HEAD_CLASSES
        .iter()
        .find(|class| class.contains(&head))
        .map_or(head, |class| class[0])
}

/// Values of one quantity agree when equal; a calendar unit ("two months" against "60 days") or an
/// approximate figure ("about 40") leaves room.
pub(super) fn readings_agree(x: &Reading, y: &Reading) -> bool {
    let tolerance = if x.approximate || y.approximate {
        0.10
    } else if x.calendar || y.calendar {
        0.02
    } else {
        // Rounding: "1.2 million" against "1,200,000", "4.5 years" against "54 months".
        1e-3
    };
    (x.value - y.value).abs() <= tolerance * x.value.abs().max(y.value.abs()).max(1e-9)
}

/// One report's figure for a quantity, in comparable units (durations in days, masses in kg).
#[derive(Clone, Copy, Debug)]
pub(super) struct Reading {
    value: f64,
    approximate: bool,
    /// The unit is a month, year or longer, whose length in days is a convention.
    calendar: bool,
    span: Span,
    sentence: usize,
}

impl Reading {
    /// The reading of a number mention.
    pub(super) fn of(n: &crate::extract::NumberMention) -> Reading {
        Reading {
            value: n.comparable().0,
            approximate: n.approximate,
            calendar: matches!(
                n.unit.as_deref(),
                Some("month" | "year" | "decade" | "century")
            ),
            span: n.span,
            sentence: n.sentence,
        }
    }
}

/// The people, organisations and other non-place names written right next to a number phrase: a few words
/// before it ("The Baltic Star, a 12,000-tonne ship") or just after it ("the 12,000-tonne Baltic Star").
fn attached_entities(doc: &DocFacts<'_>, span: Span) -> BTreeSet<usize> {
    let tokens = &doc.seg.tokens;
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    let window = Span::new(
        tokens
            .get(first.saturating_sub(3))
            .map_or(span.start, |t| t.span.start),
        tokens
            .get((last + 1).min(tokens.len().saturating_sub(1)))
            .map_or(span.end, |t| t.span.end.max(span.end)),
    );
    doc.names_in(window)
        .filter_map(|(_, e)| e)
        .filter(|e| e.kind != NameKind::Place)
        .map(|e| e.id)
        .collect()
}

/// All entities a document names.
fn document_entities(doc: &DocFacts<'_>) -> BTreeSet<usize> {
    doc.entities.iter().flatten().map(|e| e.id).collect()
}

/// True when two figures are tied to different named things that both reports know: "The Baltic Star, a
/// 12,000-tonne ship" against "the Nordic Tern, a 25,000-tonne vessel".
fn different_referents(x: &DocFacts<'_>, rx: &Reading, y: &DocFacts<'_>, ry: &Reading) -> bool {
    let (at_x, at_y) = (attached_entities(x, rx.span), attached_entities(y, ry.span));
    if at_x.is_empty() || at_y.is_empty() || !at_x.is_disjoint(&at_y) {
        return false;
    }
    let (known_x, known_y) = (document_entities(x), document_entities(y));
    at_x.iter().any(|e| known_y.contains(e)) && at_y.iter().any(|e| known_x.contains(e))
}

/// Heads that say by themselves what happened to what they count: "42 dead" needs no verb.
const SELF_DESCRIBING_HEADS: &[&str] = &[
    "dead", "injured", "missing", "hostage", "fatality", "casualty",
];

/// The content words around a number, for counts whose head alone does not say what is counted: "carrying
/// 140 passengers" and "killing three passengers" count different people.
fn count_context(doc: &DocFacts<'_>, span: Span, head: &str) -> BTreeSet<String> {
    let tokens = &doc.seg.tokens;
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    tokens[first.saturating_sub(3)..(last + 3).min(tokens.len())]
        .iter()
        .filter(|t| {
            t.kind == crate::segment::TokenKind::Word
                && !(span.start <= t.span.start && t.span.end <= span.end)
        })
        .map(|t| fold(t.span.of(&doc.doc.text)))
        .filter(|w| !crate::align::stopword(w) && !w.starts_with(head) && w.len() > 2)
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Heads too general to name one quantity: "42 people" killed and "700,000 people" displaced.
const GENERIC_HEADS: &[&str] = &[
    "people", "person", "persons", "other", "others", "time", "times", "one", "thing",
];

/// Number conflicts across the reports of one story: one head noun (or its synonyms) and unit, with values
/// that disagree.
pub fn quantities(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    type Key = (String, Option<String>);
    let mut by_key: BTreeMap<Key, BTreeMap<usize, Vec<Reading>>> = BTreeMap::new();
    for (d, doc) in docs.iter().enumerate() {
        for n in &doc.mentions.numbers {
            let Some(head) = &n.head else { continue };
            if GENERIC_HEADS.contains(&head.as_str()) || n.partial {
                continue;
            }
            let reading = Reading::of(n);
            let unit = n.comparable().1;
            by_key
                .entry((head_class(head).to_string(), unit.map(str::to_string)))
                .or_default()
                .entry(d)
                .or_default()
                .push(reading);
        }
    }
    let mut out = Vec::new();
    for ((head, unit), per_doc) in by_key {
        // A report that gives two values for one head presents them as different things; it is left out.
        let single: Vec<(usize, Vec<Reading>)> = per_doc
            .into_iter()
            .filter(|(_, readings)| readings.iter().all(|r| readings_agree(r, &readings[0])))
            .collect();
        let context = |doc: &DocFacts<'_>, r: &Reading| {
            doc.seg.sentences.get(r.sentence).map_or(r.span, |s| s.span)
        };
        let mut sides = BTreeSet::new();
        for (i, (dx, rx)) in single.iter().enumerate() {
            for (dy, ry) in single.iter().skip(i + 1) {
                let (x, y) = (&docs[*dx], &docs[*dy]);
                if readings_agree(&rx[0], &ry[0]) || different_referents(x, &rx[0], y, &ry[0]) {
                    continue;
                }
                // A bare count compares only when the words around it agree on what is counted.
                let bare = unit.is_none() && !SELF_DESCRIBING_HEADS.contains(&head.as_str());
                if bare
                    && count_context(x, rx[0].span, &head)
                        .is_disjoint(&count_context(y, ry[0].span, &head))
                {
                    continue;
                }
                // Every statement of each figure is evidence: "two-month truce" and "60-day ceasefire" alike.
                sides.extend(rx.iter().map(|r| Side {
                    doc: x.index,
                    span: r.span,
                    context: context(x, r),
                }));
                sides.extend(ry.iter().map(|r| Side {
                    doc: y.index,
                    span: r.span,
                    context: context(y, r),
                }));
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
            let mut values: Vec<String> = Vec::new();
            for value in sides.iter().map(text) {
                // A figure a report repeats (headline and body) is named once.
                if !values.contains(&value) {
                    values.push(value);
                }
            }
            out.push(Difference::new(
                Kind::NumberConflict,
                None,
                sides,
                format!("{head}: {}", values.join(" vs ")),
            ));
        }
    }
    out
}

/// Event nouns and verbs of incidents whose day reports must agree on.
const DATED_EVENTS: &[&str] = &[
    "crash",
    "crashed",
    "collision",
    "collided",
    "derailment",
    "derailed",
    "accident",
    "sank",
    "capsized",
    "explosion",
    "exploded",
    "blast",
    "attack",
    "attacked",
    "earthquake",
    "quake",
    "fire",
    "flood",
    "flooding",
    "shooting",
    "stabbing",
    "bombing",
    "landslide",
    "storm",
];

/// Date conflicts across the reports of one story: the incident given different days or dates.
///
/// A sentence dates the incident when it names the incident and holds exactly one comparable date; a
/// sentence with two (a crash "in the night from Monday to Tuesday") dates nothing, and a report that dates
/// the incident twice differently is left out, as for quantities.
pub fn event_dates(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    use crate::extract::DateValue;
    let mut per_doc: Vec<Vec<(&DateValue, Span, Span)>> = Vec::new();
    for doc in docs {
        let mut found = Vec::new();
        for (i, sentence) in doc.seg.sentences.iter().enumerate() {
            if sentence.boilerplate {
                continue;
            }
            let words = doc.seg.sentence_tokens(sentence);
            let names_event = words
                .iter()
                .any(|t| DATED_EVENTS.contains(&fold(t.span.of(&doc.doc.text)).as_str()));
            if !names_event {
                continue;
            }
            let dates: Vec<_> = doc
                .mentions
                .dates
                .iter()
                .filter(|d| d.sentence == i && !matches!(d.value, DateValue::Relative(_)))
                .collect();
            if let [date] = dates.as_slice() {
                found.push((&date.value, date.span, sentence.span));
            }
        }
        // Two different dates for the incident in one report: that report cannot be read either way.
        let consistent = found.iter().all(|(v, _, _)| {
            found.iter().all(|(w, _, _)| {
                v == w || !comparable_dates(v, w) || super::hunks::dates_compatible(v, w)
            })
        });
        per_doc.push(if consistent { found } else { Vec::new() });
    }
    let mut sides = BTreeSet::new();
    for (x, found_x) in per_doc.iter().enumerate() {
        for (y, found_y) in per_doc.iter().enumerate().skip(x + 1) {
            for (vx, sx, cx) in found_x {
                for (vy, sy, cy) in found_y {
                    if vx != vy
                        && comparable_dates(vx, vy)
                        && !super::hunks::dates_compatible(vx, vy)
                    {
                        sides.insert(Side {
                            doc: docs[x].index,
                            span: *sx,
                            context: *cx,
                        });
                        sides.insert(Side {
                            doc: docs[y].index,
                            span: *sy,
                            context: *cy,
                        });
                    }
                }
            }
        }
    }
    if sides.len() < 2 {
        return Vec::new();
    }
    let sides: Vec<Side> = sides.into_iter().collect();
    let values: Vec<String> = sides
        .iter()
        .map(|s| {
            let doc = docs
                .iter()
                .find(|d| d.index == s.doc)
                .expect("side of a story document");
            format!("\"{}\" ({})", doc.text(s.span), doc.doc.source)
        })
        .collect();
    vec![Difference::new(
        Kind::DateConflict,
        None,
        sides,
        format!("the incident is dated {}", values.join(" vs ")),
    )]
}

/// Weekdays compare with weekdays, calendar dates with calendar dates.
fn comparable_dates(x: &crate::extract::DateValue, y: &crate::extract::DateValue) -> bool {
    use crate::extract::DateValue;
    matches!(
        (x, y),
        (DateValue::Weekday(_), DateValue::Weekday(_))
            | (DateValue::Date { .. }, DateValue::Date { .. })
    )
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
        let names: Vec<String> = holders
            .values()
            .map(|bs| bs[0].person_name.clone())
            .collect();
        let people: Vec<usize> = holders.keys().copied().collect();
        let message = format!("{} {role} is {}", qualifiers.join(" "), names.join(" vs "));
        out.push(Difference::new(Kind::PersonConflict, None, sides, message).about(people, names));
    }
    // One person, incompatible titles.
    let mut by_person: BTreeMap<usize, Vec<&Binding>> = BTreeMap::new();
    for b in &bindings {
        by_person.entry(b.person).or_default().push(b);
    }
    for (_, list) in by_person {
        let mut distinct: Vec<&Binding> = Vec::new();
        // Keep one binding per group of compatible titles: what is left are titles that cannot all be true.
        for b in &list {
            if distinct.iter().all(|d| !compatible_roles(&d.role, &b.role)) {
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
        let person = distinct[0].person_name.clone();
        let message = format!("{person} is called {}", roles.join(" vs "));
        out.push(Difference::new(
            Kind::RoleConflict,
            Some(person),
            sides,
            message,
        ));
    }
    out
}

/// Roles one person holds at a time for a given qualifier: a country has one foreign minister and one trade
/// minister, but many envoys, aides and deputies.
fn is_single_holder(role: &str) -> bool {
    #[rustfmt::skip]
    const SINGLE: &[&str] = &[
        "president", "prime minister", "chancellor", "secretary of state", "king", "queen", "pope", "mayor",
        "governor", "chief executive", "ceo", "speaker", "vice president", "national security advisor",
        "attorney general", "head of state", "premier", "harbour master", "harbor master", "police chief",
        "prosecutor general", "chief justice", "central bank governor",
    ];
    const NOT_SINGLE: &[&str] = &[
        "deputy",
        "vice",
        "junior",
        "assistant",
        "former",
        "acting",
        "shadow",
    ];
    let words: Vec<&str> = role.split_whitespace().collect();
    if words.iter().any(|w| NOT_SINGLE.contains(w)) {
        return false;
    }
    // A portfolio minister ("trade minister", "minister of agriculture"), but not a bare "minister".
    let portfolio_minister = words.len() >= 2 && words.contains(&"minister");
    portfolio_minister || SINGLE.contains(&role)
}

/// Titles that can both be true of one person: equal, one a shortening of the other ("minister" and "foreign
/// minister", "deputy minister" and "deputy foreign minister"), known synonyms, or an unranked title.
fn compatible_roles(x: &str, y: &str) -> bool {
    #[rustfmt::skip]
    const SYNONYMS: &[&[&str]] = &[
        &["spokesperson", "spokeswoman", "spokesman", "press secretary"],
        &["ceo", "chief executive", "chief executive officer"],
        &["defence minister", "defense minister"],
        &["envoy", "special envoy", "representative", "special representative"],
    ];
    // Many people hold an unranked title alongside a specific one.
    const GENERIC: &[&str] = &[
        "official",
        "leader",
        "politician",
        "head",
        "chief",
        "diplomat",
        "lawmaker",
        "deputy",
        "member",
    ];
    let words = |r: &str| {
        r.split_whitespace()
            .map(str::to_string)
            .collect::<BTreeSet<String>>()
    };
    let (wx, wy) = (words(x), words(y));
    wx.is_subset(&wy)
        || wy.is_subset(&wx)
        || SYNONYMS
            .iter()
            .any(|group| group.contains(&x) && group.contains(&y))
        || GENERIC.contains(&x)
        || GENERIC.contains(&y)
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
        assert!(compatible_roles(
            "deputy foreign minister",
            "deputy minister"
        ));
    }

    #[test]
    fn single_holder_roles() {
        assert!(is_single_holder("trade minister"));
        assert!(is_single_holder("president"));
        assert!(!is_single_holder("minister"));
        assert!(!is_single_holder("deputy foreign minister"));
        assert!(!is_single_holder("envoy"));
    }

    #[test]
    fn head_synonyms_share_a_class() {
        assert_eq!(head_class("truce"), "ceasefire");
        assert_eq!(head_class("walkout"), head_class("strike"));
        assert_ne!(head_class("dead"), head_class("injured"));
        assert_eq!(head_class("tonne"), "tonne");
    }
}
