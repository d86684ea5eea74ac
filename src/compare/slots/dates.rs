//! Event dates: an event of one class (an incident, a verdict, an election, a signing) given different days
//! or dates.

use std::collections::{BTreeMap, BTreeSet};

use super::super::{Difference, DocFacts, Side};
use super::{
    COLLAPSES, GOES_DOWN, RESUMED, SEIZURES, STRUCTURES, event_class, is_clause_gap,
    left_the_rails, made_landfall, story_year, went_down,
};
use crate::findings::Kind;
use crate::segment::Token;
use crate::text::{Span, fold};

mod by_context;

pub(crate) use by_context::context_dates;

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
        // "The crew were kidnapped early on Tuesday": a kidnapping or a hijacking is the story's incident,
        // dated apart from the captives' release (its verbs are read as predicates only, see
        // [`dated_class`]).
        "kidnapped", "kidnapping", "abducted", "abduction", "hijacked", "hijacking",
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
    // "Customs officers on Tuesday seized 3,400 cartons", "made the seizure on Monday": a haul taken by
    // officials is dated apart from the crime it ends.
    ("seizure", SEIZURES),
    // "The bomb was uncovered on Thursday by an excavator driver", "had been discovered on Wednesday": the day
    // a thing or a crime came to light is its own, apart from the day it was made or done.
    ("discovery", DISCOVERIES),
];

/// Words of a thing or a crime coming to light.
const DISCOVERIES: &[&str] = &["discovered", "uncovered", "unearthed", "discovery"];

