//! Stage: extract. Sentences -> [`Mentions`]: names, numbers with their unit and head noun, dates and days,
//! quotations with their speaker, and role titles bound to people. Every mention keeps its byte span in the
//! original text and the index of its sentence in [`Segmented::sentences`].
//!
//! Extraction reads the original text (for capitals, quote marks and punctuation) and compares in matching form.

mod dates;
mod frames;
mod lexicon;
pub mod names;
mod numbers;
mod quotes;
mod roles;
mod words;

pub(crate) use names::LAND_FEATURES_AFTER;
pub use names::{CapitalEvidence, extract_names, extract_names_with};

use crate::segment::Segmented;
use crate::text::Span;

/// Whether a count's head noun counts people, for the compare stage's counts that need the words around them.
pub(crate) use frames::counts_people;
pub use frames::is_person_noun;
/// Body nouns that have one head at a time, for the role slots of the compare stage.
pub(crate) use lexicon::is_led_body;
pub(crate) use lexicon::is_organisation_word;
pub(crate) use lexicon::is_role_modifier;
/// Speech verbs, for stages that tell an event's day from the day it was reported.
pub(crate) use lexicon::is_speech_verb;
pub(crate) use lexicon::is_theft_word;
pub(crate) use lexicon::singular;
/// Titles and honorifics, for the person checks of the compare stage that set a title apart from a name.
pub(crate) use lexicon::{is_honorific, is_nationality, title_at};
pub(crate) use lexicon::{month as month_number, weekday as weekday_number};
pub use numbers::parse_number_words;
pub(crate) use quotes::is_speaker_label;
pub(crate) use roles::INVESTIGATION;

/// What a name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    /// A person.
    Person,
    /// A place: city, region, country.
    Place,
    /// An organisation: ministry, agency, company, party.
    Organisation,
    /// A capitalised name whose type the cues do not settle.
    Unknown,
}

/// A capitalised name: "Siergiej Ławrow", "Jeddah", "State Duma".
#[derive(Clone, Debug, PartialEq)]
pub struct NameMention {
    /// The name as written, possessive ("'s", "’s") excluded.
    pub span: Span,
    /// Index into [`Segmented::sentences`].
    pub sentence: usize,
    /// Person, place, organisation.
    pub kind: NameKind,
}

/// A number with what it counts: "30-day ceasefire", "nine hours of talks", "$2.5 billion".
#[derive(Clone, Debug, PartialEq)]
pub struct NumberMention {
    /// The number and its unit as written ("30-day", "nine hours", "$2.5 billion").
    pub span: Span,
    /// Index into [`Segmented::sentences`].
    pub sentence: usize,
    /// The value, with number words, scale words and fractions applied ("four and a half" -> 4.5,
    /// "$2.5 billion" -> 2.5e9). Durations are in the unit given by `unit`; a compound duration is in its
    /// smaller unit ("four years and six months" -> 54 months). Compare values with
    /// [`NumberMention::comparable`] or [`NumberMention::same_quantity`], which put durations in days.
    pub value: f64,
    /// The unit in matching form and singular: "day", "hour", "year", "usd", "eur", "percent"; `None` for a
    /// bare count.
    pub unit: Option<String>,
    /// The noun the number counts or qualifies, lemmatised: "ceasefire", "talk", "prisoner", "dead".
    pub head: Option<String>,
    /// "about", "more than", "nearly", "at least" and the like precede it.
    pub approximate: bool,
    /// Which values the hedge allows: "more than 40" is at least 40, "up to 40" at most 40.
    pub limit: Limit,
    /// The step the figure is rounded to, in `value`'s unit: 10 for "about 30", 1e8 for "3.8 billion", 12 for
    /// "two dozen"; 0 for a figure with a fraction. An approximate figure ("about 30") allows values near it
    /// in proportion to its step.
    pub step: f64,
    /// The top of a range, "between 30 and 40 municipalities" (`value` 30, `upper` 40), in `value`'s unit.
    pub upper: Option<f64>,
    /// The number counts a part of or an addition to a larger quantity ("the first 300", "an initial 300",
    /// "another 50", "300 more", "the remaining 900"), so it does not contradict a total.
    pub partial: bool,
    /// The whole that a part is of: 101 in "54 of the 101 seats". Compared only with other wholes.
    pub whole: bool,
    /// A value of earlier than the report's present: "up from 48 percent", "rose to nine from seven",
    /// "Earlier, authorities had confirmed seven deaths", or a running total over a longer period ("19 have
    /// died since November"). It never contradicts the present figure.
    pub previous: bool,
    /// The year the number's clause dates it to ("48 percent in 2021"), if it gives one.
    pub year: Option<i32>,
    /// The head comes from the frame around the number rather than the noun after it: a noun before "of"
    /// ("a crowd of 17,500"), a subject ("turnout was 52 percent"), the event people underwent ("killed nine
    /// people"), a transaction ("for €4.2 billion"). Such a head says by itself what is counted.
    pub framed: bool,
}

