//! Numbers with their unit and head noun: "30-day ceasefire" (30, day, ceasefire), "nine hours of talks"
//! (9, hour, talk), "$2.5 billion" (2.5e9, usd), "€4.2bn" (4.2e9, eur), "175 prisoners" (175, -, prisoner),
//! "four years and six months" (54, month).
//!
//! Number words, scale words and fractions become values. Years, dates, times of day, ordinals and
//! designators ("F-16", "Article 5") are not quantities and are skipped. Values are compared through
//! [`NumberMention::comparable`], which puts durations in days, so "four and a half years" equals "four years
//! and six months".

use super::frames;
use super::lexicon::{
    self, NumberWord, Unit, currency_code_before, currency_symbol, currency_word, dollar_country,
    dollar_prefix, is_approximator, is_approximator_pair, is_common_verb, is_function_word,
    is_nationality, is_speech_verb, month, number_word, scale_suffix, scale_word, singular,
    unit_suffix, unit_word, weekday,
};
use super::words::{Words, is_clause_gap, is_dash, is_hyphen_gap};
use super::{DateMention, Limit, NumberMention};
use crate::text::Span;

impl NumberMention {
    /// The value and unit to compare: durations in days, lengths in km, masses in kg; other units (money,
    /// percent, counts) as they are.
    pub fn comparable(&self) -> (f64, Option<&str>) {
        match self.unit.as_deref() {
            Some(name) => match unit_word(name) {
                Some(u) => (self.value * u.factor, Some(u.base)),
                None => (self.value, Some(name)),
            },
            None => (self.value, None),
        }
    }

    /// Whether the unit is a currency: the mention is a sum of money.
    pub fn is_money(&self) -> bool {
        self.unit
            .as_deref()
            .is_some_and(|u| currency_word(u).is_some())
    }

    /// Whether two mentions give the same quantity: same comparable unit and values equal within a relative
    /// tolerance of one part in a thousand (so "four and a half years" equals "four years and six months").
    pub fn same_quantity(&self, other: &NumberMention) -> bool {
        let (a, unit_a) = self.comparable();
        let (b, unit_b) = other.comparable();
        unit_a == unit_b && (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1e-9)
    }
}

/// Parses a number written in words: "four and a half" -> 4.5, "two hundred and fifty" -> 250,
/// "a dozen" -> 12, "twenty-five" -> 25, "three million" -> 3e6. `None` unless every word is used.
pub fn parse_number_words(s: &str) -> Option<f64> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || is_dash(c))
        .filter(|w| !w.is_empty())
        .map(crate::text::fold)
        .collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    match evaluate_words(&refs) {
        Some((value, used)) if used == refs.len() => Some(value),
        _ => None,
    }
}

/// The value of the longest run of number words at the start of `words` and how many words it uses.
fn evaluate_words(words: &[&str]) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut current = 0.0;
    // The last small number was a ten ("twenty"), so a unit may still follow ("twenty five").
    let mut after_ten = false;
    // A small number has been read since the last hundred or scale word.
    let mut small_since = false;
    let mut used = 0;
    let mut j = 0;
    let mut any_number = false;
    while j < words.len() {
        let word = words[j];
        let next = words.get(j + 1).copied().and_then(number_word);
        match word {
            "and" => {
                // Only inside a number: "two hundred and fifty", "four and a half".
                let continues = next.is_some_and(|n| !matches!(n, NumberWord::Scale(_)))
                    || words.get(j + 1) == Some(&"a") && words.get(j + 2) == Some(&"half");
                if !any_number || !continues {
                    break;
                }
                j += 1;
                continue;
            }
            "a" | "an" => match next {
                Some(NumberWord::Half) => {
                    if !any_number {
                        break;
                    }
                    current += 0.5;
                    j += 2;
                    used = j;
                    continue;
                }
                Some(NumberWord::Hundred | NumberWord::Scale(_) | NumberWord::Dozen)
                    if !any_number =>
                {
                    current = 1.0;
                    small_since = true;
                    any_number = true;
                    j += 1;
                    used = j;
                    continue;
                }
                _ => break,
            },
            _ => {}
        }
        match number_word(word) {
            Some(NumberWord::Small(v)) => {
                let joins_ten = after_ten && v < 10.0 && v > 0.0;
                if small_since && !joins_ten {
                    break;
                }
                current += v;
                after_ten = v >= 20.0;
                small_since = true;
            }
            Some(NumberWord::Hundred) => {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                small_since = false;
                after_ten = false;
            }
            Some(NumberWord::Scale(s)) => {
                total += if current == 0.0 { s } else { current * s };
                current = 0.0;
                small_since = false;
                after_ten = false;
            }
            Some(NumberWord::Dozen) => {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                small_since = true;
                after_ten = false;
            }
            Some(NumberWord::Half) | None => break,
        }
        any_number = true;
        j += 1;
        used = j;
    }
    (any_number && used > 0).then_some((total + current, used))
}

/// A number written in digits, with what is glued to it.
#[derive(Debug, PartialEq)]
struct Digits {
    value: f64,
    unit: Option<Unit>,
}

/// Parses a digit token: "30", "1,000", "2.5", "4.2bn", "10km". `None` for ordinals ("21st"), decades
/// ("1990s"), versions and anything else that is not a plain quantity.
fn parse_digits(raw: &str) -> Option<Digits> {
    let numeric_end = raw
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(raw.len());
    let (number, suffix) = raw.split_at(numeric_end);
    let suffix = suffix.to_ascii_lowercase();
    let mut value = parse_decimal(number)?;
    let mut unit = None;
    if !suffix.is_empty() {
        if let Some(scale) = scale_suffix(&suffix) {
            value *= scale;
        } else if let Some(u) = unit_suffix(&suffix) {
            unit = Some(u);
        } else {
            return None;
        }
    }
    Some(Digits { value, unit })
}

/// "1,000" and "1,000,000" (thousands separators), "2.5" and "2,5" (decimal separators).
fn parse_decimal(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s.as_bytes()[0].is_ascii_digit()
        || !s.as_bytes()[s.len() - 1].is_ascii_digit()
    {
        return None;
    }
    let groups: Vec<&str> = s.split(',').collect();
    let thousands = groups.len() > 1
        && groups[0].len() <= 3
        && groups[1..].iter().enumerate().all(|(k, g)| {
            let last = k + 2 == groups.len();
            g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()) || last && is_decimal_group(g)
        });
    let plain = if thousands {
        s.replace(',', "")
    } else if groups.len() == 2 && !s.contains('.') {
        s.replace(',', ".")
    } else if groups.len() == 1 {
        s.to_string()
    } else {
        return None;
    };
    if plain.matches('.').count() > 1 {
        return None;
    }
    plain.parse().ok().filter(|v: &f64| v.is_finite())
}

/// A last thousands group with decimals: "500.5" in "1,500.5".
fn is_decimal_group(g: &str) -> bool {
    let mut parts = g.splitn(2, '.');
    parts.next().is_some_and(|p| p.len() == 3) && parts.next().is_some_and(|p| !p.is_empty())
}

/// Words before a number that make it a designator, not a quantity: "Article 5", "No. 10", "Flight 17".
fn is_designator(w: &str) -> bool {
    matches!(
        w,
        "no" | "nos"
            | "number"
            | "article"
            | "section"
            | "chapter"
            | "resolution"
            | "flight"
            | "route"
            | "room"
            | "page"
            | "platform"
            | "highway"
            | "paragraph"
            | "clause"
            | "rule"
            | "level"
            | "phase"
            | "stage"
            | "grade"
            | "version"
            | "model"
            | "channel"
            | "gate"
            | "block"
            | "building"
            | "unit"
            | "point"
            | "item"
            | "line"
            | "episode"
            | "season"
            | "vol"
            | "volume"
            | "act"
            | "game"
    )
}

/// Words after a number that make it a time of day.
fn is_clock_word(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm"
            | "a.m"
            | "p.m"
            | "a.m."
            | "p.m."
            | "gmt"
            | "utc"
            | "cet"
            | "est"
            | "o'clock"
            | "hrs"
    )
}

/// A race time at word `first`, hours, minutes and seconds ("2:05:12"), with the index one past it. It must
/// follow a word that takes a duration ("in 2:05:12", "a time of 2:05:21", "clocked 2:05:12"): a time of day
/// given to the second follows "at".
fn race_time(w: &Words, first: usize) -> Option<(f64, usize)> {
    let sixty = |j: usize| {
        let word = w.words.get(j)?;
        let two_digits = word.raw.len() == 2 && word.raw.bytes().all(|b| b.is_ascii_digit());
        two_digits
            .then(|| word.raw.parse::<f64>().ok())
            .flatten()
            .filter(|v| *v < 60.0)
    };
    let hours = w.words[first]
        .raw
        .parse::<f64>()
        .ok()
        .filter(|h| *h < 24.0)?;
    let before = first.checked_sub(1).map_or("", |i| w.lower(i));
    let takes_duration = matches!(before, "in" | "of" | "clocked" | "timed" | "ran");
    if !takes_duration || w.gap_after(first) != ":" || w.gap_after(first + 1) != ":" {
        return None;
    }
    let (minutes, seconds) = (sixty(first + 1)?, sixty(first + 2)?);
    Some((hours * 3600.0 + minutes * 60.0 + seconds, first + 3))
}

/// Where a number's quantity reading starts and what it is worth, before units and head are read.
struct Base {
    /// First word of the number.
    first: usize,
    /// One past its last word.
    end: usize,
    value: f64,
    unit: Option<Unit>,
    /// Written in words ("nine"), which needs a unit or head to count as a quantity.
    in_words: bool,
}

