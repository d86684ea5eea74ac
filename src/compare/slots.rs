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
//!
//! Each slot's checks, with their unit tests, are in a file of their own under `slots/`: `places.rs` (event
//! location), `quantities.rs`, `dates.rs` (event dates, and in `dates/by_context.rs` days matched by the words
//! around them), `roles.rs` (role bindings) and `persons.rs` (people matched by the words around them).
//! `context.rs` holds the mention contexts the context routes read. This file keeps what more than one of
//! them reads.

use super::DocFacts;
use crate::extract::NameKind;
use crate::text::Span;

mod context;
mod dates;
mod persons;
mod places;
mod quantities;
mod roles;

pub(crate) use context::StoryWords;
pub(crate) use dates::context_dates;
pub use dates::event_dates;
pub(crate) use persons::person_contexts;
pub(crate) use places::context_places;
pub use places::{event_location, place_settings};
pub(crate) use quantities::quantities;
pub(crate) use quantities::{Reading, readings_agree};
pub(crate) use roles::names_person;
pub use roles::roles;

// Helpers that more than one slot reads: event words, bearings, clause gaps, the story's year, incident
// verbs, and the person a phrase refers back to.

/// Event nouns by class: a report that calls the event "talks" and one that calls it "the meeting" mean one
/// event.
#[rustfmt::skip]
const EVENT_CLASSES: &[(&str, &[&str])] = &[
    // Verbs of meeting count too: "the delegations met for two days in Tangier".
    ("talks", &["talks", "talk", "meeting", "meetings", "negotiations", "negotiation", "discussions", "summit",
        "conference", "consultations", "round", "dialogue", "encounter", "met", "meet", "meets", "convened",
        "gathered"]),
    // "The train derailed near Kutno": the verb places a derailment as its noun does.
    ("crash", &["crash", "collision", "derailment", "accident", "derailed"]),
    // A ship's loss: "capsized off the coast of Vung Tau", "sank off Kea", "ran aground near Izmir".
    ("sinking", &["sank", "sinking", "capsized", "capsizing", "shipwreck", "aground"]),
    // "Its epicentre was 18 kilometres south of Pinotepa Nacional", "the epicentre was located in the sea near
    // Puerto Escondido": where a quake struck, told by its epicentre.
    ("earthquake", &["earthquake", "quake", "tremor", "epicentre", "epicenter"]),
    // "The judges in Alba Iulia ordered the recount": the bench sits where its court is.
    ("trial", &["trial", "hearing", "court", "tribunal", "judges"]),
    ("attack", &["attack", "bombing", "explosion", "blast", "shooting", "stabbing", "raid"]),
    ("election", &["election", "elections", "vote", "referendum", "poll", "ballot"]),
    ("protest", &["protest", "protests", "rally", "demonstration", "march"]),
    ("fire", &["fire", "wildfire", "blaze"]),
    ("flood", &["flood", "floods", "flooding", "storm"]),
    // A landslide is told as a flood's ("floods and landslides") or as a slope's collapse ("a slope collapsed
    // onto the highway"): see [`one_event`].
    ("landslide", &["landslide", "landslides", "mudslide", "mudslides"]),
    ("outbreak", &["outbreak", "epidemic"]),
    // "a blackout in January that left 1.8 million people in the Samarkand region".
    ("outage", &["blackout", "blackouts", "outage", "outages"]),
    ("landing", &["landing", "landed"]),
    ("arrest", &["arrested", "detained", "arrest", "arrests"]),
    // "seized 3,400 cartons ... at the port of Douala" against "intercepted a consignment at the port of
    // Kribi": where officials stopped a haul.
    ("seizure", SEIZURES),
    ("signing", &["signed", "signing"]),
    // "tablets made at the company's plant in Imizu" against "made at Hokusei's Takaoka plant": the works a
    // story's goods came from or its accident happened in.
    // A warehouse holds a story's goods as a plant makes them: "a warehouse in Villeurbanne where unrecorded
    // flour was kept" against "the raid on the warehouse was in Vénissieux".
    ("works", &["plant", "factory", "refinery", "smelter", "mill", "warehouse"]),
];

/// Verbs that make talks a later session than the one the story is about: "talks are due to resume in Trnava
/// on Thursday". Their place and day are compared only with another report's resumption.
const RESUMED: &[&str] = &[
    "resume",
    "resumes",
    "resumed",
    "continue",
    "continues",
    "reconvene",
    "reconvenes",
];

