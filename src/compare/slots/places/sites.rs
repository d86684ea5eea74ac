//! Event places told by where people were taken or where a vessel was, rather than by an event noun.
//!
//! - **Hospital.** "Three of the injured were taken by ambulance to a hospital in Sucre": a verb of moving
//!   people, "to", a hospital, and its town. Where the injured were only treated ("stabilised at the Bracamonte
//!   hospital in Potosí") is not where they were taken, and a report that sends them to two towns tells two
//!   steps ("... then transferred to a hospital in Oruro"): only the later step is compared.
//! - **Shelter.** "Most of them to an emergency shelter set up in the school gym in Hvolsvöllur": the town of
//!   the shelter the evacuees were taken to; "were brought here" in a datelined report is the dateline's town.
//!   The village they left is no shelter.
//! - **Evacuated place.** "the nearby village of Kenzhekol, whose 1,800 residents were taken by bus",
//!   "knocking on doors in Mikhaylovka and telling people to leave": the place people were moved out of.
//! - **Incident at sea.** "fire broke out on a ferry off Muna island", "in the waters off Kabaena island": an
//!   island named by the word "island" is a place even when no gazetteer knows it.
//!
//! A town the gazetteer lacks is a place here by its construction ("in <Name>" after a shelter or hospital);
//! it is given an id of its own from its entity, and no country, so that it is compared with the story's towns.

use super::{
    DocFacts, EventPlace, PlaceLevel, PlaceRef, Span, Token, event_class, fold, is_clause_gap,
    place_after, place_at, went_down,
};
use crate::extract::NameKind;
use crate::segment::TokenKind;

/// Set in the place id of a place known only by its construction: above every GeoNames id, which fits in 32
/// bits.
const CONSTRUCTED: u64 = 1 << 40;

/// Verbs that move people somewhere: "taken to a hospital", "flown to the Combined Military Hospital",
/// "brought here by bus".
#[rustfmt::skip]
const MOVED: &[&str] = &[
    "taken", "rushed", "transferred", "flown", "flew", "airlifted", "evacuated", "moved", "brought", "transported",
    "driven", "drove", "shifted", "sent", "admitted", "ferried", "carried", "referred", "bused", "bussed", "relocated",
    "rehoused", "moving", "taking", "bringing",
];

/// Nouns of a hospital.
const HOSPITALS: &[&str] = &["hospital", "hospitals", "clinic", "infirmary"];

/// Nouns of a place where evacuees are put up.
#[rustfmt::skip]
const SHELTERS: &[&str] = &["shelter", "shelters", "gym", "gymnasium", "hall", "camp", "centre", "center"];

/// Words before a shelter noun that make "hall", "camp" or "centre" one: "the community hall", "an evacuation
/// centre", "a relief camp". "shelter", "gym" and "gymnasium" need none.
const SHELTER_QUALIFIERS: &[&str] = &[
    "community",
    "sports",
    "village",
    "evacuation",
    "relief",
    "emergency",
    "parish",
    "school",
];

/// Words of people leaving their homes, one of which a report needs for its halls and gyms to be shelters.
#[rustfmt::skip]
const EVACUATION: &[&str] = &[
    "evacuation", "evacuated", "evacuate", "evacuees", "evacuating", "displaced", "homeless", "sheltered",
];

/// Words that mark the later of two steps: "the three most serious cases were then transferred to".
const LATER_STEP: &[&str] = &[
    "then",
    "later",
    "subsequently",
    "afterwards",
    "eventually",
    "transferred",
];

/// Words that make "off" a verb's particle, not "at sea off": "called off", "sealed off the island".
#[rustfmt::skip]
const PARTICLE_VERBS: &[&str] = &[
    "call", "called", "set", "took", "take", "cut", "sealed", "seal", "cordoned", "kicked", "paid", "laid",
    "turned", "switched", "shut", "broke", "fought", "fended", "warded", "blocked", "pulled", "sent", "drove",
    "ran", "headed", "tipped", "held", "scared", "shook", "closed", "marked", "fenced", "roped", "written",
];

/// Nouns of a post where vehicles are stopped and searched.
const CHECKPOINTS: &[&str] = &["checkpoint", "roadblock"];

/// Verbs of catching suspects, one of which a sentence needs for its checkpoint to be where they were caught.
#[rustfmt::skip]
const INTERCEPTED: &[&str] = &[
    "arrested", "arresting", "arrest", "detained", "stopped", "intercepted", "apprehended", "caught", "seized",
];

/// Nouns of a sample taken for testing, and the verbs of taking one.
const SAMPLES: &[&str] = &["sample", "samples", "specimen"];
const SAMPLED: &[&str] = &["collected", "taken", "drawn", "gathered"];

/// Nouns of an island: "off Muna island", "off the island of Kea".
pub(super) const ISLANDS: &[&str] = &["island", "isle", "islet", "atoll"];

/// Verbs of sending ambulances elsewhere: "ambulances were diverted to the hospital in Prostějov", "have been
/// sent to Přerov instead". Where a closed hospital's ambulances go is one town in a story.
const DIVERTED: &[&str] = &["diverted", "redirected", "rerouted", "sent"];

/// Nouns of an aircraft's trip, whose origin follows "from": "the Skarv Air flight from Bergen".
const FLIGHTS: &[&str] = &["flight", "plane", "jet", "aircraft", "airliner"];

/// Verbs of an aircraft leaving, whose object is its origin: "flight 417 had left Oslo at 11:20", "had taken
/// off from Oslo", "departed from Bergen".
const DEPARTED: &[&str] = &["left", "departed", "off"];

