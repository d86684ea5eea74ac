//! Quotations with their speaker.
//!
//! Direct quotations are words between quote marks of any common style: straight ("…"), curly (“…”),
//! guillemets («…») and low-high („…“). Their speaker comes from the attribution after the closing mark
//! ("…,” Lavrov stated), before the opening mark (Lavrov said: “…”; Lavrov: “…”), or from a verb that frames
//! the quotation (Rubio described the meeting as “…”).
//!
//! Reported speech is a clause bound to a speech verb: "<content>, declared Sergey Lavrov", "<content> – said
//! the spokesperson", "<content>, he said", "X said (that) <content>", "according to X, <content>". Both kinds
//! feed quote-drift, which compares the words of quotations by the same speaker.
//!
//! A speaker is a person's name when there is one (a leading role title is left to [`RoleBinding`]), else a
//! description ("the spokesperson"). "He" and "she" are resolved to the nearest person named before them in
//! the same or the previous paragraph, and the speaker span then points at that name.

use super::lexicon::{
    is_framing_verb, is_function_word, is_person_pronoun, is_speech_participle, is_speech_setting,
    is_speech_verb, is_verb_adjunct, month, title_at, weekday,
};
use super::roles::{name_closes, person_name_at};
use super::words::{Words, dateline_end, is_clause_gap, is_dash, is_quote_mark};
use super::{Quote, RoleBinding, sentence_at};
use crate::segment::Segmented;
use crate::text::Span;
use std::collections::HashSet;

/// Who a quotation is attributed to, before pronouns are resolved.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Speaker {
    /// A person's name as written.
    Name(Span),
    /// A description or organisation: "the spokesperson", "Reuters".
    Description(Span),
    /// "he" or "she" at this byte offset.
    Pronoun(usize),
}

/// Quotations of a document in text order; `roles` are its role bindings and `named_people` the spans of
/// the names the names stage found for people.
///
/// Each content sentence's words are built when they are read and dropped after, rather than held for the
/// whole document: a report of a million sentences would otherwise hold every word of it at once.
pub(crate) fn extract(
    text: &str,
    seg: &Segmented,
    roles: &[RoleBinding],
    named_people: &[Span],
) -> Vec<Quote> {
    let words_of = |sentence: usize| {
        seg.sentences
            .get(sentence)
            .filter(|s| !s.boilerplate && s.span.end <= text.len())
            .map(|_| Words::new(text, seg, sentence))
    };
    let content = || {
        seg.content_sentences()
            .filter(|(_, s)| s.span.end <= text.len())
            .map(|(index, _)| Words::new(text, seg, index))
    };

    let lines: Vec<Span> = seg
        .lines
        .iter()
        .filter(|l| l.boilerplate.is_none())
        .map(|l| l.span)
        .collect();
    let marks: Vec<(Span, Span)> = lines
        .iter()
        .enumerate()
        .flat_map(|(n, &line)| line_quotes(text, line, lines.get(n + 1).copied()))
        .collect();

    let mut found: Vec<(Quote, Option<Speaker>)> = Vec::new();
    // The last attributed quotation: its sentence and speaker.
    let mut last: Option<(usize, Speaker)> = None;
    for &(outer, inner) in &marks {
        let Some(sentence) = sentence_at(seg, inner.start) else {
            continue;
        };
        if seg.sentences[sentence].boilerplate || seg.sentences[sentence].span.end > text.len() {
            continue;
        }
        let mut speaker = direct_speaker(seg, &words_of, outer, roles);
        // “…,” said X. “…” — a quotation that is a whole sentence right after an attributed one
        // continues it. So does an unattributed quotation that opens the next paragraph: news gives a speaker
        // who goes on for several paragraphs one attribution.
        let opens_sentence = seg.sentences[sentence].span.start == outer.start;
        let paragraph = seg.sentences[sentence].paragraph;
        let opens_paragraph = sentence == 0 || seg.sentences[sentence - 1].paragraph != paragraph;
        if speaker.is_none()
            && opens_sentence
            && let Some((previous, who)) = last
            && ((previous + 1 == sentence || previous == sentence)
                && seg.sentences[previous].paragraph == paragraph
                || opens_paragraph && seg.sentences[previous].paragraph + 1 == paragraph)
        {
            speaker = Some(who);
        }
        last = speaker.map(|who| (sentence, who));
        found.push((
            Quote {
                span: inner,
                sentence,
                speaker: None,
                direct: true,
                indirect: false,
            },
            speaker,
        ));
    }
    // "ÑAMANDÚ (recorded): Our factories will run on Bolivian gas": a broadcast transcript's clip is the
    // labelled person's own words, as a quotation in marks is.
    for &line in &lines {
        let Some((label, words)) = clip_turn(text, line) else {
            continue;
        };
        let Some(&speaker) = named_people
            .iter()
            .find(|p| p.start == label.start && p.end <= label.end)
        else {
            continue;
        };
        let Some(sentence) = sentence_at(seg, words.start) else {
            continue;
        };
        found.push((
            Quote {
                span: words,
                sentence,
                speaker: None,
                direct: true,
                indirect: false,
            },
            Some(Speaker::Name(speaker)),
        ));
    }
    // Marks are in text order and never overlap, so the one to test is found by binary search.
    let inside_quote = |span: Span| {
        let within = |at: usize| {
            let i = marks.partition_point(|(o, _)| o.end <= at);
            marks
                .get(i)
                .is_some_and(|(o, _)| o.start <= at && at < o.end)
        };
        within(span.start) || within(span.end.saturating_sub(1))
    };
    let mut surnames: HashSet<String> = roles
        .iter()
        .filter_map(|r| surname(text, r.person))
        .collect();
    // The sentences that open with a person's name, for the antecedents below: noted in this pass so that
    // the words need not be built a third time.
    let mut openers: Vec<(Span, String)> = Vec::new();
    for w in content() {
        reported(&w, roles, &surnames, &inside_quote, &mut found);
        if let Some((a, b)) = person_name_at(&w, 0) {
            openers.push((w.cover(a, b), w.lower(b).to_string()));
        }
    }
    found.sort_by_key(|(q, _)| (q.span.start, q.span.end));
    found.dedup_by_key(|(q, _)| q.span);

    let paragraph_of = |offset: usize| sentence_at(seg, offset).map(|s| seg.sentences[s].paragraph);
    let mut people: Vec<Span> = roles.iter().map(|r| r.person).collect();
    for (_, speaker) in &found {
        if let Some(Speaker::Name(span)) = speaker {
            people.push(*span);
        }
    }
    surnames.extend(people.iter().filter_map(|&p| surname(text, p)));
    // A sentence that opens with a known surname ("Fuentes described …") names a possible antecedent.
    for (name, last) in openers {
        if surnames.contains(&last) {
            people.push(name);
        }
    }
    // Every person the names stage found is a possible antecedent, except a name inside a quotation: in
    // "“Cebotari lost,” he said" the speaker is not Cebotari.
    people.extend(named_people.iter().filter(|&&p| !inside_quote(p)));
    // A transcript's speaker label ("NIKOLOVA: … he told the court") is who speaks the turn, who says "I":
    // the turn's "he" or "she" is someone else.
    people.retain(|&p| !is_speaker_label(text, p));
    // A name inside a title ("Hokusei president Ryuichi Otani", "Hamas leader X") places the role: it is an
    // organisation or a country, and the person is the title's holder.
    people.retain(|&p| {
        !roles
            .iter()
            .any(|r| r.role_span.start <= p.start && p.end <= r.role_span.end)
    });
    people.sort();
    people.dedup();
    found
        .into_iter()
        .map(|(mut quote, speaker)| {
            quote.speaker = match speaker {
                Some(Speaker::Name(s)) => Some(s),
                Some(Speaker::Description(s)) => {
                    Some(role_holder(text, roles, s, &paragraph_of).unwrap_or(s))
                }
                Some(Speaker::Pronoun(at)) => {
                    antecedent(seg, &people, named_people, at, &paragraph_of)
                }
                None => None,
            };
            quote
        })
        .collect()
}

