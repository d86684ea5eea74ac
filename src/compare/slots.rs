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

use super::{Difference, DocFacts, PlaceLevel, PlaceRef, Side};
use crate::extract::{Limit, NameKind};
use crate::findings::Kind;
use crate::segment::Token;
use crate::text::{Span, fold};

mod sites;

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
    ("signing", &["signed", "signing"]),
    // "tablets made at the company's plant in Imizu" against "made at Hokusei's Takaoka plant": the works a
    // story's goods came from or its accident happened in.
    ("works", &["plant", "factory", "refinery", "smelter", "mill"]),
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

/// Classes of events a story has one of, whose place is never legitimately two cities, even in two countries:
/// a plane lands once, an outbreak has one source. Meetings, trials and elections recur in several places.
const SINGLE_PLACE_CLASSES: &[&str] = &[
    "collapse",
    "crash",
    "sinking",
    "earthquake",
    "outbreak",
    "landing",
    "signing",
    "incident at sea",
    // A vessel's voyage began in one port, whichever country each report puts it in.
    "voyage origin",
];

/// Classes of places people were taken to, stopped at, tested in or evacuated from, whose towns are often too
/// small for the gazetteer: a town it lacks (no country) is compared with the story's towns.
const DESTINATION_CLASSES: &[&str] = &[
    "hospital",
    // A hospital named with no town ("to Mount Meru Regional Hospital"), compared with hospitals so named.
    "named hospital",
    // A mine named by its pit ("the Perevisa mine"), compared with mines so named.
    "mine",
    "shelter",
    "checkpoint",
    "sample",
    "evacuated",
    "ambulance destination",
    "flight origin",
    // The farm an animal disease broke out on, often by a village no gazetteer holds.
    "farm",
];

/// Nouns that name the kind of place a name is, in "the Kazakh port city of Aktau", "the western town of
/// Drohobych": the place is the name after "of", not the adjective before.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "capital",
    "region",
    "province",
    "district",
    "island",
    "resort",
    "harbour",
    "harbor",
    "municipality",
    "suburb",
    "county",
    "state",
    "oblast",
    "settlement",
    "enclave",
    // "off the coast of Vung Tau", "off the shores of Lesbos".
    "coast",
    "shore",
    "shores",
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
    // "talks are due to resume in", "the negotiations should continue in", "talks ended in".
    "are", "is", "will", "would", "should", "could", "due", "to", "be", "been", "resume", "resumed", "continue",
    "continued", "reconvene", "begin", "began", "start", "started", "end", "ended", "open", "opened",
    "scheduled", "expected", "set", "planned", "located",
];

/// Units of a distance that a bearing follows: "18 kilometres south of Pinotepa Nacional".
const DISTANCE_UNITS: &[&str] = &["km", "kilometres", "kilometers", "miles", "mi"];

/// Words after an event noun that open what it is about before where it is: "an outbreak of cholera in",
/// "talks between the union and management in", "talks over the dam ended in", "the accident on the Zlatibor
/// gondola happened above".
const COMPLEMENT: &[&str] = &["of", "between", "with", "over", "about", "on"];

/// Verbs of meeting, whose object ("met community leaders", "met the herders' presidents") stands between
/// them and the place, and how many words that object may take.
const MEET_VERBS: &[&str] = &["met", "meet", "meets"];
const MEET_OBJECT_WORDS: usize = 4;

/// Nouns of what talks end in.
const AGREEMENTS: &[&str] = &["agreement", "deal", "accord"];

/// Verbs of talks ending in an agreement, after its noun: "the deal was struck in", "the accord, concluded in".
const REACHED: &[&str] = &[
    "reached",
    "concluded",
    "struck",
    "clinched",
    "agreed",
    "hammered",
];

/// Prepositions that lead from an event to its place; "off" is where a ship is lost ("sank off Kea").
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "inside", "off", "above"];

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
    /// Bare counts of the people the sentence moves ("Three of the injured were taken"); empty for events.
    counts: Vec<f64>,
}

impl EventPlace {
    fn new(
        class: &'static str,
        name: Span,
        place: PlaceRef,
        context: Span,
        counts: Vec<f64>,
    ) -> Self {
        EventPlace {
            class,
            place: place.id,
            name,
            context,
            level: place.level,
            country: place.country,
            counts,
        }
    }
}

fn event_places(doc: &DocFacts<'_>) -> Vec<EventPlace> {
    let text = &doc.doc.text;
    let mut out = Vec::new();
    for (_, sentence) in doc.slot_sentences() {
        let tokens: &[Token] = doc.seg.sentence_tokens(sentence);
        let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
        for (i, word) in words.iter().enumerate() {
            // "went down off Con Dao": a ship's loss told by a phrasal verb.
            let went_down = went_down(&words, i);
            // "The section that collapsed near Gostivar", "the embankment gave way near Kicevo": a structure
            // falls in one place.
            let gave_way = word == "way"
                && i > 0
                && matches!(words[i - 1].as_str(), "gave" | "give" | "gives");
            let fell = (COLLAPSES.contains(&word.as_str()) || gave_way)
                && words.iter().any(|w| STRUCTURES.contains(&w.as_str()));
            // "The agreement was reached in Nairobi", "the deal, concluded in Rabat": where talks ended in an
            // agreement is where the talks were.
            let reached = AGREEMENTS
                .contains(&word.as_str())
                .then(|| {
                    (i + 1..(i + 4).min(words.len()))
                        .find(|&j| REACHED.contains(&words[j].as_str()))
                })
                .flatten();
            // "were handed over to officials in Niamey": freed captives change hands in one place.
            let handed_over = word == "over"
                && i > 0
                && matches!(words[i - 1].as_str(), "handed" | "hand" | "hands");
            // "The express left the rails near Lowicz": a derailment told by an idiom.
            let left_rails = left_the_rails(&words, i);
            // "he was stopped at Nnamdi Azikiwe International Airport in Abuja": a person held at a border.
            let stopped = sites::stopped_at_border(&words, i);
            // "made landfall near Fenoarivo Atsinanana", "touched land south of Vatomandry": a storm comes
            // ashore in one place.
            let landfall = made_landfall(&words, i);
            let Some(mut class) = event_class(word)
                .or(landfall.then_some("landfall"))
                .or(vehicle_fell(&words, i).then_some("crash"))
                .or(went_down.then_some("sinking"))
                .or(left_rails.then_some("crash"))
                .or(fell.then_some("collapse"))
                .or(reached.map(|_| "talks"))
                .or(handed_over.then_some("handover"))
                .or(stopped.then_some("arrest"))
            else {
                continue;
            };
            if class == "talks"
                && words[i + 1..(i + 12).min(words.len())]
                    .iter()
                    .any(|w| RESUMED.contains(&w.as_str()))
            {
                class = "talks resume";
            }
            let before = &words[i.saturating_sub(3)..i];
            if before.iter().any(|w| OTHER_INSTANCE.contains(&w.as_str())) {
                continue;
            }
            // "The appeal will be heard at the Court of Appeal in Putrajaya", "can still appeal to the Supreme
            // Court in Warsaw": an appeal is a later stage of the case, in another court than the one that tried
            // it.
            let near = &words[i.saturating_sub(4)..(i + 3).min(words.len())];
            if class == "trial"
                && near
                    .iter()
                    .any(|w| matches!(w.as_str(), "appeal" | "appeals" | "appellate"))
            {
                continue;
            }
            // "they would meet again in Bergen next month": a later session, compared only with another
            // report's later session; a later instance of any other event is not the story's.
            // Only the words near the event noun say so: in "the court in Zamość ruled that ballots from three
            // polling stations must be counted again", "again" is the counting's, not the court's.
            let near_end = clause_end(text, tokens, i).min(i + 1 + LATER_WINDOW);
            if later_instance(&words[i + 1..near_end]) {
                if class != "talks" {
                    continue;
                }
                class = "talks resume";
            }
            let mut bound: Vec<(Span, PlaceRef)> = Vec::new();
            // "<Place> talks": the place names the event. Before a verb ("to Poznan derailed") a place is where
            // the subject was going or comes from, not where the event was.
            // A structure's or a vessel's own noun, capitalised at a headline's start, is what fell or sank, not
            // a town that a gazetteer happens to hold: "Crane collapses onto container ship in Aqaba".
            if i > 0
                && !word.ends_with("ed")
                && !STRUCTURES.contains(&words[i - 1].as_str())
                && !GOES_DOWN.contains(&words[i - 1].as_str())
                && let Some((span, place)) = place_at(doc, tokens[i - 1].span)
            {
                bound.push((span, place.clone()));
            }
            if let Some(place) = institution_place(doc, tokens[i].span) {
                bound.push(place);
            }
            // "talks (on Tuesday) in <Place>", "an outbreak of hepatitis A in the western town of <Place>",
            // "detained in dawn raids in <Place>": the first place a preposition leads to in the clause.
            // "signed an agreement on pay and funding late on Friday in Abuja": the agreement is the verb's
            // object, and what it is about may follow it before the place, as after an event noun.
            let anchor = reached.or_else(|| signed_agreement(&words, i)).unwrap_or(i);
            let mut j = anchor + 1;
            let mut complement = false;
            // "met community leaders in Juliaca": a verb of meeting takes its object before the place.
            // "handed over to Nigerien officials at the airport in Agadez": the recipient, then the place.
            let object_end = if MEET_VERBS.contains(&word.as_str()) || handed_over {
                i + MEET_OBJECT_WORDS
            } else {
                i
            };
            while j < words.len() && j <= i + 12 {
                if is_clause_gap(text, tokens[j - 1].span.end, tokens[j].span.start) {
                    break;
                }
                // "touched land south of Vatomandry": the place a bearing is taken from.
                if COMPASS.contains(&words[j].as_str())
                    && words.get(j + 1).is_some_and(|w| w == "of")
                    && let Some((span, place)) = place_after(doc, tokens, &words, j + 2)
                {
                    bound.push((span, place.clone()));
                    break;
                }
                if PLACE_PREPOSITIONS.contains(&words[j].as_str()) {
                    // "in Seoul's Gangdong district": the district, which the city holds.
                    if let Some(found) = sites::possessed_place(doc, tokens, &words, j + 1) {
                        bound.push(found);
                        break;
                    }
                    if let Some((span, place)) = place_after(doc, tokens, &words, j + 1) {
                        // "at Murtala Muhammed International Airport in Lagos": the airport and its town.
                        let span = sites::named_facility(doc, tokens, &words, j, span);
                        bound.push((span, place.clone()));
                        break;
                    }
                    // "fell near the village of Rudine", "happened above Semegnjevo": a village the
                    // gazetteer lacks places an event that happens in one place only.
                    if SINGLE_PLACE_CLASSES.contains(&class)
                        && let Some(found) = sites::settlement_at(doc, tokens, &words, j + 1)
                    {
                        bound.push(found);
                        break;
                    }
                    // "in dawn raids in Liège": a phrase of time or manner, then the place.
                    complement = true;
                } else if COMPLEMENT.contains(&words[j].as_str()) && (j == i + 1 || j == anchor + 1)
                {
                    // "outbreak of cholera in": what the event is about, then where.
                    complement = true;
                } else if DISTANCE_UNITS.contains(&words[j].as_str())
                    && tokens[j - 1].kind == crate::segment::TokenKind::Number
                {
                    // "18 kilometres south of": the distance from the town a bearing is taken from.
                } else if !complement
                    && j > object_end
                    && !BRIDGE.contains(&words[j].as_str())
                    && tokens[j].kind != crate::segment::TokenKind::Number
                {
                    break;
                }
                j += 1;
            }
            // "A landslide buried a bus on a mountain highway near Rampur", "a slope collapsed onto National
            // Highway 5 near Kullu": an incident's clause ends in where it happened, past what it struck.
            if bound.is_empty()
                && NEAR_REACH_CLASSES.contains(&class)
                && let Some(found) = near_in_clause(doc, tokens, &words, i)
            {
                bound.push(found);
            }
            // "a section of a road bridge over the Tâmega river at Fridão, in the municipality of Amarante,
            // gave way": the place of the structure that fell, told in its subject.
            if bound.is_empty()
                && class == "collapse"
                && let Some(found) = structure_place(doc, tokens, &words, i)
            {
                bound.push(found);
            }
            // "Delegations arrived in Misratah on Saturday for two-day talks": the place the parties came to,
            // told before the event they came for.
            if bound.is_empty()
                && let Some((span, place)) = arrival_place(doc, tokens, &words, i)
            {
                bound.push((span, place.clone()));
            }
            for (span, place) in bound {
                out.push(EventPlace::new(
                    class,
                    span,
                    place,
                    sentence.span,
                    Vec::new(),
                ));
            }
        }
    }
    out.extend(sites::site_places(doc));
    out
}

/// Classes of incidents whose clause may name what they struck before where: "a landslide buried a bus on a
/// mountain highway near Rampur".
const NEAR_REACH_CLASSES: &[&str] = &["landslide", "collapse", "crash", "fire", "attack", "flood"];

/// How many words after an incident's word its "near <Place>" may stand.
const NEAR_REACH: usize = 12;

/// The place after "near" in the clause of the incident at word `i`: "buried a state-run bus on a mountain
/// highway near Rampur". Only "near" is read: "in" and "at" after a verb's object are often the object's
/// own place ("killed a farmer at his home in"). A "from" or "to" before it makes the place someone's origin
/// or destination ("a bus carrying pilgrims from a temple near Mandi"), and is not read.
fn near_in_clause<'d>(
    doc: &DocFacts<'d>,
    tokens: &[Token],
    words: &[String],
    i: usize,
) -> Option<(Span, PlaceRef)> {
    let text = &doc.doc.text;
    let end = clause_end(text, tokens, i).min(i + 1 + NEAR_REACH);
    let near = (i + 1..end)
        .take_while(|&j| !matches!(words[j].as_str(), "from" | "to"))
        .find(|&j| words[j] == "near")?;
    let (span, place) = place_after(doc, tokens, words, near + 1)?;
    Some((span, place.clone()))
}

/// The word of the agreement that a verb of signing at `i` takes as its object: "signed (an|the) agreement",
/// "signed a new pay deal". The agreement's own words (up to two) stand between.
fn signed_agreement(words: &[String], i: usize) -> Option<usize> {
    if !matches!(words[i].as_str(), "signed" | "signing") {
        return None;
    }
    (i + 1..(i + 4).min(words.len())).find(|&j| AGREEMENTS.contains(&words[j].as_str()))
}

/// Bearings before "of" that place an event from a town: "south of Vatomandry", "north-east of Lyon".
#[rustfmt::skip]
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
    "northwest", "southeast", "southwest",
];

/// How many words before a collapse verb its structure's noun may stand: "a 45-metre section of a road
/// bridge over the Tâmega river at Fridão, in the municipality of Amarante, gave way".
const SUBJECT_WORDS: usize = 16;

/// The place of the structure that the collapse verb at `i` tells the fall of, named in its subject: the
/// first place a preposition leads to after the structure's noun, a town the gazetteer lacks included (its
/// name is a place by the construction). A structure marked as another ("another bridge over the same
/// river collapsed") is not the story's.
fn structure_place(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    i: usize,
) -> Option<(Span, PlaceRef)> {
    let s = (i.saturating_sub(SUBJECT_WORDS)..i)
        .rev()
        .find(|&k| STRUCTURES.contains(&words[k].as_str()))?;
    if words[s.saturating_sub(3)..s]
        .iter()
        .any(|w| OTHER_INSTANCE.contains(&w.as_str()))
    {
        return None;
    }
    (s + 1..i)
        .filter(|&p| matches!(words[p].as_str(), "at" | "in" | "near" | "outside"))
        .find_map(|p| {
            sites::possessed_place(doc, tokens, words, p + 1)
                .or_else(|| {
                    place_after(doc, tokens, words, p + 1)
                        .map(|(span, place)| (span, place.clone()))
                })
                .or_else(|| sites::constructed_place(doc, tokens, words, p + 1))
        })
}

/// Verbs of coming to a place, whose place is the event's when the event is what they came for.
#[rustfmt::skip]
const ARRIVED: &[&str] = &[
    "arrived", "arrive", "arrives", "arriving", "gathered", "travelled", "traveled", "flew", "came",
    "converged", "assembled",
];

/// The place in "<arrived> in <Place> (on Saturday) for (two-day) <event noun at i>", if the clause says so.
fn arrival_place<'d>(
    doc: &DocFacts<'d>,
    tokens: &[Token],
    words: &[String],
    i: usize,
) -> Option<(Span, &'d super::PlaceRef)> {
    let text = &doc.doc.text;
    let gap = |k: usize| is_clause_gap(text, tokens[k].span.end, tokens[k + 1].span.start);
    // Back over the event's own modifiers ("two-day", "a") to "for".
    let for_at = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| !gap(k))
        .find(|&k| words[k] == "for")?;
    // Back over the time ("on Saturday") and the place's own words to the place after a verb of arrival;
    // any other word ("and left for talks") ends the search.
    let passes = |p: usize| {
        BRIDGE.contains(&words[p].as_str())
            || tokens[p].kind == crate::segment::TokenKind::Number
            || tokens[p].span.of(text).starts_with(char::is_uppercase)
    };
    (for_at.saturating_sub(7)..for_at)
        .rev()
        .take_while(|&p| !gap(p) && passes(p))
        .find(|&p| {
            p >= 2
                && matches!(words[p - 1].as_str(), "in" | "to")
                && ARRIVED.contains(&words[p - 2].as_str())
        })
        .and_then(|p| place_at(doc, tokens[p].span))
}

/// One past the last word of the clause that word `i` is in.
fn clause_end(text: &str, tokens: &[Token], i: usize) -> usize {
    (i + 1..tokens.len())
        .find(|&j| is_clause_gap(text, tokens[j - 1].span.end, tokens[j].span.start))
        .unwrap_or(tokens.len())
}

/// How many words after an event noun can mark it as a later instance: "meet again in Bergen next month".
const LATER_WINDOW: usize = 7;

/// Whether the words after an event noun in its clause mark it as a later instance than the story's: "meet
/// again", "in Bergen next month", "next week", "later this year".
fn later_instance(after: &[String]) -> bool {
    after.iter().enumerate().any(|(k, w)| {
        let next = after.get(k + 1).map_or("", String::as_str);
        w == "again"
            || matches!(w.as_str(), "next" | "later")
                && matches!(
                    next,
                    "month" | "week" | "year" | "round" | "time" | "session" | "this"
                )
    })
}

/// The place named at word `k` after a preposition: "Riyadh", "the Riyadh", or the name after a place noun,
/// "the Kazakh port city of Aktau", "the western town of Drohobych".
fn place_after<'d>(
    doc: &DocFacts<'d>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, &'d super::PlaceRef)> {
    // "at the Riyadh", "at a Naivasha hotel".
    let k = k + usize::from(
        words
            .get(k)
            .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an")),
    );
    // The place noun stands in the preposition's own phrase: in "at Fridão, in the municipality of
    // Amarante", the place after "at" is Fridão, and the municipality is the one that holds it.
    let text = &doc.doc.text;
    let noun_of = (k..(k + 4).min(words.len()))
        .take_while(|&j| {
            j == k || !is_clause_gap(text, tokens[j - 1].span.end, tokens[j].span.start)
        })
        .find(|&j| {
            PLACE_NOUNS.contains(&words[j].as_str()) && words.get(j + 1).is_some_and(|w| w == "of")
        });
    if let Some(j) = noun_of
        && let Some(place) = tokens.get(j + 2).and_then(|t| place_at(doc, t.span))
    {
        return Some(place);
    }
    tokens.get(k).and_then(|t| place_at(doc, t.span))
}

/// True when the text between two tokens ends a clause: a comma, semicolon, colon, dash or sentence stop.
fn is_clause_gap(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| gap.contains([',', ';', ':', '.', '(', ')', '\u{2013}', '\u{2014}']))
}

/// The town an institution's name begins with, when the event noun at `span` ends that name: "the Ipoh
/// Sessions Court", "the Taiping High Court". The names stage keeps such a name whole, as an organisation,
/// so the town is looked up in the gazetteer from the name's first word or two; a court is where its town is.
fn institution_place(doc: &DocFacts<'_>, span: Span) -> Option<(Span, PlaceRef)> {
    let text = &doc.doc.text;
    let (mention, _) = doc.names_in(span).find(|(m, e)| {
        m.span.start < span.start
            && m.span.end == span.end
            && e.is_some_and(|e| e.kind == NameKind::Organisation)
    })?;
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut offset = mention.span.start;
    for word in text[mention.span.start..span.start].split(' ') {
        if !word.trim().is_empty() {
            words.push((offset, word.trim()));
        }
        offset += word.len() + 1;
    }
    let gazetteer = crate::resolve::Gazetteer::get();
    // The longer name first: "Kuala Lumpur High Court" is not a court of a town called Kuala.
    (1..=words.len().min(2)).rev().find_map(|n| {
        let (start, _) = words[0];
        let (last, word) = words[n - 1];
        let place_span = Span::new(start, last + word.len());
        let place = gazetteer
            .place(place_span.of(text))
            .filter(|p| p.kind == crate::resolve::PlaceKind::Town)?;
        Some((
            place_span,
            PlaceRef {
                id: u64::from(place.id),
                country: Some(place.country.to_string()).filter(|c| !c.is_empty()),
                level: PlaceLevel::City,
            },
        ))
    })
}

fn place_at<'d>(doc: &DocFacts<'d>, span: Span) -> Option<(Span, &'d super::PlaceRef)> {
    doc.names_in(span).find_map(|(m, e)| {
        let e = e?;
        (e.kind == NameKind::Place && m.span.start <= span.start)
            .then_some((m.span, e.place.as_ref()?))
    })
}

/// Whether two classes of event places tell one event. Talks and the signing of the agreement they reached
/// are one event in two words: "signed an agreement late on Friday in Abuja" and "an all-night meeting at a
/// Lagos hotel, where negotiators signed a deal" place one round of talks. A signing is compared with talks
/// only within one country (a signing alone is compared across countries): talks abroad that end in a
/// signing at home are told by one report as two places, which its own mention guards.
///
/// A landslide is one event with the slope's collapse ("a landslide buried a bus near Rampur" against "a slope
/// collapsed onto the highway near Kullu") and with the flood whose rain set it off, but a flood and another
/// structure's collapse are not one event.
fn one_event(a: &str, b: &str) -> bool {
    a == b || joint_class(a, b).is_some()
}

/// The class under which two classes of one event meet: see [`one_event`].
fn joint_class(a: &str, b: &str) -> Option<&'static str> {
    match (a.min(b), a.max(b)) {
        ("signing", "talks") => Some("talks"),
        ("collapse", "landslide") => Some("collapse"),
        ("flood", "landslide") => Some("flood"),
        _ => None,
    }
}

/// Nouns of a first-level division, after its name or before "of" it: "Oaxaca state", "the state of Oaxaca".
const REGION_NOUNS: &[&str] = &[
    "state",
    "province",
    "region",
    "prefecture",
    "governorate",
    "department",
    "oblast",
];

/// The places a report names as a region: "the Pacific coast of Oaxaca state", "the province of Quang Nam".
/// The gazetteer holds few regions, and a state named like its capital resolves as the town; a story that
/// calls it a state holds its other towns in it, so they are no rivals of it.
fn named_regions(doc: &DocFacts<'_>) -> Vec<u64> {
    let text = &doc.doc.text;
    let mut out = Vec::new();
    for (mention, entity) in doc.mentions.names.iter().zip(doc.entities) {
        let Some(place) = entity.as_ref().and_then(|e| e.place.as_ref()) else {
            continue;
        };
        let after = text[mention.span.end..]
            .split_whitespace()
            .next()
            .map(fold)
            .unwrap_or_default();
        let before: Vec<String> = text[..mention.span.start]
            .split_whitespace()
            .rev()
            .take(2)
            .map(fold)
            .collect();
        let noun_after = REGION_NOUNS.contains(&after.trim_end_matches([',', '.', ';', ':']));
        let noun_before =
            before.len() == 2 && before[0] == "of" && REGION_NOUNS.contains(&before[1].as_str());
        if noun_after || noun_before {
            out.push(place.id);
        }
    }
    out
}

/// Place conflicts across the reports of one story.
pub fn event_location(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    let year = story_year(docs);
    let per_doc: Vec<Vec<EventPlace>> = docs.iter().map(event_places).collect();
    let eras: Vec<Vec<Era>> = docs
        .iter()
        .zip(&per_doc)
        .map(|(doc, places)| places.iter().map(|p| era(doc, p, year)).collect())
        .collect();
    let regions: BTreeSet<u64> = docs.iter().flat_map(named_regions).collect();
    // class -> (place id pair) -> sides
    let mut conflicts: BTreeMap<(&str, u64, u64), BTreeSet<Side>> = BTreeMap::new();
    for (x, places_x) in per_doc.iter().enumerate() {
        for (y, places_y) in per_doc.iter().enumerate().skip(x + 1) {
            for (px, era_x) in places_x.iter().zip(&eras[x]) {
                for (py, era_y) in places_y
                    .iter()
                    .zip(&eras[y])
                    .filter(|(p, _)| one_event(p.class, px.class) && p.place != px.place)
                {
                    // "Earthquake in Oaxaca" against "18 kilometres south of Pinotepa Nacional": a story that
                    // calls one of them a state ("the Pacific coast of Oaxaca state") holds the town in it. Two
                    // regions ("the Samarkand region", "the Bukhara region") are still rivals.
                    if regions.contains(&px.place) != regions.contains(&py.place) {
                        continue;
                    }
                    // An earlier event told as background is not the story's event of today.
                    if matches!(
                        (era_x, era_y),
                        (Era::Earlier, Era::Current) | (Era::Current, Era::Earlier)
                    ) {
                        continue;
                    }
                    let same_country = px.country.is_some() && px.country == py.country
                        || DESTINATION_CLASSES.contains(&px.class)
                            && (px.country.is_none() || py.country.is_none());
                    // Two groups of different sizes ("three ... to Sucre", "two ... to Oruro") may have gone
                    // to two places.
                    let groups_differ = !px.counts.is_empty()
                        && !py.counts.is_empty()
                        && !px.counts.iter().any(|c| py.counts.contains(c));
                    if groups_differ {
                        continue;
                    }
                    let both_local = px.level == PlaceLevel::City && py.level == PlaceLevel::City;
                    let single_place = SINGLE_PLACE_CLASSES.contains(&px.class)
                        && SINGLE_PLACE_CLASSES.contains(&py.class);
                    if !(same_country || single_place) || !both_local {
                        continue;
                    }
                    let mentions = |places: &[EventPlace], id: u64| {
                        places.iter().any(|p| {
                            (one_event(p.class, px.class) || one_event(p.class, py.class))
                                && p.place == id
                        })
                    };
                    if mentions(places_x, py.place) || mentions(places_y, px.place) {
                        continue;
                    }
                    // Talks and the signing they ended in meet under the talks' class.
                    let class = joint_class(px.class, py.class).unwrap_or(px.class);
                    let key = (class, px.place.min(py.place), px.place.max(py.place));
                    insert_pair(
                        conflicts.entry(key).or_default(),
                        [
                            (docs[x].index, px.name, px.context),
                            (docs[y].index, py.name, py.context),
                        ],
                    );
                }
            }
        }
    }
    let mut out: Vec<Difference> = conflicts
        .into_iter()
        .map(|((class, _, _), sides)| place_conflict(docs, sides, &format!("{class} placed in")))
        .collect();
    out.extend(phrase_site_conflicts(docs));
    out
}

/// When the sentence binding a place dates its event: to another year than the story's, with no day of the
/// story beside it ("since a motorcyclist died when a road collapsed in Seoul's Gangdong district in March
/// 2025"), to the story's days ("A road in Busan collapsed this afternoon", "on Wednesday"), or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Era {
    Earlier,
    Current,
    Undated,
}

/// Words that date an event to the day a report is told.
const TODAY: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "this morning",
    "this afternoon",
    "this evening",
];

