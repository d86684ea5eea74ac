//! What a number measures when the words right after it do not say, and when it holds.
//!
//! News states a figure in many frames besides "175 prisoners":
//!
//! - a **subject** it is predicated of: "Turnout was 52.3 percent", "the death toll has risen to nine",
//!   "Egypt's share is 55.5 billion cubic metres";
//! - an **event its people underwent**, where the noun is only "people" or "residents": "killed nine people",
//!   "13,000 people have left their homes", "27 children are being treated in hospital". Such counts are keyed
//!   by the event (dead, evacuated, in hospital), so "killed nine people" compares with "nine dead" and
//!   "four men arrested" never with "six men took part";
//! - a **transaction** for money: "to buy Valmont for €4.2 billion" is a price, "the gang escaped with €2.3
//!   million" a sum stolen, "€68 a share" a price per share;
//! - **another time** than the report's present: "up from 48 percent", "rose to nine from seven", "Earlier,
//!   authorities had confirmed seven deaths", "In 2021 the turnout was 48%". Such a value is history or a
//!   superseded live update, never a rival of today's figure.
//!
//! Each reader is a small lexicon of everyday news verbs applied inside one clause.

use super::words::{Words, is_clause_gap};
use super::{DateMention, DateValue};

/// Verbs that state a level: "turnout was 52 percent", "the toll stood at 40", "turnout reached 53 percent".
fn is_level_verb(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "stood"
            | "stands"
            | "stand"
            | "reached"
            | "reaches"
            | "hit"
            | "hits"
            | "totalled"
            | "totaled"
            | "totals"
            | "amounted"
            | "amounts"
            | "remained"
            | "remains"
            | "topped"
            | "exceeded"
    )
}

/// Verbs that state a change; a number right after one is the size of the change ("fell 3 percent"), after
/// "to" the new level ("rose to nine").
fn is_change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rises"
            | "climbed"
            | "climbs"
            | "fell"
            | "fallen"
            | "falls"
            | "dropped"
            | "drops"
            | "increased"
            | "decreased"
            | "jumped"
            | "grew"
            | "grown"
            | "surged"
            | "soared"
            | "declined"
            | "slipped"
            | "plunged"
            | "went"
            | "gone"
    )
}

/// Words that may stand between a subject and its verb: "the toll has now risen".
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "been"
            | "now"
            | "further"
            | "already"
            | "finally"
            | "since"
            | "also"
    )
}

/// Words a subject noun cannot be.
fn is_pronoun_or_determiner(w: &str) -> bool {
    matches!(
        w,
        "it" | "this"
            | "that"
            | "which"
            | "who"
            | "what"
            | "there"
            | "they"
            | "he"
            | "she"
            | "we"
            | "i"
            | "you"
            | "one"
            | "figure"
            | "number"
            | "total"
    )
}

/// The subject a number at words `first..` is predicated of, in matching form: "turnout" in "Turnout was 52.3
/// percent", "toll" in "the death toll has risen to nine". `hedge` is the number of hedge words ("about",
/// "more than") right before the number.
pub(crate) fn subject_head(w: &Words, first: usize, hedge: usize) -> Option<String> {
    let mut k = first.checked_sub(hedge)?;
    // "stood at 40", "rose to nine", "amounted to €3m".
    let mut to = false;
    if k > 0 && matches!(w.lower(k - 1), "at" | "to") {
        to = w.is(k - 1, "to");
        k -= 1;
    }
    let verb = k.checked_sub(1)?;
    let v = w.lower(verb);
    let level = is_level_verb(v);
    // A number right after a verb of change is the size of the change, not the new level.
    if !(level || is_change_verb(v) && to) || is_clause_gap(w.gap_before(k)) {
        return None;
    }
    let mut s = verb;
    while s > 0 && is_auxiliary(w.lower(s - 1)) && !is_clause_gap(w.gap_before(s)) {
        s -= 1;
    }
    let noun = s.checked_sub(1)?;
    let word = &w.words[noun];
    let lower = word.lower.as_ref();
    let plain = lower.chars().all(char::is_alphabetic) && lower.len() > 2;
    // A capital is a name ("Valmont jumped"), except where it only opens the sentence.
    let named = word.capitalised && noun > 0;
    if !plain
        || named
        || is_clause_gap(w.gap_after(noun))
        || is_pronoun_or_determiner(lower)
        || super::lexicon::is_function_word(lower)
    {
        return None;
    }
    Some(lower.to_string())
}

/// The thing whose new level a figure after "by <change> to" gives: "rate" in "the income tax rate goes up
/// by 0.5 points to 21.25 percent" (the subject of a verb of change) and in "it raises the income tax rate by
/// half a percentage point, to 20.75 percent" (the object of a verb that changes it). `hedge` is the number
/// of hedge words right before the figure.
pub(crate) fn changed_level_head(w: &Words, first: usize, hedge: usize) -> Option<String> {
    let to = first.checked_sub(hedge + 1)?;
    if !w.is(to, "to") {
        return None;
    }
    if let Some(head) = changed_from_head(w, to) {
        return Some(head);
    }
    // "by half a percentage point", "by 0.5 points": a short change with no clause break inside it.
    let by = (to.saturating_sub(6)..to).rev().find(|&j| w.is(j, "by"))?;
    if (by + 1..to).any(|j| is_clause_gap(w.gap_before(j))) || by == 0 {
        return None;
    }
    let plain = |j: usize| is_plain_noun(w, j);
    let before = by - 1;
    // "goes up by", "rose by": the subject before the verb.
    let verb = if matches!(w.lower(before), "up" | "down") {
        before.checked_sub(1)?
    } else {
        before
    };
    let v = w.lower(verb);
    if is_change_verb(v) || matches!(v, "goes" | "go" | "going") && verb < before {
        return subject_of(w, verb);
    }
    // "raises the income tax rate by": the object of a verb that changes it, within four words.
    let raised = (before.saturating_sub(4)..before).any(|j| is_changing_verb(w.lower(j)));
    (raised && plain(before)).then(|| w.lower(before).to_string())
}

/// Whether word `j` may be a changed thing's noun: a plain lowercase word, neither pronoun nor function word.
fn is_plain_noun(w: &Words, j: usize) -> bool {
    let word = &w.words[j];
    let lower = word.lower.as_ref();
    lower.chars().all(char::is_alphabetic)
        && lower.len() > 2
        && !(word.capitalised && j > 0)
        && !is_pronoun_or_determiner(lower)
        && !super::lexicon::is_function_word(lower)
}

/// The plain noun right before the verb at word `verb` and its auxiliaries: "the rate has fallen" gives
/// "rate".
fn subject_of(w: &Words, verb: usize) -> Option<String> {
    let mut s = verb;
    while s > 0 && is_auxiliary(w.lower(s - 1)) && !is_clause_gap(w.gap_before(s)) {
        s -= 1;
    }
    let noun = s.checked_sub(1)?;
    (is_plain_noun(w, noun) && !is_clause_gap(w.gap_after(noun))).then(|| w.lower(noun).to_string())
}

/// How many words a changed thing and its complements may run between the verb that changes it and "from":
/// "cut its tariff on a quota of Uruguayan beef from 14 per cent to 3 per cent".
const CHANGED_OBJECT_WORDS: usize = 10;

/// The thing whose new level the figure after "from <figure> to" gives, where "to" is word `to`: "Vietnam
/// will cut its tariff on a quota of Uruguayan beef from 14 per cent to 3 per cent" gives the tariff, as
/// "at a tariff of 5 per cent" does. The thing is the subject of a verb of change right before "from" ("the
/// rate fell from 9 to 7 percent"), or the noun phrase right after a verb that changes it, its complements
/// ("on a quota of ...") left out.
fn changed_from_head(w: &Words, to: usize) -> Option<String> {
    let from = (to.saturating_sub(6)..to)
        .rev()
        .find(|&j| w.is(j, "from"))?;
    let inside = from + 1..to;
    if from == 0
        || !inside.clone().any(|j| w.words[j].number)
        || inside.clone().any(|j| is_clause_gap(w.gap_before(j)))
        || is_clause_gap(w.gap_before(to))
    {
        return None;
    }
    let plain = |j: usize| is_plain_noun(w, j);
    let before = from - 1;
    if is_change_verb(w.lower(before)) {
        return subject_of(w, before);
    }
    let mut verb = None;
    for j in (from.saturating_sub(CHANGED_OBJECT_WORDS)..from).rev() {
        if is_clause_gap(w.gap_after(j)) {
            break;
        }
        if is_changing_verb(w.lower(j)) {
            verb = Some(j);
            break;
        }
    }
    let mut j = verb? + 1;
    while j < from
        && (is_pronoun_or_determiner(w.lower(j)) || super::lexicon::is_function_word(w.lower(j)))
    {
        j += 1;
    }
    let mut head = None;
    while j < from && plain(j) {
        head = Some(j);
        j += 1;
    }
    head.map(|h| w.lower(h).to_string())
}

