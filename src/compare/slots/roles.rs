//! Role bindings: one role held by different people (`person-conflict`), one person given two incompatible
//! titles (`role-conflict`).

use std::collections::{BTreeMap, BTreeSet};

use super::super::{Difference, DocFacts, PlaceLevel, Side};
use super::person_before;
use crate::extract::NameKind;
use crate::findings::Kind;
use crate::segment::Token;
use crate::text::{Span, fold};

/// One role binding of a story, with the words that place it in matching form.
struct SlotBinding {
    doc: usize,
    role: String,
    /// Sorted, deduplicated; a nationality or country reads as its country code ("@GR" for "Greek" and
    /// "Greece's"), so that reports placing one office in one country by either word meet.
    qualifiers: Vec<String>,
    /// The qualifiers as the report gave them, for messages: "greek".
    placed_by: String,
    person: usize,
    person_name: String,
    /// The person's name as this report writes it, which a finding shows: "Guðrún Sigurðardóttir" where
    /// the entity's canonical form is the stripped "Gudrun Sigurdardottir" of another report.
    person_written: String,
    role_span: Span,
    person_span: Span,
    context: Span,
    /// Bound by what the person does ("talks chaired by X", "a team led by Y"), not by a title: chairing a
    /// meeting or leading a team fits any office the person holds.
    by_act: bool,
    /// The title is written as the one holder's: after "the", a possessive or a possessor ("the national chief
    /// veterinary officer", "Busan's deputy mayor", "its chief inspector for the south"), not as a bare rank
    /// before a name ("Chief Inspector John Smith") or as one of several ("a deputy mayor").
    definite: bool,
    /// The field a "head of" title names, when it names one rather than a body: "safety" in "the head of safety
    /// at the plant", "quality assurance" in "Hokusei's head of quality assurance".
    field: Option<String>,
}

impl SlotBinding {
    fn side(&self) -> Side {
        Side {
            doc: self.doc,
            span: self.person_span,
            context: self.context,
        }
    }
}

/// Whether the title at `span` is written as its one holder's: its first word, or the word before it, is "the"
/// or a possessive ("its", "Busan's").
fn is_definite_title(text: &str, span: Span) -> bool {
    let phrase = fold(span.of(text));
    let first = phrase.split_whitespace().next().unwrap_or("");
    let before = text[..span.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .map(fold)
        .unwrap_or_default();
    let determiner = |w: &str| matches!(w, "the" | "its" | "their");
    let possessive =
        |w: &str| w.ends_with("'s") || w.ends_with('\u{2019}') || w.ends_with("\u{2019}s");
    determiner(first) || possessive(first) || determiner(&before) || possessive(&before)
}

/// Compass adjectives and the quarter they name.
const COMPASS_ADJECTIVES: &[(&str, &str)] = &[
    ("northern", "north"),
    ("southern", "south"),
    ("eastern", "east"),
    ("western", "west"),
];

/// A quarter of a country in one form: "the southern region", "the southern part", "southern" and "the south"
/// all name the south ("chief inspector for the south" and "for the southern region" are one office).
fn compass_quarter(q: &str) -> Option<&'static str> {
    let words: Vec<&str> = q.split(' ').collect();
    let first = *words.first()?;
    let quarter = COMPASS_ADJECTIVES
        .iter()
        .find(|(adjective, noun)| first == *adjective || first == *noun)
        .map(|(_, noun)| *noun)?;
    match words[1..] {
        [] | ["region" | "part" | "area" | "zone"] => Some(quarter),
        _ => None,
    }
}

/// A qualifier in the form slots compare: a country's code for a nationality or a country name, a compass
/// quarter for a region named by its bearing, else the words as they are.
fn slot_qualifier(q: &str) -> String {
    if let Some(quarter) = compass_quarter(q) {
        return quarter.to_string();
    }
    let gazetteer = crate::resolve::Gazetteer::get();
    let code = gazetteer.demonym(q).or_else(|| {
        gazetteer
            .place(q)
            .filter(|p| p.kind == crate::resolve::PlaceKind::Country)
            .map(|p| p.country)
    });
    match code {
        Some(code) if code != "XX" => format!("@{code}"),
        _ => q.to_string(),
    }
}

/// The region a role's "the state's", "provincial" or "regional" stands for, when its report names one
/// state or province and no other: "The state's secretary for prison administration" in a report about "the
/// north-eastern Brazilian state of Pernambuco" is Pernambuco's, as another report writes it ("the secretary
/// for prison administration of Pernambuco"). The gazetteer holds towns, not states, so the report's own
/// words name the region: "the state of X", "the province of X", "X province". A report naming two leaves the
/// word as it is. "State" counts only as a possessor ("the state's", "of the state"): a "state secretary" is
/// a rank.
fn jurisdiction(doc: &DocFacts<'_>, phrase: &str, q: &str) -> Option<String> {
    let generic = match q {
        "state" => phrase.contains("state's") || phrase.contains("of the state"),
        "provincial" | "province" => true,
        _ => false,
    };
    if !generic {
        return None;
    }
    let text = &doc.doc.text;
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut names: BTreeSet<String> = BTreeSet::new();
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_end_matches(['.', '\'', '\u{2019}']);
        let kind = w.to_lowercase();
        if !matches!(kind.as_str(), "state" | "province") {
            continue;
        }
        // "the state of Pernambuco", "the province of Central Sulawesi".
        if words.get(k + 1) == Some(&"of") {
            let name: Vec<&str> = words[k + 2..]
                .iter()
                .take(3)
                .take_while(|w| capitalised(w))
                .map(|w| w.trim_end_matches(['.', '\'', '\u{2019}']))
                .collect();
            if !name.is_empty() {
                names.insert(fold(&name.join(" ")));
            }
        }
        // "Central Sulawesi province": a province only, as "Islamic State" is no state.
        if kind == "province" && k > 0 && capitalised(words[k - 1]) {
            let first = (k.saturating_sub(3)..k)
                .find(|&m| words[m..k].iter().all(|w| capitalised(w)))
                .unwrap_or(k - 1);
            let name: Vec<&str> = words[first..k]
                .iter()
                .map(|w| w.trim_end_matches("'s").trim_end_matches("\u{2019}s"))
                .collect();
            names.insert(fold(&name.join(" ")));
        }
    }
    (names.len() == 1).then(|| names.pop_first()).flatten()
}