/// Appends the quantities of one sentence to `out`. Words marked in `claimed` belong to dates; `dates` are
/// the sentence's dates, which date the numbers of their clause.
pub(crate) fn scan(
    w: &Words,
    claimed: &[bool],
    dates: &[DateMention],
    out: &mut Vec<NumberMention>,
) {
    let mut i = 0;
    while i < w.len() {
        if claimed[i] {
            i += 1;
            continue;
        }
        match quantity_at(w, i, claimed) {
            Some((mut mention, end)) => {
                mention.year = frames::clause_year(w, i, end, dates);
                // "for eight years from 2028": the year a span of time starts in is not the year of another
                // matter's figure.
                if mention.unit.as_deref().is_some_and(is_calendar_unit)
                    && matches!(w.lower(end), "from" | "starting" | "beginning" | "until")
                {
                    mention.year = None;
                }
                if restricted_part(w, i, end, mention.head.as_deref()) {
                    mention.partial = true;
                }
                out.push(mention);
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// The quantity starting at word `i` and the index one past its last word.
fn quantity_at(w: &Words, i: usize, claimed: &[bool]) -> Option<(NumberMention, usize)> {
    let base = if w.words[i].number {
        digits_base(w, i)?
    } else {
        words_base(w, i)?
    };
    let free = |k: usize| k < w.len() && !claimed[k];
    let mut k = base.end;
    let mut value = base.value;
    let mut unit_name: Option<String> = base.unit.map(|u| u.name.to_string());
    let mut span_end = w.words[k - 1].span.end;
    let mut hyphenated = false;
    // "between 30 and 40 municipalities", "30 to 40", "30-40": one quantity, a range of values.
    let range = range_upper(w, &base, claimed);
    let mut upper = None;
    if let Some((top, end, _)) = range {
        upper = Some(top);
        k = end;
        span_end = w.words[k - 1].span.end;
    }

    // A scale word: "2.5 billion".
    if free(k)
        && w.joined_by_space(k)
        && base.unit.is_none()
        && let Some(scale) = scale_word(w.lower(k))
    {
        value *= scale;
        upper = upper.map(|u| u * scale);
        span_end = w.words[k].span.end;
        k += 1;
    }
    // "won in 2:05:12", "a time of 2:05:21": a race's duration, in seconds.
    let race = base.unit.is_none() && k == base.end && upper.is_none();
    let race = race.then(|| race_time(w, base.first)).flatten();
    if let Some((seconds, end)) = race {
        value = seconds;
        unit_name = Some("second".into());
        k = end;
        span_end = w.words[k - 1].span.end;
    }
    // Clock times are not quantities: "10:30", "3 pm".
    if race.is_none()
        && (w.gap_after(k - 1).starts_with(':') && w.words.get(k).is_some_and(|n| n.number)
            || is_clock_word(w.lower(k)))
    {
        return None;
    }
    // "magnitude 5.1": a unit written before the number, which leaves the noun after it as the head.
    let unit_before = base.first > 0 && w.is(base.first - 1, "magnitude") && unit_name.is_none();
    if unit_before {
        unit_name = Some("magnitude".into());
    }
    // "The earthquake measured 4.9", "the quake registered 5.2": a tremor's bare figure after a verb of
    // measuring is its magnitude.
    let measured_tremor = !unit_before
        && unit_name.is_none()
        && base.first > 0
        && matches!(w.lower(base.first - 1), "measured" | "registered")
        && tremor_before(w, base.first - 1).is_some()
        && !w.gap_after(k - 1).starts_with('%')
        && unit_word(w.lower(k)).is_none();
    if measured_tremor {
        unit_name = Some("magnitude".into());
    }
    let currency = currency_before(w, base.first);
    let start = currency.map_or(w.words[base.first].span.start, |(at, _)| at);
    if let Some((_, code)) = currency {
        unit_name = Some(code.to_string());
    }
    let after = w.gap_after(k - 1);
    if after.starts_with('%') {
        unit_name = Some("percent".into());
        span_end = w.words[k - 1].span.end + 1;
    } else if free(k) && w.joined_by_space(k) {
        let next = w.lower(k);
        if next == "percentage" && (w.is(k + 1, "point") || w.is(k + 1, "points")) {
            unit_name = Some("percentage point".into());
            span_end = w.words[k + 1].span.end;
            k += 2;
        } else if next == "per" && w.is(k + 1, "cent") || next == "percent" || next == "pct" {
            unit_name = Some("percent".into());
            let last = if next == "per" { k + 1 } else { k };
            span_end = w.words[last].span.end;
            k = last + 1;
        } else if next == "cubic"
            && matches!(w.lower(k + 1), "metre" | "metres" | "meter" | "meters")
        {
            unit_name = Some("cubic metre".into());
            span_end = w.words[k + 1].span.end;
            k += 2;
        } else if let Some((code, used)) = dollar_country(
            &(k..w.len().min(k + 4))
                .take_while(|&j| j == k || w.joined_by_space(j))
                .map(|j| w.lower(j))
                .collect::<Vec<_>>(),
        )
        .filter(|_| currency.is_none())
        {
            // "400,000 New Taiwan dollars": whose dollar it is.
            unit_name = Some(code.to_string());
            span_end = w.words[k + used - 1].span.end;
            k += used;
        } else if let Some(code) = currency_word(next).filter(|_| currency.is_none()) {
            unit_name = Some(code.to_string());
            span_end = w.words[k].span.end;
            k += 1;
        } else if let Some(code) = qualified_currency(w, k).filter(|_| currency.is_none()) {
            unit_name = Some(code.to_string());
            span_end = w.words[k + 1].span.end;
            k += 2;
        } else if unit_name.is_none()
            && let Some(u) = unit_word(next)
        {
            unit_name = Some(u.name.to_string());
            span_end = w.words[k].span.end;
            k += 1;
            // "four years and six months", "a year and a half".
            if let Some((total, smaller, end)) = compound_duration(w, k, value, u, claimed) {
                value = total;
                unit_name = Some(smaller.name.to_string());
                span_end = w.words[end - 1].span.end;
                k = end;
            }
        }
    } else if free(k) && is_hyphen_gap(w.gap_before(k)) && !w.words[k].number && unit_name.is_none()
    {
        // "30-day", "three-member", "25-year-old".
        let next = w.lower(k);
        // "two-thirds", "three-quarters": a share, not a count of thirds.
        if matches!(
            next,
            "half" | "halves" | "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths"
        ) {
            return None;
        }
        // "a billion-kroner project" is money, in the currency's one key.
        let name = match currency_word(next).filter(|_| currency.is_none()) {
            Some(code) => code.to_string(),
            None => unit_word(next).map_or_else(|| singular(next), |u| u.name.to_string()),
        };
        if next.chars().all(char::is_alphabetic) && !is_function_word(next) {
            unit_name = Some(name);
            span_end = w.words[k].span.end;
            k += 1;
            hyphenated = true;
            if is_hyphen_gap(w.gap_before(k)) && w.is(k, "old") {
                unit_name = Some("age".into());
                span_end = w.words[k].span.end;
                k += 1;
            }
        }
    }

    // "120 kilometres per hour", "160 km/h", "60 miles an hour": a length per hour is a speed, and a volume
    // per second a flow.
    if let Some((speed, end)) = rate_unit(w, k, unit_name.as_deref()) {
        unit_name = Some(speed.to_string());
        span_end = w.words[end - 1].span.end;
        k = end;
    }
    let mut head = None;
    // One past the head noun's last word, where a predicate about the counted people may follow.
    let mut head_end = k;
    let mut framed = false;
    // "a $2.5 billion phosphate pact", "a 450 million taka fine": a sum between an article and a noun
    // modifies the noun, which says what the sum is of.
    let sum_start = base.first - usize::from(currency_code_at(w, base.first).is_some());
    let attributive_sum = unit_name
        .as_deref()
        .is_some_and(|u| currency_word(u).is_some())
        && sum_start > 0
        && matches!(w.lower(sum_start - 1), "a" | "an");
    // "Eleven other students were taken to hospital": the rest of a group, counted by the noun after "other".
    let other = unit_name.is_none() && w.is(k, "other");
    let mut rest_by_event = false;
    if (hyphenated || unit_before || attributive_sum || unit_name.is_none())
        && let Some((h, end)) = head_run_at(w, k + usize::from(other), claimed)
    {
        head = Some(h);
        head_end = end;
        // "a 60-day state of emergency": the state is of the emergency, which other reports name alone.
        if head.as_deref() == Some("state")
            && w.is(end, "of")
            && let Some((h, end)) = head_run_at(w, end + 1, claimed)
        {
            head = Some(h);
            head_end = end;
        }
    }
    // "1,050 metres below ground", "1,150 metres underground", "300 feet deep": a length that says how far
    // down something lies is a depth, whatever noun the sentence gives the place. A mine's gallery is as deep
    // as it runs into the rock: "some 420 metres inside the mountain".
    // "a sinkhole about 8 metres wide", "a wall 4 metres high": a length an adjective of extent follows is that
    // extent of the thing, which another report may give as "a hole 12 metres wide". Keyed by the extent, the
    // width never meets the same hole's depth or another length.
    let is_length = unit_name
        .as_deref()
        .and_then(unit_word)
        .is_some_and(|u| u.base == "km");
    let measured_from = base.first - hedge_len(w, base.first);
    // "The water rose about 4 metres", "the Pivka had risen nearly 7 metres underground", "climbed by two
    // metres": a length a verb of rising gives is how far the level rose, whatever the sentence says of where.
    if head.is_none() && is_length && rose_by(w, measured_from) {
        head = Some("level rise".into());
        framed = true;
    }
    // "the balloon was only about 15 metres above the trees", "an orbit some 600 kilometres up", "the
    // balloon had been at around 40 metres when the gust hit": a length that says how high something was is
    // its altitude, which no noun names. A place's height above the sea is its elevation, another figure.
    if head.is_none() && is_length && (k >= w.len() || free(k)) && is_altitude(w, measured_from, k)
    {
        head = Some("altitude".into());
        framed = true;
    }
    if head.is_none() && is_length && free(k) && w.joined_by_space(k) {
        let down = matches!(
            w.lower(k),
            "below" | "beneath" | "underground" | "deep" | "down" | "underwater"
        ) || inside_the_ground(w, k);
        let extent = if down {
            Some("depth")
        } else {
            extent_of(w.lower(k))
        };
        if let Some(extent) = extent {
            head = Some(extent.into());
            framed = true;
            // "the tunnel, about 70 metres long": the length of the thing just named, which another report
            // gives as "a 40-metre tunnel". Keyed by that noun, the tunnel's length never meets the length of
            // another thing in the story.
            if extent == "length"
                && let Some(noun) = measured_noun(w, measured_from, claimed)
            {
                head = Some(noun);
            }
        }
    }
    // "The strongest earthquake, of magnitude 4.6, struck", "the quake measured 4.9": a magnitude with no
    // noun after it is of the tremor named just before it.
    if head.is_none() && unit_name.as_deref() == Some("magnitude") {
        head = tremor_before(w, base.first - usize::from(unit_before || measured_tremor));
        framed = head.is_some();
    }
    let is_money = unit_name
        .as_deref()
        .is_some_and(|u| currency_word(u).is_some());
    if head.is_none() && free(k) && matches!(w.lower(k), "of" | "in") && w.joined_by_space(k) {
        let is_money_or_share = is_money || unit_name.as_deref() == Some("percent");
        if w.is(k, "of") || is_money_or_share {
            let h = after_determiners(w, k + 1);
            // "54 of the 101 seats", "three of the town's 11 polling stations": the part counts what the
            // whole counts.
            let h = if w.is(k, "of") && w.words.get(h).is_some_and(|x| x.number) {
                framed = true;
                h + 1
            } else {
                h
            };
            // "4 million dollars in bitcoin", "$2 million in cash": the form a sum is paid in, not what the
            // sum is (a ransom, a price), which other reports name.
            let paid_in =
                w.is(k, "in") && w.words.get(h).is_some_and(|x| is_payment_form(&x.lower));
            head = if paid_in {
                None
            } else if is_money && w.is(k, "of") && held_in_trust(w, h) {
                framed = true;
                Some("embezzled".into())
            } else {
                head_run(w, h, claimed)
            };
        }
    }
    let hedge = hedge_len(w, base.first);
    // "€68 a share", "€68 per share": a price per unit, not a sum.
    // "€1.2 million, a record for a Vietnamese player" is an apposition: only "a" right after the sum prices
    // a unit.
    // "$110 million a year", "€2,000 a month": a sum per stretch of time is a rate, and the stretch says how
    // often the sum comes, not what it is of. Keyed "per year", the quota's yearly value and the yearly trade
    // forecast of another report would be one quantity; the sum's own frame (a payment, a subject) names it.
    if head.is_none()
        && is_money
        && matches!(w.lower(k), "per" | "a" | "an")
        && w.joined_by_space(k)
        && let Some(per) = head_run(w, k + 1, claimed)
        && !is_rate_period(&per)
    {
        head = Some(format!("per {per}"));
        framed = true;
    }
    if head.is_none() && base.first >= 2 && w.is(base.first - 1, "of") {
        let noun = &w.words[base.first - 2];
        if noun.lower.chars().all(char::is_alphabetic)
            && (!noun.capitalised || base.first == 2)
            && !is_function_word(&noun.lower)
            && unit_word(&noun.lower).is_none()
        {
            let noun = singular(&noun.lower);
            // "a family of five", "a crew of 12": the size of one such body, never how many of them there
            // are ("62,000 families").
            head = Some(if is_collective_noun(&noun) {
                format!("{noun} size")
            } else {
                canonical_head(&noun)
            });
            framed = true;
        }
    }
    // "gusts reaching 250 km/h", "waves topping 12 metres": a measure reached by the noun before the verb is
    // that noun's, as "gusts of 210 km/h" says.
    if head.is_none()
        && unit_name.is_some()
        && base.first > hedge + 1
        && matches!(
            w.lower(base.first - hedge - 1),
            "reaching" | "topping" | "hitting" | "exceeding"
        )
    {
        let noun = &w.words[base.first - hedge - 2];
        if !noun.capitalised
            && !noun.number
            && noun.lower.chars().all(char::is_alphabetic)
            && !is_function_word(&noun.lower)
            && unit_word(&noun.lower).is_none()
        {
            head = Some(canonical_head(&singular(&noun.lower)));
            framed = true;
        }
    }
    // "fell about 20 metres", "plunged 35 metres": a length a verb of falling gives is the height of the fall.
    // A zone or cordon measured in lengths is sized by its radius, as "in a radius of two kilometres" says.
    if unit_name
        .as_deref()
        .and_then(unit_word)
        .is_some_and(|u| u.base == "km")
    {
        if head.is_none()
            && base.first > hedge
            && matches!(
                w.lower(base.first - hedge - 1),
                "fell" | "falling" | "plunged" | "plummeted" | "tumbled" | "dropped"
            )
        {
            head = Some("fall".into());
            framed = true;
        } else if matches!(head.as_deref(), Some("zone" | "cordon" | "perimeter")) {
            head = Some("radius".into());
        }
    }
    // "the train was travelling at 120 km/h", "it was doing 160 km/h": a speed a verb of motion gives is
    // the vehicle's speed, as "at a speed of" gives it; a limit's or a design's is another figure.
    if unit_name
        .as_deref()
        .and_then(unit_word)
        .is_some_and(|u| u.base == "km/h")
    {
        if head.as_deref() == Some("speed")
            && base.first >= 3
            && is_speed_limit_word(w.lower(base.first - 3))
        {
            head = Some("speed limit".into());
        } else if head.is_none() && is_speed_of_motion(w, base.first - hedge) {
            head = Some("speed".into());
            framed = true;
        }
    }
    // "the dam was releasing 2,800 cubic metres per second": the flow a verb of release gives is the
    // discharge, apart from an inflow or a "normal release of 400 cubic metres per second".
    if head.is_none()
        && unit_name.as_deref() == Some("cubic metre per second")
        && base.first > hedge
        && is_discharge_verb(w.lower(base.first - hedge - 1))
    {
        head = Some("discharge".into());
        framed = true;
    }
    // "a 35 percent salary increase", "a 40 per cent rise in salary", "raise their wages by 12 percent": a
    // share that pay goes up by is the pay rise, however the noun phrase is ordered.
    if head.is_none()
        && unit_name.as_deref() == Some("percent")
        && let Some(rise) = pay_rise(w, base.first - hedge, k)
    {
        head = Some(rise.into());
        framed = true;
    }
    if head.is_none() && is_money {
        head = frames::money_head(w, base.first, hedge).map(str::to_string);
        framed = head.is_some();
    }
    // "the stadium holds 13,000 spectators", "a hall that seats 800": what a place can take is its capacity,
    // never the crowd that came, whatever noun counts both.
    // A party that holds 54 seats, or gunmen who hold 30 hostages, have them: those heads stay.
    if unit_name.is_none()
        && base.first > hedge
        && !head.as_deref().is_some_and(|h| {
            matches!(
                h,
                "seat" | "hostage" | "captive" | "prisoner" | "detainee" | "share" | "stake"
            )
        })
        && matches!(
            w.lower(base.first - hedge - 1),
            "holds"
                | "hold"
                | "seats"
                | "seat"
                | "seating"
                | "accommodates"
                | "accommodate"
                | "sleeps"
        )
    {
        head = Some("capacity".into());
        framed = true;
    }
    // "sentenced to six years in prison", "jailed for 8 years" and "a five-year jail term" give one prison term,
    // with a noun or without one; the frame keys them together and apart from other durations in the story.
    if matches!(
        unit_name.as_deref(),
        Some("year" | "month" | "week" | "day")
    ) && head
        .as_deref()
        .is_none_or(|h| matches!(h, "term" | "sentence" | "jail" | "prison"))
        && frames::is_prison_term(w, base.first, hedge, k)
    {
        head = Some("prison term".into());
        framed = true;
    }
    // "a state of emergency for 90 days", "a ceasefire for 60 days": how long the noun before "for" lasts,
    // as "a 60-day ceasefire" says it. A verb before "for" ("closed for two days") names no thing.
    if head.is_none()
        && matches!(
            unit_name.as_deref(),
            Some("year" | "month" | "week" | "day" | "hour")
        )
        && base.first > hedge + 1
        && w.is(base.first - hedge - 1, "for")
        && w.joined_by_space(base.first - hedge - 1)
        && let Some(noun) = lasting_thing_at(w, base.first - hedge - 2, claimed)
    {
        head = Some(noun);
        framed = true;
    }
    if head.is_none()
        && let Some(subject) = frames::subject_head(w, base.first, hedge)
            .or_else(|| frames::changed_level_head(w, base.first, hedge))
    {
        head = Some(canonical_head(&singular(&subject)));
        framed = true;
    }
    // "The death toll rose to twelve people": people a toll is given in are the dead, as "the toll rose to
    // twelve" counts them with no noun; "people" alone says nothing of what befell them.
    if head
        .as_deref()
        .is_some_and(|h| h == "people" || frames::is_person_noun(h))
        && frames::subject_head(w, base.first, hedge).as_deref() == Some("toll")
    {
        head = Some("dead".into());
        framed = true;
    }
    // "has claimed 13 lives", "cost 13 lives", "13 lives were lost": lives counted by a verb of loss are the
    // dead, which other reports count as "killed 11 people" or "13 deaths". Lives saved are not.
    if head.as_deref() == Some("life") && lives_lost(w, base.first - hedge, head_end) {
        head = Some("dead".into());
        framed = true;
    }
    // "Among the 14 dead were four children": the children are a part of the dead, keyed as such so that
    // another report's "among the dead are three children" is their rival and neither is the toll.
    if unit_name.is_none()
        && let Some(h) = head.as_deref().filter(|h| frames::counts_people(h))
        && let Some(event) = frames::among_whole(w, base.first - hedge)
    {
        head = Some(format!("{h} among the {event}"));
        framed = true;
    }
    // "killed nine people", "13,000 residents have left their homes": people counted by what befell them.
    if unit_name.is_none()
        && head.as_deref().is_none_or(frames::counts_people)
        && let Some(event) = frames::person_event(w, base.first, head_end)
    {
        // Visitors moved out are counted apart from the people who live there: "480 residents and about 600
        // tourists were moved out" gives two counts, and another report's evacuees are its residents.
        let visitors = head.as_deref().is_some_and(|h| {
            matches!(
                h,
                "tourist"
                    | "visitor"
                    | "holidaymaker"
                    | "vacationer"
                    | "guest"
                    | "hiker"
                    | "trekker"
                    | "camper"
                    | "skier"
            )
        });
        rest_by_event = other;
        head = Some(if event == "evacuated" && visitors {
            "evacuated visitor".to_string()
        } else {
            event.to_string()
        });
        framed = true;
    }
    // "by 131 votes to 78", "approved by 126 deputies", "78 voted against": one tally told by votes or by
    // members, keyed by its side.
    if unit_name.is_none()
        && let Some(side) = frames::vote_side(w, base.first, hedge, head.as_deref(), head_end)
    {
        head = Some(side.to_string());
        framed = true;
    }
    // "The law passed its first reading in June by 124 votes": an earlier vote's tally is not the final's.
    if let Some(h) = head
        .as_deref()
        .filter(|h| matches!(*h, "vote" | "vote against" | "abstention"))
        && let Some(stage) = frames::vote_stage(w, base.first, head_end)
    {
        head = Some(format!("{h} ({stage})"));
    }
    // "agreed to drop his demand for a price below $6": a figure one side demanded is not the one agreed, so
    // it is keyed apart; two reports' demands still compare with each other.
    // "the attackers have demanded 4 million dollars": a sum demanded with no noun of its own is the demand
    // itself, which another report names ("demand a ransom of 6 million dollars"); see `HEAD_CLASSES`.
    let demanded = frames::is_demanded(w, base.first);
    if head.is_none() && is_money && demanded {
        head = Some("sum".into());
        framed = true;
    }
    if let Some(h) = head.as_deref()
        && demanded
    {
        head = Some(format!("{h} (demanded)"));
    }
    // A winner's margin and a vote total share their noun ("14 votes", "3,412 votes"); the frame keys the
    // margin apart so that the two never meet, and two reports' margins compare with each other.
    // "a 312-vote lead": the lead is a margin, and the hyphen's noun is what it counts, as "287 votes ahead"
    // counts votes with no unit.
    let counted_lead = hyphenated
        && matches!(head.as_deref(), Some("lead" | "margin"))
        && unit_name.as_deref().is_some_and(|u| unit_word(u).is_none());
    if !is_money && (counted_lead || frames::is_margin(w, base.first, hedge, head_end)) {
        head = Some("margin".into());
        framed = true;
        if counted_lead {
            unit_name = None;
        }
    }
    // "broke the course record by 41 seconds" and "taking 41 seconds off the mark": one record margin, which
    // no noun names, kept apart from the story's other times.
    if unit_name.is_some()
        && !is_money
        && race.is_none()
        && frames::is_record_margin(w, base.first, hedge, k)
    {
        head = Some("record margin".into());
        framed = true;
    }
    // "won the marathon in 2:05:12": a race time with no noun of its own is the finishing time, which
    // another report gives as "a time of 2:05:21" ("time" alone is too general a head to compare); a record's
    // or a personal best's keeps its noun.
    if race.is_some() && head.as_deref().is_none_or(|h| h == "time") {
        head = Some("race time".into());
        framed = true;
    }
    // "The satellite, weighing 518 kilograms, separated ...": a mass after a verb of weighing is the weight of
    // what the clause is about, whatever words follow it.
    if !is_money
        && base.first > hedge
        && matches!(
            w.lower(base.first - hedge - 1),
            "weighing" | "weighs" | "weighed" | "weigh"
        )
        && unit_name
            .as_deref()
            .and_then(unit_word)
            .is_some_and(|u| u.base == "kg")
    {
        head = Some("weight".into());
        framed = true;
    }
    // "police recovered eleven of the coins", "recovered 11 gold coins": what was got back is a part of what
    // was lost or stolen, counted apart from it; two reports' recoveries still compare with each other. Bodies
    // recovered are the dead, and keep their noun.
    if let Some(h) = head
        .as_deref()
        .filter(|h| !matches!(*h, "body" | "remains"))
        && base.first > hedge
        && matches!(
            w.lower(base.first - hedge - 1),
            "recovered" | "recovers" | "recover" | "retrieved" | "retrieves"
        )
    {
        head = Some(format!("{h} (recovered)"));
    }
    // "for eight years ... under an agreement": the agreement's term, as "a ten-year deal" gives it.
    if head.is_none()
        && unit_name.as_deref().is_some_and(is_calendar_unit)
        && let Some(deal) = frames::agreement_term(w, base.first, k)
    {
        head = Some(deal.into());
        framed = true;
    }
    // "after 143 days in captivity", "nearly seven months in detention": a span of time spent in a state
    // is that state's length.
    if head.is_none()
        && unit_name.as_deref().is_some_and(is_calendar_unit)
        && w.is(k, "in")
        && let Some(state) = confinement(w.lower(k + 1))
    {
        head = Some(state.into());
        framed = true;
    }
    // "cut him free after 40 minutes", "was rescued by firefighters after 90 minutes", "trapped in the lift
    // for two hours": how long someone was held before rescue, which reports give by either verb.
    if head.is_none()
        && matches!(
            unit_name.as_deref(),
            Some("minute" | "hour" | "day" | "week")
        )
        && frames::is_time_before_rescue(w, base.first - hedge)
    {
        head = Some("time before rescue".into());
        framed = true;
    }
    // "found after 23 days adrift", "after two weeks ashore": a state word right after a span of time, its
    // clause ending there or going on with a place, is what the span is of, as "adrift for twenty-nine days"
    // says with the word before "for".
    if head.is_none()
        && unit_name.as_deref().is_some_and(is_calendar_unit)
        && base.first > hedge
        && w.is(base.first - hedge - 1, "after")
        && k < w.len()
        && w.joined_by_space(k)
        && (k + 1 == w.len()
            || is_clause_gap(w.gap_before(k + 1))
            || matches!(w.lower(k + 1), "in" | "at" | "on" | "off" | "near"))
        && !w.lower(k).ends_with("ly")
        && let Some(state) = lasting_thing_at(w, k, claimed)
    {
        head = Some(state);
        framed = true;
    }
    // "Moussa Harouna, 34, was abducted": a bare figure set off by commas after a person's name is the
    // person's age, keyed by the name's last word so that two people's ages never meet.
    if head.is_none()
        && unit_name.is_none()
        && let Some(name) = aged_name(w, base.first, k)
    {
        head = Some(format!("age of {name}"));
        framed = true;
    }
    if let Some((_, _, dashed)) = range
        && dashed
        && (head.is_none() && unit_name.is_none()
            || head.as_deref().is_some_and(|h| {
                matches!(h, "win" | "defeat" | "victory" | "draw" | "loss" | "lead")
            }))
    {
        // "2-1" is a score, not a range.
        return None;
    }
    if base.in_words && head.is_none() && unit_name.is_none() {
        return None;
    }
    // "a billion-kroner data centre", "a million-dollar home": a size class, not a sum; the sum is that or
    // more.
    let magnitude = hyphenated
        && matches!(
            w.lower(base.end - 1),
            "thousand" | "million" | "billion" | "trillion"
        )
        && (base.first..base.end)
            .chain(base.first.checked_sub(1))
            .any(|i| matches!(w.lower(i), "a" | "an"));
    let approximate = magnitude || is_approximate(w, base.first, k);
    // The rest of a group is a figure of its own only when what befell it is told ("11 other students were
    // taken to hospital" against "14 others were taken to hospital"); "11 other countries" is a part of some
    // total.
    let partial = is_partial(w, base.first, base.end)
        || unit_name.is_none() && is_partitive(w, k)
        || other && !rest_by_event;
    let whole = whole_of_part(w, base.first)
        || unit_name.is_none()
            && head.as_deref().is_some_and(frames::counts_people)
            && is_roll(w, measured_from);
    Some((
        NumberMention {
            span: Span::new(start, span_end),
            sentence: w.sentence,
            value,
            unit: unit_name,
            head,
            approximate,
            limit: if magnitude {
                Limit::AtLeast
            } else {
                limit_of(w, base.first, k, approximate)
            },
            // A race time is given to the second.
            step: if race.is_some() {
                1.0
            } else {
                rounding_step(w, &base, value)
            },
            // A size class reaches up to the next one.
            upper: if magnitude { Some(value * 1e3) } else { upper },
            partial,
            whole,
            previous: frames::is_previous_value(w, base.first, hedge, k),
            year: None,
            framed,
        },
        k,
    ))
}

/// Whether a length starting at word `first` (its hedge included) follows a verb of rising: "rose about 4
/// metres", "had risen by nearly 7 metres". A level risen to ("rose to 7 metres") is not a rise.
fn rose_by(w: &Words, first: usize) -> bool {
    let mut b = first;
    if b >= 1 && w.is(b - 1, "by") {
        b -= 1;
    }
    b >= 1
        && matches!(
            w.lower(b - 1),
            "rose" | "risen" | "rising" | "rises" | "rise" | "climbed" | "swelled" | "surged"
        )
}

/// Whether a length at words `first..k` says how high something is: followed by "above" (not "above sea
/// level", an elevation, nor "above normal", a rise), by "up" ending its clause ("some 600 kilometres up"), or
/// after "at" with nothing measured after it ("at around 40 metres when the gust hit").
fn is_altitude(w: &Words, first: usize, k: usize) -> bool {
    let clause_ends = |j: usize| j >= w.len() || is_clause_gap(w.gap_before(j));
    if w.is(k, "above") && w.joined_by_space(k) {
        let object = after_determiners(w, k + 1);
        return !matches!(w.lower(object), "sea" | "normal" | "average" | "usual");
    }
    if w.is(k, "up") && w.joined_by_space(k) {
        return clause_ends(k + 1);
    }
    first >= 1
        && w.is(first - 1, "at")
        && (clause_ends(k) || matches!(w.lower(k), "when" | "as" | "while" | "before"))
}

/// The noun a length after it measures, named just before it with an article: "the tunnel, about 70 metres
/// long", "a wall 4 metres long". Nouns of action ("stretching", "extended") and names are not things measured.
fn measured_noun(w: &Words, first: usize, claimed: &[bool]) -> Option<String> {
    let j = first.checked_sub(1)?;
    let noun = &w.words[j];
    let gap = w.gap_before(first);
    let apposed = gap.trim() == "," || gap.trim().is_empty();
    let lower: &str = noun.lower.as_ref();
    (apposed
        && j >= 1
        && matches!(w.lower(j - 1), "the" | "a" | "an" | "its")
        && !noun.capitalised
        && !noun.number
        && !claimed[j]
        && lower.chars().all(char::is_alphabetic)
        && !lower.ends_with("ing")
        && !lower.ends_with("ed")
        && !is_function_word(lower)
        && unit_word(lower).is_none())
    .then(|| canonical_head(&singular(lower)))
}

/// Whether a count of people starting at word `first` (its hedge included) is the roll of what holds them:
/// "houses its 1,100 pupils", "the school, which has 800 pupils". A roll is a whole, compared only with other
/// wholes: the pupils who fell ill are some of the roll, not a rival figure.
fn is_roll(w: &Words, first: usize) -> bool {
    first >= 1 && matches!(w.lower(first - 1), "its" | "has" | "have")
}

/// The extent an adjective after a length names: "8 metres wide" is a width, "4 metres high" a height.
/// "Deep" is a depth, read with the other words of going down.
fn extent_of(word: &str) -> Option<&'static str> {
    match word {
        "wide" | "broad" => Some("width"),
        "long" => Some("length"),
        "high" | "tall" => Some("height"),
        _ => None,
    }
}

/// Whether a unit is one of the calendar's: a span of time, not a length or a sum.
fn is_calendar_unit(unit: &str) -> bool {
    matches!(unit, "day" | "week" | "month" | "year" | "hour")
}

/// The state a span of time "in" it measures: "captivity", "detention".
fn confinement(word: &str) -> Option<&'static str> {
    Some(match word {
        "captivity" => "captivity",
        "detention" | "custody" => "detention",
        "hiding" => "hiding",
        "exile" => "exile",
        "coma" => "coma",
        _ => return None,
    })
}

/// The last word of the person's name a bare figure at words `first..end` gives the age of, in "Moussa
/// Harouna, 34, was" or "colleague Moussa Harouna, 38.": a whole figure a person may be, with a comma
/// before it, after a name of two capitalised words or more, and a comma or the sentence's end after it.
fn aged_name(w: &Words, first: usize, end: usize) -> Option<String> {
    let value = w.words.get(first).and_then(|x| parse_digits(x.raw))?.value;
    if end != first + 1 || !(1.0..=110.0).contains(&value) || value.fract() != 0.0 || first < 2 {
        return None;
    }
    let closed = end == w.len() || w.gap_before(end).starts_with(',');
    let opened = w.gap_before(first).trim() == ",";
    let named = w.words[first - 1].capitalised
        && w.words[first - 2].capitalised
        && !is_function_word(w.lower(first - 2))
        && w.joined_by_space(first - 1);
    (closed && opened && named).then(|| w.lower(first - 1).to_string())
}

/// The step the figure `value` (its scale applied) is rounded to: a dozen when it is counted in dozens ("two
/// dozen", 12), else the largest power of ten that divides it (10 for 30, 1e8 for 3.8 billion), or 0 for a
/// figure with a fraction.
fn rounding_step(w: &Words, base: &Base, value: f64) -> f64 {
    if base.in_words && (base.first..base.end).any(|j| matches!(w.lower(j), "dozen" | "dozens")) {
        return 12.0;
    }
    // A scaled decimal is a whole number up to the float's rounding ("3.8 billion").
    let whole = value.round();
    if !value.is_finite() || whole < 1.0 || (value - whole).abs() > 1e-9 * whole {
        return 0.0;
    }
    let mut step = 1.0;
    while step < 1e15 && (whole / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step
}

/// The top of a range starting with the number `base`: "between 30 and 40", "30 to 40", "30-40", with the
/// index one past it and whether a dash joined it (which a score such as "2-1" also does).
fn range_upper(w: &Words, base: &Base, claimed: &[bool]) -> Option<(f64, usize, bool)> {
    let k = base.end;
    let between = base.first > 0 && w.is(base.first - 1, "between") && w.is(k, "and");
    // "from 48 to 52" is a change, not a range.
    let to = w.is(k, "to") && !(base.first > 0 && w.is(base.first - 1, "from"));
    let dashed = !base.in_words
        && base.unit.is_none()
        && is_hyphen_gap(w.gap_before(k))
        && w.words.get(k).is_some_and(|x| x.number);
    if !(between || to || dashed) {
        return None;
    }
    let at = if dashed { k } else { k + 1 };
    if at >= w.len() || claimed[at] || !(dashed || w.joined_by_space(at)) {
        return None;
    }
    let top = if w.words[at].number {
        let d = parse_digits(w.words[at].raw)?;
        if d.unit.is_some() {
            return None;
        }
        Base {
            first: at,
            end: at + 1,
            value: d.value,
            unit: None,
            in_words: false,
        }
    } else {
        words_base(w, at)?
    };
    (top.value > base.value).then_some((top.value, top.end, dashed))
}

/// How many words of hedge ("about", "more than", "as many as") stand right before word `first`.
fn hedge_len(w: &Words, first: usize) -> usize {
    let before = |n: usize| first.checked_sub(n).map_or("", |k| w.lower(k));
    if before(1) == "as" && is_approximator_pair(before(3), before(2)) {
        3
    } else if is_approximator_pair(before(2), before(1)) {
        2
    } else {
        usize::from(is_approximator(before(1)))
    }
}

/// Which values the hedge around the number at words `first..end` allows.
fn limit_of(w: &Words, first: usize, end: usize, approximate: bool) -> Limit {
    if !approximate {
        return Limit::Exact;
    }
    let before = |n: usize| first.checked_sub(n).map_or("", |k| w.lower(k));
    let pair = (before(2), before(1));
    let at_least = matches!(
        pair,
        ("more", "than")
            | ("greater", "than")
            | ("at", "least")
            | ("upwards", "of")
            | ("excess", "of")
            | ("just", "over")
    ) || matches!(before(1), "over" | "above" | "upwards" | "minimum")
        || w.is(end, "or") && w.is(end + 1, "more")
        || w.is(end, "plus");
    let at_most = matches!(
        pair,
        ("less", "than") | ("fewer", "than") | ("at", "most") | ("up", "to") | ("just", "under")
    ) || matches!(before(1), "under" | "below" | "maximum")
        || w.is(end, "or") && matches!(w.lower(end + 1), "less" | "fewer");
    // "discharging up to 3,200 cubic metres per second ... at the peak": the top a figure reached at its
    // peak is the peak's figure, not a bound on it.
    let at_peak = pair == ("up", "to")
        && (end..(end + 10).min(w.len()))
            .take_while(|&j| !is_clause_gap(w.gap_before(j)))
            .any(|j| matches!(w.lower(j), "peak" | "height"));
    if at_least {
        Limit::AtLeast
    } else if at_most && !at_peak {
        Limit::AtMost
    } else {
        Limit::About
    }
}

/// A number written in digits at word `i`, unless it is a designator, a model number or a time of day.
fn digits_base(w: &Words, i: usize) -> Option<Base> {
    let word = &w.words[i];
    let digits = parse_digits(word.raw)?;
    let gap = w.gap_before(i);
    if i > 0 {
        let prev = &w.words[i - 1];
        // "F-16", "COVID-19", "Su-35": a code, not a count.
        if is_hyphen_gap(gap) && !prev.number {
            return None;
        }
        // "Article 5", "No. 10", "Boeing 737".
        // A capital that only opens the sentence ("Exactly 100 people") designates nothing, and nor does a
        // name before a scaled sum ("fined Meghna Mobile 450 million taka"): no model number is in millions.
        let scaled = w.joined_by_space(i + 1) && scale_word(w.lower(i + 1)).is_some();
        let designated = is_designator(&prev.lower)
            || prev.capitalised
                && !scaled
                && i > 1
                && !is_function_word(&prev.lower)
                && !is_approximator(&prev.lower)
                && !is_nationality(&prev.lower)
                && month(&prev.lower).is_none()
                && weekday(&prev.lower).is_none();
        if designated
            && !gap.contains(',')
            && currency_symbol_in(gap).is_none()
            && currency_code_at(w, i).is_none()
        {
            return None;
        }
    }
    if gap.ends_with(':')
        || gap.ends_with('#')
        || gap.ends_with('/')
        || w.gap_after(i).starts_with('/')
    {
        return None;
    }
    let mut value = digits.value;
    let mut end = i + 1;
    // "2 and a half years".
    if w.is(i + 1, "and") && w.is(i + 2, "a") && w.is(i + 3, "half") && w.joined_by_space(i + 1) {
        value += 0.5;
        end = i + 4;
    }
    Some(Base {
        first: i,
        end,
        value,
        unit: digits.unit,
        in_words: false,
    })
}

/// Whether the text between two words breaks the sentence there: a spaced dash or a colon.
fn opens_after_break(gap: &str) -> bool {
    // A dateline's agency in brackets comes before its dash: "HANOI (Asia Pacific Wire) - Four people".
    let gap = gap.trim().trim_start_matches([')', ']']).trim();
    matches!(gap, "-" | "\u{2013}" | "\u{2014}" | ":" | "--")
}

/// Whether word `i` is capitalised mid-sentence, which makes it a name's: "Channel Four", "the Big Three".
/// After a dateline's dash or a speaker's colon ("Kutaisi, 26 November - Seven miners died", "HOST: Seven
/// ships") a capital opens the report's first sentence instead.
fn capital_of_a_name(w: &Words, i: usize) -> bool {
    i > 0 && w.words[i].capitalised && !opens_after_break(w.gap_before(i))
}

/// A number written in words at word `i`: "nine", "four and a half", "a dozen", "two hundred".
fn words_base(w: &Words, i: usize) -> Option<Base> {
    let first = w.lower(i);
    if let Some(fraction) = fraction_of_a_unit(w, i) {
        return Some(fraction);
    }
    // "half a billion", "half a dozen": half of the scale that follows, never "a billion" on its own.
    if first == "half" {
        if i > 0 && w.words[i].capitalised || !w.joined_by_space(i + 1) {
            return None;
        }
        let scale = words_base(w, i + 1)?;
        if !matches!(w.lower(i + 1), "a" | "an") || scale.end < i + 3 {
            return None;
        }
        return Some(Base {
            first: i,
            value: scale.value / 2.0,
            ..scale
        });
    }
    if number_word(first).is_none() && !matches!(first, "a" | "an") {
        return None;
    }
    // "a few hundred metres", "several thousand people": a vague multiple of the scale, as "hundreds of" is,
    // which no figure contradicts.
    if (first == "hundred" || scale_word(first).is_some())
        && i > 0
        && matches!(w.lower(i - 1), "few" | "several" | "many")
    {
        return None;
    }
    if capital_of_a_name(w, i) {
        return None;
    }
    if first == "one" {
        let prev = if i > 0 { w.lower(i - 1) } else { "" };
        let pronoun_use = matches!(
            prev,
            "no" | "any"
                | "every"
                | "each"
                | "some"
                | "the"
                | "this"
                | "that"
                | "which"
                | "another"
                | "only"
                | "no-one"
                | "anyone"
        ) || matches!(w.lower(i + 1), "another" | "of" | "by" | "or" | "after")
            || prev == "at";
        if pronoun_use {
            return None;
        }
    }
    let mut lowers: Vec<&str> = Vec::new();
    let mut k = i;
    while k < w.len() && lowers.len() < 12 {
        if k > i && !(w.joined_by_space(k) || is_hyphen_gap(w.gap_before(k))) {
            break;
        }
        lowers.push(w.lower(k));
        k += 1;
    }
    // "a day and a half": one of the unit, which the compound reading then extends.
    if matches!(first, "a" | "an")
        && unit_word(w.lower(i + 1)).is_some()
        && w.is(i + 2, "and")
        && w.is(i + 3, "a")
        && w.is(i + 4, "half")
    {
        return Some(Base {
            first: i,
            end: i + 1,
            value: 1.0,
            unit: None,
            in_words: true,
        });
    }
    let (value, used) = spoken_decimal(&lowers).or_else(|| evaluate_words(&lowers))?;
    if matches!(first, "a" | "an") && used == 1 {
        return None;
    }
    Some(Base {
        first: i,
        end: i + used,
        value,
        unit: None,
        in_words: true,
    })
}

/// A fraction of one unit at word `i`, ending before the unit's word: "half an hour", "a quarter of an hour",
/// "three quarters of an hour", "half a kilometre". "About 20 minutes" and "almost three quarters of an hour"
/// are two lengths of one storm.
fn fraction_of_a_unit(w: &Words, i: usize) -> Option<Base> {
    let joined = |from: usize, to: usize| (from + 1..=to).all(|k| w.joined_by_space(k));
    let article = |k: usize| matches!(w.lower(k), "a" | "an");
    let unit_at = |k: usize| k < w.len() && unit_word(w.lower(k)).is_some();
    if capital_of_a_name(w, i) {
        return None;
    }
    let (value, end) = if w.is(i, "half") && article(i + 1) && unit_at(i + 2) && joined(i, i + 2) {
        (0.5, i + 2)
    } else {
        let quarters = match w.lower(i) {
            "a" | "an" | "one" => 1.0,
            "three" => 3.0,
            _ => return None,
        };
        let of_a_unit = matches!(w.lower(i + 1), "quarter" | "quarters")
            && w.is(i + 2, "of")
            && article(i + 3)
            && unit_at(i + 4)
            && joined(i, i + 4);
        if !of_a_unit {
            return None;
        }
        (quarters / 4.0, i + 4)
    };
    Some(Base {
        first: i,
        end,
        value,
        unit: None,
        in_words: true,
    })
}

/// A decimal read out as a broadcast says it, "one point eight million", "two point five": the whole number,
/// "point", one digit word after another, then a scale if any; with how many words it took. `None` when the
/// words are no such decimal, so that "one point" of a score stays a count of one.
fn spoken_decimal(words: &[&str]) -> Option<(f64, usize)> {
    let point = words.iter().position(|w| *w == "point")?;
    let (whole, used) = evaluate_words(&words[..point])?;
    if used != point {
        return None;
    }
    let digit = |w: &str| match number_word(w) {
        Some(NumberWord::Small(d)) if d < 10.0 => Some(d),
        _ => None,
    };
    let digits: Vec<f64> = words[point + 1..].iter().map_while(|w| digit(w)).collect();
    if digits.is_empty() {
        return None;
    }
    let fraction = digits.iter().rev().fold(0.0, |acc, d| (acc + d) / 10.0);
    let mut end = point + 1 + digits.len();
    let mut value = whole + fraction;
    if let Some(scale) = words.get(end).and_then(|w| scale_word(w)) {
        value *= scale;
        end += 1;
    }
    Some((value, end))
}

/// "and six months" or "and a half" after a duration `value unit` ending before word `k`: the total in the
/// smaller unit, that unit, and the index one past the compound.
fn compound_duration(
    w: &Words,
    k: usize,
    value: f64,
    unit: Unit,
    claimed: &[bool],
) -> Option<(f64, Unit, usize)> {
    if !w.is(k, "and") || !w.joined_by_space(k) || claimed.get(k + 1).copied().unwrap_or(true) {
        return None;
    }
    if w.is(k + 1, "a") && w.is(k + 2, "half") {
        return Some((value + 0.5, unit, k + 3));
    }
    let (second, end) = if w.words[k + 1].number {
        let d = parse_digits(w.words[k + 1].raw)?;
        (d.value, k + 2)
    } else {
        let lowers: Vec<&str> = (k + 1..w.len().min(k + 6)).map(|j| w.lower(j)).collect();
        let (v, used) = evaluate_words(&lowers)?;
        (v, k + 1 + used)
    };
    let smaller = unit_word(w.lower(end))?;
    if smaller.base != unit.base || smaller.factor >= unit.factor || !w.joined_by_space(end) {
        return None;
    }
    Some((
        value * unit.factor / smaller.factor + second,
        smaller,
        end + 1,
    ))
}

/// The currency symbol right before word `i` ("$2.5", "US$5", "€4.2bn"): where the money span starts and the
/// currency's code.
fn currency_before(w: &Words, i: usize) -> Option<(usize, &'static str)> {
    if let Some(code) = currency_code_at(w, i) {
        return Some((w.words[i - 1].span.start, code));
    }
    let gap = w.gap_before(i);
    let trimmed = gap.trim_end();
    let symbol = trimmed.chars().next_back()?;
    let code = currency_symbol(symbol)?;
    let at = w.words[i].span.start - (gap.len() - trimmed.len()) - symbol.len_utf8();
    // "US$5", "NT$600,000": the country prefix belongs to the money, and says whose dollar it is.
    if i > 0 && trimmed.len() == symbol.len_utf8() && symbol == '$' {
        let prefix = w.words[i - 1].raw;
        let glued = w.words[i - 1].span.end == at;
        if let Some(dollar) = dollar_prefix(prefix).filter(|_| glued) {
            return Some((w.words[i - 1].span.start, dollar));
        }
    }
    Some((at, code))
}

/// The currency of a code or abbreviation written right before word `i`: "Tk 45 crore", "USD 5 million".
fn currency_code_at(w: &Words, i: usize) -> Option<&'static str> {
    let prev = w.words.get(i.checked_sub(1)?)?;
    // "Rs. 500": the abbreviation's full stop may sit between code and number.
    let gap = w.gap_before(i);
    let gap = gap.strip_prefix('.').unwrap_or(gap);
    if prev.possessive || !gap.chars().all(char::is_whitespace) {
        return None;
    }
    currency_code_before(prev.raw)
}

/// The currency named by words `i` and `i + 1` when the first says whose it is: "7.5 billion Danish kroner",
/// "1.8 billion CFA francs", "200 million Swiss francs". Dollars are left to [`dollar_country`]: a dollar
/// of a country it does not list is not the US dollar.
fn qualified_currency(w: &Words, i: usize) -> Option<&'static str> {
    let qualifier = w.words.get(i)?;
    let name = w.words.get(i + 1)?;
    let whose = qualifier.capitalised && qualifier.raw.chars().all(char::is_alphabetic);
    if !whose || !w.joined_by_space(i + 1) || name.capitalised {
        return None;
    }
    match currency_word(&name.lower)? {
        "usd" => None,
        // The West and Central African franc is not the Swiss one, which "francs" alone is read as.
        "chf" if qualifier.lower == "cfa" => currency_word("cfa"),
        code => Some(code),
    }
}

/// A currency symbol anywhere in a gap.
fn currency_symbol_in(gap: &str) -> Option<&'static str> {
    gap.chars().find_map(currency_symbol)
}

