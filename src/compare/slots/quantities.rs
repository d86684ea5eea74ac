//! Quantities by head noun: "30-day ceasefire" vs "60-day ceasefire".

use std::collections::{BTreeMap, BTreeSet};

use super::super::{Difference, DocFacts, Side};
use super::{COMPASS, person_before, story_year};
use crate::extract::{Limit, NameKind};
use crate::findings::Kind;
use crate::text::{Span, fold};

/// Head nouns that name one thing in other words: a report's "truce" is another's "ceasefire".
#[rustfmt::skip]
const HEAD_CLASSES: &[&[&str]] = &[
    &["ceasefire", "truce", "armistice"],
    &["strike", "walkout", "stoppage"],
    &["talk", "negotiation", "discussion", "meeting"],
    &["dead", "death", "killed", "fatality", "died"],
    &["injured", "wounded", "injury", "hurt"],
    &["prisoner", "detainee", "captive", "inmate"],
    // "damaging about 1,200 homes" and "some 3,000 houses were damaged": dwellings, counted under either noun,
    // as "about 18,000 flats" and "some 45,000 apartments" left without heat are.
    &["home", "house", "dwelling", "flat", "apartment"],
    // "destroying four wooden dhows" and "destroyed three boats": a craft of a kind is a boat.
    &["ship", "vessel", "boat", "tanker", "freighter", "carrier", "dhow", "trawler", "yacht", "dinghy",
        "canoe", "barge", "skiff", "longliner"],
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
pub(crate) fn readings_agree(x: &Reading, y: &Reading) -> bool {
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
pub(crate) struct Reading {
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
    pub(crate) fn of(n: &crate::extract::NumberMention) -> Reading {
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
            // another count. "More than sixty" is rounded, and is read as the rounded figures below, as is a
            // measure: "a little over seven kilometres" of passages mapped are the 7.3 another report gives.
            Limit::AtLeast if high < 100.0 && self.step <= 1.0 && self.unit.is_none() => {
                (low, high)
            }
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
        .filter(|(_, (_, w))| !crate::align::stopword(w) && !is_head(w) && w.len() > 2)
        .map(|(i, (_, w))| {
            let key = w.chars().take(5).collect::<String>();
            let taken = crate::extract::is_theft_word(w)
                || (key == "escap" && words.get(i + 1).is_some_and(|n| n == "with"));
            if taken {
                TAKEN.to_string()
            } else {
                on_board_word(&key).map_or(key, str::to_string)
            }
        })
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

/// The one word [`count_context`] reads a theft's verbs as: "escaped with 14 objects of church silver" and
/// "thieves took 17 objects" count what was stolen, in whichever verb a report tells the theft.
const TAKEN: &str = "taken";

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

/// Whether two small counts of a thing (not people) are each their report's one count of it, near each other
/// (neither twice the other): "the chain runs 63 bakeries" and "the company's 48 bakeries", "carrying 38
/// vehicles" and "52 vehicles on the car deck". A report that counts a thing once counts the story's whole
/// of it; people are counted by what befell them ("three passengers" killed of "140 passengers" aboard), so
/// their counts still need the words around them to agree.
fn lone_counts(head: &str, x: (&Reading, &[Reading]), y: (&Reading, &[Reading])) -> bool {
    let lone = |(lead, all): (&Reading, &[Reading])| all.iter().all(|r| readings_agree(r, lead));
    let (low, high) = (x.0.value.min(y.0.value), x.0.value.max(y.0.value));
    !crate::extract::counts_people(head) && lone(x) && lone(y) && low > 0.0 && high < 2.0 * low
}

/// Words right after a count's noun that make it some of the group, not all of it: "the two passengers
/// who were hurt", "the 12 people with burns", "the three passengers from Apia".
const RESTRICTING: &[&str] = &[
    "who", "whom", "whose", "that", "which", "with", "without", "from", "in", "at", "of", "still",
];

/// Whether a count is told as the whole of its group: "all seven passengers", "all the 11 fishermen", "the
/// nine passengers", the noun right after the figure and nothing after it that picks some of them out ("the
/// two passengers injured", "the three who were hurt"). Two reports that each give the whole of one group
/// give one count, whatever befell the group in either sentence ("walked away unhurt", "were helped out").
fn told_as_all(doc: &DocFacts<'_>, span: Span, head: &str) -> bool {
    let text = &doc.doc.text;
    let tokens = &doc.seg.tokens;
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    let word = |i: usize| tokens.get(i).map(|t| fold(t.span.of(text)));
    let joined = |i: usize| {
        i > 0
            && tokens.get(i).is_some_and(|t| {
                text.get(tokens[i - 1].span.end..t.span.start)
                    .is_some_and(|gap| gap.chars().all(char::is_whitespace))
            })
    };
    // The noun right after the figure.
    let noun_next = joined(last)
        && word(last).is_some_and(|w| w.starts_with(head) || crate::extract::singular(&w) == head);
    let before = first.checked_sub(1).and_then(word);
    let all = match before.as_deref() {
        Some("all") => joined(first),
        // "the nine passengers", "all the nine passengers"; not "three of the nine passengers", which is read
        // as a part and its whole.
        Some("the") => {
            joined(first) && first.checked_sub(2).and_then(word).as_deref() != Some("of")
        }
        _ => false,
    };
    let restricted = joined(last + 1)
        && word(last + 1).is_some_and(|w| RESTRICTING.contains(&w.as_str()) || w.ends_with("ed"));
    noun_next && all && !restricted
}

/// The place a distance with no noun is measured from: "about 90 kilometres south of Tromsø", "some 150
/// kilometres from Tromsö". Two reports that give one town's distance to what the story is about (where an
/// engine failed, where a quake struck) give it to one spot; see [`share_sentence_words`] for the guard.
fn distance_origin<'d>(
    doc: &DocFacts<'d>,
    n: &crate::extract::NumberMention,
) -> Option<&'d super::super::EntityRef> {
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

/// Whether a count is of who was on a craft: "carrying" or "carried" just before it, or "aboard" or "on
/// board" just after its noun ("the five people on board", "a helicopter carrying four people", "with 30
/// people aboard"). Not "boarding" ("a boarding school with 1,100 pupils").
fn counted_aboard(doc: &DocFacts<'_>, n: &crate::extract::NumberMention) -> bool {
    let tokens = &doc.seg.tokens;
    let first = tokens.partition_point(|t| t.span.end <= n.span.start);
    let last = tokens.partition_point(|t| t.span.start < n.span.end);
    let word = |i: usize| tokens.get(i).map(|t| fold(t.span.of(&doc.doc.text)));
    let before = (first.saturating_sub(2)..first).filter_map(word);
    let carried = before
        .into_iter()
        .any(|w| matches!(w.as_str(), "carrying" | "carried"));
    // The noun, then "aboard" or "on board" within the next three words.
    let after: Vec<String> = (last..last + 4).filter_map(word).collect();
    let on_board = after
        .iter()
        .enumerate()
        .any(|(i, w)| w == "aboard" || (w == "board" && i > 0 && after[i - 1] == "on"));
    carried || on_board
}

/// The key of the people a craft carried, whatever noun counts them ("people", "passengers").
const ABOARD: &str = "people on board";

/// The key of a count told as the whole of its group, before the group's noun.
const ALL_OF: &str = "all ";

/// The key of a distance from a place, before the place's entity id.
const DISTANCE_FROM: &str = "distance from #";

/// Number conflicts across the reports of one story: one head noun (or its synonyms) and unit, with values
/// that disagree.
pub(crate) fn quantities(docs: &[DocFacts<'_>], words: &super::StoryWords) -> Vec<Difference> {
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
            // People counted as who was on a craft ("the five people on board", "carrying four people") are
            // its complement, one figure however general the noun.
            let aboard = n.head.as_deref().is_some_and(is_generic_head) && counted_aboard(doc, n);
            // A group told whole ("all seven passengers") is one count however general its noun, compared
            // with the other reports' wholes of it. A measure ("the 14-metre tower") counts no group.
            let all = n
                .head
                .as_deref()
                .filter(|&h| n.unit.is_none() && told_as_all(doc, n.span, h));
            let Some(head) = aged
                .map(|person| format!("age of {}", person.canonical))
                .or_else(|| origin.map(|place| format!("{DISTANCE_FROM}{}", place.id)))
                .or_else(|| aboard.then(|| ABOARD.to_string()))
                .or_else(|| all.map(|h| format!("{ALL_OF}{}", head_class(h))))
                .or_else(|| n.head.as_deref().map(|h| head_class(h).to_string()))
            else {
                continue;
            };
            // Parts, previous values and figures of another year are not the story's figure for the head.
            let other_year = n.year.is_some() && n.year != year;
            // A whole is the size of one group ("houses its 1,100 pupils", "54 of the 101 seats"), which its
            // noun names well enough however general: it meets only other wholes.
            let generic = aged.is_none()
                && !aboard
                && all.is_none()
                && !n.whole
                && n.head.as_deref().is_some_and(is_generic_head);
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
                // Two wholes of one group ("all seven passengers", "the nine passengers") need no words.
                let wholes = head.starts_with(ALL_OF) && !far_apart(&rx[0], &ry[0]);
                if bare
                    && !same_order(&rx[0], &ry[0])
                    && !decimal_slip(&rx[0], &ry[0])
                    && !lone_counts(&head, (&rx[0], all_x), (&ry[0], all_y))
                    && !wholes
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
            let text = |s: &Side| super::quoted_side(docs, s);
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
    let by_context = context_quantities(docs, words, &out);
    out.extend(by_context);
    out
}

/// How close two figures' contexts must be (cosine, see [`super::context`]) for the second route to compare
/// them. Measured on held-out sets 33-116 and the golden stories with the guards below: at 0.15 / 0.2 / 0.25
/// / 0.3 / 0.35 / 0.4 the route found 7 / 6 / 6 / 6 / 5 / 3 conflicts the keyed check missed, at 1 / 1 / 1 / 0
/// / 0 / 0 decoy hits; 0.3 is the lowest with none.
const CONTEXT_THRESHOLD: f64 = 0.3;

/// What a figure must share with another for the second route to pair them: its comparable unit ("eur",
/// "day", "km"), or for a count with no unit the class of its head noun.
type ContextKey = (String, Option<String>);

/// The key the second route files a figure under, or `None` for a figure that is not the story's figure of
/// anything: a part, a previous value, a whole, a conversion, a figure of another year (as the keyed check
/// leaves them out), an age, a distance from a named place (the keyed check compares those by place), and a
/// count with neither unit nor head.
fn context_key(
    doc: &DocFacts<'_>,
    n: &crate::extract::NumberMention,
    year: Option<i32>,
) -> Option<ContextKey> {
    let other_year = n.year.is_some() && n.year != year;
    if n.partial || n.previous || n.whole || other_year || doc.is_conversion(n) {
        return None;
    }
    if n.unit.as_deref() == Some("age")
        || told_as_age(doc, n)
        || told_as_elevation(doc, n)
        || aged_person(doc, n).is_some()
        || distance_origin(doc, n).is_some()
    {
        return None;
    }
    if let Some(unit) = n.comparable().1 {
        return Some((String::new(), Some(unit.to_string())));
    }
    n.head
        .as_deref()
        .map(|head| (head_class(head).to_string(), None))
}

/// "46 years old": a span of years followed by "old" is an age, not a duration ("has fished for thirty
/// years").
fn told_as_age(doc: &DocFacts<'_>, n: &crate::extract::NumberMention) -> bool {
    n.unit.as_deref() == Some("year") && followed_by(doc, n, "old")
}

/// "The village lies 2,400 metres above sea level": a place's elevation, which says where a place is, not
/// how far anything in the story went; two places' elevations are told in the same words.
fn told_as_elevation(doc: &DocFacts<'_>, n: &crate::extract::NumberMention) -> bool {
    n.comparable().1 == Some("km") && followed_by(doc, n, "above sea level")
}

/// Whether the words right after a figure are `words` (in matching form, one space apart).
fn followed_by(doc: &DocFacts<'_>, n: &crate::extract::NumberMention, words: &str) -> bool {
    let after = doc.doc.text.get(n.span.end..).unwrap_or("");
    let wanted = words.split(' ').count();
    let written: Vec<String> = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(wanted)
        .map(fold)
        .collect();
    written.join(" ") == words
}

/// Whether `doc` gives a figure that agrees with `r` anywhere: in the sentence of its own figure `own` (of
/// any unit the figure has: "Judge Ilic, who led the prosecution for two years, had asked for nine" gives
/// the other report's nine years), or elsewhere in the same unit and, for a count, of the same head, as a
/// part, a previous value or a whole included ("55 per cent ... the remaining 45 per cent"). A report that
/// gives the other's figure tells two things, not another value of one.
fn gives_figure(doc: &DocFacts<'_>, own: &crate::extract::NumberMention, r: &Reading) -> bool {
    let unit = |n: &crate::extract::NumberMention| n.comparable().1.map(str::to_string);
    let head =
        |n: &crate::extract::NumberMention| n.head.as_deref().map(head_class).map(str::to_string);
    doc.mentions.numbers.iter().any(|n| {
        let same_unit = unit(n) == unit(own);
        let related = n.sentence == own.sentence || unit(n).is_some() || head(n) == head(own);
        same_unit && related && readings_agree(&Reading::of(n), r)
    })
}

/// Whether a figure's sentence dates it to a year that is not the story's: "The last serious accident
/// happened in 2009, when two people were hurt" is not the story's count of the hurt.
fn dated_to_another_year(
    doc: &DocFacts<'_>,
    n: &crate::extract::NumberMention,
    year: Option<i32>,
) -> bool {
    doc.mentions.dates.iter().any(|d| {
        d.sentence == n.sentence
            && matches!(d.value, crate::extract::DateValue::Date { year: Some(y), .. } if Some(y) != year)
    })
}

/// Whether one figure is the other with its fraction dropped: "for the second time in two years" and "in
/// two and a half years" tell one span, the first rounded down as speech does.
fn rounded_down(x: &crate::extract::NumberMention, y: &crate::extract::NumberMention) -> bool {
    x.unit == y.unit && x.value.trunc() == y.value.trunc()
}

/// The named things (not places, not a transcript's speaker label "MEESUK:" or "HOST (Maja Petek):") within
/// the context's reach of a figure: "Kornelia's share price rose 4.5 per cent" is Kornelia's.
fn named_near(doc: &DocFacts<'_>, n: &crate::extract::NumberMention) -> BTreeSet<usize> {
    let Some(sentence) = doc.seg.sentences.get(n.sentence) else {
        return BTreeSet::new();
    };
    let tokens = doc.seg.sentence_tokens(sentence);
    let (Some(first_token), Some(last_token)) = (tokens.first(), tokens.last()) else {
        return BTreeSet::new();
    };
    let first = tokens.partition_point(|t| t.span.end <= n.span.start);
    let last = tokens.partition_point(|t| t.span.start < n.span.end);
    let from = tokens
        .get(first.saturating_sub(CONTEXT_REACH))
        .unwrap_or(first_token)
        .span
        .start;
    let to = tokens
        .get(last + CONTEXT_REACH)
        .unwrap_or(last_token)
        .span
        .end
        .max(from);
    doc.names_in(Span::new(from, to))
        .filter(|(m, _)| {
            let text = &doc.doc.text;
            // "TT$1.8 million": a currency's letters are the figure's own, not a name it is near.
            let own = m.span.start < n.span.end && n.span.start < m.span.end;
            !own && !text[m.span.end..].trim_start().starts_with(':')
                && !crate::extract::is_speaker_label(text, m.span)
        })
        .filter_map(|(_, e)| e)
        .filter(|e| e.kind != NameKind::Place)
        .map(|e| e.id)
        .collect()
}

/// Tokens either side of a figure that [`named_near`] reads, as the mention context does.
const CONTEXT_REACH: usize = 14;

/// The keys of the noun a figure counts, as the mention context spells keys (five letters): its head, the
/// head's class, and the word written right after it ("people" of "employs 9,400 people"). Two counts of
/// one noun share it whatever they count; only the other words say they count one thing.
fn counted_noun_keys(doc: &DocFacts<'_>, n: &crate::extract::NumberMention) -> Vec<String> {
    let key = |w: &str| w.chars().take(5).collect::<String>();
    let mut keys: Vec<String> = n
        .head
        .as_deref()
        .map(|h| vec![key(h), key(head_class(h))])
        .unwrap_or_default();
    let tokens = &doc.seg.tokens;
    if let Some(t) = tokens.get(tokens.partition_point(|t| t.span.start < n.span.end)) {
        keys.push(key(&fold(t.span.of(&doc.doc.text))));
    }
    keys
}

/// The second route of [`quantities`]: figures of one unit or head class, in two reports, whose mention
/// contexts are each other's best match ([`super::context`]), however either sentence is built: "put the
/// loss to the state and the social security funds at 6.2 million euros" and "8.4 million euros escaped the
/// state and the social security funds". Such a pair conflicts when the values disagree and neither report
/// gives the other's value, past the guards the keyed check uses (far apart, different referents) and
/// these: the contexts share at least two words besides the counted noun (one shared word is as often a
/// part against its whole, or two firms' staff); neither figure's sentence is dated to another year; one is
/// not the other rounded down; and the two are not near two different named things. A pair the keyed check
/// already reports is left to it. Two reports' only sums in a currency are paired however their sentences
/// read ([`lone_sums`]).
fn context_quantities(
    docs: &[DocFacts<'_>],
    words: &super::StoryWords,
    keyed: &[Difference],
) -> Vec<Difference> {
    use super::context::{MentionContext, mutual_best, within_cap};
    type Mention<'d> = &'d crate::extract::NumberMention;
    let year = story_year(docs);
    let filed: Vec<Vec<(ContextKey, Mention<'_>)>> = docs
        .iter()
        .map(|doc| {
            let slot: BTreeSet<usize> = doc.slot_sentences().map(|(i, _)| i).collect();
            doc.mentions
                .numbers
                .iter()
                .filter(|n| slot.contains(&n.sentence))
                .filter_map(|n| context_key(doc, n, year).map(|k| (k, n)))
                .collect::<Vec<_>>()
        })
        .map(within_cap)
        .collect();
    let keys: BTreeSet<&ContextKey> = filed.iter().flatten().map(|(k, _)| k).collect();
    let reported = |doc: &DocFacts<'_>, span: Span| {
        keyed.iter().any(|k| {
            k.kind == Kind::NumberConflict
                && k.sides.iter().any(|s| s.doc == doc.index && s.span == span)
        })
    };
    let side = |doc: &DocFacts<'_>, n: Mention<'_>| Side {
        doc: doc.index,
        span: n.span,
        context: doc.seg.sentences.get(n.sentence).map_or(n.span, |s| s.span),
    };
    let mut out = Vec::new();
    for key in keys {
        let mentions: Vec<Vec<Mention<'_>>> = filed
            .iter()
            .map(|ms| {
                ms.iter()
                    .filter(|(k, _)| k == key)
                    .map(|(_, n)| *n)
                    .collect()
            })
            .collect();
        let contexts: Vec<Vec<MentionContext>> = docs
            .iter()
            .zip(&mentions)
            .map(|(doc, ms)| ms.iter().map(|n| words.context(doc, n.span)).collect())
            .collect();
        let matched = mutual_best(&contexts, CONTEXT_THRESHOLD);
        let lone = lone_sums(&mentions, &contexts, &matched);
        for (m, lone) in matched
            .into_iter()
            .map(|m| (m, false))
            .chain(lone.into_iter().map(|m| (m, true)))
        {
            let (x, y) = (&docs[m.x], &docs[m.y]);
            let (nx, ny) = (mentions[m.x][m.i], mentions[m.y][m.j]);
            let (rx, ry) = (Reading::of(nx), Reading::of(ny));
            if readings_agree(&rx, &ry) || gives_figure(y, ny, &rx) || gives_figure(x, nx, &ry) {
                continue;
            }
            let counted: Vec<String> = counted_noun_keys(x, nx)
                .into_iter()
                .chain(counted_noun_keys(y, ny))
                .collect();
            let told_alike = contexts[m.x][m.i].shared_besides(&contexts[m.y][m.j], &counted) >= 2;
            let (near_x, near_y) = (named_near(x, nx), named_near(y, ny));
            let named_apart =
                !near_x.is_empty() && !near_y.is_empty() && near_x.is_disjoint(&near_y);
            if !(told_alike || lone)
                || (far_apart(&rx, &ry) && !decimal_slip(&rx, &ry))
                || different_referents(x, &rx, y, &ry)
                || dated_to_another_year(x, nx, year)
                || dated_to_another_year(y, ny, year)
                || rounded_down(nx, ny)
                || named_apart
                || (reported(x, nx.span) && reported(y, ny.span))
            {
                continue;
            }
            let (a, b) = (x.text(nx.span), y.text(ny.span));
            let what = if key.0.is_empty() {
                key.1.as_deref().unwrap_or_default()
            } else {
                key.0.as_str()
            };
            out.push(Difference::new(
                Kind::NumberConflict,
                None,
                vec![side(x, nx), side(y, ny)],
                format!(
                    "{what} (told alike, context {:.2}): \"{a}\" ({}) vs \"{b}\" ({})",
                    m.score, x.doc.source, y.doc.source
                ),
            ));
        }
    }
    out
}

/// Pairs of reports that each give one sum, and only one, in a currency, which [`mutual_best`] did not
/// match: "planned to invest 7.5 billion Danish kroner in the data centre" and "a project worth 5.7 billion
/// kroner". A story about a deal, a fine or an investment turns on one sum; a report that names one sum in
/// the currency names that one, however the sentence around it is built, unless the frames around the two
/// call them two things. The second route's other guards still apply (far apart, named apart, another
/// report's figure given).
///
/// [`mutual_best`]: super::context::mutual_best
fn lone_sums(
    mentions: &[Vec<&crate::extract::NumberMention>],
    contexts: &[Vec<super::context::MentionContext>],
    matched: &[super::context::ContextMatch],
) -> Vec<super::context::ContextMatch> {
    let lone = |d: usize| mentions[d].len() == 1 && mentions[d][0].is_money();
    let what = |d: usize| {
        let n = mentions[d][0];
        n.head.as_deref().filter(|_| n.framed).map(head_class)
    };
    let mut out = Vec::new();
    for x in (0..mentions.len()).filter(|&x| lone(x)) {
        for y in (x + 1..mentions.len()).filter(|&y| lone(y)) {
            // "a loss of €4.1 million" and "a fine of 1.4 million euros": sums their frames call two things.
            let told_apart = matches!((what(x), what(y)), (Some(a), Some(b)) if a != b);
            if !told_apart && !matched.iter().any(|m| m.x == x && m.y == y) {
                out.push(super::context::ContextMatch {
                    x,
                    i: 0,
                    y,
                    j: 0,
                    score: contexts[x][0].similarity(&contexts[y][0]),
                });
            }
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
) -> Option<&'e super::super::facts::EntityRef> {
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

#[cfg(test)]
mod tests {
    use super::super::testing::number_conflicts;
    use super::*;

    #[test]
    fn all_of_a_group_counted_twice_is_one_count_in_any_words() {
        // Blind set 28, story 175: "all seven passengers and the pilot walked away unhurt" against "The nine
        // passengers ... were helped out of the aeroplane": each gives the whole of the passengers, whatever
        // befell them in its sentence.
        let found = number_conflicts(&[
            "A small plane landed on a rugby field on Thursday, and all seven passengers and the pilot walked \
             away unhurt.",
            "The plane came down on the village field. The nine passengers, among them an elderly woman, were \
             helped out by young men of the village.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A group named by what befell it is part of the whole: "the two passengers injured".
        let found = number_conflicts(&[
            "A small plane landed on a rugby field on Thursday, and all seven passengers and the pilot walked \
             away unhurt.",
            "The plane came down on the village field. The two passengers injured were taken to hospital.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn people_on_board_a_craft_are_one_count_however_general_the_noun() {
        // Blind set 20, story 124: "The five people on board were the pilot, a doctor ..." against "The
        // helicopter, carrying four people, came down on a slope".
        let found = number_conflicts(&[
            "The helicopter came down above the village. The five people on board were the pilot and a \
             medical crew.",
            "The helicopter, carrying four people, came down on a slope above the village.",
        ]);
        assert_eq!(found, [["five", "four"]], "{found:?}");
        // Control: people counted with nothing said of a craft stay too general.
        let found = number_conflicts(&[
            "The helicopter came down above the village. Five people saw it fall.",
            "The helicopter came down on a slope above the village, and four people saw it.",
        ]);
        assert!(found.is_empty(), "{found:?}");
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
    fn things_stolen_are_one_count_whichever_verb_tells_the_theft() {
        // Held-out story 120: each report also counts the exhibition's pieces, so neither count is lone.
        let found = number_conflicts(&[
            "Thieves broke into the museum and escaped with 14 objects of church silver. The exhibition held \
             about 240 objects.",
            "Thieves took 17 objects in Monday's early-morning raid on the museum.",
        ]);
        assert_eq!(found, [["14", "17"]], "{found:?}");
        // Control: a count of what was stolen against a count of what was spared.
        let found = number_conflicts(&[
            "Thieves broke into the museum and escaped with 14 objects of church silver. The exhibition held \
             about 240 objects.",
            "Thieves broke into the museum on Monday. Guards said 17 objects on the upper floor were untouched.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_count_of_a_thing_in_each_report_needs_no_words_in_common() {
        // Each report counts the ferry's vehicles once, in words of its own.
        let found = number_conflicts(&[
            "A ferry carrying 212 passengers and 38 vehicles lost engine power in the Sound of Mull on Tuesday.",
            "The ferry lost power on Tuesday. According to the operator, there were 52 vehicles on the car deck.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Controls: people are counted by what befell them ("three skiers died", "dug out five skiers"), and
        // a report that counts a thing twice counts two things.
        let found = number_conflicts(&[
            "An avalanche swept away a group near Zermatt. Three skiers died on the slope.",
            "An avalanche hit a group near Zermatt. Rescuers dug out five skiers from the snow.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "A ferry carrying 38 vehicles lost engine power on Tuesday; 21 vehicles were lorries.",
            "The ferry lost power on Tuesday. There were 52 vehicles on the car deck.",
        ]);
        assert!(found.is_empty(), "{found:?}");
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
    fn a_lower_bound_of_a_measure_is_rounded_not_counted() {
        // Blind set 25, story 155: what cavers mapped, told to a tenth and as "a little over seven".
        let found = number_conflicts(&[
            "Cavers have so far mapped 7.3 kilometres of passages in the cave.",
            "So far cavers have mapped a little over seven kilometres of passages, and there is more.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "Cavers have so far mapped 9.5 kilometres of passages in the cave.",
            "So far cavers have mapped a little over seven kilometres of passages, and there is more.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_size_class_holds_every_sum_of_its_size() {
        // Story 157: "a billion-kroner data centre" of a project of 7.5 billion.
        let found = number_conflicts(&[
            "The firm had planned to invest 7.5 billion Danish kroner in the data centre.",
            "Voters rejected a billion-kroner data centre on Saturday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
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
    fn homes_houses_and_flats_are_one_count() {
        // Story 100: "damaging about 1,200 homes" against "some 3,000 houses were damaged".
        let found = number_conflicts(&[
            "An earthquake struck the coast on Tuesday, killing four people and damaging about 1,200 homes.",
            "The state says some 3,000 houses were damaged across the region after the earthquake.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Held-out story 109: flats and apartments are dwellings too.
        let found = number_conflicts(&[
            "Radiators went cold in about 18,000 flats in Bishkek after the heating plant failed on Monday.",
            "Some 45,000 apartments in Bishkek were left without heating after the plant failed on Monday.",
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
    fn dhows_and_boats_are_one_count() {
        // Story 149: "destroying four wooden dhows" against "destroyed three boats".
        let found = number_conflicts(&[
            "A fire swept through a boatyard in Sur on Wednesday night, destroying four wooden dhows under \
             construction.",
            "Wednesday night's fire at the yard in Sur destroyed three boats, among them a ghanjah.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
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

    #[test]
    fn some_of_the_injured_in_hospital_are_not_the_injured_count() {
        let found = number_conflicts(&[
            "A ferry ran aground near Munich on Sunday, killing 9 people and injuring 67.",
            "27 of the injured were taken to hospital in Munich after the ferry ran aground.",
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

    // The second route: figures matched by their mention contexts. Two places' elevations, told alike, are
    // the control in `unnamed_heights_rises_and_lengths_meet_under_what_they_measure`.

    #[test]
    fn one_sum_told_in_other_words_is_compared_by_its_context() {
        // Story 112: no head noun names the sum; the words around it say it is one.
        let found = number_conflicts(&[
            "Prosecutors put the loss to the state and the social security funds at 6.2 million euros. \
             He was also fined 500,000 euros.",
            "According to the prosecution, 8.4 million euros escaped the state and the social security \
             funds. The court fined him 500,000 euros.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].iter().any(|v| v.contains("6.2")), "{found:?}");
    }

    #[test]
    fn counts_that_share_only_their_noun_are_not_matched_by_context() {
        // Twelve guards on a shift and four guards moved: one noun, two groups.
        let found = number_conflicts(&[
            "\"We are 12 guards on a night shift for more than two thousand men,\" one of them said.",
            "The secretary for prison administration ordered an inquiry and moved four guards to other units.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: counts told in the same words besides their noun.
        let found = number_conflicts(&[
            "Officials said about 252 people, passengers and crew, were on board the ferry when fire broke out.",
            "The ferry had 282 people on board, passengers and crew, when the fire broke out.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn years_of_age_are_not_a_span_of_years() {
        let found = number_conflicts(&[
            "Moustapha Diop, the captain, has fished from Kayar for thirty years.",
            "According to the captain of the boat, Moustapha Diop, 46 years old, a wave hit the pirogue.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_that_gives_the_others_figure_in_its_sentence_tells_two_things() {
        let found = number_conflicts(&[
            "The prosecution had asked for nine years.",
            "Judge Vesna Ilic, who led the prosecution for two years, had asked for nine.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_figure_dated_to_another_year_is_not_the_storys() {
        let found = number_conflicts(&[
            "The last serious accident on the network happened in 2009, when a tram hit a car; two people \
             were seriously hurt.",
            "Three of them are seriously hurt, and they are now being taken to the hospital in Rezekne.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_span_rounded_down_agrees_with_its_fraction() {
        // Golden story 13: "in two years" and "in two and a half years" tell one span.
        let found = number_conflicts(&[
            "Giulia Rinaldi's flat was flooded for the second time in two years.",
            "For the second time in two and a half years, the Lamone has broken through its embankments.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn figures_near_two_different_named_things_are_two_figures() {
        // Two merging firms' share prices, told alike.
        let found = number_conflicts(&[
            "Kornelia's share price rose 4.5 per cent on Monday.",
            "The share price of Veldhoven rose 11 percent on the Damrak on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: one firm's price.
        let found = number_conflicts(&[
            "Kornelia's share price rose 4.5 per cent on Monday after the merger was announced.",
            "Kornelia's share price rose 11 percent on Monday after the merger was announced.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_one_sum_each_report_gives_in_a_currency_is_one_sum() {
        // Story 157: the sum told as what a firm planned to invest and as what a project was worth.
        let invest = "The firm had planned to invest 7.5 billion kroner in the data centre, its chief \
                      executive said.";
        let found = number_conflicts(&[
            invest,
            "Voters turned down the plan for a data centre on the fjord, a project worth 5.7 billion kroner.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A report that gives two sums in the currency says which is which in its own words.
        let found = number_conflicts(&[
            invest,
            "Voters turned down the plan for a data centre on the fjord, a project worth 5.7 billion kroner. \
             The town spends 300 million kroner a year on its harbour.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_letters_of_a_currency_are_no_named_thing_near_its_figure() {
        // Story 154: "TT$1.8 million" is not the sum of something named "TT", apart from the rum maker's.
        let found = number_conflicts(&[
            "A Trinidad court ordered the rum maker to pay TT$1.8 million in damages to the estate of the \
             songwriter.",
            "The court ordered the distillery Oriental Rum to pay 2.8 million Trinidad and Tobago dollars to \
             the heirs of the songwriter.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