/// Verbs that change the level of their object: "raises the rate", "cut its tariff".
fn is_changing_verb(word: &str) -> bool {
    matches!(
        word,
        "raises"
            | "raised"
            | "raise"
            | "raising"
            | "lowers"
            | "lowered"
            | "lower"
            | "lowering"
            | "cuts"
            | "cut"
            | "cutting"
            | "increases"
            | "increase"
            | "increasing"
            | "reduces"
            | "reduced"
            | "reduce"
            | "reducing"
    )
}

/// Nouns that count people without saying what happened to them ("people", "residents", "men"), singular and
/// in matching form. Passengers are not among them: a count of passengers without an event is the number
/// aboard.
pub fn is_person_noun(head: &str) -> bool {
    matches!(
        head,
        "people"
            | "man"
            | "men"
            | "woman"
            | "women"
            | "child"
            | "children"
            | "resident"
            | "patient"
            | "civilian"
            | "worker"
            | "adult"
            | "teenager"
            | "student"
            | "pupil"
            | "citizen"
            | "inhabitant"
            | "individual"
            | "villager"
            | "local"
            | "tourist"
            | "migrant"
            | "employee"
            | "suspect"
    )
}

/// Nouns for people of one occupation or pursuit ("skiers", "passengers", "soldiers", "miners"). Unlike
/// [`is_person_noun`] they say who was counted, so "180 passengers" aboard is a quantity of its own; but what
/// befell them keys a count of them as it keys any count of people: "four skiers were killed" compares with
/// "killing three people". A report that counts two groups for one event ("three soldiers and two civilians
/// were killed") gives two values for one key and is left out of the comparison.
fn is_group_noun(head: &str) -> bool {
    matches!(
        head,
        "soldier"
            | "officer"
            | "policeman"
            | "policemen"
            | "firefighter"
            | "rescuer"
            | "guard"
            | "militant"
            | "fighter"
            | "rebel"
            | "insurgent"
            | "passenger"
            | "crew"
            | "sailor"
            | "seafarer"
            | "seaman"
            | "seamen"
            | "crewman"
            | "crewmen"
            // "16 crew members", "126 members": who they are is in the words around, what befell them keys
            // the count.
            | "member"
            | "fisherman"
            | "fishermen"
            | "driver"
            | "pedestrian"
            | "cyclist"
            | "motorist"
            | "commuter"
            | "skier"
            | "climber"
            | "hiker"
            | "mountaineer"
            | "swimmer"
            | "diver"
            | "enthusiast"
            | "miner"
            | "farmer"
            | "nurse"
            | "doctor"
            | "journalist"
            | "reporter"
            | "protester"
            | "protestor"
            | "demonstrator"
            | "activist"
            | "fan"
            | "spectator"
            | "pilgrim"
            | "worshipper"
            | "visitor"
            | "guest"
            | "shopper"
            | "bystander"
            | "refugee"
            | "detainee"
            | "prisoner"
            | "hostage"
            | "victim"
            | "survivor"
            | "player"
            | "athlete"
            | "participant"
            | "volunteer"
    )
}

/// Whether a count of `head` counts people, so that what befell them may key it (see [`person_event`]).
pub(crate) fn counts_people(head: &str) -> bool {
    is_person_noun(head) || is_group_noun(head)
}

/// The event a word says people underwent, as the head its counts are compared under.
fn event_of(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "killing" | "died" | "dead" | "perished" | "drowned" => "dead",
        "injured" | "injuring" | "wounded" | "wounding" | "hurt" => "injured",
        "evacuated" | "displaced" | "fled" | "evacuate" | "homeless" => "evacuated",
        "hospital" | "hospitalised" | "hospitalized" => "hospital",
        "missing" | "unaccounted" => "missing",
        // "86 passengers remained trapped in the cabins", "stranded climbers".
        "trapped" | "stranded" => "stranded",
        "arrested" | "detained" | "arrest" => "arrested",
        // "nine had been recaptured" and "six had been caught": escaped people taken back, whichever verb a
        // report uses ("caught" is read in `phrase_event`, where what follows it can be checked).
        "recaptured" | "rearrested" | "recaught" => "recaptured",
        // "saved 16 crew members": a verb of rescue before a count of people; lives saved are not people
        // counted (see `counts_people`).
        "rescued" | "saved" => "rescued",
        "employs" | "employ" | "employed" | "employing" => "employee",
        "striking" | "strikers" => "strike",
        _ => return None,
    })
}

/// Words between a count and the event after it: "13,000 people have now left", "27 children are being
/// treated in", "four people were still".
fn is_predicate_filler(w: &str) -> bool {
    matches!(
        w,
        "have"
            | "has"
            | "had"
            | "are"
            | "were"
            | "is"
            | "was"
            | "been"
            | "being"
            | "now"
            | "still"
            | "remain"
            | "remained"
            | "remains"
            | "reported"
            | "confirmed"
            | "officially"
            | "so"
            | "far"
            | "treated"
            | "kept"
            | "in"
            | "to"
            | "taken"
            | "admitted"
            | "already"
            | "their"
            | "from"
            | "reportedly"
            | "left"
            | "made"
    )
}

/// What the people counted by the number at words `first..end` underwent, read from a verb before the number
/// ("killed nine people", "evacuated 13,000 residents", "arrested four men") or a predicate after it ("13,000
/// people have left their homes", "Seventeen people are in hospital").
pub(crate) fn person_event(w: &Words, first: usize, end: usize) -> Option<&'static str> {
    // "Two students died and 14 others were taken to hospital": "others" stands for the noun of the people
    // counted, so the predicate after it is theirs.
    let end = if w.is(end, "others") { end + 1 } else { end };
    // "Seven people were killed and three are missing": a count that opens a conjunct with a predicate of
    // its own is counted by that predicate, not by the verb of the conjunct before.
    if first > 0
        && matches!(w.lower(first - 1), "and" | "but" | "while" | "whereas")
        && let Some(event) = predicate_event(w, end)
    {
        return Some(event);
    }
    // Before: the verb, past at most a hedge and a determiner ("killed at least nine", "forced about 13,000
    // people from their homes").
    let mut k = first;
    let mut skipped = 0;
    while k > 0 && skipped < 3 && !is_clause_gap(w.gap_before(k)) {
        let before = w.lower(k - 1);
        if let Some(event) = event_of(before) {
            return Some(event);
        }
        // "forced 13,000 people from their homes": the homes say it.
        if matches!(before, "forced" | "forcing" | "force" | "forces")
            && (end..(end + 4).min(w.len())).any(|j| w.is(j, "homes"))
        {
            return Some("evacuated");
        }
        // "pulled 212 people from the sea", "winched four climbers out": taken out of danger, but only with
        // the place they were taken from ("pulled 200 troops back" is a withdrawal).
        if matches!(
            before,
            "pulled" | "plucked" | "hauled" | "winched" | "airlifted" | "dragged"
        ) && (end..(end + 3).min(w.len())).any(|j| matches!(w.lower(j), "from" | "out"))
        {
            return Some("rescued");
        }
        // "boats picked up 14 sailors": the phrasal verb of rescue.
        if before == "up" && k >= 2 && w.is(k - 2, "picked") {
            return Some("rescued");
        }
        k -= 1;
        skipped += 1;
    }
    // Inside the noun phrase: "4,500 striking workers".
    if let Some(event) = (first + 1..end).find_map(|j| event_of(w.lower(j))) {
        return Some(event);
    }
    predicate_event(w, end)
}

/// The event told by the predicate after a count ending before word `end`, past auxiliaries and fillers
/// ("have now left their homes"), or past a phrase that places the people ("4,500 workers at the plant near
/// Trnava walked out"), up to a relative clause, whose verb is another subject's.
fn predicate_event(w: &Words, end: usize) -> Option<&'static str> {
    let mut j = end;
    let mut placed = false;
    let mut limit = end + 10;
    while j < w.len() && j < limit && !is_clause_gap(w.gap_before(j)) {
        let word = w.lower(j);
        if let Some(event) = event_of(word).or_else(|| phrase_event(w, j)) {
            return Some(event);
        }
        if matches!(word, "who" | "which" | "that" | "where" | "whose" | "when") {
            break;
        }
        // "212 passengers and crew had been brought ashore": a second group without a count of its own
        // shares the predicate.
        if matches!(word, "and" | "or")
            && j + 1 < w.len()
            && !w.words[j + 1].number
            && counts_people(&super::lexicon::singular(w.lower(j + 1)))
        {
            j += 2;
            continue;
        }
        // "480 residents and about 600 tourists were moved out": a second group with a count of its own
        // shares the predicate too, which is as far from the first count as the second group is long.
        let counted = j + 1 + usize::from(super::lexicon::is_approximator(w.lower(j + 1)));
        if matches!(word, "and" | "or")
            && w.words.get(counted).is_some_and(|x| x.number)
            && counts_people(&super::lexicon::singular(w.lower(counted + 1)))
        {
            limit += counted + 2 - j;
            j = counted + 2;
            continue;
        }
        // "tourists staying in hotels", "families living near the river": a participle that places them.
        if matches!(
            word,
            "at" | "in" | "near" | "from" | "across" | "of" | "staying" | "living"
        ) {
            placed = true;
        } else if !placed && (!is_predicate_filler(word) || j >= end + 6) {
            break;
        }
        j += 1;
    }
    None
}

