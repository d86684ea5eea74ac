//! Days met by the words around them: the day one report gives for a happening and the day another report
//! gives, written in contexts that match each other best ("the cable ... was damaged late on Wednesday when a
//! bulk carrier dragged its anchor" against "the anchor of a bulk carrier dragged on the seabed and damaged
//! the cable on Tuesday night"). The event classes of [`super::event_dates`] date only the events their word
//! lists name; rewrites date the finding of a bomb, the failure of a cold store's power or a storm's first
//! damage in words no list foresees, but keep the words that say what happened on that day.
//!
//! A matched pair is a conflict only under guards that keep apart what the context alone would confuse:
//! - **a day of an event**: a day a verb of speech hangs on ("officials said on Wednesday") is the day of the
//!   telling; a day after "by" or "until" bounds a tally; a day of another year dates an earlier event; a
//!   day of a plan ("is due to visit on Tuesday") or of a state that goes on ("was still burning on
//!   Tuesday") is not the day anything happened; a relative day in a quotation ("tonight") is the speaker's;
//! - **words of weight in common**: words of time ("night", "late", "morning"), which every dated sentence
//!   holds, are left out of the contexts, and the shared words that are not names (two sentences naming one
//!   official) must weigh enough together;
//! - **a clear best**: each mention's best match beats its second best by a margin, so that of two days in
//!   one sentence neither is taken at random;
//! - **neither report gives the other's day**: a report that dates a like happening (one whose context comes
//!   near the other's) on the other report's day as well tells two happenings on two days, and the match
//!   may have paired the wrong ones. A day it gives to something unlike (a power cut the day before the
//!   deaths) does not hold the pair back.
//!
//! A pair the class checks already report is not reported twice: its sides join their finding.

use super::super::context::{MentionContext, StoryWords, mutual_best, sentence_side, within_cap};
use super::{
    Difference, DocFacts, Kind, Side, Span, days_agree, fold, is_day, named_as_a_thing,
    one_day_written_twice, report_day, resolve_relative_days, story_year,
};
use crate::extract::{DateMention, DateValue};

/// Words further than this many tokens from the day add nothing. A day dates its whole clause, and a clause
/// that says what was damaged and by what runs long ("the anchor of a bulk carrier, the Orient Harvest,
/// dragged on the seabed off Ba, on the north-west coast of Viti Levu, and damaged the cable on Tuesday").
const REACH: usize = 30;

/// Least similarity of two days' contexts for them to be compared. Measured on held-out sets 33-134 and the
/// golden stories with every other guard on: 0.25 to 0.35 find the same three labelled conflicts and nothing
/// unlabelled; 0.20 adds two unlabelled pairs, 0.40 loses three labelled ones. The margin (0.05-0.15) and the
/// content weight (0.5-1.5) change nothing there.
const THRESHOLD: f64 = 0.3;

/// How far a mention's best match must lead its second best, in its own row and in the other's column.
const MARGIN: f64 = 0.1;

/// Least similarity of a report's other mention of the other report's day to that day's context for the
/// report to count as giving that day to the same happening (see "neither report gives the other's day"
/// above). A report that says the students died early on Sunday and that the power failed on Saturday
/// evening does not date the deaths on Saturday. Measured on held-out sets 33-164 and the golden stories:
/// 0.15 finds three labelled conflicts more than letting any same-day mention block the pair, and no decoy;
/// 0.05-0.10 find one or two of them and an unlabelled pair, and 0.25 adds a decoy.
const SAME_DAY_FLOOR: f64 = 0.15;

/// Least weight of the shared content words together (story IDF x nearness): one word of every third
/// sentence next to the day, or a few further away.
const CONTENT_WEIGHT: f64 = 1.0;

/// Context keys (see [`super::super::context`]) of words of time: every dated sentence holds some, and two
/// sentences that share only these share nothing of what happened.
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "janua", "febru", "march", "april", "june", "july", "augus", "septe", "octob", "novem", "decem",
    "monda", "tuesd", "wedne", "thurs", "frida", "satur", "sunda",
    "night", "eveni", "morni", "after", "late", "later", "early", "earli", "dawn", "midni", "noon", "hour",
    "hours", "week", "weeks", "days", "today", "yeste", "tonig", "time", "while",
];