fn slot_bindings(docs: &[DocFacts<'_>]) -> Vec<SlotBinding> {
    let mut bindings = Vec::new();
    for doc in docs {
        for r in &doc.mentions.roles {
            let Some(entity) = doc.entity_at(r.person) else {
                continue;
            };
            if entity.kind != NameKind::Person && entity.kind != NameKind::Unknown {
                continue;
            }
            let phrase = fold(r.role_span.of(&doc.doc.text));
            let mut qualifiers: Vec<String> = r
                .qualifiers
                .iter()
                .map(|q| jurisdiction(doc, &phrase, q).unwrap_or_else(|| slot_qualifier(q)))
                .collect();
            let mut shown: Vec<&str> = Vec::new();
            for q in &r.qualifiers {
                if !shown.contains(&q.as_str()) {
                    shown.push(q);
                }
            }
            let mut placed_by = shown.join(" ");
            if qualifiers.is_empty()
                && let Some((qualifier, said)) = possessor(doc, r)
            {
                qualifiers.push(qualifier);
                placed_by = said;
            }
            qualifiers.sort();
            qualifiers.dedup();
            let definite = is_definite_title(&doc.doc.text, r.role_span);
            // "Pilot" and "guide" are trades before a name, and verbs ("to guide Tina out"); only "the pilot,
            // X" or "their guide, X" names the one of the story's craft or group.
            if is_crew_office(&r.role) && !definite {
                continue;
            }
            bindings.push(SlotBinding {
                doc: doc.index,
                role: r.role.clone(),
                qualifiers,
                placed_by,
                person: entity.id,
                person_name: entity.canonical.clone(),
                person_written: r.person.of(&doc.doc.text).to_string(),
                role_span: title_part(&doc.doc.text, r.role_span, &r.qualifiers),
                definite,
                by_act: matches!(
                    fold(r.role_span.of(&doc.doc.text)).as_str(),
                    "chaired" | "chairs" | "led" | "leads" | "headed" | "heads"
                ),
                field: (r.role == "leader")
                    .then(|| head_of_field(r.role_span.of(&doc.doc.text)))
                    .flatten(),
                person_span: r.person,
                context: doc
                    .seg
                    .sentences
                    .get(r.sentence)
                    .map_or(r.person, |s| s.span),
            });
        }
    }
    bindings
}

/// What a possessive before a role places it by, in the form a qualifier takes:
/// - "its": the last organisation named before it in its sentence or the one before ("CONRED is in charge. I
///   spoke to its executive secretary, X"; "with the Emergency Management Service, under the command of its
///   head, X"), as its words ("emergency management service"), so that the role is placed as "the head of the
///   Emergency Management Service" places it;
/// - "his", "her": the last person named there ("Tigist Gebremeskel ... hugged her coach, Haile Mengesha"),
///   as the person's entity ("#12"), so that two reports giving one athlete two coaches meet in one slot.
fn possessor(doc: &DocFacts<'_>, r: &crate::extract::RoleBinding) -> Option<(String, String)> {
    let text = &doc.doc.text;
    let phrase = fold(r.role_span.of(text));
    // Only the word before the phrase is read: folding all the text before it would make a long report's
    // roles quadratic.
    let before = text[..r.role_span.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .map(fold);
    let possessive = ["its", "his", "her"]
        .into_iter()
        .find(|p| phrase.starts_with(&format!("{p} ")) || before.as_deref() == Some(*p))?;
    // A name the names stage could not type may still be the "its" ("for Petropar by its president") or
    // the "her" ("Tigist Gebremeskel" with no title): the possessive says which it is.
    let wanted: &[NameKind] = if possessive == "its" {
        &[NameKind::Organisation, NameKind::Unknown]
    } else {
        &[NameKind::Person, NameKind::Unknown]
    };
    if possessive != "its" {
        return person_before(doc, r.sentence, r.role_span.start, Some(r.person), wanted)
            .map(|e| (format!("#{}", e.id), format!("{}'s", e.canonical)));
    }
    let from = doc
        .seg
        .sentences
        .get(r.sentence.saturating_sub(1))?
        .span
        .start;
    let name = doc
        .mentions
        .names
        .iter()
        .zip(doc.entities)
        .rev()
        .find_map(|(m, e)| {
            e.as_ref().filter(|e| wanted.contains(&e.kind))?;
            (m.span.start >= from && m.span.end <= r.role_span.start && m.span != r.person)
                .then_some(m)
        });
    // "It was signed for the port authority by its managing director": a body named by its kind in the
    // role's own sentence, after any name, is what "its" stands for.
    let common = common_body_before(doc, r.sentence, r.role_span.start)
        .filter(|(at, _)| name.is_none_or(|m| m.span.end <= *at));
    if let Some((_, body)) = common {
        return Some((body.clone(), body));
    }
    let folded = fold(name?.span.of(text));
    let body = folded.strip_prefix("the ").unwrap_or(&folded);
    Some((body.to_string(), body.to_string()))
}

/// The last body named by its kind in sentence `sentence` before byte `before`: "the port authority", "the
/// labour ministry" (a determiner, at most two lower-case modifiers, a body noun), with where it starts.
fn common_body_before(
    doc: &DocFacts<'_>,
    sentence: usize,
    before: usize,
) -> Option<(usize, String)> {
    let text = &doc.doc.text;
    let s = doc.seg.sentences.get(sentence)?;
    let tokens: Vec<&Token> = doc
        .seg
        .sentence_tokens(s)
        .iter()
        .filter(|t| t.span.end <= before)
        .collect();
    let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(text))).collect();
    let lower = |k: usize| {
        tokens[k]
            .span
            .of(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    (1..words.len()).rev().find_map(|k| {
        if !lower(k) || !crate::extract::is_led_body(&words[k]) {
            return None;
        }
        let the = (k.saturating_sub(3)..k)
            .rev()
            .find(|&d| words[d] == "the")?;
        ((the + 1..k).all(|m| lower(m) && words[m].chars().all(char::is_alphabetic)))
            .then(|| (tokens[the].span.start, words[the + 1..=k].join(" ")))
    })
}

/// Role slots: one qualified role held by different people (`person-conflict`), one person given
/// incompatible titles (`role-conflict`).
pub fn roles(docs: &[DocFacts<'_>]) -> Vec<Difference> {
    let bindings = slot_bindings(docs);
    let mut out = qualified_holders(docs, &bindings);
    out.extend(implicit_holders(docs, &bindings));
    out.extend(head_and_director(docs, &bindings));
    out.extend(incompatible_titles(&bindings));
    out
}

/// Whether no two of the names may be one person the names stage kept apart ("Marković", "Jelena Marković").
fn all_distinct(names: &[&str]) -> bool {
    names.iter().enumerate().all(|(i, x)| {
        names[i + 1..]
            .iter()
            .all(|y| !super::super::facts::may_be_same_person(x, y))
    })
}

/// Whether some two of the names cannot be one person.
fn any_distinct(names: &[&str]) -> bool {
    names.iter().enumerate().any(|(i, x)| {
        names[i + 1..]
            .iter()
            .any(|y| !super::super::facts::may_be_same_person(x, y))
    })
}

/// People by entity id, each with their bindings of one slot.
type Holders<'b> = BTreeMap<usize, Vec<&'b SlotBinding>>;

/// The holders' names, as their entities give them.
fn holder_names<'b>(holders: &Holders<'b>) -> Vec<&'b str> {
    holders
        .values()
        .map(|bs| bs[0].person_name.as_str())
        .collect()
}

/// Whether one report names two of the holders of a slot: they are colleagues, not rivals for it.
fn named_together(holders: &Holders<'_>) -> bool {
    let docs_of = |bs: &Vec<&SlotBinding>| bs.iter().map(|b| b.doc).collect::<BTreeSet<_>>();
    let all: Vec<BTreeSet<usize>> = holders.values().map(docs_of).collect();
    all.iter()
        .enumerate()
        .any(|(i, x)| all.iter().skip(i + 1).any(|y| !x.is_disjoint(y)))
}

fn person_conflict(holders: &Holders<'_>, sides: Vec<Side>, what: &str) -> Difference {
    let names: Vec<String> = holders
        .values()
        .map(|bs| bs[0].person_written.clone())
        .collect();
    let people: Vec<usize> = holders.keys().copied().collect();
    let message = format!("{what} is {}", names.join(" vs "));
    Difference::new(Kind::PersonConflict, None, sides, message).about(people, names)
}

/// One qualified role, several holders: "Greece's energy minister" is Vrettou in one report and Sifaki in
/// another.
fn qualified_holders(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> Vec<Difference> {
    let mut out = Vec::new();
    let placed: Vec<&SlotBinding> = bindings
        .iter()
        .filter(|b| {
            !b.qualifiers.is_empty()
                && (is_single_holder(&b.role, &b.qualifiers)
                    || b.definite && is_single_when_definite(&b.role, &b.qualifiers))
        })
        .collect();
    let mut by_role: BTreeMap<(&str, &[String]), Holders<'_>> = BTreeMap::new();
    for b in &placed {
        // "the ministry's Pharmaceutical Safety Division director" shortens "director of the health
        // ministry's Pharmaceutical Safety Division": one office, keyed by its fullest placing when only one
        // placing of the role is fuller.
        let fuller: Vec<&[String]> = placed
            .iter()
            .filter(|o| o.role == b.role && o.qualifiers != b.qualifiers)
            .map(|o| o.qualifiers.as_slice())
            .filter(|q| shortens(&b.qualifiers, q))
            .collect();
        let key = match fuller.as_slice() {
            [one, rest @ ..] if rest.iter().all(|q| q == one) => one,
            _ => b.qualifiers.as_slice(),
        };
        by_role
            .entry((b.role.as_str(), key))
            .or_default()
            .entry(b.person)
            .or_default()
            .push(b);
    }
    for ((role, qualifiers), holders) in by_role {
        if holders.len() < 2 || named_together(&holders) {
            continue;
        }
        // Holders the names stage may have kept apart by mistake ("Marković", "Jelena Marković") are one.
        let names = holder_names(&holders);
        if !any_distinct(&names) {
            continue;
        }
        // The investigation is placed by no name, so a report may tell of two (the police's and the safety
        // board's): one that names the other holder anywhere knows both people.
        if qualifiers == [crate::extract::INVESTIGATION] && knows_other(docs, &holders) {
            continue;
        }
        // The holders' unplaced bindings of the same role ("its energy minister, Eleni Vrettou") are more
        // evidence of the same claim.
        let sides: Vec<Side> = holders
            .values()
            .flatten()
            .map(|b| b.side())
            .chain(
                bindings
                    .iter()
                    .filter(|b| {
                        b.qualifiers.is_empty() && b.role == role && holders.contains_key(&b.person)
                    })
                    .map(SlotBinding::side),
            )
            .collect();
        let first = holders.values().next().map(|bs| bs[0]);
        let placed_by = first.map_or("", |b| b.placed_by.as_str());
        let what = match first {
            Some(SlotBinding {
                field: Some(field), ..
            }) => head_of(field, qualifiers),
            _ if placed_by.is_empty() => format!("{} {role}", qualifiers.join(" ")),
            _ => format!("{placed_by} {role}"),
        };
        out.push(person_conflict(&holders, sides, &what));
    }
    out
}

/// Titles of whoever runs a body's staff, which a report that calls the same person the body's "head" means.
const RUNS_STAFF: &[&str] = &[
    "director",
    "director general",
    "executive director",
    "chief executive",
    "managing director",
];

/// "Its director, Tomáš Vrba" in one report and "Its head, Jan Kolář" in another, both of the agency named
/// just before: a body's head is whoever runs it, so the two titles are one office and the two people
/// disagree. Only a title bound as a title ("head", not "led by") and placed by the same words is compared, the
/// director and the head are named by different reports, and no report naming one names the other (a
/// report that knows both people presents them as two: a chair and a director).
fn head_and_director(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> Vec<Difference> {
    let mut out = Vec::new();
    let heads = bindings.iter().filter(|b| {
        b.role == "leader" && !b.by_act && b.field.is_none() && !b.qualifiers.is_empty()
    });
    let mut by_body: BTreeMap<&[String], Holders<'_>> = BTreeMap::new();
    for head in heads {
        let directors: Vec<&SlotBinding> = bindings
            .iter()
            .filter(|d| RUNS_STAFF.contains(&d.role.as_str()) && d.qualifiers == head.qualifiers)
            .collect();
        // A body whose directors a single-holder slot already finds at odds is left to that finding.
        let people: BTreeSet<usize> = directors.iter().map(|d| d.person).collect();
        if directors.is_empty()
            || people.len() > 1 && is_single_holder(&directors[0].role, &head.qualifiers)
        {
            continue;
        }
        let holders = by_body.entry(head.qualifiers.as_slice()).or_default();
        holders.entry(head.person).or_default().push(head);
        for d in directors {
            let list = holders.entry(d.person).or_default();
            if !list.iter().any(|b| std::ptr::eq(*b, d)) {
                list.push(d);
            }
        }
    }
    for (qualifiers, holders) in by_body {
        if holders.len() < 2 || named_together(&holders) || knows_other(docs, &holders) {
            continue;
        }
        let names = holder_names(&holders);
        if !all_distinct(&names) {
            continue;
        }
        let sides: Vec<Side> = holders.values().flatten().map(|b| b.side()).collect();
        let placed_by = holders
            .values()
            .flatten()
            .map(|b| b.placed_by.as_str())
            .find(|p| !p.is_empty())
            .map_or_else(|| qualifiers.join(" "), str::to_string);
        out.push(person_conflict(
            &holders,
            sides,
            &format!("the head of {placed_by}"),
        ));
    }
    out
}

/// A reader's name for the head of a field in a body: "head of volcanic hazards at the met office".
fn head_of(field: &str, qualifiers: &[String]) -> String {
    let body: Vec<&str> = qualifiers
        .iter()
        .map(String::as_str)
        .filter(|q| *q != field)
        .collect();
    if body.is_empty() {
        format!("head of {field}")
    } else {
        format!("head of {field} at the {}", body.join(" "))
    }
}

/// Whether the qualifiers `short` place an office as `long` does, in fewer words: each is one of `long`'s or
/// ends one of them ("ministry" of "health ministry", "met office" of "icelandic meteorological office").
fn shortens(short: &[String], long: &[String]) -> bool {
    short.len() <= long.len() && short.iter().all(|q| long.iter().any(|l| ends_name(l, q)))
}

/// Whether the words of `short` end the name `long`, each the same word or a clipping of it ("Met" for
/// "Meteorological", "Dept" for "Department"): a body's short name keeps the words that say what it is.
fn ends_name(long: &str, short: &str) -> bool {
    let (l, s): (Vec<&str>, Vec<&str>) = (long.split(' ').collect(), short.split(' ').collect());
    s.len() <= l.len()
        && s.last() == l.last()
        && l[l.len() - s.len()..]
            .iter()
            .zip(&s)
            .all(|(lw, sw)| lw == sw || sw.len() >= 3 && lw.starts_with(sw))
}

/// The slot an unplaced title fills when no report of the story places it: the office a country has one
/// holder of ("justice minister", "prime minister"), or the judge or the prosecutor of the case the story is
/// about. Offices of a town or a company (mayor, governor, chief executive) are left out: a story often names
/// two towns or two companies, and an unplaced mayor may be either one's.
fn implicit_slot(role: &str) -> Option<&str> {
    let role = role.strip_prefix("presiding ").unwrap_or(role);
    (is_case_office(role) || is_national_office(role) || is_crew_office(role)).then_some(role)
}

/// The one-holder posts of the craft or the group a story is about, written definite: "The pilot, Simon
/// Ashworth" of the balloon that came down, "their guide, Nina Kos" of the group cut off in a cave, "the
/// driver" of the bus that crashed. A story of two craft places each post ("the pilot of the helicopter"), and
/// a report that knows two pilots names both.
fn is_crew_office(role: &str) -> bool {
    matches!(
        role,
        "pilot" | "co-pilot" | "captain" | "driver" | "skipper" | "guide"
    )
}

/// The offices of one case, whatever the countries of the story: its judge, and the prosecutor who speaks
/// for the case (a team of several is told as "prosecutors", which [`several_holders`] reads).
fn is_case_office(role: &str) -> bool {
    matches!(role, "judge" | "prosecutor")
}

/// Offices a country has one holder of: "justice minister", "prime minister", "attorney general".
fn is_national_office(role: &str) -> bool {
    #[rustfmt::skip]
    const NATIONAL: &[&str] = &[
        "prime minister", "attorney general", "prosecutor general", "chief justice",
    ];
    let words: Vec<&str> = role.split(' ').collect();
    let portfolio_minister = words.len() == 2 && words[1] == "minister" && words[0] != "deputy";
    NATIONAL.contains(&role) || portfolio_minister && is_single_holder(role, &[])
}

/// The countries a story names: countries as places, and the nationalities that place its roles. A
/// story of two countries has two governments, so an unplaced minister may be either one's.
fn story_countries(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> BTreeSet<String> {
    let mut countries: BTreeSet<String> = bindings
        .iter()
        .flat_map(|b| &b.qualifiers)
        .filter_map(|q| q.strip_prefix('@'))
        .map(str::to_string)
        .collect();
    for doc in docs {
        countries.extend(doc.entities.iter().flatten().filter_map(|e| {
            let place = e.place.as_ref()?;
            (place.level == PlaceLevel::Country)
                .then(|| place.country.clone())
                .flatten()
        }));
    }
    countries.remove("EU");
    countries
}

/// Whether two names may be one person misspelt: one given name and surnames the matcher kept apart
/// ("María Rojas", "María Rjas"; "Salma al-Obeidi", "Salma al-Ubajdi"). Two holders of one office with one
/// given name are far likelier one person written two ways than two people.
fn same_given_name(a: &str, b: &str) -> bool {
    let first = |name: &str| {
        let tokens: Vec<&str> = name.split_whitespace().collect();
        (tokens.len() > 1).then(|| crate::resolve::keys::name_key(tokens[0]))
    };
    first(a).is_some_and(|x| !x.is_empty() && Some(x) == first(b))
}

/// Whether a report naming a holder writes the slot's title in the plural ("judges", "justice ministers") or
/// seats a bench: the story has several holders of it, so reports naming different ones need not disagree.
/// A report that names no holder ("The judges in Alba Iulia ordered the recount") says nothing of whom the
/// others name.
fn several_holders(docs: &[DocFacts<'_>], naming: &BTreeSet<usize>, slot: &str) -> bool {
    let plural = format!("{slot}s");
    let mut wanted: Vec<&str> = vec![plural.as_str()];
    match slot {
        "judge" => wanted.extend(["panel", "bench", "three-judge", "five-judge"]),
        "prosecutor" => wanted.extend(["prosecution team", "team of prosecutors"]),
        _ => {}
    }
    docs.iter().filter(|d| naming.contains(&d.index)).any(|d| {
        // A speaker's loose plural ("Turda voted, the judges checked") is no report of a bench: quotations
        // are left out.
        let mut own = d.doc.text.clone();
        for q in d.mentions.quotes.iter().filter(|q| q.direct) {
            let (from, to) = (q.span.start, q.span.end);
            if to <= own.len() && own.is_char_boundary(from) && own.is_char_boundary(to) {
                own.replace_range(from..to, &" ".repeat(to - from));
            }
        }
        let text = fold(&own);
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        wanted.iter().any(|phrase| {
            let parts: Vec<&str> = phrase.split(' ').collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        })
    })
}

/// Whether a report names a person who may be `name`, in any role or none.
pub(crate) fn names_person(doc: &DocFacts<'_>, id: usize, name: &str) -> bool {
    doc.entities.iter().flatten().any(|e| {
        e.id == id
            || e.kind != NameKind::Place
                && super::super::facts::may_be_same_person(&e.canonical, name)
    })
}

/// One unplaced office held by different people: "the bill was drafted by Justice Minister Kalina Stoeva" in
/// one report, "drafted by Justice Minister Nikolai Radev" in another. Nothing places the office, so it is
/// compared only when the story gives it no room for two holders:
/// - no report places the title (a country, an organisation), and a national office only in a story that
///   names at most one country;
/// - the holders share no given name (one person misspelt, more likely than two);
/// - no report writes the title in the plural, or seats a bench of judges;
/// - no report names two of the holders, or names the other holder at all: a report that knows both people
///   presents them as two.
fn implicit_holders(docs: &[DocFacts<'_>], bindings: &[SlotBinding]) -> Vec<Difference> {
    let international = story_countries(docs, bindings).len() > 1;
    let mut by_slot: BTreeMap<&str, Vec<&SlotBinding>> = BTreeMap::new();
    for b in bindings {
        if let Some(slot) = implicit_slot(&b.role) {
            by_slot.entry(slot).or_default().push(b);
        }
    }
    let mut out = Vec::new();
    for (slot, list) in by_slot {
        // A case's judge or prosecutor may be placed by one report ("the prosecutor of the Higher Public
        // Prosecutor's Office in Užice") and not by another: one placing still leaves one case. Two placings
        // may be two courts.
        let placings: BTreeSet<&[String]> = list
            .iter()
            .filter(|b| !b.qualifiers.is_empty())
            .map(|b| b.qualifiers.as_slice())
            .collect();
        // A crew post is of the story's craft or group, whatever the countries of the story.
        let local = is_case_office(slot) || is_crew_office(slot);
        let placed = if local {
            placings.len() > 1
        } else {
            !placings.is_empty()
        };
        if placed || international && !local {
            continue;
        }
        let mut holders: Holders<'_> = BTreeMap::new();
        for b in &list {
            holders.entry(b.person).or_default().push(b);
        }
        if holders.len() < 2 || named_together(&holders) {
            continue;
        }
        let names = holder_names(&holders);
        let same_given = names
            .iter()
            .enumerate()
            .any(|(i, x)| names[i + 1..].iter().any(|y| same_given_name(x, y)));
        if !all_distinct(&names) || same_given {
            continue;
        }
        let naming: BTreeSet<usize> = holders.values().flatten().map(|b| b.doc).collect();
        // "The pilot" and "their guide" say there is one; "local guides said" in the same report are others,
        // not more holders of the group's post.
        let plural = !is_crew_office(slot) && several_holders(docs, &naming, slot);
        if knows_other(docs, &holders) || plural {
            continue;
        }
        let sides: Vec<Side> = holders.values().flatten().map(|b| b.side()).collect();
        out.push(person_conflict(&holders, sides, slot));
    }
    out
}

/// Whether a report naming one holder of a slot names another holder anywhere, in any role or none: it knows
/// both people, and presents them as two.
fn knows_other(docs: &[DocFacts<'_>], holders: &Holders<'_>) -> bool {
    holders.iter().any(|(&id, bs)| {
        let name = bs[0].person_name.as_str();
        holders
            .iter()
            .filter(|&(&other, _)| other != id)
            .flat_map(|(_, others)| others.iter().map(|b| b.doc))
            .any(|d| {
                docs.iter()
                    .find(|f| f.index == d)
                    .is_some_and(|f| names_person(f, id, name))
            })
    })
}

/// One person, incompatible titles.
fn incompatible_titles(bindings: &[SlotBinding]) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut by_person: BTreeMap<usize, Vec<&SlotBinding>> = BTreeMap::new();
    // An unranked title ("leader", "official") fits any other, so it neither conflicts nor may stand for a
    // group of titles that do.
    for b in bindings
        .iter()
        .filter(|b| (!is_unranked(&b.role) || heads_standing_body(b)) && !b.by_act)
    {
        by_person.entry(b.person).or_default().push(b);
    }
    for (_, list) in by_person {
        let mut distinct: Vec<&SlotBinding> = Vec::new();
        // Keep one binding per group of compatible titles: what is left are titles that cannot all be true.
        for b in &list {
            if distinct.iter().all(|d| !compatible_bindings(d, b)) {
                distinct.push(b);
            }
        }
        if distinct.len() < 2 {
            continue;
        }
        let sides: Vec<Side> = distinct
            .iter()
            .map(|b| Side {
                doc: b.doc,
                span: b.role_span,
                context: b.context,
            })
            .collect();
        // The head of a body is "head" to a reader; "leader" is the slot's name for it.
        let roles: Vec<String> = distinct
            .iter()
            .map(|b| match (&b.field, b.role.as_str()) {
                (Some(field), _) => format!("head of {field}"),
                (None, "leader") => "head".to_string(),
                (None, role) => role.to_string(),
            })
            .collect();
        let person = distinct[0].person_name.clone();
        let message = format!("{person} is called {}", roles.join(" vs "));
        out.push(Difference::new(
            Kind::RoleConflict,
            Some(person),
            sides,
            message,
        ));
    }
    out
}

/// Bodies that stand as part of an administration or a company, whose head holds an office: "head of KARI's
/// launch vehicle division", "who heads the port authority of Bau-Bau". Heading a committee, a team or a
/// delegation is a task beside an office ("police chief ..., who leads the civil protection committee").
const STANDING_BODIES: &[&str] = &[
    "unit",
    "division",
    "department",
    "directorate",
    "agency",
    "authority",
    "office",
    "bureau",
    "service",
    "institute",
    "ministry",
    "company",
    "corporation",
    "bank",
    "museum",
    "hospital",
    "university",
    // A union's head is its president or general secretary, an office of the union's own.
    "union",
    // Forces: "the head of the Togolese navy" commands it, an office its spokesman does not hold.
    "navy",
    "army",
    "police",
    "customs",
    "brigade",
];

/// Titles of whoever runs a body: the same office as its "head" when they place it in the same body.
#[rustfmt::skip]
const HEAD_TITLES: &[&str] = &[
    "director", "chief executive", "managing director", "director general", "executive director", "chair",
    "president", "administrator", "commissioner", "general manager", "manager", "governor",
    "secretary general", "general secretary", "executive secretary",
];

/// Whether a binding is the "head" ("leader") of a standing body ([`STANDING_BODIES`]) or of a field, an office
/// of its own rather than the unranked title "leader".
fn heads_standing_body(b: &SlotBinding) -> bool {
    b.role == "leader"
        && (b.field.is_some()
            || b.qualifiers.iter().any(|q| {
                // "the farmers' union UTAP", "the agency NÚKIB": a name after the body's noun still heads it.
                q.split(' ').any(|w| STANDING_BODIES.contains(&w))
            }))
}

/// The field after "head of" with no article before it ("head of safety at the plant" -> "safety", "head of
/// quality assurance"), which names a post in a body; "head of the team" names the body itself.
fn head_of_field(phrase: &str) -> Option<String> {
    let folded = fold(phrase);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let at = words.windows(2).position(|p| p == ["head", "of"])? + 2;
    let field: Vec<&str> = words[at..]
        .iter()
        .take_while(|w| !matches!(**w, "at" | "of" | "for" | "in" | "with" | "and"))
        .copied()
        .collect();
    let first = *field.first()?;
    let determiner = matches!(first, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        || first.ends_with("'s");
    (!determiner && first != "state").then(|| field.join(" "))
}

/// Fields whose head speaks for the body as a spokesperson does.
const SPEAKING_FIELDS: &[&str] = &[
    "communications",
    "communication",
    "press",
    "media",
    "public affairs",
    "public relations",
    "information",
];

/// Whether two bindings' qualifiers place their titles in one body: a word in common ("KARI's launch vehicle
/// division" and "KARI"), or one's acronym standing for the other's words ("KARI" for "Korea Aerospace Research
/// Institute").
fn same_body(x: &SlotBinding, y: &SlotBinding) -> bool {
    let words = |b: &SlotBinding| -> Vec<String> {
        b.qualifiers
            .iter()
            .filter(|q| !q.starts_with(['@', '#']))
            .flat_map(|q| q.split(' ').map(str::to_string).collect::<Vec<_>>())
            // "regional" places a union's head and a ministry's commissioner alike; it names no body.
            .filter(|w| !crate::align::stopword(w) && !crate::extract::is_role_modifier(w))
            .collect()
    };
    let initials = |b: &SlotBinding| -> Vec<String> {
        b.qualifiers
            .iter()
            .map(|q| {
                q.split(' ')
                    .filter(|w| !crate::align::stopword(w))
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
            })
            .filter(|i| i.chars().count() >= 2)
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    wx.iter().any(|w| wy.contains(w))
        || initials(x).iter().any(|i| wy.contains(i))
        || initials(y).iter().any(|i| wx.contains(i))
}

/// Whether two titles bound to one person can both be true: [`compatible_roles`], and for the head of a standing
/// body, any rank, past or unranked title beside it, or the title of whoever runs that same body in other words
/// ("head of the agency" and "the agency's director"). A title of another body, or an office that is no body's
/// head ("spokeswoman"), is another post.
fn compatible_bindings(x: &SlotBinding, y: &SlotBinding) -> bool {
    let (head, other) = match (heads_standing_body(x), heads_standing_body(y)) {
        (false, false) => {
            return compatible_roles(&x.role, &y.role) || is_mayor(x) && is_mayor(y);
        }
        (true, true) => return x.field == y.field && same_body(x, y),
        (true, false) => (x, y),
        (false, true) => (y, x),
    };
    let past = other.role.split(' ').any(|w| matches!(w, "former" | "ex"));
    if past || is_unranked(&other.role) || is_military_rank(&other.role) {
        return true;
    }
    // The head of a field runs that field, not the body: the plant's general manager is not its head of
    // safety, but a safety director may be.
    if let Some(field) = &head.field {
        let names_field = other
            .qualifiers
            .iter()
            .any(|q| q.split(' ').any(|w| field.split(' ').any(|f| f == w)));
        // A government's secretary or minister for the field holds it as a portfolio: Colombia's cities
        // have a "secretary for risk management", whom other copy calls the city's head of risk management.
        let portfolio = matches!(other.role.as_str(), "secretary" | "minister");
        return SPEAKING_FIELDS.contains(&field.as_str()) && other.role == "spokesperson"
            || (HEAD_TITLES.contains(&other.role.as_str()) || portfolio) && names_field;
    }
    HEAD_TITLES.contains(&other.role.as_str())
        && (other.qualifiers.is_empty() || same_body(head, other))
}

/// Whether a binding names a town's mayor: "the mayor", or "the municipal president", as Mexico and much of
/// Latin America style the office (a translated report keeps the local title).
fn is_mayor(b: &SlotBinding) -> bool {
    b.role == "mayor" || b.role == "president" && b.qualifiers.iter().any(|q| q == "municipal")
}

/// The title inside a role phrase, without the words before it that only place it: "Water Minister" in
/// "Ethiopian Water Minister", "spokesperson" in "the ministry's spokesperson". A finding shows the titles
/// that disagree, not the nationality both reports agree on.
fn title_part(text: &str, role_span: Span, qualifiers: &[String]) -> Span {
    let phrase = role_span.of(text);
    let mut offset = 0;
    for word in phrase.split_inclusive(char::is_whitespace) {
        let folded = fold(word.trim());
        let possessive = folded.ends_with("'s");
        let bare = folded.strip_suffix("'s").unwrap_or(&folded);
        let placing = possessive
            || matches!(bare, "the" | "a" | "an" | "its" | "his" | "her" | "their")
            || qualifiers.iter().any(|q| q.split(' ').any(|w| w == bare));
        if !placing || offset + word.len() >= phrase.len() {
            break;
        }
        offset += word.len();
    }
    Span::new(role_span.start + offset, role_span.end)
}

/// Roles one person holds at a time for a given qualifier: a country has one foreign minister and one trade
/// minister, but many envoys, aides and deputies. A leader is one when the qualifiers name one body that has
/// one head ("the NDRF team", "the Ethiopian delegation", "the national disaster agency"), not a movement or
/// a kind of body ("Hamas", "the agency").
fn is_single_holder(role: &str, qualifiers: &[String]) -> bool {
    // A person's own coach or manager ("her coach", "his manager"): an athlete or a player answers to one.
    if qualifiers.iter().any(|q| q.starts_with('#')) {
        return matches!(role, "coach" | "manager");
    }
    if role == "leader" {
        // The story's investigation ("the investigation is led by X") has one leader; a report that names two
        // investigations and their leaders names both holders, which keeps them apart.
        if qualifiers == [crate::extract::INVESTIGATION] {
            return true;
        }
        let country = qualifiers.iter().any(|q| q.starts_with('@'));
        return qualifiers.iter().any(|q| {
            q.rsplit(' ')
                .next()
                .is_some_and(crate::extract::is_led_body)
                && (q.contains(' ') || country)
        });
    }
    #[rustfmt::skip]
    const SINGLE: &[&str] = &[
        "president", "prime minister", "chancellor", "secretary of state", "king", "queen", "pope", "mayor",
        "governor", "chief executive", "ceo", "chief financial officer", "chief operating officer",
        "chief technology officer", "speaker", "vice president", "national security advisor",
        "attorney general", "head of state", "premier", "harbour master", "harbor master", "police chief",
        "prosecutor general", "chief justice", "central bank governor",
        // A body has one chair at a time; the qualifiers name the body ("municipal electoral commission").
        // Its secretary general, director general or executive secretary heads its staff, one at a time too.
        "chair", "secretary general", "general secretary", "director general", "executive secretary",
        "executive director",
        // A team has one coach; the others are "assistant", "goalkeeping" or "fitness" coaches, qualified apart.
        "coach",
    ];
    const NOT_SINGLE: &[&str] = &[
        "deputy",
        "vice",
        "junior",
        "assistant",
        "former",
        "acting",
        "shadow",
    ];
    let words: Vec<&str> = role.split_whitespace().collect();
    if words.iter().any(|w| NOT_SINGLE.contains(w)) {
        return false;
    }
    // A named unit of a body ("the Pharmaceutical Safety Division", "the Press Office") has one director; a
    // company or a film has many.
    #[rustfmt::skip]
    const UNITS: &[&str] = &[
        "division", "department", "bureau", "office", "directorate", "agency", "institute", "service",
        "unit", "centre", "center", "museum", "library", "observatory", "laboratory", "programme", "program",
    ];
    if role == "director"
        && qualifiers
            .iter()
            .any(|q| q.rsplit(' ').next().is_some_and(|w| UNITS.contains(&w)))
    {
        return true;
    }
    // A portfolio minister ("trade minister", "minister of agriculture"), but not a bare "minister".
    let portfolio_minister = words.len() >= 2 && words.contains(&"minister");
    // A portfolio secretary is a minister by another name ("the state education secretary", "the home
    // secretary"): a government, national or a state's, has one per portfolio. A cabinet secretary or an under
    // secretary is one of several under one title.
    let portfolio_secretary =
        matches!(words.as_slice(), [field, "secretary"] if !matches!(*field, "cabinet" | "under"));
    portfolio_minister || portfolio_secretary || SINGLE.contains(&role)
}

/// Roles a report written "the X" or "Busan's X" presents as held by one person, though a body may have
/// several of them in another telling:
/// - a chief of a placed trade ("the national chief veterinary officer", "its chief inspector for the
///   south"): "Chief Inspector" before a name is a rank many hold, but "the chief inspector for the south" is
///   the one office;
/// - the deputy of a single-holder office ("Busan's deputy mayor"): a city may have several deputy mayors,
///   but a report that calls one "the city's deputy mayor" names the one it means, and another report that
///   gives the same words to someone else for the same story disagrees. A deputy minister stays one of many:
///   a government has deputies for each portfolio under one title.
fn is_single_when_definite(role: &str, qualifiers: &[String]) -> bool {
    let words: Vec<&str> = role.split(' ').collect();
    let chief = words.len() > 1 && words[0] == "chief"
        || qualifiers.iter().any(|q| q == "chief") && qualifiers.len() > 1;
    // A body's managing director runs its staff ("the port authority's managing director"); banks use the
    // title as a rank, but a report does not call one of several "its managing director".
    let runs_staff = role == "managing director";
    let deputy = match words.as_slice() {
        ["deputy", rest @ ..] if !rest.is_empty() && !rest.contains(&"minister") => {
            is_single_holder(&rest.join(" "), qualifiers)
        }
        _ => false,
    };
    // "The district commissioner for Arumeru": a district, region or county is run by one commissioner, whom
    // a report calling someone "the district commissioner" means. A state's or a police force's commissioners
    // are many (one per portfolio, one per rank), so only these units count.
    let unit_commissioner = role == "commissioner"
        && qualifiers.iter().any(|q| {
            matches!(
                q.as_str(),
                "district" | "region" | "regional" | "province" | "provincial" | "county"
            )
        });
    // "The state's secretary for prison administration": a definite secretary placed by a body or a
    // portfolio is that body's one secretary; a bare "secretary" may be anyone's clerk.
    let placed_secretary = role == "secretary" && qualifiers.iter().any(|q| !q.starts_with('#'));
    chief || runs_staff || deputy || unit_commissioner || placed_secretary
}

/// Titles that can both be true of one person: equal, one a shortening of the other ("minister" and "foreign
/// minister", "deputy minister" and "deputy foreign minister"), known synonyms, or an unranked title.
fn compatible_roles(x: &str, y: &str) -> bool {
    #[rustfmt::skip]
    const SYNONYMS: &[&[&str]] = &[
        &["spokesperson", "spokeswoman", "spokesman", "press secretary", "press officer"],
        &["ceo", "chief executive", "chief executive officer"],
        // A company's managing director is its chief executive in most of Europe; banks use the title as a
        // rank, which is why it is not a single-holder role.
        &["chief executive", "managing director"],
        &["defence minister", "defense minister"],
        &["envoy", "special envoy", "representative", "special representative"],
        // A mayor sits on the council and is styled "Councillor" in much of the Commonwealth.
        &["councillor", "mayor", "deputy mayor"],
    ];
    // A military or police rank is held beside an office ("Major General Tarek Fawzy, the security
    // director"); two ranks still disagree.
    if is_military_rank(x) != is_military_rank(y) {
        return true;
    }
    // A style of birth or faith is held beside an office too ("Prince Faisal, the foreign minister"), and
    // the word is as often a given name ("Emir Kurt, director of the builder", common in Bosnia).
    if is_style(x) != is_style(y) {
        return true;
    }
    // "Prime minister" and "former finance minister": an office held before is no rival to one held now.
    let past = |r: &str| r.split(' ').any(|w| matches!(w, "former" | "ex"));
    if past(x) != past(y) {
        return true;
    }
    let words = |r: &str| {
        r.split_whitespace()
            .map(str::to_string)
            .collect::<BTreeSet<String>>()
    };
    let (wx, wy) = (words(x), words(y));
    // "deputy mayor" and "mayor": the deputy of an office does not hold it, so one person is not both. Only
    // a title that differs by the rank word alone is told apart; "deputy foreign minister" and "minister"
    // stay a shortening.
    const SUBORDINATE: &[&str] = &["deputy", "vice", "assistant", "junior"];
    let rank = |w: &BTreeSet<String>| w.iter().any(|t| SUBORDINATE.contains(&t.as_str()));
    let office = |w: &BTreeSet<String>| {
        w.iter()
            .filter(|t| !SUBORDINATE.contains(&t.as_str()))
            .cloned()
            .collect::<BTreeSet<String>>()
    };
    if rank(&wx) != rank(&wy) && !office(&wx).is_empty() && office(&wx) == office(&wy) {
        return false;
    }
    wx.is_subset(&wy)
        || wy.is_subset(&wx)
        || SYNONYMS
            .iter()
            .any(|group| group.contains(&x) && group.contains(&y))
        || is_unranked(x)
        || is_unranked(y)
}

/// A military or police rank, held beside an office.
fn is_military_rank(role: &str) -> bool {
    matches!(
        role,
        "general"
            | "colonel"
            | "lieutenant"
            | "captain"
            | "sergeant"
            | "admiral"
            | "brigadier"
            | "major"
            | "commander"
            | "inspector"
    )
}

/// A style a person holds by birth or faith rather than by office.
fn is_style(role: &str) -> bool {
    matches!(
        role,
        "emir" | "sheikh" | "prince" | "princess" | "crown prince"
    )
}

/// Titles many people hold alongside a specific one: "official", "leader", "diplomat".
fn is_unranked(role: &str) -> bool {
    // "former official of the bank": a past title many held is as unranked as the present one.
    let role = ["former ", "ex "]
        .iter()
        .find_map(|p| role.strip_prefix(p))
        .unwrap_or(role);
    matches!(
        role,
        "official"
            | "leader"
            | "politician"
            | "head"
            | "chief"
            | "diplomat"
            | "lawmaker"
            | "deputy"
            | "member"
    )
}

#[cfg(test)]
mod tests {
    use super::super::testing::{person_conflict_messages, person_conflicts, role_conflicts};
    use super::*;
    use crate::pipeline::testing::values_of;

    #[test]
    fn defence_counsel_and_prosecutor_are_two_sides_of_a_case() {
        let found = role_conflicts(&[
            "Defence lawyer Ramesh Pillai told the court in Ipoh his client had served the state for 20 years.",
            "Deputy public prosecutor Ramesh Pillai told reporters in Ipoh that the prosecution would appeal.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The same side in two wordings is one role.
        let found = role_conflicts(&[
            "Defence lawyer Ramesh Pillai told the court in Ipoh his client had served the state for 20 years.",
            "Defense attorney Ramesh Pillai told reporters in Ipoh that his client would appeal.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_head_of_a_force_holds_an_office() {
        // Held-out story 117: the town's mayor against the head of its fire brigade.
        let found = role_conflicts(&[
            "The mayor of Makarska, Marija Juric, said the road would stay shut until Friday.",
            "Marija Juric, head of the town's fire brigade, said the road would stay shut until Friday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: the brigade's commander is its head in other words.
        let found = role_conflicts(&[
            "The commander of the town's fire brigade, Marija Juric, said the road would stay shut.",
            "Marija Juric, head of the town's fire brigade, said the road would stay shut until Friday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_has_one_executive_secretary() {
        let found = person_conflicts(&[
            "Ana Lopez, executive secretary of CONRED, said 310 millimetres of rain had fallen on Coban.",
            "CONRED is in charge at Coban. I spoke to its executive secretary, Hector Samayoa, about the rain.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn its_head_is_the_head_of_the_body_just_named() {
        let found = person_conflicts(&[
            "The rescue in Tkibuli was led by the head of the Emergency Management Service, Temur Kapanadze, \
             officials said on Wednesday.",
            "Three trapped miners in Tkibuli were brought to the surface by rescuers together with the Emergency \
             Management Service, under the command of its head, Mr Gela Khutsishvili, on Wednesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Without "its", the head is of nothing named: a head of another body may be meant.
        let found = person_conflicts(&[
            "The rescue in Tkibuli was led by the head of the Emergency Management Service, Temur Kapanadze, \
             officials said on Wednesday.",
            "Three trapped miners in Tkibuli were brought to the surface by rescuers together with the Emergency \
             Management Service, and the head of the mine, Mr Gela Khutsishvili, thanked them on Wednesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_divisions_director_placed_in_fewer_words_is_one_office() {
        let found = person_conflicts(&[
            "Keiko Hayashi, director of the health ministry's Pharmaceutical Safety Division, said there had \
             been no reports of harm.",
            "The ministry's Pharmaceutical Safety Division director Makoto Inoue explained that the amount was \
             small.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Two ministries' press offices are two offices.
        let found = person_conflicts(&[
            "Keiko Hayashi, director of the health ministry's Press Office, said there had been no harm.",
            "The finance ministry's Press Office director Makoto Inoue said the cost was small.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn its_president_is_the_president_of_the_company_just_named_even_untyped() {
        let found = person_conflicts(&[
            "The supply contract was signed for YPFB by its president, Marcelo Vargas Choque, and for Petropar \
             by its president, Gustavo Riveros.",
            "The contract was signed by the president of YPFB, Ruben Condori Flores, and the president of \
             Petropar, Gustavo Riveros.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn her_coach_is_the_coach_of_the_athlete_just_named() {
        let found = person_conflict_messages(&[
            "Tigist Gebremeskel won the half marathon in Hawassa on Sunday in 1:05:12. Her coach, Haile \
             Mengesha, said she had trained at altitude in Bekoji.",
            "Tigist Gebremeskel broke the course record in Hawassa on Sunday. Behind the win is the work of her \
             coach, Solomon Tadesse, who follows her in Addis Ababa.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("Tigist Gebremeskel's coach"), "{found:?}");
        // Two athletes, each with her own coach.
        let found = person_conflicts(&[
            "Tigist Gebremeskel won the half marathon in Hawassa on Sunday. Her coach, Haile Mengesha, said she \
             had trained at altitude.",
            "Almaz Ayana was second in Hawassa on Sunday. Her coach, Solomon Tadesse, said she had been ill.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_rank_is_held_beside_an_office_but_two_ranks_disagree() {
        let found = role_conflicts(&[
            "Alexandria's security director, Major General Tarek Fawzy, said the suspects were stopped.",
            "The security director of Alexandria, Tarek Fawzy, said the coins were found on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = role_conflicts(&[
            "Colonel Ahmed Said said the suspects were stopped at a checkpoint on Tuesday.",
            "General Ahmed Said said the suspects were stopped at a checkpoint on Tuesday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn chairing_the_talks_fits_a_deputy_ministers_title() {
        let found = role_conflicts(&[
            "The ministry invited both sides to new talks in Ankara, chaired by Deputy Minister Kemal Aksoy, \
             on Friday.",
            "The talks on Friday will be chaired by Deputy Minister Kemal Aksoy, the ministry said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn his_coach_is_the_coach_of_the_subject_of_the_sentence_that_last_names_someone() {
        let found = person_conflict_messages(&[
            "Tsegaye Gebremedhin said in a statement released through his manager, Meseret Tadesse, that he \
             was clean. \"I will run again.\"\n\nHis coach, Dawit Alemu, said the group was tested.",
            "The athlete Tsegaye Gebremedhin was suspended on Monday.\n\nThe 26-year-old, born in Debre \
             Birhan, won the Seoul Marathon in November.\n\nHis coach, Yonas Bekele, said he had never missed \
             a test.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("Tsegaye Gebremedhin's coach"),
            "{found:?}"
        );
    }

    #[test]
    fn judges_in_a_quotation_seat_no_bench() {
        let texts = |quoted: &str| {
            person_conflicts(&[
                &format!(
                    "The recount was ordered by the Cluj Tribunal. Judge Sorin Moldovan ruled on Wednesday. \
                     {quoted}"
                ),
                "The recount was ordered by the Cluj Tribunal, where the case was judged by Judge Mihaela Rusu.",
            ])
        };
        assert_eq!(
            texts("\"Turda voted, the judges checked,\" the mayor said.").len(),
            1
        );
        // Told by the report itself, judges in the plural are a bench of several.
        assert!(texts("The mayor said the judges had checked every ballot.").is_empty());
    }

    #[test]
    fn a_deputy_mayor_is_not_the_mayor() {
        let found = values_of(
            Kind::RoleConflict,
            &[
                "Incumbent mayor Agnieszka Kaczmarek said she respected the ruling.",
                "The winner, deputy mayor Agnieszka Kaczmarek, has run the town's finances for six years.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(compatible_roles("deputy foreign minister", "minister"));
        assert!(compatible_roles(
            "deputy minister",
            "deputy foreign minister"
        ));
    }

    #[test]
    fn the_head_of_a_standing_body_holds_an_office_and_heading_a_committee_is_a_task() {
        // The head of one body is not another body's director, nor anyone's spokeswoman.
        let found = role_conflicts(&[
            "The ship was cleared, the company's director, Sutrisno Wahyudi, told reporters in Baubau on Monday.",
            "Sutrisno Wahyudi, who heads the port authority of Bau-Bau, told the crowd in Baubau on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = role_conflicts(&[
            "Jung Tae-woo, head of KARI's launch vehicle division, told reporters at the launch site on Thursday.",
            "Rina Kartikasari, a spokeswoman for the Ministry of Transportation, said so on Monday in Jakarta.",
            "Rina Kartikasari, who heads the transport agency of Southeast Sulawesi province, said so on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // The head and the director of one body, in other words, are one office; so are an acronym and its words.
        let found = role_conflicts(&[
            "Sutrisno Wahyudi, head of the port authority of Bau-Bau, told the crowd in Baubau on Monday.",
            "The port authority's director, Sutrisno Wahyudi, told reporters in Baubau on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = role_conflicts(&[
            "Jung Tae-woo, head of the Korea Aerospace Research Institute, told reporters at the launch site.",
            "The KARI president, Jung Tae-woo, told reporters at the launch site on Thursday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Leading a committee is a task beside an office.
        let found = role_conflicts(&[
            "Thordur Gudmundsson, who leads the regional civil protection committee, ordered the evacuation of Vik.",
            "The mayor of Myrdalur, Thordur Gudmundsson, ordered the evacuation of Vik on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_head_of_a_field_is_a_post_apart_from_the_bodys_head() {
        assert_eq!(
            head_of_field("the head of safety at the plant").as_deref(),
            Some("safety")
        );
        assert_eq!(
            head_of_field("Hokusei's head of quality assurance").as_deref(),
            Some("quality assurance")
        );
        assert_eq!(head_of_field("head of the search and rescue office"), None);
        assert_eq!(head_of_field("head of state"), None);
        let found = role_conflicts(&[
            "Liu Jianhua, the plant's general manager, said the company would pay each family at Bahodopi.",
            "Liu Jianhua, the head of safety at the plant, said a pipe burst at Bahodopi during the shift change.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // A safety director runs the field; a head of communications speaks for the body.
        let found = role_conflicts(&[
            "Liu Jianhua, the plant's safety director, said the company would pay each family at Bahodopi.",
            "Liu Jianhua, the head of safety at the plant, said a pipe burst at Bahodopi during the shift change.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // A city's secretary for a field is its head of that field, and not of another.
        let found = role_conflicts(&[
            "\"The tower was not anchored,\" said Yesenia Caicedo, Cali's secretary for risk management, at the site.",
            "The city's head of risk management, Yesenia Caicedo, told reporters the tower was not anchored in Cali.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = role_conflicts(&[
            "\"The tower was not anchored,\" said Yesenia Caicedo, Cali's secretary for health, at the site.",
            "The city's head of risk management, Yesenia Caicedo, told reporters the tower was not anchored in Cali.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = role_conflicts(&[
            "Anna Berg, the ministry's spokeswoman, said the inquiry into the blast at Bahodopi would report in May.",
            "Anna Berg, head of communications at the ministry, said the inquiry at Bahodopi would report in May.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_former_official_is_as_unranked_as_an_official() {
        let found = role_conflicts(&[
            "His co-defendant, the bank's former chief financial officer Chinwe Okafor, pleaded not guilty in Lagos.",
            "Chinwe Okafor, a former official of the bank, pleaded not guilty in Lagos on Tuesday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        assert!(is_unranked("former official") && !is_unranked("former mayor"));
    }

    #[test]
    fn an_officer_named_by_the_post_is_a_title_and_a_press_officer_speaks_for_the_body() {
        let found = role_conflicts(&[
            "Gebremedhin spoke through his manager, Meseret Tadesse, after the suspension in Addis Ababa.",
            "Meseret Tadesse, the federation's anti-doping officer, urged caution after the suspension in Addis Ababa.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = role_conflicts(&[
            "The federation's spokeswoman, Meseret Tadesse, spoke after the suspension in Addis Ababa.",
            "Meseret Tadesse, the federation's press officer, urged caution after the suspension in Addis Ababa.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_unplaced_minister_named_differently_by_two_reports_is_a_person_conflict() {
        let found = person_conflict_messages(&[
            "Parliament passed the anti-graft bill on Thursday. The bill was drafted by Justice Minister Kalina Stoeva, who called it overdue.",
            "Parliament passed the anti-graft bill. The bill, drafted by Justice Minister Nikolai Radev, creates a new office.",
        ]);
        assert_eq!(
            found,
            ["justice minister is Kalina Stoeva vs Nikolai Radev"],
            "{found:?}"
        );
    }

    #[test]
    fn a_judge_named_differently_by_two_reports_is_a_person_conflict() {
        let found = person_conflict_messages(&[
            "A court sentenced the former mayor to seven years. Judge Iryna Melnyk found that he had taken the money.",
            "The former mayor was jailed for seven years by Judge Olena Bondar for taking the money.",
        ]);
        assert_eq!(
            found,
            ["judge is Iryna Melnyk vs Olena Bondar"],
            "{found:?}"
        );
    }

    #[test]
    fn a_prosecutor_named_differently_by_two_reports_is_a_person_conflict() {
        // A case's prosecutor is a slot as its judge is, even in a story that names two countries.
        let found = person_conflict_messages(&[
            "An express train from Poland derailed near Lowicz. The inquiry is led by prosecutor Agnieszka Kowalczyk, who said the driver would be questioned.",
            "An express train derailed near Lowicz on its way to Germany. Prosecutor Marta Zielinska said the recorder had been secured.",
        ]);
        assert_eq!(
            found,
            ["prosecutor is Agnieszka Kowalczyk vs Marta Zielinska"],
            "{found:?}"
        );
        // Control: "prosecutors" in a naming report tells of a team, whose members each report may quote.
        let found = person_conflicts(&[
            "The trial opened in Lodz. Prosecutors said the driver ignored a signal, and prosecutor Agnieszka Kowalczyk read the charges.",
            "The trial of the driver opened in Lodz. Prosecutor Marta Zielinska said the recorder had been secured.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_pilot_or_the_guide_named_differently_by_two_reports_is_a_person_conflict() {
        // Stories 101 and 99: "The pilot, Simon Ashworth" against "The pilot, David Mercer"; "The guide, Tina
        // Mlakar" against "their guide, Nina Kos", in a report that also quotes "local guides".
        let found = person_conflict_messages(&[
            "A hot-air balloon came down hard near Bagan on Friday. The pilot, Simon Ashworth, a British national \
             who has flown there for eight seasons, was among the injured.",
            "A balloon with 16 tourists landed hard in Bagan. Nine were hurt. The pilot, David Mercer, steered the \
             basket away from a temple.",
        ]);
        assert_eq!(
            found,
            ["pilot is David Mercer vs Simon Ashworth"],
            "{found:?}"
        );
        let found = person_conflicts(&[
            "Twelve tourists were cut off in Postojna Cave. The guide, Tina Mlakar, kept the group together.",
            "When the river rose, their guide, Nina Kos, told the twelve visitors to climb. Local guides said the \
             passage had flooded before.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn crew_named_apart_or_by_trade_are_no_rivals() {
        // Control: a report that names both pilots knows them as two (a pilot and the one who took over).
        let found = person_conflicts(&[
            "A balloon came down near Bagan. The pilot, Simon Ashworth, was injured; David Mercer, who flew \
             another basket, helped him.",
            "A balloon landed hard in Bagan. The pilot, David Mercer, was also injured.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: two craft, each report placing its pilot, are two posts.
        let found = person_conflicts(&[
            "Two aircraft collided over Lake Geneva. The pilot of the helicopter, Marc Favre, survived.",
            "A plane and a helicopter collided over the lake. The pilot of the plane, Luc Berset, died.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Control: "pilot" as a trade before a name, or "guide" as a verb, names no craft's one pilot.
        let found = person_conflicts(&[
            "A balloon came down near Bagan. Pilot Simon Ashworth, who was not flying that day, said the wind rose.",
            "A balloon landed hard in Bagan. Rescuers helped guide David Mercer out of the field.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_states_secretary_is_the_secretary_of_the_one_state_its_report_names() {
        // Story 103: "The state's secretary for prison administration, Carla Menezes" in a report about "the
        // state of Pernambuco", against "The secretary for prison administration of Pernambuco, Paulo Tavares".
        let found = person_conflicts(&[
            "Police in the north-eastern Brazilian state of Pernambuco were searching for inmates. The state's \
             secretary for prison administration, Carla Menezes, ordered an inquiry and the transfer of guards.",
            "The prisoners crawled through a tunnel. The secretary for prison administration of Pernambuco, Paulo \
             Tavares, announced an inquiry on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a report that names two states leaves "the state's" unplaced among them.
        let found = person_conflicts(&[
            "Inmates fled in the state of Pernambuco; some were caught in the state of Paraiba. The state's \
             secretary for prison administration, Carla Menezes, ordered an inquiry and the transfer of guards.",
            "The prisoners crawled through a tunnel. The secretary for prison administration of Pernambuco, Paulo \
             Tavares, announced an inquiry on Monday.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_prosecutor_placed_by_one_report_only_is_still_the_cases() {
        let found = person_conflicts(&[
            "A gondola cabin fell at Zlatibor. Prosecutor Milica Jovanovic, who is leading the inquiry, visited the site.",
            "A gondola cabin fell at Zlatibor. The case is led by the prosecutor of the Higher Public Prosecutor's Office in Uzice, Dragana Petrovic, who ordered an examination.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: two reports placing their prosecutors in two offices may tell two cases.
        let found = person_conflicts(&[
            "A gondola cabin fell at Zlatibor. The prosecutor of the Basic Public Prosecutor's Office in Cacak, Milica Jovanovic, visited the site.",
            "A gondola cabin fell at Zlatibor. The prosecutor of the Higher Public Prosecutor's Office in Uzice, Dragana Petrovic, ordered an examination.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_leader_of_the_investigation_is_one_slot_whatever_the_noun() {
        // "an inquiry led by X" and "the investigation is led by Y": one investigation, two leaders.
        let found = person_conflicts(&[
            "An engine caught fire on the flight to Tromso. The safety authority has opened an inquiry led by inspector Ingrid Solheim, who arrived on Tuesday.",
            "An engine caught fire on the flight to Tromso. The investigation is led by Terje Nygard, who said it was too early to say more.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = person_conflicts(&[
            "A fire gutted the museum in Chiang Mai. Police Colonel Wirat Boonma, who is leading the investigation, said wiring was the likely cause.",
            "A fire gutted the museum in Chiang Mai. Police said the investigation is being led by Police Colonel Sakda Inthanon.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a report that names both leaders tells of two investigations.
        let found = person_conflicts(&[
            "A fire gutted the museum in Chiang Mai. The inquiry is led by Wirat Boonma, and the police investigation is led by Police Colonel Sakda Inthanon.",
            "A fire gutted the museum in Chiang Mai. Police said the investigation is being led by Police Colonel Sakda Inthanon.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_unions_regional_head_is_not_a_ministrys_regional_commissioner() {
        let found = role_conflicts(&[
            "Farmers blocked the canal near Kairouan. \"We wanted our share,\" said Mohamed Ali Ben Salem, regional head of the farmers' union UTAP, who led the talks.",
            "Farmers blocked the canal near Kairouan. The deal was negotiated by Mohamed Ali Ben Salem, the regional commissioner for agricultural development, who spent two nights there.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: the union's head is its general secretary in other words.
        let found = role_conflicts(&[
            "Farmers blocked the canal near Kairouan, said Mohamed Ali Ben Salem, regional head of the farmers' union UTAP.",
            "Farmers blocked the canal near Kairouan. Mohamed Ali Ben Salem, general secretary of the union, spoke.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_bodys_head_in_one_report_and_its_director_in_another_are_one_office() {
        let found = person_conflicts(&[
            "Hackers hit the hospital in Olomouc. The National Cyber Security Agency (NUKIB) sent a team. Its director, Tomas Vrba, said the attackers had been inside for weeks.",
            "Hackers hit the hospital in Olomouc. The Czech cyber agency NUKIB is leading the response. Its head, Jan Kolar, said the attack bore a group's signature.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a report that names both people presents them as two (a chair and a director).
        let found = person_conflicts(&[
            "Hackers hit the hospital in Olomouc. The National Cyber Security Agency (NUKIB) sent a team. Its director, Tomas Vrba, said the attackers had been inside for weeks. Jan Kolar also spoke.",
            "Hackers hit the hospital in Olomouc. The Czech cyber agency NUKIB is leading the response. Its head, Jan Kolar, said the attack bore a group's signature.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_title_whose_body_has_its_acronym_in_brackets_still_binds_the_name() {
        let found = person_conflict_messages(&[
            "Uruguay won a beef quota. The president of the National Meat Institute (INAC), Diego Sosa, said the quota was worth $110 million.",
            "Uruguay won a beef quota. Gustavo Pereyra, president of the National Meat Institute (INAC), told ranchers that trade could grow.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_hospital_director_is_not_a_regional_councillor() {
        let found = role_conflicts(&[
            "Hackers hit the hospital in Olomouc. Radek Simanek, director of University Hospital Olomouc, told a news conference that no patient was at risk.",
            "Hackers hit the hospital in Olomouc. The Olomouc Region's councillor for health, Radek Simanek, visited the pavilion on Monday.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a mayor is a member of the council, styled "Councillor" in many places.
        let found = role_conflicts(&[
            "Floods hit Bendigo. The mayor of Bendigo, Andrea Metcalf, said the river had peaked.",
            "Floods hit Bendigo. The city's councillor for emergencies, Andrea Metcalf, said the river had peaked.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_named_by_its_clipped_name_is_the_same_body() {
        // "Met Office" clips "Meteorological Office": one post at one office, held by two people.
        let found = person_conflict_messages(&[
            "Vik was evacuated on Wednesday. \"We see magma moving,\" said Gudrun Sigurdardottir, head of volcanic hazards at the Met Office.",
            "Vik was evacuated on Wednesday. Kristin Olafsdottir, head of volcanic hazards at the Icelandic Meteorological Office, said the activity was shallow.",
        ]);
        assert_eq!(
            found,
            [
                "head of volcanic hazards at the icelandic meteorological office is Gudrun Sigurdardottir vs Kristin Olafsdottir"
            ],
            "{found:?}"
        );
        assert!(ends_name("icelandic meteorological office", "met office"));
        // Control: a word that does not begin the other's is another body.
        assert!(!ends_name("icelandic meteorological office", "road office"));
        assert!(!ends_name("meteorological office", "me office"));
    }

    #[test]
    fn a_person_conflict_shows_each_name_as_its_report_writes_it() {
        // The entity's canonical form may be another report's stripped spelling; the finding quotes the text.
        let found = person_conflicts(&[
            "Vik was evacuated on Wednesday. \"We see magma moving,\" said Guðrún Sigurðardóttir, head of volcanic hazards at the Met Office.",
            "Vik was evacuated on Wednesday. Kristín Ólafsdóttir, head of volcanic hazards at the Met Office, said the activity was shallow.",
            "Vik was evacuated on Wednesday, said Gudrun Sigurdardottir, a volcanologist.",
        ]);
        assert_eq!(
            found,
            [["Guðrún Sigurðardóttir", "Kristín Ólafsdóttir"]],
            "{found:?}"
        );
    }

    #[test]
    fn a_commission_led_by_one_and_chaired_by_another_is_a_person_conflict() {
        let found = person_conflict_messages(&[
            "Chlorine leaked at a plant in Pavlodar. The government set up a commission led by Vice Minister for Emergency Situations Marat Iskakov.",
            "Chlorine leaked at a plant in Pavlodar. The company is cooperating with the government commission chaired by Vice Minister Nurlan Beisenov.",
        ]);
        assert_eq!(
            found,
            ["government commission chair is Nurlan Beisenov vs Marat Iskakov"],
            "{found:?}"
        );
    }

    #[test]
    fn a_company_secretary_is_an_office_of_its_own() {
        let found = role_conflicts(&[
            "The managing director went on trial in Lagos. His co-defendant, the bank's chief financial officer Chinwe Okafor, pleaded not guilty.",
            "The trial opened in Lagos. The case is that he and Chinwe Okafor, the bank's company secretary, approved the loans.",
        ]);
        assert_eq!(
            found,
            [["chief financial officer", "company secretary"]],
            "{found:?}"
        );
        // Control: an office held before is no rival to the one held now.
        let found = role_conflicts(&[
            "The managing director went on trial in Lagos. His co-defendant, the bank's former chief financial officer Chinwe Okafor, pleaded not guilty.",
            "The trial opened in Lagos. The case is that he and Chinwe Okafor, the bank's company secretary, approved the loans.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_bench_of_judges_lets_reports_name_different_judges() {
        let found = person_conflicts(&[
            "A panel of three judges sentenced the former mayor to seven years. Judge Iryna Melnyk read the verdict.",
            "The former mayor was jailed for seven years by Judge Olena Bondar for taking the money.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_that_names_both_people_presents_them_as_two() {
        let found = person_conflicts(&[
            "The bill was drafted by Justice Minister Kalina Stoeva. Nikolai Radev, her predecessor, opposed it.",
            "The bill, drafted by Justice Minister Nikolai Radev, creates a new office.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_partial_name_is_not_a_different_judge() {
        let found = person_conflicts(&[
            "Judge Iryna Melnyk sentenced the former mayor to seven years.",
            "The former mayor was jailed for seven years by Judge Melnyk.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unplaced_ministers_of_a_story_of_two_countries_are_not_rivals() {
        let found = person_conflicts(&[
            "Kenyan President William Ruto opened the port. Transport Minister Daniel Otieno said ships would come.",
            "Tanzanian Prime Minister Anna Mushi attended the ceremony, and a new ferry line was announced by Transport Minister Rehema Kibwana.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_title_one_report_places_is_not_compared_unplaced() {
        let found = person_conflicts(&[
            "Kenya's Transport Minister Daniel Otieno signed the deal on Monday.",
            "The lake rescue agreement, which Transport Minister Rehema Mushi put her name to, covers three ports.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn mayors_and_chief_executives_are_not_compared_unplaced() {
        let found = person_conflicts(&[
            "Mayor Ihor Terekhov said the shelters would be finished. Chief Executive Anna Berg of the builder declined to comment.",
            "Mayor Konrad Fijolek said the money had been raised in good faith. Chief Executive Jan Nowak said the firm would appeal.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_deputy_and_a_former_holder_are_not_rivals_of_the_minister() {
        for other in [
            "Deputy Justice Minister Nikolai Radev wrote most of the text, which parliament passed.",
            "Former Justice Minister Nikolai Radev wrote most of the text, which parliament passed.",
        ] {
            let found = person_conflicts(&[
                "The bill was drafted by Justice Minister Kalina Stoeva and approved on Thursday.",
                other,
            ]);
            assert!(found.is_empty(), "{other}: {found:?}");
        }
    }

    #[test]
    fn a_nationality_and_its_country_place_one_office() {
        let found = person_conflicts(&[
            "The ministers met in Limassol. Greece was represented by its energy minister, Eleni Vrettou. Greek Energy Minister Eleni Vrettou said the site would be chosen soon.",
            "The ministers met in Larnaca. Greece's energy minister, Katerina Sifaki, promised quick permits.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let messages = person_conflict_messages(&[
            "Greek Energy Minister Eleni Vrettou said the site would be chosen soon.",
            "Greece's energy minister, Katerina Sifaki, promised quick permits.",
        ]);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(messages[0].contains("energy minister is"), "{messages:?}");
    }

    #[test]
    fn an_unplaced_title_of_a_holder_is_evidence_of_the_placed_one() {
        let findings = crate::pipeline::testing::findings_of(&[
            "The ministers met in Limassol. Greece was represented by its energy minister, Eleni Vrettou.",
            "Greek Energy Minister Eleni Vrettou said the site would be chosen soon.",
            "The ministers met in Larnaca. Greece's energy minister, Katerina Sifaki, promised quick permits.",
        ]);
        let conflict = findings
            .iter()
            .find(|f| f.kind == Kind::PersonConflict)
            .expect("a person-conflict");
        let docs: BTreeSet<&str> = conflict
            .evidence
            .iter()
            .map(|e| e.document.as_str())
            .collect();
        assert_eq!(docs.len(), 3, "{:?}", conflict.evidence);
    }

    #[test]
    fn a_definite_chief_or_deputy_of_one_body_given_two_holders_is_a_person_conflict() {
        // "The national chief veterinary officer" and "Busan's deputy mayor" are written as one holder's.
        for texts in [
            [
                "Bird flu was found on a farm. The national chief veterinary officer, Zsolt Varga, ordered a zone.",
                "Bird flu was found on a farm. The national chief veterinary officer, Péter Horváth, set up a zone.",
            ],
            [
                "A road collapsed. Busan's deputy mayor, Kim Tae-ho, ordered residents to leave.",
                "A road collapsed. The order came from Busan's deputy mayor, Lee Jae-won, who visited twice.",
            ],
            [
                "A crane fell. The ministry opened an inquiry. Its chief inspector for the south, Mahmoud Qasem, said little.",
                "A crane fell. The ministry. Its chief inspector for the southern region, Yousef Bataineh, arrived.",
            ],
        ] {
            let found = person_conflicts(&texts);
            assert_eq!(found.len(), 1, "{texts:?}: {found:?}");
        }
    }

    #[test]
    fn its_managing_director_is_the_body_named_by_its_kind_just_before() {
        // "its" stands for "the port authority" of its own sentence, not a name of an earlier one.
        let found = person_conflicts(&[
            "Talks were called by Labour Cabinet Secretary Mwanaisha Omar. It was signed for the port authority \
             by its managing director, Joseph Kiprono Langat, on Thursday.",
            "The agreement was signed by the managing director of the port authority, Daniel Mutua Kilonzo.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a managing director of one of several is no rival.
        let found = person_conflicts(&[
            "It was signed for the port authority by a managing director, Joseph Kiprono Langat, on Thursday.",
            "The agreement was signed by a managing director of the port authority, Daniel Mutua Kilonzo.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_chief_rank_or_one_deputy_of_several_is_no_single_office() {
        // "Chief Inspector" before a name is a rank many officers hold; "a deputy mayor" is one of several.
        for texts in [
            [
                "A crane fell. Chief Inspector Mahmoud Qasem of the southern police said little.",
                "A crane fell. Chief Inspector Yousef Bataineh of the southern police arrived.",
            ],
            [
                "A road collapsed. A deputy mayor of Busan, Kim Tae-ho, ordered residents to leave.",
                "A road collapsed. Lee Jae-won, a deputy mayor of Busan, visited twice.",
            ],
        ] {
            let found = person_conflicts(&texts);
            assert!(found.is_empty(), "{texts:?}: {found:?}");
        }
    }

    #[test]
    fn energy_ministers_of_two_countries_are_not_rivals() {
        let found = person_conflicts(&[
            "Greece's energy minister, Eleni Vrettou, promised quick permits.",
            "Cyprus's energy minister, Andreas Charalambous, hosted the meeting.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_leaders_of_one_named_team_are_a_person_conflict() {
        let found = person_conflict_messages(&[
            "Inspector Harpreet Gill, who led the NDRF team, said they had to cut through the roof.",
            "The NDRF team, led by Inspector Manoj Rawat, used cutting tools and dogs.",
        ]);
        // The names stage may keep a rank in the name ("Inspector Harpreet Gill").
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("ndrf team leader is")
                && found[0].contains("Harpreet Gill")
                && found[0].contains("Manoj Rawat"),
            "{found:?}"
        );
    }

    #[test]
    fn leaders_of_two_teams_are_not_rivals() {
        let found = person_conflicts(&[
            "Inspector Harpreet Gill, who led the NDRF team, said they had to cut through the roof.",
            "The SDRF team, led by Inspector Manoj Rawat, searched the river bank.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn directors_of_two_organisations_are_not_rivals() {
        let found = person_conflicts(&[
            "Anna Berg, director of the agency, said the work would go on.",
            "The exhibition will close early, according to Jan Nowak, director of the museum.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn titles_that_cannot_both_be_true_are_a_role_conflict() {
        for pair in [
            // A plant's director is not its chief engineer.
            [
                "Zurab Tsiklauri, the plant's director, said 12 tonnes had escaped.",
                "The company's chief engineer, Zurab Tsiklauri, said the tank would be shut for six weeks.",
            ],
            // Ministries of two fields of affairs are two offices.
            [
                "Maritime Affairs Minister Evangelia Chatzopoulou said the law would bring investment.",
                "Energy Minister Evangelia Chatzopoulou has argued for the plants for two years.",
            ],
            // A former deputy mayor is not a former city treasurer, an age in apposition or not.
            [
                "A court sentenced the city's former deputy mayor, Oleksandr Hrytsenko, to seven years.",
                "Oleksandr Hrytsenko, 54, the former city treasurer of Kharkiv, was led away in handcuffs.",
            ],
        ] {
            let found = role_conflicts(&pair);
            assert_eq!(found.len(), 1, "{pair:?}: {found:?}");
        }
    }

    #[test]
    fn an_unranked_title_does_not_hide_two_titles_that_conflict() {
        let found = role_conflicts(&[
            "Kostas Mavridis, a government official, arrived on Monday.",
            "Trade Minister Kostas Mavridis said the talks went well.",
            "Justice Minister Kostas Mavridis said the talks were useful.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn an_office_held_before_is_no_rival_to_one_held_now() {
        let found = role_conflicts(&[
            "Prime Minister Ion Munteanu said the count was fair.",
            "Ion Munteanu, the former finance minister, said the count was fair.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        assert!(compatible_roles(
            "former finance minister",
            "prime minister"
        ));
        assert!(!compatible_roles("former deputy mayor", "former treasurer"));
    }

    #[test]
    fn a_school_head_or_a_party_lawyer_given_another_office_is_a_role_conflict() {
        // Story 102: "headteacher of Tumaini Secondary School" against "the school's board chairman".
        let found = role_conflicts(&[
            "Rashidi Abdallah, headteacher of Tumaini Secondary School, said the beans came from a new supplier.",
            "Rashidi Abdallah, the school's board chairman, met parents at the gate.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Story 57: a defendant's lawyer against a state secretary at the justice ministry.
        let found = role_conflicts(&[
            "The former director was jailed for six years. His lawyer, Arben Zeqiri, said the defence would appeal.",
            "Arben Zeqiri, state secretary at the Ministry of Justice, said the verdict showed no one is above the law.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Control: a lawyer called the defence lawyer elsewhere holds one post.
        let found = role_conflicts(&[
            "His lawyer, Arben Zeqiri, said the defence would appeal.",
            "The defence lawyer, Arben Zeqiri, said they would appeal within 15 days.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_role_in_two_wordings_is_no_role_conflict() {
        let found = role_conflicts(&[
            "The former director of finances of the municipality, Paula Sagredo, was sentenced to three years.",
            "Paula Sagredo, the former finance director, got three years.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_with_two_chairs_across_reports_is_a_person_conflict() {
        let found = values_of(
            Kind::PersonConflict,
            &[
                "The recount will be supervised by the municipal electoral commission, chaired by Piotr Nowak.",
                "The chairman of the municipal electoral commission, Jan Kowalczyk, said he regretted the mistake.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn compatible_titles() {
        assert!(compatible_roles("foreign minister", "minister"));
        assert!(compatible_roles("spokesman", "spokeswoman"));
        assert!(compatible_roles("official", "foreign minister"));
        assert!(!compatible_roles("foreign minister", "defence minister"));
        assert!(!compatible_roles("president", "prime minister"));
        // A style beside an office, and two styles.
        assert!(compatible_roles("emir", "director"));
        assert!(compatible_roles("prince", "foreign minister"));
        assert!(!compatible_roles("emir", "prince"));
        assert!(compatible_roles(
            "deputy foreign minister",
            "deputy minister"
        ));
    }

    #[test]
    fn a_given_name_that_is_also_a_style_is_no_rival_to_an_office() {
        // Story 127: "Emir Kurt, director of Neretva Hidro Gradnja" was read as an emir called director.
        let values = crate::pipeline::testing::values_of(
            Kind::RoleConflict,
            &[
                "Emir Kurt, director of Neretva Hidro Gradnja, said the company had complied with every law.",
                "The builder's director, Emir Kurt, said the firm would sue for damages.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn a_managing_director_is_the_chief_executive() {
        let values = crate::pipeline::testing::values_of(
            Kind::RoleConflict,
            &[
                "The shipyard was sold on Monday. Mikko Lehtinen, the yard's chief executive, will stay in his post.",
                "The shipyard was sold on Monday. Managing director Mikko Lehtinen told the staff no jobs would go.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
        assert!(!compatible_roles("finance director", "managing director"));
    }

    #[test]
    fn title_part_leaves_out_what_places_the_role() {
        let text = "Ethiopian Water Minister and the ministry's spokesperson";
        let part = |phrase: &str, qualifiers: &[&str]| {
            let start = text.find(phrase).unwrap();
            let q: Vec<String> = qualifiers.iter().map(|q| q.to_string()).collect();
            title_part(text, Span::new(start, start + phrase.len()), &q)
                .of(text)
                .to_string()
        };
        assert_eq!(
            part("Ethiopian Water Minister", &["ethiopian"]),
            "Water Minister"
        );
        assert_eq!(
            part("the ministry's spokesperson", &["ministry"]),
            "spokesperson"
        );
        assert_eq!(part("Water Minister", &[]), "Water Minister");
        // A phrase that is all qualifier keeps its last word.
        assert_eq!(
            part(
                "Ethiopian Water Minister",
                &["ethiopian", "water", "minister"]
            ),
            "Minister"
        );
    }

    #[test]
    fn single_holder_roles() {
        assert!(is_single_holder("trade minister", &[]));
        assert!(is_single_holder("president", &[]));
        assert!(!is_single_holder("minister", &[]));
        assert!(!is_single_holder("deputy foreign minister", &[]));
        assert!(!is_single_holder("envoy", &[]));
        // Story 100: "The state education secretary, Arturo Cruz" is a minister by another name.
        assert!(is_single_holder(
            "education secretary",
            &["state".to_string()]
        ));
        assert!(!is_single_holder("cabinet secretary", &[]));
        assert!(!is_single_holder("deputy education secretary", &[]));
        assert!(!is_single_holder("secretary", &[]));
    }

    #[test]
    fn a_district_has_one_commissioner_but_a_state_has_many() {
        // Story 102: the kitchen closed by "The district commissioner for Arumeru, Emmanuel Mollel" in one
        // report and by "The district commissioner, Hassan Kombo" in another.
        let found = person_conflicts(&[
            "Pupils fell ill. The district commissioner for Arumeru, Emmanuel Mollel, closed the school kitchen.",
            "Pupils fell ill. The district commissioner, Hassan Kombo, ordered the kitchen closed.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // Controls: "a district commissioner" is one of several; a state's commissioners hold portfolios. (The
        // sentences differ, so that only the slot could bind the two people.)
        for texts in [
            [
                "Pupils fell ill. A district commissioner, Emmanuel Mollel, visited the school.",
                "Pupils fell ill. Hassan Kombo, a district commissioner, said the kitchen would be inspected.",
            ],
            [
                "Pupils fell ill. The state commissioner, Emmanuel Mollel, visited the school.",
                "Pupils fell ill. Hassan Kombo, the state commissioner, said the kitchen would be inspected.",
            ],
        ] {
            let found = person_conflicts(&texts);
            assert!(found.is_empty(), "{texts:?}: {found:?}");
        }
    }

    #[test]
    fn a_municipal_president_is_the_mayor() {
        // Story 100: a translated Mexican report calls the town's mayor its "municipal president".
        let texts = [
            "A quake hit Pinotepa. The town's mayor, Heriberto Villalobos, said the church tower fell.",
            "A quake hit Pinotepa. The municipal president, Heriberto Villalobos, asked for tents.",
        ];
        let found = values_of(Kind::RoleConflict, &texts);
        assert!(found.is_empty(), "{found:?}");
        // Control: a mayor is still no state president.
        let found = values_of(
            Kind::RoleConflict,
            &[
                "A quake hit Pinotepa. The town's mayor, Heriberto Villalobos, said the church tower fell.",
                "A quake hit Pinotepa. The party president, Heriberto Villalobos, asked for tents.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn two_state_education_secretaries_are_a_person_conflict() {
        // Story 100: schools closed by "The state education secretary, Arturo Cruz" against "... Felipe Mendoza".
        let found = person_conflicts(&[
            "A quake hit Oaxaca. The state education secretary, Arturo Cruz, closed schools on the coast.",
            "A quake hit Oaxaca. Felipe Mendoza, the state education secretary, said classes would resume.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = person_conflicts(&[
            "A quake hit Oaxaca. A deputy education secretary, Arturo Cruz, visited schools on the coast.",
            "A quake hit Oaxaca. Felipe Mendoza, a deputy education secretary, said classes would resume.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