/// Whether a hedge comes before word `first` ("about", "more than", "as many as") or after word `end - 1`
/// ("or so", "or more", "-odd").
fn is_approximate(w: &Words, first: usize, end: usize) -> bool {
    let before = |n: usize| first.checked_sub(n).map_or("", |k| w.lower(k));
    let hedged_before = is_approximator(before(1))
        || is_approximator_pair(before(2), before(1))
        || before(1) == "as" && is_approximator_pair(before(3), before(2));
    let hedged_after = w.is(end, "or") && matches!(w.lower(end + 1), "so" | "more" | "less")
        || w.is(end, "odd") && is_hyphen_gap(w.gap_before(end))
        || w.is(end, "plus");
    hedged_before || hedged_after
}

/// The word at `i` as the thing or state a span of time is of ("ceasefire" of "a ceasefire for 60 days",
/// "adrift" of "after 23 days adrift"), in its head form: a plain lowercase word, not a figure, a name, a
/// verb form or a function word, and not already read as part of another figure.
fn lasting_thing_at(w: &Words, i: usize, claimed: &[bool]) -> Option<String> {
    let word = &w.words[i];
    let lower = word.lower.as_ref();
    (!word.capitalised
        && !word.number
        && lower.chars().all(char::is_alphabetic)
        && !lower.ends_with("ed")
        && !lower.ends_with("ing")
        && !is_function_word(lower)
        && !claimed[i])
        .then(|| canonical_head(&singular(lower)))
}