/// The era of the event a place is bound to, by the dates of its sentence. An earlier event dated by its year
/// is background, and its place is no rival of the place of the story's event dated to the story's day; two
/// reports that both tell the earlier event ("the section that collapsed near Gostivar in March 2024", "the
/// embankment gave way near Kičevo") still compare it, and a year that dates something else in a sentence
/// that gives the story's day ("the bridge, built in 1974, collapsed on Tuesday in") dates the story's event.
fn era(doc: &DocFacts<'_>, place: &EventPlace, year: Option<i32>) -> Era {
    use crate::extract::DateValue;
    let dates: Vec<&DateValue> = doc.dates_in(place.context).map(|d| &d.value).collect();
    let sentence = doc.text(place.context).to_lowercase();
    let story_day = TODAY.iter().any(|t| {
        sentence.match_indices(t).any(|(at, _)| {
            let before = sentence[..at].chars().next_back();
            let after = sentence[at + t.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }) || dates.iter().any(|d| match d {
        DateValue::Weekday(_) => true,
        DateValue::Date { year: y, day, .. } => {
            y.is_some() && *y == year || y.is_none() && day.is_some()
        }
        DateValue::Relative(_) => false,
    });
    let other_year = dates
        .iter()
        .any(|d| matches!(d, DateValue::Date { year: Some(y), .. } if Some(*y) != year));
    match (story_day, other_year) {
        (true, _) => Era::Current,
        (false, true) => Era::Earlier,
        (false, false) => Era::Undated,
    }
}

/// One site named alike ("the canal gates") placed by two reports near two towns of one country, or near a town
/// the gazetteer lacks. A report that places it by both towns is left alone.
fn phrase_site_conflicts(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    let per_doc: Vec<Vec<sites::PhraseSite>> = docs.iter().map(sites::phrase_sites).collect();
    let mut conflicts: BTreeMap<(&str, u64, u64), BTreeSet<Side>> = BTreeMap::new();
    for (x, sx) in per_doc.iter().enumerate() {
        for (y, sy) in per_doc.iter().enumerate().skip(x + 1) {
            for a in sx {
                for b in sy
                    .iter()
                    .filter(|b| b.phrase == a.phrase && b.place.id != a.place.id)
                {
                    let (pa, pb) = (&a.place, &b.place);
                    let one_country =
                        pa.country.is_none() || pb.country.is_none() || pa.country == pb.country;
                    let both_local = pa.level == PlaceLevel::City && pb.level == PlaceLevel::City;
                    let places = |list: &[sites::PhraseSite], id: u64| {
                        list.iter()
                            .any(|s| s.phrase == a.phrase && s.place.id == id)
                    };
                    if !one_country || !both_local || places(sx, pb.id) || places(sy, pa.id) {
                        continue;
                    }
                    let key = (a.phrase.as_str(), pa.id.min(pb.id), pa.id.max(pb.id));
                    insert_pair(
                        conflicts.entry(key).or_default(),
                        [
                            (docs[x].index, a.name, a.context),
                            (docs[y].index, b.name, b.context),
                        ],
                    );
                }
            }
        }
    }
    conflicts
        .into_iter()
        .map(|((phrase, _, _), sides)| {
            place_conflict(docs, sides, &format!("the {phrase} placed near"))
        })
        .collect()
}

/// Adds the two sides of a conflict found between two reports, each as (document, value span, context).
fn insert_pair(sides: &mut BTreeSet<Side>, pair: [(usize, Span, Span); 2]) {
    for (doc, span, context) in pair {
        sides.insert(Side { doc, span, context });
    }
}

/// A place conflict with its sides, the message naming each side's place and report after `what`.
fn place_conflict(docs: &[DocFacts<'_>], sides: BTreeSet<Side>, what: &str) -> Difference {
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
    let message = format!("{what} {}", places.join(" vs "));
    Difference::new(Kind::PlaceConflict, None, sides, message)
}

/// Nouns of the administrative units a place sits in: "the village of Chiquixji, in the municipality of Tactic".
const ADMIN_UNITS: &[&str] = &[
    "municipality",
    "district",
    "province",
    "region",
    "county",
    "department",
    "state",
    "governorate",
    "prefecture",
    "canton",
    "commune",
    "parish",
    "regency",
    "oblast",
    "raion",
];

/// A named place set in a larger one by one report: "<name>, in the <unit> of <place>".
struct Setting {
    entity: usize,
    unit: String,
    place: u64,
    level: PlaceLevel,
    name: Span,
    context: Span,
}

fn settings(doc: &DocFacts<'_>) -> Vec<Setting> {
    let text = &doc.doc.text;
    let mut out = Vec::new();
    for (_, sentence) in doc.slot_sentences() {
        let tokens: &[Token] = doc.seg.sentence_tokens(sentence);
        let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
        for k in 1..tokens.len() {
            // "..., in the municipality of <place>" right after a name.
            let shape = words[k] == "in"
                && words.get(k + 1).is_some_and(|w| w == "the")
                && words
                    .get(k + 2)
                    .is_some_and(|w| ADMIN_UNITS.contains(&w.as_str()))
                && words.get(k + 3).is_some_and(|w| w == "of");
            if !shape {
                continue;
            }
            // Any kind of name: a village the gazetteer does not know may have been taken for a person.
            let Some((_, Some(named))) = doc
                .names_in(tokens[k - 1].span)
                .find(|(m, _)| m.span.end == tokens[k - 1].span.end)
            else {
                continue;
            };
            let Some((span, place)) = tokens.get(k + 4).and_then(|t| place_at(doc, t.span)) else {
                continue;
            };
            if place.id == named.place.as_ref().map_or(u64::MAX, |p| p.id) {
                continue;
            }
            out.push(Setting {
                entity: named.id,
                unit: words[k + 2].clone(),
                place: place.id,
                level: place.level,
                name: span,
                context: sentence.span,
            });
        }
    }
    out
}

/// One place set in two different larger places by two reports: "the village of Chiquixji, in the
/// municipality of San Cristobal Verapaz" against "the community of Chiquixji, in the municipality of Tactic".
/// A village lies in one municipality; a report that sets it in both (a border village) is left alone.
pub fn place_settings(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    let per_doc: Vec<Vec<Setting>> = docs.iter().map(settings).collect();
    let mut conflicts: BTreeMap<(usize, u64, u64), BTreeSet<Side>> = BTreeMap::new();
    for (x, sx) in per_doc.iter().enumerate() {
        for (y, sy) in per_doc.iter().enumerate().skip(x + 1) {
            for a in sx {
                for b in sy.iter().filter(|b| {
                    b.entity == a.entity
                        && b.unit == a.unit
                        && b.place != a.place
                        && b.level == a.level
                }) {
                    let sets = |list: &[Setting], place: u64| {
                        list.iter()
                            .any(|s| s.entity == a.entity && s.place == place)
                    };
                    if sets(sx, b.place) || sets(sy, a.place) {
                        continue;
                    }
                    let key = (a.entity, a.place.min(b.place), a.place.max(b.place));
                    insert_pair(
                        conflicts.entry(key).or_default(),
                        [
                            (docs[x].index, a.name, a.context),
                            (docs[y].index, b.name, b.context),
                        ],
                    );
                }
            }
        }
    }
    conflicts
        .into_values()
        .map(|sides| place_conflict(docs, sides, "one place set in"))
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
    // "damaging about 1,200 homes" and "some 3,000 houses were damaged": dwellings, counted under either noun.
    &["home", "house", "dwelling"],
    &["ship", "vessel", "boat", "tanker", "freighter", "carrier"],
    &["protester", "demonstrator"],
    // "a fee of €1.2 million" and "paid €1.8 million" (a payment, read as the price): one transaction's sum.
    // "a $2.5 billion pact" and "a $2.65 billion partnership" value one agreement, which is its price too.
    &["price", "fee", "deal", "agreement", "pact", "accord", "partnership"],
    // Money taken by robbers, or by officials from funds they held: one sum.
    &["stolen", "embezzled"],
    // "causing the state a loss of €3.2 million" and "caused damage of 2.3 million euros to the state
    // budget": what an offence cost its victim, as a loss or as damage.
    &["loss", "damage"],
    // "a 12 percent pay rise" and "a 10 percent rise, in two parts": one rise, named in full or not.
    &["pay rise", "rise"],
    // "demand a ransom of 6 million dollars" and "have demanded 4 million dollars": one demanded sum, named
    // in one report and not in the other (a sum demanded with no noun is keyed "sum").
    &["ransom (demanded)", "sum (demanded)"],
];

/// The class a head noun belongs to: the first word of its class, or the head itself.
fn head_class(head: &str) -> &str {
    HEAD_CLASSES
        .iter()
        .find(|class| class.contains(&head))
        .map_or(head, |class| class[0])
}

/// Values of one quantity agree when the values each allows overlap: equal figures, a figure inside a range
/// ("37" and "between 30 and 40"), a bound that holds ("at least 23" and "31"), or an approximate figure near
/// another ("about 40"). A calendar unit ("two months" against "60 days") and a figure given in another unit
/// ("5 km" against "three miles", a rounded conversion) leave a little room.
pub(super) fn readings_agree(x: &Reading, y: &Reading) -> bool {
    let tolerance = if x.unit != y.unit {
        0.06
    } else if x.calendar || y.calendar {
        0.02
    } else {
        // Rounding: "1.2 million" against "1,200,000", "4.5 years" against "54 months". Figures given more
        // finely than that ("2:05:12" against "2:05:21", to the second) differ by any step of theirs.
        let finest = x.step.max(y.step);
        let value = x.value.abs().max(y.value.abs());
        if finest > 0.0 && value > 0.0 {
            1e-3_f64.min(0.5 * finest / value)
        } else {
            1e-3
        }
    };
    // "at least 19 killed" against "at least 28 killed": each bound is the count its report knows, so two
    // bounds of one direction compare as the figures they are, with an approximate figure's room.
    let same_bounds = x.limit == y.limit && matches!(x.limit, Limit::AtLeast | Limit::AtMost);
    // Under a hundred, such a bound is a count of what was confirmed, not a figure rounded to its step: "at
    // least 30 killed" and "at least 28 killed" are two tolls, whereas "more than 12,000" is rounded.
    let counted = same_bounds && x.value < 100.0 && y.value < 100.0;
    let bound_as = if counted { Limit::Exact } else { Limit::About };
    let as_figure = |r: &Reading| r.interval(if same_bounds { bound_as } else { r.limit });
    let ((xl, xh), (yl, yh)) = (as_figure(x), as_figure(y));
    let (low, high) = (xl.max(yl), xh.min(yh));
    low <= high || low - high <= tolerance * low.abs().max(high.abs()).max(1e-9)
}

/// One report's figure for a quantity, in comparable units (durations in days, masses in kg).
#[derive(Clone, Debug)]
pub(super) struct Reading {
    value: f64,
    /// The top of a range, in the same units as `value`.
    upper: Option<f64>,
    limit: Limit,
    /// The step the figure is rounded to, in the same units as `value`.
    step: f64,
    /// The unit as written, before conversion.
    unit: Option<String>,
    /// The unit is a month, year or longer, whose length in days is a convention.
    calendar: bool,
    /// The head says by itself what is counted ([`crate::extract::NumberMention::framed`]).
    framed: bool,
    span: Span,
    sentence: usize,
}

impl Reading {
    /// The reading of a number mention.
    pub(super) fn of(n: &crate::extract::NumberMention) -> Reading {
        let value = n.comparable().0;
        let factor = if n.value == 0.0 { 1.0 } else { value / n.value };
        Reading {
            value,
            upper: n.upper.map(|u| u * factor),
            limit: n.limit,
            step: n.step * factor,
            unit: n.unit.clone(),
            calendar: matches!(
                n.unit.as_deref(),
                Some("month" | "year" | "decade" | "century")
            ),
            framed: n.framed,
            span: n.span,
            sentence: n.sentence,
        }
    }

    /// The values the figure allows, read with `limit`.
    fn interval(&self, limit: Limit) -> (f64, f64) {
        let (low, high) = (self.value, self.upper.unwrap_or(self.value));
        match limit {
            Limit::Exact => (low, high),
            // "about 30" stands for what rounds to 30: half its step, between a twentieth and an eighth
            // of the figure ("two dozen" allows 21 to 27, "about 4,500" 4,275 to 4,725).
            Limit::About => {
                let room = |v: f64| (self.step / 2.0).clamp(0.05 * v.abs(), 0.125 * v.abs());
                (low - room(low), high + room(high))
            }
            // A lower bound under a hundred and not a round figure is the count its report could confirm
            // ("at least 11 climbers were killed"), as two such bounds are compared: another report's 14 is
            // another count. "More than sixty" is rounded, and is read as the rounded figures below.
            Limit::AtLeast if high < 100.0 && self.step <= 1.0 => (low, high),
            // "more than 12,000 runners" is a figure rounded down to its step, not any figure above it: a
            // count of 21,000 would have been reported as "more than 20,000". So the bound allows two steps
            // above it.
            Limit::AtLeast => (low, high.max(low + 2.0 * self.step)),
            Limit::AtMost => (f64::NEG_INFINITY, high),
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

/// Heads that say by themselves what happened to what they count: "42 dead" needs no verb. A recall's
/// production lots and batches are counted only as what the recall covers: "covers 38 lots" and "was
/// detected in thirty-three lots" count one set.
/// Firefighters and rescuers counted with nothing befalling them (their injured are keyed by what befell them)
/// are the force sent to the scene: "put out by 60 firefighters" and "85 firefighters fought the blaze" count
/// one crew, in words that need share nothing.
const SELF_DESCRIBING_HEADS: &[&str] = &[
    "dead",
    "injured",
    "missing",
    "hostage",
    "fatality",
    "casualty",
    "lot",
    "batch",
    "firefighter",
    "rescuer",
];

/// The content words around a number, for counts whose head alone does not say what is counted: "carrying
/// 140 passengers" and "killing three passengers" count different people. A word right before the head
/// ("polling" of "six polling stations") names what is counted with it, and is kept unless `noun_apart`.
fn count_context(doc: &DocFacts<'_>, span: Span, head: &str, noun_apart: bool) -> BTreeSet<String> {
    let tokens = &doc.seg.tokens;
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    let window = &tokens[first.saturating_sub(3)..(last + 3).min(tokens.len())];
    let words: Vec<String> = window
        .iter()
        .map(|t| fold(t.span.of(&doc.doc.text)))
        .collect();
    // "geese" counts what the head "goose" does: an irregular plural is the head too, not a word around it.
    let is_head = |w: &str| w.starts_with(head) || crate::extract::singular(w) == head;
    let modifies_head = |i: usize| words.get(i + 1).is_some_and(|next| is_head(next));
    let context = window
        .iter()
        .zip(&words)
        .enumerate()
        .filter(|&(i, (t, _))| {
            t.kind == crate::segment::TokenKind::Word
                && !(span.start <= t.span.start && t.span.end <= span.end)
                && !(noun_apart && modifies_head(i))
        })
        .map(|(_, (_, w))| w.clone())
        .filter(|w| !crate::align::stopword(w) && !is_head(w) && w.len() > 2)
        .map(|w| w.chars().take(5).collect::<String>())
        .map(|w| on_board_word(&w).map_or(w, str::to_string))
        .collect::<BTreeSet<String>>();
    // "20 passengers were on board" puts its "board" a few words past the head, beyond the window.
    let tail = &tokens[(last + 3).min(tokens.len())..(last + 5).min(tokens.len())];
    let mut context = context;
    context.extend(
        tail.iter()
            .map(|t| fold(t.span.of(&doc.doc.text)))
            .filter_map(|w| on_board_word(&w.chars().take(5).collect::<String>()))
            .map(str::to_string),
    );
    context
}

/// Words that say a count is what a craft held: "a balloon carrying 16 passengers", "20 passengers were on
/// board", "with 30 people aboard" all count who was on it, so they are read as one word ("board") when the
/// words around two counts are matched. Other words stay apart: "killing three passengers" is not who was on
/// board.
fn on_board_word(word: &str) -> Option<&'static str> {
    matches!(word, "carry" | "carri" | "board" | "aboar").then_some("board")
}

/// Whether one count is five times the other or more: "only nine life jackets were on board" and "a programme
/// that has provided more than 60,000 life jackets" are not one count misreported, so their noun alone
/// ("life jackets") does not tie them; the words around must. Nor are "27 poultry farms inside the
/// surveillance zone" and a neighbouring county's "more than 200 poultry farms": a count misreported is seldom
/// five times another, and a slipped decimal point is read apart ([`decimal_slip`]).
fn far_apart(x: &Reading, y: &Reading) -> bool {
    let (low, high) = (x.value.min(y.value), x.value.max(y.value));
    high >= 5.0 * low
}

/// True when two large counts are of one order: neither is twice the other. "More than 12,000 runners took
/// part" and "some 21,000 runners were packed along the road" tell one crowd in other words around it, while a
/// count of another group under the same noun is mostly of another size: "carrying 140 passengers" against
/// "killing three passengers". Small counts are left to their context, where a part and its whole are near.
/// Two estimates ("some 800 farmers", "about 2,000 farmers") may be further apart: a crowd's size is what
/// organisers and officials disagree on, by more than half, and two groups that both go uncounted under one
/// noun are rarer than one crowd estimated twice.
fn same_order(x: &Reading, y: &Reading) -> bool {
    let (low, high) = (x.value.min(y.value), x.value.max(y.value));
    let estimate = |r: &Reading| matches!(r.limit, Limit::About | Limit::AtLeast);
    let factor = if estimate(x) && estimate(y) { 3.0 } else { 2.0 };
    low >= 100.0 && high < factor * low
}

/// The place a distance with no noun is measured from: "about 90 kilometres south of Tromsø", "some 150
/// kilometres from Tromsö". Two reports that give one town's distance to what the story is about (where an
/// engine failed, where a quake struck) give it to one spot; see [`share_sentence_words`] for the guard.
fn distance_origin<'d>(
    doc: &DocFacts<'d>,
    n: &crate::extract::NumberMention,
) -> Option<&'d super::EntityRef> {
    if n.head.is_some() || n.comparable().1 != Some("km") {
        return None;
    }
    let text = &doc.doc.text;
    let after = text.get(n.span.end..)?;
    let rest = after.trim_start();
    let cut = rest.char_indices().nth(24).map_or(rest.len(), |(i, _)| i);
    let lower = fold(&rest[..cut]);
    let bearing = COMPASS
        .iter()
        .filter(|c| lower.starts_with(**c) && lower[c.len()..].starts_with(' '))
        .map(|c| c.len())
        .max();
    let skip = bearing.unwrap_or(0);
    let tail = rest.get(skip..)?.trim_start();
    let preposition = if bearing.is_some() { "of " } else { "from " };
    let place = tail.get(..preposition.len())?;
    if !place.eq_ignore_ascii_case(preposition) {
        return None;
    }
    let at = text.len() - tail.len() + preposition.len();
    let at = at + text.get(at..)?.len() - text.get(at..)?.trim_start().len();
    doc.names_in(Span::new(at, at + 1))
        .find_map(|(m, e)| (m.span.start == at).then_some(e).flatten())
        .filter(|e| e.kind == NameKind::Place)
}

/// Whether the sentences of two figures share at least two content words besides the figures and the names:
/// "smoke from the left engine about 90 kilometres south of Tromsø" and "smoke in the left engine some 150
/// kilometres from Tromsö" tell one spot; "the hospital, 250 kilometres north of Vienna" and "the border, 60
/// kilometres from Vienna" do not.
fn share_sentence_words(x: &DocFacts<'_>, rx: &Reading, y: &DocFacts<'_>, ry: &Reading) -> bool {
    let words = |doc: &DocFacts<'_>, r: &Reading| -> BTreeSet<String> {
        let Some(sentence) = doc.seg.sentences.get(r.sentence) else {
            return BTreeSet::new();
        };
        doc.seg
            .sentence_tokens(sentence)
            .iter()
            .filter(|t| t.kind == crate::segment::TokenKind::Word)
            .filter(|t| {
                doc.numbers_in(t.span).next().is_none() && doc.names_in(t.span).next().is_none()
            })
            .map(|t| fold(t.span.of(&doc.doc.text)))
            .filter(|w| w.len() > 2 && !crate::align::stopword(w))
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    words(x, rx).intersection(&words(y, ry)).count() >= 2
}

/// True when two large counts have the same digits a power of ten apart: "1.4 million boxes" against "140,000
/// boxes" is one figure with its decimal point moved, which the words around each need not repeat. Two groups
/// counted under one noun seldom share their digits so.
fn decimal_slip(x: &Reading, y: &Reading) -> bool {
    let (low, high) = (x.value.min(y.value), x.value.max(y.value));
    high >= 1000.0
        && low > 0.0
        && [10.0, 100.0, 1000.0]
            .iter()
            .any(|&p: &f64| (high / low - p).abs() <= 1e-6 * p)
}

/// Heads too general to name one quantity: "42 people" killed and "700,000 people" displaced. People counted
/// without what befell them ("four men" arrested, "six men" who took part) are as general.
fn is_generic_head(head: &str) -> bool {
    matches!(
        head,
        "people" | "person" | "persons" | "other" | "others" | "time" | "times" | "one" | "thing"
    ) || crate::extract::is_person_noun(head)
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

/// The key of a distance from a place, before the place's entity id.
const DISTANCE_FROM: &str = "distance from #";

/// Number conflicts across the reports of one story: one head noun (or its synonyms) and unit, with values
/// that disagree.
pub fn quantities(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    // Head, comparable unit, and whether the figure is a whole that a part is of.
    type Key = (String, Option<String>, bool);
    let year = story_year(docs);
    let mut by_key: BTreeMap<Key, BTreeMap<usize, Vec<Reading>>> = BTreeMap::new();
    // Values reports give as superseded ("down from the 312-vote lead"), by key and report.
    let mut superseded: BTreeMap<Key, Vec<(usize, Reading)>> = BTreeMap::new();
    for (d, doc) in docs.iter().enumerate() {
        for n in &doc.mentions.numbers {
            let aged = aged_person(doc, n);
            let origin = distance_origin(doc, n);
            let Some(head) = aged
                .map(|person| format!("age of {}", person.canonical))
                .or_else(|| origin.map(|place| format!("{DISTANCE_FROM}{}", place.id)))
                .or_else(|| n.head.as_deref().map(|h| head_class(h).to_string()))
            else {
                continue;
            };
            // Parts, previous values and figures of another year are not the story's figure for the head.
            let other_year = n.year.is_some() && n.year != year;
            // A whole is the size of one group ("houses its 1,100 pupils", "54 of the 101 seats"), which its
            // noun names well enough however general: it meets only other wholes.
            let generic =
                aged.is_none() && !n.whole && n.head.as_deref().is_some_and(is_generic_head);
            if generic || n.partial || other_year || doc.is_conversion(n) {
                continue;
            }
            let mut reading = Reading::of(n);
            let mut unit = n.comparable().1.map(str::to_string);
            if aged.is_some() {
                // "Beridze, 44," and "the 44-year-old" are one person's age, which is given to the year.
                unit = None;
                reading.unit = None;
                reading.step = 1.0;
                reading.framed = true;
            }
            let key = (head, unit, n.whole);
            if n.previous {
                superseded.entry(key).or_default().push((d, reading));
                continue;
            }
            by_key
                .entry(key)
                .or_default()
                .entry(d)
                .or_default()
                .push(reading);
        }
    }
    let mut out = Vec::new();
    for (key, per_doc) in by_key {
        let old = superseded.get(&key).map_or(&[][..], Vec::as_slice);
        let (head, unit, _) = key;
        // A report that gives two values for one head presents them as different things: two defendants'
        // prison terms, two towns' tolls. Its first value, the lead's, is the one of the story's main subject;
        // it stands for the report, but only against a report whose figures none of its values allow, since
        // another report's figure may be of the other thing.
        // A first value that another report gives as superseded ("down from the 312-vote lead announced on
        // Monday") is the old figure, told first by a report that goes on to the new one ("declared the
        // winner by 312 votes ... Final difference after the recount: 278 votes"): its next value leads.
        let single: Vec<(usize, Vec<Reading>, Vec<Reading>)> = per_doc
            .into_iter()
            .map(|(d, readings)| {
                let is_old =
                    |r: &Reading| old.iter().any(|(od, o)| *od != d && readings_agree(o, r));
                let first = readings
                    .iter()
                    .find(|r| !is_old(r))
                    .unwrap_or(&readings[0])
                    .clone();
                let lead: Vec<Reading> = readings
                    .iter()
                    .filter(|r| readings_agree(r, &first))
                    .cloned()
                    .collect();
                (d, lead, readings)
            })
            .collect();
        let context = |doc: &DocFacts<'_>, r: &Reading| {
            doc.seg.sentences.get(r.sentence).map_or(r.span, |s| s.span)
        };
        let mut sides = BTreeSet::new();
        for (i, (dx, rx, all_x)) in single.iter().enumerate() {
            for (dy, ry, all_y) in single.iter().skip(i + 1) {
                let (x, y) = (&docs[*dx], &docs[*dy]);
                // A figure of the other report's allows a report's figures when it agrees with its lead. Two
                // figures that agree past both leads ("rejected by 36 votes to 31" in both) are some other
                // thing both reports tell, and say nothing of the leads ("passed by 39 votes" against "with 41
                // votes").
                let allowed = all_y.iter().any(|b| readings_agree(&rx[0], b))
                    || all_x.iter().any(|a| readings_agree(a, &ry[0]));
                if allowed || different_referents(x, &rx[0], y, &ry[0]) {
                    continue;
                }
                // An altitude no noun names ("about 15 metres above the trees") may be of anything that
                // is up: the balloon's when the gust hit, a cabin's left hanging. Two compare only when their
                // sentences tell one scene, as two distances from a town must.
                let unnamed = head.starts_with(DISTANCE_FROM) || head == "altitude";
                if unnamed && !share_sentence_words(x, &rx[0], y, &ry[0]) {
                    continue;
                }
                // A bare count compares only when the words around it agree on what is counted.
                let bare = unit.is_none()
                    && !SELF_DESCRIBING_HEADS.contains(&head.as_str())
                    && !(rx[0].framed || ry[0].framed);
                if bare
                    && !same_order(&rx[0], &ry[0])
                    && !decimal_slip(&rx[0], &ry[0])
                    && count_context(x, rx[0].span, &head, far_apart(&rx[0], &ry[0])).is_disjoint(
                        &count_context(y, ry[0].span, &head, far_apart(&rx[0], &ry[0])),
                    )
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
                format!(
                    "{}: {}",
                    if head.starts_with(DISTANCE_FROM) {
                        "distance"
                    } else {
                        &head
                    },
                    values.join(" vs ")
                ),
            ));
        }
    }
    out
}

/// The person a figure of age is of, so that each report's age of one person meets the others' under one key
/// however it is worded: the name just before it ("Moussa Harouna, 34,"; "Dashdorzh, a 41-year-old
/// engineer"), a name just after it ("the 23-year-old Ethiopian Tsegaye Gebremedhin"), or, for "the
/// 24-year-old" with no person named before it in its sentence, the person the nearest sentence before names
/// first, as a "his" is read ("Gebremedhin was suspended ... The 24-year-old won in Seoul"). Only a definite
/// article refers back: "a 56-year-old man" is someone not named yet.
fn aged_person<'e>(
    doc: &DocFacts<'e>,
    n: &crate::extract::NumberMention,
) -> Option<&'e super::facts::EntityRef> {
    let is_age = n.unit.as_deref() == Some("age")
        || n.head.as_deref().is_some_and(|h| h.starts_with("age of "));
    if !is_age {
        return None;
    }
    let text = &doc.doc.text;
    let sentence = doc.seg.sentences.get(n.sentence)?.span;
    let people = doc
        .mentions
        .names
        .iter()
        .zip(doc.entities)
        .filter_map(|(m, e)| {
            let e = e.as_ref()?;
            let inside = m.span.start >= sentence.start && m.span.end <= sentence.end;
            (inside && matches!(e.kind, NameKind::Person | NameKind::Unknown))
                .then_some((m.span, e))
        });
    let mut before = None;
    let mut after = None;
    for (span, e) in people {
        if span.end <= n.span.start {
            before = Some((span, e));
        } else if span.start >= n.span.end && after.is_none() {
            after = Some((span, e));
        }
    }
    if let Some((span, e)) = before {
        let gap = fold(text[span.end..n.span.start].trim());
        if matches!(gap.as_str(), "," | ", a" | ", an" | ", the") {
            return Some(e);
        }
    }
    // Up to three words and no punctuation between the age and the name: "the 24-year-old runner X".
    if let Some((span, e)) = after {
        let gap = &text[n.span.end..span.start];
        if gap.split_whitespace().count() <= 3
            && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
        {
            return Some(e);
        }
    }
    let lead = fold(text[sentence.start..n.span.start].trim_end());
    if before.is_some() || !(lead == "the" || lead.ends_with(" the")) {
        return None;
    }
    person_before(
        doc,
        n.sentence,
        sentence.start,
        None,
        &[NameKind::Person, NameKind::Unknown],
    )
}

/// Words that name an event whose day reports must agree on, by class: a crash and a verdict in one story
/// have days of their own.
#[rustfmt::skip]
const DATED_CLASSES: &[(&str, &[&str])] = &[
    ("incident", &["crash", "crashed", "collision", "collided", "derailment", "derailed", "accident", "sank",
        "capsized", "explosion", "exploded", "blast", "attack", "attacked", "earthquake", "quake", "shooting",
        "stabbing", "bombing", "landslide", "robbery", "robbed",
        // A theft is an incident as a robbery is: "the theft was discovered early on Sunday".
        "theft", "heist", "burglary",
        // "The bus overturned near Fès on 17 April", "the ferry ran aground on 2 October".
        "overturned", "aground", "plunged",
        // Verbs of a lasting incident's start: "the volcano erupted on Thursday", "gas leaked on Monday".
        "erupted", "leaked",
        // "Ammonia escaped from a storage unit late on Tuesday", "three inmates escaped on Sunday".
        "escaped",
        // Crowds: "a crush at a gate of the stadium on Saturday".
        "crush", "stampede"]),
    ("verdict", &["verdict", "sentenced", "convicted", "acquitted", "ruled", "ruling", "judgment",
        "judgement"]),
    ("election", &["election", "elections", "voted", "polls", "referendum"]),
    // "After Thursday's recount", "the recount ..., carried out on Friday": a recount is an event of its
    // own, after the election it counts again.
    ("recount", &["recount", "recounted"]),
    ("match", &["final", "match", "game", "race", "derby"]),
    ("signing", &["signed", "signing"]),
    // Captives set free: "the two aid workers were freed on Sunday".
    ("release", &["freed"]),
    // "Authorities evacuated the village on Wednesday night": an evacuation is an event of its own, apart
    // from the threat that caused it.
    ("evacuation", &["evacuated", "evacuation"]),
];

/// Words of coming into force or running out: the day after them is the agreement's start or end.
const TAKES_EFFECT: &[&str] = &[
    "effect",
    "effective",
    "force",
    "expire",
    "expires",
    "expired",
    "lapse",
    "lapses",
    "until",
];

/// Verbs that date the end of talks ("the talks ended on Sunday"); they say so only in a sentence about talks.
const ENDED: &[&str] = &["ended", "concluded", "collapsed", "separated", "broke"];

/// Incidents that last for days: a fire still burning "for a second day on Wednesday" is not dated by that
/// day. Only the day it started dates it ("broke out on Tuesday").
const LASTING: &[&str] = &[
    "fire", "wildfire", "blaze", "flood", "floods", "flooding", "storm",
    // "The outage, which began on 17 June, lasted 52 hours": a power or network failure, a volcano's eruption
    // and a leak run on too, and are dated by their start.
    "outage", "outages", "blackout", "eruption", "leak", "spill",
];

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

/// Whether word `k` is the "down" of "came down": "the hill came down early Friday" is a collapse too.
fn came_down(words: &[String], k: usize) -> bool {
    words[k] == "down" && k > 0 && matches!(words[k - 1].as_str(), "came" | "come" | "comes")
}

/// Aircraft, whose coming down away from an airfield is their crash: "a hot-air balloon came down hard in a
/// field", "the helicopter came down in the sea".
#[rustfmt::skip]
const AIRCRAFT: &[&str] = &[
    "plane", "aircraft", "airliner", "helicopter", "jet", "balloon", "glider", "airship", "seaplane",
];

/// Whether word `k` tells an aircraft's crash in words other than "crashed": it "came down", or "made a hard
/// landing", "landed hard", "crash-landed". Outlets tell one accident by any of these, so they date one
/// incident. A plain landing ("the minister's plane landed in Hanoi") is an arrival and is not read, and an
/// emergency landing keeps its own class.
fn aircraft_down(words: &[String], k: usize) -> bool {
    let aircraft = || words.iter().any(|w| AIRCRAFT.contains(&w.as_str()));
    let landing = matches!(words[k].as_str(), "landing" | "landed" | "land")
        && (k > 0 && matches!(words[k - 1].as_str(), "hard" | "crash")
            || words.get(k + 1).is_some_and(|w| w == "hard"));
    let crash_landed = matches!(words[k].as_str(), "crash-landed" | "crash-landing");
    (came_down(words, k) || landing || crash_landed) && aircraft()
}

/// Words of people caught by an incident where they are: "the group was trapped on Sunday", "had been
/// stranded since Saturday".
const TRAPPED: &[&str] = &["trapped", "stranded"];

/// Whether word `k` tells people becoming trapped ("was trapped", "were stranded", "had been trapped"): the
/// incident that caught them, dated by its day. A state that goes on ("remained trapped", "were still
/// trapped on Tuesday") is a later day of it and is not read.
fn became_trapped(words: &[String], k: usize) -> bool {
    TRAPPED.contains(&words[k].as_str())
        && k > 0
        && matches!(
            words[k - 1].as_str(),
            "was" | "were" | "been" | "got" | "became"
        )
}

/// Words of a structure falling down.
const COLLAPSES: &[&str] = &["collapse", "collapsed", "collapses", "caved", "cave-in"];

/// What is lost when it "went down": ships and aircraft.
#[rustfmt::skip]
const GOES_DOWN: &[&str] = &[
    "ship", "vessel", "boat", "ferry", "tanker", "freighter", "bulker", "trawler", "carrier", "yacht",
    "submarine", "plane", "aircraft", "airliner", "helicopter", "jet",
];

/// What a launch sends up: "the rocket lifted off", "the satellite was launched".
#[rustfmt::skip]
const LAUNCHED_CRAFT: &[&str] = &[
    "rocket", "rockets", "satellite", "satellites", "spacecraft", "launcher", "capsule", "probe", "missile",
    "missiles",
];

/// What can fall down in an incident: buildings, works and the ground.
#[rustfmt::skip]
const STRUCTURES: &[&str] = &[
    "building", "buildings", "bridge", "tunnel", "mine", "gallery", "shaft", "roof", "ceiling", "wall", "dam",
    "embankment", "hillside", "slope", "house", "houses", "block", "tower", "stand", "stadium", "school",
    "hotel", "factory", "warehouse", "scaffolding", "crane", "church", "mosque", "market", "mall", "road",
    "highway", "motorway", "hill", "mountain", "mountainside", "cliff", "ridge",
];

/// Stoppages of work, dated by the day they began.
const STOPPAGES: &[&str] = &["strike", "strikes", "walkout", "stoppage", "shutdown"];

/// Words that open a clause of another time than the sentence's event: "after", "before", "when".
const SUBORDINATORS: &[&str] = &["after", "before", "when", "while", "until", "once", "since"];

/// Protests that hold a place for days (a "sit-in" is read as "sit" before "in"). Like a stoppage, such a
/// protest is dated by the day it began, as an event of its own: its end, an arrest during it or the deal
/// that ends it have days of their own.
#[rustfmt::skip]
const PROTESTS: &[&str] = &[
    "protest", "protests", "blockade", "blockades", "occupation", "demonstration", "demonstrations",
    "encampment", "sit",
];

/// Verbs of protesters holding a place: "had occupied the canal gates since Monday" dates the protest's
/// start by the day after "since".
const HOLDING: &[&str] = &[
    "occupied",
    "occupying",
    "blockaded",
    "blockading",
    "camped",
    "camping",
];

/// Whether word `k` names a protest that holds a place: a protest noun, or a verb of holding a place.
fn holds_place(words: &[String], k: usize) -> bool {
    let word = words[k].as_str();
    if word == "sit" {
        // "the sit-in": the noun, not the verb ("sit in parliament").
        return words.get(k + 1).is_some_and(|w| w == "in")
            && k > 0
            && ATTRIBUTIVE.contains(&words[k - 1].as_str());
    }
    PROTESTS.contains(&word) || HOLDING.contains(&word)
}

/// Times of day a subordinator can lead to as a phrase of time: "shortly after midnight", "before dawn".
const TIMES_OF_DAY: &[&str] = &[
    "midnight",
    "dawn",
    "noon",
    "midday",
    "daybreak",
    "sunrise",
    "sunset",
    "nightfall",
    "dusk",
];

/// Words that open a noun phrase a date can sit in as a modifier: "the October by-election".
const ATTRIBUTIVE: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "last",
];

/// Verbs a court acts by; with a court or judge in the sentence they date its ruling.
#[rustfmt::skip]
const COURT_ACTS: &[&str] = &[
    "upheld", "overturned", "quashed", "annulled", "ordered", "rejected", "dismissed", "granted", "cleared",
    "jailed", "fined",
];

/// Nouns that put a court in the sentence.
const COURT_NOUNS: &[&str] = &["court", "judge", "judges", "tribunal", "justices"];

/// What a legislature does to a bill or a motion; with a legislature in the sentence it dates the vote, whichever
/// verb the reporter gives it ("parliament on Thursday approved", "the deputies adopted on Wednesday").
#[rustfmt::skip]
const LEGISLATIVE_ACTS: &[&str] = &[
    "approved", "adopted", "passed", "voted", "vote", "ratified", "rejected", "endorsed", "backed",
];

/// Nouns that put a legislature in the sentence.
#[rustfmt::skip]
const LEGISLATURES: &[&str] = &[
    "parliament", "assembly", "deputies", "lawmakers", "legislators", "mps", "senate", "senators", "congress",
    "legislature", "parliamentarians", "duma", "bundestag", "knesset", "sejm", "rada",
    // A town's or region's elected council: "the city council approved the budget on Monday".
    "council", "councillors", "councilors",
];

/// Fires in a building: one night's event, unlike a wildfire, a flood or a storm that runs for days.
const BUILDING_FIRES: &[&str] = &["fire", "blaze"];

/// Verbs of a fire doing its damage: "tore through a factory on Sunday night", "killed 11 workers on Saturday
/// night". Like a verb of starting, they date the fire itself.
#[rustfmt::skip]
const RAVAGING: &[&str] = &[
    "tore", "engulfed", "gutted", "swept", "ripped", "razed", "destroyed", "killed", "killing", "kills",
];

/// Words that tell a later stage of a lasting incident: "was brought under control on Friday", "still burning".
#[rustfmt::skip]
const LATER_STAGE: &[&str] = &[
    "control", "contained", "extinguished", "doused", "still", "continued", "continues", "continuing",
    "burning", "smouldering", "smoldering", "put", "until", "since",
];

/// Whether a sentence tells a fire in a building doing its damage, and no later stage of it: such a sentence
/// dates the fire by its one day ("A fire tore through a textile factory on Sunday night, killing 11").
fn ravaged(words: &[String]) -> bool {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    // "boats that raced to the burning ship": a participle after a determiner describes the thing on fire,
    // not a later stage of the fire.
    let later = words.iter().enumerate().any(|(k, w)| {
        LATER_STAGE.contains(&w.as_str())
            && !(matches!(w.as_str(), "burning" | "smouldering" | "smoldering")
                && k > 0
                && matches!(words[k - 1].as_str(), "the" | "a" | "an"))
    });
    has(BUILDING_FIRES) && has(RAVAGING) && !later
}

/// Verbs that date the start of a lasting incident.
const STARTED: &[&str] = &[
    "broke", "started", "began", "erupted", "ignited", "sparked", "struck",
];

/// Words that make a day a later day of the event than its first: "for a second day", "on the third day".
const LATER_DAY: &[&str] = &[
    "second",
    "third",
    "fourth",
    "fifth",
    "another",
    "consecutive",
    "straight",
];