/// The person a definite title refers back to: "said the spokesperson" after "The spokesperson …, Maria
/// Zakharova," names her. Only "the" plus a bare title qualifies, and only a binding of that role in the same
/// or the two previous paragraphs.
fn role_holder(
    text: &str,
    roles: &[RoleBinding],
    description: Span,
    paragraph_of: &impl Fn(usize) -> Option<usize>,
) -> Option<Span> {
    let folded = crate::text::fold(description.of(text));
    let rest = folded.strip_prefix("the ")?;
    let words: Vec<&str> = rest.split(' ').collect();
    let (end, title) = title_at(&words, 0, |_| true)?;
    if end != words.len() {
        return None;
    }
    let here = paragraph_of(description.start)?;
    let i = roles.partition_point(|r| r.person.start < description.start);
    let holder = roles[..i]
        .iter()
        .rev()
        .find(|r| r.role == title || r.role.ends_with(&format!(" {title}")))?;
    let there = paragraph_of(holder.person.start)?;
    (there <= here && here - there <= 2).then_some(holder.person)
}

/// The last word of a name in matching form: "Carolina Fuentes" -> "fuentes".
fn surname(text: &str, person: Span) -> Option<String> {
    let name = person.of(text);
    name.rsplit(|c: char| c.is_whitespace() || is_dash(c))
        .next()
        .filter(|s| !s.is_empty())
        .map(crate::text::fold)
}

/// The person a pronoun at byte `at` stands for: in the nearest sentence before it (in the same or the
/// previous paragraph) that names a person, the first person it names, which is most often its subject
/// ("Munteanu thanked Cebotari. “…,” he said" is Munteanu). A name that only speaks there gives way to one of
/// `persons`, which the names stage makes people: "the company said through its spokesman X".
fn antecedent(
    seg: &Segmented,
    people: &[Span],
    persons: &[Span],
    at: usize,
    paragraph_of: &impl Fn(usize) -> Option<usize>,
) -> Option<Span> {
    let here = paragraph_of(at)?;
    let i = people.partition_point(|p| p.end <= at);
    let nearest = *people.get(i.checked_sub(1)?)?;
    let there = paragraph_of(nearest.start)?;
    if !(here - there <= 1 && there <= here) {
        return None;
    }
    let sentence = sentence_at(seg, nearest.start)?;
    let opens = seg.sentences[sentence].span.start;
    let first = people[..i].partition_point(|p| p.start < opens);
    let in_sentence = &people[first..i];
    in_sentence
        .iter()
        .find(|p| persons.contains(p))
        .or(in_sentence.first())
        .copied()
}