/// One day mention the check reads.
struct Mention<'d> {
    span: Span,
    value: &'d DateValue,
    /// The context key of the person a relative clause holding the day is about ("Nino Abashidze, who
    /// arrived in Chiatura on Wednesday night"), if any.
    actor: Option<String>,
}

/// Days in matching contexts that disagree, added to `found` (the class checks' date conflicts): a pair they
/// already report gains the new sides; another is a new finding.
pub(crate) fn context_dates(
    docs: &[DocFacts<'_>],
    words: &StoryWords,
    found: &mut Vec<Difference>,
) {
    let year = story_year(docs);
    let resolved: Vec<Vec<DateMention>> = docs
        .iter()
        .map(|doc| resolve_relative_days(doc, report_day(doc).as_ref()))
        .collect();
    let mentions: Vec<Vec<Mention<'_>>> = docs
        .iter()
        .zip(&resolved)
        .map(|(doc, relative)| within_cap(day_mentions(doc, relative, year)))
        .collect();
    // The guard below against a report giving the other's day reads each day's whole sentence: a day whose
    // clause is told apart from a like happening's ("the aid worker kidnapped on Monday 9 July, has been
    // freed", beside "The news came on Saturday") may still be that happening's.
    let sentence_contexts: Vec<Vec<MentionContext>> = docs
        .iter()
        .zip(&mentions)
        .map(|(doc, ms)| {
            ms.iter()
                .map(|m| words.context_within(doc, m.span, REACH, TIME_WORDS))
                .collect()
        })
        .collect();
    let contexts: Vec<Vec<MentionContext>> = docs
        .iter()
        .zip(&mentions)
        .map(|(doc, ms)| {
            let spans: Vec<Span> = ms.iter().map(|m| m.span).collect();
            words.contexts_of_own_words(doc, &spans, REACH, TIME_WORDS)
        })
        .collect();
    for m in mutual_best(&contexts, THRESHOLD) {
        let (a, b) = (&mentions[m.x][m.i], &mentions[m.y][m.j]);
        let (ca, cb) = (&contexts[m.x][m.i], &contexts[m.y][m.j]);
        if days_agree(a.value, b.value, year) != Some(false) {
            continue;
        }
        let gives = |x: usize, y: usize, j: usize| {
            let value = mentions[y][j].value;
            mentions[x]
                .iter()
                .zip(&sentence_contexts[x])
                .any(|(other, context)| {
                    days_agree(other.value, value, year) == Some(true)
                        && context.similarity(&sentence_contexts[y][j]) >= SAME_DAY_FLOOR
                })
        };
        if gives(m.x, m.y, m.j) || gives(m.y, m.x, m.i) {
            continue;
        }
        // "The inspectors arrived in Chiatura on Thursday" against "the deputy minister, who arrived in
        // Chiatura on Wednesday night": a day in a clause about a named person dates that person's act, and
        // meets only a sentence about the same person.
        let about_other = |mention: &Mention<'_>, other: &MentionContext| {
            mention.actor.as_deref().is_some_and(|key| !other.has(key))
        };
        if about_other(a, cb) || about_other(b, ca) {
            continue;
        }
        let lead = m.score
            - second_best(ca, &contexts[m.y], m.j).max(second_best(cb, &contexts[m.x], m.i));
        if lead < MARGIN || !share_content(ca, cb) {
            continue;
        }
        let sides = [
            sentence_side(&docs[m.x], a.span),
            sentence_side(&docs[m.y], b.span),
        ];
        add(docs, found, sides, m.score);
    }
}