/// Places bound by where people were taken, where evacuees were sheltered and where a vessel was.
pub(super) fn site_places(doc: &DocFacts<'_>) -> Vec<EventPlace> {
    let text = &doc.doc.text;
    let dateline = dateline_place(doc);
    // A hall or a gym is a shelter only in a report of people leaving their homes: in another it is where a
    // meeting or a match was.
    let evacuation = has_word(doc, EVACUATION);
    // A farm is the story's site only in a report of a disease in its animals: in another it may be any farm
    // a storm or a fire passed.
    let outbreak = has_word(doc, OUTBREAK);
    let mut out = Vec::new();
    // Hospital destinations with whether each is a later step, to keep only the later when a report gives two.
    let mut hospitals: Vec<(EventPlace, bool)> = Vec::new();
    // The words of the sentence before, where the vessel a "which had arrived from" clause tells of was named.
    let mut previous_words: Option<Vec<String>> = None;
    for (_, sentence) in doc.slot_sentences() {
        let tokens: &[Token] = doc.seg.sentence_tokens(sentence);
        let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
        let previous_words = previous_words.replace(words.clone());
        let gap = |k: usize| is_clause_gap(text, tokens[k - 1].span.end, tokens[k].span.start);
        let site = |class, (span, place): (Span, PlaceRef), counts: Vec<f64>| {
            EventPlace::new(class, span, place, sentence.span, counts)
        };
        for v in 0..words.len() {
            if !MOVED.contains(&words[v].as_str()) {
                continue;
            }
            let counts = counts_before(doc, tokens, v);
            // "brought here by bus": in a datelined report, "here" is the dateline's town.
            if words.get(v + 1).is_some_and(|w| w == "here")
                && let Some((span, place, context)) = dateline.clone()
                && let Some(class) = here_class(&words)
            {
                let counts = if class == "hospital" {
                    counts
                } else {
                    Vec::new()
                };
                let mut found = site(class, (span, place), counts);
                found.context = context;
                out.push(found);
                continue;
            }
            // "taken (by ambulance) to (a) hospital in <Place>", "flown to the Combined Military Hospital in
            // <Place>".
            // "58 pupils were admitted, most of them to Selian Lutheran Hospital": the share of those moved,
            // set off by a comma, still leads to where they went.
            let share = |k: usize| {
                words.get(k + 1).is_some_and(|w| w == "of")
                    && words.get(k + 2).is_some_and(|w| w == "them")
            };
            let Some(to) = (v + 1..(v + 8).min(words.len()))
                .take_while(|&k| !gap(k) || share(k))
                .find(|&k| words[k] == "to")
            else {
                continue;
            };
            let Some(h) = (to + 1..(to + 6).min(words.len()))
                .take_while(|&k| !gap(k) && !matches!(words[k].as_str(), "in" | "at" | "to"))
                .find(|&k| HOSPITALS.contains(&words[k].as_str()))
            else {
                continue;
            };
            let later = (v.saturating_sub(3)..=v).any(|k| LATER_STEP.contains(&words[k].as_str()));
            let named = (to + 1..h)
                .find_map(|k| place_at(doc, tokens[k].span))
                .map(|(span, place)| (span, place.clone()));
            if let Some(found) = named.or_else(|| place_in(doc, tokens, &words, h)) {
                let found = (facility_span(doc, tokens, to + 1, h, found.0), found.1);
                hospitals.push((site("hospital", found, counts), later));
            } else if let Some(found) = named_hospital(doc, tokens, h) {
                // "drove the sickest to Mount Meru Regional Hospital": a hospital named with no town is
                // compared only with other hospitals so named, never with a town (which may hold it).
                hospitals.push((site("named hospital", found, counts), later));
            }
        }
        for (k, word) in words.iter().enumerate() {
            // "in the Perevisa mine, some 420 metres below the surface": the mine a story's miners were in.
            if let Some(found) = named_mine(doc, tokens, &words, k) {
                out.push(site("mine", found, Vec::new()));
            }
            // "the nearby village of Kenzhekol, whose 1,800 residents were taken by bus", "knocking on doors
            // in Mikhaylovka and telling people to leave": the place people were moved out of.
            if let Some(found) = evacuated_village(doc, tokens, &words, k)
                .or_else(|| told_to_leave(doc, tokens, &words, k))
            {
                out.push(site("evacuated", found, Vec::new()));
            }
            // "to an emergency shelter set up in the school gym in <Place>", "in the community hall in
            // <Place>"; a shelter is where the evacuees are, so it needs "to", "in" or "at" before it.
            let shelter = evacuation
                && SHELTERS.contains(&word.as_str())
                && (matches!(word.as_str(), "shelter" | "shelters" | "gym" | "gymnasium")
                    || k > 0 && SHELTER_QUALIFIERS.contains(&words[k - 1].as_str()))
                && (k.saturating_sub(4)..k)
                    .any(|p| matches!(words[p].as_str(), "to" | "in" | "at"));
            if shelter && let Some(found) = place_in(doc, tokens, &words, k) {
                // No counts: evacuees are told as everyone ("480 residents", "about 700 residents"), and
                // two such figures are the story's number conflict, not two groups.
                out.push(site("shelter", found, Vec::new()));
            }
            // "stopped at a checkpoint outside <Place>", "arresting three suspects ... at a checkpoint near the
            // city of <Place>": where suspects were intercepted.
            if CHECKPOINTS.contains(&word.as_str())
                && (k.saturating_sub(3)..k).any(|p| words[p] == "at")
                && words.iter().any(|w| INTERCEPTED.contains(&w.as_str()))
                && let Some(found) = place_beside(doc, tokens, &words, k + 1)
            {
                out.push(site("checkpoint", found, Vec::new()));
            }
            // "The sample was collected on 14 October at his training camp in <Place>": where a sample was
            // taken. A second or later sample is another one.
            if SAMPLES.contains(&word.as_str())
                && !words[k.saturating_sub(3)..k]
                    .iter()
                    .any(|w| super::OTHER_INSTANCE.contains(&w.as_str()))
                && let Some(verb) = (k + 1..(k + 5).min(words.len()))
                    .find(|&j| SAMPLED.contains(&words[j].as_str()))
                && let Some(found) = place_in(doc, tokens, &words, verb)
            {
                out.push(site("sample", found, Vec::new()));
            }
            // "All ambulances were diverted to the hospital in Prostějov", "ambulances have been sent to
            // Přerov instead": where ambulances go is a destination of its own.
            if DIVERTED.contains(&word.as_str())
                && words
                    .iter()
                    .any(|w| matches!(w.as_str(), "ambulance" | "ambulances"))
                && let Some(found) = diverted_to(doc, tokens, &words, k)
            {
                out.push(site("ambulance destination", found, Vec::new()));
            }
            // "Flight 417 had left Oslo at 11:20 for Longyearbyen", "the flight from Bergen, bound for
            // Longyearbyen": a flight's origin, told of a plane in a sentence of its own.
            if let Some(found) = flight_origin(doc, tokens, &words, k) {
                out.push(site("flight origin", found, Vec::new()));
            }
            // "culls ducks at a farm near Lakitelek", "the farm on the road out of Tiszakécske": in a report
            // of an animal disease, the farm it broke out on.
            if outbreak && let Some(found) = farm_place(doc, tokens, &words, k) {
                out.push(site("farm", found, Vec::new()));
            }
            // "The barge, which had sailed from Guayaquil", "had loaded its diesel in Manta": the port a
            // vessel's voyage began in.
            if let Some(found) = voyage_origin(doc, tokens, &words, k, previous_words.as_deref()) {
                out.push(site("voyage origin", found, Vec::new()));
            }
            // "off Muna island", "in the waters off Kabaena island", "off the coast of Vung Tau".
            if word == "off"
                && k > 0
                && !PARTICLE_VERBS.contains(&words[k - 1].as_str())
                && let Some(class) = sea_class(&words)
                && let Some(found) = island_at(doc, tokens, &words, k + 1)
                    .or_else(|| coast_at(doc, tokens, &words, k + 1))
            {
                out.push(site(class, found, Vec::new()));
            }
        }
    }
    // A report that sends the injured to two towns tells two steps or two groups: only a later step is
    // compared, and two groups not at all.
    let distinct = |list: &[&(EventPlace, bool)]| {
        list.iter()
            .map(|(p, _)| p.place)
            .collect::<std::collections::BTreeSet<u64>>()
            .len()
    };
    let all: Vec<&(EventPlace, bool)> = hospitals.iter().collect();
    if distinct(&all) <= 1 {
        out.extend(hospitals.into_iter().map(|(p, _)| p));
    } else {
        let later: Vec<&(EventPlace, bool)> = hospitals.iter().filter(|(_, l)| *l).collect();
        if distinct(&later) == 1 {
            out.extend(later.into_iter().map(|(p, _)| p.clone()));
        }
    }
    out
}