/// Whether a name opens its line and a colon follows it, or a note in brackets and then a colon: a
/// transcript's speaker label, "COC: I met her", "OTANI (recorded): We betrayed". A name in brackets after
/// the speaker's role in capitals ("HOST (Maja Petek): All twelve tourists ...") labels the turn too.
pub(crate) fn is_speaker_label(text: &str, name: Span) -> bool {
    // A role before a bracketed name is a word or two: only that many bytes are read back for the line's
    // start, so that a report written on one long line costs no more per name than a short one.
    let from =
        crate::text::floor_char_boundary(text, name.start.saturating_sub(MAX_LABEL_ROLE_BYTES));
    let line_start = match text[from..name.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let before = &text[line_start..name.start];
    let rest = &text[name.end..];
    let labelled_role = before.strip_suffix(" (").is_some_and(|role| {
        role.chars().any(char::is_uppercase)
            && role
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-'))
    });
    (before.is_empty() && (rest.starts_with(':') || label_note(rest).is_some()))
        || (labelled_role && rest.starts_with("):"))
}

/// The most bytes a speaker's role may take before the bracketed name of a transcript label ("PRESENTER (").
const MAX_LABEL_ROLE_BYTES: usize = 48;

/// The length of a transcript label's note and its colon at the start of `rest`: " (recorded):", " (through
/// translator):". The note is lower case: "PRESENTER (CARLA JUSTINIANO):" names who speaks, not how.
fn label_note(rest: &str) -> Option<usize> {
    let body = rest.strip_prefix(" (")?;
    let close = body.find("):")?;
    let note = &body[..close];
    (!note.is_empty()
        && note.len() <= 30
        && note
            .chars()
            .all(|c| c.is_lowercase() || c == ' ' || c == '-'))
    .then_some(2 + close + 2)
}

/// A broadcast clip: a line that opens with a speaker's label in capitals, a note of how the words were
/// taken ("(recorded)", "(on the phone)") and a colon. Returns the label and the words after it.
fn clip_turn(text: &str, line: Span) -> Option<(Span, Span)> {
    let s = line.of(text);
    let open = s.find(" (")?;
    let label = &s[..open];
    let capitals = label.chars().any(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'));
    if !capitals {
        return None;
    }
    let after = open + label_note(&s[open..])?;
    let lead = s[after..].len() - s[after..].trim_start().len();
    let words = s[after + lead..].trim_end();
    (!words.is_empty()).then(|| {
        (
            Span::new(line.start, line.start + open),
            Span::new(
                line.start + after + lead,
                line.start + after + lead + words.len(),
            ),
        )
    })
}

/// The role bindings of one sentence: bindings come in sentence order, so this is a binary search.
fn sentence_roles(roles: &[RoleBinding], sentence: usize) -> &[RoleBinding] {
    let from = roles.partition_point(|r| r.sentence < sentence);
    let to = roles.partition_point(|r| r.sentence <= sentence);
    &roles[from..to]
}

/// The quotations of one line: those in balanced marks, and two conventions that leave a quotation without
/// its closing mark. A paragraph that opens a quotation and leaves it open, before a paragraph that opens
/// another, is one paragraph of a quotation that runs on (the closing mark comes only at the end of the last
/// paragraph). A line that opens with a dash and closes the words with another before a speech verb ("– We
/// will appeal – said the lawyer") is dialogue punctuation, as Polish, Russian, Spanish and Italian outlets
/// quote in translation.
fn line_quotes(text: &str, line: Span, next: Option<Span>) -> Vec<(Span, Span)> {
    let mut found = quoted_regions(text, line);
    let s = line.of(text);
    let opener = s
        .chars()
        .next()
        .filter(|&c| matches!(c, '"' | '\u{201C}' | '\u{201E}' | '\u{00AB}'));
    let next_opens = next.is_some_and(|n| {
        n.of(text)
            .starts_with(['"', '\u{201C}', '\u{201E}', '\u{00AB}'])
    });
    if let Some(mark) = opener
        && next_opens
        && !found.iter().any(|(outer, _)| outer.start == line.start)
        && let Some(inner) = trim_quoted(s, mark.len_utf8(), s.len())
    {
        found.insert(
            0,
            (
                line,
                Span::new(line.start + inner.start, line.start + inner.end),
            ),
        );
    }
    if found.is_empty()
        && let Some(dashed) = dash_quote(s)
    {
        found.push((
            Span::new(line.start + dashed.0.start, line.start + dashed.0.end),
            Span::new(line.start + dashed.1.start, line.start + dashed.1.end),
        ));
    }
    found
}

/// "– We will appeal – said the lawyer.": the words between a line-opening dash and a dash before a speech
/// verb (or a name and one), relative to the line: (from the opening dash to the closing dash, the words).
fn dash_quote(s: &str) -> Option<(Span, Span)> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    let (after, space) = chars.next()?;
    if !matches!(first, '\u{2013}' | '\u{2014}' | '-') || !space.is_whitespace() {
        return None;
    }
    let body = after + space.len_utf8();
    for (at, c) in s[body..].char_indices() {
        let at = body + at;
        if !matches!(c, '\u{2013}' | '\u{2014}') || !s[..at].ends_with(char::is_whitespace) {
            continue;
        }
        let close_end = at + c.len_utf8();
        let rest: Vec<&str> = s[close_end..]
            .split_whitespace()
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let verb_follows = rest
            .iter()
            .position(|w| is_speech_verb(&crate::text::fold(w)))
            .is_some_and(|k| k == 0 || rest[..k].iter().all(|w| w.starts_with(char::is_uppercase)));
        if !verb_follows {
            continue;
        }
        let inner = trim_quoted(s, body, at)?;
        return Some((Span::new(0, close_end), inner));
    }
    None
}

/// Balanced quotations on one line: (span with marks, span of the words inside, trimmed).
fn quoted_regions(text: &str, line: Span) -> Vec<(Span, Span)> {
    let s = line.of(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match open {
            None => {
                let opens = match c {
                    '\u{201C}' | '\u{201E}' => next.is_some_and(|n| !n.is_whitespace()),
                    // French typography sets a space inside guillemets: « Nous décidons ».
                    '\u{00AB}' => true,
                    '"' => {
                        prev.is_none_or(|p| p.is_whitespace() || "([/:".contains(p) || is_dash(p))
                            && next.is_some_and(|n| !n.is_whitespace())
                    }
                    // A single curly quote opens only before a letter and after a space, so that
                    // apostrophes ("Russia’s", "’90s") never do.
                    '\u{2018}' => {
                        prev.is_none_or(|p| p.is_whitespace() || "([".contains(p) || is_dash(p))
                            && next.is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
                if opens {
                    open = Some((i, c));
                }
            }
            Some((start, opener)) => {
                let closes = match opener {
                    '\u{201C}' => c == '\u{201D}',
                    '\u{201E}' => c == '\u{201C}' || c == '\u{201D}',
                    '\u{00AB}' => c == '\u{00BB}',
                    '\u{2018}' => {
                        c == '\u{2019}'
                            && prev.is_some_and(|p| !p.is_whitespace())
                            && next.is_none_or(|n| !n.is_alphanumeric())
                    }
                    _ => c == '"' && prev.is_some_and(|p| !p.is_whitespace()),
                };
                // A single quote that runs on this long was opened by an apostrophe ("the ‘90s").
                let runaway = opener == '\u{2018}' && i - start > 250;
                if runaway {
                    open = None;
                } else if closes {
                    let inner_start = start + opener.len_utf8();
                    if let Some(inner) = trim_quoted(s, inner_start, i) {
                        let base = line.start;
                        out.push((
                            Span::new(base + start, base + i + c.len_utf8()),
                            Span::new(base + inner.start, base + inner.end),
                        ));
                    }
                    open = None;
                }
            }
        }
        prev = Some(c);
    }
    out
}

/// The words between the marks, without surrounding space or the trailing comma or full stop that belongs
/// to the sentence rather than the quotation.
fn trim_quoted(s: &str, start: usize, end: usize) -> Option<Span> {
    let inner = &s[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim().trim_end_matches([',', ';', ':']);
    let trimmed = match trimmed.strip_suffix('.') {
        Some(t) if !t.ends_with('.') => t,
        _ => trimmed,
    }
    .trim_end();
    (!trimmed.is_empty() && trimmed.chars().any(char::is_alphanumeric))
        .then(|| Span::new(start + lead, start + lead + trimmed.len()))
}

/// The speaker of a direct quotation with marks at `outer`: from the attribution after it, before it, or a
/// verb earlier in its sentence that frames it.
fn direct_speaker<'t>(
    seg: &Segmented,
    words_of: &impl Fn(usize) -> Option<Words<'t>>,
    outer: Span,
    roles: &[RoleBinding],
) -> Option<Speaker> {
    if let Some(w) = sentence_at(seg, outer.end.saturating_sub(1)).and_then(words_of)
        && let Some(speaker) = speaker_after(&w, outer.end, roles)
    {
        return Some(speaker);
    }
    let w = sentence_at(seg, outer.start).and_then(words_of)?;
    speaker_before(&w, outer.start, roles)
}

/// Attribution right after a closing mark: `,” Lavrov stated`, `," the deputy wrote`, `,” said Lavrov`,
/// `,” he stressed`.
fn speaker_after(w: &Words, close_end: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let j = w.words.partition_point(|x| x.span.start < close_end);
    if j >= w.len() {
        return None;
    }
    let between = w.text.get(close_end..w.words[j].span.start)?;
    if !between
        .chars()
        .all(|c| c.is_whitespace() || c == ',' || is_dash(c))
    {
        return None;
    }
    if is_speech_verb(w.lower(j)) {
        return speaker_after_verb(w, j + 1, roles);
    }
    let mut v = j;
    while v < w.len() && v - j < 9 {
        if v > j && is_clause_gap(w.gap_before(v)) {
            return None;
        }
        if is_speech_verb(w.lower(v)) {
            return speaker_in(w, j, skip_adjuncts_back(w, j, v), roles);
        }
        v += 1;
    }
    None
}

/// Attribution before an opening mark: `Lavrov said: “`, `said Lavrov: “`, `Lavrov: “`, or a speech or
/// framing verb earlier in the sentence (`Rubio described the meeting as “`).
fn speaker_before(w: &Words, open_start: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let m = w.words.partition_point(|x| x.span.end <= open_start);
    if m == 0 {
        return None;
    }
    let gap = w
        .text
        .get(w.words[m - 1].token_end..open_start)
        .unwrap_or("");
    // "Lavrov: “…”" — only a name, since "replied a few hours later: “…”" ends in a colon too.
    if gap.trim() == ":"
        && let Some(Speaker::Name(name)) = speaker_in(w, clause_start(w, m), m, roles)
    {
        return Some(Speaker::Name(name));
    }
    let mut v = m;
    // A framing verb may stand far back in a long sentence: "said in an interview given on Tuesday … that
    // “nothing abnormal” had been found".
    while v > 0 && m - v < 25 {
        v -= 1;
        let lower = w.lower(v);
        if is_speech_verb(lower) || is_framing_verb(lower) {
            // "said Lavrov: “…”" — the words between verb and quotation are the speaker only when
            // punctuation closes them off; otherwise they are the verb's object ("said Britain's role was").
            // "told MPs: “…”" names the listener, not the speaker.
            let inverted = v + 1 < m
                && is_speech_verb(lower)
                && !matches!(lower, "told" | "tells")
                && matches!(gap.trim(), ":" | ",");
            if inverted && let Some(s) = speaker_after_verb(w, v + 1, roles) {
                return Some(s);
            }
            return subject_before(w, v, roles);
        }
        if is_speech_participle(lower) {
            return participle_speaker(w, v, roles);
        }
    }
    None
}

/// The speaker named right after a speech verb, starting at word `k`: "declared Russian Foreign Minister
/// Sergey Lavrov in an interview" -> "Sergey Lavrov"; "said the spokesperson." -> "the spokesperson".
fn speaker_after_verb(w: &Words, k: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    if k == 0 || k >= w.len() || is_clause_gap(w.gap_before(k)) {
        return None;
    }
    let first = w.lower(k);
    if is_function_word(first) && !is_determiner(first) {
        return None;
    }
    let mut end = k;
    while end < w.len() && end - k < 10 {
        if end > k && is_clause_gap(w.gap_before(end)) {
            break;
        }
        let lower = w.lower(end);
        let inside_role = sentence_roles(roles, w.sentence).iter().any(|r| {
            r.role_span.start <= w.words[end].span.start && w.words[end].span.end <= r.role_span.end
        });
        // "the Maritime Search and Rescue Service": "and" inside a capitalised name.
        let inside_name = lower == "and"
            && end > k
            && w.words[end - 1].capitalised
            && w.words.get(end + 1).is_some_and(|x| x.capitalised);
        if end > k
            && !inside_role
            && !inside_name
            && is_function_word(lower)
            && !is_determiner(lower)
        {
            break;
        }
        end += 1;
    }
    // "a resident, Martine Rochefort": a name in apposition is the better speaker.
    if end < w.len()
        && w.gap_before(end).trim() == ","
        && let Some((a, b)) = person_name_at(w, end)
        && name_closes(w, b)
    {
        return Some(Speaker::Name(w.cover(a, b)));
    }
    // "said Australia would act": a verb after the phrase makes it the subject of reported speech.
    let closes =
        end >= w.len() || is_clause_gap(w.gap_before(end)) || ends_attribution(w.lower(end));
    if end == k || !closes {
        return None;
    }
    speaker_in(w, k, end, roles)
}

/// The speaker in words `from..to` (a noun phrase): a role-bound person inside it, a name, a pronoun, or the
/// whole phrase as a description when it starts with an article or is a capitalised name of a body.
fn speaker_in(w: &Words, from: usize, to: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    if from >= to || to > w.len() || to - from > 10 {
        return None;
    }
    let span = w.cover(from, to - 1);
    // A role-bound person inside the phrase, or named right after its role ("the regional governor, Oleh
    // Syniehubov"), unless the person is only a possessor ("Netanyahu's office").
    let bound = sentence_roles(roles, w.sentence).iter().rev().find(|r| {
        let inside = span.start <= r.person.start && r.person.end <= span.end;
        let role_inside = span.start <= r.role_span.start && r.role_span.end <= span.end;
        inside || role_inside && r.sentence == w.sentence
    });
    if let Some(r) = bound {
        let possessor = w.words[from..to]
            .iter()
            .any(|x| x.possessive && x.span.end == r.person.end && x.span.end < span.end);
        return Some(if possessor {
            Speaker::Description(span)
        } else {
            Speaker::Name(r.person)
        });
    }
    if to - from == 1 && is_person_pronoun(w.lower(from)) {
        return Some(Speaker::Pronoun(w.words[from].span.start));
    }
    let mut first = from;
    let article = is_determiner(w.lower(first));
    if article {
        first += 1;
    }
    if first >= to {
        return None;
    }
    if !article
        && let Some((a, b)) = person_name_at(w, first)
        && b + 1 == to
    {
        return Some(Speaker::Name(w.cover(a, b)));
    }
    // A full name closing a descriptive phrase whose title the lexicon lacks: "economist John Smith".
    let mut run = to;
    while run > first && w.words[run - 1].capitalised && (run == to || w.joined_by_space(run)) {
        run -= 1;
    }
    if run > first
        && to - run >= 2
        && !w.words[run - 1].possessive
        && !is_function_word(w.lower(run - 1))
    {
        return Some(match person_name_at(w, run) {
            Some((a, b)) if b + 1 == to => Speaker::Name(w.cover(a, b)),
            // "Terminal operator Delta Container Services": the named body.
            _ => Speaker::Description(w.cover(run, to - 1)),
        });
    }
    let all_capitalised = (first..to)
        .all(|k| w.words[k].capitalised || is_function_word(w.lower(k)))
        && w.words[first].capitalised;
    // A lone weekday or month is a date, not a speaker; inside a longer name ("The Sunday Times") it is fine.
    let single = to - first == 1;
    let plain = (first..to).all(|k| {
        let lower = w.lower(k);
        !w.words[k].number
            && !(single && (weekday(lower).is_some() || month(lower).is_some()))
            && !is_person_pronoun(lower)
            && !matches!(lower, "it" | "they" | "we" | "i" | "you" | "this" | "that")
    });
    // "Ukraine's military", "police", "local officials".
    let possessive_phrase = w.words[first].capitalised && w.words[first].possessive;
    let bare_noun_phrase = !article
        && to - first <= 3
        && (first..to).all(|k| {
            let lower = w.lower(k);
            // The sentence's first word is capitalised whatever it is: "Environmental officials said".
            (!w.words[k].capitalised || k == 0)
                && lower.chars().all(char::is_alphabetic)
                && !is_function_word(lower)
                && !lower.ends_with("ed")
                && !lower.ends_with("ing")
        });
    ((article || all_capitalised || possessive_phrase || bare_noun_phrase) && plain)
        .then_some(Speaker::Description(span))
}

/// Articles and possessive pronouns that open a descriptive speaker: "the spokesperson", "his lawyer".
fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its")
}

/// Index after skipping adverbs and auxiliaries that stand before the verb at `v` ("has also said").
fn skip_adjuncts_back(w: &Words, floor: usize, v: usize) -> usize {
    let mut e = v;
    while e > floor && is_verb_adjunct(w.lower(e - 1)) && !is_clause_gap(w.gap_before(e)) {
        e -= 1;
    }
    e
}

/// Words that open a clause, so a subject is not looked for before them.
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "that"
            | "which"
            | "who"
            | "and"
            | "but"
            | "while"
            | "when"
            | "because"
            | "if"
            | "as"
            | "so"
    )
}