/// Whether the participle at word `j` is passive: "were admitted", "had been caught".
fn is_passive(w: &Words, j: usize) -> bool {
    j > 0
        && matches!(
            w.lower(j - 1),
            "were" | "was" | "been" | "are" | "is" | "being"
        )
}

/// An event told in a phrase starting at word `j`: "left their homes", "lost their lives", "walked out",
/// "on strike", "joined the strike".
fn phrase_event(w: &Words, j: usize) -> Option<&'static str> {
    let (a, b, c) = (w.lower(j), w.lower(j + 1), w.lower(j + 2));
    // "were moved out by bus", "were brought here by bus": people moved away in numbers by bus or coach are
    // evacuees (unless taken to hospital).
    if is_moving_verb(a)
        && (b == "out"
            || (j + 1..(j + 4).min(w.len())).any(|k| {
                w.is(k, "by") && matches!(w.lower(k + 1), "bus" | "buses" | "coach" | "coaches")
            }))
        && !(j + 1..(j + 7).min(w.len())).any(|k| w.is(k, "hospital"))
    {
        return Some("evacuated");
    }
    // "63 people needed hospital treatment", "received treatment in hospital": treated in hospital is
    // hospitalised, as "taken to hospital" says.
    let within =
        |words: &[&str]| (j + 1..(j + 4).min(w.len())).any(|k| words.contains(&w.lower(k)));
    if matches!(
        a,
        "needed" | "needing" | "required" | "requiring" | "received" | "receiving"
    ) && within(&["hospital"])
        && within(&["treatment", "care"])
    {
        return Some("hospital");
    }
    // "1,580 workers took part", "took part in the walkout": with no other event named, those who took part
    // are in the story's action, which in a stoppage is the strike ("took part in the robbery" is not one).
    if matches!(a, "took" | "take" | "taking" | "takes") && b == "part" {
        let bare = j + 2 >= w.len() || is_clause_gap(w.gap_before(j + 2));
        let in_strike = c == "in"
            && matches!(
                w.lower(after_article(w, j + 3)),
                "strike" | "walkout" | "stoppage" | "strikes" | "walkouts"
            );
        return (bare || in_strike).then_some("strike");
    }
    // "1,850 members have laid down their tools" (their arms are a surrender, not a strike).
    if (a, b, c) == ("laid", "down", "their") && w.is(j + 3, "tools") {
        return Some("strike");
    }
    // "58 pupils were admitted, most of them to Selian Hospital", "32 were admitted.": a passive "admitted" that
    // ends its clause is admission to hospital, as "admitted to hospital" says in full ("admitted to the
    // university" goes on with a place and is not read so).
    if a == "admitted"
        && is_passive(w, j)
        && (j + 1 >= w.len() || is_clause_gap(w.gap_before(j + 1)))
    {
        return Some("hospital");
    }
    // "six had been caught by this evening": people caught are taken into custody, but "caught in the blast",
    // "caught up in", "caught fire" are not.
    if a == "caught"
        && is_passive(w, j)
        && !matches!(
            b,
            "in" | "up" | "on" | "fire" | "out" | "between" | "inside" | "under" | "off"
        )
    {
        return Some("recaptured");
    }
    Some(match (a, b, c) {
        ("left" | "leave" | "lost" | "fled" | "flee", "their", "homes") => "evacuated",
        // "leaving 112 passengers suspended in other cabins": hanging where they cannot get down.
        ("suspended", "in" | "above" | "over" | "mid-air", _) => "stranded",
        ("lost", "their", "lives") => "dead",
        ("walked", "out", _) | ("on", "strike", _) | ("joined", "the", "strike") => "strike",
        // "dockers downed tools".
        ("downed", "tools", _) => "strike",
        ("went", "on", "strike") => "strike",
        ("brought" | "taken" | "carried" | "ferried", "ashore", _)
        | ("brought" | "taken" | "carried", "to", "safety")
        | ("pulled" | "plucked" | "hauled", "from" | "out", _)
        // "Fourteen of the 21 seafarers aboard were recovered alive": found alive is rescued.
        | ("recovered" | "found" | "pulled" | "brought" | "taken" | "rescued", "alive", _) => "rescued",
        _ => return None,
    })
}

/// The event of the whole a count of people is a part of, as "among the 14 dead were four children" or
/// "among the dead are three children" gives it: those children are some of the dead, not the toll.
pub(crate) fn among_whole(w: &Words, first: usize) -> Option<&'static str> {
    let mut k = first;
    if k > 0
        && matches!(
            w.lower(k - 1),
            "were" | "are" | "was" | "is" | "included" | "include"
        )
    {
        k -= 1;
    } else {
        return None;
    }
    let event = event_of(w.lower(k.checked_sub(1)?))?;
    let mut b = k - 1;
    if b > 0
        && (w.words[b - 1].number || super::numbers::parse_number_words(w.lower(b - 1)).is_some())
    {
        b -= 1;
    }
    if b > 0 && w.is(b - 1, "the") {
        b -= 1;
    }
    (b > 0 && w.is(b - 1, "among")).then_some(event)
}

/// Verbs of carrying people elsewhere: "moved", "brought", "bused".
fn is_moving_verb(word: &str) -> bool {
    matches!(
        word,
        "moved" | "brought" | "taken" | "driven" | "ferried" | "transported" | "bused" | "bussed"
    )
}

/// The word at `j`, or the one after it when `j` is an article.
fn after_article(w: &Words, j: usize) -> usize {
    j + usize::from(matches!(w.lower(j), "the" | "a" | "an"))
}

/// What a sum of money at words `first..` pays for, from the verb that governs it: "price" ("to buy Valmont
/// for €4.2 billion"), "stolen" ("escaped with €2.3 million"), "recovered" ("police seized €450,000").
pub(crate) fn money_head(w: &Words, first: usize, hedge: usize) -> Option<&'static str> {
    let k = first.checked_sub(hedge)?;
    let before = |n: usize| k.checked_sub(n).map_or("", |i| w.lower(i));
    // "escaped with €2.3 million", "fled with": escaping is a theft's only when a sum or a haul follows.
    let stolen = |v: &str| super::lexicon::is_theft_word(v) || matches!(v, "escaped" | "fled");
    let recovered = |v: &str| {
        matches!(
            v,
            "recovered" | "seized" | "found" | "confiscated" | "retrieved"
        )
    };
    if stolen(before(1)) || before(1) == "with" && (stolen(before(2)) || before(2) == "away") {
        return Some("stolen");
    }
    // "escaped with 14 objects of church silver worth about 2.5 million euros", "the value of the stolen
    // items is 3.2 million euros": a sum that values what a theft took is the sum stolen, however far the
    // theft's verb is from it in its clause and whatever count of the things comes between. It is read
    // before the payment words, whose "worth" would make it a price.
    let mut valued = false;
    let mut taken = false;
    for j in (k.saturating_sub(12)..k).rev() {
        let word = w.lower(j);
        valued |= matches!(word, "worth" | "value" | "valued");
        taken |= stolen(word);
        if j == 0 || is_clause_gap(w.gap_before(j)) {
            break;
        }
    }
    if valued && taken {
        return Some("stolen");
    }
    if recovered(before(1)) {
        return Some("recovered");
    }
    // "diverted 3.8 billion pesos", "the misappropriation of public funds worth 3.2 billion pesos": the sum
    // taken from the funds one held in trust, whichever verb or noun of embezzlement the clause gives it. It
    // is read before the payment words, since "worth" here values what was taken, not a price.
    // Another figure before it has its own verb: "diverted 3.8 billion pesos and fined him 120 million".
    // "fined the operator 450 million taka" and "a penalty of 540 million taka" name one sum, a fine, by the
    // nearest such word.
    for j in (k.saturating_sub(8)..k).rev() {
        if w.words[j].number {
            break;
        }
        if is_embezzlement_word(w.lower(j)) {
            return Some("embezzled");
        }
        if is_fine_word(w.lower(j)) {
            return Some("fine");
        }
        if j == 0 || is_clause_gap(w.gap_before(j)) {
            break;
        }
    }
    // "compensated for culled birds at market value, which she put at about 120 million forints", "compensation
    // for the farm would come to around 180 million forints": a sum compensation is given as is what is paid
    // for a loss, apart from the loss itself or a price. A relative clause ("which she put at") goes on about
    // the noun before its comma, so the search reads through it.
    for j in (k.saturating_sub(12)..k).rev() {
        if w.words[j].number {
            break;
        }
        if is_compensation_word(w.lower(j)) {
            return Some("compensation");
        }
        if j == 0 || is_clause_gap(w.gap_before(j)) && w.lower(j) != "which" {
            break;
        }
    }
    if before(1) == "for" {
        let start = k.saturating_sub(9);
        for j in (start..k - 1).rev() {
            if is_clause_gap(w.gap_after(j)) {
                break;
            }
            if matches!(
                w.lower(j),
                "buy"
                    | "buys"
                    | "bought"
                    | "buying"
                    | "acquire"
                    | "acquires"
                    | "acquired"
                    | "acquiring"
                    | "purchase"
                    | "purchased"
                    | "sell"
                    | "sells"
                    | "sold"
                    | "selling"
                    | "takeover"
                    | "deal"
            ) {
                return Some("price");
            }
        }
    }
    // "The club paid Hanoi Capital FC €1.8 million", "the fee was reported to be €1.2 million", "a deal worth
    // €40 million": reporters name the sum of one transaction with a payment verb in one report and a fee in
    // another, so a payment word earlier in the sum's clause makes it the transaction's price.
    for j in (k.saturating_sub(8)..k).rev() {
        if is_payment_word(w.lower(j)) {
            return Some("price");
        }
        if j == 0 || is_clause_gap(w.gap_before(j)) {
            break;
        }
    }
    None
}