/// Whether the number at words `first..end` counts a part or an addition: "the first 300", "an initial 300",
/// "another 50", "a further 20", "300 more", "the remaining 900".
fn is_partial(w: &Words, first: usize, end: usize) -> bool {
    let before = |n: usize| first.checked_sub(n).map_or("", |k| w.lower(k));
    let marks_part = |word: &str| {
        matches!(
            word,
            "first"
                | "initial"
                | "another"
                | "further"
                | "additional"
                | "remaining"
                | "extra"
                | "latest"
                | "other"
                | "last"
                | "next"
        )
    };
    marks_part(before(1)) || w.is(end, "more") && w.joined_by_space(end)
}

/// The tremor a magnitude before word `at` is of: the nearest earthquake or aftershock among the few words
/// before it ("The strongest earthquake, of magnitude 4.6", "The quake measured").
fn tremor_before(w: &Words, at: usize) -> Option<String> {
    (at.saturating_sub(4)..at)
        .rev()
        .find_map(|j| match w.lower(j) {
            "earthquake" | "earthquakes" | "quake" | "quakes" | "tremor" | "tremors"
            | "temblor" => Some("earthquake".to_string()),
            "aftershock" | "aftershocks" => Some("aftershock".to_string()),
            _ => None,
        })
}

/// Whether the count at words `first..end` is of a group its head already names by what befell it, narrowed
/// by a relative clause: "treated the two injured who were not flown out" counts some of the injured, not all
/// of them. Without such a head the clause says what befell them ("the 11 people who died"), and after a comma
/// it only adds to them ("the five injured, who were flown to Gilgit").
fn restricted_part(w: &Words, first: usize, end: usize, head: Option<&str>) -> bool {
    if first == 0
        || w.lower(first - 1) != "the"
        || !matches!(head, Some("injured" | "dead" | "missing"))
    {
        return false;
    }
    (end..(end + 3).min(w.len()))
        .find(|&k| matches!(w.lower(k), "who" | "that" | "whom"))
        .is_some_and(|k| (end..=k).all(|j| w.joined_by_space(j) && !w.words[j].number))
}