/// Forces of nature that strike: "lightning struck", "the quake hit".
const NATURAL_FORCES: &[&str] = &[
    "lightning",
    "earthquake",
    "quake",
    "tornado",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "avalanche",
    "tsunami",
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

/// What holds water back, and floods the land when it bursts.
#[rustfmt::skip]
const WATER_HOLDS: &[&str] = &[
    "lake", "dam", "reservoir", "levee", "embankment", "dyke", "dike", "pipe", "main", "pipeline", "canal",
    "river", "tank",
];

/// Whether word `k` tells water breaking out of what held it: "a glacial lake high in the mountains of northern
/// Bhutan burst early on Tuesday" (the subject runs long), "the dam burst", "the river burst its banks", "the
/// levee was breached". That is the incident of a flood, dated apart from the flooding that runs on after it;
/// "burst into flames" and "burst into tears" are not.
fn burst_out(words: &[String], k: usize) -> bool {
    matches!(words[k].as_str(), "burst" | "breached" | "ruptured")
        && words.get(k + 1).is_none_or(|w| w != "into")
        && words[k.saturating_sub(10)..k]
            .iter()
            .any(|w| WATER_HOLDS.contains(&w.as_str()))
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

/// What a launch sends up: "the rocket lifted off", "the satellite was launched".
#[rustfmt::skip]
const LAUNCHED_CRAFT: &[&str] = &[
    "rocket", "rockets", "satellite", "satellites", "spacecraft", "launcher", "capsule", "probe", "missile",
    "missiles",
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
    if burst_out(words, i) {
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
    if struck_or_boarded(words, i) {
        return Some("incident");
    }
    // "Clara Wouters, the logistician from Ghent kidnapped in Niger in July, has been freed": a participle
    // after its noun describes a captive, dated elsewhere; the act is told after an auxiliary, a pronoun or
    // "and" ("were abducted on 9 July", "boarded the tanker and kidnapped six of its crew").
    if matches!(word, "kidnapped" | "abducted" | "hijacked")
        && !(i > 0
            && matches!(
                words[i - 1].as_str(),
                "was"
                    | "were"
                    | "been"
                    | "had"
                    | "has"
                    | "have"
                    | "and"
                    | "who"
                    | "they"
                    | "he"
                    | "she"
            ))
    {
        return None;
    }
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
    let class = DATED_CLASSES
        .iter()
        .find(|(_, list)| list.contains(&word))
        .map(|(class, _)| *class);
    // "On Saturday a theft was discovered at the museum": a crime that is the subject of its discovery is
    // dated by the discovery, as "the theft was discovered early on Sunday" is by its nearer verb.
    let discovered = words
        .get(i + 1)
        .is_some_and(|w| matches!(w.as_str(), "was" | "were" | "had" | "has"))
        && words
            .iter()
            .skip(i + 2)
            .take(2)
            .any(|w| DISCOVERIES.contains(&w.as_str()));
    if class == Some("incident") && discovered {
        return Some("discovery");
    }
    class
}

/// Whether word `k` tells an incident by a verb that is one only in its sentence's company: "Lightning
/// struck a classroom on Thursday", "when the tornado hit" (a natural force striking; "struck a deal" and
/// prices hitting a record are not), and "the ship was boarded in the small hours of Monday" (a craft
/// boarded against its will; passengers board of their own).
fn struck_or_boarded(words: &[String], k: usize) -> bool {
    let word = words[k].as_str();
    let struck = matches!(word, "struck" | "hit")
        && words.iter().any(|w| NATURAL_FORCES.contains(&w.as_str()));
    let boarded = word == "boarded" && k > 0 && matches!(words[k - 1].as_str(), "was" | "were");
    struck || boarded
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
                    || struck_or_boarded(&words, k)
                    || COLLAPSES.contains(&w.as_str())
                    || came_down(&words, k)
                    || aircraft_down(&words, k)
                    || became_trapped(&words, k)
                    || went_down(&words, k)
                    || left_the_rails(&words, k)
                    || burst_out(&words, k)
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
            let values: Vec<String> = sides.iter().map(|s| super::quoted_side(docs, s)).collect();
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
                && one_day_written_twice(&doc.doc.text, d.span, date.span)
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

/// Whether a weekday at `weekday` and a date at `date` name one day, written side by side with nothing but
/// spaces and commas between ("Monday 23 November 2026", "on Friday, 27 November").
fn one_day_written_twice(text: &str, weekday: Span, date: Span) -> bool {
    weekday.end <= date.start
        && text[weekday.end..date.start]
            .chars()
            .all(|c| c == ',' || c.is_whitespace())
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
            Some(x == y || super::super::hunks::dates_compatible(x, y))
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

#[cfg(test)]
mod tests {
    use super::super::testing::date_conflicts;
    use super::*;

    /// The days of the conflicts the event classes alone find in `texts`, as one story's reports: what a
    /// class reads, apart from the context route's matches.
    fn class_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
        crate::pipeline::testing::with_facts(texts, |docs| side_texts(docs, &event_dates(docs)))
    }

    /// The days of each of `found` as its sides write them.
    pub(super) fn side_texts(docs: &[DocFacts<'_>], found: &[Difference]) -> Vec<Vec<String>> {
        found
            .iter()
            .map(|d| {
                d.sides
                    .iter()
                    .map(|s| docs[s.doc].text(s.span).to_string())
                    .collect()
            })
            .collect()
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
        let found = class_conflicts(&[
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
        // Control: a museum opening its gates and a patient discharged name no dam. (The context route still
        // sets the museum's two days against each other, as the museum's.)
        let found = class_conflicts(&[
            "The museum opened its gates to visitors on Saturday.",
            "The museum opened its gates on Friday, and a patient was discharged on Friday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
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
    fn water_bursting_out_dates_the_flood() {
        // Story 147: "A glacial lake ... burst early on Tuesday" against "A flood from a glacial lake in the
        // early hours of 13 July killed at least five people" (a Monday in 2026).
        let found = class_conflicts(&[
            "A glacial lake high in the mountains of northern Bhutan burst early on Tuesday, sending a flood \
             down the valley that killed at least five people.",
            "A flood from a glacial lake in the early hours of 13 July 2026 killed at least five people.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Flames are not water: "burst into flames" dates no flood.
        let found = class_conflicts(&[
            "A fuel tank burst into flames early on Tuesday near the depot.",
            "A flood from a glacial lake in the early hours of 13 July 2026 killed at least five people.",
        ]);
        assert!(found.is_empty(), "{found:?}");
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
    fn a_kidnapping_a_boarding_and_a_lightning_strike_are_incidents() {
        let found = date_conflicts(&[
            "Armed pirates boarded a tanker at anchor off Lome early on Tuesday and kidnapped six of its crew.",
            "The tanker was boarded in the small hours of Monday while it waited at anchor off Lome.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "Mangochi, 13 February 2026 - Lightning struck a classroom at a primary school on Thursday, 12 \
             February, killing six pupils.",
            "Nine pupils died on Wednesday afternoon when lightning struck a classroom at a school in Mangochi.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a participle after its noun describes a captive, and the day of the sentence is the
        // release's, which the other report gives too.
        let found = date_conflicts(&[
            "The aid worker was freed on Saturday, the ministry said.",
            "The news came on Saturday: the aid worker from Ghent kidnapped in Niger on Monday 9 July 2026, has \
             been freed.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_seizure_and_a_discovery_are_dated_events_of_their_own() {
        let found = date_conflicts(&[
            "Customs officers at the port on Tuesday seized 3,400 cartons of fake tablets.",
            "Customs officers at the port made the seizure on Monday, the ministry said.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = date_conflicts(&[
            "The bomb was uncovered on Thursday by an excavator driver digging foundations.",
            "The device had been discovered on Wednesday on a building site near the station.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: the day a crime was done and the day it came to light are two days.
        let found = date_conflicts(&[
            "The tanker was hijacked on Sunday and the crew's bodies were discovered on Tuesday.",
            "Pirates attacked the tanker on Sunday. Police said the bodies were discovered on Wednesday.",
        ]);
        assert_eq!(found, [["Tuesday", "Wednesday"]], "{found:?}");
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
}