/// Words of compensation: a sum paid to make good a loss ("compensated for culled birds", "compensation for
/// the farm").
fn is_compensation_word(word: &str) -> bool {
    matches!(
        word,
        "compensation" | "compensated" | "compensate" | "compensating"
    )
}

/// Verbs of rescue that "after" a span of time follows: "cut him free after 40 minutes", "was rescued after 90
/// minutes", "pulled out alive after three days".
fn is_rescue_word(word: &str) -> bool {
    matches!(
        word,
        "free" | "freed" | "rescued" | "extricated" | "pulled" | "dug"
    )
}

/// Whether word `j` ends a phrase of the trapped getting out, which "after" a span of time follows as it follows
/// a verb of rescue: "walked out this morning after 26 hours underground", "reached the surface after 19 hours",
/// "emerged after three days". Reports tell one wait by the rescue or by the way out.
fn got_out(w: &Words, j: usize) -> bool {
    match w.lower(j) {
        "emerged" | "surfaced" => true,
        "surface" => j > 1 && w.is(j - 1, "the") && w.is(j - 2, "reached"),
        "out" => {
            j > 0
                && matches!(
                    w.lower(j - 1),
                    "walked"
                        | "came"
                        | "climbed"
                        | "crawled"
                        | "brought"
                        | "led"
                        | "carried"
                        | "swam"
                )
        }
        _ => false,
    }
}

/// Whether a span of time at word `first` (its hedge included) is how long someone waited for rescue: after a
/// verb of rescue and "after" ("was rescued by firefighters after 90 minutes"), or after "trapped" and "for"
/// ("trapped in his cab for 40 minutes"). Other spans in such a story (the road closed for days, a rescue
/// team's journey) have their own words.
pub(crate) fn is_time_before_rescue(w: &Words, first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    let (window, cue): (usize, fn(&str) -> bool) = match w.lower(p) {
        "after" => (8, is_rescue_word),
        "for" => (6, |v| {
            matches!(v, "trapped" | "stuck" | "buried" | "pinned")
        }),
        _ => return false,
    };
    if is_clause_gap(w.gap_before(p)) {
        return false;
    }
    let after = w.is(p, "after");
    for j in (p.saturating_sub(window)..p).rev() {
        if w.words[j].number {
            return false;
        }
        if cue(w.lower(j)) || (after && got_out(w, j)) {
            return true;
        }
        if j == 0 || is_clause_gap(w.gap_before(j)) {
            return false;
        }
    }
    false
}

/// Verbs and nouns of a fine: a sum a court or regulator orders paid as a punishment. The noun "fine" alone is
/// left out, since it is an adjective as often; "a fine of", "the fine was" name their sum anyway.
fn is_fine_word(word: &str) -> bool {
    matches!(
        word,
        "fined"
            | "fines"
            | "fining"
            | "penalty"
            | "penalties"
            | "penalised"
            | "penalized"
            | "penalising"
            | "penalizing"
    )
}

/// Verbs and nouns of embezzlement: taking money one holds in trust.
fn is_embezzlement_word(word: &str) -> bool {
    matches!(
        word,
        "embezzled"
            | "embezzling"
            | "embezzle"
            | "embezzlement"
            | "misappropriated"
            | "misappropriating"
            | "misappropriate"
            | "misappropriation"
            | "diverted"
            | "diverting"
            | "divert"
            | "diversion"
            | "siphoned"
            | "siphoning"
            | "siphon"
            | "funnelled"
            | "funneled"
            | "funnelling"
            | "funneling"
            | "pocketed"
            | "pocketing"
            // "27 counts of fraud and money laundering involving 38.6 billion naira": the sum a fraud
            // charge is about is the one taken, as an embezzlement's is.
            | "fraud"
            | "laundering"
            | "defrauded"
            | "defrauding"
            | "swindled"
            | "swindling"
    )
}

/// Words that make a sum later in their clause the price paid in a transaction: a payment verb or the fee's
/// own noun. "cost" is not one: a story gives the cost of many things (damage, repairs, a programme).
fn is_payment_word(word: &str) -> bool {
    matches!(
        word,
        "paid"
            | "pay"
            | "pays"
            | "paying"
            | "fee"
            | "fees"
            | "price"
            | "worth"
            | "valued"
            | "valuing"
    )
}

/// Whether the count at words `first..head_end` (the number and the noun it counts) is the margin between
/// winner and loser rather than a total: "by a margin of 14 votes", "the winner's margin was just 14 votes",
/// "decided by 14 votes", "only 41 votes separated the two candidates". Reporters give one race's margin in
/// these several frames and its totals with the same noun ("won with 3,412 votes"), so the frame, not the
/// noun, says which figure it is.
pub(crate) fn is_margin(w: &Words, first: usize, hedge: usize, head_end: usize) -> bool {
    let mut k = first.saturating_sub(hedge);
    // "just", "only", "a mere" belong to the figure, not to its frame.
    while k > 0
        && matches!(
            w.lower(k - 1),
            "just" | "only" | "mere" | "a" | "narrow" | "slim"
        )
    {
        k -= 1;
    }
    let before = |n: usize| k.checked_sub(n).map_or("", |i| w.lower(i));
    // "a lead of 312 votes", "the difference was 287 votes", "a gap of 9 votes".
    let margin_noun = |v: &str| matches!(v, "margin" | "margins" | "lead" | "difference" | "gap");
    if margin_noun(before(2)) && matches!(before(1), "of" | "was" | "is" | "were") {
        return true;
    }
    // "The final difference between the two candidates is 287 votes", "Final difference after the recount:
    // 278 votes": the margin noun is the subject, a few words back in the clause, and the count its
    // complement.
    let complement = matches!(before(1), "was" | "is" | "stood" | "stands")
        || k > 0 && w.gap_before(k).trim_end().ends_with(':');
    if complement {
        // The first step back crosses the colon itself.
        let mut j = k;
        while j > 0 && k - j < 8 && (j == k || !is_clause_gap(w.gap_before(j))) {
            j -= 1;
            if margin_noun(w.lower(j)) {
                return true;
            }
        }
    }
    // "finished 287 votes ahead of", "a 312-vote lead".
    if matches!(
        w.words.get(head_end).map(|x| x.lower.as_ref()),
        Some("ahead" | "behind" | "lead" | "margin")
    ) {
        return true;
    }
    let won_or_lost = |v: &str| {
        matches!(
            v,
            "won"
                | "win"
                | "wins"
                | "lost"
                | "lose"
                | "loses"
                | "decided"
                | "beat"
                | "beaten"
                | "defeated"
                | "ahead"
                | "behind"
                | "trailed"
                | "trailing"
                | "leading"
                | "winner"
                | "victory"
        )
    };
    if before(1) == "by" && won_or_lost(before(2)) {
        return true;
    }
    // "only 41 votes separated the two candidates", but not "The satellite, weighing 518 kilograms, separated
    // from the stage": a verb past a comma has a subject of its own.
    matches!(
        w.words.get(head_end).map(|x| x.lower.as_ref()),
        Some("separated" | "separate" | "separates" | "separating")
    ) && !is_clause_gap(w.gap_before(head_end))
}

/// Words that place a prison term after it: "six years in prison", "six years' imprisonment", "18 months behind
/// bars", "a five-year jail term".
fn is_prison_word(word: &str) -> bool {
    matches!(
        word,
        "prison" | "jail" | "gaol" | "imprisonment" | "incarceration"
    )
}

/// Verbs that send someone to prison for the duration that follows them: "sentenced him to six years",
/// "jailed for 8 years", "was jailed six years".
fn is_jailing_verb(word: &str) -> bool {
    matches!(
        word,
        "sentenced"
            | "sentences"
            | "sentence"
            | "sentencing"
            | "jailed"
            | "jails"
            | "jail"
            | "jailing"
            | "imprisoned"
            | "imprisons"
            | "imprisoning"
            | "imprison"
    )
}