/// Start of the clause that ends before word `end`: after the last clause break or clause word.
fn clause_start(w: &Words, end: usize) -> usize {
    let mut s = end;
    while s > 0 && end - s < 12 {
        // The break right before `end` (", emphasized") separates the clause from what follows, not within it.
        // A speech verb before a clause ends the clause before it: "Trump said he spoke …".
        if s < end && is_clause_gap(w.gap_before(s))
            || opens_clause(w.lower(s - 1))
            || is_speech_verb(w.lower(s - 1))
        {
            break;
        }
        s -= 1;
    }
    s
}

/// The subject of the speech verb at `v`, looked for in up to three comma-separated chunks before it, skipping
/// participial asides ("quoted by Reuters", "citing Russian media").
fn subject_before(w: &Words, v: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let mut end = skip_adjuncts_back(w, 0, v);
    for _ in 0..4 {
        let start = clause_start(w, end);
        // "…, who told reporters": the relative pronoun stands for the name before its comma.
        if start == end && start >= 2 && matches!(w.lower(start - 1), "who" | "which") {
            if w.gap_before(start - 1).contains(',') {
                return name_ending_at(w, start - 2, roles);
            }
            return None;
        }
        if start < end {
            let first = w.lower(start);
            let relative = start >= 2
                && matches!(w.lower(start - 1), "which" | "who")
                && w.gap_before(start - 1).contains(',');
            let aside = relative
                || !w.words[start].capitalised && (first.ends_with("ed") || first.ends_with("ing"));
            let speaker = if aside {
                None
            } else {
                speaker_in(w, start, end, roles)
            };
            // "Jens Müller, site manager of the contractor, reported": a lower-case description between
            // commas is an appositive of the name before it.
            let appositive = !aside && (!w.words[start].capitalised || is_determiner(first));
            if appositive
                && !matches!(speaker, Some(Speaker::Name(_)))
                && let Some(owner) = appositive_owner(w, start, roles)
            {
                return Some(owner);
            }
            if speaker.is_some() {
                return speaker;
            }
            // Only a short aside ("78", "quoted by Reuters") may stand between a subject and its verb.
            if end - start > 4 && !aside {
                return None;
            }
        }
        // "X called it … and said": a coordinated verb shares the sentence's subject.
        if start > 0 && matches!(w.lower(start - 1), "and" | "but") && start == end {
            return sentence_subject(w, start - 1, roles);
        }
        // ", which has hosted the talks since January," between subject and verb is an aside.
        if start >= 2
            && matches!(w.lower(start - 1), "which" | "who")
            && w.gap_before(start - 1).contains(',')
        {
            end = start - 1;
            continue;
        }
        if start == 0 || opens_clause(w.lower(start - 1)) || !w.gap_before(start).contains(',') {
            return None;
        }
        end = start;
    }
    None
}