/// The values a hedge allows around a number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Limit {
    /// As written.
    #[default]
    Exact,
    /// Near it: "about 300", "nearly 300", "some 300".
    About,
    /// It or more: "more than 40", "at least 40", "over 40", "40 or more".
    AtLeast,
    /// It or fewer: "up to 40", "fewer than 40", "at most 40".
    AtMost,
}

/// A calendar value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    /// Monday = 0 ... Sunday = 6.
    Weekday(u8),
    /// A calendar date; parts that the text does not give are `None`.
    Date {
        /// Year.
        year: Option<i32>,
        /// Month 1-12.
        month: Option<u8>,
        /// Day of month.
        day: Option<u8>,
    },
    /// "last week", "yesterday", "earlier this month": kept, never compared as a conflict.
    Relative(String),
}

/// A day or date: "on Tuesday", "12 March", "March 12, 2025", "last week".
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// As written.
    pub span: Span,
    /// Index into [`Segmented::sentences`].
    pub sentence: usize,
    /// The value.
    pub value: DateValue,
    /// The event the date is attached to, as a cue for comparison: the nearest content word before the date
    /// in its clause, singular and in matching form ("talks on Tuesday" -> "talk", "published on Wednesday"
    /// -> "published"). `None` for relative dates and when the clause gives no such word.
    pub event: Option<String>,
}

/// A quotation, direct (in quote marks) or reported ("..., declared Sergey Lavrov").
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub span: Span,
    /// Index into [`Segmented::sentences`] of the sentence where the quote starts.
    pub sentence: usize,
    /// The speaker as written, if attributed: a name ("Lavrov") or a description ("the spokesperson").
    pub speaker: Option<Span>,
    /// True for words in quote marks; false for reported speech bound to a speech verb.
    pub direct: bool,
    /// Reported speech that follows its verb or source ("X said (that) …", "according to X, …"): the
    /// reporter's paraphrase, whose wording outlets are free to change. False for quotations in marks and for
    /// speech put before its verb ("…, declared Sergey Lavrov"), which keeps the speaker's words.
    pub indirect: bool,
}

/// A role title bound to a person: "Russian Foreign Minister Sergey Lavrov", "Maria Zakharova, the ministry's
/// spokesperson".
#[derive(Clone, Debug, PartialEq)]
pub struct RoleBinding {
    /// The role phrase as written ("Russian Foreign Minister", "the ministry's spokesperson").
    pub role_span: Span,
    /// The role in matching form without articles or possessors: "foreign minister", "spokesperson".
    pub role: String,
    /// Qualifiers in matching form, such as nationality or organisation ("russian", "ministry").
    pub qualifiers: Vec<String>,
    /// The person's name as written.
    pub person: Span,
    /// Index into [`Segmented::sentences`].
    pub sentence: usize,
}

/// Everything extracted from one document, each list in text order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mentions {
    /// Names.
    pub names: Vec<NameMention>,
    /// Numbers.
    pub numbers: Vec<NumberMention>,
    /// Days and dates.
    pub dates: Vec<DateMention>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Role bindings.
    pub roles: Vec<RoleBinding>,
}

/// Index of the sentence that contains byte `offset`, if any.
pub fn sentence_at(seg: &Segmented, offset: usize) -> Option<usize> {
    let i = seg.sentences.partition_point(|s| s.span.end <= offset);
    (i < seg.sentences.len() && seg.sentences[i].span.start <= offset).then_some(i)
}

/// Extracts the facts of a document other than names: numbers, dates, quotations and role bindings, each list
/// in text order. `names` is left empty; name extraction fills it.
///
/// Boilerplate sentences (captions, credits, bylines) are skipped. Runs in time linear in the text.
pub fn extract_facts(text: &str, seg: &Segmented) -> Mentions {
    extract_facts_with(text, seg, &[])
}