/// Words that make a prison term one asked for or risked rather than imposed: "had asked for a prison term of
/// eight years", "faces up to ten years in jail", "prosecutors sought 12 years".
fn is_unimposed_term_word(word: &str) -> bool {
    matches!(
        word,
        "asked"
            | "asking"
            | "ask"
            | "asks"
            | "sought"
            | "seek"
            | "seeks"
            | "seeking"
            | "demanded"
            | "demand"
            | "demands"
            | "demanding"
            | "requested"
            | "request"
            | "urged"
            | "face"
            | "faces"
            | "faced"
            | "facing"
            | "risk"
            | "risks"
            | "maximum"
            | "carries"
            | "could"
            | "would"
            | "may"
            | "might"
    )
}

/// Whether the duration at words `first..end` (its unit included) is the prison term a court imposed: "was
/// sentenced on Monday to six years", "jailed for 8 years", "six years in prison", "six years' imprisonment",
/// "a prison term of six years", "a five-year jail term". Reporters write one sentence in all these frames and
/// only some of them give the duration a noun, so the frame names it. A term asked for or faced is another
/// figure and gets no such head.
pub(crate) fn is_prison_term(w: &Words, first: usize, hedge: usize, end: usize) -> bool {
    let k = first.saturating_sub(hedge);
    let (from, _) = clause_around(w, k, end, 12);
    if (from..k).any(|j| is_unimposed_term_word(w.lower(j))) {
        return false;
    }
    let before = |n: usize| k.checked_sub(n).map_or("", |i| w.lower(i));
    // "in prison", "in jail", "behind bars", "imprisonment", "jail term", "sentence" after a hyphenated unit.
    let after = w.lower(end);
    let placed = is_prison_word(after)
        || after == "sentence"
        || matches!(after, "in" | "of") && is_prison_word(w.lower(end + 1))
        || after == "behind" && w.is(end + 1, "bars");
    // "a prison term of", "a jail sentence of", "a sentence of".
    let term_of = before(1) == "of"
        && (before(2) == "sentence"
            || matches!(before(2), "term" | "terms") && is_prison_word(before(3)));
    // "sentenced ... to", "jailed for", "jailed": the verb within the clause before the figure.
    let jailed = (matches!(before(1), "to" | "for") || is_jailing_verb(before(1)))
        && (from..k).any(|j| is_jailing_verb(w.lower(j)));
    placed || term_of || jailed
}

/// Nouns for a record a performance is measured against: "the course record", "the previous mark", "her
/// personal best", "the old limit".
fn is_record_noun(word: &str) -> bool {
    matches!(
        word,
        "record" | "records" | "mark" | "best" | "limit" | "benchmark"
    )
}

/// Whether the measure at words `first..end` (its unit included) is how far a record was bettered: "broke the
/// course record by 41 seconds", "improving the previous limit by 14 seconds", "taking 41 seconds off the
/// mark", "two seconds under the record". Reports give the margin in these frames and never with a noun of
/// its own, and the same story gives other times (a runner-up's deficit) with the same unit.
pub(crate) fn is_record_margin(w: &Words, first: usize, hedge: usize, end: usize) -> bool {
    let k = first.saturating_sub(hedge);
    let record_within =
        |from: usize, to: usize| (from..to.min(w.len())).any(|j| is_record_noun(w.lower(j)));
    if k > 0 && w.is(k - 1, "by") {
        let (from, _) = clause_around(w, k - 1, end, 6);
        return record_within(from, k - 1);
    }
    matches!(w.lower(end), "off" | "under" | "inside" | "below") && {
        let (_, to) = clause_around(w, k, end + 1, 4);
        record_within(end + 1, to)
    }
}

/// Nouns for members of a legislature or council, singular in matching form: "126 deputies", "210 MPs".
fn is_legislator(word: &str) -> bool {
    matches!(
        word,
        "deputy"
            | "mp"
            | "mps"
            | "lawmaker"
            | "legislator"
            | "senator"
            | "member"
            | "representative"
            | "parliamentarian"
            | "delegate"
            | "councillor"
            | "councilor"
            | "congressman"
            | "congresswoman"
            | "peer"
    )
}

/// Verbs by which a body adopts a motion, a bill or a law: "approved by 126 deputies".
fn is_adoption_verb(word: &str) -> bool {
    matches!(
        word,
        "approved"
            | "adopted"
            | "passed"
            | "backed"
            | "supported"
            | "endorsed"
            | "ratified"
            | "carried"
    )
}

/// Which side of a vote the count at words `first..head_end` is, when it counts votes or the members who
/// cast them: "vote" for the votes in favour, "vote against", "abstention". A tally is told as votes ("by
/// 131 votes to 78", "131 votes in favour") or as members ("approved by 126 deputies", "126 MPs voted for
/// it", "78 voted against", "12 abstained"), so the side, not the noun, keys the count. `head` is the head
/// read so far.
pub(crate) fn vote_side(
    w: &Words,
    first: usize,
    hedge: usize,
    head: Option<&str>,
    head_end: usize,
) -> Option<&'static str> {
    let k = first.saturating_sub(hedge);
    let before = |n: usize| k.checked_sub(n).map_or("", |i| w.lower(i));
    let after = |n: usize| w.lower(head_end + n);
    // What a verb right after the count says of it: "voted against", "voted in favour", "abstained", and the
    // participle of a tally told in a clause ("with 153 MPs voting in favour and 11 abstaining").
    let by_verb = |at: usize| match (w.lower(at), w.lower(at + 1)) {
        ("voted" | "vote" | "voting", "against") => Some("vote against"),
        ("voted" | "vote" | "voting", "for" | "in" | "yes" | "to") => Some("vote"),
        ("abstained" | "abstain" | "abstaining", _) => Some("abstention"),
        _ => None,
    };
    // Members counted before the words at `at`: "126 deputies voted for", "approved by 126 deputies".
    let members_side = |at: usize| {
        by_verb(at)
            .or_else(|| {
                (w.is(at, "in") && matches!(w.lower(at + 1), "favour" | "favor")).then_some("vote")
            })
            .or_else(|| (before(1) == "by" && is_adoption_verb(before(2))).then_some("vote"))
    };
    match head {
        Some("vote") => match (after(0), after(1)) {
            ("against", _) => Some("vote against"),
            ("in", "favour" | "favor") | ("for", _) => Some("vote"),
            _ => None,
        },
        // "by 131 votes to 78": the second figure is the votes against.
        None if before(1) == "to"
            && matches!(before(2), "votes" | "vote")
            && k >= 3
            && w.words[k - 3].number =>
        {
            Some("vote against")
        }
        // "78 voted against", "12 abstained": the verb was read as the head.
        Some("voted" | "abstained") => by_verb(head_end - 1),
        Some(h) if is_legislator(h) => members_side(head_end),
        // "140 MPs": a capitalised noun is not read as a head.
        None if is_legislator(&super::lexicon::singular(after(0))) => members_side(head_end + 1),
        _ => None,
    }
}

/// The earlier stage of a vote the clause of the count at words `first..end` names: "first reading", "first
/// round". Such a tally is another vote than the final one, so the stage keys it apart.
pub(crate) fn vote_stage(w: &Words, first: usize, end: usize) -> Option<String> {
    const REACH: usize = 10;
    let (from, to) = clause_around(w, first, end, REACH);
    (from..to.saturating_sub(1)).find_map(|j| {
        let ordinal = matches!(
            w.lower(j),
            "first" | "second" | "preliminary" | "initial" | "earlier" | "previous"
        );
        let stage = matches!(w.lower(j + 1), "reading" | "round" | "ballot");
        (ordinal && stage).then(|| format!("{} {}", w.lower(j), w.lower(j + 1)))
    })
}

/// The agreement a span of time "for" which something runs is the term of: "will supply gas to Paraguay for
/// eight years from 2028 under an agreement signed on Wednesday" gives the deal's term, as "a ten-year deal"
/// does. Returns the agreement's noun, from the count's clause.
pub(crate) fn agreement_term(w: &Words, first: usize, end: usize) -> Option<&'static str> {
    if first == 0 || !w.is(first - 1, "for") {
        return None;
    }
    let (from, to) = clause_around(w, first, end, 12);
    (from..to).find_map(|j| match w.lower(j) {
        "agreement" | "deal" | "contract" | "accord" | "pact" | "treaty" => Some("deal"),
        _ => None,
    })
}

/// Whether the figure at word `first` is what one side demanded: a noun or verb of demanding at most five
/// words before it in its clause ("his demand for a price below $6", "demanding a 40 percent rise").
pub(crate) fn is_demanded(w: &Words, first: usize) -> bool {
    let mut j = first;
    while j > 0 && first - j < 5 && !is_clause_gap(w.gap_before(j)) {
        j -= 1;
        if matches!(w.lower(j), "demand" | "demands" | "demanded" | "demanding") {
            return true;
        }
    }
    false
}

