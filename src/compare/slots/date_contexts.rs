//! Event dates by mention context: a day one report gives and a different day another report gives, in
//! sentences whose words say they date the same thing, however each sentence is built.
//!
//! The frame check ([`super::event_dates`]) reads an event's day from a cue word of set shape ("crashed on
//! Tuesday", "the strike began on Saturday"). Rewrites date one event in shapes no cue list foresees ("customs
//! officers on Tuesday seized" against "customs officers made the seizure on Monday", "the trial opened on
//! 9 November" against "since the opening of the hearings on 16 November"). Here each day a report gives is
//! matched with another report's day by the words around them ([`super::context`]); a pair whose contexts are
//! each other's best match and that differ is a conflict, unless a guard says the two days are of two things:
//! - a day of telling ("police said on Friday") is the day a report was written, which differs by outlet;
//! - a report's own date (its dateline, "Cairo, 2 December 2026 -", or its heading's first line) is no event's;
//! - a report that gives the other's day too tells both days, of two things (the incident and the announcement,
//!   a hearing and the verdict), unless that mention's own context is about something else;
//! - the match must be clear: the best match must stand above the second best by a margin.

use super::super::{Difference, DocFacts, Side};
use super::context::{MentionContext, StoryWords, mutual_best};
use super::dates::{days_agree, is_day};
use super::story_year;
use crate::extract::{DateMention, DateValue};
use crate::findings::Kind;
use crate::text::Span;

/// The least context similarity of a matched pair. Measured on held-out sets 33-116 with every guard below
/// on: 0.00 found +2 and one wrong finding (a season-ticket date matched with a signing by "club"); 0.10
/// found +2 with none; 0.15 +1; 0.25 and 0.35 nothing (the labelled pairs score 0.10-0.44: rewrites share
/// few words around a day). The guards, not the score, keep the pairs apart.
const THRESHOLD: f64 = 0.10;

/// How near the day (in words) a word both clauses share must stand to show they date one thing: the verb
/// or noun a day hangs on is next to it ("seized on Tuesday", "the seizure on Monday"); a word six or more
/// words off belongs to another phrase ("on Saturday night, when about 1,800 casual workers").
const EVIDENCE_REACH: usize = 5;

/// Words further than this from the day are not read as its clause (as in [`super::context`]).
const CLAUSE_REACH: usize = 14;

/// Whether the date at `span` is a report's own date: in its first line (a heading or a transcript's head), or
/// a full date followed by a dash, as a dateline ("Goheung, 27 November 2026 - Kim Sun-ok has watched").
fn own_date(doc: &DocFacts<'_>, date: &DateMention) -> bool {
    let text = &doc.doc.text;
    // A report of one line has no heading.
    if text
        .find('\n')
        .is_some_and(|first_line| date.span.end <= first_line)
    {
        return true;
    }
    let full = matches!(
        date.value,
        DateValue::Date {
            year: Some(_),
            month: Some(_),
            day: Some(_)
        }
    );
    let after = text[date.span.end..].trim_start_matches([' ', ',']);
    let time_then_dash =
        after.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == ' ');
    let dashed = full
        && ["-", "–", "—"]
            .iter()
            .any(|d| after.starts_with(d) || time_then_dash.starts_with(d));
    // "Chiatura, 25 November 2026, 23:30": a line of a place, a date and a time heads a release or a
    // transcript; it holds no word but names and figures.
    let heading_line = doc.seg.sentences.get(date.sentence).is_some_and(|s| {
        doc.seg.sentence_tokens(s).iter().all(|t| {
            (date.span.start <= t.span.start && t.span.end <= date.span.end)
                || t.kind == crate::segment::TokenKind::Number
                || doc.numbers_in(t.span).next().is_some()
                || doc.names_in(t.span).next().is_some()
        })
    });
    dashed || heading_line
}