/// The dated class a word names in its sentence. "final" counts only as the noun ("the final on Wednesday",
/// "won the final against"), not the adjective ("the final report").
fn dated_class(words: &[String], i: usize) -> Option<&'static str> {
    let word = words[i].as_str();
    let about_talks = || {
        words.iter().any(|w| {
            event_class(w) == Some("talks") && !matches!(w.as_str(), "met" | "meet" | "meets")
        })
    };
    if ENDED.contains(&word) && about_talks() {
        return Some("talks ended");
    }
    if RESUMED.contains(&word) {
        return about_talks().then_some("talks resume");
    }
    if word == "final"
        && words
            .get(i + 1)
            .is_some_and(|next| !crate::align::stopword(next))
    {
        return None;
    }
    // "Zamość District Court on 27 November upheld a complaint", "a court in Lublin has ordered a recount":
    // what a court does is its ruling, whichever verb the reporter gives it.
    // Without a court the verb may be another event's ("the bus overturned"), so the word is read on.
    if COURT_ACTS.contains(&word) && words.iter().any(|w| COURT_NOUNS.contains(&w.as_str())) {
        return Some("verdict");
    }
    if LEGISLATIVE_ACTS.contains(&word) && words.iter().any(|w| LEGISLATURES.contains(&w.as_str()))
    {
        return Some("vote");
    }
    // "The bulker went down on Saturday night": a craft lost; prices going down are not.
    if went_down(words, i) {
        let craft = words.iter().any(|w| GOES_DOWN.contains(&w.as_str()));
        return craft.then_some("incident");
    }
    if left_the_rails(words, i) {
        return Some("incident");
    }
    if made_landfall(words, i) {
        return Some("landfall");
    }
    // "The rocket lifted off on Thursday", "the satellite was launched on Wednesday": a launch is dated by its
    // craft, since "launched an inquiry" is no event of its own.
    let lifted_off =
        matches!(word, "lifted" | "blasted") && words.get(i + 1).is_some_and(|w| w == "off");
    if (lifted_off || matches!(word, "launched" | "launch" | "liftoff"))
        && words.iter().any(|w| LAUNCHED_CRAFT.contains(&w.as_str()))
    {
        return Some("launch");
    }
    // "A tunnel collapsed in a manganese mine on Wednesday", "the collapse of a mine gallery on Tuesday": a
    // structure falling is an incident; a government or a currency collapsing is not.
    if aircraft_down(words, i) || became_trapped(words, i) {
        return Some("incident");
    }
    if COLLAPSES.contains(&word) || came_down(words, i) {
        let structure = words.iter().any(|w| STRUCTURES.contains(&w.as_str()));
        return structure.then_some("incident");
    }
    if ENDED.contains(&word) {
        return None;
    }
    if LASTING.contains(&word) {
        let started = words.iter().any(|w| STARTED.contains(&w.as_str())) || ravaged(words);
        return started.then_some("incident");
    }
    // "Dockers walked off the job on Tuesday": the idiom tells the strike's start, as "the strike began" does.
    if matches!(word, "walked" | "walk" | "walks")
        && words
            .get(i + 1)
            .is_some_and(|w| matches!(w.as_str(), "off" | "out"))
        && words
            .iter()
            .skip(i + 2)
            .take(3)
            .any(|w| matches!(w.as_str(), "job" | "jobs" | "work"))
    {
        return Some("stoppage");
    }
    // "The sample was collected on 14 October", "a sample given by the athlete on 4 October": the day a test
    // sample was taken is an event of its own, apart from the day its result was announced.
    if matches!(word, "sample" | "samples")
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "collected" | "taken" | "given" | "provided" | "drawn" | "gave" | "took"
            )
        })
    {
        return Some("sample");
    }
    // "The strike, which began on Monday": a stoppage runs for days and is dated by its start, as its own
    // event: a blockade or a march during the strike has a day of its own.
    if STOPPAGES.contains(&word) {
        let started = words.iter().any(|w| STARTED.contains(&w.as_str()));
        return started.then_some("stoppage");
    }
    // "The sit-in at the canal gates, which began on Sunday": a protest holding a place, dated by its start
    // as a strike is. ("Since Monday" after a verb of holding is read where the day is.)
    if holds_place(words, i) && !HOLDING.contains(&word) {
        let started = words.iter().any(|w| STARTED.contains(&w.as_str()));
        return started.then_some("protest");
    }
    // "Made an emergency landing in Tromsø on Tuesday", "was forced to land": an aircraft's emergency landing
    // is the incident of its story, dated apart from the flight's departure or the passengers' onward flight
    // ("were flown on to Longyearbyen on Wednesday morning"). A plain landing ("the minister landed in Hanoi")
    // is a visit's arrival, and is not read.
    let landing =
        matches!(word, "landing" | "landed") || word == "land" && i > 0 && words[i - 1] == "to";
    if landing
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "emergency" | "forced"))
    {
        return Some("emergency landing");
    }
    // "Four people were killed on Friday when a cabin fell": a killing dates the deadly incident, whatever word
    // the report gives it (a death, "died on Sunday", may come days after). A toll in the perfect ("floods have
    // killed nine, officials said on Friday") runs up to the day it is told, and a relative clause ("the fire,
    // which killed 11, was brought under control on Monday") describes what another verb dates.
    if word == "killed" {
        let described = i > 0
            && matches!(
                words[i - 1].as_str(),
                "has" | "have" | "had" | "which" | "that" | "who"
            );
        return (!described).then_some("incident");
    }
    // "tests confirmed H5N1 bird flu there on Monday", "the virus was confirmed there on Saturday": the day a
    // disease was confirmed dates the outbreak's discovery, which each report tells once. "Confirmed" alone
    // is as often a verb of telling ("police confirmed on Monday that ...").
    if word == "confirmed" && words.iter().any(|w| DISEASES.contains(&w.as_str())) {
        return Some("diagnosis");
    }
    if fell_ill(words, i) {
        return Some("illness");
    }
    if declares_emergency(words, i) {
        return Some("decree");
    }
    if releases_dam_water(words, i) {
        return Some("dam release");
    }
    // "Relatives of the escaped men", "the capsized ferry was towed": a participle after a determiner
    // describes a thing; the event it names is dated elsewhere.
    if word.ends_with("ed") && i > 0 && matches!(words[i - 1].as_str(), "the" | "a" | "an") {
        return None;
    }
    DATED_CLASSES
        .iter()
        .find(|(_, list)| list.contains(&word))
        .map(|(class, _)| *class)
}

/// Whether word `k` is the "ill" of people falling ill: "140 pupils fell ill after an evening meal on
/// Tuesday", "were taken ill on Monday evening". An outbreak of poisoning is dated by the day people fell
/// ill, which each report tells once; being ill ("were still ill on Thursday") is a later day of it.
///
/// "Another 30 pupils fell ill on Wednesday", "a further 12 fell sick": a later wave has a day of its own.
/// ("More than 140 pupils fell ill" is the first wave's count, so "more" does not count.)
fn fell_ill(words: &[String], k: usize) -> bool {
    let later_wave = words[k.saturating_sub(6)..k]
        .iter()
        .any(|w| matches!(w.as_str(), "another" | "further" | "new" | "other"));
    matches!(words[k].as_str(), "ill" | "sick")
        && k > 0
        && matches!(
            words[k - 1].as_str(),
            "fell" | "fall" | "falls" | "falling" | "taken" | "became" | "become" | "got"
        )
        && !later_wave
}

/// Verbs that put a decree or a state of emergency in force.
const ENACTING: &[&str] = &[
    "declared",
    "declares",
    "declare",
    "published",
    "issued",
    "imposed",
    "proclaimed",
    "decreed",
];

/// Whether word `k` tells a government putting a decree or a state of emergency in force: "Peru declared a
/// 60-day state of emergency on Thursday", "the decree, published on 10 November in the gazette". Reports
/// date that act by the day of its declaration or its publication, which is one day. A state of emergency
/// extended, lifted or ended is another act, and a decree without a verb of enacting dates nothing.
fn declares_emergency(words: &[String], k: usize) -> bool {
    let emergency = |j: usize| {
        words[j] == "decree"
            || words[j] == "emergency" && j >= 2 && words[j - 2] == "state" && words[j - 1] == "of"
    };
    // Word k first: the sentence-wide tests below are made for the few words that may date a decree, not
    // for every word of a sentence that may run to thousands.
    if !(emergency(k) || ENACTING.contains(&words[k].as_str())) {
        return false;
    }
    let named = (0..words.len()).any(emergency);
    let enacted = words.iter().any(|w| ENACTING.contains(&w.as_str()));
    let other_act = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "extended"
                | "extends"
                | "lifted"
                | "lifts"
                | "ended"
                | "ends"
                | "prolonged"
                | "renewed"
        )
    });
    named && enacted && !other_act
}

/// Words that put a dam in the sentence.
#[rustfmt::skip]
const DAM_WORDS: &[&str] = &[
    "dam", "dams", "reservoir", "hydropower", "hydroelectric", "spillway", "spillways", "floodgate",
    "floodgates", "sluice", "sluices",
];

/// Whether word `k` tells a dam letting water out: "the operator opened its spillway gates on Saturday
/// night", "the plant discharged flood water on Friday night". A release that floods the valley below is the
/// event of its story, told by either verb; a museum opening its gates or a patient discharged is not read,
/// since the sentence must name a dam and the verb its gates or its water.
fn releases_dam_water(words: &[String], k: usize) -> bool {
    let after = &words[k + 1..(k + 5).min(words.len())];
    let has_after = |list: &[&str]| after.iter().any(|w| list.contains(&w.as_str()));
    let released = match words[k].as_str() {
        "opened" | "opening" => has_after(&[
            "spillway",
            "spillways",
            "floodgate",
            "floodgates",
            "sluice",
            "sluices",
            "gates",
        ]),
        "discharged" | "discharging" | "released" | "releasing" => {
            has_after(&["water", "waters", "floodwater", "floodwaters"])
        }
        _ => false,
    };
    released && words.iter().any(|w| DAM_WORDS.contains(&w.as_str()))
}

/// Words that name a disease or its agent in a sentence, which makes "confirmed" there a diagnosis ("the first
/// infections were confirmed on 5 March").
const DISEASES: &[&str] = &[
    "virus",
    "viruses",
    "flu",
    "influenza",
    "outbreak",
    "outbreaks",
    "infection",
    "infections",
    "disease",
    "diseases",
    "epidemic",
    "cholera",
    "measles",
    "anthrax",
];

/// Finite and auxiliary verbs without a regular ending, which open a clause after a subordinator.
#[rustfmt::skip]
const IRREGULAR_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "did", "do", "does", "came", "went",
    "took", "gave", "made", "broke", "fell", "got", "ran", "began", "left", "put", "hit", "met", "saw", "told",
    "found", "held", "brought", "sent", "lost", "won", "paid", "ate", "drank", "struck", "said", "says",
];

/// Whether words `from..to` hold no verb and no event word: a noun phrase ("an evening meal", "supper")
/// rather than a clause ("the player passed his medical", "the union signed a deal"). Words ending in "-ed",
/// "-ing" (but not a noun after a determiner, "an evening meal") or an irregular verb read as verbs, so
/// that a doubtful phrase stays a clause.
fn verbless(words: &[String], from: usize, to: usize) -> bool {
    from < to
        && (from..to).all(|j| {
            let w = words[j].as_str();
            let determined =
                j > from && matches!(words[j - 1].as_str(), "a" | "an" | "the" | "its" | "their");
            !(w.ends_with("ed")
                || w.ends_with("ing") && !determined
                || IRREGULAR_VERBS.contains(&w)
                || dated_class(words, j).is_some())
        })
}

/// Adjectives that describe a day as a stretch of time lived through: "a long Thursday in a school gym".
const DAY_QUALITIES: &[&str] = &[
    "long", "whole", "single", "busy", "quiet", "tense", "rainy", "cold", "hot", "bloody", "black",
];

/// Whether the day at word `at` is named as a thing, after "a" or "an" ("a Sunday of protests", "a long
/// Thursday in a school gym"): such a day is a stretch of time the report describes, not the day of an event
/// ("It took four days, a court ruling and a long Thursday" does not date the ruling).
fn named_as_a_thing(words: &[String], at: usize) -> bool {
    let article = |k: usize| matches!(words[k].as_str(), "a" | "an");
    at > 0 && article(at - 1)
        || at > 1 && article(at - 2) && DAY_QUALITIES.contains(&words[at - 1].as_str())
}

/// A day, or a calendar date with its day, which can be compared with another report's.
fn is_day(value: &crate::extract::DateValue) -> bool {
    use crate::extract::DateValue;
    matches!(
        value,
        DateValue::Weekday(_) | DateValue::Date { day: Some(_), .. }
    )
}

/// Date conflicts across the reports of one story: an event of one class (an incident, a verdict, an
/// election, a match, a signing, the end of talks) given different days or dates.
///
/// A date is an event's when the word it hangs on names the event ("the talks ended in Kinshasa on Monday"),
/// or when its sentence names the event and holds no other day ("A court on Thursday sentenced …"); a
/// sentence with two days (a crash "in the night from Monday to Tuesday") dates nothing by itself. A report
/// that dates an event twice differently is left out, as for quantities. A weekday and a calendar date are
/// compared through the story's year ("On 20 May" against "on Wednesday").
pub fn event_dates(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    use crate::extract::DateValue;
    let year = story_year(docs);
    type Dated<'a> = (&'static str, &'a DateValue, Span, Span);
    let mut per_doc: Vec<Vec<Dated<'_>>> = Vec::new();
    let mut announced_per_doc: Vec<Vec<Announced<'_>>> = Vec::new();
    // "read the verdict this morning" in a transcript headed "Monday 23 November 2026": a day told relative
    // to the report's own day is that day, and is shown by the report's own words for it.
    let report_days: Vec<Option<(DateValue, Option<Span>)>> = docs.iter().map(report_day).collect();
    let resolved: Vec<Vec<crate::extract::DateMention>> = docs
        .iter()
        .zip(&report_days)
        .map(|(doc, day)| resolve_relative_days(doc, day.as_ref()))
        .collect();
    for (n, doc) in docs.iter().enumerate() {
        let mut found: Vec<Dated<'_>> = Vec::new();
        let mut announced: Vec<Announced<'_>> = Vec::new();
        for (i, sentence) in doc.slot_sentences() {
            let words: Vec<String> = doc
                .seg
                .sentence_tokens(sentence)
                .iter()
                .map(|t| fold(t.span.of(&doc.doc.text)))
                .collect();
            let mut days: Vec<_> = doc
                .mentions
                .dates
                .iter()
                .filter(|d| d.sentence == i && is_day(&d.value))
                .chain(resolved[n].iter().filter(|d| d.sentence == i))
                .collect();
            days.sort_by_key(|d| d.span.start);
            // "on its second day", "for a third day": the sentence tells a later day of the event, which
            // dates only a day a verb of starting governs ("which began on Tuesday, is continuing on its second
            // day").
            let later_day = words
                .windows(2)
                .any(|p| LATER_DAY.contains(&p[0].as_str()) && p[1] == "day");
            // "sank late on Thursday, the coast guard said on Friday": the day a verb of speech hangs on is
            // the day of the telling, so it neither dates the event nor makes the sentence's day ambiguous.
            let told = |date: &crate::extract::DateMention| {
                date.event
                    .as_deref()
                    .is_some_and(crate::extract::is_speech_verb)
            };
            // "on Friday, 27 November" names one day twice; "on Friday, Saturday" names two.
            let restated = |d: &crate::extract::DateMention| {
                matches!(d.value, crate::extract::DateValue::Weekday(_))
                    && days.iter().any(|e| {
                        matches!(e.value, crate::extract::DateValue::Date { .. })
                            && e.span.start > d.span.end
                            && doc.doc.text[d.span.end..e.span.start].trim() == ","
                    })
            };
            // The class a day's own cue word names: "talks broke down on Monday evening".
            // "The sit-in at the canal gates, which began on Sunday and ended with Wednesday's agreement": a
            // verb of starting dates what it starts, the protest or strike before it, and leaves the other day
            // to another event.
            let cue_class_of = |date: &crate::extract::DateMention| {
                date.event.as_deref().and_then(|cue| {
                    let k = words.iter().position(|w| w == cue)?;
                    dated_class(&words, k).or_else(|| {
                        if !STARTED.contains(&cue) {
                            return None;
                        }
                        (0..k).rev().find_map(|j| {
                            dated_class(&words, j).filter(|c| matches!(*c, "protest" | "stoppage"))
                        })
                    })
                })
            };
            // "walked off the job on Tuesday after wage talks broke down on Monday evening": a day its own cue
            // dates is that event's, and leaves the sentence's other day to the event nearest it, provided
            // that event is another.
            let cued: Vec<&'static str> = days
                .iter()
                .filter(|d| !told(d) && !restated(d))
                .filter_map(|d| cue_class_of(d))
                .collect();
            let event_days = days.iter().filter(|d| !told(d) && !restated(d)).count() - cued.len();
            let tokens = doc.seg.sentence_tokens(sentence);
            // "the October by-election", "the 2018 election": an event word right after a date that a
            // determiner opens is dated by it, so another date in the sentence is not its. ("on Tuesday
            // sentenced" is the verb's day, not such a date.)
            let own_dated = |k: usize| {
                k > 0
                    && doc.mentions.dates.iter().any(|d| {
                        let first = tokens.partition_point(|t| t.span.end <= d.span.start);
                        d.sentence == i
                            && d.span.start <= tokens[k - 1].span.start
                            && tokens[k - 1].span.end <= d.span.end
                            && first > 0
                            && ATTRIBUTIVE.contains(&words[first - 1].as_str())
                    })
            };
            let classes: Vec<(usize, &'static str)> = (0..words.len())
                .filter(|&k| !own_dated(k))
                .filter_map(|k| Some((k, dated_class(&words, k)?)))
                .collect();
            // A sentence naming two events ("the court on 27 November upheld a complaint by the man who lost
            // the October by-election") dates the one whose word is nearest its day.
            // "signed off on the transfer after the player passed his medical on Monday": a day in a clause
            // of its own, opened by "after", "before" or "when", is not the day of an event outside it.
            let sentence_class = |span: Span| {
                let at = tokens.partition_point(|t| t.span.end <= span.start);
                classes
                    .iter()
                    .filter(|(k, _)| {
                        let (from, to) = ((*k).min(at), (*k).max(at));
                        // "erupted shortly after 2 a.m. on Thursday", "before dawn": a subordinator before a
                        // time of day opens a phrase of time, not a clause of another event.
                        // "Seven miners died on Wednesday when the roof collapsed": "when" puts its clause's
                        // event at the time of the day before it.
                        // "fell ill after an evening meal on Tuesday": a subordinator before the day that
                        // leads to a noun phrase with no verb is a phrase of time too, unlike "after the
                        // player passed his medical on Monday".
                        let subordinated = (from..to).any(|j| {
                            SUBORDINATORS.contains(&words[j].as_str())
                                && !(words[j] == "when" && at < j)
                                && !words.get(j + 1).is_some_and(|next| {
                                    next.starts_with(|c: char| c.is_ascii_digit())
                                        || TIMES_OF_DAY.contains(&next.as_str())
                                })
                                && (j >= at || !verbless(&words, j + 1, at))
                        });
                        // "The agreement was signed by the minister, who arrived on Tuesday": a day in a
                        // clause about a person tells that person's act, not the event before it.
                        let of_a_person = *k < at
                            && (*k..at).any(|j| matches!(words[j].as_str(), "who" | "whom"));
                        // "took part in a forum on Wednesday, and that contracts had been signed": a clause
                        // joined after the day's, by a comma and "and" or "but", tells another event.
                        let joined_after = at < *k
                            && (at + 1..*k).any(|j| {
                                matches!(words[j].as_str(), "and" | "but")
                                    && is_clause_gap(
                                        &doc.doc.text,
                                        tokens[j - 1].span.end,
                                        tokens[j].span.start,
                                    )
                            });
                        // "were searching on Monday for inmates who escaped": an event word after the day in
                        // a relative clause describes someone, as "the escaped men" does.
                        let described_after = at < *k
                            && (at + 1..*k).any(|j| matches!(words[j].as_str(), "who" | "which"));
                        // "Since it started yesterday afternoon, 1,200 people have been evacuated": a day in a
                        // clause a subordinator leads is not the day of the event after that clause.
                        let led_clause = at < *k && {
                            let start = (1..=at)
                                .rev()
                                .find(|&j| {
                                    is_clause_gap(
                                        &doc.doc.text,
                                        tokens[j - 1].span.end,
                                        tokens[j].span.start,
                                    )
                                })
                                .unwrap_or(0);
                            let led = (start..at).any(|j| {
                                SUBORDINATORS.contains(&words[j].as_str())
                                    && !verbless(&words, j + 1, at)
                            });
                            led && (at + 1..=*k).any(|j| {
                                is_clause_gap(
                                    &doc.doc.text,
                                    tokens[j - 1].span.end,
                                    tokens[j].span.start,
                                )
                            })
                        };
                        !(subordinated
                            || of_a_person
                            || joined_after
                            || described_after
                            || led_clause)
                    })
                    .min_by_key(|(k, _)| k.abs_diff(at))
                    .map(|(_, class)| *class)
            };
            // A lasting incident ("the blaze") is dated only by the day it started: "broke out on Tuesday", not
            // "was declared under control on Friday".
            let only_lasting = !words.iter().enumerate().any(|(k, w)| {
                DATED_CLASSES[0].1.contains(&w.as_str())
                    || w == "killed" && dated_class(&words, k).is_some()
                    || COLLAPSES.contains(&w.as_str())
                    || came_down(&words, k)
                    || aircraft_down(&words, k)
                    || became_trapped(&words, k)
                    || went_down(&words, k)
                    || left_the_rails(&words, k)
            });
            // "began in the early hours of Wednesday", "broke out on the passenger ship MV Lady Corazon near
            // Verde Island early on Tuesday": a verb of starting earlier in the day's clause, with no later
            // stage between ("broke out on Monday and was brought under control on Friday").
            let started_just_before = |span: Span| {
                let at = tokens.partition_point(|t| t.span.end <= span.start);
                let mut k = at;
                // A ferry's place phrase runs long ("broke out on a passenger ferry carrying 318 passengers
                // and 24 crew off Muna island in Southeast Sulawesi province early on Sunday"); a clause gap
                // or a word of a later stage still stops the walk.
                while k > 0 && at - k < 24 {
                    if is_clause_gap(&doc.doc.text, tokens[k - 1].span.end, tokens[k].span.start)
                        || LATER_STAGE.contains(&words[k - 1].as_str())
                    {
                        return false;
                    }
                    if STARTED.contains(&words[k - 1].as_str()) {
                        return true;
                    }
                    k -= 1;
                }
                false
            };
            // "The truce was signed by ... and takes effect at midnight on Tuesday": a day after words of coming
            // into force dates the agreement's start, not the event the sentence names.
            let takes_effect = |span: Span| {
                let at = tokens.partition_point(|t| t.span.end <= span.start);
                words[at.saturating_sub(6)..at]
                    .iter()
                    .any(|w| TAKES_EFFECT.contains(&w.as_str()))
            };
            // "called off a strike on Saturday after the government signed an agreement late on Friday":
            // a sentence's other days that no event word of their own clause dates ("Saturday" here, whose
            // nearest event word sits in the "after" clause) do not compete with the day an event word dates.
            let others_classless = |date: &crate::extract::DateMention| {
                days.iter()
                    .filter(|e| e.span != date.span && !told(e) && !restated(e))
                    .all(|e| cue_class_of(e).is_none() && sentence_class(e.span).is_none())
            };
            for date in &days {
                // "revives the memory of 9 May 2001, when 126 spectators died during a match": a day of
                // another year dates an earlier event, not this story's.
                if let crate::extract::DateValue::Date { year: Some(y), .. } = date.value
                    && year.is_some_and(|story| story != y)
                {
                    continue;
                }
                // "had destroyed 4,500 hectares by Monday evening": a day after "by" bounds a running tally,
                // it does not date the event.
                let at = tokens.partition_point(|t| t.span.end <= date.span.start);
                if at > 0 && matches!(words[at - 1].as_str(), "by" | "until" | "till") {
                    continue;
                }
                if named_as_a_thing(&words, at) {
                    continue;
                }
                if later_day && !started_just_before(date.span) {
                    continue;
                }
                let cue_class = cue_class_of(date);
                // "Torino have signed the striker, the club said on Wednesday": an event in the present
                // perfect is news of the day it is told, so the only day of its sentence dates it, even when
                // a verb of speech carries that day.
                let perfect_told = || {
                    classes
                        .iter()
                        .find(|(k, _)| *k > 0 && matches!(words[*k - 1].as_str(), "has" | "have"))
                        .map(|(_, class)| *class)
                        .filter(|_| told(date) && days.len() == 1 && !takes_effect(date.span))
                };
                // "Farmers had occupied the canal gates since Monday": the day after "since", in a sentence
                // of protesters holding a place, is the protest's start.
                let held_since = at > 0
                    && words[at - 1] == "since"
                    && (0..words.len()).any(|k| holds_place(&words, k));
                // "The 16 tourists had been trapped underground since Saturday": the day after "since", close
                // after a word of being trapped, is when the incident caught them.
                let trapped_since = at > 0
                    && words[at - 1] == "since"
                    && (at.saturating_sub(5)..at - 1).any(|k| TRAPPED.contains(&words[k].as_str()));
                let class = held_since
                    .then_some("protest")
                    .or(trapped_since.then_some("incident"))
                    .or(cue_class)
                    .or(sentence_class(date.span).filter(|class| {
                        (event_days == 1 || others_classless(date))
                            && !cued.contains(class)
                            && !told(date)
                            && !takes_effect(date.span)
                    }))
                    .or_else(perfect_told);
                if class == Some("incident")
                    && only_lasting
                    && !started_just_before(date.span)
                    && !ravaged(&words)
                {
                    continue;
                }
                if let Some(class) = class {
                    // A relative day is shown by the report's own words for its day, when it has them.
                    let relative = resolved[n].iter().any(|r| {
                        r.span == date.span
                            && doc.text(r.span).split_whitespace().next().is_some_and(|w| {
                                !matches!(w.to_lowercase().as_str(), "yesterday" | "last")
                            })
                    });
                    let shown = report_days[n]
                        .as_ref()
                        .and_then(|(_, own)| *own)
                        .filter(|_| relative)
                        .unwrap_or(date.span);
                    found.push((class, &date.value, shown, sentence.span));
                } else if let Some((stems, explicit)) =
                    announcement(&words, at, &days, tokens, told(date))
                {
                    announced.push(Announced {
                        stems,
                        explicit,
                        value: &date.value,
                        span: date.span,
                        context: sentence.span,
                    });
                }
            }
        }
        // A report that tells the announcement of one piece of news on two days cannot be read either way.
        let announced_once = announced.iter().all(|a| {
            announced.iter().all(|b| {
                a.stems.is_disjoint(&b.stems) || days_agree(a.value, b.value, year) != Some(false)
            })
        });
        announced_per_doc.push(if announced_once {
            announced
        } else {
            Vec::new()
        });
        // An event dated two ways in one report: that report cannot be read either way.
        let consistent = found.iter().all(|(c, v, _, _)| {
            found
                .iter()
                .filter(|(d, _, _, _)| d == c)
                .all(|(_, w, _, _)| days_agree(v, w, year) != Some(false))
        });
        per_doc.push(if consistent { found } else { Vec::new() });
    }
    let modes: Vec<Option<&str>> = docs.iter().map(incident_mode).collect();
    let mut by_class: BTreeMap<&str, BTreeSet<Side>> = BTreeMap::new();
    for (x, found_x) in per_doc.iter().enumerate() {
        for (y, found_y) in per_doc.iter().enumerate().skip(x + 1) {
            for (cx, vx, sx, tx) in found_x {
                for (cy, vy, sy, ty) in found_y {
                    // A derailment and a ferry run aground are two incidents, whatever their days.
                    let other_incident = *cx == "incident"
                        && modes[x].is_some()
                        && modes[y].is_some()
                        && modes[x] != modes[y];
                    if cx != cy || other_incident || days_agree(vx, vy, year) != Some(false) {
                        continue;
                    }
                    let sides = by_class.entry(cx).or_default();
                    sides.insert(Side {
                        doc: docs[x].index,
                        span: *sx,
                        context: *tx,
                    });
                    sides.insert(Side {
                        doc: docs[y].index,
                        span: *sy,
                        context: *ty,
                    });
                }
            }
        }
    }
    // "announced the recall on Thursday" against a lead's "is recalling ..., the company said on Friday": one
    // announcement of one piece of news, given two days. At least one side must name the announcement, so
    // that two reports telling an update on the days they were written ("have been killed, police said on
    // Friday" and "on Saturday") are not read as one.
    for (x, ann_x) in announced_per_doc.iter().enumerate() {
        for (y, ann_y) in announced_per_doc.iter().enumerate().skip(x + 1) {
            for a in ann_x {
                for b in ann_y {
                    if !(a.explicit || b.explicit)
                        || a.stems.is_disjoint(&b.stems)
                        || days_agree(a.value, b.value, year) != Some(false)
                    {
                        continue;
                    }
                    let sides = by_class.entry("announcement").or_default();
                    for (doc, ann) in [(x, a), (y, b)] {
                        sides.insert(Side {
                            doc: docs[doc].index,
                            span: ann.span,
                            context: ann.context,
                        });
                    }
                }
            }
        }
    }
    by_class
        .into_iter()
        .map(|(class, sides)| {
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
            let what = match class {
                "talks ended" => "the end of the talks".to_string(),
                "talks resume" => "the resumption of the talks".to_string(),
                _ => format!("the {class}"),
            };
            Difference::new(
                Kind::DateConflict,
                None,
                sides,
                format!("{what} is dated {}", values.join(" vs ")),
            )
        })
        .collect()
}

/// A day a report gives for the announcement of its news, with the stems of the news words that tell which
/// news ("recal" for "announced the recall" and "is recalling"), and whether the sentence names the
/// announcement ("announced", "announcement") rather than dating it by a verb of speech.
struct Announced<'a> {
    stems: BTreeSet<String>,
    explicit: bool,
    value: &'a crate::extract::DateValue,
    span: Span,
    context: Span,
}

/// Words that name an announcement.
const ANNOUNCING: &[&str] = &["announced", "announces", "announcing", "announcement"];

/// The stem by which two wordings of one piece of news meet: "recalling" and "recall", "suspended" and
/// "suspension" share their first five letters.
fn news_stem(word: &str) -> Option<String> {
    let stem: String = word.chars().take(5).collect();
    (stem.chars().count() == 5 && word.chars().all(char::is_alphabetic)).then_some(stem)
}

/// Whether `word` names a day of the week.
fn is_weekday_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches("'s"),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// The news a sentence tells in the present perfect or the progressive ("has been provisionally suspended",
/// "is recalling"), and the news an announcement names ("announced the recall"), as stems.
fn news_stems(words: &[String]) -> BTreeSet<String> {
    let mut stems = BTreeSet::new();
    for (k, w) in words.iter().enumerate() {
        if matches!(w.as_str(), "is" | "are" | "has" | "have" | "had") {
            let mut j = k + 1;
            while j < words.len()
                && j <= k + 3
                && (matches!(words[j].as_str(), "been" | "being") || words[j].ends_with("ly"))
            {
                j += 1;
            }
            if let Some(next) = words.get(j).filter(|n| {
                (n.ends_with("ing") || n.ends_with("ed")) && !crate::extract::is_speech_verb(n)
            }) {
                stems.extend(news_stem(next));
            }
        }
        if ANNOUNCING.contains(&w.as_str())
            && let Some(next) = words[k + 1..].iter().find(|n| {
                !crate::align::stopword(n)
                    && !is_weekday_word(n)
                    && n.chars().all(char::is_alphabetic)
            })
        {
            stems.extend(news_stem(next));
        }
    }
    stems
}

/// The day at word `at` as the day of an announcement of the sentence's news, with the news's stems and
/// whether the announcement is named: "Hokusei announced the recall on Thursday", "The news came on Monday,
/// when the integrity unit announced that the runner had been suspended" (the word of announcing nearer this
/// day than any other day of the sentence), or a lead's news in the perfect or the progressive told on its
/// only day ("is recalling 1.4 million boxes ..., the company said on Friday").
fn announcement(
    words: &[String],
    at: usize,
    days: &[&crate::extract::DateMention],
    tokens: &[Token],
    told: bool,
) -> Option<(BTreeSet<String>, bool)> {
    let position =
        |d: &crate::extract::DateMention| tokens.partition_point(|t| t.span.end <= d.span.start);
    let nearest_announcing = words
        .iter()
        .enumerate()
        .filter(|(_, w)| ANNOUNCING.contains(&w.as_str()))
        .map(|(k, _)| k)
        .min_by_key(|k| k.abs_diff(at));
    // "announced a curfew, which began on Friday": a day in a clause of its own ("which", "after", "until")
    // dates something else than the announcement. "The news came on Monday, when the unit announced" is the
    // announcement's.
    let own_clause = |k: usize| {
        (k.min(at) + 1..k.max(at)).all(|j| {
            let w = words[j].as_str();
            !(matches!(w, "which" | "who") || w != "when" && SUBORDINATORS.contains(&w))
        })
    };
    let explicit = nearest_announcing.is_some_and(|k| {
        own_clause(k)
            && days
                .iter()
                .map(|d| position(d))
                .filter(|&p| p != at)
                .all(|p| k.abs_diff(p) > k.abs_diff(at))
    });
    if !(explicit || told && days.len() == 1) {
        return None;
    }
    let stems = news_stems(words);
    (!stems.is_empty()).then_some((stems, explicit))
}

/// Relative days and how many days before the report's own day each falls.
const RELATIVE_DAYS: &[(&str, i32)] = &[
    ("today", 0),
    ("earlier today", 0),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("tonight", 0),
    ("yesterday", 1),
    ("last night", 1),
];

/// A report's own day: its ISO publication date, or the full date (day, month and year) in its first line, as a
/// transcript or a statement heads itself ("Evening News, Radio Vardar FM - transcript, Monday 23 November
/// 2026, 19:00"); with the span of the weekday or date that names it in the first line, if any.
fn report_day(doc: &DocFacts<'_>) -> Option<(crate::extract::DateValue, Option<Span>)> {
    use crate::extract::DateValue;
    let first_line = doc.doc.text.find('\n').unwrap_or(doc.doc.text.len());
    let heading = doc.mentions.dates.iter().find(|d| {
        d.span.end <= first_line
            && matches!(
                d.value,
                DateValue::Date {
                    year: Some(_),
                    month: Some(_),
                    day: Some(_)
                }
            )
    });
    if let Some(date) = heading {
        // "Monday 23 November 2026": the weekday right before the date names the day as a reader says it.
        let weekday = doc.mentions.dates.iter().find(|d| {
            matches!(d.value, DateValue::Weekday(_))
                && d.span.end <= date.span.start
                && doc.doc.text[d.span.end..date.span.start]
                    .trim_matches([' ', ','])
                    .is_empty()
        });
        return Some((date.value.clone(), Some(weekday.unwrap_or(date).span)));
    }
    let days = doc.doc.publication_day()?;
    let (year, month, day) = civil_from_days(days);
    Some((
        DateValue::Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        },
        None,
    ))
}

/// The calendar date of a count of days since 1970-01-01 (Howard Hinnant's civil_from_days).
fn civil_from_days(z: i32) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    (
        y,
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    )
}