/// The place after a verb of sending at word `v`: "diverted to (the hospital in) <Place>".
fn diverted_to(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    v: usize,
) -> Option<(Span, PlaceRef)> {
    let to = v + 1;
    if words.get(to).is_none_or(|w| w != "to") {
        return None;
    }
    let h = (to + 1..(to + 4).min(words.len())).find(|&k| HOSPITALS.contains(&words[k].as_str()));
    match h {
        Some(h) => place_in(doc, tokens, words, h),
        None => place_after(doc, tokens, words, to + 1).map(|(span, place)| (span, place.clone())),
    }
}

/// Whether any of a report's words, case aside, is one of `list`.
fn has_word(doc: &DocFacts<'_>, list: &[&str]) -> bool {
    doc.doc
        .text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| list.iter().any(|e| w.eq_ignore_ascii_case(e)))
}

/// Whether the words before a trip's verb mark it as another trip than the story's: "a flight from Luleå in
/// an earlier incident", "another ship had sailed from".
fn other_trip(before: &[String]) -> bool {
    before.iter().any(|w| {
        matches!(
            w.as_str(),
            "another" | "different" | "earlier" | "previous" | "other"
        )
    })
}

/// The origin of a flight told at word `k`: "<flight> from <Place>" or, with a flight in the sentence,
/// "left <Place>", "took off from <Place>". An earlier or other flight ("a flight from Luleå in 2022") is
/// another trip: a flight after "another", "different" or "earlier" is not read.
fn flight_origin(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let word = words[k].as_str();
    let flight_before = k > 0 && FLIGHTS.contains(&words[k - 1].as_str());
    let from_flight = word == "from" && flight_before;
    let departed = DEPARTED.contains(&word)
        && (word != "off" || k > 0 && matches!(words[k - 1].as_str(), "taken" | "took"))
        && words[..k].iter().any(|w| FLIGHTS.contains(&w.as_str()));
    if !(from_flight || departed) {
        return None;
    }
    if other_trip(&words[..k]) {
        return None;
    }
    // "took off from <Place>", "departed (from) <Place>", "left <Place>", "flight from <Place>".
    let from_next = words.get(k + 1).is_some_and(|w| w == "from");
    let at = match word {
        "off" if !from_next => return None,
        "off" => k + 2,
        "departed" => k + 1 + usize::from(from_next),
        _ => k + 1,
    };
    place_after(doc, tokens, words, at).map(|(span, place)| (span, place.clone()))
}

/// Words of an animal disease, one of which a report needs for its farm to be where the disease broke out.
#[rustfmt::skip]
const OUTBREAK: &[&str] = &[
    "flu", "influenza", "virus", "outbreak", "cull", "culled", "culling", "infected", "infection", "disease",
];

/// Phrases after a farm's noun that lead to the town it lies by: "on the road out of Tiszakécske", "on the
/// outskirts of Kecel", "on the edge of Izsák". A road "to" a town leads away from it, and is not read.
const BY_TOWN: &[&[&str]] = &[
    &["on", "the", "road", "out", "of"],
    &["on", "the", "outskirts", "of"],
    &["on", "the", "edge", "of"],
    &["just", "outside"],
];

/// The town of the farm named at word `k`: "a farm near Lakitelek", "a duck farm near the village of
/// Lakitelek", "the farm on the road out of Tiszakécske". Another farm ("the neighbouring farm", "a second
/// farm") is not the story's.
fn farm_place(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    if words[k] != "farm"
        || words[k.saturating_sub(3)..k].iter().any(|w| {
            super::OTHER_INSTANCE.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "neighbouring" | "neighboring" | "nearby" | "other"
                )
        })
    {
        return None;
    }
    let text = &doc.doc.text;
    let next = k + 1;
    if next >= words.len() || is_clause_gap(text, tokens[k].span.end, tokens[next].span.start) {
        return None;
    }
    let at = if matches!(words[next].as_str(), "near" | "in" | "at" | "outside") {
        next + 1
    } else {
        let phrase = BY_TOWN.iter().find(|p| {
            words.len() >= next + p.len()
                && words[next..next + p.len()]
                    .iter()
                    .zip(p.iter())
                    .all(|(w, p)| w == p)
        })?;
        next + phrase.len()
    };
    if let Some((span, place)) = place_after(doc, tokens, words, at) {
        return Some((span, place.clone()));
    }
    // "a farm in Bács-Kiskun county": a name before a unit's noun is the unit, which holds the farm's town.
    let (span, place) = settlement_at(doc, tokens, words, at)?;
    let after = (at..tokens.len()).find(|&j| tokens[j].span.start >= span.end);
    let unit = after.is_some_and(|j| super::ADMIN_UNITS.contains(&words[j].as_str()));
    (!unit).then_some((span, place))
}

/// Nouns of a vessel, whose voyage has one port of origin.
#[rustfmt::skip]
const VESSELS: &[&str] = &[
    "ship", "vessel", "boat", "ferry", "tanker", "freighter", "bulker", "trawler", "barge", "yacht", "tug",
    "dhow", "containership", "carrier",
];

/// Verbs that only a vessel's voyage takes: "had sailed from Guayaquil".
const SAILED: &[&str] = &["sailed", "steamed"];

/// Verbs of a trip that any traveller takes, which tell a vessel's voyage only when the vessel is their
/// subject: "the ship had arrived from Djibouti", "the Ege Yildizi, which had arrived overnight from Djibouti".
const TRAVELLED: &[&str] = &["arrived", "departed", "came", "left"];

/// How many words may stand between a verb of a voyage and its "from": "had sailed to Akabe from Salalah",
/// "had arrived overnight from Djibouti".
const VOYAGE_WORDS: usize = 5;