/// Words of officials taking a haul: its place and its day are the seizure's own, apart from the crime's.
const SEIZURES: &[&str] = &[
    "seized",
    "seizure",
    "intercepted",
    "confiscated",
    "impounded",
];

fn event_class(word: &str) -> Option<&'static str> {
    EVENT_CLASSES
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(class, _)| *class)
}

/// Bearings before "of" that place an event from a town: "south of Vatomandry", "north-east of Lyon".
#[rustfmt::skip]
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
    "northwest", "southeast", "southwest",
];

/// True when the text between two tokens ends a clause: a comma, semicolon, colon, dash or sentence stop.
fn is_clause_gap(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| gap.contains([',', ';', ':', '.', '(', ')', '\u{2013}', '\u{2014}']))
}

/// A finding side as a message names it: its text in quotes, then its report's source.
fn quoted_side(docs: &[DocFacts<'_>], side: &super::Side) -> String {
    let doc = docs
        .iter()
        .find(|d| d.index == side.doc)
        .expect("side of a story document");
    format!("\"{}\" ({})", doc.text(side.span), doc.doc.source)
}

/// The year a story is told in: the latest publication year of its reports, else the latest year any of them
/// writes. A figure dated to another year ("48 percent in 2021") is history, not a rival of today's.
fn story_year(docs: &[DocFacts<'_>]) -> Option<i32> {
    let published = docs
        .iter()
        .filter_map(|d| d.doc.date.as_deref()?.get(..4)?.parse::<i32>().ok())
        .max();
    published.or_else(|| {
        docs.iter()
            .flat_map(|d| &d.mentions.dates)
            .filter_map(|d| match d.value {
                crate::extract::DateValue::Date { year, .. } => year,
                _ => None,
            })
            .max()
    })
}

/// Whether word `k` is the "down" of "went down": "the bulker went down on Saturday night" is a ship's loss.
fn went_down(words: &[String], k: usize) -> bool {
    words[k] == "down" && k > 0 && matches!(words[k - 1].as_str(), "went" | "go" | "goes" | "gone")
}

/// Whether word `k` tells a storm reaching land: "made landfall", or a cyclone that "touched land", "crossed
/// the coast" or "slammed into the east coast". Its day dates the storm's arrival, apart from the alert
/// before it and the clean-up after.
fn made_landfall(words: &[String], k: usize) -> bool {
    const STORMS: &[&str] = &["cyclone", "hurricane", "typhoon", "storm"];
    const ARRIVALS: &[&str] = &[
        "touched", "crossed", "hit", "struck", "slammed", "made", "reached",
    ];
    let reached = words[k] == "landfall"
        || matches!(words[k].as_str(), "land" | "coast" | "coastline" | "shore")
            && words[k.saturating_sub(4)..k]
                .iter()
                .any(|w| ARRIVALS.contains(&w.as_str()));
    reached && words.iter().any(|w| STORMS.contains(&w.as_str()))
}

/// Whether word `k` ends "left the rails" or "came off the tracks": the idiom tells a derailment.
fn left_the_rails(words: &[String], k: usize) -> bool {
    matches!(words[k].as_str(), "rails" | "track" | "tracks")
        && k >= 2
        && words[k - 1] == "the"
        && matches!(
            words[k - 2].as_str(),
            "left" | "leave" | "leaves" | "leaving" | "off" | "jumped"
        )
}

/// Vehicles whose fall is their crash: "a cabin of the gondola came off its cable and fell", "the bus
/// plunged into the gorge".
#[rustfmt::skip]
const VEHICLES: &[&str] = &[
    "cabin", "gondola", "bus", "coach", "minibus", "lorry", "truck", "van", "car", "helicopter", "plane",
    "aircraft", "lift", "elevator",
];

/// Whether word `k` is a vehicle's fall ("fell", "plunged", "plummeted") with the vehicle before it in its
/// sentence. A structure that fell is a collapse, told by its own verbs.
fn vehicle_fell(words: &[String], k: usize) -> bool {
    matches!(words[k].as_str(), "fell" | "plunged" | "plummeted")
        && words[..k].iter().any(|w| VEHICLES.contains(&w.as_str()))
}

/// Words of a structure falling down.
const COLLAPSES: &[&str] = &["collapse", "collapsed", "collapses", "caved", "cave-in"];

/// What is lost when it "went down": ships and aircraft.
#[rustfmt::skip]
const GOES_DOWN: &[&str] = &[
    "ship", "vessel", "boat", "ferry", "tanker", "freighter", "bulker", "trawler", "carrier", "yacht",
    "submarine", "plane", "aircraft", "airliner", "helicopter", "jet",
];

/// What can fall down in an incident: buildings, works and the ground.
#[rustfmt::skip]
const STRUCTURES: &[&str] = &[
    "building", "buildings", "bridge", "tunnel", "mine", "gallery", "shaft", "roof", "ceiling", "wall", "dam",
    "embankment", "hillside", "slope", "house", "houses", "block", "tower", "stand", "stadium", "school",
    "hotel", "factory", "warehouse", "scaffolding", "crane", "church", "mosque", "market", "mall", "road",
    "highway", "motorway", "hill", "mountain", "mountainside", "cliff", "ridge",
];

/// The person a "his" or "her", or a sentence's "The 24-year-old", at byte `before` of sentence `sentence`
/// stands for: in the nearest sentence before that names someone (other than the mention at `skip`), the first
/// person it names, which is most often its subject ("Gebremedhin said ... through his manager, Meseret
/// Tadesse. ... His coach, X" is Gebremedhin's). A person the names stage typed is looked
/// for back to two paragraphs before the role's, past sentences that name only places and events (a profile's
/// "born in Debre Birhan ... won the Seoul Marathon"); an untyped name only in its paragraph or the one before.
fn person_before<'e>(
    doc: &DocFacts<'e>,
    sentence: usize,
    before: usize,
    skip: Option<Span>,
    wanted: &[NameKind],
) -> Option<&'e super::facts::EntityRef> {
    let here = doc.seg.sentences.get(sentence)?.paragraph;
    let paragraph = |s: usize| doc.seg.sentences.get(s).map_or(0, |s| s.paragraph);
    let candidates = |kind: NameKind, back: usize| {
        doc.mentions
            .names
            .iter()
            .zip(doc.entities)
            .filter_map(move |(m, e)| {
                let e = e
                    .as_ref()
                    .filter(|e| e.kind == kind && wanted.contains(&e.kind))?;
                (m.span.end <= before
                    && Some(m.span) != skip
                    && paragraph(m.sentence) + back >= here)
                    .then_some((m.sentence, e))
            })
    };
    [(NameKind::Person, 2), (NameKind::Unknown, 1)]
        .into_iter()
        .find_map(|(kind, back)| {
            let nearest = candidates(kind, back).map(|(s, _)| s).max()?;
            candidates(kind, back)
                .find(|&(s, _)| s == nearest)
                .map(|(_, e)| e)
        })
}

