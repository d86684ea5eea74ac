//! Days and dates: weekdays ("on Tuesday"), calendar dates ("12 March", "March 12, 2025", "2025-03-12"),
//! months and years ("in March", "in 2025"), and relative expressions ("last week", "two days ago",
//! "yesterday"), which are kept but never compared as conflicts.
//!
//! Each absolute date carries an event cue: the nearest content word before it in its clause ("talks on
//! Tuesday" -> "talk", "published on Wednesday" -> "published"), so that the comparison can tell the day of the
//! talks from the day of the publication.

use super::lexicon::{
    currency_symbol, is_function_word, is_organisation_word, month, scale_word, singular,
    unit_word, weekday,
};
use super::words::{Words, dateline_end, is_clause_gap, is_dash, is_hyphen_gap};
use super::{DateMention, DateValue};

/// Appends the dates of one sentence to `out`, marking the words they use in `claimed` so that the number
/// extractor does not read "12 March" or "2025" as quantities.
pub(crate) fn scan(w: &Words, claimed: &mut [bool], out: &mut Vec<DateMention>) {
    let first_new = out.len();
    scan_ago(w, claimed, out);
    // A wire dateline ("ROME, Oct 17 (Wire) -") dates the report, not anything it tells: its date is read (so
    // that its day is not taken for a count) but not kept.
    let dateline = dateline_end(w);
    let mut i = 0;
    while i < w.len() {
        if claimed[i] {
            i += 1;
            continue;
        }
        let Some((end, value)) = date_at(w, i) else {
            i += 1;
            continue;
        };
        claimed[i..end].iter_mut().for_each(|c| *c = true);
        if end <= dateline || sets_out_a_dateline(w, i, end) {
            i = end;
            continue;
        }
        let event = match value {
            DateValue::Relative(_) => None,
            _ => event_cue(w, i),
        };
        out.push(DateMention {
            span: w.cover(i, end - 1),
            sentence: w.sentence,
            value,
            event,
        });
        i = end;
    }
    out[first_new..].sort_by_key(|d| d.span.start);
}

/// Whether the date at words `i..end` is a dateline in the case of running text: a place and a date set apart
/// by commas, ending the sentence or its line or running into a dash ("Pavlodar, 26 November 2026 - Gulzhan
/// Sadykova was…", a press release's "Dakar, 24 November 2026", "Translated from a French-language daily,
/// Dakar, 25 November 2026"). It dates the report; a date in a clause ("born in Kabul, 12 March 1970") has no
/// comma before its place.
fn sets_out_a_dateline(w: &Words, i: usize, end: usize) -> bool {
    let Some(place) = i.checked_sub(1) else {
        return false;
    };
    let after = w.gap_before(end);
    let closes = end == w.len()
        || after.contains('\n')
        || after.chars().any(is_dash) && after.chars().any(char::is_whitespace);
    w.words[place].capitalised
        && w.gap_before(i).trim() == ","
        && (place == 0 || w.gap_before(place).trim() == ",")
        && closes
}

/// Relative spans ending in "ago": "two days ago", "a week ago", "several months ago".
fn scan_ago(w: &Words, claimed: &mut [bool], out: &mut Vec<DateMention>) {
    for j in 2..w.len() {
        if !w.is(j, "ago") || unit_word(w.lower(j - 1)).is_none() {
            continue;
        }
        let mut first = j - 1;
        while first > 0 && j - first < 5 {
            let prev = w.lower(first - 1);
            let quantity = w.words[first - 1].number
                || super::lexicon::number_word(prev).is_some()
                || matches!(prev, "a" | "an" | "several" | "few" | "some" | "and");
            if !quantity || is_clause_gap(w.gap_before(first)) {
                break;
            }
            first -= 1;
        }
        if first == j - 1 {
            continue;
        }
        let span = w.cover(first, j);
        claimed[first..=j].iter_mut().for_each(|c| *c = true);
        out.push(DateMention {
            span,
            sentence: w.sentence,
            value: DateValue::Relative(phrase(w, first, j)),
            event: None,
        });
    }
}