/// Whether a bare count ending before word `k` counts some members of a group the sentence names without
/// sizing it: "27 of the injured were taken to hospital", "five of its crew". The count is a part of the group,
/// not how many the group holds ("54 of the 101 seats" names the whole's size and is compared as a part of it).
fn is_partitive(w: &Words, k: usize) -> bool {
    if !(w.is(k, "of") && w.joined_by_space(k)) {
        return false;
    }
    let h = after_determiners(w, k + 1);
    h > k + 1 && h < w.len() && !w.words[h].number && number_word(w.lower(h)).is_none()
}

/// Nouns of a body of members, whose "of N" gives its size: "a family of five", "a crew of 12".
fn is_collective_noun(noun: &str) -> bool {
    matches!(
        noun,
        "family"
            | "household"
            | "crew"
            | "team"
            | "group"
            | "delegation"
            | "squad"
            | "class"
            | "gang"
            | "jury"
            | "panel"
            | "committee"
            | "board"
            | "contingent"
            | "convoy"
            | "fleet"
            | "herd"
            | "flock"
    )
}

/// Whether `word` introduces a noun phrase as a determiner ("the", "its") does.
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "those" | "these"
    )
}

/// The first word from `h` past a determiner and a possessive that may open the noun phrase after "of":
/// "the", "its", "the town's", "the country's", and past a hedge on the whole's size ("eleven of the roughly
/// 420 passengers").
fn after_determiners(w: &Words, mut h: usize) -> usize {
    if is_determiner(w.lower(h)) && w.joined_by_space(h) {
        h += 1;
    }
    if h + 1 < w.len() && w.words[h].possessive && !w.words[h].number {
        h += 1;
    }
    if h + 1 < w.len() && is_approximator(w.lower(h)) && w.words[h + 1].number {
        h += 1;
    }
    h
}

/// Whether the count starting at word `first` sizes the whole that a count before or after it is part of:
/// 101 in "54 of the 101 seats", 11 in "three of the town's 11 polling stations", 420 in "Of the 420
/// passengers, eleven were hurt".
fn whole_of_part(w: &Words, first: usize) -> bool {
    let mut b = first;
    if b >= 1 && is_approximator(w.lower(b - 1)) {
        b -= 1;
    }
    if b >= 1 && w.words[b - 1].possessive && !w.words[b - 1].number {
        b -= 1;
    }
    if b >= 1 && is_determiner(w.lower(b - 1)) {
        b -= 1;
    }
    // "nine of 24 samples", and "nine out of 24 samples" which says the same.
    let part_at = |p: usize| w.words[p].number || number_word(w.lower(p)).is_some();
    let after_part = b >= 2
        && w.is(b - 1, "of")
        && (part_at(b - 2) || b >= 3 && w.is(b - 2, "out") && part_at(b - 3));
    // "Of approximately 420 passengers on board, eleven sustained minor injuries": the whole opens the
    // clause and its part follows.
    let before_part = b >= 1 && w.is(b - 1, "of") && (b == 1 || is_clause_gap(w.gap_before(b - 1)));
    after_part || before_part
}

/// The head noun of a run of up to three content words starting at word `k`: "prisoners" in "175 prisoners
/// were freed", "soldier" in "five Russian soldiers", "aid" in "in military aid". Singular, matching form.
fn head_run(w: &Words, k: usize, claimed: &[bool]) -> Option<String> {
    head_run_at(w, k, claimed).map(|(head, _)| head)
}

/// [`head_run`] with the index one past the head noun.
fn head_run_at(w: &Words, k: usize, claimed: &[bool]) -> Option<(String, usize)> {
    let mut head: Option<(&str, usize)> = None;
    let mut end = (k + 3).min(w.len());
    let mut j = k;
    while j < end {
        let word = &w.words[j];
        let hyphened = j > k && is_hyphen_gap(w.gap_before(j));
        let linked = w.joined_by_space(j) || hyphened;
        if !linked || claimed[j] || is_clause_gap(w.gap_before(j)) {
            break;
        }
        j += 1;
        // A compound modifier is one word of the noun phrase: "41 long-finned pilot whales" counts whales,
        // its "finned" no participle after a noun.
        if hyphened {
            end = (end + 1).min(w.len());
        }
        let j = j - 1;
        let lower = word.lower.as_ref();
        // "more" and "additional" before the noun add nothing to what is counted: "100 more troops"; nor does
        // an adverb ("14 slightly injured").
        if j == k
            && (matches!(lower, "more" | "additional" | "extra" | "new" | "further")
                || lower.ends_with("ly"))
        {
            continue;
        }
        if head.is_some() && is_common_verb(lower) {
            break;
        }
        // A function word can start a compound modifier: "four off-piste skiers", "two in-house lawyers".
        let compound = j + 1 < end && is_hyphen_gap(w.gap_before(j + 1));
        let content = !word.number
            && lower.chars().all(|c| c.is_alphabetic() || c == '\'')
            && (compound || !is_function_word(lower))
            && number_word(lower).is_none()
            && !is_approximator(lower)
            && !is_speech_verb(lower)
            && lexicon::weekday(lower).is_none()
            && (!word.capitalised
                || is_nationality(&singular(lower))
                || proper_adjective(w, j, end));
        if !content {
            break;
        }
        // A participle after the noun is its predicate: "30 people killed".
        if head.is_some() && !hyphened && (lower.ends_with("ed") || lower.ends_with("ing")) {
            break;
        }
        head = Some((lower, j + 1));
        // A plural or possessive ends the noun phrase: "two leaders spoke", "Palestinian prisoners".
        if word.possessive || singular(lower) != lower {
            break;
        }
    }
    head.map(|(h, end)| (canonical_head(&singular(h)), end))
}

/// Whether the capitalised word `j` is an adjective of a people, a dynasty or an era that modifies the
/// lowercase noun after it: "14 Byzantine silver coins", "three Victorian houses". Such adjectives end like
/// adjectives ("-ic", "-ian", "-an", "-ine", "-ese", "-ish"); a name before a noun ("11 Smith scored") does not
/// end so, and is left out.
fn proper_adjective(w: &Words, j: usize, end: usize) -> bool {
    let lower = w.lower(j);
    let adjective = ["ic", "ian", "an", "ine", "ese", "ish"]
        .iter()
        .any(|suffix| lower.len() > suffix.len() + 2 && lower.ends_with(suffix));
    adjective
        && j + 1 < end
        && w.joined_by_space(j + 1)
        && !w.words[j + 1].capitalised
        && !w.words[j + 1].number
        && !is_common_verb(w.lower(j + 1))
}

/// True when a verb of loss governs the lives counted by the number at `first` (its hedge included) whose
/// head ends before `head_end`: "claimed", "took", "cost" just before it, or "lost" within two words after
/// ("13 lives were lost", "13 lives lost").
fn lives_lost(w: &Words, first: usize, head_end: usize) -> bool {
    let before = first.checked_sub(1).is_some_and(|k| {
        matches!(
            w.lower(k),
            "claimed"
                | "claim"
                | "claims"
                | "claiming"
                | "took"
                | "taken"
                | "take"
                | "takes"
                | "taking"
                | "cost"
                | "costs"
                | "costing"
        )
    });
    let after = (head_end..(head_end + 2).min(w.len())).any(|k| w.is(k, "lost"));
    before || after
}

/// The rate unit `unit` makes with "per hour", "an hour" or "/h" at word `k` (or "per second" for a volume),
/// and the index past them: "120 kilometres per hour", "160 km/h", "60 miles an hour", "2,800 cubic metres
/// per second".
fn rate_unit(w: &Words, k: usize, unit: Option<&str>) -> Option<(&'static str, usize)> {
    let (rate, time): (_, &[&str]) = match unit? {
        "km" => ("km/h", &["hour", "h", "hr"]),
        "mile" => ("mph", &["hour", "h", "hr"]),
        "cubic metre" => ("cubic metre per second", &["second", "s", "sec"]),
        _ => return None,
    };
    let per = |j: usize| time.contains(&w.lower(j));
    if matches!(w.lower(k), "per" | "an" | "a") && w.joined_by_space(k) && per(k + 1) {
        return Some((rate, k + 2));
    }
    (k < w.len() && w.gap_before(k) == "/" && per(k)).then_some((rate, k + 1))
}

/// Whether a verb of letting water out governs the flow at word `first` (its hedge included): "was releasing
/// 2,800 cubic metres per second", "discharging up to 3,200 cubic metres per second".
fn is_discharge_verb(word: &str) -> bool {
    matches!(
        word,
        "releasing"
            | "released"
            | "releases"
            | "release"
            | "discharging"
            | "discharged"
            | "discharges"
            | "discharge"
            | "spilling"
            | "spilled"
            | "spilt"
    )
}

/// Whether the speed at word `first` (its hedge included) is how fast something moved: after a verb of motion
/// and "at" ("travelling at", "running at") or after "doing" ("was doing 160 km/h"). "At a speed of" is read
/// as the noun before "of".
fn is_speed_of_motion(w: &Words, first: usize) -> bool {
    let before = |n: usize| first.checked_sub(n).map_or("", |i| w.lower(i));
    if before(1) == "doing" {
        return true;
    }
    before(1) == "at"
        && matches!(
            before(2),
            "travelling"
                | "traveling"
                | "travelled"
                | "traveled"
                | "running"
                | "ran"
                | "moving"
                | "moved"
                | "going"
                | "went"
                | "driving"
                | "drove"
                | "speeding"
                | "sped"
                | "hurtling"
                | "cruising"
                | "flying"
                | "sailing"
        )
}

/// Words before "speed" that make it a bound, not how fast something went: "the line's design speed of 200
/// km/h", "a maximum speed of 160 km/h".
fn is_speed_limit_word(word: &str) -> bool {
    matches!(
        word,
        "design" | "maximum" | "top" | "permitted" | "permissible" | "allowed" | "max" | "limit"
    )
}

/// Whether the words at `k` say a length runs into the ground: "inside the mountain", "into the rock".
fn inside_the_ground(w: &Words, k: usize) -> bool {
    matches!(w.lower(k), "inside" | "into")
        && w.joined_by_space(k)
        && matches!(
            w.lower(after_determiners(w, k + 1)),
            "mountain" | "mine" | "rock" | "ground" | "earth" | "hill" | "hillside" | "shaft"
        )
}

/// Stretches of time a sum may be given per ("$110 million a year"), in head form.
fn is_rate_period(per: &str) -> bool {
    matches!(per, "year" | "annum" | "month" | "week" | "day")
}

/// Forms a sum may be paid in, after "in": "4 million dollars in bitcoin", "$2 million in cash".
fn is_payment_form(word: &str) -> bool {
    matches!(
        word,
        "bitcoin"
            | "bitcoins"
            | "cryptocurrency"
            | "cryptocurrencies"
            | "crypto"
            | "monero"
            | "ether"
            | "cash"
            | "gold"
            | "banknotes"
            | "notes"
            | "coins"
    )
}

/// Whether the words at `h` name money others entrusted: "customers' money", "depositors' savings", "public
/// funds". A sum "of" such money in a story is the sum taken from it ("described how 42 billion naira of
/// customers' money had moved"), which another report gives as the embezzled or defrauded sum.
fn held_in_trust(w: &Words, h: usize) -> bool {
    let money = |j: usize| matches!(w.lower(j), "money" | "funds" | "savings" | "deposits");
    let owner = matches!(
        w.lower(h),
        "customers"
            | "depositors"
            | "clients"
            | "investors"
            | "savers"
            | "taxpayers"
            | "pensioners"
    ) && (w.words[h].possessive || w.gap_after(h).starts_with(['\'', '\u{2019}']));
    h + 1 < w.len() && (owner || matches!(w.lower(h), "public" | "state")) && money(h + 1)
}