/// What the unit tests of every slot read: the conflicts of one kind found in a story's texts.
#[cfg(test)]
mod testing {
    use crate::findings::Kind;
    use crate::pipeline::testing::values_of;

    pub(super) fn place_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::PlaceConflict, texts)
    }

    pub(super) fn number_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::NumberConflict, texts)
    }

    pub(super) fn date_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::DateConflict, texts)
    }

    pub(super) fn person_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::PersonConflict, texts)
    }

    /// The messages of the person-conflicts found in `texts`, which name the slot ("judge is A vs B").
    pub(super) fn person_conflict_messages(texts: &[&str]) -> Vec<String> {
        crate::pipeline::testing::findings_of(texts)
            .into_iter()
            .filter(|f| f.kind == Kind::PersonConflict)
            .map(|f| f.message)
            .collect()
    }

    pub(super) fn role_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::RoleConflict, texts)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{date_conflicts, place_conflicts};

    #[test]
    fn the_resumption_of_talks_has_its_own_place_and_day() {
        let found = place_conflicts(&[
            "Talks between the union and the company are due to resume in Tampere on Thursday.",
            "Negotiators said the talks would resume in Helsinki after the weekend.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Helsinki".to_string(), "Tampere".to_string()]]
        );
        let found = date_conflicts(&[
            "Talks between the union and the company are due to resume in Tampere on Thursday.",
            "The negotiations should continue on Wednesday, the mediator said.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Thursday".to_string(), "Wednesday".to_string()]]
        );
        // Talks held in one city and resumed in another are two sessions, not a conflict.
        let found = place_conflicts(&[
            "Talks were held in Tampere on Monday without a deal.",
            "The talks will resume in Helsinki next week, the ministry said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