/// The matching forms of words `first..=last`, space-separated.
fn phrase(w: &Words, first: usize, last: usize) -> String {
    (first..=last)
        .map(|k| w.lower(k))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that make a following period relative: "last week", "this month".
fn is_deictic(word: &str) -> bool {
    matches!(
        word,
        "last" | "next" | "this" | "past" | "coming" | "previous" | "following" | "same"
    )
}

/// Periods that a deictic word turns into a relative date.
fn is_period(word: &str) -> bool {
    matches!(
        word,
        "week"
            | "month"
            | "year"
            | "weekend"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "day"
            | "decade"
            | "century"
            | "quarter"
    )
}

/// Words that place a month on the calendar when no day or year is given: "in March", "mid-March".
fn introduces_month(word: &str) -> bool {
    matches!(
        word,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "early"
            | "late"
            | "mid"
            | "of"
            | "from"
            | "through"
            | "during"
            | "before"
            | "after"
            | "end"
            | "start"
            | "beginning"
    )
}

/// A date starting at word `i`: the index one past its last word and its value.
fn date_at(w: &Words, i: usize) -> Option<(usize, DateValue)> {
    let word = w.lower(i);
    let joined = |k: usize| w.joined_by_space(k);
    match word {
        "yesterday" | "today" | "tomorrow" | "tonight" | "overnight" => {
            return Some((i + 1, DateValue::Relative(word.to_string())));
        }
        "earlier" | "later"
            if joined(i + 1)
                && (matches!(w.lower(i + 1), "today" | "tonight")
                    || w.is(i + 1, "this") && joined(i + 2) && is_period(w.lower(i + 2))) =>
        {
            let end = if w.is(i + 1, "this") { i + 3 } else { i + 2 };
            return Some((end, DateValue::Relative(phrase(w, i, end - 1))));
        }
        "the"
            if joined(i + 1)
                && joined(i + 2)
                && ((matches!(w.lower(i + 1), "previous" | "following" | "next" | "same")
                    && w.is(i + 2, "day"))
                    || (w.is(i + 1, "day") && matches!(w.lower(i + 2), "before" | "after"))) =>
        {
            return Some((i + 3, DateValue::Relative(phrase(w, i, i + 2))));
        }
        d if is_deictic(d) && joined(i + 1) => {
            let next = w.lower(i + 1);
            if is_period(next) || (weekday(next).is_some() && w.words[i + 1].capitalised) {
                return Some((i + 2, DateValue::Relative(phrase(w, i, i + 1))));
            }
        }
        _ => {}
    }
    let this = &w.words[i];
    if let Some(day) = weekday(word) {
        return (this.capitalised && !weekday_in_name(w, i))
            .then_some((i + 1, DateValue::Weekday(day)));
    }
    if let Some(m) = month(word) {
        return this.capitalised.then(|| month_first(w, i, m)).flatten();
    }
    if this.number {
        return iso_date(w, i)
            .or_else(|| day_first(w, i))
            .or_else(|| year_alone(w, i));
    }
    None
}

/// A weekday that is part of a name: "The Sunday Times", "Good Friday", "Super Tuesday".
fn weekday_in_name(w: &Words, i: usize) -> bool {
    let next_is_name = w.joined_by_space(i + 1)
        && w.words[i + 1].capitalised
        && (is_organisation_word(w.lower(i + 1))
            || matches!(
                w.lower(i + 1),
                "times"
                    | "telegraph"
                    | "express"
                    | "mirror"
                    | "herald"
                    | "mail"
                    | "agreement"
                    | "accord"
            ));
    let prev_is_name = i > 1 && w.joined_by_space(i) && w.words[i - 1].capitalised;
    next_is_name || prev_is_name
}

/// "March 12", "March 12, 2025", "March 2025", "in March".
fn month_first(w: &Words, i: usize, m: u8) -> Option<(usize, DateValue)> {
    // "Mar. 12": an abbreviated month keeps its full stop.
    let abbreviated = w.words[i].raw.len() <= 4 && w.gap_after(i).trim_end() == ".";
    if (w.joined_by_space(i + 1) || abbreviated && i + 1 < w.len())
        && let Some(day) = day_number(w.words[i + 1].raw)
    {
        let (end, year) = match year_after(w, i + 2, true) {
            Some(y) => (i + 3, Some(y)),
            None => (i + 2, None),
        };
        return Some((
            end,
            DateValue::Date {
                year,
                month: Some(m),
                day: Some(day),
            },
        ));
    }
    if let Some(year) = year_after(w, i + 1, false) {
        return Some((
            i + 2,
            DateValue::Date {
                year: Some(year),
                month: Some(m),
                day: None,
            },
        ));
    }
    // Alone, "May" is as likely a name or a verb, and an abbreviation is too short to trust.
    let ambiguous = matches!(
        w.lower(i),
        "may"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    );
    let introduced = i > 0 && introduces_month(w.lower(i - 1)) && !is_clause_gap(w.gap_before(i));
    (introduced && !ambiguous).then_some((
        i + 1,
        DateValue::Date {
            year: None,
            month: Some(m),
            day: None,
        },
    ))
}

/// "12 March", "12th of March", "12 March 2025".
fn day_first(w: &Words, i: usize) -> Option<(usize, DateValue)> {
    let day = day_number(w.words[i].raw)?;
    let mut k = i + 1;
    if w.is(k, "of") && w.joined_by_space(k) {
        k += 1;
    }
    if !w.joined_by_space(k) || !w.words.get(k)?.capitalised {
        return None;
    }
    let m = month(w.lower(k))?;
    let (end, year) = match year_after(w, k + 1, true) {
        Some(y) => (k + 2, Some(y)),
        None => (k + 1, None),
    };
    Some((
        end,
        DateValue::Date {
            year,
            month: Some(m),
            day: Some(day),
        },
    ))
}

/// "2025-03-12".
fn iso_date(w: &Words, i: usize) -> Option<(usize, DateValue)> {
    let year = year_number(w.words[i].raw)?;
    if !(is_hyphen_gap(w.gap_before(i + 1)) && is_hyphen_gap(w.gap_before(i + 2))) {
        return None;
    }
    let m = w.words.get(i + 1)?.raw;
    let d = w.words.get(i + 2)?.raw;
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day = day_number(d)?;
    Some((
        i + 3,
        DateValue::Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        },
    ))
}