/// Whether the number at words `first..` is a previous value: "up from 48 percent", "rose to nine from seven",
/// "from 48 to 52 percent", or a sentence that says it is earlier news ("Earlier, authorities had confirmed
/// seven deaths", "initially reported 30").
pub(crate) fn is_previous_value(w: &Words, first: usize, hedge: usize, end: usize) -> bool {
    let k = first.saturating_sub(hedge);
    let before = |n: usize| k.checked_sub(n).map_or("", |i| w.lower(i));
    // "down from the 312-vote lead announced on Monday": a determiner may stand between "from" and the
    // figure.
    let determiner = usize::from(matches!(
        before(1),
        "the" | "a" | "an" | "its" | "his" | "her" | "their"
    ));
    let from = before(1 + determiner) == "from";
    let changed = from
        && (matches!(before(2 + determiner), "up" | "down")
            || is_change_verb(before(2 + determiner))
            // "from 48 to 52 percent"
            || w.is(end, "to") && w.words.get(end + 1).is_some_and(|x| x.number)
            // "rose to 14 from 11"
            || k >= 3 && w.words[k - 2].number && before(3) == "to");
    // "Earlier, …" opens a sentence of earlier news; "had earlier confirmed", "earlier this afternoon" in the
    // number's own clause do too. "An earlier round of 300" qualifies a noun, and "four minutes earlier" is a
    // time within the story: neither says anything of the number.
    let adverb = |j: usize| {
        matches!(
            w.lower(j),
            "earlier" | "initially" | "previously" | "originally" | "formerly"
        )
    };
    // The clause is searched back at most MAX_CLAUSE_WORDS words: a "sentence" of thousands of words without a
    // clause break (a scraped page on one line) would otherwise make every number rescan it.
    let mut clause = k;
    let floor = k.saturating_sub(MAX_CLAUSE_WORDS);
    while clause > floor && !is_clause_gap(w.gap_before(clause)) {
        clause -= 1;
    }
    let earlier = adverb(0) && (k > 0)
        || (clause..k).any(|j| {
            adverb(j)
                && j > 0
                && (is_auxiliary(w.lower(j - 1))
                    || matches!(w.lower(j - 1), "was" | "were" | "is" | "are")
                    || matches!(w.lower(j + 1), "this" | "today" | "on" | "that"))
        });
    changed
        || earlier
        || is_running_total(w, k, end)
        || is_long_ago(w, k, end)
        || is_other_case(w, k, end)
}

/// Whether the number's clause says it tells another matter than the story's: "jailed a former customs chief
/// for three years in a separate case", "in an unrelated incident". Its figures are that matter's.
fn is_other_case(w: &Words, first: usize, end: usize) -> bool {
    let (from, to) = clause_around(w, first, end, PERIOD_REACH);
    (from.max(1)..to).any(|j| {
        matches!(w.lower(j - 1), "separate" | "unrelated")
            && matches!(
                w.lower(j),
                "case"
                    | "cases"
                    | "trial"
                    | "incident"
                    | "investigation"
                    | "matter"
                    | "proceedings"
            )
    })
}

/// A period or a time names itself within this many words of its figure; looking no further keeps a clause of
/// thousands of numbers linear.
const PERIOD_REACH: usize = 24;

/// Whether the number's clause is set months or years before the story: "A smaller slide on the same stretch
/// two years ago injured three people", "last year's floods killed 17". Such a figure belongs to an earlier
/// event. Days and weeks ago are left alone: a report often tells the story's own event days after it.
fn is_long_ago(w: &Words, first: usize, end: usize) -> bool {
    let (from, to) = clause_around(w, first, end, PERIOD_REACH);
    let long = |j: usize| {
        matches!(
            w.lower(j),
            "year" | "years" | "month" | "months" | "decade" | "decades"
        )
    };
    (from..to).any(|j| match w.lower(j) {
        // "two years ago", "a year ago", "decades ago"
        "ago" => j > 0 && long(j - 1) && !(first..end).contains(&(j - 1)),
        // "last year", "last month's vote"
        "last" => j + 1 < to && matches!(w.lower(j + 1), "year" | "year's" | "month" | "month's"),
        _ => false,
    })
}

/// The clause around words `first..end`, as far as `reach` words either way: the index of its first word and
/// one past its last.
fn clause_around(w: &Words, first: usize, end: usize, reach: usize) -> (usize, usize) {
    let mut from = first;
    while from > first.saturating_sub(reach) && !is_clause_gap(w.gap_before(from)) {
        from -= 1;
    }
    let mut to = end;
    while to < w.len().min(end + reach) && !is_clause_gap(w.gap_before(to)) {
        to += 1;
    }
    (from, to)
}

/// Whether the number's clause, or the sentence's opening phrase, counts over a period longer than the event:
/// "19 people have died in avalanches since November", "Since the beginning of the winter, 19 people have
/// died", "so far this season". Such a total includes the story's figure and never rivals it.
fn is_running_total(w: &Words, first: usize, end: usize) -> bool {
    let (from, to) = clause_around(w, first, end, PERIOD_REACH);
    let mut opening = 1;
    while opening < first.min(PERIOD_REACH) && !is_clause_gap(w.gap_before(opening)) {
        opening += 1;
    }
    // A one-word sentence adverb ("Elsewhere, since 2016, the two have held eight rounds") is no opening
    // phrase of its own: the phrase after it opens the sentence.
    if opening == 1 {
        opening += 1;
        while opening < first.min(PERIOD_REACH) && !is_clause_gap(w.gap_before(opening)) {
            opening += 1;
        }
    }
    over_a_period(w, from, to, first, end)
        || opening <= first && over_a_period(w, 0, opening, first, end)
}

/// Whether words `from..to` name a period longer than an event, outside the number at `first..end`.
fn over_a_period(w: &Words, from: usize, to: usize, first: usize, end: usize) -> bool {
    let period = |j: usize| {
        matches!(
            w.lower(j),
            "year" | "winter" | "summer" | "spring" | "autumn" | "season" | "decade" | "century"
        )
    };
    (from..to).any(|j| match w.lower(j) {
        "since" => {
            let mut t = j + 1;
            while t < to && matches!(w.lower(t), "the" | "early" | "late" | "mid" | "last") {
                t += 1;
            }
            t < to
                && (super::lexicon::month(w.lower(t)).is_some()
                    || period(t)
                    || matches!(w.lower(t), "start" | "beginning" | "records")
                    || w.words[t].number && w.lower(t).len() == 4)
        }
        "this" => j + 1 < to && period(j + 1) && !(first..end).contains(&(j + 1)),
        "so" => w.is(j + 1, "far") && matches!(w.lower(j + 2), "this" | "in"),
        // "over the past four years", "in the last decade", "during the past 18 months"
        "past" | "last" => {
            let mut t = j + 1;
            if t < to && (w.words[t].number || super::lexicon::number_word(w.lower(t)).is_some()) {
                t += 1;
            }
            t < to
                && !(first..end).contains(&t)
                && matches!(
                    w.lower(t),
                    "years" | "months" | "decades" | "year" | "decade" | "century"
                )
        }
        _ => false,
    })
}

/// Words before a number searched for the start of its clause.
const MAX_CLAUSE_WORDS: usize = 64;

/// How many words from a number a year in its clause may stand and still date it.
const NEAR: usize = 6;