/// The port a vessel's voyage began in, told at word `k`: "<sailed> (to Akabe) from <Place>", "<the ship>
/// arrived (overnight) from <Place>", or "<the barge> had loaded its diesel in <Place>". A verb any traveller
/// takes ("arrived", "left") needs a vessel for its subject, or "which"/"it" with a vessel named in the
/// sentence or the one before; "loaded" needs a vessel in its sentence ("a lorry loaded with gravel" is none).
/// An earlier or other voyage is not read.
fn voyage_origin(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
    previous: Option<&[String]>,
) -> Option<(Span, PlaceRef)> {
    let word = words[k].as_str();
    // Word k first: the sentence-wide tests below are made only for a verb of sailing or loading, not for
    // every word of a sentence that may run to thousands.
    if !(SAILED.contains(&word) || TRAVELLED.contains(&word) || word == "loaded") {
        return None;
    }
    let text = &doc.doc.text;
    let gap = |j: usize| is_clause_gap(text, tokens[j - 1].span.end, tokens[j].span.start);
    let vessel_in = |list: &[String]| list.iter().any(|w| VESSELS.contains(&w.as_str()));
    // The subject before the verb, past its auxiliaries: "the ship had", "which had".
    let subject = (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| !matches!(words[j].as_str(), "had" | "has" | "have" | "was" | "just"))
        .map(|j| words[j].as_str());
    let vessel_subject = subject.is_some_and(|w| VESSELS.contains(&w))
        || subject.is_some_and(|w| matches!(w, "which" | "it" | "that"))
            && (vessel_in(words) || previous.is_some_and(vessel_in));
    if other_trip(&words[..k]) {
        return None;
    }
    let scan = |targets: &[&str]| {
        (k + 1..(k + 1 + VOYAGE_WORDS).min(words.len()))
            .take_while(|&j| !gap(j))
            .find(|&j| targets.contains(&words[j].as_str()))
    };
    let at = if SAILED.contains(&word) || TRAVELLED.contains(&word) && vessel_subject {
        scan(&["from"])?
    } else if word == "loaded" && vessel_in(words) && words.get(k + 1).is_none_or(|w| w != "with") {
        scan(&["in", "at"])?
    } else {
        return None;
    };
    let (span, place) = place_after(doc, tokens, words, at + 1)?;
    Some((span, port_town(doc.text(span), place)))
}

/// A port named like its country is the town: a ship "arrived from Djibouti" or "from Singapore" came from the
/// port city, not from the whole country, so it is compared with other ports as a town.
fn port_town(name: &str, place: &PlaceRef) -> PlaceRef {
    if place.level != PlaceLevel::Country {
        return place.clone();
    }
    crate::resolve::Gazetteer::get()
        .places(name)
        .find(|p| {
            p.kind == crate::resolve::PlaceKind::Town && place.country.as_deref() == Some(p.country)
        })
        .map_or_else(
            || place.clone(),
            |town| PlaceRef {
                id: u64::from(town.id),
                country: Some(town.country.to_string()),
                level: PlaceLevel::City,
            },
        )
}

/// Heads of a two-word phrase too common to name one site of a story: "the city centre", "the police station"
/// and "the university hospital" stand in many towns.
#[rustfmt::skip]
const COMMON_SITE_HEADS: &[&str] = &[
    "area", "areas", "region", "city", "town", "village", "centre", "center", "hospital", "station", "side",
    "border", "coast", "country", "capital", "district", "province", "office", "offices", "headquarters",
    "court", "school", "airport", "port", "market", "square", "street", "road", "hall", "home", "house",
];

/// A site named by a two-word phrase and placed by a town in one report: "the canal gates near Sbikha".
pub(super) struct PhraseSite {
    pub(super) phrase: String,
    pub(super) place: PlaceRef,
    pub(super) name: Span,
    pub(super) context: Span,
}

/// Sites named "the <word> <word> near|in|at|outside <Place>", both words lower-case content words: "the canal
/// gates near Sbikha", "the sluice gates outside Ma'an". Two reports that put one such site near two
/// towns place the story's scene in two towns.
pub(super) fn phrase_sites(doc: &DocFacts<'_>) -> Vec<PhraseSite> {
    let text = &doc.doc.text;
    let mut out = Vec::new();
    for (_, sentence) in doc.slot_sentences() {
        let tokens: &[Token] = doc.seg.sentence_tokens(sentence);
        let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
        for k in 0..words.len().saturating_sub(4) {
            let content = |j: usize| {
                tokens[j].kind == TokenKind::Word
                    && doc.text(tokens[j].span).starts_with(char::is_lowercase)
                    && !crate::align::stopword(&words[j])
                    && !is_clause_gap(text, tokens[j - 1].span.end, tokens[j].span.start)
            };
            if words[k] != "the"
                || !content(k + 1)
                || !content(k + 2)
                || COMMON_SITE_HEADS.contains(&words[k + 2].as_str())
                || !matches!(words[k + 3].as_str(), "near" | "in" | "at" | "outside")
            {
                continue;
            }
            if let Some((name, place)) = place_beside(doc, tokens, &words, k + 3) {
                out.push(PhraseSite {
                    phrase: format!("{} {}", words[k + 1], words[k + 2]),
                    place,
                    name,
                    context: sentence.span,
                });
            }
        }
    }
    out
}

/// The class of a place that people were moved "here" to, by what the sentence tells: the injured to a
/// hospital, evacuees to a shelter.
fn here_class(words: &[String]) -> Option<&'static str> {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(&["injured", "wounded", "hospital", "casualties"]) {
        Some("hospital")
    } else if has(EVACUATION) || has(&["shelter"]) {
        Some("shelter")
    } else {
        None
    }
}

/// The class of a vessel's place for a sentence that tells an incident: "sinking" when it sank, "incident at
/// sea" for a fire, blast or collision; none for a sentence that tells no incident.
fn sea_class(words: &[String]) -> Option<&'static str> {
    let classes: Vec<&str> = (0..words.len())
        .filter_map(|i| event_class(&words[i]).or(went_down(words, i).then_some("sinking")))
        .collect();
    if classes.contains(&"sinking") {
        Some("sinking")
    } else {
        classes
            .iter()
            .any(|c| matches!(*c, "fire" | "attack" | "crash"))
            .then_some("incident at sea")
    }
}

/// The bare counts before word `k` in its sentence: "Three of the injured were taken", "the three most
/// serious cases". Two groups of different sizes may have gone to two places.
fn counts_before(doc: &DocFacts<'_>, tokens: &[Token], k: usize) -> Vec<f64> {
    let Some(first) = tokens.first() else {
        return Vec::new();
    };
    doc.numbers_in(Span::new(first.span.start, tokens[k].span.start))
        .filter(|n| n.unit.is_none() && n.value.fract() == 0.0 && n.value < 1000.0)
        .map(|n| n.value)
        .collect()
}