/// A four-digit year standing alone: "in 2025". Not when it is money ("$2000"), a percentage, a measure
/// ("2000 km"), scaled ("2025 million") or a compound ("2000-strong").
fn year_alone(w: &Words, i: usize) -> Option<(usize, DateValue)> {
    let year = year_number(w.words[i].raw)?;
    if w.gap_before(i)
        .chars()
        .next_back()
        .is_some_and(|c| currency_symbol(c).is_some())
    {
        return None;
    }
    let after = w.gap_after(i);
    let hyphenated = after.chars().next().is_some_and(is_dash) && after.len() <= 3;
    if after.starts_with('%') {
        return None;
    }
    if hyphenated {
        // "2022-23": a season or financial year, read as its first year; "2014-2022" is a range of years;
        // "2000-strong" is a count.
        let next = w.words.get(i + 1)?;
        if year_number(next.raw).is_some() {
            return Some((
                i + 1,
                DateValue::Date {
                    year: Some(year),
                    month: None,
                    day: None,
                },
            ));
        }
        if !(next.number && next.raw.len() == 2) {
            return None;
        }
        return Some((
            i + 2,
            DateValue::Date {
                year: Some(year),
                month: None,
                day: None,
            },
        ));
    }
    if w.joined_by_space(i + 1) {
        let next = w.lower(i + 1);
        if scale_word(next).is_some() || unit_word(next).is_some() || next == "percent" {
            return None;
        }
    }
    Some((
        i + 1,
        DateValue::Date {
            year: Some(year),
            month: None,
            day: None,
        },
    ))
}

/// A year right after word `at - 1`, separated by a space or, when `comma` allows, ", ".
fn year_after(w: &Words, at: usize, comma: bool) -> Option<i32> {
    let word = w.words.get(at)?;
    let gap = w.gap_before(at);
    let separated =
        gap.chars().all(char::is_whitespace) || comma && gap.trim() == "," && gap.starts_with(',');
    (separated && !gap.is_empty())
        .then(|| year_number(word.raw))
        .flatten()
}

/// Four ASCII digits from 1800 to 2100.
pub(crate) fn year_number(raw: &str) -> Option<i32> {
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().filter(|y| (1800..=2100).contains(y))
}

/// A day of the month, with or without an ordinal suffix: "12", "12th", "1st".
fn day_number(raw: &str) -> Option<u8> {
    let digits = raw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &raw[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Words after which a clause starts, so the event of a date is not looked for before them.
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "that" | "which" | "who" | "when" | "where" | "while" | "because" | "if" | "although"
    )
}

/// The nearest content word before word `i` in its clause, singular: the event a date is attached to.
fn event_cue(w: &Words, i: usize) -> Option<String> {
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        if is_clause_gap(w.gap_before(k)) {
            return None;
        }
        k -= 1;
        steps += 1;
        let word = &w.words[k];
        let lower = word.lower.as_ref();
        if opens_clause(lower) {
            return None;
        }
        if word.number
            || word.capitalised
            || is_function_word(lower)
            || weekday(lower).is_some()
            || month(lower).is_some()
            || !lower.chars().all(char::is_alphabetic)
        {
            continue;
        }
        return Some(singular(lower));
    }
    None
}