/// [`extract_facts`] when the document's people are known: `people` are the spans of the name mentions that
/// name a person, in text order, so that "he said" after "Munteanu, 47, thanked his supporters" is credited to
/// Munteanu even where no title or earlier quotation introduced him.
pub fn extract_facts_with(text: &str, seg: &Segmented, people: &[Span]) -> Mentions {
    let mut mentions = Mentions::default();
    for (index, sentence) in seg.content_sentences() {
        if sentence.span.end > text.len() {
            continue;
        }
        let w = words::Words::new(text, seg, index);
        let mut claimed = vec![false; w.len()];
        let first_date = mentions.dates.len();
        dates::scan(&w, &mut claimed, &mut mentions.dates);
        numbers::scan(
            &w,
            &claimed,
            &mentions.dates[first_date..],
            &mut mentions.numbers,
        );
        roles::scan(&w, &mut mentions.roles);
    }
    mentions.quotes = quotes::extract(text, seg, &mentions.roles, people);
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SEED_000: &str = include_str!("../../seeds/000_eeec98b2f19edeb8.txt");
    const SEED_002: &str = include_str!("../../seeds/002_7a06f59f9f720265.txt");

    fn facts(text: &str) -> Mentions {
        extract_facts(text, &Segmented::new(text))
    }

    /// (role, qualifiers, person) of every binding.
    fn roles(text: &str) -> Vec<(String, Vec<String>, String)> {
        facts(text)
            .roles
            .into_iter()
            .map(|r| (r.role, r.qualifiers, r.person.of(text).to_string()))
            .collect()
    }

    fn role(role: &str, qualifiers: &[&str], person: &str) -> (String, Vec<String>, String) {
        (
            role.to_string(),
            qualifiers.iter().map(|q| q.to_string()).collect(),
            person.to_string(),
        )
    }

    /// (words, speaker, direct) of every quotation.
    pub(crate) fn quotes(text: &str) -> Vec<(String, Option<String>, bool)> {
        facts(text)
            .quotes
            .into_iter()
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.speaker.map(|s| s.of(text).to_string()),
                    q.direct,
                )
            })
            .collect()
    }

    #[test]
    fn seed_000_role_bindings() {
        assert_eq!(
            roles(SEED_000),
            [
                role("foreign minister", &["russian"], "Sergey Lavrov"),
                role(
                    "spokesperson",
                    &["foreign ministry", "moscow"],
                    "Maria Zakharova"
                ),
                role(
                    "chair",
                    &["foreign affairs committee", "state duma"],
                    "Konstantin Kosachev"
                ),
                role(
                    "leader",
                    &["russian", "foreign intelligence service"],
                    "Sergey Naryshkin"
                ),
                role(
                    "director",
                    &["american", "central intelligence agency"],
                    "John Ratcliffe"
                ),
                role("president", &["us"], "Donald Trump"),
                role("envoy", &["us", "middle east"], "Steve Witkoff"),
            ]
        );
    }

    #[test]
    fn seed_002_role_bindings() {
        assert_eq!(
            roles(SEED_002),
            [
                role("foreign minister", &["russian"], "Sergei Lavrov"),
                role("secretary of state", &["us"], "Marco Rubio"),
                role("president", &[], "Volodymyr Zelensky"),
                role("envoy", &["middle east"], "Steve Witkoff"),
                role("national security advisor", &[], "Mike Waltz"),
                role("aide", &["presidential"], "Yury Ushakov"),
                role(
                    "leader",
                    &["russia", "sovereign wealth fund"],
                    "Kirill Dmitriev"
                ),
                role("prime minister", &["uk"], "Keir Starmer"),
                role("chancellor", &["german"], "Olaf Scholz"),
                role("president", &[], "Zelensky"),
            ]
        );
    }

    #[test]
    fn seed_000_quotes_carry_the_drifting_wording_and_speakers() {
        let got = quotes(SEED_000);
        let lavrov = |verb: &str, speaker: &str| {
            (
                format!("Russia will avoid compromises that {verb} threaten people's lives"),
                Some(speaker.to_string()),
                false,
            )
        };
        assert_eq!(got[0], lavrov("could", "Sergey Lavrov"));
        assert_eq!(got[2], lavrov("would", "Siergiej \u{141}awrow"));
        assert_eq!(got[3], lavrov("would", "Siergiej \u{141}awrow"));
        let speakers: Vec<_> = got.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Sergey Lavrov"),
                Some("A spokesperson for the Russian Foreign Ministry"),
                Some("Siergiej \u{141}awrow"),
                Some("Siergiej \u{141}awrow"),
                Some("The head of Russian diplomacy"),
                Some("Maria Zakharova"),
                // "said the spokesperson" refers back to the spokesperson named one paragraph before.
                Some("Maria Zakharova"),
                Some("Konstantin Kosachev"),
                Some("the deputy"),
                Some("Kosachev"),
                Some("Reuters"),
                Some("Donald Trump"),
                Some("Donald Trump"),
            ]
        );
        let direct: Vec<_> = got.iter().filter(|q| q.2).map(|q| q.1.as_deref()).collect();
        assert_eq!(direct, [Some("the deputy"), Some("Kosachev")]);
        assert!(
            got[7].0.ends_with("not Washington\u{2019}s") || got[7].0.ends_with("not Washington's")
        );
    }

    #[test]
    fn seed_002_quotes_resolve_pronouns_to_the_named_speaker() {
        let got = quotes(SEED_002);
        let pairs: Vec<_> = got.iter().map(|q| (q.1.as_deref(), q.2)).collect();
        assert_eq!(
            pairs,
            [
                (Some("Lavrov"), true),
                (Some("Marco Rubio"), true),
                (Some("Lavrov"), false),
                (Some("Lavrov"), false),
                (Some("Lavrov"), false),
                (Some("Keir Starmer"), false),
                (Some("Olaf Scholz"), true),
                (Some("Rubio"), false),
                (Some("Rubio"), false),
                (Some("Rubio"), false),
                (Some("Zelensky"), true),
            ]
        );
        assert_eq!(got[6].0, "completely premature");
        assert_eq!(got[9].0, "All parties need to agree on how to move forward");
    }

    #[test]
    fn seed_000_numbers_and_dates() {
        let m = facts(SEED_000);
        let numbers: Vec<_> = m
            .numbers
            .iter()
            .map(|n| {
                (
                    n.span.of(SEED_000),
                    n.value,
                    n.unit.as_deref(),
                    n.head.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            numbers,
            [
                ("nine hours", 9.0, Some("hour"), Some("talk")),
                ("30-day", 30.0, Some("day"), Some("ceasefire")),
            ]
        );
        let dates: Vec<_> = m
            .dates
            .iter()
            .map(|d| (d.value.clone(), d.event.as_deref()))
            .collect();
        let tuesday = DateValue::Weekday(1);
        let wednesday = DateValue::Weekday(2);
        assert_eq!(
            dates,
            [
                (wednesday.clone(), Some("published")),
                (tuesday.clone(), Some("made")),
                (wednesday.clone(), Some("published")),
                (wednesday.clone(), Some("stated")),
                (tuesday.clone(), None),
                (tuesday, Some("talk")),
                (wednesday, Some("talk")),
                (DateValue::Relative("later this week".into()), None),
                (DateValue::Weekday(3), Some("talk")),
            ]
        );
        assert!(facts(SEED_002).numbers.is_empty());
        assert!(facts(SEED_002).dates.is_empty());
    }

    #[test]
    fn facts_leave_names_to_name_extraction() {
        assert!(facts(SEED_000).names.is_empty());
    }

    proptest! {
        #[test]
        fn extraction_never_panics_and_spans_stay_on_char_boundaries(
            text in "(\\PC|[ \n\"\u{201C}\u{201D}\u{201E}\u{AB}\u{BB}$€%,.:;\u{2013}-]|[0-9]{1,5}| said| of| and a half| the| Minister| March| Tuesday| years| billion| President| Anna Berg| , who| according to| US| \u{2018}| \u{2019}s| -year-old| ago| last week| he| told| Sir){0,60}"
        ) {
            let m = facts(&text);
            let spans = m.numbers.iter().map(|n| n.span)
                .chain(m.dates.iter().map(|d| d.span))
                .chain(m.quotes.iter().map(|q| q.span))
                .chain(m.quotes.iter().filter_map(|q| q.speaker))
                .chain(m.roles.iter().flat_map(|r| [r.role_span, r.person]));
            for span in spans {
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                prop_assert!(!span.is_empty());
            }
        }

        #[test]
        fn every_mention_starts_in_the_sentence_it_names(
            text in "(\\PC|[ \n\"\u{201C}\u{201D},.]|[0-9]{1,4}| said| the| Minister| Anna Berg| March| Friday| days| of){0,50}"
        ) {
            let seg = Segmented::new(&text);
            let m = extract_facts(&text, &seg);
            let starts = m.numbers.iter().map(|n| (n.span.start, n.sentence))
                .chain(m.dates.iter().map(|d| (d.span.start, d.sentence)))
                .chain(m.quotes.iter().map(|q| (q.span.start, q.sentence)))
                .chain(m.roles.iter().map(|r| (r.person.start, r.sentence)));
            for (start, sentence) in starts {
                prop_assert_eq!(sentence_at(&seg, start), Some(sentence));
            }
        }
    }
}