/// The place in "<noun> (set up) in (the school gym in) <Place>" after the noun at `k`: the first name a
/// preposition leads to in the clause, known to the gazetteer or not.
fn place_in(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let text = &doc.doc.text;
    for j in k + 1..(k + 9).min(words.len()) {
        if is_clause_gap(text, tokens[j - 1].span.end, tokens[j].span.start)
            || matches!(words[j].as_str(), "from" | "to" | "near" | "for")
        {
            return None;
        }
        if matches!(words[j].as_str(), "in" | "at")
            && let Some(found) = place_beside(doc, tokens, words, j)
        {
            return Some(found);
        }
    }
    None
}

/// The place right after a post at word `k - 1`: "outside <Place>", "near the city of <Place>", "in <Place>".
fn place_beside(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let by = words.get(k)?;
    if !matches!(by.as_str(), "outside" | "near" | "in" | "at") {
        return None;
    }
    place_after(doc, tokens, words, k + 1)
        .map(|(span, place)| (span, place.clone()))
        .or_else(|| constructed_place(doc, tokens, words, k + 1))
}

/// A capitalised name at word `k` (after "the") that the gazetteer lacks but the names stage read as a place
/// or left untyped: a town known by its construction.
pub(super) fn constructed_place(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let k = after_the(words, k);
    named_at(doc, tokens, k, &[NameKind::Place, NameKind::Unknown])
}

/// Nouns of a small settlement, whose name after "of" is a place by the construction: "the village of
/// Rudine". A resort or an area is no town: "the mountain resort of Zlatibor" holds the village.
const SETTLEMENTS: &[&str] = &["village", "hamlet", "town", "settlement"];

/// A settlement the gazetteer lacks at word `k`, after a preposition: "the village of Rudine", or a
/// capitalised name right after it, "above Semegnjevo". A name after "the" ("at the Tornik ski area") names
/// something else, and a name with a possessive ("in Odisha's Rayagada") holds the place after it.
pub(super) fn settlement_at(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let kinds = [NameKind::Place, NameKind::Unknown];
    let noun = after_the(words, k);
    if words
        .get(noun)
        .is_some_and(|w| SETTLEMENTS.contains(&w.as_str()))
        && words.get(noun + 1).is_some_and(|w| w == "of")
    {
        return named_at(doc, tokens, noun + 2, &kinds);
    }
    let (span, place) = named_at(doc, tokens, k, &kinds)?;
    let after = doc.doc.text.get(span.end..).unwrap_or("");
    (!after.starts_with("'s") && !after.starts_with("\u{2019}s")).then_some((span, place))
}

/// Nouns of a part of a city, after the name of one: "Seoul's Gangdong district", "Mumbai's Dharavi slum".
const CITY_PARTS: &[&str] = &[
    "district",
    "ward",
    "neighbourhood",
    "neighborhood",
    "borough",
    "suburb",
    "quarter",
    "area",
    "county",
];

/// The place a possessive place name at word `k` (after "the") holds: "Seoul's Gangdong district", "Odisha's
/// Rayagada". The part is where the event was, and the city or region that holds it is no rival place. The part
/// is a name read as a place, or any name followed by a noun of a city's part; a person or an office ("Busan's
/// deputy mayor", "Busan's Kim Tae-ho") is none.
pub(super) fn possessed_place(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let k = after_the(words, k);
    let (holder, _) = place_at(doc, tokens.get(k)?.span)?;
    let rest = doc.doc.text.get(holder.end..)?;
    if !rest.starts_with("'s ") && !rest.starts_with("\u{2019}s ") {
        return None;
    }
    let next = (k + 1..tokens.len()).find(|&j| tokens[j].span.start > holder.end + 2)?;
    if let Some(found) = named_at(doc, tokens, next, &[NameKind::Place]) {
        return Some(found);
    }
    let (span, place) = named_at(doc, tokens, next, &[NameKind::Unknown])?;
    let after = (next..tokens.len()).find(|&j| tokens[j].span.start >= span.end)?;
    CITY_PARTS
        .contains(&words[after].as_str())
        .then_some((span, place))
}

/// Nouns of the people who live in a place.
const RESIDENTS: &[&str] = &[
    "residents",
    "inhabitants",
    "villagers",
    "people",
    "families",
    "population",
];

/// The village at word `k` in "the village of <Name>, whose (1,800) residents were taken (by bus to ...)": a
/// settlement whose people a verb of moving them tells as evacuated. "whose mayor said" tells no move.
fn evacuated_village(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    if !SETTLEMENTS.contains(&words[k].as_str()) || words.get(k + 1).is_none_or(|w| w != "of") {
        return None;
    }
    let (span, place) = named_at(doc, tokens, k + 2, &[NameKind::Place, NameKind::Unknown])?;
    let whose = (k + 3..tokens.len()).find(|&j| tokens[j].span.start >= span.end)?;
    if words[whose] != "whose" {
        return None;
    }
    let clause = &words[whose + 1..(whose + 6).min(words.len())];
    let moved = |w: &String| MOVED.contains(&w.as_str()) || EVACUATION.contains(&w.as_str());
    (clause.iter().any(|w| RESIDENTS.contains(&w.as_str())) && clause.iter().any(moved))
        .then_some((span, place))
}

/// The place at word `k` of "<told> <people> to leave", when the clause before it puts the telling in a
/// place: "police were knocking on doors in Mikhaylovka and telling people to leave". A report that told
/// residents they could return tells no leaving.
fn told_to_leave(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    const TOLD: &[&str] = &[
        "told", "telling", "ordered", "ordering", "urged", "urging", "asked", "asking",
    ];
    if k < 3
        || !matches!(words[k].as_str(), "leave" | "evacuate" | "flee")
        || words[k - 1] != "to"
        || !RESIDENTS.contains(&words[k - 2].as_str())
        || !TOLD.contains(&words[k - 3].as_str())
    {
        return None;
    }
    let text = &doc.doc.text;
    (k.saturating_sub(14)..k - 3)
        .rev()
        .take_while(|&p| !is_clause_gap(text, tokens[p].span.end, tokens[p + 1].span.start))
        .filter(|&p| words[p] == "in")
        .find_map(|p| place_beside(doc, tokens, words, p))
}

/// Word `k`, or the word after it when it is "the".
fn after_the(words: &[String], k: usize) -> usize {
    k + usize::from(words.get(k).is_some_and(|w| w == "the"))
}

