//! Stage: extract. Sentences -> [`Mentions`]: names, numbers with their unit and head noun, dates and days,
//! quotations with their speaker, and role titles bound to people. Every mention keeps its byte span in the
//! original text and the index of its sentence in [`Segmented::sentences`].
//!
//! Extraction reads the original text (for capitals, quote marks and punctuation) and compares in matching form.

mod dates;
mod lexicon;
mod numbers;
mod quotes;
mod roles;
mod words;

use crate::segment::Segmented;
use crate::text::Span;

pub use numbers::parse_number_words;

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
    /// "$2.5 billion" -> 2.5e9). Durations are in the unit given by `unit`.
    pub value: f64,
    /// The unit in matching form and singular: "day", "hour", "year", "usd", "eur", "percent"; `None` for a
    /// bare count.
    pub unit: Option<String>,
    /// The noun the number counts or qualifies, lemmatised: "ceasefire", "talk", "prisoner", "dead".
    pub head: Option<String>,
    /// "about", "more than", "nearly", "at least" and the like precede it.
    pub approximate: bool,
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
    let mut mentions = Mentions::default();
    let mut sentences = Vec::new();
    for (index, sentence) in seg.content_sentences() {
        if sentence.span.end > text.len() {
            continue;
        }
        let w = words::Words::new(text, seg, index);
        let mut claimed = vec![false; w.len()];
        dates::scan(&w, &mut claimed, &mut mentions.dates);
        numbers::scan(&w, &claimed, &mut mentions.numbers);
        roles::scan(&w, &mut mentions.roles);
        sentences.push(w);
    }
    mentions.quotes = quotes::extract(text, seg, &sentences, &mentions.roles);
    mentions
}