/// The days of `doc` the check reads, its relative days (`relative`, resolved against the report's own day)
/// among them: days of the story's year that date a happening, in the sentences the story-level checks read.
fn day_mentions<'d>(
    doc: &DocFacts<'d>,
    relative: &'d [DateMention],
    year: Option<i32>,
) -> Vec<Mention<'d>> {
    // "Nobody will go home tonight without help," he told the families: a speaker's day is his own, and
    // two reports quoting him count it from two publication days.
    let quoted = |span: Span| {
        doc.mentions
            .quotes
            .iter()
            .any(|q| q.direct && q.span.start <= span.start && span.end <= q.span.end)
    };
    let mut out: Vec<Mention<'d>> = Vec::new();
    for (i, sentence) in doc.slot_sentences() {
        let tokens = doc.seg.sentence_tokens(sentence);
        let words: Vec<String> = tokens
            .iter()
            .map(|t| fold(t.span.of(&doc.doc.text)))
            .collect();
        let days = doc
            .mentions
            .dates
            .iter()
            .filter(|d| d.sentence == i && is_day(&d.value))
            .chain(relative.iter().filter(|d| d.sentence == i));
        for date in days {
            if let DateValue::Date { year: Some(y), .. } = date.value
                && year.is_some_and(|story| story != y)
            {
                continue;
            }
            if date
                .event
                .as_deref()
                .is_some_and(crate::extract::is_speech_verb)
            {
                continue;
            }
            let at = tokens.partition_point(|t| t.span.end <= date.span.start);
            if at > 0 && matches!(words[at - 1].as_str(), "by" | "until" | "till") {
                continue;
            }
            if named_as_a_thing(&words, at)
                || not_the_day_it_happened(&words)
                || quoted(date.span)
                || dateline(&doc.doc.text, sentence.span, date)
            {
                continue;
            }
            out.push(Mention {
                span: date.span,
                value: &date.value,
                actor: relative_clause_person(doc, tokens, &words, at),
            });
        }
    }
    out.sort_by_key(|m| m.span.start);
    // "on Saturday 3 October", "on Friday, 27 November": one day written twice is one mention. Kept as two,
    // each would be the other's close second best for every match, and no match would lead by the margin.
    let restated = |m: &Mention<'_>, next: &Mention<'_>| {
        matches!(m.value, DateValue::Weekday(_))
            && matches!(next.value, DateValue::Date { .. })
            && one_day_written_twice(&doc.doc.text, m.span, next.span)
    };
    let mut merged: Vec<Mention<'d>> = Vec::with_capacity(out.len());
    for mention in out {
        match merged.last_mut() {
            Some(weekday) if restated(weekday, &mention) => {
                *weekday = Mention {
                    span: Span::new(weekday.span.start, mention.span.end),
                    ..mention
                };
            }
            _ => merged.push(mention),
        }
    }
    merged
}

/// The context key of the person a relative clause holding the day at token `at` is about: the entity of a
/// person's name right before the last "who" or "whom" ahead of the day, as in "Nino Abashidze, who arrived
/// on Wednesday night".
fn relative_clause_person(
    doc: &DocFacts<'_>,
    tokens: &[crate::segment::Token],
    words: &[String],
    at: usize,
) -> Option<String> {
    let who = (1..at)
        .rev()
        .find(|&k| matches!(words[k].as_str(), "who" | "whom"))?;
    let entity = doc.entity_at(tokens[who - 1].span)?;
    (entity.kind == crate::extract::NameKind::Person).then(|| format!("#{}", entity.id))
}

/// Whether `date`, in the sentence at `sentence`, is a dateline's: a full date with its year that heads the
/// report's text ("Guatemala City, 20 November 2026 - Rescuers ...") or stands in a line with no end stop
/// ("morning news transcript, Saturday 21 November 2026"). It dates the report, not the story's events, and
/// two reports written on two days give two.
fn dateline(text: &str, sentence: Span, date: &DateMention) -> bool {
    let DateValue::Date {
        year: Some(_),
        month: Some(_),
        day: Some(_),
    } = date.value
    else {
        return false;
    };
    let after = text[date.span.end..sentence.end.max(date.span.end)]
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let headed = after.starts_with(['-', '\u{2013}', '\u{2014}']);
    let unstopped = !text[sentence.start..sentence.end]
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201d}']);
    headed || unstopped
}

/// Words of a sentence whose day is not the day something happened:
/// - what is yet to happen: "the minister is due to visit on Tuesday", "the first results are expected on
///   Thursday". A plan or a forecast is not a report of what happened, and the story's reports, written on
///   different days, look ahead to different next steps;
/// - a state that goes on: "the fire that broke out on the passenger ship was still burning on Tuesday"
///   matches the words of the day it broke out, but dates a later day of it.
#[rustfmt::skip]
const NOT_THE_DAY_IT_HAPPENED: &[&str] = &[
    "will", "due", "expected", "expects", "scheduled", "planned", "plans", "hopes", "intends",
    "still", "remained", "remains", "continued", "continues", "continuing", "again",
];