/// The place of an entity: the gazetteer's when it knows it, else one of its own named by its canonical form.
pub(super) fn entity_place(entity: &super::super::super::EntityRef) -> PlaceRef {
    entity
        .place
        .clone()
        .unwrap_or_else(|| constructed(&entity.canonical))
}

/// A place known only by its construction, with an id from its name's key: "Vík" and "Vik" are one place, and
/// a dateline's town that the names stage did not read is the town another report names.
fn constructed(name: &str) -> PlaceRef {
    let key = crate::resolve::keys::name_key(name);
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    PlaceRef {
        id: CONSTRUCTED | (hash >> 24),
        country: None,
        level: PlaceLevel::City,
    }
}

/// An island named at word `k`: "Muna island", "Verde Island", "the island of Kea", "the Isle of Wight". The
/// span holds the island's noun when it follows the name.
fn island_at(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let k = after_the(words, k);
    // Any name but an organisation's: "Kabaena" in "off Kabaena island" is a place by the construction,
    // whatever the names stage typed it as.
    let kinds = [NameKind::Place, NameKind::Unknown, NameKind::Person];
    if words.get(k).is_some_and(|w| ISLANDS.contains(&w.as_str()))
        && words.get(k + 1).is_some_and(|w| w == "of")
    {
        return named_at(doc, tokens, k + 2, &kinds);
    }
    let (span, place) = named_at(doc, tokens, k, &kinds)?;
    let last = doc.text(span).rsplit(' ').next().map(fold);
    if last.is_some_and(|w| ISLANDS.contains(&w.as_str())) {
        return Some((span, place));
    }
    let next = (k..tokens.len()).find(|&j| tokens[j].span.start >= span.end)?;
    // "the Azores island of Sao Miguel", "the Greek island of Lesbos": the name before the noun is the
    // island's archipelago or country, and the island is the name after "of".
    if ISLANDS.contains(&words[next].as_str()) && words.get(next + 1).is_some_and(|w| w == "of") {
        return named_at(doc, tokens, next + 2, &kinds);
    }
    // "Muna island": the noun after the name, joined by a space.
    let joined = doc.doc.text[span.end..tokens[next].span.start]
        .chars()
        .all(char::is_whitespace);
    (joined && ISLANDS.contains(&words[next].as_str()))
        .then(|| (Span::new(span.start, tokens[next].span.end), place))
}

/// A capitalised name of one of `kinds` starting at word `k`, as a place: the gazetteer's, or one known by the
/// construction it stands in.
fn named_at(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    k: usize,
    kinds: &[NameKind],
) -> Option<(Span, PlaceRef)> {
    let token = tokens.get(k)?;
    if token.kind == TokenKind::Number || !doc.text(token.span).starts_with(char::is_uppercase) {
        return None;
    }
    let (mention, entity) = doc
        .names_in(token.span)
        .find(|(m, _)| m.span.start == token.span.start)?;
    let entity = entity?;
    kinds
        .contains(&entity.kind)
        .then(|| (mention.span, entity_place(entity)))
}

/// "off the coast of <Place>", "off the shores of <Place>": the place the coast is of.
fn coast_at(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    let noun = after_the(words, k);
    if !words
        .get(noun)
        .is_some_and(|w| matches!(w.as_str(), "coast" | "shore" | "shores"))
    {
        return None;
    }
    place_after(doc, tokens, words, k).map(|(span, place)| (span, place.clone()))
}

/// The span of a named facility and its town, "Combined Military Hospital in Gilgit", when the facility's
/// name (words `first..=noun`) is capitalised and the town follows it; else the town's span.
fn facility_span(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    first: usize,
    noun: usize,
    town: Span,
) -> Span {
    if town.start < tokens[noun].span.end {
        return town;
    }
    let start = (first..=noun)
        .find(|&k| (k..=noun).all(|j| doc.text(tokens[j].span).starts_with(char::is_uppercase)))
        .map(|k| tokens[k].span.start);
    start.map_or(town, |s| Span::new(s, town.end))
}

/// Nouns of a mine.
const MINES: &[&str] = &["mine", "colliery"];

/// The mine named at word `k`, its noun after its name: "the Perevisa mine", "the Nowa Wanda colliery". A mine
/// is named by its pit, which no gazetteer holds, so its place is constructed from the name; a person's or a
/// company's name before the noun ("a Glencore mine") is no mine's own, nor is another mine ("another mine",
/// "a second mine"), and a town's is the mine's town.
fn named_mine(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    k: usize,
) -> Option<(Span, PlaceRef)> {
    if k < 2 || !MINES.contains(&words[k].as_str()) {
        return None;
    }
    let name_end = tokens[k - 1].span.end;
    let (mention, entity) = doc
        .names_in(tokens[k - 1].span)
        .find(|(m, _)| m.span.end == name_end)?;
    // A town's name ("the Chiatura mine") tells where a mine is, and is compared as the town elsewhere.
    if entity.is_some_and(|e| {
        matches!(e.kind, NameKind::Person | NameKind::Organisation) || e.place.is_some()
    }) {
        return None;
    }
    let first = tokens
        .iter()
        .position(|t| t.span.start >= mention.span.start)?;
    let before = &words[first.saturating_sub(2)..first];
    if before.iter().any(|w| {
        matches!(
            w.as_str(),
            "another" | "second" | "other" | "neighbouring" | "nearby"
        )
    }) {
        return None;
    }
    Some((mention.span, constructed(doc.text(mention.span))))
}

/// The hospital whose name ends in the hospital noun at word `h`: "Mount Meru Regional Hospital", "Selian
/// Lutheran Hospital". The name is the names stage's mention ending there, of at least two words, the noun
/// capitalised; its place is constructed from the name, so one hospital spelled alike is one place.
fn named_hospital(doc: &DocFacts<'_>, tokens: &[Token], h: usize) -> Option<(Span, PlaceRef)> {
    let noun = tokens[h].span;
    if !doc.text(noun).starts_with(char::is_uppercase) {
        return None;
    }
    let (mention, _) = doc
        .names_in(noun)
        .find(|(m, _)| m.span.end == noun.end && m.span.start < noun.start)?;
    Some((mention.span, constructed(doc.text(mention.span))))
}