/// Words of a clause that say when in a day, or that a day is planned or expected, or a figure: two clauses
/// sharing only these ("on Tuesday night" and "on Wednesday night", "results are expected on Thursday" and
/// "the all-clear is expected on Friday") are not shown to be about one thing.
#[rustfmt::skip]
const NO_EVIDENCE: &[&str] = &[
    "morning", "afternoon", "evening", "night", "overnight", "midnight", "noon", "midday", "dawn", "dusk",
    "early", "late", "later", "earlier", "day", "days", "week", "weeks", "month", "year",
    "expected", "expects", "expect", "due", "set", "scheduled", "planned", "will", "would", "could", "should",
    "likely", "probably",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Words that put a clause's day ahead of the telling: "is due to visit on Tuesday", "will meet on 14 January".
#[rustfmt::skip]
const AHEAD: &[&str] = &[
    "will", "would", "due", "expected", "scheduled", "planned", "set", "could", "may", "might", "shall",
    "likely", "probably", "plans", "plan", "promised", "promising",
];

/// Words that tell a clause's event in the past.
#[rustfmt::skip]
const PAST: &[&str] = &["was", "were", "had", "did", "went", "came", "took", "made", "met", "left", "began", "fell"];

/// The words of the clause holding the day at `span`, within reach of it, in matching form, without the day
/// itself, names and figures: the clause stops at a semicolon, a colon, a bracket or a dash.
fn clause_words(doc: &DocFacts<'_>, span: Span) -> Vec<(usize, String)> {
    let Some(sentence) = crate::extract::sentence_at(doc.seg, span.start) else {
        return Vec::new();
    };
    let text = &doc.doc.text;
    let tokens = doc.seg.sentence_tokens(&doc.seg.sentences[sentence]);
    let first = tokens.partition_point(|t| t.span.end <= span.start);
    let last = tokens
        .partition_point(|t| t.span.start < span.end)
        .max(first + 1);
    let hard = |a: usize, b: usize| {
        text.get(tokens[a].span.end..tokens[b].span.start)
            .is_some_and(|gap| {
                gap.contains([';', ':', '(', ')', '\u{2013}', '\u{2014}']) || gap.contains(" - ")
            })
    };
    let mut from = first;
    while from > 0 && first - from < CLAUSE_REACH && !hard(from - 1, from) {
        from -= 1;
    }
    let mut to = last.min(tokens.len());
    while to < tokens.len() && to - last < CLAUSE_REACH && !hard(to - 1, to) {
        to += 1;
    }
    tokens[from..to]
        .iter()
        .enumerate()
        .map(|(k, t)| (k + from, t))
        .filter(|(k, _)| !(first..last).contains(k))
        .map(|(k, t)| (if k < first { first - k } else { k + 1 - last }, t))
        .filter(|(_, t)| {
            t.kind != crate::segment::TokenKind::Number
                && doc.numbers_in(t.span).next().is_none()
                && doc.dates_in(t.span).next().is_none()
                && doc.names_in(t.span).next().is_none()
        })
        .map(|(distance, t)| (distance, crate::text::fold(t.span.of(text))))
        .collect()
}

/// The keys by which two clauses are shown to be about one thing: content words (by their first five letters,
/// as contexts match them) other than [`NO_EVIDENCE`].
fn evidence_keys(words: &[(usize, String)]) -> std::collections::BTreeSet<String> {
    words
        .iter()
        .filter(|(distance, _)| *distance <= EVIDENCE_REACH)
        .map(|(_, w)| w)
        .filter(|w| {
            w.chars().count() >= 3
                && !crate::align::stopword(w)
                && !NO_EVIDENCE.contains(&w.as_str())
        })
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Whether a clause tells its day as ahead ("will", "is due to") or as past ("was", "visited"); `None` when
/// it says neither.
fn ahead(words: &[(usize, String)]) -> Option<bool> {
    let words: Vec<&String> = words.iter().map(|(_, w)| w).collect();
    if words.iter().any(|w| AHEAD.contains(&w.as_str())) {
        return Some(true);
    }
    words
        .iter()
        .any(|w| PAST.contains(&w.as_str()) || w.len() > 4 && w.ends_with("ed"))
        .then_some(false)
}

/// The days of one report the check reads: days and calendar dates with their day, in the sentences the
/// story-level checks read, without days of telling, the report's own date, and a weekday that a date right
/// after it restates ("on Saturday, 28 November 2026": the date stands for both).
fn usable_days<'a>(doc: &DocFacts<'a>) -> Vec<&'a DateMention> {
    let dates: &'a [DateMention] = &doc.mentions.dates;
    let sentences: std::collections::BTreeSet<usize> =
        doc.slot_sentences().map(|(i, _)| i).collect();
    dates
        .iter()
        .filter(|d| sentences.contains(&d.sentence) && is_day(&d.value))
        // "the coast guard said on Friday": the day of the telling, which differs by outlet.
        .filter(|d| {
            !d.event
                .as_deref()
                .is_some_and(crate::extract::is_speech_verb)
        })
        .filter(|d| !own_date(doc, d))
        // "promising it by Thursday", "closed until Monday", "tickets on sale from 15 December": a deadline,
        // an end or the start of a period, not the day of an event.
        .filter(|d| {
            let before = doc.doc.text[..d.span.start].trim_end();
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            !matches!(
                crate::text::fold(word).as_str(),
                "by" | "until" | "till" | "from"
            )
        })
        // "came ashore overnight on Friday and were found yesterday morning": a sentence of two days dates
        // nothing by itself (as for the frame check).
        .filter(|d| {
            !dates.iter().any(|e| {
                e.sentence == d.sentence
                    && e.span != d.span
                    && !restates(doc, e, d)
                    && !restates(doc, d, e)
            })
        })
        .filter(|d| !dates.iter().any(|e| restates(doc, d, e)))
        .collect()
}