/// The year a number at words `first..end` is dated to: a year written in its clause ("48 percent in 2021",
/// "In the 2021 elections the turnout was 48%"), or the sentence's opening phrase ("In 2021, …"). A clause
/// opened by "which" or "when" belongs to the one before it ("floods in May 2023, which killed 17 people").
pub(crate) fn clause_year(
    w: &Words,
    first: usize,
    end: usize,
    dates: &[DateMention],
) -> Option<i32> {
    let year_at = |j: usize| {
        let at = w.words.get(j)?.span;
        dates.iter().find_map(|d| match d.value {
            DateValue::Date { year: Some(y), .. }
                if d.span.start <= at.start && at.end <= d.span.end =>
            {
                Some(y)
            }
            _ => None,
        })
    };
    let opens_clause = |j: usize| {
        is_clause_gap(w.gap_before(j)) && !matches!(w.lower(j), "which" | "when" | "where")
    };
    // Only a year near the number: in "4,500 workers walked out on Tuesday in the first strike since the
    // plant opened in 2006" the year dates the opening, not the strikers. So the clause's ends are looked for
    // only within that window, which keeps a clause of thousands of words from being walked for each number.
    let near = first.saturating_sub(NEAR)..(end + NEAR).min(w.len());
    let mut from = first;
    while from > near.start && !opens_clause(from) {
        from -= 1;
    }
    let mut to = end;
    while to < near.end && !opens_clause(to) {
        to += 1;
    }
    if let Some(y) = (from.max(near.start)..to.min(near.end)).find_map(year_at) {
        return Some(y);
    }
    // "that in 2019 an avalanche had killed nine people": a year opening a "that" clause dates the clause.
    // "In 2021, …" and "In May 2023, …" date the whole sentence.
    let opened_by_that = |j: usize| j > 0 && w.is(j, "in") && w.is(j - 1, "that");
    let mut start = first;
    while start > 0 && first - start < MAX_CLAUSE_WORDS && !opens_clause(start) {
        if opened_by_that(start) {
            return (start + 1..(start + 4).min(w.len())).find_map(year_at);
        }
        start -= 1;
    }
    if w.is(0, "in") {
        return (1..4.min(w.len())).find_map(year_at);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmented;

    fn words(text: &str) -> (Words<'_>, Vec<DateMention>) {
        let seg = Segmented::new(text);
        let w = Words::new(text, &seg, 0);
        let mut claimed = vec![false; w.len()];
        let mut dates = Vec::new();
        super::super::dates::scan(&w, &mut claimed, &mut dates);
        (w, dates)
    }

    fn at(w: &Words, word: &str) -> usize {
        w.words.iter().position(|x| x.raw == word).unwrap()
    }

    #[test]
    fn subject_of_a_level_verb() {
        let (w, _) = words("Turnout was 52.3 percent, the commission said.");
        assert_eq!(
            subject_head(&w, at(&w, "52.3"), 0).as_deref(),
            Some("turnout")
        );
        let (w, _) = words("The death toll has now risen to nine.");
        assert_eq!(subject_head(&w, at(&w, "nine"), 0).as_deref(), Some("toll"));
        let (w, _) = words("Unemployment stood at about 7 percent.");
        assert_eq!(
            subject_head(&w, at(&w, "7"), 1).as_deref(),
            Some("unemployment")
        );
    }

    #[test]
    fn no_subject_for_a_change_or_a_name() {
        let (w, _) = words("Shares fell 3 percent in Frankfurt.");
        assert_eq!(subject_head(&w, at(&w, "3"), 0), None);
        let (w, _) = words("Shares in Valmont jumped 29 percent.");
        assert_eq!(subject_head(&w, at(&w, "29"), 0), None);
        let (w, _) = words("It was 40 percent higher.");
        assert_eq!(subject_head(&w, at(&w, "40"), 0), None);
    }

    #[test]
    fn people_are_counted_by_what_happened_to_them() {
        let (w, _) =
            words("The storm killed nine people and forced 2,000 residents from their homes.");
        assert_eq!(
            person_event(&w, at(&w, "nine"), at(&w, "nine") + 2),
            Some("dead")
        );
        let i = at(&w, "2,000");
        assert_eq!(person_event(&w, i, i + 2), Some("evacuated"));
        let (w, _) = words("Some 800 villagers have now left their homes.");
        let i = at(&w, "800");
        assert_eq!(person_event(&w, i, i + 2), Some("evacuated"));
        let (w, _) = words("Twelve children are being treated in hospital.");
        assert_eq!(person_event(&w, 0, 2), Some("hospital"));
        let (w, _) = words("At least six men took part in the robbery.");
        let i = at(&w, "six");
        assert_eq!(person_event(&w, i, i + 2), None);
        let (w, _) =
            words("Some 300 villagers and about 90 hikers staying in huts were moved out by bus.");
        let i = at(&w, "300");
        assert_eq!(person_event(&w, i, i + 2), Some("evacuated"));
        let i = at(&w, "90");
        assert_eq!(person_event(&w, i, i + 2), Some("evacuated"));
        let (w, _) = words("About 250 residents of the valley were brought here by bus overnight.");
        let i = at(&w, "250");
        assert_eq!(person_event(&w, i, i + 2), Some("evacuated"));
        let (w, _) = words("The 60 pupils were taken by bus to hospital for checks.");
        let i = at(&w, "60");
        assert_ne!(person_event(&w, i, i + 2), Some("evacuated"));
        let (w, _) = words("According to the union, 1,400 dockers took part.");
        let i = at(&w, "1,400");
        assert_eq!(person_event(&w, i, i + 2), Some("strike"));
        let (w, _) = words("About 700 nurses took part in the walkout on Friday.");
        let i = at(&w, "700");
        assert_eq!(person_event(&w, i, i + 2), Some("strike"));
        let (w, _) = words("Some 2,000 members have laid down their tools.");
        let i = at(&w, "2,000");
        assert_eq!(person_event(&w, i, i + 2), Some("strike"));
        let (w, _) = words("About 900 workers took part in a march to the ministry.");
        let i = at(&w, "900");
        assert_eq!(person_event(&w, i, i + 2), None);
        let (w, _) = words("About 900 workers at the mill near Tampere walked out on Monday.");
        let i = at(&w, "900");
        assert_eq!(person_event(&w, i, i + 2), Some("strike"));
        let (w, _) = words("Some 300 striking nurses marched to the ministry.");
        let i = at(&w, "300");
        assert_eq!(person_event(&w, i, i + 3), Some("strike"));
        let (w, _) = words("By dawn, 212 passengers and crew had been brought ashore.");
        let i = at(&w, "212");
        assert_eq!(person_event(&w, i, i + 2), Some("rescued"));
        let (w, _) = words("Cargo ships pulled 212 people from the sea.");
        let i = at(&w, "212");
        assert_eq!(person_event(&w, i, i + 2), Some("rescued"));
        let (w, _) = words("The army pulled 200 troops back to the border.");
        let i = at(&w, "200");
        assert_eq!(person_event(&w, i, i + 2), None);
        // A count opening the next conjunct is counted by its own predicate, not the verb before "and".
        let (w, _) = words("Seven people were killed and three are missing after the fire.");
        let i = at(&w, "three");
        assert_eq!(person_event(&w, i, i + 1), Some("missing"));
        let (w, _) = words("Seven people were killed and three were injured.");
        let i = at(&w, "three");
        assert_eq!(person_event(&w, i, i + 1), Some("injured"));
        // A verb in a relative clause is another subject's.
        let (w, _) = words("The 40 residents of the street where two people were killed met.");
        let i = at(&w, "40");
        assert_eq!(person_event(&w, i, i + 2), None);
    }

    #[test]
    fn money_by_its_transaction() {
        let (w, _) = words("The group agreed to buy the Dutch brewer for €2.1 billion in cash.");
        assert_eq!(money_head(&w, at(&w, "2.1"), 0), Some("price"));
        let (w, _) = words("The robbers got away with €900,000 in notes.");
        assert_eq!(money_head(&w, at(&w, "900,000"), 0), Some("stolen"));
        let (w, _) =
            words("Thieves escaped with 14 objects of church silver worth about €2.5 million.");
        assert_eq!(money_head(&w, at(&w, "2.5"), 1), Some("stolen"));
        let (w, _) = words("The value of the stolen items is €3.2 million, the museum said.");
        assert_eq!(money_head(&w, at(&w, "3.2"), 0), Some("stolen"));
        // A value with no theft in its clause is a price, as in "a deal worth €40 million".
        let (w, _) = words("The insurers said the collection is worth €3.2 million.");
        assert_eq!(money_head(&w, at(&w, "3.2"), 0), Some("price"));
        let (w, _) = words("Police seized about €50,000 in cash.");
        assert_eq!(money_head(&w, at(&w, "50,000"), 1), Some("recovered"));
        let (w, _) = words("The council will spend €3 million on roads.");
        assert_eq!(money_head(&w, at(&w, "3"), 0), None);
    }

    #[test]
    fn a_sum_diverted_or_misappropriated_is_the_sum_embezzled() {
        let (w, _) =
            words("The court found that he diverted 3.8 billion pesos between 2018 and 2022.");
        assert_eq!(money_head(&w, at(&w, "3.8"), 0), Some("embezzled"));
        let (w, _) = words(
            "He was jailed for the misappropriation of public funds worth 3.2 billion pesos.",
        );
        assert_eq!(money_head(&w, at(&w, "3.2"), 0), Some("embezzled"));
        let (w, _) = words("Officials siphoned off about $4 million from the fund.");
        assert_eq!(money_head(&w, at(&w, "4"), 1), Some("embezzled"));
        // A fine in another clause is not the sum taken.
        let (w, _) = words("He embezzled $4 million, and the court ordered him to pay $1 million.");
        assert_eq!(money_head(&w, at(&w, "1"), 0), Some("price"));
    }

    #[test]
    fn a_sum_fined_or_named_a_penalty_is_the_fine() {
        let w = words("The regulator fined Meghna Mobile 450 million taka on Tuesday.").0;
        assert_eq!(money_head(&w, at(&w, "450"), 0), Some("fine"));
        let w = words("It was ordered to pay penalties totalling $4 million.").0;
        assert_eq!(money_head(&w, at(&w, "4"), 0), Some("fine"));
        // Another figure between the verb and the sum has the verb to itself.
        let w = words("The court fined him $5,000 and ordered $2 million in repairs.").0;
        assert_eq!(money_head(&w, at(&w, "2"), 0), None);
    }

    #[test]
    fn a_sum_paid_or_a_fee_is_the_transactions_price() {
        let (w, _) = words(
            "The club paid Hanoi Capital FC €1.8 million, according to people close to the deal.",
        );
        assert_eq!(money_head(&w, at(&w, "1.8"), 0), Some("price"));
        let (w, _) =
            words("The fee was reported to be €1.2 million, with up to €300,000 more in add-ons.");
        assert_eq!(money_head(&w, at(&w, "1.2"), 0), Some("price"));
        // The add-ons' clause names no payment: the comma ends the fee's clause.
        assert_eq!(money_head(&w, at(&w, "300,000"), 2), None);
        let (w, _) = words("Repairs to the bridge will cost €3 million.");
        assert_eq!(money_head(&w, at(&w, "3"), 0), None);
    }

    #[test]
    fn a_winning_margin_is_told_apart_from_a_vote_total() {
        let (w, _) = words("He lost the by-election by a margin of 14 votes.");
        let i = at(&w, "14");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("The town where the winner's margin was just 14 votes.");
        let i = at(&w, "14");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("A race decided by 14 votes.");
        let i = at(&w, "14");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("Only 41 votes separated the two candidates.");
        let i = at(&w, "41");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("Stefanescu finished 287 votes ahead of Ioana Munteanu.");
        let i = at(&w, "287");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("The final difference between the two candidates is 287 votes.");
        let i = at(&w, "287");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("Final difference after the recount: 278 votes for Stefanescu.");
        let i = at(&w, "278");
        assert!(is_margin(&w, i, 0, i + 2));
        let (w, _) = words("The bureau declared him the winner by 312 votes.");
        let i = at(&w, "312");
        assert!(is_margin(&w, i, 0, i + 2));
        // The total a candidate polled is no margin, whatever noun opens the clause.
        let (w, _) = words(
            "The difference, officials said, came from annulled ballots; she won 3,412 votes.",
        );
        let i = at(&w, "3,412");
        assert!(!is_margin(&w, i, 0, i + 2));
        let (w, _) = words("She was declared the winner with 3,412 votes.");
        let i = at(&w, "3,412");
        assert!(!is_margin(&w, i, 0, i + 2));
        // A verb of separating past a comma has a subject of its own.
        let (w, _) =
            words("The capsule, carrying 3 astronauts, separated from the rocket at noon.");
        let i = at(&w, "3");
        assert!(!is_margin(&w, i, 0, i + 2));
        let (w, _) = words("Prices rose by 14 percent.");
        let i = at(&w, "14");
        assert!(!is_margin(&w, i, 0, i + 2));
    }

    #[test]
    fn a_span_for_which_an_agreement_runs_is_its_term() {
        let (w, _) = words(
            "Bolivia will supply gas to Paraguay for eight years from 2028 under an agreement signed on Wednesday.",
        );
        let i = at(&w, "eight");
        assert_eq!(agreement_term(&w, i, i + 2), Some("deal"));
        let (w, _) = words("He was jailed for eight years in 2019.");
        let i = at(&w, "eight");
        assert_eq!(agreement_term(&w, i, i + 2), None);
    }

    #[test]
    fn a_demanded_figure_is_told_apart() {
        let (w, _) =
            words("Paraguay's minister agreed to drop his demand for a price below $6 on Tuesday.");
        assert!(is_demanded(&w, at(&w, "6")));
        let (w, _) = words("The price was set at $6.40 per million British thermal units.");
        assert!(!is_demanded(&w, at(&w, "6.40")));
    }

    #[test]
    fn previous_values_and_earlier_news() {
        let (w, _) = words("Turnout was 61 percent, up from 55 percent.");
        assert!(is_previous_value(&w, at(&w, "55"), 0, at(&w, "55") + 2));
        {
            let (w, _) =
                words("Turnout was 48 percent, down from the 52 percent recorded in the spring.");
            assert!(is_previous_value(&w, at(&w, "52"), 0, at(&w, "52") + 2));
        }
        assert!(!is_previous_value(&w, at(&w, "61"), 0, at(&w, "61") + 2));
        let (w, _) = words("The toll rose to 14 from 11 overnight.");
        assert!(is_previous_value(&w, at(&w, "11"), 0, at(&w, "11") + 1));
        assert!(!is_previous_value(&w, at(&w, "14"), 0, at(&w, "14") + 1));
        let (w, _) = words("Earlier, the police had confirmed five deaths.");
        assert!(is_previous_value(&w, at(&w, "five"), 0, at(&w, "five") + 2));
        let (w, _) = words("Buses took 40 people from 12 villages.");
        assert!(!is_previous_value(&w, at(&w, "12"), 0, at(&w, "12") + 2));
        let (w, _) =
            words("Kovac, who came on four minutes earlier, scored before a crowd of 9,000.");
        assert!(!is_previous_value(
            &w,
            at(&w, "9,000"),
            0,
            at(&w, "9,000") + 1
        ));
        let (w, _) = words("The ministry had earlier put the toll at 30.");
        assert!(is_previous_value(&w, at(&w, "30"), 0, at(&w, "30") + 1));
    }

    #[test]
    fn figures_of_an_event_years_ago_are_not_the_storys() {
        let (w, _) =
            words("A smaller slide on the same stretch two years ago injured three people.");
        assert!(is_previous_value(
            &w,
            at(&w, "three"),
            0,
            at(&w, "three") + 2
        ));
        let (w, _) = words("Last year's floods in the valley killed 17 people.");
        assert!(is_previous_value(&w, at(&w, "17"), 0, at(&w, "17") + 2));
        let (w, _) = words("Three people were hurt in a fire at the plant a decade ago.");
        assert!(is_previous_value(
            &w,
            at(&w, "Three"),
            0,
            at(&w, "Three") + 2
        ));
        // Days ago is still the story's event, and a figure in years is not a date.
        let (w, _) = words("The quake two days ago killed 30 people.");
        assert!(!is_previous_value(&w, at(&w, "30"), 0, at(&w, "30") + 2));
        let (w, _) = words("He was jailed for seven years on Monday.");
        assert!(!is_previous_value(
            &w,
            at(&w, "seven"),
            0,
            at(&w, "seven") + 2
        ));
        let (w, _) = words("The slide injured 11 people, officials said.");
        assert!(!is_previous_value(&w, at(&w, "11"), 0, at(&w, "11") + 2));
    }

    #[test]
    fn running_totals_over_a_season_are_not_the_events_figure() {
        let (w, _) =
            words("At least 19 people have died in avalanches in Switzerland since November.");
        assert!(is_previous_value(&w, at(&w, "19"), 0, at(&w, "19") + 2));
        let (w, _) = words("It brings to 31 the number of attacks this year, police said.");
        assert!(is_previous_value(&w, at(&w, "31"), 0, at(&w, "31") + 1));
        let (w, _) = words("Since the beginning of the winter, 19 people have died.");
        assert!(is_previous_value(&w, at(&w, "19"), 0, at(&w, "19") + 2));
        // After a one-word sentence adverb, the next phrase opens the sentence.
        let (w, _) = words("Elsewhere, since 2016, the two have held eight rounds of talks.");
        assert!(is_previous_value(
            &w,
            at(&w, "eight"),
            0,
            at(&w, "eight") + 2
        ));
        let (w, _) = words("So far this season 12 climbers have died.");
        assert!(is_previous_value(&w, at(&w, "12"), 0, at(&w, "12") + 2));
        let (w, _) = words("The yard delivered three ferries over the past four years.");
        assert!(is_previous_value(
            &w,
            at(&w, "three"),
            0,
            at(&w, "three") + 2
        ));
        let (w, _) = words("In the last decade 40 climbers have died on the face.");
        assert!(is_previous_value(&w, at(&w, "40"), 0, at(&w, "40") + 2));
        // The past hours are the event's own.
        let (w, _) = words("Rescuers pulled 14 people from the water in the past 24 hours.");
        assert!(!is_previous_value(&w, at(&w, "14"), 0, at(&w, "14") + 2));
        // The event's own figure, and a period that is what is counted.
        let (w, _) = words("Three people died on Saturday, police said, since the slope gave way.");
        assert!(!is_previous_value(
            &w,
            at(&w, "Three"),
            0,
            at(&w, "Three") + 2
        ));
        let (w, _) = words("The 40 residents left in the space of one year.");
        assert!(!is_previous_value(&w, at(&w, "40"), 0, at(&w, "40") + 2));
    }

    #[test]
    fn year_of_the_clause_or_the_opening_phrase() {
        let (w, d) = words("Turnout was 61 percent, up from 55 percent in 2019, officials said.");
        assert_eq!(
            clause_year(&w, at(&w, "55"), at(&w, "55") + 2, &d),
            Some(2019)
        );
        assert_eq!(clause_year(&w, at(&w, "61"), at(&w, "61") + 2, &d), None);
        let (w, d) = words("In 2019, turnout was 55 percent.");
        assert_eq!(
            clause_year(&w, at(&w, "55"), at(&w, "55") + 2, &d),
            Some(2019)
        );
        let (w, d) = words("Floods hit in May 2019, which killed 17 people.");
        assert_eq!(
            clause_year(&w, at(&w, "17"), at(&w, "17") + 2, &d),
            Some(2019)
        );
        let (w, d) = words(
            "About 900 workers walked out on Tuesday in the first strike since the mill opened in 2006.",
        );
        assert_eq!(clause_year(&w, at(&w, "900"), at(&w, "900") + 2, &d), None);
    }
}