/// The town of a report's dateline ("Kirkjubæjarklaustur, 27 November 2026 - The camp beds ...", "REYKJAVIK
/// (Wire) - ..."), with the dateline's sentence: the first name of one of the first sentences when a dash
/// follows within a few words after a comma or bracket.
fn dateline_place(doc: &DocFacts<'_>) -> Option<(Span, PlaceRef, Span)> {
    let text = &doc.doc.text;
    doc.seg
        .sentences
        .iter()
        .filter(|s| !s.boilerplate)
        .take(3)
        .find_map(|sentence| {
            let tokens: &[Token] = doc.seg.sentence_tokens(sentence);
            let first = tokens.first()?;
            // A town the names stage did not read (one capitalised word opening the text) is a place by the
            // dateline's shape.
            let (span, place) = match doc
                .names_in(first.span)
                .find(|(m, _)| m.span.start == first.span.start)
            {
                Some((mention, Some(entity))) => {
                    if !matches!(entity.kind, NameKind::Place | NameKind::Unknown) {
                        return None;
                    }
                    (mention.span, entity_place(entity))
                }
                Some((_, None)) => return None,
                None => {
                    let word = doc.text(first.span);
                    if !word.starts_with(char::is_uppercase) || first.kind == TokenKind::Number {
                        return None;
                    }
                    (first.span, constructed(word))
                }
            };
            let after = text.get(span.end..)?;
            let opens = after.starts_with(',') || after.starts_with(" (");
            let dash = (1..tokens.len().min(10)).any(|k| {
                let gap = &text[tokens[k - 1].span.end..tokens[k].span.start];
                gap.contains([' ']) && gap.contains(['-', '\u{2013}', '\u{2014}'])
            });
            (opens && dash).then_some((span, place, sentence.span))
        })
}

/// Nouns of the places a traveller is stopped at.
const BORDER_POSTS: &[&str] = &["airport", "border", "checkpoint", "crossing"];

/// Whether word `k` is "stopped" in "was stopped at <...> Airport": a person held where travellers are checked
/// is arrested there. A train or a car that stopped somewhere is not.
pub(super) fn stopped_at_border(words: &[String], k: usize) -> bool {
    words[k] == "stopped"
        && k > 0
        && matches!(words[k - 1].as_str(), "was" | "were" | "been" | "being")
        && words.get(k + 1).is_some_and(|w| w == "at")
        && words[k + 2..(k + 8).min(words.len())]
            .iter()
            .take_while(|w| !matches!(w.as_str(), "in" | "on" | "when" | "after" | "as"))
            .any(|w| BORDER_POSTS.contains(&w.as_str()))
}

/// Nouns that end a named facility told with its town: "Murtala Muhammed International Airport in Lagos".
const FACILITIES: &[&str] = &["airport", "hospital"];

/// The span of the town at `town` after "in" at word `j`, widened to the named facility before it when a
/// capitalised facility name ends at word `j - 1`: "Murtala Muhammed International Airport in Lagos". An
/// airport named for a person is shown whole so that its name is never read as the person's.
pub(super) fn named_facility(
    doc: &DocFacts<'_>,
    tokens: &[Token],
    words: &[String],
    j: usize,
    town: Span,
) -> Span {
    if words[j] != "in"
        || j == 0
        || !FACILITIES.contains(&words[j - 1].as_str())
        || !doc.text(tokens[j - 1].span).starts_with(char::is_uppercase)
    {
        return town;
    }
    facility_span(doc, tokens, j.saturating_sub(6), j - 1, town)
}

#[cfg(test)]
mod tests {
    use crate::findings::Kind;
    use crate::pipeline::testing::values_of;