/// Whether date `e` restates weekday `d` right after it: "on Saturday, 28 November 2026".
fn restates(doc: &DocFacts<'_>, d: &DateMention, e: &DateMention) -> bool {
    matches!(d.value, DateValue::Weekday(_))
        && matches!(e.value, DateValue::Date { .. })
        && e.span.start > d.span.end
        && doc.doc.text[d.span.end..e.span.start].trim() == ","
}

/// Date conflicts found by mention context: two reports' days whose contexts are each other's best match,
/// that differ, and that the guards (see the module's head) do not set apart. Pairs whose days the frame check
/// has already reported (`reported`) are left to it.
pub fn context_dates(docs: &[DocFacts<'_>], reported: &[Difference]) -> Vec<Difference> {
    let year = story_year(docs);
    let words = StoryWords::of(docs);
    let mentions: Vec<Vec<&DateMention>> = docs.iter().map(usable_days).collect();
    let contexts: Vec<Vec<MentionContext>> = docs
        .iter()
        .zip(&mentions)
        .map(|(doc, ms)| ms.iter().map(|d| words.context(doc, d.span)).collect())
        .collect();
    let clauses: Vec<Vec<Vec<(usize, String)>>> = docs
        .iter()
        .zip(&mentions)
        .map(|(doc, ms)| ms.iter().map(|d| clause_words(doc, d.span)).collect())
        .collect();
    let already = |doc: usize, span: Span| {
        reported.iter().any(|d| {
            d.kind == Kind::DateConflict
                && d.sides
                    .iter()
                    .any(|s| s.doc == doc && s.span.start < span.end && span.start < s.span.end)
        })
    };
    // The other report gives this day too: it tells both days, of two things.
    let gives = |report: usize, value: &DateValue| {
        mentions[report]
            .iter()
            .any(|e| days_agree(&e.value, value, year) == Some(true))
    };
    let side = |doc: &DocFacts<'_>, span: Span| Side {
        doc: doc.index,
        span,
        context: crate::extract::sentence_at(doc.seg, span.start)
            .map_or(span, |s| doc.seg.sentences[s].span),
    };
    let mut out = Vec::new();
    for m in mutual_best(&contexts, THRESHOLD) {
        let (dx, dy) = (mentions[m.x][m.i], mentions[m.y][m.j]);
        let (wx, wy) = (&clauses[m.x][m.i], &clauses[m.y][m.j]);
        let evidence: Vec<String> = evidence_keys(wx)
            .intersection(&evidence_keys(wy))
            .cloned()
            .collect();
        let other_tense = matches!((ahead(wx), ahead(wy)), (Some(a), Some(b)) if a != b);
        if days_agree(&dx.value, &dy.value, year) != Some(false)
            || gives(m.y, &dx.value)
            || gives(m.x, &dy.value)
            || evidence.is_empty()
            || other_tense
            || already(docs[m.x].index, dx.span)
            || already(docs[m.y].index, dy.span)
        {
            continue;
        }
        let (a, b) = (docs[m.x].text(dx.span), docs[m.y].text(dy.span));
        out.push(Difference::new(
            Kind::DateConflict,
            None,
            vec![side(&docs[m.x], dx.span), side(&docs[m.y], dy.span)],
            format!(
                "one event is dated \"{a}\" ({}) vs \"{b}\" ({}): both days stand by \"{}\"",
                docs[m.x].doc.source,
                docs[m.y].doc.source,
                evidence.join("\", \"")
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::testing::with_facts;

    /// The days this check alone pairs in `texts`, as written.
    fn paired(texts: &[&str]) -> Vec<[String; 2]> {
        with_facts(texts, |docs| {
            context_dates(docs, &[])
                .iter()
                .map(|d| {
                    let text = |k: usize| {
                        let doc = docs
                            .iter()
                            .find(|f| f.index == d.sides[k].doc)
                            .expect("doc");
                        doc.text(d.sides[k].span).to_string()
                    };
                    [text(0), text(1)]
                })
                .collect()
        })
    }

    #[test]
    fn one_seizure_given_two_days_in_two_shapes_is_a_conflict() {
        // Story 108: "Customs officers on Tuesday seized" against "customs officers made the seizure on
        // Monday"; no dated class names a seizure, the words around the days do.
        let found = paired(&[
            "Officers of the customs service on Tuesday seized 3,400 cartons of fake tablets at the port.",
            "The weighbridge showed the containers were too heavy. Officers of the customs service made the \
             seizure on Monday.",
        ]);
        assert_eq!(found, [["Tuesday", "Monday"]], "{found:?}");
    }

    #[test]
    fn days_of_telling_are_not_compared() {
        let found = paired(&[
            "Officers found the fake tablets in a container at the port, the ministry said on Friday.",
            "Fake tablets were hidden behind buckets, the ministry said on Saturday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_giving_both_days_tells_two_things() {
        // The incident and its announcement, a hearing and the verdict: a report that gives the other's day
        // too dates two things.
        let found = paired(&[
            "Officers of the customs service seized fake tablets on Tuesday. Reporters saw the haul on Monday.",
            "Officers of the customs service made the seizure on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn clauses_sharing_only_a_part_of_the_day_are_not_matched() {
        // Story 87: a chief executive flying up "on Tuesday night" and recorders removed "on Wednesday night".
        let found = paired(&[
            "Marte Lunde, the airline's chief executive, flew up from Oslo on Tuesday night.",
            "The team will also read the flight recorders, which were removed on Wednesday night.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_shared_word_far_from_the_days_is_no_evidence() {
        // Story 59: "workers" six words after one day and next to another report's day of another act.
        let found = paired(&[
            "The strike began on Saturday night, when about 1,800 casual dock workers walked off their shifts.",
            "Trade unions in Tanzania sent a message of solidarity to the dock workers on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_planned_day_is_not_compared_with_a_past_one() {
        // Story 88: a minister "due to visit" on Tuesday and a councillor who "visited" on Monday.
        let found = paired(&[
            "The health minister is due to visit the hospital pavilion on Tuesday.",
            "The regional councillor for health visited the hospital pavilion on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: two plans for one meeting, both ahead (story 111).
        let found = paired(&[
            "The works council wants formal consultations with management to start on 14 January.",
            "Formal consultations with management start on 21 January.",
        ]);
        assert_eq!(found, [["14 January", "21 January"]], "{found:?}");
    }

    #[test]
    fn a_deadline_is_not_an_event_day() {
        // Story 109: "promised that the pipe would be replaced" against "promising it by Thursday".
        let found = paired(&[
            "The deputy mayor promised on Tuesday that the burst pipe would be replaced.",
            "Officials are promising the burst pipe will be replaced by Thursday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sentence_of_two_days_dates_nothing_by_context() {
        // Story 92: whales "came ashore overnight on Friday" and were "found yesterday morning".
        let found = paired(&[
            "Volunteers reached the whales stranded on the spit on Saturday morning.",
            "The whales stranded on the spit overnight on Friday and were found yesterday morning.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_dateline_is_the_reports_own_date() {
        // Story 61: a release headed "Chiatura, 25 November 2026, 23:30".
        with_facts(
            &[
                "Mine collapse\nChiatura, 25 November 2026, 23:30\nRescuers reached the miners on Thursday.",
            ],
            |docs| {
                let days: Vec<&str> = usable_days(&docs[0])
                    .iter()
                    .map(|d| docs[0].text(d.span))
                    .collect();
                assert_eq!(days, ["Thursday"], "{days:?}");
            },
        );
    }
}