/// The report's relative days ("this morning", "yesterday") as calendar dates, counted from the report's own
/// day: "yesterday" in a paper dated 13 November is 12 November.
fn resolve_relative_days(
    doc: &DocFacts<'_>,
    own: Option<&(crate::extract::DateValue, Option<Span>)>,
) -> Vec<crate::extract::DateMention> {
    use crate::extract::DateValue;
    let Some((
        DateValue::Date {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        },
        _,
    )) = own
    else {
        return Vec::new();
    };
    let base = crate::load::days_from_civil(*y, u32::from(*m), u32::from(*d));
    doc.mentions
        .dates
        .iter()
        .filter_map(|mention| {
            let DateValue::Relative(phrase) = &mention.value else {
                return None;
            };
            let (_, back) = RELATIVE_DAYS.iter().find(|(p, _)| p == phrase)?;
            let (year, month, day) = civil_from_days(base - back);
            Some(crate::extract::DateMention {
                value: DateValue::Date {
                    year: Some(year),
                    month: Some(month),
                    day: Some(day),
                },
                ..mention.clone()
            })
        })
        .collect()
}

/// How a report's incident happened, when its verbs say so unambiguously: on rails ("derailed") or on water
/// ("sank", "capsized", "ran aground"). Two reports of different modes tell two incidents, however a story
/// grouping brought them together.
fn incident_mode(doc: &DocFacts<'_>) -> Option<&'static str> {
    let text = &doc.doc.text;
    let mut modes = doc
        .seg
        .tokens
        .iter()
        .filter_map(|t| match fold(t.span.of(text)).as_str() {
            "derailed" | "derailment" | "derail" => Some("rail"),
            "sank" | "capsized" | "aground" => Some("water"),
            _ => None,
        });
    let first = modes.next()?;
    modes.all(|m| m == first).then_some(first)
}

/// Whether two days agree: `None` when they cannot be compared (a weekday against a date of unknown year).
fn days_agree(
    x: &crate::extract::DateValue,
    y: &crate::extract::DateValue,
    year: Option<i32>,
) -> Option<bool> {
    use crate::extract::DateValue;
    match (x, y) {
        (DateValue::Weekday(a), DateValue::Weekday(b)) => Some(a == b),
        (DateValue::Date { .. }, DateValue::Date { .. }) => {
            Some(x == y || super::hunks::dates_compatible(x, y))
        }
        (DateValue::Weekday(day), date @ DateValue::Date { .. })
        | (date @ DateValue::Date { .. }, DateValue::Weekday(day)) => {
            Some(weekday_of(date, year)? == *day)
        }
        _ => None,
    }
}

/// The weekday of a calendar date (Monday = 0), its year taken from the story when it gives none.
fn weekday_of(date: &crate::extract::DateValue, story_year: Option<i32>) -> Option<u8> {
    let crate::extract::DateValue::Date { year, month, day } = date else {
        return None;
    };
    let (y, m, d) = (
        year.or(story_year)?,
        i32::from((*month)?),
        i32::from((*day)?),
    );
    // Sakamoto's method, with Sunday = 0, shifted to Monday = 0.
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday_based = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d).rem_euclid(7);
    u8::try_from((sunday_based + 6) % 7).ok()
}

/// One role binding of a story, with the words that place it in matching form.
struct SlotBinding {
    doc: usize,
    role: String,
    /// Sorted, deduplicated; a nationality or country reads as its country code ("@GR" for "Greek" and
    /// "Greece's"), so that reports placing one office in one country by either word meet.
    qualifiers: Vec<String>,
    /// The qualifiers as the report gave them, for messages: "greek".
    placed_by: String,
    person: usize,
    person_name: String,
    /// The person's name as this report writes it, which a finding shows: "Guðrún Sigurðardóttir" where
    /// the entity's canonical form is the stripped "Gudrun Sigurdardottir" of another report.
    person_written: String,
    role_span: Span,
    person_span: Span,
    context: Span,
    /// Bound by what the person does ("talks chaired by X", "a team led by Y"), not by a title: chairing a
    /// meeting or leading a team fits any office the person holds.
    by_act: bool,
    /// The title is written as the one holder's: after "the", a possessive or a possessor ("the national chief
    /// veterinary officer", "Busan's deputy mayor", "its chief inspector for the south"), not as a bare rank
    /// before a name ("Chief Inspector John Smith") or as one of several ("a deputy mayor").
    definite: bool,
    /// The field a "head of" title names, when it names one rather than a body: "safety" in "the head of safety
    /// at the plant", "quality assurance" in "Hokusei's head of quality assurance".
    field: Option<String>,
}

impl SlotBinding {
    fn side(&self) -> Side {
        Side {
            doc: self.doc,
            span: self.person_span,
            context: self.context,
        }
    }
}

/// Whether the title at `span` is written as its one holder's: its first word, or the word before it, is "the"
/// or a possessive ("its", "Busan's").
fn is_definite_title(text: &str, span: Span) -> bool {
    let phrase = fold(span.of(text));
    let first = phrase.split_whitespace().next().unwrap_or("");
    let before = text[..span.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .map(fold)
        .unwrap_or_default();
    let determiner = |w: &str| matches!(w, "the" | "its" | "their");
    let possessive =
        |w: &str| w.ends_with("'s") || w.ends_with('\u{2019}') || w.ends_with("\u{2019}s");
    determiner(first) || possessive(first) || determiner(&before) || possessive(&before)
}

/// Compass adjectives and the quarter they name.
const COMPASS_ADJECTIVES: &[(&str, &str)] = &[
    ("northern", "north"),
    ("southern", "south"),
    ("eastern", "east"),
    ("western", "west"),
];

/// A quarter of a country in one form: "the southern region", "the southern part", "southern" and "the south"
/// all name the south ("chief inspector for the south" and "for the southern region" are one office).
fn compass_quarter(q: &str) -> Option<&'static str> {
    let words: Vec<&str> = q.split(' ').collect();
    let first = *words.first()?;
    let quarter = COMPASS_ADJECTIVES
        .iter()
        .find(|(adjective, noun)| first == *adjective || first == *noun)
        .map(|(_, noun)| *noun)?;
    match words[1..] {
        [] | ["region" | "part" | "area" | "zone"] => Some(quarter),
        _ => None,
    }
}

/// A qualifier in the form slots compare: a country's code for a nationality or a country name, a compass
/// quarter for a region named by its bearing, else the words as they are.
fn slot_qualifier(q: &str) -> String {
    if let Some(quarter) = compass_quarter(q) {
        return quarter.to_string();
    }
    let gazetteer = crate::resolve::Gazetteer::get();
    let code = gazetteer.demonym(q).or_else(|| {
        gazetteer
            .place(q)
            .filter(|p| p.kind == crate::resolve::PlaceKind::Country)
            .map(|p| p.country)
    });
    match code {
        Some(code) if code != "XX" => format!("@{code}"),
        _ => q.to_string(),
    }
}

/// The region a role's "the state's", "provincial" or "regional" stands for, when its report names one
/// state or province and no other: "The state's secretary for prison administration" in a report about "the
/// north-eastern Brazilian state of Pernambuco" is Pernambuco's, as another report writes it ("the secretary
/// for prison administration of Pernambuco"). The gazetteer holds towns, not states, so the report's own
/// words name the region: "the state of X", "the province of X", "X province". A report naming two leaves the
/// word as it is. "State" counts only as a possessor ("the state's", "of the state"): a "state secretary" is
/// a rank.
fn jurisdiction(doc: &DocFacts<'_>, phrase: &str, q: &str) -> Option<String> {
    let generic = match q {
        "state" => phrase.contains("state's") || phrase.contains("of the state"),
        "provincial" | "province" => true,
        _ => false,
    };
    if !generic {
        return None;
    }
    let text = &doc.doc.text;
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut names: BTreeSet<String> = BTreeSet::new();
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_end_matches(['.', '\'', '\u{2019}']);
        let kind = w.to_lowercase();
        if !matches!(kind.as_str(), "state" | "province") {
            continue;
        }
        // "the state of Pernambuco", "the province of Central Sulawesi".
        if words.get(k + 1) == Some(&"of") {
            let name: Vec<&str> = words[k + 2..]
                .iter()
                .take(3)
                .take_while(|w| capitalised(w))
                .map(|w| w.trim_end_matches(['.', '\'', '\u{2019}']))
                .collect();
            if !name.is_empty() {
                names.insert(fold(&name.join(" ")));
            }
        }
        // "Central Sulawesi province": a province only, as "Islamic State" is no state.
        if kind == "province" && k > 0 && capitalised(words[k - 1]) {
            let first = (k.saturating_sub(3)..k)
                .find(|&m| words[m..k].iter().all(|w| capitalised(w)))
                .unwrap_or(k - 1);
            let name: Vec<&str> = words[first..k]
                .iter()
                .map(|w| w.trim_end_matches("'s").trim_end_matches("\u{2019}s"))
                .collect();
            names.insert(fold(&name.join(" ")));
        }
    }
    (names.len() == 1).then(|| names.pop_first()).flatten()
}