/// The named person an appositive starting at word `start` describes: "Didier Kouassi, the minister's
/// brother and president of the association, said".
fn appositive_owner(w: &Words, start: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let mut s = start;
    if s > 0 && w.is(s - 1, "and") {
        s = clause_start(w, s - 1);
    }
    if s == 0 || w.gap_before(s).trim() != "," {
        return None;
    }
    let owner = clause_start(w, s);
    match speaker_in(w, owner, s, roles) {
        Some(Speaker::Name(name)) => Some(Speaker::Name(name)),
        _ => None,
    }
}

/// The person whose name (or role-bound name) ends at word `last`: the antecedent of ", who".
fn name_ending_at(w: &Words, last: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let end = w.words[last].span.end;
    if let Some(r) = sentence_roles(roles, w.sentence)
        .iter()
        .find(|r| r.person.end == end)
    {
        return Some(Speaker::Name(r.person));
    }
    let mut first = last;
    while first > 0
        && last - first < 3
        && w.words[first - 1].capitalised
        && w.joined_by_space(first)
    {
        first -= 1;
    }
    (first..=last)
        .find_map(|a| person_name_at(w, a).filter(|&(_, b)| b == last))
        .map(|(a, b)| Speaker::Name(w.cover(a, b)))
}

/// The subject at the start of the sentence, for a participle such as ", saying that …" at `v`.
fn sentence_subject(w: &Words, v: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let mut end = 0;
    while end < v && end < 10 {
        let lower = w.lower(end);
        if end > 0 && (is_speech_verb(lower) || looks_finite(lower)) {
            break;
        }
        end += 1;
        if is_clause_gap(w.gap_before(end)) {
            break;
        }
    }
    if end == 0 {
        return None;
    }
    speaker_in(w, 0, skip_adjuncts_back(w, 0, end), roles)
}

/// The speaker of a participle such as ", adding that …" at `v`: whoever the nearest speech verb before it in
/// the sentence reports ("Peskov said, adding that …"), else the sentence's subject.
fn participle_speaker(w: &Words, v: usize, roles: &[RoleBinding]) -> Option<Speaker> {
    let verb = (0..v).rev().take(12).find(|&u| is_speech_verb(w.lower(u)));
    match verb {
        Some(u) => subject_before(w, u, roles).or_else(|| speaker_after_verb(w, u + 1, roles)),
        None => sentence_subject(w, v, roles),
    }
}

/// A lower-case word that is probably a finite verb in the past tense or third person: "emphasized",
/// "expressed", "voiced", "reiterated".
fn looks_finite(w: &str) -> bool {
    w.ends_with("ed") && w.len() > 4 || matches!(w, "has" | "had" | "is" | "was" | "will" | "would")
}

/// Reported speech in one sentence, appended to `out` with its speaker.
fn reported(
    w: &Words,
    roles: &[RoleBinding],
    surnames: &HashSet<String>,
    inside_quote: &impl Fn(Span) -> bool,
    out: &mut Vec<(Quote, Option<Speaker>)>,
) {
    let n = w.len();
    // `indirect`: the words follow their verb ("X said (that) …", "according to X"), so they are the reporter's.
    let mut push = |first: usize, last: usize, speaker: Option<Speaker>, indirect: bool| {
        if last < first || last - first < 2 {
            return;
        }
        // The content keeps a final possessive ("Washington's"), which `cover` leaves out.
        let span = Span::new(w.words[first].span.start, w.words[last].token_end);
        if inside_quote(span) {
            return;
        }
        out.push((
            Quote {
                span,
                sentence: w.sentence,
                speaker: None,
                direct: false,
                indirect,
            },
            speaker,
        ));
    };
    // "Lavrov: Russia will not accept troops", the headline form of attribution.
    // Capitalised phrases before a colon are often labels ("Key Insights:", "Lithium:"), so the speaker must
    // be role-bound here or a lone surname of someone role-bound elsewhere in the report.
    if let Some(colon) = (0..n.min(6)).find(|&k| w.gap_after(k).trim() == ":")
        && let Some(Speaker::Name(name)) = speaker_in(w, 0, colon + 1, roles)
        && n - (colon + 1) >= 3
        && (sentence_roles(roles, w.sentence)
            .iter()
            .any(|r| r.person == name)
            || colon == 0 && surnames.contains(w.lower(0)))
    {
        push(colon + 1, n - 1, Some(Speaker::Name(name)), false);
    }
    for v in 0..n {
        let lower = w.lower(v);
        if inside_quote(w.words[v].span) {
            continue;
        }
        if lower == "according" && w.is(v + 1, "to") {
            according_to(w, v, roles, &mut push);
            continue;
        }
        let participle = is_speech_participle(lower);
        if !is_speech_verb(lower) && !participle {
            continue;
        }
        // Passives and asides: "as noted by Reuters", "said to be".
        if w.is(v + 1, "by") || w.is(v + 1, "to") && !w.is(v, "told") || v > 0 && w.is(v - 1, "as")
        {
            continue;
        }
        // Reported content runs from the sentence's first word (a leading list dash is not a word), after
        // any dateline.
        let first = dateline_end(w);
        if !participle
            && inverts(lower)
            && v >= first + 3
            && breaks_before(w.gap_before(v))
            && let Some(speaker) = speaker_after_verb(w, v + 1, roles)
        {
            // "<content>, declared Sergey Lavrov." / "<content> – said the spokesperson."
            push(first, v - 1, Some(speaker), false);
            continue;
        }
        if let Some(c) = content_after(w, v, participle) {
            let speaker = if participle {
                participle_speaker(w, v, roles)
            } else {
                subject_before(w, v, roles)
            };
            push(c, n - 1, speaker, true);
            continue;
        }
        if participle {
            continue;
        }
        // "<content>, he said."
        let start = clause_start(w, skip_adjuncts_back(w, 0, v));
        let trailing =
            v + 1 >= n || is_clause_gap(w.gap_after(v)) || ends_attribution(w.lower(v + 1));
        if start >= first + 3 && start < v && breaks_before(w.gap_before(start)) && trailing {
            // "The president of Andes Lithium, Tomás Ruiz, replied": the words before the comma are the
            // speaker's title, not what was said.
            let content = Span::new(w.words[first].span.start, w.words[start - 1].span.end);
            let is_title = sentence_roles(roles, w.sentence)
                .iter()
                .any(|r| content.start <= r.role_span.start && r.role_span.end <= content.end);
            let speaker = speaker_in(w, start, skip_adjuncts_back(w, start, v), roles);
            if speaker.is_some() && !is_title {
                push(first, start - 1, speaker, false);
            }
        }
    }
}