    fn place_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        values_of(Kind::PlaceConflict, texts)
    }

    #[test]
    fn the_farm_an_animal_disease_broke_out_on_is_placed_by_its_village() {
        // Story 94: "a farm near Lakitelek" (no gazetteer holds it) against "the farm on the road out of
        // Tiszakécske"; the county that holds both, and a neighbouring farm, are no rival places.
        let found = place_conflicts(&[
            "Authorities will cull 48,000 ducks at a farm near Lakitelek after bird flu was confirmed there.",
            "The lorries that carry ducklings to the farm on the road out of Tiszakécske have stopped coming \
             since bird flu was confirmed. On the neighbouring farm near Szentes, geese were tested.",
            "Avian influenza has appeared at a large duck farm in Bács-Kiskun county, and the ducks on the \
             farm near the village of Lakitelek are being culled.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Lakitelek"), "{found:?}");
        assert!(found[0].iter().any(|v| v == "Tiszakécske"), "{found:?}");
        // In a report of no animal disease, a farm is any farm a storm passed.
        let found = place_conflicts(&[
            "The storm tore the roof off a farm near Lakitelek.",
            "The storm flattened a barn on the farm on the road out of Tiszakécske.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_vessels_port_of_origin_is_one_place() {
        // Story 97: a barge's voyage began in one port, told by "sailed from" or by where it loaded.
        let found = place_conflicts(&[
            "A barge ran aground on Sunday. The barge, which had sailed from Guayaquil five days earlier with \
             about 40,000 gallons of diesel, struck rocks at about 4:10 a.m.",
            "A barge ran aground on Sunday. The barge, which had loaded its diesel in Manta, was still stuck on \
             the rocks on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Guayaquil"), "{found:?}");
        assert!(found[0].iter().any(|v| v == "Manta"), "{found:?}");
        // Story 96: "which had arrived from" tells of the ship named before, and a port named like its country
        // is the port town, compared across countries.
        let found = place_conflicts(&[
            "A crane collapsed onto a Turkish container ship on Saturday. The crane was unloading the Ege \
             Yildizi, which had arrived overnight from Djibouti with 1,400 containers.",
            "A crane collapsed onto a Turkish ship on Saturday. The owner said the vessel had sailed to Akabe \
             from Salalah in Oman.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Djibouti"), "{found:?}");
        assert!(found[0].iter().any(|v| v == "Salalah"), "{found:?}");
        // A person who arrived from a town, and a lorry loaded with gravel, tell no voyage.
        let found = place_conflicts(&[
            "A crane collapsed onto a ship on Saturday. The chief inspector arrived from Amman this afternoon.",
            "A crane collapsed onto a ship on Saturday. The ship had arrived from Salalah, and a lorry loaded \
             with gravel in Irbid waited at the gate.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_town_the_injured_were_taken_to_is_placed() {
        let found = place_conflicts(&[
            "Five miners were killed on Tuesday. Three of the injured, with crush injuries to the chest and legs, \
             were taken by ambulance to a hospital in Sucre, 160 kilometres away.",
            "Seven miners died on Wednesday. The injured were stabilised at the Daniel Bracamonte hospital in \
             Potosí and the three most serious cases were then transferred to a hospital in Oruro.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Sucre"), "{found:?}");
        assert!(found[0].iter().any(|v| v == "Oruro"), "{found:?}");
        // Where they were first stabilised is an earlier step, and where donations came from no hospital.
        let found = place_conflicts(&[
            "Five miners were killed on Tuesday. Three of the injured were taken to a hospital in Potosí and then \
             transferred to a hospital in Sucre.",
            "Seven miners died on Wednesday. The three worst injured were flown to a hospital in Sucre. Donations \
             had come from as far as Oruro and Cochabamba.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_groups_of_injured_taken_to_two_towns_or_treated_are_no_conflict() {
        // Three flown out and two treated where they were: treatment is no destination.
        let found = place_conflicts(&[
            "An army helicopter flew the three most seriously injured to the Combined Military Hospital in \
             Gilgit. The other two were treated at the district hospital in Astore.",
            "Two people are being treated at the district headquarters hospital in Astore, doctors said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Groups of different sizes.
        let found = place_conflicts(&[
            "The mine collapsed on Tuesday. Two of the injured were taken to a hospital in Sucre, officials said.",
            "Rescuers worked through the night. Doctors said five miners with broken legs had been flown to the \
             main hospital in Oruro by helicopter.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_vessel_off_two_islands_no_gazetteer_knows_is_a_place_conflict() {
        let found = place_conflicts(&[
            "At least 11 people died after fire broke out on a passenger ferry carrying 318 passengers off Muna \
             island early on Sunday.",
            "Fourteen people were killed when the passenger ship caught fire in the waters off Kabaena island in \
             the early hours of Sunday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Kabaena island"), "{found:?}");
        // An island the rescuers came from, or one the police sealed off, is not where the fire was.
        let found = place_conflicts(&[
            "At least 11 people died after fire broke out on a passenger ferry off Muna island early on Sunday.",
            "Fishermen from Kabaena island reached the burning ferry first. Police sealed off Kabaena island \
             after the fire.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_island_named_after_its_archipelago_is_the_island_not_the_archipelago() {
        // Story 169: "off the Azores island of Sao Miguel" places the ship by Sao Miguel; "Azores island" is
        // no place. A town on the island, in a report that calls it "the island", is no rival of it.
        let found = place_conflicts(&[
            "A cargo ship ran aground in a storm off the Azores island of Sao Miguel early on Sunday.",
            "The ship ran aground near Ribeira Grande, on the north coast of the island, early on Sunday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Two islands are still two places.
        let found = place_conflicts(&[
            "A cargo ship ran aground in a storm off the Azores island of Sao Miguel early on Sunday.",
            "A cargo ship ran aground in a storm off the Azores island of Terceira early on Sunday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Sao Miguel"), "{found:?}");
        assert!(found[0].iter().any(|v| v == "Terceira"), "{found:?}");
    }

    #[test]
    fn the_town_of_the_evacuees_shelter_is_placed() {
        let found = place_conflicts(&[
            "REYKJAVIK (Nordic News Agency) - Authorities evacuated the village of Vík on Wednesday night. Some \
             480 residents were moved out by bus, most of them to an emergency shelter set up in the school gym \
             in Hvolsvöllur.",
            "Kirkjubæjarklaustur, 27 November 2026 - The camp beds in the community hall are arranged in neat \
             rows. About 700 residents of Vík were brought here by bus on the night of the evacuation.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].iter().any(|v| v == "Kirkjubæjarklaustur"),
            "{found:?}"
        );
        // The village they left is no shelter, even in a report datelined there.
        let found = place_conflicts(&[
            "REYKJAVIK (Nordic News Agency) - Authorities evacuated the village of Vík on Wednesday night. Some \
             480 residents were moved out by bus, most of them to an emergency shelter set up in the school gym \
             in Hvolsvöllur.",
            "Vík, 27 November 2026 - The streets are empty. About 700 residents were evacuated from here by bus \
             on the night of the evacuation.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_arrest_at_two_airports_is_a_place_conflict() {
        let found = place_conflicts(&[
            "Ogunleye was arrested in March 2025 at Murtala Muhammed International Airport in Lagos as he \
             prepared to board a flight to London, the EFCC has said.",
            "Ogunleye's arrest in 2025 caused a stir: he was stopped at Nnamdi Azikiwe International Airport in \
             Abuja, with two passports in his bag.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .iter()
                .any(|v| v == "Nnamdi Azikiwe International Airport in Abuja"),
            "{found:?}"
        );
        // A train stopped at a station is no arrest.
        let found = place_conflicts(&[
            "Ogunleye was arrested in March 2025 at Murtala Muhammed International Airport in Lagos.",
            "The train carrying his lawyers was stopped at the main station in Abuja for two hours.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn suspects_caught_at_checkpoints_near_two_towns_is_a_place_conflict() {
        let found = place_conflicts(&[
            "The security director said the suspects were stopped at a checkpoint outside Marsa Matrouh on \
             Tuesday with 11 of the coins hidden in a spare tyre.",
            "The security services succeeded in arresting three suspects in the theft, and recovered eleven gold \
             coins from a car in which they were travelling, at a checkpoint near the city of Damanhour.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Marsa Matrouh"), "{found:?}");
        // A checkpoint the suspects merely passed, with nobody caught there, places nothing.
        let found = place_conflicts(&[
            "The security director said the suspects were stopped at a checkpoint outside Marsa Matrouh on \
             Tuesday with 11 of the coins hidden in a spare tyre.",
            "The car had been waved through at a checkpoint near the city of Damanhour an hour earlier, police said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sample_taken_in_two_towns_is_a_place_conflict() {
        let found = place_conflicts(&[
            "The sample was collected on 14 October at his training camp in Sululta, in the highlands north of \
             the capital.",
            "The runner was suspended on Monday. The sample was taken at his training base in Bekoji, the unit \
             said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A second sample is another one.
        let found = place_conflicts(&[
            "The sample was collected on 14 October at his training camp in Sululta, in the highlands north of \
             the capital.",
            "The runner was suspended on Monday. A second sample was taken at his home in Bekoji in November.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_village_whose_residents_were_moved_or_told_to_leave_is_the_evacuated_place() {
        let found = place_conflicts(&[
            "A chlorine cloud drifted east over the nearby village of Kenzhekol, whose 1,800 residents were taken by bus to schools in the city.",
            "Chlorine escaped from the plant on Monday night. Police were knocking on doors in Mikhaylovka and telling people to leave with nothing but their documents.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v == "Kenzhekol"), "{found:?}");
        // Control: a village whose mayor spoke, and residents told they could return, tell no evacuation.
        let found = place_conflicts(&[
            "A chlorine cloud drifted east over the nearby village of Kenzhekol, whose mayor said nobody was hurt.",
            "Chlorine escaped from the plant on Monday night. Residents in Mikhaylovka were told they could return on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_hall_or_gym_in_a_report_of_no_evacuation_is_no_shelter() {
        let found = place_conflicts(&[
            "Residents met the mayor on Tuesday in the community hall in Hvolsvöllur to discuss the new road.",
            "About 200 residents came to a meeting with the mayor on Tuesday at the community hall in \
             Kirkjubæjarklaustur.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