fn slot_bindings(docs: &[DocFacts<'_>]) -> Vec<SlotBinding> {
    let mut bindings = Vec::new();
    for doc in docs {
        for r in &doc.mentions.roles {
            let Some(entity) = doc.entity_at(r.person) else {
                continue;
            };
            if entity.kind != NameKind::Person && entity.kind != NameKind::Unknown {
                continue;
            }
            let phrase = fold(r.role_span.of(&doc.doc.text));
            let mut qualifiers: Vec<String> = r
                .qualifiers
                .iter()
                .map(|q| jurisdiction(doc, &phrase, q).unwrap_or_else(|| slot_qualifier(q)))
                .collect();
            let mut shown: Vec<&str> = Vec::new();
            for q in &r.qualifiers {
                if !shown.contains(&q.as_str()) {
                    shown.push(q);
                }
            }
            let mut placed_by = shown.join(" ");
            if qualifiers.is_empty()
                && let Some((qualifier, said)) = possessor(doc, r)
            {
                qualifiers.push(qualifier);
                placed_by = said;
            }
            qualifiers.sort();
            qualifiers.dedup();
            let definite = is_definite_title(&doc.doc.text, r.role_span);
            // "Pilot" and "guide" are trades before a name, and verbs ("to guide Tina out"); only "the pilot,
            // X" or "their guide, X" names the one of the story's craft or group.
            if is_crew_office(&r.role) && !definite {
                continue;
            }
            bindings.push(SlotBinding {
                doc: doc.index,
                role: r.role.clone(),
                qualifiers,
                placed_by,
                person: entity.id,
                person_name: entity.canonical.clone(),
                person_written: r.person.of(&doc.doc.text).to_string(),
                role_span: title_part(&doc.doc.text, r.role_span, &r.qualifiers),
                definite,
                by_act: matches!(
                    fold(r.role_span.of(&doc.doc.text)).as_str(),
                    "chaired" | "chairs" | "led" | "leads" | "headed" | "heads"
                ),
                field: (r.role == "leader")
                    .then(|| head_of_field(r.role_span.of(&doc.doc.text)))
                    .flatten(),
                person_span: r.person,
                context: doc
                    .seg
                    .sentences
                    .get(r.sentence)
                    .map_or(r.person, |s| s.span),
            });
        }
    }
    bindings
}

/// What a possessive before a role places it by, in the form a qualifier takes:
/// - "its": the last organisation named before it in its sentence or the one before ("CONRED is in charge. I
///   spoke to its executive secretary, X"; "with the Emergency Management Service, under the command of its
///   head, X"), as its words ("emergency management service"), so that the role is placed as "the head of the
///   Emergency Management Service" places it;
/// - "his", "her": the last person named there ("Tigist Gebremeskel ... hugged her coach, Haile Mengesha"),
///   as the person's entity ("#12"), so that two reports giving one athlete two coaches meet in one slot.
fn possessor(doc: &DocFacts<'_>, r: &crate::extract::RoleBinding) -> Option<(String, String)> {
    let text = &doc.doc.text;
    let phrase = fold(r.role_span.of(text));
    // Only the word before the phrase is read: folding all the text before it would make a long report's
    // roles quadratic.
    let before = text[..r.role_span.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .map(fold);
    let possessive = ["its", "his", "her"]
        .into_iter()
        .find(|p| phrase.starts_with(&format!("{p} ")) || before.as_deref() == Some(*p))?;
    // A name the names stage could not type may still be the "its" ("for Petropar by its president") or
    // the "her" ("Tigist Gebremeskel" with no title): the possessive says which it is.
    let wanted: &[NameKind] = if possessive == "its" {
        &[NameKind::Organisation, NameKind::Unknown]
    } else {
        &[NameKind::Person, NameKind::Unknown]
    };
    if possessive != "its" {
        return person_before(doc, r.sentence, r.role_span.start, Some(r.person), wanted)
            .map(|e| (format!("#{}", e.id), format!("{}'s", e.canonical)));
    }
    let from = doc
        .seg
        .sentences
        .get(r.sentence.saturating_sub(1))?
        .span
        .start;
    let name = doc
        .mentions
        .names
        .iter()
        .zip(doc.entities)
        .rev()
        .find_map(|(m, e)| {
            e.as_ref().filter(|e| wanted.contains(&e.kind))?;
            (m.span.start >= from && m.span.end <= r.role_span.start && m.span != r.person)
                .then_some(m)
        });
    // "It was signed for the port authority by its managing director": a body named by its kind in the
    // role's own sentence, after any name, is what "its" stands for.
    let common = common_body_before(doc, r.sentence, r.role_span.start)
        .filter(|(at, _)| name.is_none_or(|m| m.span.end <= *at));
    if let Some((_, body)) = common {
        return Some((body.clone(), body));
    }
    let folded = fold(name?.span.of(text));
    let body = folded.strip_prefix("the ").unwrap_or(&folded);
    Some((body.to_string(), body.to_string()))
}

/// The last body named by its kind in sentence `sentence` before byte `before`: "the port authority", "the
/// labour ministry" (a determiner, at most two lower-case modifiers, a body noun), with where it starts.
fn common_body_before(
    doc: &DocFacts<'_>,
    sentence: usize,
    before: usize,
) -> Option<(usize, String)> {
    let text = &doc.doc.text;
    let s = doc.seg.sentences.get(sentence)?;
    let tokens: Vec<&Token> = doc
        .seg
        .sentence_tokens(s)
        .iter()
        .filter(|t| t.span.end <= before)
        .collect();
    let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
    let lower = |k: usize| {
        tokens[k]
            .span
            .of(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    (1..words.len()).rev().find_map(|k| {
        if !lower(k) || !crate::extract::is_led_body(&words[k]) {
            return None;
        }
        let the = (k.saturating_sub(3)..k)
            .rev()
            .find(|&d| words[d] == "the")?;
        ((the + 1..k).all(|m| lower(m) && words[m].chars().all(char::is_alphabetic)))
            .then(|| (tokens[the].span.start, words[the + 1..=k].join(" ")))
    })
}

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

/// Role slots: one qualified role held by different people (`person-conflict`), one person given
/// incompatible titles (`role-conflict`).
pub fn roles(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    let bindings = slot_bindings(docs);
    let mut out = qualified_holders(docs, &bindings);
    out.extend(implicit_holders(docs, &bindings));
    out.extend(head_and_director(docs, &bindings));
    out.extend(incompatible_titles(&bindings));
    out
}

/// Whether no two of the names may be one person the names stage kept apart ("Marković", "Jelena Marković").
fn all_distinct(names: &[&str]) -> bool {
    names.iter().enumerate().all(|(i, x)| {
        names[i + 1..]
            .iter()
            .all(|y| !super::facts::may_be_same_person(x, y))
    })
}

/// Whether some two of the names cannot be one person.
fn any_distinct(names: &[&str]) -> bool {
    names.iter().enumerate().any(|(i, x)| {
        names[i + 1..]
            .iter()
            .any(|y| !super::facts::may_be_same_person(x, y))
    })
}

/// People by entity id, each with their bindings of one slot.
type Holders<'b> = BTreeMap<usize, Vec<&'b SlotBinding>>;

/// The holders' names, as their entities give them.
fn holder_names<'b>(holders: &Holders<'b>) -> Vec<&'b str> {
    holders
        .values()
        .map(|bs| bs[0].person_name.as_str())
        .collect()
}

/// Whether one report names two of the holders of a slot: they are colleagues, not rivals for it.
fn named_together(holders: &Holders<'_>) -> bool {
    let docs_of = |bs: &Vec<&SlotBinding>| bs.iter().map(|b| b.doc).collect::<BTreeSet<_>>();
    let all: Vec<BTreeSet<usize>> = holders.values().map(docs_of).collect();
    all.iter()
        .enumerate()
        .any(|(i, x)| all.iter().skip(i + 1).any(|y| !x.is_disjoint(y)))
}

fn person_conflict(holders: &Holders<'_>, sides: Vec<Side>, what: &str) -> Difference {
    let names: Vec<String> = holders
        .values()
        .map(|bs| bs[0].person_written.clone())
        .collect();
    let people: Vec<usize> = holders.keys().copied().collect();
    let message = format!("{what} is {}", names.join(" vs "));
    Difference::new(Kind::PersonConflict, None, sides, message).about(people, names)
}

/// One qualified role, several holders: "Greece's energy minister" is Vrettou in one report and Sifaki in
/// another.
fn qualified_holders(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> Vec<Difference> {
    let mut out = Vec::new();
    let placed: Vec<&SlotBinding> = bindings
        .iter()
        .filter(|b| {
            !b.qualifiers.is_empty()
                && (is_single_holder(&b.role, &b.qualifiers)
                    || b.definite && is_single_when_definite(&b.role, &b.qualifiers))
        })
        .collect();
    let mut by_role: BTreeMap<(&str, &[String]), Holders<'_>> = BTreeMap::new();
    for b in &placed {
        // "the ministry's Pharmaceutical Safety Division director" shortens "director of the health
        // ministry's Pharmaceutical Safety Division": one office, keyed by its fullest placing when only one
        // placing of the role is fuller.
        let fuller: Vec<&[String]> = placed
            .iter()
            .filter(|o| o.role == b.role && o.qualifiers != b.qualifiers)
            .map(|o| o.qualifiers.as_slice())
            .filter(|q| shortens(&b.qualifiers, q))
            .collect();
        let key = match fuller.as_slice() {
            [one, rest @ ..] if rest.iter().all(|q| q == one) => one,
            _ => b.qualifiers.as_slice(),
        };
        by_role
            .entry((b.role.as_str(), key))
            .or_default()
            .entry(b.person)
            .or_default()
            .push(b);
    }
    for ((role, qualifiers), holders) in by_role {
        if holders.len() < 2 || named_together(&holders) {
            continue;
        }
        // Holders the names stage may have kept apart by mistake ("Marković", "Jelena Marković") are one.
        let names = holder_names(&holders);
        if !any_distinct(&names) {
            continue;
        }
        // The investigation is placed by no name, so a report may tell of two (the police's and the safety
        // board's): one that names the other holder anywhere knows both people.
        if qualifiers == [crate::extract::INVESTIGATION] && knows_other(docs, &holders) {
            continue;
        }
        // The holders' unplaced bindings of the same role ("its energy minister, Eleni Vrettou") are more
        // evidence of the same claim.
        let sides: Vec<Side> = holders
            .values()
            .flatten()
            .map(|b| b.side())
            .chain(
                bindings
                    .iter()
                    .filter(|b| {
                        b.qualifiers.is_empty() && b.role == role && holders.contains_key(&b.person)
                    })
                    .map(SlotBinding::side),
            )
            .collect();
        let first = holders.values().next().map(|bs| bs[0]);
        let placed_by = first.map_or("", |b| b.placed_by.as_str());
        let what = match first {
            Some(SlotBinding {
                field: Some(field), ..
            }) => head_of(field, qualifiers),
            _ if placed_by.is_empty() => format!("{} {role}", qualifiers.join(" ")),
            _ => format!("{placed_by} {role}"),
        };
        out.push(person_conflict(&holders, sides, &what));
    }
    out
}

/// Titles of whoever runs a body's staff, which a report that calls the same person the body's "head" means.
const RUNS_STAFF: &[&str] = &[
    "director",
    "director general",
    "executive director",
    "chief executive",
    "managing director",
];

/// "Its director, Tomáš Vrba" in one report and "Its head, Jan Kolář" in another, both of the agency named
/// just before: a body's head is whoever runs it, so the two titles are one office and the two people
/// disagree. Only a title bound as a title ("head", not "led by") and placed by the same words is compared, the
/// director and the head are named by different reports, and no report naming one names the other (a
/// report that knows both people presents them as two: a chair and a director).
fn head_and_director(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> Vec<Difference> {
    let mut out = Vec::new();
    let heads = bindings.iter().filter(|b| {
        b.role == "leader" && !b.by_act && b.field.is_none() && !b.qualifiers.is_empty()
    });
    let mut by_body: BTreeMap<&[String], Holders<'_>> = BTreeMap::new();
    for head in heads {
        let directors: Vec<&SlotBinding> = bindings
            .iter()
            .filter(|d| RUNS_STAFF.contains(&d.role.as_str()) && d.qualifiers == head.qualifiers)
            .collect();
        // A body whose directors a single-holder slot already finds at odds is left to that finding.
        let people: BTreeSet<usize> = directors.iter().map(|d| d.person).collect();
        if directors.is_empty()
            || people.len() > 1 && is_single_holder(&directors[0].role, &head.qualifiers)
        {
            continue;
        }
        let holders = by_body.entry(head.qualifiers.as_slice()).or_default();
        holders.entry(head.person).or_default().push(head);
        for d in directors {
            let list = holders.entry(d.person).or_default();
            if !list.iter().any(|b| std::ptr::eq(*b, d)) {
                list.push(d);
            }
        }
    }
    for (qualifiers, holders) in by_body {
        if holders.len() < 2 || named_together(&holders) || knows_other(docs, &holders) {
            continue;
        }
        let names = holder_names(&holders);
        if !all_distinct(&names) {
            continue;
        }
        let sides: Vec<Side> = holders.values().flatten().map(|b| b.side()).collect();
        let placed_by = holders
            .values()
            .flatten()
            .map(|b| b.placed_by.as_str())
            .find(|p| !p.is_empty())
            .map_or_else(|| qualifiers.join(" "), str::to_string);
        out.push(person_conflict(
            &holders,
            sides,
            &format!("the head of {placed_by}"),
        ));
    }
    out
}

/// A reader's name for the head of a field in a body: "head of volcanic hazards at the met office".
fn head_of(field: &str, qualifiers: &[String]) -> String {
    let body: Vec<&str> = qualifiers
        .iter()
        .map(String::as_str)
        .filter(|q| *q != field)
        .collect();
    if body.is_empty() {
        format!("head of {field}")
    } else {
        format!("head of {field} at the {}", body.join(" "))
    }
}

/// Whether the qualifiers `short` place an office as `long` does, in fewer words: each is one of `long`'s or
/// ends one of them ("ministry" of "health ministry", "met office" of "icelandic meteorological office").
fn shortens(short: &[String], long: &[String]) -> bool {
    short.len() <= long.len() && short.iter().all(|q| long.iter().any(|l| ends_name(l, q)))
}

/// Whether the words of `short` end the name `long`, each the same word or a clipping of it ("Met" for
/// "Meteorological", "Dept" for "Department"): a body's short name keeps the words that say what it is.
fn ends_name(long: &str, short: &str) -> bool {
    let (l, s): (Vec<&str>, Vec<&str>) = (long.split(' ').collect(), short.split(' ').collect());
    s.len() <= l.len()
        && s.last() == l.last()
        && l[l.len() - s.len()..]
            .iter()
            .zip(&s)
            .all(|(lw, sw)| lw == sw || sw.len() >= 3 && lw.starts_with(sw))
}

/// The slot an unplaced title fills when no report of the story places it: the office a country has one
/// holder of ("justice minister", "prime minister"), or the judge or the prosecutor of the case the story is
/// about. Offices of a town or a company (mayor, governor, chief executive) are left out: a story often names
/// two towns or two companies, and an unplaced mayor may be either one's.
fn implicit_slot(role: &str) -> Option<&str> {
    let role = role.strip_prefix("presiding ").unwrap_or(role);
    (is_case_office(role) || is_national_office(role) || is_crew_office(role)).then_some(role)
}

/// The one-holder posts of the craft or the group a story is about, written definite: "The pilot, Simon
/// Ashworth" of the balloon that came down, "their guide, Nina Kos" of the group cut off in a cave, "the
/// driver" of the bus that crashed. A story of two craft places each post ("the pilot of the helicopter"), and
/// a report that knows two pilots names both.
fn is_crew_office(role: &str) -> bool {
    matches!(
        role,
        "pilot" | "co-pilot" | "captain" | "driver" | "skipper" | "guide"
    )
}

/// The offices of one case, whatever the countries of the story: its judge, and the prosecutor who speaks
/// for the case (a team of several is told as "prosecutors", which [`several_holders`] reads).
fn is_case_office(role: &str) -> bool {
    matches!(role, "judge" | "prosecutor")
}

/// Offices a country has one holder of: "justice minister", "prime minister", "attorney general".
fn is_national_office(role: &str) -> bool {
    #[rustfmt::skip]
    const NATIONAL: &[&str] = &[
        "prime minister", "attorney general", "prosecutor general", "chief justice",
    ];
    let words: Vec<&str> = role.split(' ').collect();
    let portfolio_minister = words.len() == 2 && words[1] == "minister" && words[0] != "deputy";
    NATIONAL.contains(&role) || portfolio_minister && is_single_holder(role, &[])
}

/// The countries a story names: countries as places, and the nationalities that place its roles. A
/// story of two countries has two governments, so an unplaced minister may be either one's.
fn story_countries(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> BTreeSet<String> {
    let mut countries: BTreeSet<String> = bindings
        .iter()
        .flat_map(|b| &b.qualifiers)
        .filter_map(|q| q.strip_prefix('@'))
        .map(str::to_string)
        .collect();
    for doc in docs {
        countries.extend(doc.entities.iter().flatten().filter_map(|e| {
            let place = e.place.as_ref()?;
            (place.level == PlaceLevel::Country)
                .then(|| place.country.clone())
                .flatten()
        }));
    }
    countries.remove("EU");
    countries
}

/// Whether two names may be one person misspelt: one given name and surnames the matcher kept apart
/// ("María Rojas", "María Rjas"; "Salma al-Obeidi", "Salma al-Ubajdi"). Two holders of one office with one
/// given name are far likelier one person written two ways than two people.
fn same_given_name(a: &str, b: &str) -> bool {
    let first = |name: &str| {
        let tokens: Vec<&str> = name.split_whitespace().collect();
        (tokens.len() > 1).then(|| crate::resolve::keys::name_key(tokens[0]))
    };
    first(a).is_some_and(|x| !x.is_empty() && Some(x) == first(b))
}

/// Whether a report naming a holder writes the slot's title in the plural ("judges", "justice ministers") or
/// seats a bench: the story has several holders of it, so reports naming different ones need not disagree.
/// A report that names no holder ("The judges in Alba Iulia ordered the recount") says nothing of whom the
/// others name.
fn several_holders(docs: &[DocFacts<'_>], naming: &BTreeSet<usize>, slot: &str) -> bool {
    let plural = format!("{slot}s");
    let mut wanted: Vec<&str> = vec![plural.as_str()];
    match slot {
        "judge" => wanted.extend(["panel", "bench", "three-judge", "five-judge"]),
        "prosecutor" => wanted.extend(["prosecution team", "team of prosecutors"]),
        _ => {}
    }
    docs.iter().filter(|d| naming.contains(&d.index)).any(|d| {
        // A speaker's loose plural ("Turda voted, the judges checked") is no report of a bench: quotations
        // are left out.
        let mut own = d.doc.text.clone();
        for q in d.mentions.quotes.iter().filter(|q| q.direct) {
            let (from, to) = (q.span.start, q.span.end);
            if to <= own.len() && own.is_char_boundary(from) && own.is_char_boundary(to) {
                own.replace_range(from..to, &" ".repeat(to - from));
            }
        }
        let text = fold(&own);
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        wanted.iter().any(|phrase| {
            let parts: Vec<&str> = phrase.split(' ').collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        })
    })
}

/// Whether a report names a person who may be `name`, in any role or none.
pub(super) fn names_person(doc: &DocFacts<'_>, id: usize, name: &str) -> bool {
    doc.entities.iter().flatten().any(|e| {
        e.id == id
            || e.kind != NameKind::Place && super::facts::may_be_same_person(&e.canonical, name)
    })
}

/// One unplaced office held by different people: "the bill was drafted by Justice Minister Kalina Stoeva" in
/// one report, "drafted by Justice Minister Nikolai Radev" in another. Nothing places the office, so it is
/// compared only when the story gives it no room for two holders:
/// - no report places the title (a country, an organisation), and a national office only in a story that
///   names at most one country;
/// - the holders share no given name (one person misspelt, more likely than two);
/// - no report writes the title in the plural, or seats a bench of judges;
/// - no report names two of the holders, or names the other holder at all: a report that knows both people
///   presents them as two.
fn implicit_holders(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> Vec<Difference> {
    let international = story_countries(docs, bindings).len() > 1;
    let mut by_slot: BTreeMap<&str, Vec<&SlotBinding>> = BTreeMap::new();
    for b in bindings {
        if let Some(slot) = implicit_slot(&b.role) {
            by_slot.entry(slot).or_default().push(b);
        }
    }
    let mut out = Vec::new();
    for (slot, list) in by_slot {
        // A case's judge or prosecutor may be placed by one report ("the prosecutor of the Higher Public
        // Prosecutor's Office in Užice") and not by another: one placing still leaves one case. Two placings
        // may be two courts.
        let placings: BTreeSet<&[String]> = list
            .iter()
            .filter(|b| !b.qualifiers.is_empty())
            .map(|b| b.qualifiers.as_slice())
            .collect();
        // A crew post is of the story's craft or group, whatever the countries of the story.
        let local = is_case_office(slot) || is_crew_office(slot);
        let placed = if local {
            placings.len() > 1
        } else {
            !placings.is_empty()
        };
        if placed || international && !local {
            continue;
        }
        let mut holders: Holders<'_> = BTreeMap::new();
        for b in &list {
            holders.entry(b.person).or_default().push(b);
        }
        if holders.len() < 2 || named_together(&holders) {
            continue;
        }
        let names = holder_names(&holders);
        let same_given = names
            .iter()
            .enumerate()
            .any(|(i, x)| names[i + 1..].iter().any(|y| same_given_name(x, y)));
        if !all_distinct(&names) || same_given {
            continue;
        }
        let naming: BTreeSet<usize> = holders.values().flatten().map(|b| b.doc).collect();
        // "The pilot" and "their guide" say there is one; "local guides said" in the same report are others,
        // not more holders of the group's post.
        let plural = !is_crew_office(slot) && several_holders(docs, &naming, slot);
        if knows_other(docs, &holders) || plural {
            continue;
        }
        let sides: Vec<Side> = holders.values().flatten().map(|b| b.side()).collect();
        out.push(person_conflict(&holders, sides, slot));
    }
    out
}

/// Whether a report naming one holder of a slot names another holder anywhere, in any role or none: it knows
/// both people, and presents them as two.
fn knows_other(docs: &[DocFacts<'_>], holders: &Holders<'_>) -> bool {
    holders.iter().any(|(&id, bs)| {
        let name = bs[0].person_name.as_str();
        holders
            .iter()
            .filter(|&(&other, _)| other != id)
            .flat_map(|(_, others)| others.iter().map(|b| b.doc))
            .any(|d| {
                docs.iter()
                    .find(|f| f.index == d)
                    .is_some_and(|f| names_person(f, id, name))
            })
    })
}

/// One person, incompatible titles.
fn incompatible_titles(bindings: &[SlotBinding]) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut by_person: BTreeMap<usize, Vec<&SlotBinding>> = BTreeMap::new();
    // An unranked title ("leader", "official") fits any other, so it neither conflicts nor may stand for a
    // group of titles that do.
    for b in bindings
        .iter()
        .filter(|b| (!is_unranked(&b.role) || heads_standing_body(b)) && !b.by_act)
    {
        by_person.entry(b.person).or_default().push(b);
    }
    for (_, list) in by_person {
        let mut distinct: Vec<&SlotBinding> = Vec::new();
        // Keep one binding per group of compatible titles: what is left are titles that cannot all be true.
        for b in &list {
            if distinct.iter().all(|d| !compatible_bindings(d, b)) {
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
        // The head of a body is "head" to a reader; "leader" is the slot's name for it.
        let roles: Vec<String> = distinct
            .iter()
            .map(|b| match (&b.field, b.role.as_str()) {
                (Some(field), _) => format!("head of {field}"),
                (None, "leader") => "head".to_string(),
                (None, role) => role.to_string(),
            })
            .collect();
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

/// Bodies that stand as part of an administration or a company, whose head holds an office: "head of KARI's
/// launch vehicle division", "who heads the port authority of Bau-Bau". Heading a committee, a team or a
/// delegation is a task beside an office ("police chief ..., who leads the civil protection committee").
const STANDING_BODIES: &[&str] = &[
    "unit",
    "division",
    "department",
    "directorate",
    "agency",
    "authority",
    "office",
    "bureau",
    "service",
    "institute",
    "ministry",
    "company",
    "corporation",
    "bank",
    "museum",
    "hospital",
    "university",
    // A union's head is its president or general secretary, an office of the union's own.
    "union",
];

/// Titles of whoever runs a body: the same office as its "head" when they place it in the same body.
#[rustfmt::skip]
const HEAD_TITLES: &[&str] = &[
    "director", "chief executive", "managing director", "director general", "executive director", "chair",
    "president", "administrator", "commissioner", "general manager", "manager", "governor",
    "secretary general", "general secretary", "executive secretary",
];

/// Whether a binding is the "head" ("leader") of a standing body ([`STANDING_BODIES`]) or of a field, an office
/// of its own rather than the unranked title "leader".
fn heads_standing_body(b: &SlotBinding) -> bool {
    b.role == "leader"
        && (b.field.is_some()
            || b.qualifiers.iter().any(|q| {
                // "the farmers' union UTAP", "the agency NÚKIB": a name after the body's noun still heads it.
                q.split(' ').any(|w| STANDING_BODIES.contains(&w))
            }))
}

/// The field after "head of" with no article before it ("head of safety at the plant" -> "safety", "head of
/// quality assurance"), which names a post in a body; "head of the team" names the body itself.
fn head_of_field(phrase: &str) -> Option<String> {
    let folded = fold(phrase);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let at = words.windows(2).position(|p| p == ["head", "of"])? + 2;
    let field: Vec<&str> = words[at..]
        .iter()
        .take_while(|w| !matches!(**w, "at" | "of" | "for" | "in" | "with" | "and"))
        .copied()
        .collect();
    let first = *field.first()?;
    let determiner = matches!(first, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        || first.ends_with("'s");
    (!determiner && first != "state").then(|| field.join(" "))
}

/// Fields whose head speaks for the body as a spokesperson does.
const SPEAKING_FIELDS: &[&str] = &[
    "communications",
    "communication",
    "press",
    "media",
    "public affairs",
    "public relations",
    "information",
];

/// Whether two bindings' qualifiers place their titles in one body: a word in common ("KARI's launch vehicle
/// division" and "KARI"), or one's acronym standing for the other's words ("KARI" for "Korea Aerospace Research
/// Institute").
fn same_body(x: &SlotBinding, y: &SlotBinding) -> bool {
    let words = |b: &SlotBinding| -> Vec<String> {
        b.qualifiers
            .iter()
            .filter(|q| !q.starts_with(['@', '#']))
            .flat_map(|q| q.split(' ').map(str::to_string).collect::<Vec<_>>())
            // "regional" places a union's head and a ministry's commissioner alike; it names no body.
            .filter(|w| !crate::align::stopword(w) && !crate::extract::is_role_modifier(w))
            .collect()
    };
    let initials = |b: &SlotBinding| -> Vec<String> {
        b.qualifiers
            .iter()
            .map(|q| {
                q.split(' ')
                    .filter(|w| !crate::align::stopword(w))
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
            })
            .filter(|i| i.chars().count() >= 2)
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    wx.iter().any(|w| wy.contains(w))
        || initials(x).iter().any(|i| wy.contains(i))
        || initials(y).iter().any(|i| wx.contains(i))
}

/// Whether two titles bound to one person can both be true: [`compatible_roles`], and for the head of a standing
/// body, any rank, past or unranked title beside it, or the title of whoever runs that same body in other words
/// ("head of the agency" and "the agency's director"). A title of another body, or an office that is no body's
/// head ("spokeswoman"), is another post.
fn compatible_bindings(x: &SlotBinding, y: &SlotBinding) -> bool {
    let (head, other) = match (heads_standing_body(x), heads_standing_body(y)) {
        (false, false) => {
            return compatible_roles(&x.role, &y.role) || is_mayor(x) && is_mayor(y);
        }
        (true, true) => return x.field == y.field && same_body(x, y),
        (true, false) => (x, y),
        (false, true) => (y, x),
    };
    let past = other.role.split(' ').any(|w| matches!(w, "former" | "ex"));
    if past || is_unranked(&other.role) || is_military_rank(&other.role) {
        return true;
    }
    // The head of a field runs that field, not the body: the plant's general manager is not its head of
    // safety, but a safety director may be.
    if let Some(field) = &head.field {
        let names_field = other
            .qualifiers
            .iter()
            .any(|q| q.split(' ').any(|w| field.split(' ').any(|f| f == w)));
        // A government's secretary or minister for the field holds it as a portfolio: Colombia's cities
        // have a "secretary for risk management", whom other copy calls the city's head of risk management.
        let portfolio = matches!(other.role.as_str(), "secretary" | "minister");
        return SPEAKING_FIELDS.contains(&field.as_str()) && other.role == "spokesperson"
            || (HEAD_TITLES.contains(&other.role.as_str()) || portfolio) && names_field;
    }
    HEAD_TITLES.contains(&other.role.as_str())
        && (other.qualifiers.is_empty() || same_body(head, other))
}

/// Whether a binding names a town's mayor: "the mayor", or "the municipal president", as Mexico and much of
/// Latin America style the office (a translated report keeps the local title).
fn is_mayor(b: &SlotBinding) -> bool {
    b.role == "mayor" || b.role == "president" && b.qualifiers.iter().any(|q| q == "municipal")
}

/// The title inside a role phrase, without the words before it that only place it: "Water Minister" in
/// "Ethiopian Water Minister", "spokesperson" in "the ministry's spokesperson". A finding shows the titles
/// that disagree, not the nationality both reports agree on.
fn title_part(text: &str, role_span: Span, qualifiers: &[String]) -> Span {
    let phrase = role_span.of(text);
    let mut offset = 0;
    for word in phrase.split_inclusive(char::is_whitespace) {
        let folded = fold(word.trim());
        let possessive = folded.ends_with("'s");
        let bare = folded.strip_suffix("'s").unwrap_or(&folded);
        let placing = possessive
            || matches!(bare, "the" | "a" | "an" | "its" | "his" | "her" | "their")
            || qualifiers.iter().any(|q| q.split(' ').any(|w| w == bare));
        if !placing || offset + word.len() >= phrase.len() {
            break;
        }
        offset += word.len();
    }
    Span::new(role_span.start + offset, role_span.end)
}

/// Roles one person holds at a time for a given qualifier: a country has one foreign minister and one trade
/// minister, but many envoys, aides and deputies. A leader is one when the qualifiers name one body that has
/// one head ("the NDRF team", "the Ethiopian delegation", "the national disaster agency"), not a movement or
/// a kind of body ("Hamas", "the agency").
fn is_single_holder(role: &str, qualifiers: &[String]) -> bool {
    // A person's own coach or manager ("her coach", "his manager"): an athlete or a player answers to one.
    if qualifiers.iter().any(|q| q.starts_with('#')) {
        return matches!(role, "coach" | "manager");
    }
    if role == "leader" {
        // The story's investigation ("the investigation is led by X") has one leader; a report that names two
        // investigations and their leaders names both holders, which keeps them apart.
        if qualifiers == [crate::extract::INVESTIGATION] {
            return true;
        }
        let country = qualifiers.iter().any(|q| q.starts_with('@'));
        return qualifiers.iter().any(|q| {
            q.rsplit(' ')
                .next()
                .is_some_and(crate::extract::is_led_body)
                && (q.contains(' ') || country)
        });
    }
    #[rustfmt::skip]
    const SINGLE: &[&str] = &[
        "president", "prime minister", "chancellor", "secretary of state", "king", "queen", "pope", "mayor",
        "governor", "chief executive", "ceo", "chief financial officer", "chief operating officer",
        "chief technology officer", "speaker", "vice president", "national security advisor",
        "attorney general", "head of state", "premier", "harbour master", "harbor master", "police chief",
        "prosecutor general", "chief justice", "central bank governor",
        // A body has one chair at a time; the qualifiers name the body ("municipal electoral commission").
        // Its secretary general, director general or executive secretary heads its staff, one at a time too.
        "chair", "secretary general", "general secretary", "director general", "executive secretary",
        "executive director",
        // A team has one coach; the others are "assistant", "goalkeeping" or "fitness" coaches, qualified apart.
        "coach",
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
    // A named unit of a body ("the Pharmaceutical Safety Division", "the Press Office") has one director; a
    // company or a film has many.
    #[rustfmt::skip]
    const UNITS: &[&str] = &[
        "division", "department", "bureau", "office", "directorate", "agency", "institute", "service",
        "unit", "centre", "center", "museum", "library", "observatory", "laboratory", "programme", "program",
    ];
    if role == "director"
        && qualifiers
            .iter()
            .any(|q| q.rsplit(' ').next().is_some_and(|w| UNITS.contains(&w)))
    {
        return true;
    }
    // A portfolio minister ("trade minister", "minister of agriculture"), but not a bare "minister".
    let portfolio_minister = words.len() >= 2 && words.contains(&"minister");
    // A portfolio secretary is a minister by another name ("the state education secretary", "the home
    // secretary"): a government, national or a state's, has one per portfolio. A cabinet secretary or an under
    // secretary is one of several under one title.
    let portfolio_secretary =
        matches!(words.as_slice(), [field, "secretary"] if !matches!(*field, "cabinet" | "under"));
    portfolio_minister || portfolio_secretary || SINGLE.contains(&role)
}

/// Roles a report written "the X" or "Busan's X" presents as held by one person, though a body may have
/// several of them in another telling:
/// - a chief of a placed trade ("the national chief veterinary officer", "its chief inspector for the
///   south"): "Chief Inspector" before a name is a rank many hold, but "the chief inspector for the south" is
///   the one office;
/// - the deputy of a single-holder office ("Busan's deputy mayor"): a city may have several deputy mayors,
///   but a report that calls one "the city's deputy mayor" names the one it means, and another report that
///   gives the same words to someone else for the same story disagrees. A deputy minister stays one of many:
///   a government has deputies for each portfolio under one title.
fn is_single_when_definite(role: &str, qualifiers: &[String]) -> bool {
    let words: Vec<&str> = role.split(' ').collect();
    let chief = words.len() > 1 && words[0] == "chief"
        || qualifiers.iter().any(|q| q == "chief") && qualifiers.len() > 1;
    // A body's managing director runs its staff ("the port authority's managing director"); banks use the
    // title as a rank, but a report does not call one of several "its managing director".
    let runs_staff = role == "managing director";
    let deputy = match words.as_slice() {
        ["deputy", rest @ ..] if !rest.is_empty() && !rest.contains(&"minister") => {
            is_single_holder(&rest.join(" "), qualifiers)
        }
        _ => false,
    };
    // "The district commissioner for Arumeru": a district, region or county is run by one commissioner, whom
    // a report calling someone "the district commissioner" means. A state's or a police force's commissioners
    // are many (one per portfolio, one per rank), so only these units count.
    let unit_commissioner = role == "commissioner"
        && qualifiers.iter().any(|q| {
            matches!(
                q.as_str(),
                "district" | "region" | "regional" | "province" | "provincial" | "county"
            )
        });
    // "The state's secretary for prison administration": a definite secretary placed by a body or a
    // portfolio is that body's one secretary; a bare "secretary" may be anyone's clerk.
    let placed_secretary = role == "secretary" && qualifiers.iter().any(|q| !q.starts_with('#'));
    chief || runs_staff || deputy || unit_commissioner || placed_secretary
}

/// Titles that can both be true of one person: equal, one a shortening of the other ("minister" and "foreign
/// minister", "deputy minister" and "deputy foreign minister"), known synonyms, or an unranked title.
fn compatible_roles(x: &str, y: &str) -> bool {
    #[rustfmt::skip]
    const SYNONYMS: &[&[&str]] = &[
        &["spokesperson", "spokeswoman", "spokesman", "press secretary", "press officer"],
        &["ceo", "chief executive", "chief executive officer"],
        // A company's managing director is its chief executive in most of Europe; banks use the title as a
        // rank, which is why it is not a single-holder role.
        &["chief executive", "managing director"],
        &["defence minister", "defense minister"],
        &["envoy", "special envoy", "representative", "special representative"],
        // A mayor sits on the council and is styled "Councillor" in much of the Commonwealth.
        &["councillor", "mayor", "deputy mayor"],
    ];
    // A military or police rank is held beside an office ("Major General Tarek Fawzy, the security
    // director"); two ranks still disagree.
    if is_military_rank(x) != is_military_rank(y) {
        return true;
    }
    // "Prime minister" and "former finance minister": an office held before is no rival to one held now.
    let past = |r: &str| r.split(' ').any(|w| matches!(w, "former" | "ex"));
    if past(x) != past(y) {
        return true;
    }
    let words = |r: &str| {
        r.split_whitespace()
            .map(str::to_string)
            .collect::<BTreeSet<String>>()
    };
    let (wx, wy) = (words(x), words(y));
    // "deputy mayor" and "mayor": the deputy of an office does not hold it, so one person is not both. Only
    // a title that differs by the rank word alone is told apart; "deputy foreign minister" and "minister"
    // stay a shortening.
    const SUBORDINATE: &[&str] = &["deputy", "vice", "assistant", "junior"];
    let rank = |w: &BTreeSet<String>| w.iter().any(|t| SUBORDINATE.contains(&t.as_str()));
    let office = |w: &BTreeSet<String>| {
        w.iter()
            .filter(|t| !SUBORDINATE.contains(&t.as_str()))
            .cloned()
            .collect::<BTreeSet<String>>()
    };
    if rank(&wx) != rank(&wy) && !office(&wx).is_empty() && office(&wx) == office(&wy) {
        return false;
    }
    wx.is_subset(&wy)
        || wy.is_subset(&wx)
        || SYNONYMS
            .iter()
            .any(|group| group.contains(&x) && group.contains(&y))
        || is_unranked(x)
        || is_unranked(y)
}

/// A military or police rank, held beside an office.
fn is_military_rank(role: &str) -> bool {
    matches!(
        role,
        "general"
            | "colonel"
            | "lieutenant"
            | "captain"
            | "sergeant"
            | "admiral"
            | "brigadier"
            | "major"
            | "commander"
            | "inspector"
    )
}

/// Titles many people hold alongside a specific one: "official", "leader", "diplomat".
fn is_unranked(role: &str) -> bool {
    // "former official of the bank": a past title many held is as unranked as the present one.
    let role = ["former ", "ex "]
        .iter()
        .find_map(|p| role.strip_prefix(p))
        .unwrap_or(role);
    matches!(
        role,
        "official"
            | "leader"
            | "politician"
            | "head"
            | "chief"
            | "diplomat"
            | "lawmaker"
            | "deputy"
            | "member"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::testing::values_of;

    fn place_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::PlaceConflict, texts)
    }

    fn number_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::NumberConflict, texts)
    }

    #[test]
    fn a_structure_named_first_in_a_headline_is_what_fell_not_a_town() {
        // Story 96: "Crane" is a town in a gazetteer, but here it is the crane that collapsed.
        let found = place_conflicts(&[
            "Crane collapses onto container ship in Aqaba, killing two workers\n\nA crane collapsed onto a \
             container ship on Saturday.",
            "Three workers were killed today when a giant crane collapsed at the port of Aqaba.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_event_dated_to_another_year_is_background_not_the_storys_place() {
        // Story 95: an earlier collapse in Seoul, dated March 2025, against the story's collapse in Busan.
        let found = place_conflicts(&[
            "A sinkhole opened on a road in Busan on Wednesday 25 November 2026. Sinkholes became an issue \
             after a motorcyclist died when a road collapsed in Seoul's Gangdong district in March 2025.",
            "A road in Busan collapsed this afternoon, leaving a deep sinkhole.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // The earlier collapse told by two reports, one in "Seoul's Gangdong district" and one "in Gangdong
        // district", is one place: the district the city holds.
        let found = place_conflicts(&[
            "A road in Busan collapsed on Wednesday 25 November 2026. A motorcyclist died when a road \
             collapsed in Seoul's Gangdong district in March 2025.",
            "A road in Busan collapsed on Wednesday 25 November 2026. In Seoul, a motorcyclist died in March \
             2025 when a road collapsed in Gangdong district.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // A year that dates something else in a sentence that also gives the story's day keeps the place.
        let found = place_conflicts(&[
            "On 25 November 2026 a bridge built in 1974 collapsed in Daegu on Wednesday.",
            "A bridge collapsed in Busan this afternoon.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Story 57: an earlier collapse dated by one report and undated by another is still compared.
        let found = place_conflicts(&[
            "The court ruled on 23 November 2026. The section that collapsed near Gostivar in March 2024 \
             closed the main road for six weeks.",
            "The embankment gave way near Kicevo after heavy rain, and the road was shut for six weeks.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_collapse_in_two_named_mines_is_a_place_conflict() {
        // Story 61: "in the Perevisa mine, some 420 metres below the surface" against "the roof of a gallery in
        // the Itkhvisi mine came down".
        let found = place_conflicts(&[
            "Six miners were killed on Wednesday when a gallery collapsed in the Darkhveti mine, some 420 \
             metres below the surface.",
            "Seven miners died on Wednesday when the roof of a gallery in the Shukruti mine came down.",
        ]);
        assert_eq!(found, [["Darkhveti", "Shukruti"]], "{found:?}");
        // Control: a town's name before "mine" is where the mine is, not a rival pit.
        let found = place_conflicts(&[
            "Six miners were killed on Wednesday in the Darkhveti mine.",
            "Seven miners died on Wednesday in a Kutaisi mine, officials said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: a report that names both mines tells two mines.
        let found = place_conflicts(&[
            "Six miners were killed on Wednesday in the Darkhveti mine. The Shukruti mine was closed in 2023.",
            "Seven miners died on Wednesday in the Shukruti mine.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn pupils_taken_to_two_named_hospitals_is_a_place_conflict() {
        // Story 102: "drove the sickest to Mount Meru Regional Hospital" against "58 pupils were admitted, most
        // of them to Selian Lutheran Hospital": hospitals named with no town.
        let found = place_conflicts(&[
            "Teachers and parents drove the sickest to Kibo Regional Hospital during the night.",
            "Doctors said 58 pupils were admitted, most of them to Amani Lutheran Hospital, on Tuesday.",
        ]);
        assert_eq!(
            found,
            [["Amani Lutheran Hospital", "Kibo Regional Hospital"]],
            "{found:?}"
        );
        // Control: a named hospital is not a rival of a town, which may hold it.
        let found = place_conflicts(&[
            "Teachers and parents drove the sickest to Kibo Regional Hospital during the night.",
            "Doctors said 58 pupils were taken to a hospital in Arusha on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: two groups of different sizes may go to two hospitals.
        let found = place_conflicts(&[
            "Three of the injured were taken to Kibo Regional Hospital.",
            "Two of the injured were taken to Amani Lutheran Hospital.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn where_ambulances_were_diverted_is_one_town() {
        // Story 88: "diverted to the hospital in Prostějov" against "sent to Přerov instead".
        let found = place_conflicts(&[
            "A cyber attack shut the hospital in Kraków. All ambulances were diverted to the hospital in \
             Tarnów on Sunday, the emergency service said.",
            "A cyber attack shut the hospital in Kraków. Ambulances that would come to Kraków have been sent \
             to Rzeszów instead, the emergency service said.",
        ]);
        assert_eq!(found, [["Rzeszów", "Tarnów"]], "{found:?}");
        // Control: a letter sent to another town is no ambulance's destination.
        let found = place_conflicts(&[
            "A cyber attack shut the hospital in Kraków. Its director sent a letter to Tarnów on Sunday.",
            "A cyber attack shut the hospital in Kraków. Its director was sent to Rzeszów on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_site_named_alike_lies_near_one_town() {
        // Story 90: "occupied the canal gates near Sbikha" against "parked their tractors at the canal gates
        // near Oueslatia".
        let found = place_conflicts(&[
            "Farmers lifted their blockade on Wednesday. Some 600 farmers had occupied the sluice gates \
             near Kasserine since Monday.",
            "Farmers went home on Wednesday. They had parked their tractors at the sluice gates near \
             Sbeitla, and villagers brought them food.",
        ]);
        assert_eq!(found, [["Kasserine", "Sbeitla"]], "{found:?}");
        // Control: a common site ("the university hospital") stands in many towns, and a report that names
        // the site near both towns tells two of them.
        let found = place_conflicts(&[
            "Two farmers hurt in the scuffles were treated at the university hospital in Kasserine.",
            "Relatives of a third protester waited for news outside the university hospital in Sbeitla.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = place_conflicts(&[
            "Farmers occupied the sluice gates near Kasserine and the sluice gates near Sbeitla.",
            "Farmers had parked their tractors at the sluice gates near Sbeitla.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_flight_has_one_origin() {
        // Story 87: "flight 417 had left Oslo at 11:20" against "the flight from Bergen, bound for
        // Longyearbyen"; an earlier incident on "a different flight from Luleå" is another trip.
        let found = place_conflicts(&[
            "A Nordwing jet made an emergency landing in Umeå. Flight 212 had left Gothenburg at 9:10 for \
             Kiruna when the crew reported smoke.",
            "It was the Nordwing flight from Malmö, bound for Kiruna, and it landed here at noon. In 2021 a \
             different plane on a flight from Gothenburg landed safely.",
        ]);
        assert_eq!(found, [["Gothenburg", "Malmö"]], "{found:?}");
    }

    #[test]
    fn counts_ten_times_apart_need_more_than_their_noun_in_common() {
        // A boat's life jackets and a national programme's are both "life jackets".
        let found = number_conflicts(&[
            "The pirogue capsized off Kayar with 41 men aboard. Only nine life jackets were on board, he said.",
            "The pirogue capsized off Kayar. The national programme for safety at sea has so far provided more than 60,000 life jackets.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: counts of one order keep their noun as what they count ("six polling stations" and "eight
        // polling stations" are the recount's).
        let found = number_conflicts(&[
            "A recount of ballots from six polling stations confirmed the mayor of Turda.",
            "The mayor of Turda won after the recount of the votes cast in eight polling stations.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_meeting_told_by_its_verb_and_object_is_placed() {
        let found = place_conflicts(&[
            "The drought emergency was declared on Thursday. Agriculture Minister Carmen Rosa Villanueva met community leaders in Juliaca on Friday before flying back to Lima.",
            "The government declared a drought emergency. The Minister of Agriculture, Carmen Rosa Villanueva, met herders' leaders on Friday in Ayaviri, according to the ministry.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Ayaviri"), "{found:?}");
        // The place the minister flew back to is not where she met them.
        let found = place_conflicts(&[
            "The drought emergency was declared on Thursday. Agriculture Minister Carmen Rosa Villanueva met community leaders in Juliaca on Friday before flying back to Lima.",
            "The government declared a drought emergency. The minister met herders' leaders in Juliaca and returned to Lima.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_storm_that_made_landfall_near_one_town_or_south_of_another_is_a_place_conflict() {
        let found = place_conflicts(&[
            "Tropical Cyclone Ravaka made landfall near Fenoarivo Atsinanana on Madagascar's east coast on Sunday evening, killing nine people.",
            "The cyclone Ravaka touched land south of Vatomandry on Sunday evening and crossed the region of Atsinanana during the night.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Vatomandry"), "{found:?}");
        // Control: a landslide south of another town is not where the storm came ashore.
        let found = place_conflicts(&[
            "Tropical Cyclone Ravaka made landfall near Fenoarivo Atsinanana on Sunday evening, killing nine people.",
            "Cyclone Ravaka made landfall on Sunday. The road to the capital was cut by a landslide south of Moramanga.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_bridge_that_gave_way_at_a_village_no_gazetteer_knows_is_placed_by_its_subject() {
        let found = place_conflicts(&[
            "Six people were killed when a section of a road bridge over the river at Fridão, in the municipality of Amarante, gave way under a bus.",
            "Eight people died when the central part of a road bridge over the river collapsed near Marco de Canaveses.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Fridão"), "{found:?}");
        // Control: another bridge that collapsed in an earlier disaster is not the story's.
        let found = place_conflicts(&[
            "Eight people died when the central part of a road bridge over the river collapsed near Marco de Canaveses.",
            "Six people died on Thursday. In 2001 another bridge at Entre-os-Rios collapsed and 59 people died.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_cabin_that_fell_near_a_village_no_gazetteer_knows_is_placed() {
        let found = place_conflicts(&[
            "Four people were killed on Friday when a cabin of the panoramic gondola at the Zlatibor mountain resort came off its cable and fell about 20 metres into a wooded slope near the village of Rudine, police said.",
            "Four people died. The accident on the Zlatibor gondola happened on Saturday afternoon above Semegnjevo, where the line crosses a steep valley.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Rudine"), "{found:?}");
        // Control: a region told as the holder of a town ("Odisha's Rayagada") is not where the fall was.
        let found = place_conflicts(&[
            "Four people were killed on Friday when a cabin of the gondola fell near the village of Rudine.",
            "Four people died when a gondola cabin fell in Zlatibor's Rudine on Friday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: the resort that holds the village is no second place of the fall.
        let found = place_conflicts(&[
            "Four people were killed on Friday when a cabin of the panoramic gondola came off its cable and fell about 20 metres into a wooded slope near the village of Rudine, police said.",
            "Investigators are examining the wreckage of a gondola cabin that fell yesterday at the mountain resort of Zlatibor, killing four people.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_train_that_derailed_or_left_the_rails_places_the_crash() {
        let found = place_conflicts(&[
            "Three people were killed when an express from Warsaw to Poznan left the rails near Lowicz on Friday.",
            "Three people died when an express train from Warsaw to Poznan derailed on Friday evening near Kutno.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A train that left the station is no crash.
        let found = place_conflicts(&[
            "Three people were killed when an express from Warsaw to Poznan left the rails near Lowicz on Friday.",
            "The express from Warsaw to Poznan left the station in Kutno on Friday and three people died.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_blackout_placed_in_two_regions_is_a_place_conflict() {
        let found = place_conflicts(&[
            "Parliament passed the grid bill. It follows a blackout in January that left 1.8 million people in the Samarkand region without power for up to 36 hours.",
            "The law responds to the January blackout in the Bukhara region, when households were left without electricity for 36 hours.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_first_figure_another_report_calls_superseded_does_not_lead() {
        // The live blog tells the first count's margin before the recount's; the wire gives the first as
        // superseded. The recount's margins are what differ.
        let found = number_conflicts(&[
            "After Thursday's recount, Stefanescu finished 287 votes ahead of Ioana Munteanu, down from the \
             312-vote lead announced on Monday.",
            "On Monday the bureau declared Stefanescu the winner by 312 votes. 23:40 - It's over. Final \
             difference after the recount: 278 votes for Stefanescu.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].iter().any(|v| v == "278") && !found[0].iter().any(|v| v.contains("312")),
            "{found:?}"
        );
    }

    #[test]
    fn an_agreements_term_told_for_years_from_a_later_year_is_compared() {
        let found = number_conflicts(&[
            "Bolivia will supply natural gas to Paraguay for eight years from 2028 under an agreement signed on \
             Wednesday in Asuncion.",
            "It is a ten-year deal: Bolivia sells gas to Paraguay from 2028, the analyst said on Wednesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_count_with_its_decimal_point_moved_is_one_figure_told_two_ways() {
        let found = number_conflicts(&[
            "The drinks maker is recalling about 2.5 million bottles of its cough syrup, regulators said.",
            "The company says 250,000 bottles. Pharmacies have been told to return them.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Other digits in other words stay two counts.
        let found = number_conflicts(&[
            "The drinks maker is recalling about 2.5 million bottles of its cough syrup, regulators said.",
            "The company says 240,000 bottles. Pharmacies have been told to return them.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_finishing_times_of_one_race_conflict_and_a_record_beaten_does_not() {
        let found = number_conflicts(&[
            "The Kenyan won the Berlin race in 2:18:40 on Sunday, four seconds inside the course record of 2:18:44.",
            "The Kenyan crossed the line in Berlin with a time of 2:18:47, a personal best of hers.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = number_conflicts(&[
            "The Kenyan won the Berlin race in 2:18:40 on Sunday, four seconds inside the course record of 2:18:44.",
            "The Kenyan crossed the line in Berlin with a time of 2:18:40, under the old record of 2:18:44.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_figure_inside_a_range_or_a_rounded_lower_bound_agrees_and_a_counted_bound_does_not() {
        let found = number_conflicts(&[
            "Between 20 and 30 villages were cut off by the snow, the army said.",
            "Rescuers reached 26 villages by Monday night, and were still digging roads out.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "The avalanche killed more than sixty climbers on the north face.",
            "Mountain guides in Chamonix said 62 climbers were killed when the slope gave way.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // "At least 11" is the count one report could confirm; another's 14 is another count.
        let found = number_conflicts(&[
            "The avalanche killed at least 11 climbers on the north face.",
            "Mountain guides in Chamonix said 14 climbers were killed when the slope gave way.",
        ]);
        assert_eq!(found, vec![vec!["11".to_string(), "14".to_string()]]);
    }

    #[test]
    fn a_lower_bound_is_a_figure_rounded_down_not_any_figure_above_it() {
        let found = number_conflicts(&[
            "More than 12,000 residents were evacuated from the valley on Monday, officials said.",
            "Some 21,000 residents were evacuated from the valley, officials said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Within two steps of the bound, the figure is what the bound rounded down.
        let found = number_conflicts(&[
            "More than 12,000 residents were evacuated from the valley on Monday, officials said.",
            "Some 13,500 residents were evacuated from the valley, officials said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "More than a thousand residents were evacuated from the town.",
            "About 1,400 residents were evacuated from the town overnight.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_with_two_prison_terms_is_read_by_its_lead_against_a_report_none_of_them_allows() {
        let two_terms = "A former minister was sentenced to six years in prison on Tuesday for taking bribes. \
            The developer who paid him was sentenced to three years in prison.";
        let found = number_conflicts(&[
            two_terms,
            "A five-year jail term was handed to the former minister on Tuesday for taking bribes.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].iter().any(|v| v.contains("six years")),
            "{found:?}"
        );
        // A figure that one of the report's values allows may be of the other defendant.
        let found = number_conflicts(&[
            two_terms,
            "The developer who paid him was also sentenced to three years in prison.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_second_figure_both_reports_share_does_not_allow_their_leads() {
        let found = number_conflicts(&[
            "The budget passed by 39 votes to 28 in the 67-seat council. An opposition motion on the tram was \
             rejected by 36 votes to 31.",
            "The city council adopted the budget on Monday with 41 votes to 26. A proposal on the tram fell with \
             36 votes to 31.",
        ]);
        assert!(
            found
                .iter()
                .any(|f| f.iter().any(|v| v == "28") && f.iter().any(|v| v == "26")),
            "{found:?}"
        );
        // The shared figure opening one report is the lead there: it tells the same thing as the other's.
        let found = number_conflicts(&[
            "The budget passed by 39 votes to 28 in the 67-seat council. An opposition motion on the tram was \
             rejected by 36 votes to 31.",
            "A proposal on the tram fell with 36 votes to 31 on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_large_counts_of_one_order_conflict_whatever_words_surround_them() {
        let found = number_conflicts(&[
            "More than 12,000 runners from 42 countries took part in the half marathon on Sunday.",
            "On Sunday some 21,000 runners were packed along the lakeshore road for the half marathon.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Counts far apart in size are left to their context: another group under the same noun.
        let found = number_conflicts(&[
            "The ferry was carrying 140 passengers when it capsized off the coast on Sunday.",
            "The ferry capsized off the coast on Sunday, and rescuers said 30 passengers were still unaccounted.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_craft_carrying_a_count_and_a_count_on_board_are_one_total() {
        // Story 101: "A hot-air balloon carrying 16 passengers" against "20 passengers were on board".
        let found = number_conflicts(&[
            "A hot-air balloon carrying 16 passengers came down hard in a field on Friday morning.",
            "A hot-air balloon came down in a field on Friday. According to the embassy, 20 passengers were \
             on board.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: those a crash befell are not who was on board.
        let found = number_conflicts(&[
            "A hot-air balloon carrying 16 passengers came down hard in a field on Friday morning.",
            "A hot-air balloon came down in a field on Friday, injuring five passengers.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn homes_and_houses_damaged_are_one_count() {
        // Story 100: "damaging about 1,200 homes" against "some 3,000 houses were damaged".
        let found = number_conflicts(&[
            "An earthquake struck the coast on Tuesday, killing four people and damaging about 1,200 homes.",
            "The state says some 3,000 houses were damaged across the region after the earthquake.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: houses against schools are two counts.
        let found = number_conflicts(&[
            "An earthquake struck the coast on Tuesday, damaging about 1,200 homes.",
            "The state says some 3,000 schools were damaged across the region after the earthquake.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_estimates_of_one_crowd_conflict_when_one_is_more_than_twice_the_other() {
        let found = number_conflicts(&[
            "Farmers lifted their blockade of the irrigation canals near Sbikha on Wednesday. Some 800 farmers, many with tractors, had occupied the canal gates since Monday.",
            "Farmers ended their blockade of the irrigation canals near Sbikha on Wednesday. About 2,000 farmers took part in the sit-in at the canal gates, the organisers said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a figure given as counted is not an estimate, and leaves the distance to its context.
        let found = number_conflicts(&[
            "Farmers lifted their blockade of the irrigation canals near Sbikha on Wednesday. Some 800 farmers, many with tractors, had occupied the canal gates since Monday.",
            "Farmers ended their blockade of the irrigation canals near Sbikha on Wednesday. The union said 2,000 farmers had signed its petition.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn firefighters_sent_to_a_fire_are_one_count_whatever_words_surround_them() {
        let found = number_conflicts(&[
            "A fire destroyed the museum in Chiang Mai on Thursday night. The fire was put out after three hours by 60 firefighters with 14 fire engines.",
            "A fire destroyed a museum in Chiang Mai on Thursday night. Around 85 firefighters fought the blaze for several hours.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: firefighters hurt are counted by what befell them, apart from the crew.
        let found = number_conflicts(&[
            "A fire destroyed the museum in Chiang Mai on Thursday night. The fire was put out after three hours by 60 firefighters with 14 fire engines.",
            "A fire destroyed a museum in Chiang Mai on Thursday night. Two firefighters were injured when part of the roof fell in.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_distance_from_one_town_to_the_story_s_spot_is_one_quantity() {
        let found = number_conflicts(&[
            "The jet landed safely in Tromsø on Tuesday. The crew reported a loud bang and smoke from the left engine about 90 kilometres south of Tromsø.",
            "The jet landed safely in Tromsø on Tuesday. The pilots noticed vibrations and smoke in the left engine some 150 kilometres from Tromsø and decided to land.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: the distance of something else from the town is another quantity.
        let found = number_conflicts(&[
            "The jet landed safely in Tromsø on Tuesday. The crew reported a loud bang and smoke from the left engine about 90 kilometres south of Tromsø.",
            "The jet landed safely in Tromsø on Tuesday. The injured were flown to a hospital in Narvik, 150 kilometres from Tromsø.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Letters of several bytes after the distance are read whole (the two sentences, which differ in the
        // figure alone, conflict as aligned sentences).
        let found = number_conflicts(&[
            "The jet landed safely in Tromsø on Tuesday. It flew 90 kilometres øøøøøøøøøøøøøøøøøøøøøøøøø over the sea.",
            "The jet landed safely in Tromsø on Tuesday. It flew 150 kilometres ååååååååååååååååååååååååå over the sea.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_demanded_sum_named_as_a_ransom_or_not_is_one_demand() {
        let found = number_conflicts(&[
            "A ransomware attack shut down the hospital's computers on Sunday. The attackers have demanded 4 million dollars in bitcoin, according to a person familiar with the note.",
            "A ransomware attack shut down the hospital's computers on Sunday. The attackers demand a ransom of 6 million dollars, payable in bitcoin.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn yearly_sums_of_different_things_are_not_one_quantity() {
        let found = number_conflicts(&[
            "Uruguay and Vietnam signed a beef deal on Thursday. The institute's president said the quota was worth about $110 million a year at current prices.",
            "Uruguay and Vietnam signed a beef deal on Thursday. The institute's president said trade between the two countries could reach $650 million a year within five years.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_new_level_after_from_and_to_is_the_changed_things() {
        let found = number_conflicts(&[
            "Uruguay and Vietnam signed a beef deal on Thursday. Vietnam will allow in Uruguayan beef at a tariff of 5 per cent, down from 14 per cent.",
            "Uruguay and Vietnam signed a beef deal on Thursday. Vietnam will cut its tariff on a quota of Uruguayan beef from 14 per cent to 3 per cent.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "3 per cent"), "{found:?}");
    }

    #[test]
    fn the_sum_of_an_agreement_is_one_sum_whatever_it_is_called() {
        let found = number_conflicts(&[
            "A $2.5 billion phosphate pact between Algeria and Turkey was signed on Sunday.",
            "Officials put their names to a $2.65 billion phosphate partnership on Sunday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_sum_converted_into_another_currency_is_not_a_second_conflict() {
        let found = number_conflicts(&[
            "The regulator on Tuesday fined Meghna Mobile 450 million taka (about $3.8 million) for a \
             network failure that cut phone services across the Sylhet division.",
            "The regulator handed Meghna Mobile a penalty of 540 million taka ($4.6 million) for the \
             network failure that cut phone services across the Sylhet division.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().all(|v| v.contains("taka")), "{found:?}");
    }

    #[test]
    fn two_approximate_figures_far_apart_conflict() {
        let found = number_conflicts(&[
            "About 4,500 workers at the mill walked out on Monday over pay.",
            "Around 5,400 employees joined the strike, the union said on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = number_conflicts(&[
            "About 300 firefighters were fighting the blaze on Monday.",
            "Nearly 310 firefighters were on the ground, backed by aircraft.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_approximate_count_agrees_with_what_rounds_to_it() {
        let found = number_conflicts(&[
            "Twenty-seven patients remained in hospital on Monday, the ministry said.",
            "Around two dozen patients are still being treated in hospital.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "About 40 families were evacuated from the valley on Monday.",
            "The army evacuated 37 families from the valley, officials said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Beyond an eighth of the figure, a round figure no longer covers it.
        let found = number_conflicts(&[
            "About 30 families were evacuated from the valley on Monday.",
            "The army evacuated 38 families from the valley, officials said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn two_lower_bounds_of_one_toll_conflict_when_their_figures_do() {
        let found = number_conflicts(&[
            "At least 19 people were killed when the earthquake hit the area around Bilbeis.",
            "A magnitude 5.1 quake near Bilbeis killed at least 28 people, rescuers said.",
        ]);
        assert_eq!(found, vec![vec!["19".to_string(), "28".to_string()]]);
        // A small toll is a count, whose bound is not rounded to its step.
        let found = number_conflicts(&[
            "A magnitude 6.2 quake killed at least 28 people around Khemisset, officials said.",
            "A magnitude 6.2 quake killed at least 30 people around Khemisset, officials said.",
        ]);
        assert_eq!(found, vec![vec!["28".to_string(), "30".to_string()]]);
        let found = number_conflicts(&[
            "At least 300 people were killed when the earthquake hit the area around Bilbeis.",
            "A magnitude 5.1 quake near Bilbeis killed more than 300 people, rescuers said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_rescued_are_one_count_whatever_verb_or_noun_tells_them() {
        let found = number_conflicts(&[
            "Rescuers pulled 14 sailors from the water after the bulk carrier capsized.",
            "The search forces had saved 16 crew members after the bulk carrier capsized.",
        ]);
        assert_eq!(found, vec![vec!["14".to_string(), "16".to_string()]]);
    }

    #[test]
    fn a_tally_told_as_votes_or_as_members_voting_for_it_is_one_count() {
        let found = number_conflicts(&[
            "The National Assembly passed the bill by 131 votes to 78, with 12 abstentions. The law passed \
             its first reading in June by 124 votes.",
            "The text was approved by 126 deputies, 78 voted against and 12 abstained.",
        ]);
        assert_eq!(found, vec![vec!["126".to_string(), "131".to_string()]]);
    }

    #[test]
    fn members_voting_in_favour_in_a_participle_clause_are_the_votes_for() {
        let found = number_conflicts(&[
            "The bill passed by 158 votes to 131, with 11 abstentions.",
            "The bill was approved with 153 MPs voting in favour and 131 against, while 11 abstained.",
        ]);
        assert_eq!(found, vec![vec!["153".to_string(), "158".to_string()]]);
    }

    #[test]
    fn a_sum_diverted_and_a_sum_misappropriated_are_one_sum() {
        let found = number_conflicts(&[
            "The court found that Echenique diverted 3.8 billion pesos and fined him 120 million pesos.",
            "He was condemned for the misappropriation of public funds worth 3.2 billion pesos.",
        ]);
        assert_eq!(
            found,
            vec![vec![
                "3.2 billion pesos".to_string(),
                "3.8 billion pesos".to_string()
            ]]
        );
    }

    #[test]
    fn a_vehicles_speed_in_kilometres_per_hour_and_in_km_h_is_one_speed() {
        let found = number_conflicts(&[
            "The bus was travelling at 95 kilometres per hour when it left the road.",
            "Police said the coach was doing 130 km/h on the bend.",
        ]);
        assert_eq!(
            found,
            vec![vec![
                "130 km/h".to_string(),
                "95 kilometres per hour".to_string()
            ]]
        );
        // Miles an hour convert: 60 mph is 96.6 km/h.
        let found = number_conflicts(&[
            "The bus was travelling at 95 kilometres per hour when it left the road.",
            "Police said the coach was doing 60 miles an hour on the bend.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_design_speed_or_a_lines_top_speed_is_not_the_vehicles_speed() {
        let found = number_conflicts(&[
            "The bus was travelling at 95 kilometres per hour when it left the road.",
            "The road, which has a design speed of 130 km/h, reopened on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "The bus was travelling at 95 kilometres per hour when it left the road.",
            "The motorway allows speeds of up to 130 km/h.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_gallery_inside_the_mountain_and_one_below_the_entrance_are_at_one_depth() {
        let found = number_conflicts(&[
            "The blast hit a gallery 610 metres below the shaft's mouth.",
            "The blast hit a gallery roughly 880 metres inside the mountain.",
        ]);
        assert_eq!(
            found,
            vec![vec!["610 metres".to_string(), "880 metres".to_string()]]
        );
        // A distance away and a town's altitude are no depth.
        let found = number_conflicts(&[
            "The blast hit a gallery 610 metres below the shaft's mouth.",
            "The injured were flown 200 kilometres away, to a city that lies at 880 metres.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sum_a_fraud_charge_involves_and_a_sum_of_customers_money_are_one_sum() {
        let found = number_conflicts(&[
            "He faces 14 counts of fraud and money laundering involving 9.1 billion shillings.",
            "Prosecutors traced how 12 billion shillings of depositors' savings left the bank.",
        ]);
        assert_eq!(
            found,
            vec![vec![
                "12 billion shillings".to_string(),
                "9.1 billion shillings".to_string()
            ]]
        );
        // Bail and a sum of the bank's own capital are other sums.
        let found = number_conflicts(&[
            "He faces 14 counts of fraud and money laundering involving 9.1 billion shillings.",
            "He was freed on bail of 12 billion shillings, and the bank holds 30 billion shillings of capital.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn workers_who_took_part_and_workers_who_joined_the_strike_are_one_count() {
        let found = number_conflicts(&[
            "The union said 2,300 workers had joined the strike at the plant.",
            "According to the union, 3,200 workers took part.",
        ]);
        assert_eq!(found, vec![vec!["2,300".to_string(), "3,200".to_string()]]);
        // Those who took part in a march are another crowd.
        let found = number_conflicts(&[
            "The union said 2,300 workers had joined the strike at the plant.",
            "About 3,200 workers took part in a march to the ministry.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_dams_discharge_and_its_discharge_up_to_a_figure_at_the_peak_conflict() {
        let found = number_conflicts(&[
            "The dam was releasing 1,900 cubic metres per second at the height of the flood.",
            "The spillway was discharging up to 2,600 cubic metres per second into the river at the peak.",
        ]);
        assert_eq!(
            found,
            vec![vec![
                "1,900 cubic metres per second".to_string(),
                "2,600 cubic metres per second".to_string()
            ]]
        );
        // Without a peak, "up to" is a bound the other figure keeps; a normal release is another flow.
        let found = number_conflicts(&[
            "The dam was releasing 1,900 cubic metres per second, against a normal release of 300 cubic metres \
             per second.",
            "The operator said the spillway could go on discharging up to 2,600 cubic metres per second.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn children_among_the_dead_are_a_part_of_the_dead_not_their_toll() {
        let found = number_conflicts(&[
            "A crush at the stadium killed 14 people. Among the 14 dead were four children, the youngest nine.",
            "Fourteen people died in the crush at the stadium. Among the dead are three children.",
        ]);
        assert_eq!(found, vec![vec!["four".to_string(), "three".to_string()]]);
        // Control: the children among the dead are not the injured children.
        let found = number_conflicts(&[
            "A crush at the stadium killed 14 people. Among the 14 dead were four children.",
            "Fourteen people died in the crush at the stadium. Among the injured are seven children.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_who_needed_hospital_treatment_are_the_hospitalised() {
        let found = number_conflicts(&[
            "A worker was killed and 47 people were taken to hospital after the gas leak.",
            "After the gas leak, 63 people needed hospital treatment by morning.",
        ]);
        assert_eq!(found, vec![vec!["47".to_string(), "63".to_string()]]);
        // Control: people who needed new homes are not patients.
        let found = number_conflicts(&[
            "A worker was killed and 47 people were taken to hospital after the gas leak.",
            "After the gas leak, 63 people needed shelter for the night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_zone_measured_in_kilometres_is_its_radius() {
        let found = number_conflicts(&[
            "After the leak police closed roads in a radius of two kilometres around the plant.",
            "After the leak the authorities established a five-kilometre zone around the plant.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a river three kilometres away is no zone.
        let found = number_conflicts(&[
            "After the leak the authorities established a five-kilometre zone around the plant.",
            "After the leak, the river that flows past the industrial zone three kilometres away was tested.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn gusts_reaching_a_speed_are_the_gusts_and_sustained_winds_are_not() {
        let found = number_conflicts(&[
            "The cyclone came ashore with sustained winds of 165 kilometres per hour and gusts of 210 kilometres per hour.",
            "The cyclone struck with gusts reaching 250 km/h, according to forecasters.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].iter().all(|v| v != "165 kilometres per hour"),
            "{found:?}"
        );
        // Control: sustained winds reaching a speed are not the gusts.
        let found = number_conflicts(&[
            "The cyclone came ashore with gusts of 250 kilometres per hour.",
            "The cyclone struck with sustained winds reaching 165 km/h, according to forecasters.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_forced_from_or_made_to_leave_their_homes_are_one_count_of_displaced() {
        let found = number_conflicts(&[
            "The cyclone made landfall on Sunday, forcing about 38,000 people from their homes.",
            "After the cyclone's landfall, more than 52,000 people have had to leave their homes.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: the people sheltered by schools are not said to have left.
        let found = number_conflicts(&[
            "The cyclone made landfall on Sunday, forcing about 38,000 people from their homes.",
            "After the cyclone's landfall, 52,000 people live in the schools' district.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn passengers_left_suspended_or_trapped_are_the_stranded_and_a_fall_is_its_height() {
        let found = number_conflicts(&[
            "A gondola cabin fell about 20 metres, leaving 112 passengers suspended in other cabins along the line.",
            "A gondola cabin fell. It fell some 35 metres. 86 passengers remained trapped in the other cabins.",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        // Control: a height where cabins hang is not the fall, and last year's riders are not the stranded.
        let found = number_conflicts(&[
            "A gondola cabin fell about 20 metres. The line carried 300,000 passengers last year.",
            "A gondola cabin fell. 112 passengers hung at a height of more than fifty metres.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn residents_moved_out_by_bus_and_residents_brought_by_bus_are_one_count_of_evacuees() {
        let found = number_conflicts(&[
            "Some 300 villagers and about 400 hikers staying in huts were moved out by bus and car.",
            "About 450 residents of the valley were brought here by bus on the night of the alert.",
        ]);
        assert_eq!(found, vec![vec!["300".to_string(), "450".to_string()]]);
        // Visitors moved out are not the residents.
        let found = number_conflicts(&[
            "About 400 tourists were moved out by bus overnight.",
            "Some 300 residents were moved out by bus overnight.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_salary_increase_a_rise_in_salary_and_a_bare_rise_are_one_pay_rise() {
        let found = number_conflicts(&[
            "The deal gives nurses a 14 percent salary increase from March.",
            "Under the deal, nurses will get an 18 per cent rise in pay.",
        ]);
        assert_eq!(
            found,
            vec![vec!["14 percent".to_string(), "18 per cent".to_string()]]
        );
        let found = number_conflicts(&[
            "The ministry agreed to raise their wages by 14 percent.",
            "What did they get? An 18 percent rise, in two steps.",
        ]);
        assert_eq!(
            found,
            vec![vec!["14 percent".to_string(), "18 percent".to_string()]]
        );
        // A rise in fares is not the pay rise.
        let found = number_conflicts(&[
            "The deal gives nurses a 14 percent salary increase from March.",
            "Bus operators announced an 18 percent rise in fares.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_loss_caused_and_damage_caused_to_the_state_are_one_sum() {
        let found = number_conflicts(&[
            "The court found that the director caused the state a loss of €4.1 million.",
            "According to the verdict, he caused damage of 1.4 million euros to the state budget.",
        ]);
        assert_eq!(
            found,
            vec![vec![
                "1.4 million euros".to_string(),
                "€4.1 million".to_string()
            ]]
        );
        // A fine is another sum.
        let found = number_conflicts(&[
            "The court found that the director caused the state a loss of €4.1 million.",
            "According to the verdict, he must pay a fine of 1.4 million euros.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_rate_raised_by_a_step_to_a_level_and_a_rate_that_goes_up_to_another_conflict() {
        let found = number_conflicts(&[
            "The budget raises the property tax rate by a quarter of a point, to 1.35 percent.",
            "The property tax rate goes up by 0.25 points to 1.45 percent next year.",
        ]);
        assert_eq!(
            found,
            vec![vec!["1.35 percent".to_string(), "1.45 percent".to_string()]]
        );
        // The step itself is no level, and another thing raised is another level.
        let found = number_conflicts(&[
            "The budget raises the property tax rate by a quarter of a point, to 1.35 percent.",
            "The budget raises parking fees by a fifth, to 1.45 percent of the average wage.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn lots_a_recall_covers_and_lots_an_impurity_was_found_in_are_one_count() {
        let found = number_conflicts(&[
            "The voluntary recall covers 17 lots of the syrup made at the plant.",
            "The impurity was detected in twenty-one lots of the medicine.",
        ]);
        assert_eq!(
            found,
            vec![vec!["17".to_string(), "twenty-one".to_string()]]
        );
        // Boxes are not lots.
        let found = number_conflicts(&[
            "The voluntary recall covers 17 lots of the syrup made at the plant.",
            "In total 21 boxes were returned by pharmacies.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_previous_value_and_a_value_of_another_year_are_not_rivals() {
        let found = number_conflicts(&[
            "Turnout was 61 percent, up from 55 percent in 2019, the electoral board said.",
            "Officials in the capital said turnout reached 61 percent by the close of polls.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "Turnout was 61 percent, up from 55 percent in 2019, the electoral board said.",
            "Officials in the capital said turnout reached 66 percent by the close of polls.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains(&"61 percent".to_string()), "{found:?}");
    }

    #[test]
    fn a_live_update_inside_one_report_is_not_a_conflict() {
        let found = number_conflicts(&[
            "11:40 - The death toll has risen to eight. Earlier, the police had confirmed six deaths.",
            "Eight people died when the hotel collapsed, the governor said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_distance_in_two_units_agrees() {
        let found = number_conflicts(&[
            "The fire closed a 5-kilometre stretch of the coast road on Sunday.",
            "Firefighters kept a three-mile stretch of the coast road shut overnight.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_are_compared_by_what_befell_them() {
        let found = number_conflicts(&[
            "The blast at the chemical plant killed 12 people, the fire brigade said.",
            "Police said 21 people died in the explosion at the plant near the river.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = number_conflicts(&[
            "Police have arrested four men over the raid on the jewellery store.",
            "At least six men took part in the raid, which lasted three minutes.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_price_conflicts_with_another_price() {
        let found = number_conflicts(&[
            "Halvorsen agreed on Monday to buy the Dutch brewer Kampen for €2.1 billion.",
            "The deal, under which Halvorsen will buy Kampen for €2.4 billion, needs approval.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_sum_paid_and_a_fee_are_one_transactions_price() {
        let found = number_conflicts(&[
            "The club paid Hanoi Capital FC €1.8 million, according to people close to the deal.",
            "The fee was reported to be €1.2 million, with up to €300,000 more in add-ons.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].contains(&"€300,000".to_string()), "{found:?}");
    }

    #[test]
    fn one_persons_age_told_after_the_name_or_as_the_n_year_old_is_one_quantity() {
        let found = number_conflicts(&[
            "Marathon runner Tsegaye Gebremedhin was suspended on Tuesday. The 24-year-old won in Seoul in November.",
            "The runner Tsegaye Gebremedhin, 26, was suspended after a positive test, the unit said.",
        ]);
        assert_eq!(
            found,
            vec![vec!["24-year-old".to_string(), "26".to_string()]]
        );
        let found = number_conflicts(&[
            "Runner Tsegaye Gebremedhin, a 24-year-old from Bekoji, was suspended on Tuesday after a test.",
            "The suspended runner is the 26-year-old Ethiopian Tsegaye Gebremedhin, the unit said after the test.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A name after the age is its person even when another name stands before it in the sentence.
        let found = number_conflicts(&[
            "The rival of Abebe Girma is the 26-year-old Ethiopian Tsegaye Gebremedhin, the unit said on Tuesday.",
            "The runner Tsegaye Gebremedhin, 24, was suspended after a positive test, the unit said on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Two people's ages, and someone not named yet, are no rivals.
        let found = number_conflicts(&[
            "Runner Tsegaye Gebremedhin, 24, was suspended on Tuesday. His brother Abebe Gebremedhin, 26, said so.",
            "Runner Tsegaye Gebremedhin, 24, was suspended on Tuesday. A 31-year-old man was questioned.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_winning_margin_conflicts_with_another_margin_not_with_a_total() {
        let found = number_conflicts(&[
            "The winner's margin was just 14 votes. She was declared the winner with 3,412 votes.",
            "A court ordered a recount in the town, where only 41 votes separated the two candidates.",
        ]);
        assert_eq!(found, vec![vec!["14".to_string(), "41".to_string()]]);
    }

    fn date_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::DateConflict, texts)
    }

    #[test]
    fn an_emergency_landing_is_dated_apart_from_the_onward_flight() {
        // Story 87: the landing on Tuesday against Wednesday; the passengers' onward flight on Wednesday is
        // another event and does not make the first report ambiguous.
        let found = date_conflicts(&[
            "A Baltic Wings jet made an emergency landing in Riga on Tuesday after an engine failed. \
             The passengers were flown on to Helsinki on a replacement aircraft on Wednesday morning.",
            "A passenger plane was forced to land in Riga on Wednesday after its engine caught fire.",
        ]);
        assert_eq!(found, [["Tuesday", "Wednesday"]], "{found:?}");
        // Control: a minister's plane landing is a visit's arrival, not an incident's day.
        let found = date_conflicts(&[
            "The minister landed in Riga on Tuesday for two days of talks.",
            "The minister's plane landed in Riga on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_protest_holding_a_place_is_dated_by_its_start() {
        // Story 90: "had occupied the gates since Monday" against "the sit-in, which began on Sunday and ended
        // with Wednesday's agreement".
        let found = date_conflicts(&[
            "Some 500 fishermen had occupied the harbour entrance near Sfax since Monday, blocking the ferries.",
            "About 900 fishermen joined the sit-in at the harbour entrance, which began on Sunday and ended \
             with Wednesday's deal.",
        ]);
        assert_eq!(found, [["Monday", "Sunday"]], "{found:?}");
        // Control: the day a blockade was lifted is its end, not its start.
        let found = date_conflicts(&[
            "Fishermen lifted a three-day blockade of the harbour on Wednesday.",
            "The blockade of the harbour, which began on Sunday, ended after talks.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_day_in_another_clause_does_not_date_the_signing() {
        // Story 91: "who arrived on Tuesday" is the minister's act, and "a forum on Wednesday, and that
        // contracts had been signed" puts the signing in a clause of its own; neither makes a report dating
        // the agreement's signing on Thursday or Friday ambiguous.
        let found = date_conflicts(&[
            "Chile and Korea signed a trade agreement on Thursday. The agreement was signed by the trade \
             minister and her Korean counterpart, who arrived on Tuesday with a delegation.",
            "The two ministers on Friday signed a trade agreement in the Chilean capital. The ambassador said \
             30 companies took part in a forum on Wednesday, and that contracts had been signed for copper.",
        ]);
        assert_eq!(found, [["Friday", "Thursday"]], "{found:?}");
    }

    #[test]
    fn a_day_named_as_a_thing_dates_nothing() {
        // Story 64: "It took four days, a court ruling and a long Thursday in a school gym" does not date the
        // ruling.
        let found = date_conflicts(&[
            "It took a court ruling and a long Thursday in a gym, but the town has a mayor.",
            "The recount was ordered by the court on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_storm_reaching_land_is_dated_by_its_landfall() {
        let found = date_conflicts(&[
            "Tropical Cyclone Ravaka made landfall near Fenoarivo Atsinanana on Sunday evening, killing nine.",
            "When Cyclone Ravaka crossed the coast of Madagascar on Saturday night, Mauritius was spared.",
        ]);
        assert_eq!(found, [["Saturday", "Sunday"]], "{found:?}");
        // Control: a ship that hit the coast is no storm's landfall.
        let found = date_conflicts(&[
            "The cargo ship hit the coast of Madagascar on Sunday evening.",
            "Its crew crossed the coast road on Saturday night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_killing_dates_the_deadly_incident_but_a_toll_in_the_perfect_does_not() {
        let found = date_conflicts(&[
            "Four people were killed on Friday when a gondola cabin fell into a wooded slope, police said.",
            "The accident on the Zlatibor gondola happened on Saturday afternoon above the valley.",
        ]);
        assert_eq!(found, [["Friday", "Saturday"]], "{found:?}");
        let found = date_conflicts(&[
            "Floods have killed nine people in the region, officials said on Friday.",
            "The river burst its banks and the flood began early on Thursday, officials said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_date_of_another_year_dates_an_earlier_event() {
        // The report that recalls an earlier disaster by its date still dates this one.
        let found = date_conflicts(&[
            "At least 14 people were killed in a crush at the stadium in Kumasi on Saturday, 28 November 2026.",
            "Seventeen people lost their lives on Sunday in a crush at the stadium in Kumasi. The drama revives the memory of 9 May 2001, when 126 spectators died in a crush at the stadium in Accra.",
        ]);
        assert_eq!(
            found,
            [["28 November 2026", "Saturday", "Sunday"]],
            "{found:?}"
        );
    }

    #[test]
    fn a_truce_signed_then_taking_effect_on_a_day_is_not_dated_by_that_day() {
        let found = date_conflicts(&[
            "A 30-day ceasefire between the two countries was signed in Osorno on Monday, officials said.",
            "The truce was signed by the two foreign ministers and takes effect at midnight on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // The control: the same signing given another day is a conflict.
        let found = date_conflicts(&[
            "A 30-day ceasefire between the two countries was signed in Osorno on Monday, officials said.",
            "The truce was signed by the two foreign ministers in Osorno on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_structure_collapsing_is_an_incident_dated_by_its_day() {
        let found = date_conflicts(&[
            "A tunnel collapsed in a manganese mine near Zestafoni on Wednesday, killing six miners.",
            "Six miners were killed in the collapse of a mine gallery near Zestafoni on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A government collapsing is no incident: its day is not compared with a blast's.
        let found = date_conflicts(&[
            "The coalition government collapsed on Wednesday after a blast at a depot near Zestafoni.",
            "The governing coalition collapsed on Tuesday, a week after the depot blast.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_hill_that_came_down_is_dated_like_one_that_collapsed() {
        let found = date_conflicts(&[
            "A hillside soaked by rain collapsed onto a village near Coban before dawn on Thursday, officials said.",
            "You'll remember the hill above the village near Coban came down early Friday, in the dark.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Prices coming down are no incident.
        let found = date_conflicts(&[
            "A hillside soaked by rain collapsed onto a village near Coban before dawn on Thursday, officials said.",
            "Maize prices in Coban came down on Friday as the roads reopened.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_aircraft_that_came_down_or_landed_hard_is_dated_as_one_crash() {
        // Story 101: "came down hard in a field on Friday morning" against "made a hard landing ... on Thursday
        // morning".
        let found = date_conflicts(&[
            "A hot-air balloon carrying 16 passengers came down hard in a field on Friday morning after a \
             sudden gust, injuring nine people, police said.",
            "A sightseeing balloon made a hard landing over the ruins on Thursday morning, and several \
             passengers were injured.",
        ]);
        assert_eq!(found, [["Friday", "Thursday"]], "{found:?}");
        // Controls: a plain landing is an arrival, and a hard landing of no aircraft is nothing.
        let found = date_conflicts(&[
            "The minister's plane landed in Riga on Tuesday for two days of talks.",
            "Officials said the delegation's jet came in to land at the city's airport on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = date_conflicts(&[
            "Economists warned of a hard landing on Thursday.",
            "Prices came down hard on Friday, traders said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_trapped_on_a_day_or_since_a_day_date_the_incident() {
        // Story 99: "was trapped on Sunday when heavy rain swelled the river" against "had been trapped
        // underground since Saturday".
        let found = date_conflicts(&[
            "The group, on a guided tour, was trapped on Sunday when heavy rain swelled the river.",
            "The 16 tourists had been trapped underground since Saturday by the rising water of a cave river.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: people still trapped on a later day do not date the incident that trapped them.
        let found = date_conflicts(&[
            "An earthquake struck the city on Monday, killing 40 people.",
            "Dozens of people were still trapped under rubble on Tuesday, rescuers said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_ship_that_went_down_is_dated_like_one_that_capsized() {
        let found = date_conflicts(&[
            "A cargo ship carrying steel coils capsized off Vung Tau before dawn on Sunday, killing five sailors.",
            "The bulker carrying steel coils went down on Saturday night off Vung Tau, and five sailors died.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Prices that went down are no incident.
        let found = date_conflicts(&[
            "A cargo ship carrying steel coils capsized off Vung Tau before dawn on Sunday, killing five sailors.",
            "Steel prices in Vung Tau went down on Saturday as the coils were counted.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_launch_is_dated_by_its_craft_and_an_inquiry_launched_is_not() {
        let found = date_conflicts(&[
            "The Daeseong-2 rocket lifted off from the Naro Space Center in Goheung on Thursday.",
            "The Daeseong-2 rocket was launched from the Naro Space Center in Goheung on Wednesday evening.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "The Daeseong-2 rocket lifted off from the Naro Space Center in Goheung on Thursday.",
            "The space agency launched an inquiry at the Naro Space Center in Goheung on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_evacuation_is_dated_by_its_day() {
        let found = date_conflicts(&[
            "Authorities evacuated the village of Vik on Wednesday night after a swarm of earthquakes.",
            "The village of Vik and the farms around it were evacuated overnight on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The same day told two ways is no conflict.
        let found = date_conflicts(&[
            "Authorities evacuated the village of Vik on Wednesday night after a swarm of earthquakes.",
            "The village of Vik was evacuated on Wednesday night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_train_that_left_the_rails_is_dated_like_one_that_derailed() {
        let found = date_conflicts(&[
            "Three people were killed when an express left the rails near Lowicz on Friday evening.",
            "The IC Bzura came off the rails on Thursday evening on the long curve near Kutno.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A train that left the station is no incident.
        let found = date_conflicts(&[
            "Three people were killed when an express left the rails near Lowicz on Friday evening.",
            "The IC Bzura left the station in Warsaw on Thursday evening.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_day_before_when_dates_the_event_of_the_when_clause() {
        let found = date_conflicts(&[
            "Five miners were killed when a gallery collapsed inside a mine on the Cerro Rico on Tuesday.",
            "Seven miners died on Wednesday afternoon when the roof of a gallery collapsed in the Cerro Rico.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // "after" still opens a clause of another time.
        let found = date_conflicts(&[
            "Five miners were killed when a gallery collapsed inside a mine on the Cerro Rico on Tuesday.",
            "Seven miners were buried on Wednesday afternoon after the roof of a gallery collapsed.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_gas_that_escaped_is_an_incident_dated_by_its_day() {
        let found = date_conflicts(&[
            "Ammonia escaped from a storage unit at a fertiliser plant in Rustavi late on Tuesday, killing two workers.",
            "Two workers were killed after ammonia escaped at a fertiliser works in Rustavi on Monday evening.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_city_council_passing_a_budget_is_a_vote_dated_by_its_day() {
        let found = date_conflicts(&[
            "The city council of Tartu approved the 2027 budget on Monday evening after a long session.",
            "After a long session, the Tartu city council voted the budget through on Tuesday evening.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_fire_is_dated_past_a_long_place_phrase_of_a_ferry() {
        // Story 76: the day sits twenty words after "broke out", past the ferry's load and its place.
        let found = date_conflicts(&[
            "At least 11 people died after fire broke out on a passenger ferry carrying 318 passengers and 24 \
             crew off Muna island in Southeast Sulawesi province early on Sunday, the agency said.",
            "The ferry was on an overnight run from Kendari when the fire broke out in the early hours of Monday.",
        ]);
        assert_eq!(found, [["Monday", "Sunday"]], "{found:?}");
    }

    #[test]
    fn a_day_outside_every_event_clause_does_not_hide_the_day_of_the_event() {
        // Story 53: "on Saturday" tells the strike called off, whose only event word sits in the "after"
        // clause; the Friday of the signing in that clause is the signing's.
        let found = date_conflicts(&[
            "Lecturers called off a strike of more than eight months on Saturday after their union and the \
             government signed an agreement on pay late on Friday in Abuja.",
            "The national strike ended after the union and the government signed an agreement in Abuja on \
             Wednesday.",
        ]);
        assert_eq!(found, [["Friday", "Wednesday"]], "{found:?}");
        // Control: two days an event word dates in one sentence still date nothing.
        let found = date_conflicts(&[
            "The train crashed in the night from Monday to Tuesday near the border.",
            "The train crashed on Monday near the border.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_falling_ill_date_the_poisoning() {
        // Story 102: "fell ill ... after an evening meal on Tuesday" against "fell ill on Monday evening".
        let found = date_conflicts(&[
            "More than 140 pupils fell ill with vomiting and stomach pains after an evening meal on Tuesday, \
             health officials said on Wednesday.",
            "The pupils fell ill on Monday evening after supper at the school.",
        ]);
        assert_eq!(found, [["Monday", "Tuesday"]], "{found:?}");
        // Control: a later wave of pupils falling ill has a day of its own.
        let found = date_conflicts(&[
            "More than 140 pupils fell ill after an evening meal on Tuesday.",
            "Another 30 pupils fell ill on Wednesday, the school said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: a day in a clause after "after" dates its own event, and pupils still ill on a later day
        // date nothing.
        let found = date_conflicts(&[
            "More than 140 pupils fell ill after the kitchen changed its supplier on Monday.",
            "The pupils fell ill on Tuesday evening. Some were still ill on Thursday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_state_of_emergency_is_dated_by_its_declaration_or_its_publication() {
        // Story 51: declared "on Thursday" (12 November 2026) and published "on 12 November" against a decree
        // "published on 10 November".
        let found = date_conflicts(&[
            "Peru declared a 60-day state of emergency on Thursday in 38 districts. It was 2026.",
            "That is how long the state of emergency published on 12 November will last.",
            "The decree, published on 10 November in the gazette El Peruano, assigns 20 million soles.",
        ]);
        assert_eq!(
            found,
            [["10 November", "12 November", "Thursday"]],
            "{found:?}"
        );
        // Control: an emergency extended on a later day is another act.
        let found = date_conflicts(&[
            "Peru declared a state of emergency on Thursday in 38 districts.",
            "The government, which declared a state of emergency last month, extended it on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_announcement_of_the_news_is_dated_by_its_own_word_or_the_leads_day() {
        // Story 66: a lead's "is recalling ..., the company said on Friday" against "announced the recall on
        // Thursday"; story 73: "has been provisionally suspended, the unit said on Tuesday" against "The news
        // came on Monday, when the unit announced that the runner, winner on 1 November, had been suspended".
        let found = date_conflicts(&[
            "Hokusei is recalling about 1.4 million boxes of its pills, the company said on Friday.",
            "Hokusei Pharmaceutical announced the recall on Thursday, and pharmacies have been taking calls.",
        ]);
        assert_eq!(found, [["Friday", "Thursday"]], "{found:?}");
        let found = date_conflicts(&[
            "The runner has been provisionally suspended after a sample showed EPO, the unit said on Tuesday.",
            "The news came on Monday, when the unit announced that the runner, winner of the marathon on 1 \
             November, had been provisionally suspended.",
        ]);
        assert_eq!(found, [["Monday", "Tuesday"]], "{found:?}");
        // Control: two reports telling an update on the days they were written name no announcement.
        let found = date_conflicts(&[
            "Four people have been killed in the floods, police said on Friday.",
            "At least five villagers have been killed as rivers burst their banks across the province, \
             officials told reporters on Saturday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: a day in a clause of its own after the announcement dates that clause's event.
        let found = date_conflicts(&[
            "The government announced a curfew in the capital, which began on Friday night.",
            "The interior ministry announced the curfew on Thursday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: an announcement of other news.
        let found = date_conflicts(&[
            "Hokusei announced the recall on Thursday.",
            "The union has called a strike at the plant, its leader said on Friday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_day_told_relative_to_the_reports_own_day_is_that_day() {
        // Story 57: a transcript headed "Monday 23 November 2026" says the verdict was read "this morning".
        let found = date_conflicts(&[
            "A court in Skopje on Tuesday sentenced the former director to four and a half years.",
            "Evening News, Radio Vardar FM - transcript, Monday 23 November 2026, 19:00\n\nNIKOLOVA: It took \
             the judge almost two hours to read the verdict this morning.",
        ]);
        assert_eq!(found, [["Monday", "Tuesday"]], "{found:?}");
        // Control: "yesterday" in a paper dated the day after is the same day.
        let found = date_conflicts(&[
            "A court in Skopje on Tuesday sentenced the former director to four and a half years.",
            "Skopje Daily, Wednesday 25 November 2026\n\nThe judge read the verdict yesterday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control (story 68): a day in a clause "since" leads dates the fire's start, not the evacuation after
        // the clause.
        let found = date_conflicts(&[
            "A wildfire forced the evacuation of 1,200 people from 14 villages on Monday.",
            "News bulletin, Monday 10 August 2026, 7:00 p.m.\n\nSince it started yesterday afternoon near \
             Cardigos, twelve hundred people have been evacuated from 14 villages.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_event_word_describing_people_does_not_take_the_sentences_day() {
        // Story 103: "searching on Monday for inmates who escaped" and "the escaped men were questioned on
        // Monday night" date the search and the questioning, not the escape.
        let found = date_conflicts(&[
            "Police were searching on Monday for inmates who escaped from a prison in Recife. Relatives of the \
             escaped men were questioned by police on Monday night.",
            "Seventeen inmates escaped through a tunnel on Sunday night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_dam_letting_water_out_is_dated_by_either_verb() {
        // Story 69: "opened its spillway gates on Saturday night" against "discharged flood water on Friday
        // night".
        let found = date_conflicts(&[
            "Four people drowned after the operator of the hydropower dam opened its spillway gates on Saturday \
             night, officials said on Monday.",
            "The province ordered an inspection of the hydropower plant after the plant discharged flood water \
             on Friday night.",
        ]);
        assert_eq!(found, [["Friday", "Saturday"]], "{found:?}");
        // Control: a museum opening its gates and a patient discharged name no dam.
        let found = date_conflicts(&[
            "The museum opened its gates to visitors on Saturday.",
            "The museum opened its gates on Friday, and a patient was discharged on Friday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn defence_counsel_and_prosecutor_are_two_sides_of_a_case() {
        let found = role_conflicts(&[
            "Defence lawyer Ramesh Pillai told the court in Ipoh his client had served the state for 20 years.",
            "Deputy public prosecutor Ramesh Pillai told reporters in Ipoh that the prosecution would appeal.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The same side in two wordings is one role.
        let found = role_conflicts(&[
            "Defence lawyer Ramesh Pillai told the court in Ipoh his client had served the state for 20 years.",
            "Defense attorney Ramesh Pillai told reporters in Ipoh that his client would appeal.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_has_one_executive_secretary() {
        let found = person_conflicts(&[
            "Ana Lopez, executive secretary of CONRED, said 310 millimetres of rain had fallen on Coban.",
            "CONRED is in charge at Coban. I spoke to its executive secretary, Hector Samayoa, about the rain.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn its_head_is_the_head_of_the_body_just_named() {
        let found = person_conflicts(&[
            "The rescue in Tkibuli was led by the head of the Emergency Management Service, Temur Kapanadze, \
             officials said on Wednesday.",
            "Three trapped miners in Tkibuli were brought to the surface by rescuers together with the Emergency \
             Management Service, under the command of its head, Mr Gela Khutsishvili, on Wednesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Without "its", the head is of nothing named: a head of another body may be meant.
        let found = person_conflicts(&[
            "The rescue in Tkibuli was led by the head of the Emergency Management Service, Temur Kapanadze, \
             officials said on Wednesday.",
            "Three trapped miners in Tkibuli were brought to the surface by rescuers together with the Emergency \
             Management Service, and the head of the mine, Mr Gela Khutsishvili, thanked them on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_divisions_director_placed_in_fewer_words_is_one_office() {
        let found = person_conflicts(&[
            "Keiko Hayashi, director of the health ministry's Pharmaceutical Safety Division, said there had \
             been no reports of harm.",
            "The ministry's Pharmaceutical Safety Division director Makoto Inoue explained that the amount was \
             small.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Two ministries' press offices are two offices.
        let found = person_conflicts(&[
            "Keiko Hayashi, director of the health ministry's Press Office, said there had been no harm.",
            "The finance ministry's Press Office director Makoto Inoue said the cost was small.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn its_president_is_the_president_of_the_company_just_named_even_untyped() {
        let found = person_conflicts(&[
            "The supply contract was signed for YPFB by its president, Marcelo Vargas Choque, and for Petropar \
             by its president, Gustavo Riveros.",
            "The contract was signed by the president of YPFB, Ruben Condori Flores, and the president of \
             Petropar, Gustavo Riveros.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn her_coach_is_the_coach_of_the_athlete_just_named() {
        let found = person_conflict_messages(&[
            "Tigist Gebremeskel won the half marathon in Hawassa on Sunday in 1:05:12. Her coach, Haile \
             Mengesha, said she had trained at altitude in Bekoji.",
            "Tigist Gebremeskel broke the course record in Hawassa on Sunday. Behind the win is the work of her \
             coach, Solomon Tadesse, who follows her in Addis Ababa.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("Tigist Gebremeskel's coach"), "{found:?}");
        // Two athletes, each with her own coach.
        let found = person_conflicts(&[
            "Tigist Gebremeskel won the half marathon in Hawassa on Sunday. Her coach, Haile Mengesha, said she \
             had trained at altitude.",
            "Almaz Ayana was second in Hawassa on Sunday. Her coach, Solomon Tadesse, said she had been ill.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_rank_is_held_beside_an_office_but_two_ranks_disagree() {
        let found = role_conflicts(&[
            "Alexandria's security director, Major General Tarek Fawzy, said the suspects were stopped.",
            "The security director of Alexandria, Tarek Fawzy, said the coins were found on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = role_conflicts(&[
            "Colonel Ahmed Said said the suspects were stopped at a checkpoint on Tuesday.",
            "General Ahmed Said said the suspects were stopped at a checkpoint on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn chairing_the_talks_fits_a_deputy_ministers_title() {
        let found = role_conflicts(&[
            "The ministry invited both sides to new talks in Ankara, chaired by Deputy Minister Kemal Aksoy, \
             on Friday.",
            "The talks on Friday will be chaired by Deputy Minister Kemal Aksoy, the ministry said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn his_coach_is_the_coach_of_the_subject_of_the_sentence_that_last_names_someone() {
        let found = person_conflict_messages(&[
            "Tsegaye Gebremedhin said in a statement released through his manager, Meseret Tadesse, that he \
             was clean. \"I will run again.\"\n\nHis coach, Dawit Alemu, said the group was tested.",
            "The athlete Tsegaye Gebremedhin was suspended on Monday.\n\nThe 26-year-old, born in Debre \
             Birhan, won the Seoul Marathon in November.\n\nHis coach, Yonas Bekele, said he had never missed \
             a test.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("Tsegaye Gebremedhin's coach"),
            "{found:?}"
        );
    }

    #[test]
    fn captives_handed_over_in_two_towns_is_a_place_conflict() {
        let found = place_conflicts(&[
            "The two aid workers were freed on Sunday and were handed over to officials in Niamey late in the \
             evening.",
            "The pair were handed over to Nigerien officials at the airport in Agadez on Sunday evening.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn judges_in_a_quotation_seat_no_bench() {
        let texts = |quoted: &str| {
            person_conflicts(&[
                &format!(
                    "The recount was ordered by the Cluj Tribunal. Judge Sorin Moldovan ruled on Wednesday. \
                     {quoted}"
                ),
                "The recount was ordered by the Cluj Tribunal, where the case was judged by Judge Mihaela Rusu.",
            ])
        };
        assert_eq!(
            texts("\"Turda voted, the judges checked,\" the mayor said.").len(),
            1
        );
        // Told by the report itself, judges in the plural are a bench of several.
        assert!(texts("The mayor said the judges had checked every ballot.").is_empty());
    }

    #[test]
    fn a_plant_placed_in_two_towns_is_a_place_conflict() {
        let found = place_conflicts(&[
            "The recalled tablets were made at the company's plant in Imizu, Toyama prefecture, last year.",
            "The tablets were made at Hokusei's Takaoka plant using an ingredient from another supplier.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A report that names both plants knows them as two.
        let found = place_conflicts(&[
            "The recalled tablets were made at the company's plant in Imizu, Toyama prefecture, last year.",
            "The tablets were made at Hokusei's Takaoka plant; its plant in Imizu packed them.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_court_named_after_two_towns_is_a_place_conflict() {
        let found = place_conflicts(&[
            "Former councillor Mohd Faizal was sentenced on Monday by the Ipoh Sessions Court to four years in \
             prison for taking bribes over land.",
            "Judge Noraini Yusof handed down the four-year sentence to Mohd Faizal at the Taiping Sessions Court \
             on Monday for taking bribes over land.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The court of appeal is another stage of the case, in another town.
        let found = place_conflicts(&[
            "Former councillor Mohd Faizal was sentenced on Monday by the Ipoh Sessions Court to four years in \
             prison for taking bribes over land.",
            "Mohd Faizal was sentenced on Monday to four years. The appeal will be heard at the Court of Appeal in \
             Putrajaya; no date has been set.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // A court named for no town places nothing.
        let found = place_conflicts(&[
            "Former councillor Mohd Faizal was sentenced on Monday by the Sessions Court in Ipoh to four years.",
            "Mohd Faizal was sentenced at the Federal Court on Monday to four years for taking bribes.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_village_set_in_two_municipalities_is_a_place_conflict() {
        let found = place_conflicts(&[
            "The slide struck the village of Chiquixji, in the municipality of San Cristobal Verapaz, before dawn.",
            "A mass of earth came down on the community of Chiquixji, in the municipality of Tactic, at night.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = place_conflicts(&[
            "The slide struck the village of Chiquixji, in the municipality of San Cristobal Verapaz, before dawn.",
            "A mass of earth came down on the community of Chiquixji, in the municipality of San Cristobal \
             Verapaz, at night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_structure_that_fell_is_placed_where_it_fell() {
        let found = place_conflicts(&[
            "The section that collapsed near Gostivar in March 2024 closed the main road for six weeks.",
            "The embankment gave way near Kicevo after heavy rain, and the road was shut for six weeks.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn where_an_agreement_was_reached_is_where_the_talks_were() {
        let found = place_conflicts(&[
            "The agreement was reached in Mombasa after two days of talks called by the labour minister.",
            "The talks were at a Malindi hotel, far from the port, and went on late into Thursday night.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = place_conflicts(&[
            "The deal, concluded in Mombasa, grants the drivers a diesel subsidy.",
            "Drivers celebrated when their leaders came out of the talks in Malindi with a diesel subsidy.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // An agreement named after the city it was signed in long ago is not reached there now.
        let found = place_conflicts(&[
            "The Paris agreement of 2015 was cited by both sides at the talks in Mombasa.",
            "Both sides cited the climate accord at the talks in Mombasa.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn talks_to_meet_again_next_month_are_not_the_talks_venue() {
        let found = place_conflicts(&[
            "Italian and Russian negotiators opened three-day talks in Padua on Friday over customs checks.",
            "Both sides said they would meet again in Modena next month.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = place_conflicts(&[
            "Italian and Russian negotiators opened three-day talks in Padua on Friday over customs checks.",
            "Italian and Russian negotiators opened three-day talks in Modena on Friday over customs checks.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn some_of_the_injured_in_hospital_are_not_the_injured_count() {
        let found = number_conflicts(&[
            "A ferry ran aground near Munich on Sunday, killing 9 people and injuring 67.",
            "27 of the injured were taken to hospital in Munich after the ferry ran aground.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn commentators_in_a_country_and_a_fact_in_a_city_are_different_places_roles() {
        let found = place_conflicts(&[
            "In Darnah, insurance claims are falling by about a third after the holidays, figures show.",
            "At the same time, commentators in Sweden said insurance claims are falling by about a third after the holidays, figures show.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = place_conflicts(&[
            "In Darnah, insurance claims are falling by about a third after the holidays, figures show.",
            "In Benghazi, insurance claims are falling by about a third after the holidays, figures show.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn weekdays_of_calendar_dates() {
        use crate::extract::DateValue;
        let date = |year, month, day| DateValue::Date {
            year,
            month: Some(month),
            day: Some(day),
        };
        assert_eq!(weekday_of(&date(Some(2025), 5, 20), None), Some(1));
        assert_eq!(weekday_of(&date(Some(2024), 2, 29), None), Some(3));
        assert_eq!(weekday_of(&date(None, 1, 1), Some(2023)), Some(6));
        assert_eq!(weekday_of(&date(None, 1, 1), None), None);
    }

    #[test]
    fn a_verdict_dated_two_ways_conflicts() {
        let found = date_conflicts(&[
            "A court in Ghent on Tuesday sentenced the former mayor to five years in prison.",
            "The verdict, read out on Wednesday by the presiding judge, surprised the town.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Tuesday".to_string(), "Wednesday".to_string()]]
        );
    }

    #[test]
    fn the_day_it_was_told_neither_dates_the_event_nor_hides_its_day() {
        let found = date_conflicts(&[
            "A ferry sank off Kea late on Thursday, killing four people, the coast guard said on Friday.",
            "The ferry sank in heavy seas off the island late on Wednesday.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Thursday".to_string(), "Wednesday".to_string()]]
        );
        let told = date_conflicts(&[
            "A ferry sank off Kea, killing four people, the coast guard said on Friday.",
            "The ferry sank in heavy seas off the island on Thursday.",
        ]);
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn a_legislatures_vote_is_dated_whatever_verb_it_is_told_by() {
        let found = date_conflicts(&[
            "Bulgaria's parliament on Thursday approved a law creating an anti-corruption prosecutor.",
            "The deputies adopted on Wednesday evening, after a marathon session, the prosecutor law.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Thursday".to_string(), "Wednesday".to_string()]]
        );
        // Without a legislature, an approval is no dated event of its own.
        let found = date_conflicts(&[
            "The regulator on Thursday approved the merger of the two banks.",
            "The banks' shareholders adopted the merger plan on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_event_in_the_perfect_is_dated_by_the_day_it_is_told() {
        let found = date_conflicts(&[
            "Torino have signed the striker for a fee of €32 million, the club said on Wednesday.",
            "The new centre forward signed on Thursday at the club's headquarters.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Thursday".to_string(), "Wednesday".to_string()]]
        );
        // Told in the past tense, the event may be older than its telling.
        let found = date_conflicts(&[
            "Torino signed the striker for a fee of €32 million, the club said on Wednesday.",
            "The new centre forward signed on Thursday at the club's headquarters.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_calendar_date_and_a_weekday_compare_through_the_year() {
        let played = "The derby, played on Saturday, ended in a 2-2 draw.";
        let same = date_conflicts(&[
            played,
            "Fans came from far away for the derby on 11 May 2024.",
        ]);
        assert!(same.is_empty(), "{same:?}");
        let other = date_conflicts(&[
            played,
            "Fans came from far away for the derby on 12 May 2024.",
        ]);
        assert_eq!(other.len(), 1, "{other:?}");
    }

    #[test]
    fn the_end_of_talks_is_dated_by_its_own_verb() {
        let found = date_conflicts(&[
            "Talks on the border ended in Geneva on Sunday without a deal.",
            "Officials said on Tuesday that the negotiations ended in Geneva on Monday.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Monday".to_string(), "Sunday".to_string()]]
        );
    }

    #[test]
    fn a_lasting_incident_is_dated_by_its_start() {
        let found = date_conflicts(&[
            "The wildfire burned through the pine forest for a second day on Thursday.",
            "Firefighters said the blaze, which broke out on Wednesday, had reached the coast.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = date_conflicts(&[
            "The wildfire broke out on Tuesday near the coast.",
            "Firefighters said the fire, which started on Wednesday, had reached the coast.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "The wildfire broke out on Tuesday near the coast.",
            "The blaze that broke out last week was declared under control on Friday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_outage_or_an_eruption_is_dated_by_its_start() {
        let found = date_conflicts(&[
            "The outage, which began on 17 June, lasted 52 hours across the division.",
            "The blackout, which started on June 7, exposed how thin backup power is.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "The volcano erupted shortly after 2 a.m. on Thursday, throwing ash into the sky.",
            "The eruption began in the early hours of Wednesday, and ash drifted east.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The day service came back is a later stage, not the outage's day.
        let found = date_conflicts(&[
            "The outage, which began on 17 June, lasted 52 hours across the division.",
            "Service was restored on 19 June, two days after the outage began.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_walkout_dates_the_strike_and_talks_breaking_down_date_only_the_talks() {
        let found = date_conflicts(&[
            "Bus drivers walked off the job across the city on Monday after pay talks collapsed on Sunday night.",
            "The bus strike, which began on Tuesday, has halted most routes in the city.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Monday"), "{found:?}");
        // The day the talks collapsed is theirs, not the strike's.
        let found = date_conflicts(&[
            "Bus drivers walked off the job across the city on Monday after pay talks collapsed on Sunday night.",
            "The bus strike, which began on Monday, has halted most routes in the city.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_strike_on_its_second_day_is_still_dated_by_the_day_it_began() {
        let found = date_conflicts(&[
            "The strike at the port, which began early on Monday, continued on its second day with full support.",
            "The port strike, which began on Tuesday, has stranded dozens of ships at anchor.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_theft_and_a_release_of_captives_are_dated_events() {
        let found = date_conflicts(&[
            "The theft at the city library was discovered early on Monday when a guard found a case forced open.",
            "The ministry said that on Tuesday a theft was discovered at the city library.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "Two engineers held by gunmen in the delta were freed on Thursday, the company said.",
            "The news came on Friday evening: the two engineers kidnapped in the delta have been freed.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_day_a_test_sample_was_taken_is_dated_apart_from_the_result() {
        let found = date_conflicts(&[
            "The sample was collected on 9 March at the team's hotel, three weeks before the race.",
            "According to the agency, a sample given by the cyclist on 19 March contained a banned diuretic.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The race after "before" has a day of its own.
        let found = date_conflicts(&[
            "The sample was collected on 9 March at the team's hotel, before the race on 30 March.",
            "A sample given by the cyclist on 9 March contained a banned diuretic; he won the race on 30 March.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_strike_is_dated_by_its_start() {
        let found = date_conflicts(&[
            "Lorry drivers ended the strike on Thursday night. The strike, which began on Monday, left more than 12,000 lorries parked along the motorways.",
            "The first lorries left the yards this morning, after the national strike, which began on Tuesday, ended with a deal in the capital last night.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A blockade during the strike is another event with a day of its own.
        let found = date_conflicts(&[
            "Lorry drivers ended the strike on Thursday night. The strike, which began on Monday, left more than 12,000 lorries parked along the motorways.",
            "Drivers blocked the Fez motorway on Tuesday, the second day of a strike over diesel prices.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_deputy_mayor_is_not_the_mayor() {
        let found = values_of(
            Kind::RoleConflict,
            &[
                "Incumbent mayor Agnieszka Kaczmarek said she respected the ruling.",
                "The winner, deputy mayor Agnieszka Kaczmarek, has run the town's finances for six years.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(compatible_roles("deputy foreign minister", "minister"));
        assert!(compatible_roles(
            "deputy minister",
            "deputy foreign minister"
        ));
    }

    fn person_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::PersonConflict, texts)
    }

    /// The messages of the person-conflicts found in `texts`, which name the slot ("judge is A vs B").
    fn person_conflict_messages(texts: &[&str]) -> Vec<String> {
        crate::pipeline::testing::findings_of(texts)
            .into_iter()
            .filter(|f| f.kind == Kind::PersonConflict)
            .map(|f| f.message)
            .collect()
    }

    fn role_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::RoleConflict, texts)
    }

    #[test]
    fn the_head_of_a_standing_body_holds_an_office_and_heading_a_committee_is_a_task() {
        // The head of one body is not another body's director, nor anyone's spokeswoman.
        let found = role_conflicts(&[
            "The ship was cleared, the company's director, Sutrisno Wahyudi, told reporters in Baubau on Monday.",
            "Sutrisno Wahyudi, who heads the port authority of Bau-Bau, told the crowd in Baubau on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = role_conflicts(&[
            "Jung Tae-woo, head of KARI's launch vehicle division, told reporters at the launch site on Thursday.",
            "Rina Kartikasari, a spokeswoman for the Ministry of Transportation, said so on Monday in Jakarta.",
            "Rina Kartikasari, who heads the transport agency of Southeast Sulawesi province, said so on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The head and the director of one body, in other words, are one office; so are an acronym and its words.
        let found = role_conflicts(&[
            "Sutrisno Wahyudi, head of the port authority of Bau-Bau, told the crowd in Baubau on Monday.",
            "The port authority's director, Sutrisno Wahyudi, told reporters in Baubau on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = role_conflicts(&[
            "Jung Tae-woo, head of the Korea Aerospace Research Institute, told reporters at the launch site.",
            "The KARI president, Jung Tae-woo, told reporters at the launch site on Thursday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Leading a committee is a task beside an office.
        let found = role_conflicts(&[
            "Thordur Gudmundsson, who leads the regional civil protection committee, ordered the evacuation of Vik.",
            "The mayor of Myrdalur, Thordur Gudmundsson, ordered the evacuation of Vik on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_head_of_a_field_is_a_post_apart_from_the_bodys_head() {
        assert_eq!(
            head_of_field("the head of safety at the plant").as_deref(),
            Some("safety")
        );
        assert_eq!(
            head_of_field("Hokusei's head of quality assurance").as_deref(),
            Some("quality assurance")
        );
        assert_eq!(head_of_field("head of the search and rescue office"), None);
        assert_eq!(head_of_field("head of state"), None);
        let found = role_conflicts(&[
            "Liu Jianhua, the plant's general manager, said the company would pay each family at Bahodopi.",
            "Liu Jianhua, the head of safety at the plant, said a pipe burst at Bahodopi during the shift change.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A safety director runs the field; a head of communications speaks for the body.
        let found = role_conflicts(&[
            "Liu Jianhua, the plant's safety director, said the company would pay each family at Bahodopi.",
            "Liu Jianhua, the head of safety at the plant, said a pipe burst at Bahodopi during the shift change.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // A city's secretary for a field is its head of that field, and not of another.
        let found = role_conflicts(&[
            "\"The tower was not anchored,\" said Yesenia Caicedo, Cali's secretary for risk management, at the site.",
            "The city's head of risk management, Yesenia Caicedo, told reporters the tower was not anchored in Cali.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = role_conflicts(&[
            "\"The tower was not anchored,\" said Yesenia Caicedo, Cali's secretary for health, at the site.",
            "The city's head of risk management, Yesenia Caicedo, told reporters the tower was not anchored in Cali.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = role_conflicts(&[
            "Anna Berg, the ministry's spokeswoman, said the inquiry into the blast at Bahodopi would report in May.",
            "Anna Berg, head of communications at the ministry, said the inquiry at Bahodopi would report in May.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_former_official_is_as_unranked_as_an_official() {
        let found = role_conflicts(&[
            "His co-defendant, the bank's former chief financial officer Chinwe Okafor, pleaded not guilty in Lagos.",
            "Chinwe Okafor, a former official of the bank, pleaded not guilty in Lagos on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        assert!(is_unranked("former official") && !is_unranked("former mayor"));
    }

    #[test]
    fn an_officer_named_by_the_post_is_a_title_and_a_press_officer_speaks_for_the_body() {
        let found = role_conflicts(&[
            "Gebremedhin spoke through his manager, Meseret Tadesse, after the suspension in Addis Ababa.",
            "Meseret Tadesse, the federation's anti-doping officer, urged caution after the suspension in Addis Ababa.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = role_conflicts(&[
            "The federation's spokeswoman, Meseret Tadesse, spoke after the suspension in Addis Ababa.",
            "Meseret Tadesse, the federation's press officer, urged caution after the suspension in Addis Ababa.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_unplaced_minister_named_differently_by_two_reports_is_a_person_conflict() {
        let found = person_conflict_messages(&[
            "Parliament passed the anti-graft bill on Thursday. The bill was drafted by Justice Minister Kalina Stoeva, who called it overdue.",
            "Parliament passed the anti-graft bill. The bill, drafted by Justice Minister Nikolai Radev, creates a new office.",
        ]);
        assert_eq!(
            found,
            ["justice minister is Kalina Stoeva vs Nikolai Radev"],
            "{found:?}"
        );
    }

    #[test]
    fn a_judge_named_differently_by_two_reports_is_a_person_conflict() {
        let found = person_conflict_messages(&[
            "A court sentenced the former mayor to seven years. Judge Iryna Melnyk found that he had taken the money.",
            "The former mayor was jailed for seven years by Judge Olena Bondar for taking the money.",
        ]);
        assert_eq!(
            found,
            ["judge is Iryna Melnyk vs Olena Bondar"],
            "{found:?}"
        );
    }

    #[test]
    fn a_prosecutor_named_differently_by_two_reports_is_a_person_conflict() {
        // A case's prosecutor is a slot as its judge is, even in a story that names two countries.
        let found = person_conflict_messages(&[
            "An express train from Poland derailed near Lowicz. The inquiry is led by prosecutor Agnieszka Kowalczyk, who said the driver would be questioned.",
            "An express train derailed near Lowicz on its way to Germany. Prosecutor Marta Zielinska said the recorder had been secured.",
        ]);
        assert_eq!(
            found,
            ["prosecutor is Agnieszka Kowalczyk vs Marta Zielinska"],
            "{found:?}"
        );
        // Control: "prosecutors" in a naming report tells of a team, whose members each report may quote.
        let found = person_conflicts(&[
            "The trial opened in Lodz. Prosecutors said the driver ignored a signal, and prosecutor Agnieszka Kowalczyk read the charges.",
            "The trial of the driver opened in Lodz. Prosecutor Marta Zielinska said the recorder had been secured.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_pilot_or_the_guide_named_differently_by_two_reports_is_a_person_conflict() {
        // Stories 101 and 99: "The pilot, Simon Ashworth" against "The pilot, David Mercer"; "The guide, Tina
        // Mlakar" against "their guide, Nina Kos", in a report that also quotes "local guides".
        let found = person_conflict_messages(&[
            "A hot-air balloon came down hard near Bagan on Friday. The pilot, Simon Ashworth, a British national \
             who has flown there for eight seasons, was among the injured.",
            "A balloon with 16 tourists landed hard in Bagan. Nine were hurt. The pilot, David Mercer, steered the \
             basket away from a temple.",
        ]);
        assert_eq!(
            found,
            ["pilot is David Mercer vs Simon Ashworth"],
            "{found:?}"
        );
        let found = person_conflicts(&[
            "Twelve tourists were cut off in Postojna Cave. The guide, Tina Mlakar, kept the group together.",
            "When the river rose, their guide, Nina Kos, told the twelve visitors to climb. Local guides said the \
             passage had flooded before.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn crew_named_apart_or_by_trade_are_no_rivals() {
        // Control: a report that names both pilots knows them as two (a pilot and the one who took over).
        let found = person_conflicts(&[
            "A balloon came down near Bagan. The pilot, Simon Ashworth, was injured; David Mercer, who flew \
             another basket, helped him.",
            "A balloon landed hard in Bagan. The pilot, David Mercer, was also injured.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: two craft, each report placing its pilot, are two posts.
        let found = person_conflicts(&[
            "Two aircraft collided over Lake Geneva. The pilot of the helicopter, Marc Favre, survived.",
            "A plane and a helicopter collided over the lake. The pilot of the plane, Luc Berset, died.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: "pilot" as a trade before a name, or "guide" as a verb, names no craft's one pilot.
        let found = person_conflicts(&[
            "A balloon came down near Bagan. Pilot Simon Ashworth, who was not flying that day, said the wind rose.",
            "A balloon landed hard in Bagan. Rescuers helped guide David Mercer out of the field.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_states_secretary_is_the_secretary_of_the_one_state_its_report_names() {
        // Story 103: "The state's secretary for prison administration, Carla Menezes" in a report about "the
        // state of Pernambuco", against "The secretary for prison administration of Pernambuco, Paulo Tavares".
        let found = person_conflicts(&[
            "Police in the north-eastern Brazilian state of Pernambuco were searching for inmates. The state's \
             secretary for prison administration, Carla Menezes, ordered an inquiry and the transfer of guards.",
            "The prisoners crawled through a tunnel. The secretary for prison administration of Pernambuco, Paulo \
             Tavares, announced an inquiry on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a report that names two states leaves "the state's" unplaced among them.
        let found = person_conflicts(&[
            "Inmates fled in the state of Pernambuco; some were caught in the state of Paraiba. The state's \
             secretary for prison administration, Carla Menezes, ordered an inquiry and the transfer of guards.",
            "The prisoners crawled through a tunnel. The secretary for prison administration of Pernambuco, Paulo \
             Tavares, announced an inquiry on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_prosecutor_placed_by_one_report_only_is_still_the_cases() {
        let found = person_conflicts(&[
            "A gondola cabin fell at Zlatibor. Prosecutor Milica Jovanovic, who is leading the inquiry, visited the site.",
            "A gondola cabin fell at Zlatibor. The case is led by the prosecutor of the Higher Public Prosecutor's Office in Uzice, Dragana Petrovic, who ordered an examination.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: two reports placing their prosecutors in two offices may tell two cases.
        let found = person_conflicts(&[
            "A gondola cabin fell at Zlatibor. The prosecutor of the Basic Public Prosecutor's Office in Cacak, Milica Jovanovic, visited the site.",
            "A gondola cabin fell at Zlatibor. The prosecutor of the Higher Public Prosecutor's Office in Uzice, Dragana Petrovic, ordered an examination.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_leader_of_the_investigation_is_one_slot_whatever_the_noun() {
        // "an inquiry led by X" and "the investigation is led by Y": one investigation, two leaders.
        let found = person_conflicts(&[
            "An engine caught fire on the flight to Tromso. The safety authority has opened an inquiry led by inspector Ingrid Solheim, who arrived on Tuesday.",
            "An engine caught fire on the flight to Tromso. The investigation is led by Terje Nygard, who said it was too early to say more.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = person_conflicts(&[
            "A fire gutted the museum in Chiang Mai. Police Colonel Wirat Boonma, who is leading the investigation, said wiring was the likely cause.",
            "A fire gutted the museum in Chiang Mai. Police said the investigation is being led by Police Colonel Sakda Inthanon.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a report that names both leaders tells of two investigations.
        let found = person_conflicts(&[
            "A fire gutted the museum in Chiang Mai. The inquiry is led by Wirat Boonma, and the police investigation is led by Police Colonel Sakda Inthanon.",
            "A fire gutted the museum in Chiang Mai. Police said the investigation is being led by Police Colonel Sakda Inthanon.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_unions_regional_head_is_not_a_ministrys_regional_commissioner() {
        let found = role_conflicts(&[
            "Farmers blocked the canal near Kairouan. \"We wanted our share,\" said Mohamed Ali Ben Salem, regional head of the farmers' union UTAP, who led the talks.",
            "Farmers blocked the canal near Kairouan. The deal was negotiated by Mohamed Ali Ben Salem, the regional commissioner for agricultural development, who spent two nights there.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: the union's head is its general secretary in other words.
        let found = role_conflicts(&[
            "Farmers blocked the canal near Kairouan, said Mohamed Ali Ben Salem, regional head of the farmers' union UTAP.",
            "Farmers blocked the canal near Kairouan. Mohamed Ali Ben Salem, general secretary of the union, spoke.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_bodys_head_in_one_report_and_its_director_in_another_are_one_office() {
        let found = person_conflicts(&[
            "Hackers hit the hospital in Olomouc. The National Cyber Security Agency (NUKIB) sent a team. Its director, Tomas Vrba, said the attackers had been inside for weeks.",
            "Hackers hit the hospital in Olomouc. The Czech cyber agency NUKIB is leading the response. Its head, Jan Kolar, said the attack bore a group's signature.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a report that names both people presents them as two (a chair and a director).
        let found = person_conflicts(&[
            "Hackers hit the hospital in Olomouc. The National Cyber Security Agency (NUKIB) sent a team. Its director, Tomas Vrba, said the attackers had been inside for weeks. Jan Kolar also spoke.",
            "Hackers hit the hospital in Olomouc. The Czech cyber agency NUKIB is leading the response. Its head, Jan Kolar, said the attack bore a group's signature.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_title_whose_body_has_its_acronym_in_brackets_still_binds_the_name() {
        let found = person_conflict_messages(&[
            "Uruguay won a beef quota. The president of the National Meat Institute (INAC), Diego Sosa, said the quota was worth $110 million.",
            "Uruguay won a beef quota. Gustavo Pereyra, president of the National Meat Institute (INAC), told ranchers that trade could grow.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_hospital_director_is_not_a_regional_councillor() {
        let found = role_conflicts(&[
            "Hackers hit the hospital in Olomouc. Radek Simanek, director of University Hospital Olomouc, told a news conference that no patient was at risk.",
            "Hackers hit the hospital in Olomouc. The Olomouc Region's councillor for health, Radek Simanek, visited the pavilion on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a mayor is a member of the council, styled "Councillor" in many places.
        let found = role_conflicts(&[
            "Floods hit Bendigo. The mayor of Bendigo, Andrea Metcalf, said the river had peaked.",
            "Floods hit Bendigo. The city's councillor for emergencies, Andrea Metcalf, said the river had peaked.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_named_by_its_clipped_name_is_the_same_body() {
        // "Met Office" clips "Meteorological Office": one post at one office, held by two people.
        let found = person_conflict_messages(&[
            "Vik was evacuated on Wednesday. \"We see magma moving,\" said Gudrun Sigurdardottir, head of volcanic hazards at the Met Office.",
            "Vik was evacuated on Wednesday. Kristin Olafsdottir, head of volcanic hazards at the Icelandic Meteorological Office, said the activity was shallow.",
        ]);
        assert_eq!(
            found,
            [
                "head of volcanic hazards at the icelandic meteorological office is Gudrun Sigurdardottir vs Kristin Olafsdottir"
            ],
            "{found:?}"
        );
        assert!(ends_name("icelandic meteorological office", "met office"));
        // Control: a word that does not begin the other's is another body.
        assert!(!ends_name("icelandic meteorological office", "road office"));
        assert!(!ends_name("meteorological office", "me office"));
    }

    #[test]
    fn a_person_conflict_shows_each_name_as_its_report_writes_it() {
        // The entity's canonical form may be another report's stripped spelling; the finding quotes the text.
        let found = person_conflicts(&[
            "Vik was evacuated on Wednesday. \"We see magma moving,\" said Guðrún Sigurðardóttir, head of volcanic hazards at the Met Office.",
            "Vik was evacuated on Wednesday. Kristín Ólafsdóttir, head of volcanic hazards at the Met Office, said the activity was shallow.",
            "Vik was evacuated on Wednesday, said Gudrun Sigurdardottir, a volcanologist.",
        ]);
        assert_eq!(
            found,
            [["Guðrún Sigurðardóttir", "Kristín Ólafsdóttir"]],
            "{found:?}"
        );
    }

    #[test]
    fn a_commission_led_by_one_and_chaired_by_another_is_a_person_conflict() {
        let found = person_conflict_messages(&[
            "Chlorine leaked at a plant in Pavlodar. The government set up a commission led by Vice Minister for Emergency Situations Marat Iskakov.",
            "Chlorine leaked at a plant in Pavlodar. The company is cooperating with the government commission chaired by Vice Minister Nurlan Beisenov.",
        ]);
        assert_eq!(
            found,
            ["government commission chair is Nurlan Beisenov vs Marat Iskakov"],
            "{found:?}"
        );
    }

    #[test]
    fn a_company_secretary_is_an_office_of_its_own() {
        let found = role_conflicts(&[
            "The managing director went on trial in Lagos. His co-defendant, the bank's chief financial officer Chinwe Okafor, pleaded not guilty.",
            "The trial opened in Lagos. The case is that he and Chinwe Okafor, the bank's company secretary, approved the loans.",
        ]);
        assert_eq!(
            found,
            [["chief financial officer", "company secretary"]],
            "{found:?}"
        );
        // Control: an office held before is no rival to the one held now.
        let found = role_conflicts(&[
            "The managing director went on trial in Lagos. His co-defendant, the bank's former chief financial officer Chinwe Okafor, pleaded not guilty.",
            "The trial opened in Lagos. The case is that he and Chinwe Okafor, the bank's company secretary, approved the loans.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_bench_of_judges_lets_reports_name_different_judges() {
        let found = person_conflicts(&[
            "A panel of three judges sentenced the former mayor to seven years. Judge Iryna Melnyk read the verdict.",
            "The former mayor was jailed for seven years by Judge Olena Bondar for taking the money.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_that_names_both_people_presents_them_as_two() {
        let found = person_conflicts(&[
            "The bill was drafted by Justice Minister Kalina Stoeva. Nikolai Radev, her predecessor, opposed it.",
            "The bill, drafted by Justice Minister Nikolai Radev, creates a new office.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_partial_name_is_not_a_different_judge() {
        let found = person_conflicts(&[
            "Judge Iryna Melnyk sentenced the former mayor to seven years.",
            "The former mayor was jailed for seven years by Judge Melnyk.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unplaced_ministers_of_a_story_of_two_countries_are_not_rivals() {
        let found = person_conflicts(&[
            "Kenyan President William Ruto opened the port. Transport Minister Daniel Otieno said ships would come.",
            "Tanzanian Prime Minister Anna Mushi attended the ceremony, and a new ferry line was announced by Transport Minister Rehema Kibwana.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_title_one_report_places_is_not_compared_unplaced() {
        let found = person_conflicts(&[
            "Kenya's Transport Minister Daniel Otieno signed the deal on Monday.",
            "The lake rescue agreement, which Transport Minister Rehema Mushi put her name to, covers three ports.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn mayors_and_chief_executives_are_not_compared_unplaced() {
        let found = person_conflicts(&[
            "Mayor Ihor Terekhov said the shelters would be finished. Chief Executive Anna Berg of the builder declined to comment.",
            "Mayor Konrad Fijolek said the money had been raised in good faith. Chief Executive Jan Nowak said the firm would appeal.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_deputy_and_a_former_holder_are_not_rivals_of_the_minister() {
        for other in [
            "Deputy Justice Minister Nikolai Radev wrote most of the text, which parliament passed.",
            "Former Justice Minister Nikolai Radev wrote most of the text, which parliament passed.",
        ] {
            let found = person_conflicts(&[
                "The bill was drafted by Justice Minister Kalina Stoeva and approved on Thursday.",
                other,
            ]);
            assert!(found.is_empty(), "{other}: {found:?}");
        }
    }

    #[test]
    fn a_nationality_and_its_country_place_one_office() {
        let found = person_conflicts(&[
            "The ministers met in Limassol. Greece was represented by its energy minister, Eleni Vrettou. Greek Energy Minister Eleni Vrettou said the site would be chosen soon.",
            "The ministers met in Larnaca. Greece's energy minister, Katerina Sifaki, promised quick permits.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let messages = person_conflict_messages(&[
            "Greek Energy Minister Eleni Vrettou said the site would be chosen soon.",
            "Greece's energy minister, Katerina Sifaki, promised quick permits.",
        ]);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(messages[0].contains("energy minister is"), "{messages:?}");
    }

    #[test]
    fn an_unplaced_title_of_a_holder_is_evidence_of_the_placed_one() {
        let findings = crate::pipeline::testing::findings_of(&[
            "The ministers met in Limassol. Greece was represented by its energy minister, Eleni Vrettou.",
            "Greek Energy Minister Eleni Vrettou said the site would be chosen soon.",
            "The ministers met in Larnaca. Greece's energy minister, Katerina Sifaki, promised quick permits.",
        ]);
        let conflict = findings
            .iter()
            .find(|f| f.kind == Kind::PersonConflict)
            .expect("a person-conflict");
        let docs: BTreeSet<&str> = conflict
            .evidence
            .iter()
            .map(|e| e.document.as_str())
            .collect();
        assert_eq!(docs.len(), 3, "{:?}", conflict.evidence);
    }

    #[test]
    fn a_definite_chief_or_deputy_of_one_body_given_two_holders_is_a_person_conflict() {
        // "The national chief veterinary officer" and "Busan's deputy mayor" are written as one holder's.
        for texts in [
            [
                "Bird flu was found on a farm. The national chief veterinary officer, Zsolt Varga, ordered a zone.",
                "Bird flu was found on a farm. The national chief veterinary officer, Péter Horváth, set up a zone.",
            ],
            [
                "A road collapsed. Busan's deputy mayor, Kim Tae-ho, ordered residents to leave.",
                "A road collapsed. The order came from Busan's deputy mayor, Lee Jae-won, who visited twice.",
            ],
            [
                "A crane fell. The ministry opened an inquiry. Its chief inspector for the south, Mahmoud Qasem, said little.",
                "A crane fell. The ministry. Its chief inspector for the southern region, Yousef Bataineh, arrived.",
            ],
        ] {
            let found = person_conflicts(&texts);
            assert_eq!(found.len(), 1, "{texts:?}: {found:?}");
        }
    }

    #[test]
    fn its_managing_director_is_the_body_named_by_its_kind_just_before() {
        // "its" stands for "the port authority" of its own sentence, not a name of an earlier one.
        let found = person_conflicts(&[
            "Talks were called by Labour Cabinet Secretary Mwanaisha Omar. It was signed for the port authority \
             by its managing director, Joseph Kiprono Langat, on Thursday.",
            "The agreement was signed by the managing director of the port authority, Daniel Mutua Kilonzo.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a managing director of one of several is no rival.
        let found = person_conflicts(&[
            "It was signed for the port authority by a managing director, Joseph Kiprono Langat, on Thursday.",
            "The agreement was signed by a managing director of the port authority, Daniel Mutua Kilonzo.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_chief_rank_or_one_deputy_of_several_is_no_single_office() {
        // "Chief Inspector" before a name is a rank many officers hold; "a deputy mayor" is one of several.
        for texts in [
            [
                "A crane fell. Chief Inspector Mahmoud Qasem of the southern police said little.",
                "A crane fell. Chief Inspector Yousef Bataineh of the southern police arrived.",
            ],
            [
                "A road collapsed. A deputy mayor of Busan, Kim Tae-ho, ordered residents to leave.",
                "A road collapsed. Lee Jae-won, a deputy mayor of Busan, visited twice.",
            ],
        ] {
            let found = person_conflicts(&texts);
            assert!(found.is_empty(), "{texts:?}: {found:?}");
        }
    }

    #[test]
    fn energy_ministers_of_two_countries_are_not_rivals() {
        let found = person_conflicts(&[
            "Greece's energy minister, Eleni Vrettou, promised quick permits.",
            "Cyprus's energy minister, Andreas Charalambous, hosted the meeting.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_leaders_of_one_named_team_are_a_person_conflict() {
        let found = person_conflict_messages(&[
            "Inspector Harpreet Gill, who led the NDRF team, said they had to cut through the roof.",
            "The NDRF team, led by Inspector Manoj Rawat, used cutting tools and dogs.",
        ]);
        // The names stage may keep a rank in the name ("Inspector Harpreet Gill").
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("ndrf team leader is")
                && found[0].contains("Harpreet Gill")
                && found[0].contains("Manoj Rawat"),
            "{found:?}"
        );
    }

    #[test]
    fn leaders_of_two_teams_are_not_rivals() {
        let found = person_conflicts(&[
            "Inspector Harpreet Gill, who led the NDRF team, said they had to cut through the roof.",
            "The SDRF team, led by Inspector Manoj Rawat, searched the river bank.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn directors_of_two_organisations_are_not_rivals() {
        let found = person_conflicts(&[
            "Anna Berg, director of the agency, said the work would go on.",
            "The exhibition will close early, according to Jan Nowak, director of the museum.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn titles_that_cannot_both_be_true_are_a_role_conflict() {
        for pair in [
            // A plant's director is not its chief engineer.
            [
                "Zurab Tsiklauri, the plant's director, said 12 tonnes had escaped.",
                "The company's chief engineer, Zurab Tsiklauri, said the tank would be shut for six weeks.",
            ],
            // Ministries of two fields of affairs are two offices.
            [
                "Maritime Affairs Minister Evangelia Chatzopoulou said the law would bring investment.",
                "Energy Minister Evangelia Chatzopoulou has argued for the plants for two years.",
            ],
            // A former deputy mayor is not a former city treasurer, an age in apposition or not.
            [
                "A court sentenced the city's former deputy mayor, Oleksandr Hrytsenko, to seven years.",
                "Oleksandr Hrytsenko, 54, the former city treasurer of Kharkiv, was led away in handcuffs.",
            ],
        ] {
            let found = role_conflicts(&pair);
            assert_eq!(found.len(), 1, "{pair:?}: {found:?}");
        }
    }

    #[test]
    fn an_unranked_title_does_not_hide_two_titles_that_conflict() {
        let found = role_conflicts(&[
            "Kostas Mavridis, a government official, arrived on Monday.",
            "Trade Minister Kostas Mavridis said the talks went well.",
            "Justice Minister Kostas Mavridis said the talks were useful.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn an_office_held_before_is_no_rival_to_one_held_now() {
        let found = role_conflicts(&[
            "Prime Minister Ion Munteanu said the count was fair.",
            "Ion Munteanu, the former finance minister, said the count was fair.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        assert!(compatible_roles(
            "former finance minister",
            "prime minister"
        ));
        assert!(!compatible_roles("former deputy mayor", "former treasurer"));
    }

    #[test]
    fn a_school_head_or_a_party_lawyer_given_another_office_is_a_role_conflict() {
        // Story 102: "headteacher of Tumaini Secondary School" against "the school's board chairman".
        let found = role_conflicts(&[
            "Rashidi Abdallah, headteacher of Tumaini Secondary School, said the beans came from a new supplier.",
            "Rashidi Abdallah, the school's board chairman, met parents at the gate.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Story 57: a defendant's lawyer against a state secretary at the justice ministry.
        let found = role_conflicts(&[
            "The former director was jailed for six years. His lawyer, Arben Zeqiri, said the defence would appeal.",
            "Arben Zeqiri, state secretary at the Ministry of Justice, said the verdict showed no one is above the law.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a lawyer called the defence lawyer elsewhere holds one post.
        let found = role_conflicts(&[
            "His lawyer, Arben Zeqiri, said the defence would appeal.",
            "The defence lawyer, Arben Zeqiri, said they would appeal within 15 days.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_role_in_two_wordings_is_no_role_conflict() {
        let found = role_conflicts(&[
            "The former director of finances of the municipality, Paula Sagredo, was sentenced to three years.",
            "Paula Sagredo, the former finance director, got three years.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_with_two_chairs_across_reports_is_a_person_conflict() {
        let found = values_of(
            Kind::PersonConflict,
            &[
                "The recount will be supervised by the municipal electoral commission, chaired by Piotr Nowak.",
                "The chairman of the municipal electoral commission, Jan Kowalczyk, said he regretted the mistake.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn where_an_agreement_was_signed_and_where_the_talks_were_is_one_place() {
        // Story 53: "signed an agreement on pay and funding late on Friday in Abuja" against "an all-night
        // meeting at a Lagos hotel, where negotiators signed a deal".
        let found = place_conflicts(&[
            "Lecturers ended their strike after the union and the government signed an agreement on pay and \
             funding late on Friday in Kano.",
            "The strike ended after an all-night meeting at a Kaduna hotel, where negotiators signed a deal.",
        ]);
        assert_eq!(found, [["Kaduna", "Kano"]], "{found:?}");
        // Control: talks in one country and a signing in another are told as two steps, not compared.
        let found = place_conflicts(&[
            "The two governments signed the agreement on Wednesday in Asunción.",
            "The deal came after two days of talks in Kano between the two ministers.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: a report that gives both the talks' town and the signing's town tells two places.
        let found = place_conflicts(&[
            "After talks in Zaria, the deal was signed on Friday in Kano.",
            "The two sides signed the agreement in Kano on Friday. Talks in Zaria had lasted two days.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_incident_near_two_towns_past_what_it_struck_is_a_place_conflict() {
        // Story 41: "A landslide buried a state-run bus on a mountain highway near Rampur" against "a slope
        // collapsed onto National Highway 5 near Kullu": a landslide told as a slope's collapse.
        let found = place_conflicts(&[
            "A landslide buried a state-run bus on a mountain highway near Mandi on Tuesday, killing 14.",
            "On Tuesday a slope collapsed onto National Highway 5 near Solan and pushed a bus into a gully.",
        ]);
        assert_eq!(found, [["Mandi", "Solan"]], "{found:?}");
        // Control: a place after "from" is where someone came from, not where the incident was.
        let found = place_conflicts(&[
            "A landslide buried a bus carrying pilgrims from a temple near Mandi on Tuesday.",
            "On Tuesday a slope collapsed onto National Highway 5 near Solan and pushed a bus into a gully.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: a flood in one town and a bridge's collapse near another are two events.
        let found = place_conflicts(&[
            "Flooding near Mandi cut the highway on Tuesday.",
            "A bridge collapsed into the river near Solan on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_epicentre_near_two_towns_is_a_place_conflict() {
        // Story 100: "Its epicentre was 18 kilometres south of Pinotepa Nacional" against "The epicentre was
        // located in the sea near Puerto Escondido".
        let found = place_conflicts(&[
            "A quake struck on Tuesday. Its epicentre was 18 kilometres south of Tehuacán, at a depth of 22 \
             kilometres.",
            "A quake struck on Tuesday. The epicentre was located in the hills near Atlixco.",
        ]);
        assert_eq!(found, [["Atlixco", "Tehuacán"]], "{found:?}");
    }

    #[test]
    fn a_state_named_like_its_capital_holds_the_epicentres_town() {
        // Story 100: "Earthquake in Oaxaca" (the state, which the gazetteer reads as its capital) against the
        // epicentre "south of Pinotepa Nacional", in a story that calls Oaxaca a state.
        let found = place_conflicts(&[
            "Earthquake in Puebla kills six\n\nA strong earthquake shook the south of Puebla state on Tuesday.",
            "An earthquake struck on Tuesday. Its epicentre was 18 kilometres south of Tehuacán.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: two towns, neither called a state, still conflict.
        let found = place_conflicts(&[
            "Earthquake in Puebla kills six\n\nA strong earthquake shook the city on Tuesday.",
            "An earthquake struck on Tuesday. Its epicentre was 18 kilometres south of Tehuacán.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_place_parties_arrived_in_for_talks_is_the_talks_place() {
        let found = place_conflicts(&[
            "Delegations from both countries arrived in Tangier on Saturday for two-day talks on fishing.",
            "The two-day talks were held in Rabat, officials said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Arriving somewhere for another purpose binds nothing.
        let found = place_conflicts(&[
            "Delegations from both countries arrived in Tangier on Saturday and left for talks elsewhere.",
            "The two-day talks were held in Rabat, officials said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_vehicle_that_overturned_or_ran_aground_is_dated_by_that_day() {
        let found = date_conflicts(&[
            "The bus from Tangier overturned outside Fès on 17 April; 40 people were killed.",
            "At least 40 people died when a bus overturned near Fes on April 16, the authorities said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "The ferry ran aground outside the port on 2 October; 21 people were killed.",
            "At least 21 people died when a ferry ran aground near the port on October 1.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_derailment_and_a_ferry_run_aground_are_two_incidents() {
        let found = date_conflicts(&[
            "A passenger train derailed near the town on the evening of 25 November, killing 30 people.",
            "The ferry from Bologna ran aground outside the town on 3 February; 6 people were killed.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_fire_in_a_building_is_dated_by_the_day_it_did_its_damage() {
        let found = date_conflicts(&[
            "A fire tore through a textile factory on Sunday night, killing 11 workers, officials said on Monday.",
            "A fire at a knitwear factory killed 11 workers on Saturday night.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A later stage of the fire is not its day.
        let later = date_conflicts(&[
            "A fire tore through a textile factory on Sunday night, killing 11 workers.",
            "The fire, which killed 11 workers, was brought under control on Monday.",
        ]);
        assert!(later.is_empty(), "{later:?}");
    }

    #[test]
    fn a_ship_fire_is_dated_past_the_burning_ship_and_a_long_place_phrase() {
        // "the burning ship" describes the ship; the fire broke out far before its day, in the same clause.
        let found = date_conflicts(&[
            "Seven people were killed after fire swept through a passenger ferry early Monday, the coast guard \
             said, as rescuers pulled survivors from fishing boats that raced to the burning ship.",
            "Nine people died when a fire broke out on the passenger ship MV Lady Corazon near Verde Island early \
             on Tuesday. The ship was carrying more than two hundred passengers to Calapan.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A fire still burning on a later day is not dated by it.
        let later = date_conflicts(&[
            "A fire broke out on the passenger ship near Verde Island early on Monday.",
            "The fire that broke out on the passenger ship was still burning on Tuesday.",
        ]);
        assert!(later.is_empty(), "{later:?}");
    }

    #[test]
    fn a_recount_is_dated_as_an_event_of_its_own() {
        let found = date_conflicts(&[
            "After Thursday's recount, Stefanescu finished 287 votes ahead of Ioana Munteanu in Turda.",
            "Adrian Stefanescu remains the winner of the mayoral by-election in Turda, after the recount of the \
             votes cast in eight polling stations, carried out on Friday, 27 November, at a school.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_day_after_by_bounds_a_tally_and_dates_nothing() {
        let found = date_conflicts(&[
            "The fire had destroyed about 4,500 hectares by Monday evening, the municipality said.",
            "The fire that broke out on Sunday, 9 August, forced the evacuation of 1200 people.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_courts_ruling_is_dated_whatever_verb_it_is_told_by() {
        let found = date_conflicts(&[
            "The district court in Zamość ruled on November 26 that ballots must be counted again.",
            "Zamość District Court on 27 November upheld a complaint by the losing candidate.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let no_court = date_conflicts(&[
            "The district court in Zamość ruled on November 26 that ballots must be counted again.",
            "The mayor on 27 November ordered a review of the town's finances.",
        ]);
        assert!(no_court.is_empty(), "{no_court:?}");
    }

    #[test]
    fn a_day_in_an_after_clause_is_not_the_day_of_the_event_outside_it() {
        let found = date_conflicts(&[
            "The club president signed off on the transfer after the player passed his medical on Monday.",
            "The winger completed his move, signing a four-year contract with the club on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn again_in_a_clause_about_the_ballots_does_not_make_the_court_a_later_one() {
        let found = place_conflicts(&[
            "The district court in Zamość ruled on November 26 that ballots from three of the town's 11 polling stations must be counted again. Either side can still appeal to the Supreme Court in Warsaw.",
            "A court in Lublin has ordered a partial recount of the mayoral by-election in the eastern Polish town of Wierzbin. Both candidates can still appeal to the Supreme Court in Warsaw.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_ruling_and_an_earlier_election_named_in_one_sentence_are_not_one_event() {
        let found = date_conflicts(&[
            "Zamość District Court on 27 November upheld a complaint by Wąsowicz, who lost the October \
             by-election by a margin of 14 votes.",
            "Turnout in the October 18 by-election was 52.3%, up from 48.9% in 2018.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn days_of_different_events_do_not_conflict() {
        let found = date_conflicts(&[
            "The ferry sank on Monday. The trial of its captain opened on Friday.",
            "The captain's trial, which opened on Friday, heard that the ferry sank on Monday night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_ship_lost_off_two_different_places_is_a_place_conflict() {
        let found = place_conflicts(&[
            "The freighter capsized in heavy seas off the coast of Vung Tau before dawn on Sunday.",
            "The freighter sank off Con Dao on Sunday, the coast guard said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = place_conflicts(&[
            "The freighter capsized in heavy seas off the coast of Vung Tau before dawn on Sunday.",
            "The bulker went down on Saturday night off Con Dao, according to first reports.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains(&"Con Dao".to_string()), "{found:?}");
        let found = place_conflicts(&[
            "The freighter capsized off the coast of Vung Tau on Sunday.",
            "The freighter sank off Vung Tau on Sunday; survivors were taken to Ho Chi Minh City.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_place_after_a_place_noun_is_the_place_not_its_adjective() {
        let found = place_conflicts(&[
            "The ministers met for two days in the Moroccan port city of Tangier to settle the dispute.",
            "The ministers met for two days in Rabat to settle the dispute over fishing rights.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Rabat".to_string(), "Tangier".to_string()]]
        );
    }

    #[test]
    fn an_event_with_an_of_phrase_binds_the_place_after_it() {
        let found = place_conflicts(&[
            "An outbreak of cholera in the western town of Kisumu has sickened 60 people, officials said.",
            "The cholera outbreak in Nakuru has sickened 60 people, officials said on Friday.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Kisumu".to_string(), "Nakuru".to_string()]]
        );
    }

    #[test]
    fn a_place_after_a_phrase_of_manner_is_bound() {
        let found = place_conflicts(&[
            "Police said three men were arrested in dawn raids in Antwerp on Thursday.",
            "Police said three men were arrested in Ghent on Thursday.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Antwerp".to_string(), "Ghent".to_string()]]
        );
    }

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

    #[test]
    fn a_single_place_event_conflicts_across_borders_but_talks_do_not() {
        // Sentences too different to align: only the story slot can see the two places.
        let landing = place_conflicts(&[
            "Flight 412 from Rome made an emergency landing in Munich on Monday.",
            "Passengers said the crew stayed calm until the emergency landing at Zurich.",
        ]);
        assert_eq!(
            landing,
            vec![vec!["Munich".to_string(), "Zurich".to_string()]]
        );
        let talks = place_conflicts(&[
            "Talks on the gas contract were held in Vienna on Monday.",
            "Officials said the meeting in Bratislava had been friendly.",
        ]);
        assert!(talks.is_empty(), "{talks:?}");
    }

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
    fn a_managing_director_is_the_chief_executive() {
        let values = crate::pipeline::testing::values_of(
            Kind::RoleConflict,
            &[
                "The shipyard was sold on Monday. Mikko Lehtinen, the yard's chief executive, will stay in his post.",
                "The shipyard was sold on Monday. Managing director Mikko Lehtinen told the staff no jobs would go.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
        assert!(!compatible_roles("finance director", "managing director"));
    }

    #[test]
    fn title_part_leaves_out_what_places_the_role() {
        let text = "Ethiopian Water Minister and the ministry's spokesperson";
        let part = |phrase: &str, qualifiers: &[&str]| {
            let start = text.find(phrase).unwrap();
            let q: Vec<String> = qualifiers.iter().map(|q| q.to_string()).collect();
            title_part(text, Span::new(start, start + phrase.len()), &q)
                .of(text)
                .to_string()
        };
        assert_eq!(
            part("Ethiopian Water Minister", &["ethiopian"]),
            "Water Minister"
        );
        assert_eq!(
            part("the ministry's spokesperson", &["ministry"]),
            "spokesperson"
        );
        assert_eq!(part("Water Minister", &[]), "Water Minister");
        // A phrase that is all qualifier keeps its last word.
        assert_eq!(
            part(
                "Ethiopian Water Minister",
                &["ethiopian", "water", "minister"]
            ),
            "Minister"
        );
    }

    #[test]
    fn single_holder_roles() {
        assert!(is_single_holder("trade minister", &[]));
        assert!(is_single_holder("president", &[]));
        assert!(!is_single_holder("minister", &[]));
        assert!(!is_single_holder("deputy foreign minister", &[]));
        assert!(!is_single_holder("envoy", &[]));
        // Story 100: "The state education secretary, Arturo Cruz" is a minister by another name.
        assert!(is_single_holder(
            "education secretary",
            &["state".to_string()]
        ));
        assert!(!is_single_holder("cabinet secretary", &[]));
        assert!(!is_single_holder("deputy education secretary", &[]));
        assert!(!is_single_holder("secretary", &[]));
    }

    #[test]
    fn a_district_has_one_commissioner_but_a_state_has_many() {
        // Story 102: the kitchen closed by "The district commissioner for Arumeru, Emmanuel Mollel" in one
        // report and by "The district commissioner, Hassan Kombo" in another.
        let found = person_conflicts(&[
            "Pupils fell ill. The district commissioner for Arumeru, Emmanuel Mollel, closed the school kitchen.",
            "Pupils fell ill. The district commissioner, Hassan Kombo, ordered the kitchen closed.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Controls: "a district commissioner" is one of several; a state's commissioners hold portfolios. (The
        // sentences differ, so that only the slot could bind the two people.)
        for texts in [
            [
                "Pupils fell ill. A district commissioner, Emmanuel Mollel, visited the school.",
                "Pupils fell ill. Hassan Kombo, a district commissioner, said the kitchen would be inspected.",
            ],
            [
                "Pupils fell ill. The state commissioner, Emmanuel Mollel, visited the school.",
                "Pupils fell ill. Hassan Kombo, the state commissioner, said the kitchen would be inspected.",
            ],
        ] {
            let found = person_conflicts(&texts);
            assert!(found.is_empty(), "{texts:?}: {found:?}");
        }
    }

    #[test]
    fn a_municipal_president_is_the_mayor() {
        // Story 100: a translated Mexican report calls the town's mayor its "municipal president".
        let texts = [
            "A quake hit Pinotepa. The town's mayor, Heriberto Villalobos, said the church tower fell.",
            "A quake hit Pinotepa. The municipal president, Heriberto Villalobos, asked for tents.",
        ];
        let found = values_of(Kind::RoleConflict, &texts);
        assert!(found.is_empty(), "{found:?}");
        // Control: a mayor is still no state president.
        let found = values_of(
            Kind::RoleConflict,
            &[
                "A quake hit Pinotepa. The town's mayor, Heriberto Villalobos, said the church tower fell.",
                "A quake hit Pinotepa. The party president, Heriberto Villalobos, asked for tents.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn two_state_education_secretaries_are_a_person_conflict() {
        // Story 100: schools closed by "The state education secretary, Arturo Cruz" against "... Felipe Mendoza".
        let found = person_conflicts(&[
            "A quake hit Oaxaca. The state education secretary, Arturo Cruz, closed schools on the coast.",
            "A quake hit Oaxaca. Felipe Mendoza, the state education secretary, said classes would resume.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = person_conflicts(&[
            "A quake hit Oaxaca. A deputy education secretary, Arturo Cruz, visited schools on the coast.",
            "A quake hit Oaxaca. Felipe Mendoza, a deputy education secretary, said classes would resume.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn head_synonyms_share_a_class() {
        assert_eq!(head_class("truce"), "ceasefire");
        assert_eq!(head_class("walkout"), head_class("strike"));
        assert_ne!(head_class("dead"), head_class("injured"));
        assert_eq!(head_class("tonne"), "tonne");
    }

    #[test]
    fn a_holes_width_is_compared_with_another_reports_width_only() {
        // Story 95: "a sinkhole about 8 metres wide" against "a hole 12 metres wide"; the hole's depth is
        // another extent.
        let found = number_conflicts(&[
            "A sinkhole about 6 metres wide opened on a road in Daegu on Monday. The hole was about 4 metres \
             deep.",
            "Residents watched as a hole 15 metres wide opened on a road in Daegu on Monday.",
        ]);
        assert_eq!(found, [["15 metres", "6 metres"]], "{found:?}");
        let found = number_conflicts(&[
            "A sinkhole about 6 metres wide opened on a road in Daegu on Monday.",
            "Residents watched as a sinkhole opened on a road in Daegu on Monday. It was 9 metres deep.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn how_long_someone_waited_for_rescue_is_one_quantity() {
        // Story 95: "cut him free after 40 minutes" against "was rescued by firefighters after 90 minutes".
        let found = number_conflicts(&[
            "A lorry fell into a sinkhole in Daegu on Monday. Firefighters cut the driver free after 30 \
             minutes.",
            "A lorry fell into a sinkhole in Daegu on Monday. The driver was rescued by firefighters after 75 \
             minutes.",
        ]);
        assert_eq!(found, [["30 minutes", "75 minutes"]], "{found:?}");
        // Control: a road closed for some time is no rescue's wait.
        let found = number_conflicts(&[
            "A lorry fell into a sinkhole in Daegu on Monday. Firefighters cut the driver free after 30 \
             minutes.",
            "A lorry fell into a sinkhole in Daegu on Monday. Traffic was stopped after 75 minutes.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sum_of_compensation_is_keyed_by_what_it_pays_for() {
        // Story 94: "compensated for culled birds at market value, which she put at about 120 million
        // forints" against "compensation for the farm would come to around 180 million forints".
        let found = number_conflicts(&[
            "Bird flu was found on a farm near Szentes. The minister said owners would be compensated for \
             culled birds at market value, which he put at about 90 million forints.",
            "Bird flu was found on a farm near Szentes. The minister said compensation for the farm would come \
             to around 150 million forints.",
        ]);
        assert_eq!(
            found,
            [["150 million forints", "90 million forints"]],
            "{found:?}"
        );
    }

    #[test]
    fn an_irregular_plural_of_the_head_is_no_shared_context() {
        // Story 94: "12,000 geese were tested" on a neighbouring farm against a farmer "who keeps 30,000 geese
        // near Csongrád": "geese" is the head "goose", so the two counts share nothing around them.
        let found = number_conflicts(&[
            "Bird flu was found near Szentes. On the neighbouring farm, 14,000 geese were tested on Tuesday.",
            "Bird flu was found near Szentes. A farmer who keeps 35,000 geese near Makó said she was worried.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_day_a_disease_was_confirmed_dates_the_outbreak() {
        // Story 94: "tests confirmed H5N1 bird flu there on Monday" against "the virus was confirmed there on
        // Saturday".
        let found = date_conflicts(&[
            "Bird flu hit a duck farm near Szentes. Tests confirmed H5N1 bird flu there on Tuesday, the office \
             said.",
            "Bird flu hit a duck farm near Szentes. The H5N1 virus was confirmed there on Friday, after \
             workers found dead birds.",
        ]);
        assert_eq!(found, [["Friday", "Tuesday"]], "{found:?}");
        // Story 35: "since the first infection was confirmed on March 3" against "The first infections were
        // confirmed on 5 March."
        let found = date_conflicts(&[
            "Cholera hit the town of Kabwe. The ministry has recorded 200 suspected cases since the first \
             infection was confirmed on April 7.",
            "Cholera hit the town of Kabwe. When did it start? The first infections were confirmed on 9 April.",
        ]);
        assert_eq!(found, [["9 April", "April 7"]], "{found:?}");
        // Control: without a disease, "confirmed" is a verb of telling.
        assert_eq!(dated_class(&["police".into(), "confirmed".into()], 1), None);
    }

    #[test]
    fn a_regions_count_five_times_the_storys_needs_more_than_its_noun() {
        // Story 94: "27 poultry farms inside the surveillance zone" against "19 farms inside the surveillance
        // zone" conflict; a neighbouring county's "more than 200 poultry farms" is another count, and stays
        // out of the finding.
        let found = number_conflicts(&[
            "Bird flu was found near Szentes. There are 31 poultry farms inside the surveillance zone.",
            "Bird flu was found near Szentes. Békés county, which borders Csongrád, has more than 250 poultry \
             farms, and the nearest is 40 kilometres away.",
            "Bird flu was found near Szentes. There are 22 farms inside the surveillance zone.",
        ]);
        assert_eq!(found, [["22", "31"]], "{found:?}");
    }

    #[test]
    fn counts_with_no_noun_meet_under_their_predicate() {
        // Story 103: escaped prisoners taken back, told by two verbs.
        let found = number_conflicts(&[
            "By Monday afternoon nine had been recaptured, most of them south of the city.",
            "Police say six had been caught by this evening, two of them hiding in a church.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The control: those who escaped are not those caught.
        let found = number_conflicts(&[
            "By Monday afternoon nine had been recaptured, most of them south of the city.",
            "Seventeen inmates escaped on Sunday night, and nine had been caught by Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Story 102: admitted to hospital, with or without the hospital in the clause.
        let found = number_conflicts(&[
            "More than 140 pupils fell ill after supper, and 32 were admitted to hospital.",
            "Fatma, 58 pupils were admitted, most of them to Selian Lutheran Hospital.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = number_conflicts(&[
            "About 300 students were admitted to the university this year.",
            "Fatma, 58 pupils were admitted, most of them to Selian Lutheran Hospital.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_roll_meets_another_roll_and_never_a_part_of_it() {
        // Story 102: the school's pupils in all, given two ways.
        let found = number_conflicts(&[
            "The school, run by a church foundation, houses its 1,100 pupils in dormitories.",
            "The school, which has 800 pupils, is a boarding school owned by a church.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = number_conflicts(&[
            "The school, run by a church foundation, houses its 1,100 pupils in dormitories.",
            "More than 140 pupils at the school fell ill after supper.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unnamed_heights_rises_and_lengths_meet_under_what_they_measure() {
        // Story 101: the balloon's altitude when the gust hit.
        let found = number_conflicts(&[
            "The operator said the balloon had been at around 40 metres when the gust hit.",
            "Guides said the gust struck when the balloon was only about 15 metres above the trees.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The control: an altitude of something else in another scene, and two places' elevations.
        let found = number_conflicts(&[
            "The operator said the balloon had been at around 40 metres when the gust hit.",
            "Other cabins were left hanging about 15 metres above the road for hours.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "The balloon rose over the village, which lies 2,400 metres above sea level.",
            "Rescuers reached the balloon from a camp set up 3,100 metres above sea level.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Story 99: one rise of the water.
        let found = number_conflicts(&[
            "The water rose about 4 metres in less than an hour.",
            "Within the hour the Pivka had risen nearly 7 metres underground.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Story 103: one tunnel's length, and the control of another thing's length.
        let found = number_conflicts(&[
            "Investigators said the prisoners had dug a 40-metre tunnel.",
            "The prisoners crawled through the tunnel, about 70 metres long.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = number_conflicts(&[
            "Investigators said the prisoners had dug a 40-metre tunnel.",
            "The prisoners crawled along the drain, about 70 metres long.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