/// Speech verbs that put the speaker after them: "…, said Lavrov", "…, declared the minister". Others
/// ("announced", "confirmed") take an object there instead.
fn inverts(verb: &str) -> bool {
    matches!(
        verb,
        "said"
            | "says"
            | "declared"
            | "added"
            | "adds"
            | "stated"
            | "wrote"
            | "writes"
            | "noted"
            | "stressed"
            | "warned"
            | "insisted"
            | "explained"
            | "replied"
            | "reported"
            | "tweeted"
            | "continued"
            | "concluded"
            | "argued"
            | "asserted"
            | "remarked"
            | "recalled"
            | "emphasized"
            | "emphasised"
    )
}

/// Prepositions of place and time that the function-word list leaves out: "said outside the gates".
fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "outside"
            | "inside"
            | "beside"
            | "behind"
            | "ahead"
            | "amid"
            | "alongside"
            | "beyond"
            | "below"
            | "above"
            | "following"
            | "late"
            | "shortly"
            | "afterwards"
            | "separately"
            | "repeatedly"
            | "earlier"
            | "later"
            | "previously"
            | "recently"
            | "yesterday"
            | "today"
            | "tonight"
            | "overnight"
    )
}

/// Words that may follow an attribution ("said Lavrov in an interview", "he said on Tuesday") without
/// continuing the clause.
fn ends_attribution(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "when"
            | "while"
            | "as"
            | "to"
            | "from"
            | "with"
            | "for"
            | "of"
            | "via"
            | "through"
            | "late"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "and"
    )
}

/// "according to X, <content>" and "<content>, according to X".
fn according_to(
    w: &Words,
    v: usize,
    roles: &[RoleBinding],
    push: &mut impl FnMut(usize, usize, Option<Speaker>, bool),
) {
    let from = v + 2;
    let mut end = from;
    while end < w.len() && end - from < 10 && !(end > from && is_clause_gap(w.gap_before(end))) {
        end += 1;
    }
    // "according to earlier reports" names no speaker, and a quotation without one compares with nothing.
    let Some(speaker) = speaker_in(w, from, end, roles)
        .or_else(|| person_name_at(w, from).map(|(a, b)| Speaker::Name(w.cover(a, b))))
    else {
        return;
    };
    let speaker = Some(speaker);
    let first = dateline_end(w);
    if v >= first + 3 && breaks_before(w.gap_before(v)) {
        push(first, v - 1, speaker, true);
    } else if v == first && end < w.len() && w.gap_before(end).contains(',') {
        push(end, w.len() - 1, speaker, true);
    }
}

/// A comma or a free-standing dash before a trailing attribution.
fn breaks_before(gap: &str) -> bool {
    gap.contains(',') || gap.chars().any(is_dash) && gap.chars().any(char::is_whitespace)
}

/// Where the reported content after the speech verb at `v` starts: after "that" (with a few words of setting
/// between, "stated on Wednesday that", "told reporters that"), after a colon, or, for "said"/"says", right
/// after the verb ("Lavrov said Russia would …").
fn content_after(w: &Words, v: usize, participle: bool) -> Option<usize> {
    let n = w.len();
    if v + 1 >= n {
        return None;
    }
    if w.gap_after(v).trim() == ":" {
        return Some(v + 1);
    }
    let mut k = v + 1;
    while k < n && k - v <= 6 {
        if is_clause_gap(w.gap_before(k)) {
            break;
        }
        let lower = w.lower(k);
        if lower == "that" {
            return (k + 1 < n).then_some(k + 1);
        }
        let setting = is_function_word(lower)
            || w.words[k].capitalised
            || w.words[k].number
            || is_speech_setting(lower);
        if !setting {
            break;
        }
        k += 1;
    }
    if participle || !matches!(w.lower(v), "said" | "says") {
        return None;
    }
    let next = w.lower(v + 1);
    let joined = !is_clause_gap(w.gap_after(v));
    let starts_clause =
        !is_function_word(next) && !ends_attribution(next) && !is_place_preposition(next)
            || is_person_pronoun(next)
            || matches!(
                next,
                "the" | "a" | "an" | "it" | "they" | "we" | "i" | "there" | "this" | "no"
            );
    let long_enough = n - (v + 1) >= 3;
    (joined
        && starts_clause
        && long_enough
        && !w.text[w.words[v + 1].span.start..].starts_with(is_quote_mark))
    .then_some(v + 1)
}

#[cfg(test)]
mod tests {
    use super::is_speaker_label;
    use crate::extract::tests::quotes;
    use crate::text::Span;

    fn q(words: &str, speaker: Option<&str>, direct: bool) -> (String, Option<String>, bool) {
        (words.into(), speaker.map(str::to_string), direct)
    }

    #[test]
    fn direct_quotes_in_every_mark_style_with_trailing_attribution() {
        assert_eq!(
            quotes("\u{201C}This is completely unacceptable,\u{201D} Lavrov stated."),
            [q("This is completely unacceptable", Some("Lavrov"), true)]
        );
        assert_eq!(
            quotes("\"Russia is advancing,\" Kosachev added."),
            [q("Russia is advancing", Some("Kosachev"), true)]
        );
        assert_eq!(
            quotes("\u{00AB}Nous d\u{E9}cidons,\u{00BB} said the minister."),
            [q("Nous d\u{E9}cidons", Some("the minister"), true)]
        );
        assert_eq!(
            quotes("\u{201E}Wir entscheiden\u{201C}, the deputy wrote in a post."),
            [q("Wir entscheiden", Some("the deputy"), true)]
        );
    }

    #[test]
    fn a_korean_name_with_a_lower_case_syllable_after_said_is_the_speaker() {
        assert_eq!(
            quotes(
                "\"It flew as planned, step by step,\" said Choi Min-jung, the project director of the \
                 institute, who led the team."
            ),
            [q(
                "It flew as planned, step by step",
                Some("Choi Min-jung"),
                true
            )]
        );
        assert_eq!(
            quotes("\"It flew as planned,\" said Park Ji-hoon."),
            [q("It flew as planned", Some("Park Ji-hoon"), true)]
        );
    }

    #[test]
    fn a_quotation_running_over_paragraphs_keeps_its_speaker() {
        let text = "\"We heard a bang,\" said Ivo Maric, a passenger.\n\n\"The captain spoke at once. \
                    She was calm.\n\n\"I have never been so grateful to a pilot.\"";
        assert_eq!(
            quotes(text),
            [
                q("We heard a bang", Some("Ivo Maric"), true),
                q(
                    "The captain spoke at once. She was calm",
                    Some("Ivo Maric"),
                    true
                ),
                q(
                    "I have never been so grateful to a pilot",
                    Some("Ivo Maric"),
                    true
                ),
            ]
        );
    }