/// Whether the share at words `first..end` (its hedge included) is a pay rise: "a 12 percent pay rise", "a 35
/// percent salary increase", "a 40 per cent rise in salary", "raised their wages by 12 percent". A share
/// that rises alone, right before a clause's end ("a 10 percent rise, in two parts"), is a rise of what
/// the story's figures rise in, which the story-level quantity check keys with the pay rise.
fn pay_rise(w: &Words, first: usize, end: usize) -> Option<&'static str> {
    let pay = |j: usize| matches!(w.lower(j), "pay" | "salary" | "salaries" | "wage" | "wages");
    let rise = |j: usize| {
        matches!(
            w.lower(j),
            "rise" | "increase" | "raise" | "hike" | "increment"
        )
    };
    let joined = |j: usize| j < w.len() && w.joined_by_space(j);
    if joined(end) && pay(end) && joined(end + 1) && rise(end + 1) {
        return Some("pay rise");
    }
    if joined(end) && rise(end) {
        let after = end + 1;
        if w.is(after, "in") && pay(after_determiners(w, after + 1)) {
            return Some("pay rise");
        }
        let closed = after >= w.len() || is_clause_gap(w.gap_before(after));
        let article = first > 0 && matches!(w.lower(first - 1), "a" | "an");
        return (closed && article).then_some("rise");
    }
    // "raise their wages by 12 percent".
    let raised = |j: usize| {
        matches!(
            w.lower(j),
            "raise" | "raised" | "raising" | "increase" | "increased" | "increasing"
        )
    };
    (first >= 3
        && w.is(first - 1, "by")
        && pay(first - 2)
        && (raised(first - 3)
            || first >= 4 && matches!(w.lower(first - 3), "their" | "the") && raised(first - 4)))
    .then_some("pay rise")
}