/// The span of a date's words, for tests.
#[cfg(test)]
fn spans(text: &str) -> Vec<(String, DateValue, Option<String>)> {
    let seg = crate::segment::Segmented::new(text);
    let mut out = Vec::new();
    for s in 0..seg.sentences.len() {
        let w = Words::new(text, &seg, s);
        let mut claimed = vec![false; w.len()];
        scan(&w, &mut claimed, &mut out);
    }
    out.into_iter()
        .map(|d: DateMention| (d.span.of(text).to_string(), d.value, d.event))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> DateValue {
        DateValue::Date { year, month, day }
    }

    #[test]
    fn a_dateline_date_is_not_an_event_date() {
        let found = spans("ROME, Oct 17 (Wire) - The bridge collapsed on Thursday.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Thursday");
    }

    #[test]
    fn a_dateline_in_running_case_is_not_an_event_date() {
        for text in [
            "Pavlodar, 26 November 2026 - The chlorine reached the village on Monday night.",
            "Translated from a French-language daily, Dakar, 25 November 2026",
            "Dakar, 24 November 2026",
        ] {
            let found = spans(text);
            assert!(
                found.iter().all(|f| f.0 != "25 November 2026"
                    && f.0 != "24 November 2026"
                    && f.0 != "26 November 2026"),
                "{text}: {found:?}"
            );
        }
        // Control: a date in a clause is the clause's, even after a place and a comma.
        let found = spans("He was born in Kabul, 12 March 1970.");
        assert_eq!(found.len(), 1, "{found:?}");
        let found = spans("The ferry left Dakar, 24 November 2026, and sank.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn weekdays_with_their_event() {
        let got = spans("After nine hours of talks on Tuesday in Jeddah, the sides agreed.");
        assert_eq!(
            got,
            [(
                "Tuesday".to_string(),
                DateValue::Weekday(1),
                Some("talk".to_string())
            )]
        );
        let got = spans(
            "Lavrov's comments were made on Tuesday, but the interview itself was published on Wednesday.",
        );
        assert_eq!(got[0].2.as_deref(), Some("made"));
        assert_eq!(got[1].1, DateValue::Weekday(2));
        assert_eq!(got[1].2.as_deref(), Some("published"));
    }

    #[test]
    fn calendar_dates_in_both_orders() {
        let got = spans("Talks began on 12 March and ended on March 14, 2025, before 2025-03-20.");
        let values: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1.clone())).collect();
        assert_eq!(
            values,
            [
                ("12 March", date(None, Some(3), Some(12))),
                ("March 14, 2025", date(Some(2025), Some(3), Some(14))),
                ("2025-03-20", date(Some(2025), Some(3), Some(20))),
            ]
        );
        let got = spans("It happened on the 3rd of May 2024 and again in June.");
        assert_eq!(got[0].0, "3rd of May 2024");
        assert_eq!(got[0].1, date(Some(2024), Some(5), Some(3)));
        assert_eq!(got[1].1, date(None, Some(6), None));
    }

    #[test]
    fn relative_dates_are_kept_as_relative() {
        let got =
            spans("He met them last week, two days ago and earlier this month, not yesterday.");
        let values: Vec<_> = got.iter().map(|g| g.1.clone()).collect();
        assert_eq!(
            values,
            [
                DateValue::Relative("last week".into()),
                DateValue::Relative("two days ago".into()),
                DateValue::Relative("earlier this month".into()),
                DateValue::Relative("yesterday".into()),
            ]
        );
        let got = spans("He will speak with Putin later this week, and again next Tuesday.");
        assert_eq!(got[1].1, DateValue::Relative("next tuesday".into()));
    }

    #[test]
    fn years_alone_but_not_money_or_measures() {
        let got = spans("In 2025 the fund paid $2000 for 2000 km and 1990s music.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, date(Some(2025), None, None));
    }

    #[test]
    fn may_alone_is_not_a_month_but_may_with_a_day_is() {
        assert!(spans("Theresa May said it may rain in May.").is_empty());
        assert_eq!(
            spans("It was signed on May 9.")[0].1,
            date(None, Some(5), Some(9))
        );
        assert!(spans("They march on. Mondays are slow.").is_empty());
    }

    #[test]
    fn abbreviated_months_keep_their_full_stop() {
        assert_eq!(
            spans("It was signed on Mar. 12, 2025.")[0].1,
            date(Some(2025), Some(3), Some(12))
        );
    }

    #[test]
    fn weekdays_inside_names_are_not_dates() {
        assert!(spans("The Sunday Times reported that Good Friday talks had stalled.").is_empty());
        assert_eq!(
            spans("Talks resumed on Friday.")[0].1,
            DateValue::Weekday(4)
        );
    }

    #[test]
    fn a_range_of_years_is_two_years() {
        let values: Vec<_> = spans("The war of 2014-2022 ended.")
            .into_iter()
            .map(|g| g.1)
            .collect();
        assert_eq!(
            values,
            [date(Some(2014), None, None), date(Some(2022), None, None)]
        );
    }

    #[test]
    fn a_season_reads_as_its_first_year() {
        let got = spans("It was the 2022-23 season.");
        assert_eq!(got[0].0, "2022-23");
        assert_eq!(got[0].1, date(Some(2022), None, None));
    }
}