    #[test]
    fn dialogue_dashes_quote_like_marks() {
        let text = "\u{2013} The water can be drunk only after boiling \u{2013} said Anna Nowak at a \
                    briefing.";
        assert_eq!(
            quotes(text),
            [q(
                "The water can be drunk only after boiling",
                Some("Anna Nowak"),
                true
            )]
        );
        // A dash that opens a list item is no quotation.
        assert!(
            quotes("\u{2013} Roads closed in three districts \u{2013} and more rain").is_empty()
        );
    }

    #[test]
    fn french_guillemets_with_spaces_inside() {
        assert_eq!(
            quotes("\u{00AB} Nous ne signerons rien \u{00BB}, he told the press."),
            [q("Nous ne signerons rien", None, true)]
        );
        assert_eq!(
            quotes(
                "Addis Ababa had shown \u{00AB}\u{202F}maximum flexibility\u{202F}\u{00BB}, he said."
            ),
            [q("maximum flexibility", None, true)]
        );
    }

    #[test]
    fn direct_quotes_with_attribution_before_or_a_framing_verb() {
        assert_eq!(
            quotes("Lavrov said: \u{201C}We will decide.\u{201D}"),
            [q("We will decide", Some("Lavrov"), true)]
        );
        assert_eq!(
            quotes(
                "US Secretary of State Marco Rubio described the meeting as \u{201C}the first step.\u{201D}"
            ),
            [q("the first step", Some("Marco Rubio"), true)]
        );
        assert_eq!(
            quotes("A \u{201C}red line\u{201D} for Moscow"),
            [q("red line", None, true)]
        );
    }

    #[test]
    fn reported_speech_with_inverted_attribution() {
        let text = "Russia will avoid compromises that could threaten people's lives, declared Russian Foreign \
                    Minister Sergey Lavrov in an interview published on Wednesday.";
        assert_eq!(
            quotes(text),
            [q(
                "Russia will avoid compromises that could threaten people's lives",
                Some("Sergey Lavrov"),
                false
            )]
        );
        assert_eq!(
            quotes("Russia decides within Russia \u{2013} said the spokesperson."),
            [q(
                "Russia decides within Russia",
                Some("the spokesperson"),
                false
            )]
        );
    }

    #[test]
    fn reported_speech_with_that_clause() {
        assert_eq!(
            quotes(
                "A spokesperson for the Russian Foreign Ministry stated that Moscow would decide alone."
            ),
            [q(
                "Moscow would decide alone",
                Some("A spokesperson for the Russian Foreign Ministry"),
                false
            )]
        );
        assert_eq!(
            quotes(
                "Maria Zakharova, quoted by Reuters, stated on Wednesday that Russia will decide."
            ),
            [q("Russia will decide", Some("Maria Zakharova"), false)]
        );
        assert_eq!(
            quotes("Lavrov said Russia would not accept any troops."),
            [q(
                "Russia would not accept any troops",
                Some("Lavrov"),
                false
            )]
        );
        assert_eq!(
            quotes("The deal will hold, according to Witkoff."),
            [q("The deal will hold", Some("Witkoff"), false)]
        );
    }