/// One name for words outlets use interchangeably for what is counted: "killed", "dead", "deaths" -> "dead";
/// "wounded", "hurt" -> "injured"; "truce" -> "ceasefire"; "troops" -> "soldier".
fn canonical_head(head: &str) -> String {
    match head {
        "killed" | "dead" | "died" | "death" | "fatality" | "deceased" => "dead",
        "injured" | "wounded" | "hurt" | "injury" => "injured",
        "truce" | "armistice" | "ceasefire" | "cease-fire" => "ceasefire",
        "troop" | "soldier" | "serviceman" | "servicemen" => "soldier",

        "person" | "people" => "people",
        // "the death toll has risen to nine".
        "toll" => "dead",
        "penalty" => "fine",
        other => other,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmented;
    use proptest::prelude::*;

    /// (span text, value, unit, head, approximate).
    type Quantity = (String, f64, Option<String>, Option<String>, bool);

    /// Every quantity in `text`.
    fn quantities(text: &str) -> Vec<Quantity> {
        numbers_of(text)
            .into_iter()
            .map(|n| {
                (
                    n.span.of(text).to_string(),
                    n.value,
                    n.unit,
                    n.head,
                    n.approximate,
                )
            })
            .collect()
    }

    fn numbers_of(text: &str) -> Vec<NumberMention> {
        let seg = Segmented::new(text);
        let mut out = Vec::new();
        let mut dates = Vec::new();
        for s in 0..seg.sentences.len() {
            let w = Words::new(text, &seg, s);
            let mut claimed = vec![false; w.len()];
            let first_date = dates.len();
            super::super::dates::scan(&w, &mut claimed, &mut dates);
            scan(&w, &claimed, &dates[first_date..], &mut out);
        }
        out
    }

    fn one(text: &str) -> Quantity {
        let mut got = quantities(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.remove(0)
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn a_span_in_captivity_and_a_persons_age_have_heads() {
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("They were freed after nearly seven months in captivity."),
            s("captivity")
        );
        assert_eq!(
            head("The nurse Moussa Harouna, 34, was abducted in July."),
            s("age of harouna")
        );
        assert_eq!(
            head("She was freed with her colleague Moussa Harouna, 38."),
            s("age of harouna")
        );
        // A figure after a place and a function word is no age.
        assert_eq!(head("In Paris, 40, people marched."), None);
    }

    #[test]
    fn a_compound_modifier_does_not_end_the_counted_noun() {
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("Volunteers refloated 41 long-finned pilot whales on Saturday."),
            s("whale")
        );
        assert_eq!(head("They counted 14 fire-damaged houses."), s("house"));
    }

    #[test]
    fn the_form_a_sum_is_paid_in_and_its_period_are_not_its_head() {
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("The attackers have demanded 4 million dollars in bitcoin."),
            s("sum (demanded)")
        );
        assert_eq!(
            head("The attackers demand a ransom of 6 million dollars."),
            s("ransom (demanded)")
        );
        assert_eq!(
            head("The beef quota could bring in $100 million a year."),
            None
        );
        // A price per unit keeps its unit as the head.
        assert_eq!(head("The shares were sold at €68 a share."), s("per share"));
    }

    #[test]
    fn a_new_level_after_from_and_to_is_of_the_thing_changed() {
        let heads = |t: &str| quantities(t).into_iter().map(|q| q.3).collect::<Vec<_>>();
        assert_eq!(
            heads(
                "Vietnam will cut its tariff on a quota of Uruguayan beef from 14 per cent to 3 per cent."
            ),
            vec![None, s("tariff")]
        );
        assert_eq!(
            heads("The jobless rate fell from 9 percent to 7 percent."),
            vec![None, s("rate")]
        );
    }

    #[test]
    fn a_name_before_a_scaled_sum_does_not_make_it_a_designator() {
        let got = one("The regulator fined Meghna Mobile 450 million taka on Tuesday.");
        assert_eq!((got.0.as_str(), got.1), ("450 million taka", 450e6));
        // A model number after a name stays a designator.
        assert!(quantities("The airline flies the Boeing 737 on the route.").is_empty());
    }

    #[test]
    fn a_sum_between_an_article_and_a_noun_is_of_that_noun() {
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("A $2.5 billion phosphate pact was signed on Sunday."),
            s("pact")
        );
        assert_eq!(head("The regulator imposed a Tk 45 crore fine."), s("fine"));
        // A sum that only stands before a noun of the sentence is not attributive.
        assert_eq!(
            head("The firm paid $5 million dividends to owners."),
            s("price")
        );
    }

    #[test]
    fn what_a_place_holds_is_its_capacity_not_its_crowd() {
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("The new stadium holds 13,000 spectators in league matches."),
            s("capacity")
        );
        assert_eq!(head("The hall seats about 800 people."), s("capacity"));
        assert_eq!(head("The governing party holds 54 seats."), s("seat"));
        assert_eq!(head("The gunmen still hold 30 hostages."), s("hostage"));
        assert_eq!(
            head("Some 17,500 spectators watched the final."),
            s("spectator")
        );
    }

    #[test]
    fn how_far_a_record_was_bettered_is_its_margin() {
        let head = |t: &str| one(t).3;
        let margin = s("record margin");
        assert_eq!(head("She broke the course record by 41 seconds."), margin);
        assert_eq!(
            head("She won, improving the previous limit by 14 seconds."),
            margin
        );
        assert_eq!(
            head("She won, taking 41 seconds off the mark set in 2019."),
            margin
        );
        // A deficit to another runner is another time.
        assert_ne!(
            head("Chepkoech finished 28 seconds behind the winner."),
            margin
        );
        assert_ne!(head("The train was delayed by 40 minutes."), margin);
    }

    #[test]
    fn a_prison_term_is_one_quantity_in_every_frame() {
        let head = |t: &str| one(t).3;
        let term = s("prison term");
        assert_eq!(
            head("He was sentenced on Tuesday to six years in prison."),
            term
        );
        assert_eq!(head("The court jailed him for 8 years."), term);
        assert_eq!(head("She received a five-year jail term."), term);
        assert_eq!(head("He was sentenced to six years’ imprisonment."), term);
        assert_eq!(
            head("The judge handed down a prison term of six years."),
            term
        );
        // Terms asked for or risked are other figures, and a duration of service is no term at all.
        assert_ne!(
            head("Prosecutors had asked for a prison term of eight years."),
            term
        );
        assert_ne!(head("He faces up to ten years in jail."), term);
        assert_ne!(head("He had served the state for 20 years."), term);
        assert_ne!(head("She won a five-year term as mayor."), term);
    }

    #[test]
    fn lives_claimed_or_lost_are_the_dead_and_lives_saved_are_not() {
        let head = |t: &str| one(t).3;
        assert_eq!(head("The outbreak has so far claimed 13 lives."), s("dead"));
        assert_eq!(head("The storm cost at least 40 lives."), s("dead"));
        assert_eq!(head("Officials said 13 lives were lost."), s("dead"));
        assert_ne!(head("The rescue saved 13 lives."), s("dead"));
    }

    #[test]
    fn a_number_word_after_a_datelines_agency_opens_the_first_sentence() {
        assert_eq!(
            one("HANOI (Asia Pacific Wire) - Four people drowned on Saturday night.").1,
            4.0
        );
    }

    #[test]
    fn hyphenated_unit_takes_the_following_noun_as_head() {
        assert_eq!(
            one("Ukraine agreed to an immediate 30-day ceasefire."),
            ("30-day".into(), 30.0, s("day"), s("ceasefire"), false)
        );
    }

    #[test]
    fn unit_of_head() {
        assert_eq!(
            one("After nine hours of talks on Tuesday, they agreed."),
            ("nine hours".into(), 9.0, s("hour"), s("talk"), false)
        );
    }

    #[test]
    fn money_with_symbols_and_scales() {
        assert_eq!(
            one("The US pledged $2.5 billion in military aid."),
            ("$2.5 billion".into(), 2.5e9, s("usd"), s("aid"), false)
        );
        assert_eq!(
            one("The EU approved €4.2bn for Kyiv."),
            ("€4.2bn".into(), 4.2e9, s("eur"), None, false)
        );
        let got = one("They paid US$5m.");
        assert_eq!((got.0.as_str(), got.1, got.2), ("US$5m", 5e6, s("usd")));
        let got = one("It cost 300 million roubles.");
        assert_eq!((got.1, got.2), (3e8, s("rub")));
    }

    #[test]
    fn a_fraction_of_a_unit_is_that_much_of_it() {
        // Blind set 26, story 161: "about 20 minutes" against "almost three quarters of an hour".
        let got = numbers_of("The storm went on for almost three quarters of an hour.").remove(0);
        assert_eq!((got.value, got.unit.as_deref()), (0.75, Some("hour")));
        assert_eq!(
            got.span
                .of("The storm went on for almost three quarters of an hour."),
            "three quarters of an hour"
        );
        let got = numbers_of("The storm lasted a quarter of an hour.").remove(0);
        assert_eq!((got.value, got.unit.as_deref()), (0.25, Some("hour")));
        let got = numbers_of("Rescuers arrived half an hour later.").remove(0);
        assert_eq!((got.value, got.unit.as_deref()), (0.5, Some("hour")));
        // Half of a scale is still read as one.
        let got = numbers_of("They fled with half a million euros.").remove(0);
        assert_eq!((got.value, got.unit.as_deref()), (5e5, Some("eur")));
    }

    #[test]
    fn a_currency_named_with_whose_it_is_is_money() {
        // Story 157: "7.5 billion Danish kroner" against "5.7 billion kroner" and "a billion-kroner project".
        let got = one("The firm planned to invest 7.5 billion Danish kroner in the plant.");
        assert_eq!(
            (got.0.as_str(), got.1, got.2),
            ("7.5 billion Danish kroner", 7.5e9, s("krona"))
        );
        let got = numbers_of("It is a billion-kroner project.").remove(0);
        assert_eq!(got.unit, s("krona"));
        // ... and a size class: a billion kroner or more, as a project of 7.5 billion is.
        assert_eq!((got.value, got.limit), (1e9, Limit::AtLeast));
        assert_eq!(
            numbers_of("It paid 3 billion-kroner.")[0].limit,
            Limit::Exact
        );
        // Story 108: the CFA franc is not the Swiss franc.
        let got = one("The cargo was worth 1.8 billion CFA francs.");
        assert_eq!((got.1, got.2), (1.8e9, s("cfa")));
        let got = one("The bank was fined 200 million Swiss francs.");
        assert_eq!(got.2, s("chf"));
        // A dollar of a country the list lacks is not read as the US dollar.
        assert_ne!(one("It cost 40 million Bermudian dollars.").2, s("usd"));
    }

    #[test]
    fn south_asian_sums_in_lakhs_and_crores_with_the_currency_abbreviated() {
        let got = one("The regulator fined the operator Tk 45 crore for the outage.");
        assert_eq!(
            (got.0.as_str(), got.1, got.2),
            ("Tk 45 crore", 4.5e8, s("bdt"))
        );
        // The same sum in words is the same quantity.
        let words = one("The regulator fined the operator 450 million taka.");
        assert_eq!((words.1, words.2), (4.5e8, s("bdt")));
        let got = one("Each family will get ₹4 lakh in compensation.");
        assert_eq!((got.1, got.2), (4e5, s("inr")));
        let got = one("Each family will get Rs. 50,000 from the fund.");
        assert_eq!(
            (got.0.as_str(), got.1, got.2),
            ("Rs. 50,000", 5e4, s("inr"))
        );
    }

    #[test]
    fn a_countrys_dollar_is_its_own_currency_as_prefix_or_in_words() {
        let got = one("The county fined the hospital NT$600,000.");
        assert_eq!(
            (got.0.as_str(), got.1, got.2),
            ("NT$600,000", 6e5, s("twd"))
        );
        let got = one("The county fined the hospital 400,000 New Taiwan dollars.");
        assert_eq!(
            (got.0.as_str(), got.1, got.2),
            ("400,000 New Taiwan dollars", 4e5, s("twd"))
        );
        assert!(
            numbers_of("The county fined the hospital 400,000 New Taiwan dollars.")[0].is_money()
        );
        assert_eq!(one("The harbour cost HK$5 billion.").2, s("hkd"));
        assert_eq!(
            one("The harbour cost 5 billion Hong Kong dollars.").2,
            s("hkd")
        );
        assert_eq!(one("The mine was sold for A$2 billion.").2, s("aud"));
        // A "$" alone, and a prefix apart from it, stay the US dollar.
        assert_eq!(one("The mine was sold for $2 billion.").2, s("usd"));
        assert_eq!(one("The mine was sold for US$2 billion.").2, s("usd"));
    }

    #[test]
    fn a_bank_code_before_a_sum_is_its_currency_only_in_capitals() {
        let got = one("The ministry sought USD 400 million for the pipeline.");
        assert_eq!(
            (got.0.as_str(), got.1, got.2),
            ("USD 400 million", 4e8, s("usd"))
        );
        let got = one("The club paid RM 2 million for the striker.");
        assert_eq!((got.1, got.2), (2e6, s("myr")));
        // A capitalised word before a number still designates: "Gate 5" is no sum of money, nor "PHP 8".
        assert!(quantities("Passengers waited at Gate 5.").is_empty());
        assert!(quantities("The site still runs on PHP 8.").is_empty());
    }

    #[test]
    fn currencies_named_after_the_number_across_regions() {
        for (text, code) in [
            ("The fine was 540 million taka.", "bdt"),
            ("Prize money was 200,000 birr.", "etb"),
            ("The bridge cost 35 billion tugriks.", "mnt"),
            ("Tickets cost 3,000 kyats.", "mmk"),
            ("The loan was 12 million lari.", "gel"),
        ] {
            assert_eq!(one(text).2, s(code), "{text}");
        }
    }

    #[test]
    fn counts_take_their_plural_noun_singular() {
        assert_eq!(
            one("Russia freed 175 prisoners on Friday."),
            ("175".into(), 175.0, None, s("prisoner"), false)
        );
        assert_eq!(one("Some 2,000 troops arrived.").1, 2000.0);
        assert_eq!(one("Five Russian soldiers were captured.").3, s("soldier"));
        // People are counted by what befell them.
        assert_eq!(one("At least 30 people killed.").3, s("dead"));
        assert_eq!(one("Some 40 people were left homeless.").3, s("evacuated"));
    }

    #[test]
    fn counts_of_skiers_or_passengers_are_keyed_by_what_befell_them() {
        assert_eq!(one("Four off-piste skiers were killed.").3, s("dead"));
        assert_eq!(one("An avalanche hit, killing three people.").3, s("dead"));
        assert_eq!(one("The blast injured 12 miners.").3, s("injured"));
        assert_eq!(one("Two passengers were injured.").3, s("injured"));
        // Without an event the group is what is counted: the number aboard.
        assert_eq!(one("The jet carried 180 passengers.").3, s("passenger"));
        assert_eq!(one("Five Russian soldiers were captured.").3, s("soldier"));
    }

    #[test]
    fn people_saved_pulled_or_found_alive_are_the_rescued_whatever_they_are_called() {
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("Rescuers pulled 14 sailors from the water."),
            s("rescued")
        );
        assert_eq!(
            head("Search teams had saved 16 crew members by noon."),
            s("rescued")
        );
        assert_eq!(
            head("Fishing boats picked up 14 seamen overnight."),
            s("rescued")
        );
        let rescued: Vec<_> =
            quantities("Fourteen of the 21 seafarers aboard were recovered alive.")
                .into_iter()
                .map(|q| q.3)
                .collect();
        // The whole is the number aboard, not the number rescued.
        assert_eq!(rescued, [s("rescued"), s("seafarer")]);
        // Without a rescue the crew is counted as the crew, and lives saved are not people rescued.
        assert_eq!(head("The ship had 16 crew members."), s("member"));
        assert_ne!(head("The rescue saved 13 lives."), s("rescued"));
    }

    #[test]
    fn a_tally_told_by_votes_or_by_members_is_keyed_by_its_side() {
        let heads = |t: &str| quantities(t).into_iter().map(|q| q.3).collect::<Vec<_>>();
        assert_eq!(
            heads("The assembly passed the bill by 131 votes to 78, with 12 abstentions."),
            [s("vote"), s("vote against"), s("abstention")]
        );
        assert_eq!(
            heads("The text was approved by 126 deputies, 78 voted against and 12 abstained."),
            [s("vote"), s("vote against"), s("abstention")]
        );
        assert_eq!(heads("Some 140 MPs voted in favour."), [s("vote")]);
        assert_eq!(
            heads("It won 90 votes in favour and 40 votes against."),
            [s("vote"), s("vote against")]
        );
        // An earlier stage's tally is another vote; the size of the chamber is not a side.
        assert_eq!(
            heads("The law passed its first reading in June by 124 votes."),
            [s("vote (first reading)")]
        );
        assert_eq!(heads("The chamber has 240 members."), [s("member")]);
    }

    #[test]
    fn a_figure_is_rounded_to_its_step_and_dozens_to_a_dozen() {
        let step = |t: &str| numbers_of(t)[0].step;
        assert_eq!(step("About 30 houses burned."), 10.0);
        assert_eq!(step("Some 2,000 troops arrived."), 1000.0);
        assert_eq!(step("Twenty-seven patients remained."), 1.0);
        assert_eq!(step("Around two dozen patients remained."), 12.0);
        assert_eq!(step("He took 3.8 billion pesos."), 1e8);
        assert_eq!(step("The tank held 2.5 litres."), 0.0);
    }

    #[test]
    fn half_a_billion_is_half_the_scale_not_the_scale() {
        let (text, value, ..) = one("The bank will sell half a billion euros of its reserves.");
        assert_eq!((text.as_str(), value), ("half a billion euros", 5e8));
        assert_eq!(one("Half a dozen boats joined the search.").1, 6.0);
    }

    #[test]
    fn a_length_below_ground_is_a_depth() {
        assert_eq!(
            one("The blast hit a gallery 1,050 metres below ground.").3,
            s("depth")
        );
        assert_eq!(
            one("The crew worked 1,150 metres underground.").3,
            s("depth")
        );
        assert_ne!(
            one("The road runs for 40 kilometres along the river.").3,
            s("depth")
        );
    }

    #[test]
    fn shares_idioms_and_half_units() {
        assert!(quantities("Two-thirds stayed; at one point no one spoke.").is_empty());
        assert_eq!(
            one("The talks lasted a day and a half."),
            ("a day and a half".into(), 1.5, s("day"), None, false)
        );
    }

    #[test]
    fn the_noun_phrase_ends_at_a_plural_and_skips_more() {
        assert_eq!(one("The two leaders spoke by phone.").3, s("leader"));
        assert_eq!(one("Britain would send 100 more troops.").3, s("soldier"));
    }

    #[test]
    fn toll_words_share_a_head_and_magnitudes_have_a_unit() {
        assert_eq!(
            quantities("Three people were killed and 27 wounded.")[1].3,
            s("injured")
        );
        assert_eq!(quantities("Three killed and 27 wounded.")[0].3, s("dead"));
        assert_eq!(
            quantities("Three killed and 27 wounded.")[1].3,
            s("injured")
        );
        assert_eq!(one("Quake: 14 slightly injured").3, s("injured"));
        assert_eq!(one("They agreed a two-month truce.").3, s("ceasefire"));
        assert_eq!(
            one("A magnitude 5.1 earthquake struck the coast."),
            ("5.1".into(), 5.1, s("magnitude"), s("earthquake"), false)
        );
    }

    #[test]
    fn parts_and_additions_are_marked_partial() {
        let got = numbers_of(
            "Of 1,200 prisoners, an initial 300 go first; another 50 and 20 more follow.",
        );
        let partial: Vec<_> = got.iter().map(|n| (n.value, n.partial)).collect();
        assert_eq!(
            partial,
            [(1200.0, false), (300.0, true), (50.0, true), (20.0, true)]
        );
    }

    #[test]
    fn some_of_the_injured_taken_to_hospital_are_a_part_not_the_injured_count() {
        let got = numbers_of(
            "27 of the injured were taken to hospital; 67 were hurt. 54 of the 101 seats.",
        );
        let partial: Vec<_> = got.iter().map(|n| (n.value, n.partial)).collect();
        assert_eq!(
            partial,
            [(27.0, true), (67.0, false), (54.0, false), (101.0, false)]
        );
        assert_eq!(got[0].head.as_deref(), Some("injured"));
    }

    #[test]
    fn different_things_counted_get_different_heads() {
        let got = quantities("The attack left 42 dead and 310 injured.");
        assert_eq!(got[0].3, s("dead"));
        assert_eq!(got[1].3, s("injured"));
        assert_eq!(got[1].1, 310.0);
    }

    #[test]
    fn equal_durations_written_differently_compare_equal() {
        let a = numbers_of("He was jailed for four and a half years.");
        let b = numbers_of("He was jailed for four years and six months.");
        let c = numbers_of("He was jailed for five years.");
        assert_eq!(a[0].value, 4.5);
        assert_eq!(b[0].unit.as_deref(), Some("month"));
        assert_eq!(b[0].value, 54.0);
        assert!(a[0].same_quantity(&b[0]));
        assert!(!a[0].same_quantity(&c[0]));
        let nine = numbers_of("nine hours of talks");
        let digits = numbers_of("9 hours of talks");
        assert!(nine[0].same_quantity(&digits[0]));
        assert_eq!(a[0].comparable(), (4.5 * 365.25, Some("day")));
    }

    #[test]
    fn ranges_are_one_quantity() {
        let n = &numbers_of("Between 30 and 40 villages were flooded.")[0];
        assert_eq!(
            (n.value, n.upper, n.head.as_deref()),
            (30.0, Some(40.0), Some("village"))
        );
        let n = &numbers_of("The suspects, aged 24 to 41, were held.")[0];
        assert_eq!((n.value, n.upper), (24.0, Some(41.0)));
        let n = &numbers_of("Some 30-40 boats took part.")[0];
        assert_eq!(
            (n.value, n.upper, n.head.as_deref()),
            (30.0, Some(40.0), Some("boat"))
        );
        // A score is not a range, and a change is not one either.
        assert!(
            numbers_of("Ajax won 1-2 at home.")
                .iter()
                .all(|n| n.upper.is_none())
        );
        let turnout = numbers_of("Turnout rose from 48 to 52 percent.");
        assert!(turnout.iter().all(|n| n.upper.is_none()), "{turnout:?}");
        assert!(turnout[0].previous && !turnout[1].previous, "{turnout:?}");
    }

    #[test]
    fn a_figure_of_a_separate_case_is_not_the_storys() {
        let other =
            numbers_of("Another court jailed a customs chief for three years in a separate case.");
        assert!(other.iter().all(|n| n.previous), "{other:?}");
        let own = numbers_of("The court jailed the customs chief for three years.");
        assert!(own.iter().all(|n| !n.previous), "{own:?}");
    }

    #[test]
    fn hedges_bound_the_value() {
        let limit = |text: &str| numbers_of(text)[0].limit;
        assert_eq!(limit("More than 40 people were hurt."), Limit::AtLeast);
        // Held-out story 156: "temperatures above thirty degrees" is a bound, which "34 degrees" meets.
        assert_eq!(
            limit("Temperatures stayed above thirty degrees."),
            Limit::AtLeast
        );
        assert_eq!(limit("Inflation fell below 5 percent."), Limit::AtMost);
        assert_eq!(limit("Up to 40 people were hurt."), Limit::AtMost);
        assert_eq!(limit("About 40 people were hurt."), Limit::About);
        assert_eq!(limit("Exactly 40 people were hurt."), Limit::Exact);
    }

    #[test]
    fn a_duration_after_its_noun_is_the_nouns_as_before_it() {
        let before = numbers_of("Peru declared a 60-day state of emergency on Thursday.");
        let after = numbers_of("The government declared a state of emergency for 90 days.");
        assert_eq!(before[0].head.as_deref(), Some("emergency"));
        assert_eq!(after[0].head, before[0].head);
        let truce = numbers_of("The sides agreed a ceasefire for 60 days on Friday.");
        assert_eq!(truce[0].head.as_deref(), Some("ceasefire"));
        // A verb before "for" names nothing that lasts.
        let closed = numbers_of("Schools will stay closed for two weeks.");
        assert_eq!(closed[0].head, None);
    }

    #[test]
    fn a_family_of_five_is_a_size_not_a_count_of_families() {
        let n = numbers_of("A family of five with 60 alpacas needs 2,000 litres of water a day.");
        assert_eq!(n[0].head.as_deref(), Some("family size"));
        let n = numbers_of("Some 62,000 families depend on the animals for wool and meat.");
        assert_eq!(n[0].head.as_deref(), Some("family"));
        // Another noun before "of" is what the figure is: "a toll of 40" counts the dead.
        let n = numbers_of("Officials gave a toll of 40 on Monday.");
        assert_eq!(n[0].head.as_deref(), Some("dead"));
    }

    #[test]
    fn a_part_of_a_hedged_whole_is_a_part() {
        let n = numbers_of("Eleven of the roughly 420 passengers suffered minor injuries.");
        assert_eq!(
            (n[0].head.as_deref(), n[0].whole),
            (Some("passenger"), false)
        );
        assert_eq!(
            (n[1].head.as_deref(), n[1].whole),
            (Some("passenger"), true)
        );
        let n = numbers_of(
            "Of approximately 420 passengers on board, eleven (11) sustained minor injuries.",
        );
        assert_eq!(
            (n[0].head.as_deref(), n[0].whole),
            (Some("passenger"), true)
        );
    }

    #[test]
    fn a_part_of_a_possessed_whole_counts_what_the_whole_counts() {
        let n =
            numbers_of("Ballots from three of the town's 11 polling stations will be recounted.");
        assert_eq!(
            (n[0].head.as_deref(), n[0].whole, n[0].partial),
            (Some("station"), false, false)
        );
        assert_eq!((n[1].head.as_deref(), n[1].whole), (Some("station"), true));
        let n = numbers_of("Five of its 40 members voted against.");
        assert_eq!((n[0].head.as_deref(), n[1].whole), (Some("member"), true));
    }

    #[test]
    fn a_sum_then_an_apposition_is_not_a_price_per_unit() {
        let (_, _, _, head, _) =
            one("Polish media put it at €1.2 million, a record for a Vietnamese player.");
        assert_eq!(head, None);
        let (_, _, _, head, _) = one("The shares were sold at €68 a share.");
        assert_eq!(head, s("per share"));
    }

    #[test]
    fn money_is_headed_by_what_it_pays_for() {
        let n = &numbers_of("The group will buy the brewer for €2.1bn.")[0];
        assert_eq!((n.head.as_deref(), n.framed), (Some("price"), true));
        let n = &numbers_of("It will pay €31 a share.")[0];
        assert_eq!(n.head.as_deref(), Some("per share"));
        let n = &numbers_of("Revenue of €1.9 billion was reported.")[0];
        assert_eq!(n.head.as_deref(), Some("revenue"));
    }

    #[test]
    fn a_few_hundred_metres_is_a_vague_multiple_not_a_figure() {
        assert!(
            quantities(
                "Investigators are looking at a switch a few hundred metres before the curve."
            )
            .is_empty()
        );
        assert!(quantities("Several thousand people were evacuated.").is_empty());
        // A count of hundreds is a figure.
        assert_eq!(
            one("Investigators are looking at a switch three hundred metres before the curve.").1,
            300.0
        );
    }

    #[test]
    fn the_injured_narrowed_by_a_relative_clause_are_a_part() {
        let partial = |text: &str| {
            numbers_of(text)
                .iter()
                .map(|n| n.partial)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            partial("Dr. Abbas treated the two injured who were not flown out."),
            [true]
        );
        // A relative clause that says what befell generic people, or one after a comma, counts them all.
        assert_eq!(
            partial("The officials named the 11 people who died."),
            [false]
        );
        assert_eq!(
            partial("Dr. Abbas treated the five injured, who were not flown out."),
            [false]
        );
    }

    #[test]
    fn a_year_opening_a_that_clause_dates_its_figures() {
        let year = |text: &str| {
            let seg = Segmented::new(text);
            let m = crate::extract::extract_facts(text, &seg);
            m.numbers.iter().map(|n| n.year).collect::<Vec<_>>()
        };
        assert_eq!(
            year(
                "It should be noted that in 2019 an avalanche in the Astore valley had killed nine people."
            ),
            [Some(2019)]
        );
        assert_eq!(
            year(
                "It should be noted that an avalanche in the Astore valley had killed nine people."
            ),
            [None]
        );
    }

    #[test]
    fn a_magnitude_is_of_the_tremor_named_before_it_or_measured() {
        let quake = (s("magnitude"), s("earthquake"));
        let of = |text: &str| {
            let q = one(text);
            (q.2, q.3)
        };
        assert_eq!(
            of("The strongest earthquake, of magnitude 4.6, struck at night."),
            quake
        );
        assert_eq!(
            of("The earthquake measured 4.9 and was felt in Vik."),
            quake
        );
        assert_eq!(
            of("The aftershock measured 3.1 and was felt in Vik."),
            (s("magnitude"), s("aftershock"))
        );
        // What a surveyor measured is no magnitude.
        assert_eq!(
            of("The surveyor measured 40 metres from the road.").0,
            s("metre")
        );
        assert_eq!(
            of("The tremor came after the river measured 4.9 metres at the gauge.").0,
            s("metre")
        );
    }

    #[test]
    fn the_year_of_the_clause_is_kept() {
        let text = "Turnout was 61 percent, up from 55 percent in 2019.";
        let seg = Segmented::new(text);
        let m = crate::extract::extract_facts(text, &seg);
        let years: Vec<Option<i32>> = m.numbers.iter().map(|n| n.year).collect();
        assert_eq!(years, [None, Some(2019)]);
    }

    #[test]
    fn percent_and_hedges() {
        assert_eq!(
            one("Turnout was nearly 67% on Sunday."),
            ("67%".into(), 67.0, s("percent"), s("turnout"), true)
        );
        assert_eq!(one("Prices rose 5 per cent.").2, s("percent"));
        assert!(one("more than 300 drones").4);
        assert!(one("as many as 300 drones").4);
        assert!(one("up to 5,000 troops").4);
        assert!(!one("300 drones").4);
    }

    #[test]
    fn a_decimal_read_out_is_one_figure() {
        // Blind story 154: the broadcast's "one point eight million dollars" against "TT$1.8 million"; it
        // was read as eight million.
        let got = quantities("It must now pay one point eight million dollars to the heirs.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!((got[0].1 - 1.8e6).abs() < 1e-3, "{got:?}");
        assert!((one("The rate rose two point five percent.").1 - 2.5).abs() < 1e-9);
        // A point of a score is no decimal.
        assert!(
            quantities("They won by one point.")
                .iter()
                .all(|q| q.1 == 1.0)
        );
    }

    #[test]
    fn number_words_and_dozens() {
        assert_eq!(one("a dozen drones were downed").1, 12.0);
        assert_eq!(one("two hundred and fifty soldiers").1, 250.0);
        assert_eq!(one("twenty-five villages").1, 25.0);
    }

    #[test]
    fn years_dates_ordinals_and_codes_are_not_quantities() {
        assert!(quantities("In 2025 the second round began on 12 March.").is_empty());
        assert!(quantities("It flew F-16 jets under Article 5 at 10:30 and 3 pm.").is_empty());
        assert!(quantities("No one came, and one of them left; the 21st time.").is_empty());
        assert!(quantities("Channel Four aired it.").is_empty());
        assert_eq!(one("Exactly 100 people came.").1, 100.0);
    }

    #[test]
    fn a_number_word_opening_the_text_after_a_dateline_dash_is_a_quantity() {
        assert_eq!(one("Kutaisi, 26 November - Seven miners died.").1, 7.0);
        assert_eq!(one("HOST: Twelve ships are waiting.").1, 12.0);
        assert!(quantities("They watched Channel Four - and left.").is_empty());
    }

    #[test]
    fn a_whole_told_as_out_of_is_a_whole() {
        let found =
            numbers_of("Inspectors found that seven out of 30 wells in the valley were polluted.");
        let whole = found.iter().find(|n| n.value == 30.0).expect("the whole");
        assert!(whole.whole, "{found:?}");
    }

    #[test]
    fn a_mass_after_a_verb_of_weighing_is_a_weight() {
        // The verb after the comma has its own subject: the mass is no margin that "separated" anything.
        let q = one(
            "The probe, weighing 740 kilograms, separated from the upper stage over the ocean.",
        );
        assert_eq!(q.3, s("weight"), "{q:?}");
        let q = one("The restored bell weighs 3.5 tonnes.");
        assert_eq!(q.3, s("weight"), "{q:?}");
    }

    #[test]
    fn a_capitalised_adjective_of_an_era_leaves_the_noun_as_head() {
        let q = one("Divers raised 23 Byzantine bronze coins from the wreck.");
        assert_eq!(q.3, s("coin"), "{q:?}");
        let q = one("The fund bought 4 Victorian houses on the street.");
        assert_eq!(q.3, s("house"), "{q:?}");
    }

    #[test]
    fn what_was_recovered_is_counted_apart_from_what_was_lost() {
        let heads: Vec<Option<String>> = quantities(
            "Thieves took 20 silver cups from the hall. Police later recovered seven silver cups.",
        )
        .into_iter()
        .map(|q| q.3)
        .collect();
        assert_eq!(heads, vec![s("cup"), s("cup (recovered)")]);
        // Bodies recovered are the dead, counted as they are.
        assert_eq!(
            one("Divers recovered 12 bodies from the lake.").3,
            s("body")
        );
    }

    #[test]
    fn a_race_time_to_the_second_is_a_duration_and_a_clock_time_is_not() {
        let q = one("She won the Berlin race in 2:18:40 on Sunday.");
        assert_eq!(
            (q.0.as_str(), q.1, q.3.as_deref()),
            ("2:18:40", 8320.0, Some("race time"))
        );
        let q = one("Officials gave her a time of 2:18:44 after the review.");
        assert_eq!((q.1, q.3.as_deref()), (8324.0, Some("race time")));
        // A record keeps its own noun; a time of day is no quantity.
        assert_eq!(one("It beat the course record of 2:19:05.").3, s("record"));
        assert!(quantities("The gates opened at 06:45:00 local time.").is_empty());
    }

    #[test]
    fn parse_number_words_examples() {
        assert_eq!(parse_number_words("four and a half"), Some(4.5));
        assert_eq!(parse_number_words("two hundred and fifty"), Some(250.0));
        assert_eq!(parse_number_words("a dozen"), Some(12.0));
        assert_eq!(parse_number_words("Twenty-Five"), Some(25.0));
        assert_eq!(parse_number_words("three million"), Some(3e6));
        assert_eq!(
            parse_number_words("one million two hundred thousand"),
            Some(1.2e6)
        );
        assert_eq!(parse_number_words("nine nine"), None);
        assert_eq!(parse_number_words("and"), None);
        assert_eq!(parse_number_words(""), None);
    }

    /// English words for 0..=999_999, built independently of the parser.
    fn spell(n: u32) -> String {
        const SMALL: [&str; 20] = [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ];
        const TENS: [&str; 10] = [
            "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        fn below_thousand(n: u32) -> String {
            let mut parts = Vec::new();
            if n >= 100 {
                parts.push(format!("{} hundred", SMALL[(n / 100) as usize]));
            }
            let rest = n % 100;
            if rest > 0 || n == 0 {
                if n >= 100 {
                    parts.push("and".to_string());
                }
                if rest < 20 {
                    parts.push(SMALL[rest as usize].to_string());
                } else if rest.is_multiple_of(10) {
                    parts.push(TENS[(rest / 10) as usize].to_string());
                } else {
                    parts.push(format!(
                        "{}-{}",
                        TENS[(rest / 10) as usize],
                        SMALL[(rest % 10) as usize]
                    ));
                }
            }
            parts.join(" ")
        }
        if n >= 1000 {
            let rest = n % 1000;
            let mut s = format!("{} thousand", below_thousand(n / 1000));
            if rest > 0 {
                s.push(' ');
                s.push_str(&below_thousand(rest));
            }
            s
        } else {
            below_thousand(n)
        }
    }

    proptest! {
        #[test]
        fn spelled_numbers_parse_back(n in 0u32..1_000_000) {
            prop_assert_eq!(parse_number_words(&spell(n)), Some(f64::from(n)));
        }

        #[test]
        fn digits_with_separators_parse_back(n in 0u64..10_000_000_000) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (k, c) in plain.chars().enumerate() {
                if k > 0 && (plain.len() - k) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            prop_assert_eq!(parse_decimal(&grouped), Some(n as f64));
        }
    }

    #[test]
    fn extents_rescue_waits_and_compensation_have_heads() {
        let head = |t: &str| one(t).3;
        assert_eq!(head("A sinkhole about 8 metres wide opened."), s("width"));
        assert_eq!(head("A wall 4 metres high fell."), s("height"));
        assert_eq!(
            head("Firefighters cut him free after 40 minutes."),
            s("time before rescue")
        );
        assert_eq!(
            head("He was trapped in his cab for 90 minutes."),
            s("time before rescue")
        );
        assert_eq!(head("The road was closed after 40 minutes."), None);
        assert_eq!(
            head("Compensation for the farm would come to around 180 million forints."),
            s("compensation")
        );
        assert_eq!(
            head(
                "Farmers will be compensated at market value, which she put at 120 million forints."
            ),
            s("compensation")
        );
    }

    #[test]
    fn a_length_a_level_rose_by_is_the_rise_and_a_level_rose_to_is_not() {
        // Story 99: "rose about 4 metres" and "had risen nearly 7 metres underground" give one rise.
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("The water rose about 4 metres in less than an hour."),
            s("level rise")
        );
        assert_eq!(
            head("The Pivka had risen nearly 7 metres underground."),
            s("level rise")
        );
        assert_eq!(head("The river climbed by two metres."), s("level rise"));
        assert_ne!(head("The river rose to 7 metres."), s("level rise"));
    }

    #[test]
    fn a_length_that_says_how_high_something_was_is_its_altitude() {
        // Stories 101 and 71: a balloon's height and an orbit's, with no noun of their own.
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("The gust struck when the balloon was only about 15 metres above the trees."),
            s("altitude")
        );
        assert_eq!(
            head("The balloon had been at around 40 metres when the gust hit."),
            s("altitude")
        );
        assert_eq!(
            head(
                "The rocket carried the satellite to an orbit some 600 kilometres up, officials said."
            ),
            s("altitude")
        );
        // A place's elevation, a rise above normal and a distance are other figures.
        assert_ne!(
            head("The village lies 2,400 metres above sea level."),
            s("altitude")
        );
        assert_ne!(head("The sea was 2 metres above normal."), s("altitude"));
        assert_ne!(head("The camp is 40 metres from the river."), s("altitude"));
    }

    #[test]
    fn a_length_after_the_thing_it_measures_is_that_things_length() {
        // Story 103: "a 40-metre tunnel" and "the tunnel, about 70 metres long" are one tunnel's length.
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("The prisoners crawled through the tunnel, about 70 metres long."),
            s("tunnel")
        );
        assert_eq!(
            head("The prisoners had dug a 40-metre tunnel."),
            s("tunnel")
        );
        // With no thing named just before it, the length stays a length.
        assert_eq!(head("The line is about nine kilometres long."), s("length"));
    }

    #[test]
    fn the_people_an_institution_has_are_its_roll_a_whole() {
        // Story 102: the school's roll, against the pupils who fell ill.
        let whole = |t: &str| numbers_of(t)[0].whole;
        assert!(whole("The school houses its 1,100 pupils in dormitories."));
        assert!(whole(
            "The school, which has 800 pupils, is a boarding school."
        ));
        assert!(!whole("More than 140 pupils fell ill after supper."));
        // People the school has in hospital are counted by where they are.
        assert!(!whole("The school has 12 pupils in hospital."));
    }

    #[test]
    fn a_count_with_no_noun_is_keyed_by_its_passive_predicate() {
        // Story 103: "nine had been recaptured" and "six had been caught"; story 102: "32 were admitted" and
        // "58 pupils were admitted, most of them to Selian Lutheran Hospital".
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("By Monday afternoon nine had been recaptured."),
            s("recaptured")
        );
        assert_eq!(
            head("Police say six had been caught by this evening."),
            s("recaptured")
        );
        assert_eq!(
            head("Fatma, 58 pupils were admitted, most of them to Selian Lutheran Hospital."),
            s("hospital")
        );
        // Caught in a blast is not caught by the police, and a university admits students.
        assert_ne!(
            head("Twelve people were caught in the blast."),
            s("recaptured")
        );
        assert_ne!(
            head("About 300 students were admitted to the university."),
            s("hospital")
        );
    }

    #[test]
    fn a_state_word_after_a_span_of_time_is_what_the_span_is_of() {
        // Story 150: "found alive after 23 days adrift" against "adrift for twenty-nine days".
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("They were found alive after 23 days adrift."),
            s("adrift")
        );
        assert_eq!(
            head("They were found after 23 days adrift in a small open boat."),
            s("adrift")
        );
        assert_eq!(head("They were adrift for twenty-nine days."), s("adrift"));
        // A word that goes on with an object or a verb form is no state of the span.
        assert_eq!(
            head("Talks resumed after 23 days apart from the summit."),
            None
        );
        assert_eq!(head("Talks resumed after 23 days, officials said."), None);
    }

    #[test]
    fn others_counted_by_what_befell_them_are_keyed_by_it() {
        // Story 152: "Two ... students died and 14 others were taken to hospital" against "Eleven other
        // students were taken to hospital". The verb before "and" is the first group's.
        let heads = |t: &str| quantities(t).into_iter().map(|q| q.3).collect::<Vec<_>>();
        assert_eq!(
            heads("Two died and 14 others were taken to hospital after the fumes filled the hut."),
            vec![s("dead"), s("hospital")]
        );
        assert_eq!(
            heads("Two died and 14 others were injured."),
            vec![s("dead"), s("injured")]
        );
        assert_eq!(heads("The blast injured 14 others."), vec![s("injured")]);
        assert_eq!(
            heads("Eleven other students were taken to hospital."),
            vec![s("hospital")]
        );
        // The rest of a group with nothing told of it is a part of some total.
        let partial: Vec<bool> = numbers_of("Delegates came from 11 other countries.")
            .iter()
            .map(|n| n.partial)
            .collect();
        assert_eq!(partial, vec![true]);
    }

    #[test]
    fn people_a_death_toll_rose_to_are_the_dead() {
        // Story 84: "The death toll rose to twelve people" against "killing at least nine people".
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("The death toll rose to twelve people this afternoon."),
            s("dead")
        );
        assert_eq!(head("The death toll rose to twelve."), s("dead"));
        // People a crowd rose to are not a toll.
        assert_ne!(head("The crowd rose to 2,000 people by noon."), s("dead"));
    }

    #[test]
    fn a_wait_ended_by_walking_out_is_the_time_before_rescue() {
        // Story 99: "walked out after 26 hours underground" against "rescued after 19 hours".
        let head = |t: &str| one(t).3;
        assert_eq!(
            head("They walked out this morning after 26 hours underground."),
            s("time before rescue")
        );
        assert_eq!(
            head("The last of them reached the surface after 19 hours underground."),
            s("time before rescue")
        );
        assert_ne!(
            head("The talks broke up after 26 hours."),
            s("time before rescue")
        );
    }
}