/// Whether the sentence of `words` dates a plan or a later day of a state (see [`NOT_THE_DAY_IT_HAPPENED`]).
fn not_the_day_it_happened(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| NOT_THE_DAY_IT_HAPPENED.contains(&w.as_str()))
}

/// Whether the two contexts share content words of weight (see [`TIME_WORDS`], [`CONTENT_WEIGHT`]): the
/// weights of the shared words that are neither names nor words of time add up to at least the least weight.
fn share_content(a: &MentionContext, b: &MentionContext) -> bool {
    let shared: f64 = a
        .shared_weights(b)
        .filter(|(key, _)| !key.starts_with('#') && !TIME_WORDS.contains(key))
        .map(|(_, weight)| weight)
        .sum();
    shared >= CONTENT_WEIGHT
}

/// The best similarity of `context` with any of `others` but the one at `skip`.
fn second_best(context: &MentionContext, others: &[MentionContext], skip: usize) -> f64 {
    others
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != skip)
        .map(|(_, c)| context.similarity(c))
        .fold(0.0, f64::max)
}

/// Adds one matched pair: to a date conflict that already holds one of its sides, else as a new finding.
fn add(docs: &[DocFacts<'_>], found: &mut Vec<Difference>, sides: [Side; 2], score: f64) {
    let overlaps = |x: &Side, y: &Side| {
        x.doc == y.doc && x.span.start < y.span.end && y.span.start < x.span.end
    };
    let existing = found.iter_mut().find(|d| {
        d.kind == Kind::DateConflict && d.sides.iter().any(|s| sides.iter().any(|n| overlaps(s, n)))
    });
    if let Some(existing) = existing {
        for side in sides {
            if !existing.sides.iter().any(|s| overlaps(s, &side)) {
                existing.sides.push(side);
            }
        }
        existing.sides.sort();
        return;
    }
    let message = format!(
        "day in matching contexts ({score:.2}): {} vs {}",
        super::super::quoted_side(docs, &sides[0]),
        super::super::quoted_side(docs, &sides[1])
    );
    found.push(Difference::new(
        Kind::DateConflict,
        None,
        sides.to_vec(),
        message,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::testing::with_facts;

    /// The days of the date conflicts the check adds to none, as written, for `texts` as one story's reports.
    fn found(texts: &[&str]) -> Vec<Vec<String>> {
        with_facts(texts, |docs| {
            let mut out = Vec::new();
            context_dates(docs, &StoryWords::of(docs), &mut out);
            super::super::tests::side_texts(docs, &out)
        })
    }

    /// Sentences about other things, so that the words of the dated sentence are rare in the story, as they
    /// are in a report of some length.
    const FILLER: &str = "Traffic was switched to satellite links for the rest of the week. Banks said card \
        payments were slow in the west. Schools sent pupils home early, the education ministry said. Mobile \
        calls were not affected, the operator said.";

    /// Story 133's damage as one report tells it, without its end stop.
    const CABLE_DAMAGED_ON_WEDNESDAY: &str = "The cable was damaged late on Wednesday when a bulk carrier at \
        anchor off the port dragged its anchor in strong winds";

    /// The same damage as another report tells it, dated a day earlier.
    const CABLE_DAMAGED_ON_TUESDAY: &str = "The anchor of a bulk carrier dragged on the seabed off the \
        north-west coast and damaged the cable on Tuesday night, while a strong wind was blowing.";

    fn report(sentence: &str) -> String {
        format!("{sentence} {FILLER}")
    }

    #[test]
    fn one_damage_dated_on_two_days_in_other_words_is_a_date_conflict() {
        // Story 133: the sentences share what happened (a carrier's anchor dragged, the cable was damaged),
        // each built its own way.
        let found = found(&[
            &report(&format!("{CABLE_DAMAGED_ON_WEDNESDAY}, the operator said.")),
            &report(CABLE_DAMAGED_ON_TUESDAY),
        ]);
        assert_eq!(
            found,
            vec![vec!["Wednesday".to_string(), "Tuesday".to_string()]]
        );
    }

    #[test]
    fn a_report_that_gives_both_days_to_like_happenings_tells_two() {
        // The first report dates a second damage on the other's day: the other's Tuesday may be that one.
        let found = found(&[
            &report(&format!(
                "{CABLE_DAMAGED_ON_WEDNESDAY}. A second cable had been damaged by a trawler's nets on Tuesday."
            )),
            &report(CABLE_DAMAGED_ON_TUESDAY),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_other_day_given_to_another_happening_does_not_block_the_pair() {
        // Story 152: the first report's Saturday is a power cut, not the deaths the other dates on it.
        let found = found(&[
            &report(&format!(
                "{CABLE_DAMAGED_ON_WEDNESDAY}. Engineers had inspected the harbour cranes on Tuesday."
            )),
            &report(CABLE_DAMAGED_ON_TUESDAY),
        ]);
        assert_eq!(
            found,
            vec![vec!["Wednesday".to_string(), "Tuesday".to_string()]]
        );
    }

    #[test]
    fn one_day_written_as_weekday_and_date_is_one_mention() {
        // Story 163: "Saturday 3 October" kept as two mentions made each the other's close second best.
        let found = found(&[
            &report(
                "A brown bear attacked a man who was picking mushrooms in a forest near the town on Sunday, \
                 police said.",
            ),
            &report(
                "A man picking mushrooms in a forest near the town was attacked by a brown bear on the \
                 morning of Saturday 3 October 2026.",
            ),
        ]);
        assert_eq!(
            found,
            vec![vec![
                "Sunday".to_string(),
                "Saturday 3 October 2026".to_string()
            ]]
        );
    }

    #[test]
    fn the_words_of_another_days_clause_are_not_a_days_context() {
        // Story 145: "the victims of Saturday's tornado were buried on Monday morning"; here a start and an
        // end in one sentence, where the end's words would make the start the end's close second.
        let found = found(&[
            &report("The race, which started on 30 November, finishes on 6 December."),
            &report("The eight-stage cycle race finishes on 5 December."),
        ]);
        assert_eq!(
            found,
            vec![vec!["6 December".to_string(), "5 December".to_string()]]
        );
    }

    #[test]
    fn a_dateline_dates_the_report_not_its_story() {
        // Story 58: two reports written on two days, each headed with its own day.
        let found = found(&[
            &report(
                "Radio news transcript, Saturday 21 November 2026\n\nRescuers dug through the mud.",
            ),
            &report(
                "News agency service, Guatemala City, 20 November 2026 (translated)\n\nRescuers dug \
                 through the mud.",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_day_in_a_clause_about_a_person_meets_only_that_person() {
        // Story 61: two arrivals, by two visitors, on two days.
        let found = found(&[
            &report(
                "The labour inspectorate's team arrived at the flooded mine on Thursday morning.",
            ),
            &report(
                "Deputy minister Nino Abashidze, who arrived at the flooded mine on Wednesday night, \
                 promised an inquiry.",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn days_of_what_is_expected_are_not_compared() {
        // Story 28: each report gives the next step it was told of.
        let found = found(&[
            &report(
                "The first results of the river samples are expected on Thursday, the chemist said.",
            ),
            &report("The all-clear for the river samples is expected on Friday at the earliest."),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_relative_day_in_a_quotation_is_the_speakers() {
        // Story 77: one remark, quoted by reports published on two days.
        let texts = [
            report(
                "\"Nobody will go home tonight without help,\" the director told the families waiting.",
            ),
            report(
                "The director told the families: \"Nobody will be sent home tonight without help.\"",
            ),
        ];
        let found = with_facts(&[&texts[0], &texts[1]], |docs| {
            let relative: Vec<Vec<DateMention>> = docs
                .iter()
                .map(|doc| {
                    let own = DateValue::Date {
                        year: Some(2026),
                        month: Some(3),
                        day: Some(doc.index as u8 + 1),
                    };
                    resolve_relative_days(doc, Some(&(own, None)))
                })
                .collect();
            docs.iter()
                .zip(&relative)
                .map(|(doc, r)| day_mentions(doc, r, Some(2026)).len())
                .collect::<Vec<_>>()
        });
        assert_eq!(found, vec![0, 0]);
    }
}