    /// (words, speaker) of every quotation when the names stage found `people`.
    fn quotes_with_people(text: &str, people: &[&str]) -> Vec<(String, Option<String>)> {
        use crate::segment::Segmented;
        let mut spans: Vec<Span> = people
            .iter()
            .flat_map(|p| {
                text.match_indices(p)
                    .map(|(at, _)| Span::new(at, at + p.len()))
            })
            .collect();
        spans.sort();
        crate::extract::extract_facts_with(text, &Segmented::new(text), &spans)
            .quotes
            .into_iter()
            .map(|q| {
                (
                    q.span.of(text).to_string(),
                    q.speaker.map(|s| s.of(text).to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_pronoun_passes_over_an_organisation_that_speaks_through_a_person() {
        let text = "The road company, Infraestruturas de Portugal, said through its spokesman Gonçalo \
                    Magalhães that the bridge had passed inspection. \u{201C}Nothing suggested a risk,\u{201D} he said.";
        assert_eq!(
            quotes_with_people(text, &["Gonçalo Magalhães"]).last(),
            Some(&(
                "Nothing suggested a risk".to_string(),
                Some("Gonçalo Magalhães".to_string())
            ))
        );
        // Control: with no person the names stage knows, the sentence's first name still stands.
        assert_eq!(
            quotes_with_people(text, &[])
                .last()
                .and_then(|q| q.1.clone()),
            Some("Infraestruturas de Portugal".to_string())
        );
    }

    #[test]
    fn pronoun_resolves_to_a_person_named_without_title_or_quotation() {
        let text = "Earlier, Okafor said he would appeal.\n\nBello, 47, a former judge, thanked his staff. \
                    \u{201C}The work goes on,\u{201D} he said.";
        assert_eq!(
            quotes_with_people(text, &["Okafor", "Bello"]).last(),
            Some(&("The work goes on".to_string(), Some("Bello".to_string())))
        );
    }

    #[test]
    fn a_name_in_brackets_after_a_speakers_role_labels_the_turn() {
        let text =
            "HOST (Maja Petek): All twelve tourists are safe.\nThey met Maja Petek (host): later.";
        let at = |name: &str, from: usize| {
            let start = from + text[from..].find(name).unwrap();
            Span::new(start, start + name.len())
        };
        assert!(is_speaker_label(text, at("Maja Petek", 0)));
        // Inside a line, or after a role not in capitals, brackets are an aside.
        assert!(!is_speaker_label(text, at("Maja Petek", 20)));
        assert!(!is_speaker_label("Host (Maja Petek): hi", Span::new(6, 16)));
    }

    #[test]
    fn a_transcript_speaker_is_not_the_he_of_her_own_turn() {
        let text = "PRESENTER: Our court reporter Maria Markova was in Sofia today.\n\nPRESENTER: How did Petrov \
                    react?\n\nMARKOVA: He didn't say anything today. But last week, in his final word, he told the \
                    court, \"I signed what they gave me.\" The judge answered that today.";
        assert_eq!(
            quotes_with_people(text, &["Petrov", "Maria Markova", "MARKOVA"]),
            [(
                "I signed what they gave me".to_string(),
                Some("Petrov".to_string())
            )]
        );
    }

    #[test]
    fn a_recorded_clip_in_a_transcript_is_a_quotation_of_its_speaker() {
        let text = "JUSTINIANO: Let's hear the minister at the signing.\n\nNAMANDU (recorded): Our factories \
                    will run on Bolivian gas.\n\nPRESENTER (CARLA JUSTINIANO): Thank you.\n";
        assert_eq!(
            quotes_with_people(text, &["NAMANDU", "JUSTINIANO"]),
            [(
                "Our factories will run on Bolivian gas.".to_string(),
                Some("NAMANDU".to_string())
            )]
        );
    }

    #[test]
    fn pronoun_skips_the_name_that_places_a_title() {
        let text = "Hokusei president Ryuichi Otani bowed deeply at a news conference. \
                    \u{201C}We betrayed the trust of patients,\u{201D} he said.";
        assert_eq!(
            quotes_with_people(text, &["Hokusei", "Ryuichi Otani"]),
            [(
                "We betrayed the trust of patients".to_string(),
                Some("Ryuichi Otani".to_string())
            )]
        );
    }

    #[test]
    fn pronoun_prefers_the_subject_and_skips_names_inside_quotations() {
        let text = "Bello thanked Okafor. \u{201C}Okafor ran a fair race,\u{201D} he said.";
        assert_eq!(
            quotes_with_people(text, &["Okafor", "Bello"]),
            [(
                "Okafor ran a fair race".to_string(),
                Some("Bello".to_string())
            )]
        );
    }

    #[test]
    fn pronouns_resolve_to_the_last_named_person_in_the_paragraph() {
        let text = "In Turkey, President Zelensky appeared troubled. \u{201C}We want a fair resolution,\u{201D} he \
                    stressed.";
        assert_eq!(
            quotes(text),
            [q("We want a fair resolution", Some("Zelensky"), true)]
        );
        let text = "Rubio also highlighted that the bloc must take part. All parties need to agree on how to \
                    move forward, he said.";
        assert_eq!(
            quotes(text),
            [
                q("the bloc must take part", Some("Rubio"), false),
                q(
                    "All parties need to agree on how to move forward",
                    Some("Rubio"),
                    false
                ),
            ]
        );
        assert_eq!(quotes("Nothing will change, he said.")[0].1, None);
    }

    #[test]
    fn passives_and_non_speech_do_not_make_quotes() {
        assert!(quotes("As noted by Reuters, the comments were made on Tuesday.").is_empty());
        assert!(quotes("The talks, said to be difficult, went on.").is_empty());
        assert!(quotes("The United States announced the resumption of military aid.").is_empty());
    }

    #[test]
    fn a_verb_after_the_phrase_makes_it_the_reported_subject_not_the_speaker() {
        assert_eq!(
            quotes("Penny Wong, the foreign minister, said Australia would act."),
            [q("Australia would act", Some("Penny Wong"), false)]
        );
    }

    #[test]
    fn a_name_after_an_unknown_title_is_the_speaker() {
        assert_eq!(
            quotes("Growth will slow, said economist Jane Smith in a note.")[0]
                .1
                .as_deref(),
            Some("Jane Smith")
        );
        assert_eq!(
            quotes("Growth will slow, said the United States in a note.")[0]
                .1
                .as_deref(),
            Some("the United States")
        );
    }

    #[test]
    fn a_colon_after_an_adverbial_does_not_make_it_the_speaker() {
        assert_eq!(
            quotes(
                "The president of Andes Lithium, Tom\u{E1}s Ruiz, replied a few hours later from Toronto: \u{201C}We will not accept rules.\u{201D}"
            ),
            [q("We will not accept rules", Some("Tom\u{E1}s Ruiz"), true)]
        );
    }

    #[test]
    fn far_framing_verbs_and_sentence_opening_groups() {
        let text = "Transport Minister Julien Marchetti said in an interview given on Tuesday and published on \
                    Wednesday that the track had been inspected in January and that \"nothing abnormal\" had been found.";
        assert_eq!(
            quotes(text)[0],
            q("nothing abnormal", Some("Julien Marchetti"), true)
        );
        assert_eq!(
            quotes("Environmental officials said a small amount of fuel had leaked.")[0]
                .1
                .as_deref(),
            Some("Environmental officials")
        );
    }

    #[test]
    fn a_role_phrase_after_the_verb_leads_to_the_name_in_apposition() {
        let text = "\u{201E}It was a miracle\u{201D} \u{2013} said the coordinator of the rescue action, Marek W\u{F3}jcik.";
        assert_eq!(
            quotes(text),
            [q("It was a miracle", Some("Marek W\u{F3}jcik"), true)]
        );
    }

    #[test]
    fn a_speech_verb_bounds_the_subject_of_the_next_clause() {
        assert_eq!(
            quotes("Trump said he spoke with Putin for \"a long time\" on Tuesday.")[1],
            q("a long time", Some("Trump"), true)
        );
    }

    #[test]
    fn headline_colon_attribution() {
        let text = "Lavrov: Russia will not accept NATO troops\n\nForeign Minister Sergey Lavrov spoke in Moscow.";
        assert_eq!(
            quotes(text),
            [q(
                "Russia will not accept NATO troops",
                Some("Lavrov"),
                false
            )]
        );
        assert!(quotes("Key Insights: what the talks mean for Ukraine").is_empty());
        assert!(quotes("Lithium: the government does not cede on the Atacama").is_empty());
    }

    #[test]
    fn relative_clauses_and_datelines() {
        assert_eq!(
            quotes(
                "Qatar, which has hosted the talks since January, said the deal covers 1,200 prisoners."
            ),
            [q("the deal covers 1,200 prisoners", Some("Qatar"), false)]
        );
        assert_eq!(
            quotes(
                "The delegation was led by Defence Minister Yerlan Abdrakhmanov, who told reporters that the sea \"does not forgive mistakes\"."
            ),
            // The reported clause ends inside the quotation, which stands for it.
            [q(
                "does not forgive mistakes",
                Some("Yerlan Abdrakhmanov"),
                true
            )]
        );
        assert_eq!(
            quotes(
                "SANTIAGO, May 6 - Chile will insist on a majority stake, Mining Minister Carolina Fuentes said."
            ),
            [q(
                "Chile will insist on a majority stake",
                Some("Carolina Fuentes"),
                false
            )]
        );
        assert!(
            quotes("The president of Andes Lithium, Tomás Ruiz, replied a few hours later.")
                .is_empty()
        );
    }

    #[test]
    fn pronoun_after_a_sentence_opening_surname() {
        let text = "Mining Minister Carolina Fuentes spoke first.\n\nLater talks followed.\n\nFuentes described the \
                    session as useful. \"The talks were frank,\" she said.";
        assert_eq!(
            quotes(text)[0],
            q("The talks were frank", Some("Fuentes"), true)
        );
    }

    #[test]
    fn continuation_quote_inherits_the_speaker_of_the_one_before() {
        let text = "\u{201C}This is not the end,\u{201D} said Jens Stoltenberg. \u{201C}It is the beginning.\u{201D}";
        assert_eq!(
            quotes(text),
            [
                q("This is not the end", Some("Jens Stoltenberg"), true),
                q("It is the beginning", Some("Jens Stoltenberg"), true),
            ]
        );
    }

    #[test]
    fn told_names_the_listener_and_participles_share_the_speaker() {
        assert_eq!(
            quotes("Mr Starmer told MPs that the UK would \u{201C}step up\u{201D}."),
            [q("step up", Some("Starmer"), true)]
        );
        assert_eq!(
            quotes(
                "\u{201C}We are ready,\u{201D} Peskov said, adding that Moscow wanted guarantees."
            ),
            [
                q("We are ready", Some("Peskov"), true),
                q("Moscow wanted guarantees", Some("Peskov"), false),
            ]
        );
    }

    #[test]
    fn single_curly_quotes_but_not_apostrophes() {
        assert_eq!(
            quotes(
                "The minister called it \u{2018}a historic day\u{2019} and said Britain\u{2019}s role was \u{2018}vital\u{2019}."
            ),
            [
                q("a historic day", Some("The minister"), true),
                q("vital", Some("The minister"), true),
            ]
        );
        assert!(quotes("Russia\u{2019}s and the countries\u{2019} leaders met.").is_empty());
    }

    #[test]
    fn descriptions_of_bodies_and_groups_are_speakers() {
        assert_eq!(
            quotes("The death toll rose to 42, officials said.")[0]
                .1
                .as_deref(),
            Some("officials")
        );
        assert_eq!(
            quotes("Ukraine's military said it shot down 112 drones.")[0]
                .1
                .as_deref(),
            Some("Ukraine's military")
        );
        assert_eq!(
            quotes("At least 1,200 homes were damaged, according to the regional governor, Oleh Syniehubov.")[0]
                .1
                .as_deref(),
            Some("Oleh Syniehubov")
        );
    }
}
