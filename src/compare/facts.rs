//! What the compare stage reads about one document: its text, segments, mentions, and the entity each name
//! resolved to.

use crate::extract::{DateMention, Mentions, NameKind, NameMention, NumberMention, Quote};
use crate::load::Document;
use crate::resolve::keys::{ascii_fold, loose_key, name_key, readings};
use crate::segment::Segmented;
use crate::text::Span;

/// How large a place is, so that a city is never said to conflict with the country that contains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceLevel {
    /// A country.
    Country,
    /// A first-level division: state, province, region.
    Region,
    /// A city, town or village.
    City,
    /// A place the gazetteer does not know (typed by a context cue such as "in").
    Unknown,
}

/// A resolved place.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlaceRef {
    /// Gazetteer id; equal ids are one place whatever the spelling.
    pub id: u64,
    /// ISO country code of the place (its own code for a country), when known.
    pub country: Option<String>,
    /// Size.
    pub level: PlaceLevel,
}

/// The entity a name mention resolved to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EntityRef {
    /// Corpus-wide entity id: equal ids are one entity.
    pub id: usize,
    /// Person, place, organisation.
    pub kind: NameKind,
    /// The entity's canonical form.
    pub canonical: String,
    /// The place, when the entity is one the gazetteer knows.
    pub place: Option<PlaceRef>,
}

/// One document as the compare stage sees it.
#[derive(Clone, Copy, Debug)]
pub struct DocFacts<'d> {
    /// Index in the corpus.
    pub index: usize,
    /// The document.
    pub doc: &'d Document,
    /// Its segments.
    pub seg: &'d Segmented,
    /// Its mentions.
    pub mentions: &'d Mentions,
    /// The entity of each name mention, parallel to `mentions.names`.
    pub entities: &'d [Option<EntityRef>],
}

/// Sentences longer than this many words are not read by the story-level checks. No news sentence runs so
/// long: one that does is a page's text with its full stops lost, whose words the checks' clause windows would
/// scan once per word, and whose facts no sentence of another report could be matched against anyway. The
/// word diff has its own cap ([`super::CompareLimits::max_sentence_tokens`]) and notes it.
pub const MAX_SLOT_SENTENCE_TOKENS: usize = 1_000;

impl<'d> DocFacts<'d> {
    /// The sentences the story-level checks read, with their indices: not boilerplate, and no longer than
    /// [`MAX_SLOT_SENTENCE_TOKENS`] words.
    pub fn slot_sentences(
        &self,
    ) -> impl Iterator<Item = (usize, &'d crate::segment::Sentence)> + use<'d> {
        let seg: &'d Segmented = self.seg;
        seg.sentences.iter().enumerate().filter(move |(_, s)| {
            !s.boilerplate && seg.sentence_tokens(s).len() <= MAX_SLOT_SENTENCE_TOKENS
        })
    }

    /// How many sentences, boilerplate aside, [`DocFacts::slot_sentences`] leaves out for their length.
    pub fn slot_sentences_capped(&self) -> usize {
        let content = self.seg.sentences.iter().filter(|s| !s.boilerplate).count();
        content - self.slot_sentences().count()
    }

    /// The name mentions that overlap `span`, with their entities.
    pub fn names_in(
        &self,
        span: Span,
    ) -> impl Iterator<Item = (&'d NameMention, Option<&'d EntityRef>)> + use<'d> {
        let (mentions, entities): (&'d Mentions, &'d [Option<EntityRef>]) =
            (self.mentions, self.entities);
        mentions
            .names
            .iter()
            .zip(entities.iter())
            .filter(move |(m, _)| m.span.start < span.end && span.start < m.span.end)
            .map(|(m, e)| (m, e.as_ref()))
    }

    /// The entity of the name that overlaps `span`, if exactly one entity does.
    pub fn entity_at(&self, span: Span) -> Option<&'d EntityRef> {
        let mut found = self.names_in(span).filter_map(|(_, e)| e);
        let first = found.next()?;
        found.all(|e| e.id == first.id).then_some(first)
    }

    /// The number mentions that overlap `span`.
    pub fn numbers_in(&self, span: Span) -> impl Iterator<Item = &'d NumberMention> + use<'d> {
        self.mentions
            .numbers
            .iter()
            .filter(move |n| n.span.start < span.end && span.start < n.span.end)
    }

    /// Whether the sum `n` restates the sum just before it in another currency: "450 million taka (about $3.8
    /// million)". A conversion is the sum's own figure at some exchange rate, so it differs whenever the sum
    /// does, and where the sums agree it differs only by the rate each outlet used: it is never a quantity of
    /// its own to compare.
    pub fn is_conversion(&self, n: &NumberMention) -> bool {
        if !n.is_money() {
            return false;
        }
        let before = self.doc.text[..n.span.start].trim_end();
        let before = [
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "nearly",
            "almost",
            "or",
        ]
        .iter()
        .find_map(|hedge| {
            let cut = before.len().checked_sub(hedge.len())?;
            let (head, tail) = before.split_at_checked(cut)?;
            tail.eq_ignore_ascii_case(hedge).then(|| head.trim_end())
        })
        .unwrap_or(before);
        let Some(open) = before.strip_suffix('(') else {
            return false;
        };
        let sum_end = open.trim_end().len();
        self.mentions
            .numbers
            .iter()
            .any(|m| m.span.end == sum_end && m.is_money() && m.unit != n.unit)
    }

    /// The day and date mentions that overlap `span`.
    pub fn dates_in(&self, span: Span) -> impl Iterator<Item = &'d DateMention> + use<'d> {
        self.mentions
            .dates
            .iter()
            .filter(move |d| d.span.start < span.end && span.start < d.span.end)
    }

    /// The quotation whose words hold all of the non-empty `span`.
    pub fn quote_covering(&self, span: Span) -> Option<&'d Quote> {
        let mentions: &'d Mentions = self.mentions;
        mentions
            .quotes
            .iter()
            .find(|q| !span.is_empty() && q.span.start <= span.start && span.end <= q.span.end)
    }

    /// The quotation that holds `span`: its words cover a non-empty span, or an empty span (the point where
    /// the other side inserted words) lies strictly inside it. A point at a quotation's edge is not inside:
    /// words added there make a longer excerpt, not a different wording.
    pub fn quote_holding(&self, span: Span) -> Option<&'d Quote> {
        if !span.is_empty() {
            return self.quote_covering(span);
        }
        let mentions: &'d Mentions = self.mentions;
        mentions
            .quotes
            .iter()
            .find(|q| q.span.start < span.start && span.start < q.span.end)
    }

    /// The person a quotation is credited to: the speaker's own name, or the person a role binding in the
    /// same sentence gives the speaker's description to ("the coordinator of the rescue action, Marek
    /// Wójcik").
    pub fn speaker_entity(&self, quote: &Quote) -> Option<&'d EntityRef> {
        let speaker = quote.speaker?;
        if let Some(entity) = self.entity_at(speaker) {
            return Some(entity);
        }
        let mentions: &'d Mentions = self.mentions;
        let bound = mentions
            .roles
            .iter()
            .filter(|r| r.role_span.start < speaker.end && speaker.start < r.role_span.end)
            .find_map(|r| self.entity_at(r.person));
        // A description followed by the name in apposition: "said the coordinator of the rescue action, Marek
        // Wójcik". The description may run on a few words, but no clause may end in between.
        bound.or_else(|| {
            let text = &self.doc.text;
            mentions.names.iter().zip(self.entities).find_map(|(m, e)| {
                let between = text.get(speaker.end..m.span.start)?;
                let apposition = m.span.start >= speaker.end
                    && between.len() <= 60
                    && between.trim_end().ends_with(',')
                    && !between.contains(['.', ';', ':', '"', '“', '”', '«', '»', '(']);
                let e = e.as_ref()?;
                (apposition && e.kind == NameKind::Person).then_some(e)
            })
        })
    }

    /// The text of `span`.
    pub fn text(&self, span: Span) -> &'d str {
        span.of(&self.doc.text)
    }
}

/// Jaro-Winkler similarity of two surnames (their keys, or as written) that open with one letter, at or above
/// which two names with one given name may be one person misspelt ("Núñez"/"Nuez"; "Kacem"/"Haddad" is far
/// below). Two slips in a surname of five letters or more ("Kacem"/"Ksasem") count too.
const MISSPELT_SURNAME: f64 = 0.85;

/// Whether two people the names stage kept apart may still be one person, so that neither a quotation nor a
/// role given to both is a conflict: one is named by a surname alone that the other ends with ("Marković" and
/// "Jelena Marković" where the story has two Markovićs, so the partial joined neither), or both surnames have
/// one transliteration key and the given names are near ("Hisham Abdel-Rahman", "Hesham Abdelrahman"). Two
/// people of one surname with different given names ("Jelena" and "Dragan Marković") stay two.
pub fn may_be_same_person(a: &str, b: &str) -> bool {
    fn tokens(name: &str) -> Vec<(String, &str)> {
        name.split_whitespace()
            .map(|t| (name_key(t), t))
            .filter(|(k, _)| !k.is_empty())
            .collect()
    }
    let (ta, tb) = (tokens(a), tokens(b));
    // "Szabó Gergely" and "Gergely Szabó", "Kim Tae-ho" and "Tae-ho Kim": the same words in another order
    // are one name written family name first by one desk (Hungarian, East Asian usage) and last by another.
    let sorted = |t: &[(String, &str)]| {
        let mut keys: Vec<String> = t.iter().map(|(k, _)| k.clone()).collect();
        keys.sort();
        keys
    };
    if ta.len() > 1 && ta.len() == tb.len() && sorted(&ta) == sorted(&tb) {
        return true;
    }
    // A family name alone against a name written family name first ("Park" against "Park Ji-hoon"): the name
    // matcher knows which names are read so.
    if (ta.len() == 1) != (tb.len() == 1) && crate::resolve::same_name(a, b).same {
        return true;
    }
    // A given name alone against the full name ("Khaled", "Khaled al-Shami"): a report may call a person by
    // the given name, or the names stage may have cut a name at a particle it did not know.
    // "Muhammad" against "Mohammed al-Tamimi": the given name may be spelt another way.
    let given_alone = |x: &[(String, &str)], y: &[(String, &str)]| {
        x.len() == 1
            && y.len() > 1
            && (x[0].0 == y[0].0 || crate::resolve::same_name(x[0].1, y[0].1).same)
    };
    if given_alone(&ta, &tb) || given_alone(&tb, &ta) {
        return true;
    }
    let (Some(sa), Some(sb)) = (ta.last(), tb.last()) else {
        return false;
    };
    // "Karim Kacem", "Karim Kassem", "Karim Ksasem": one given name and surnames that differ by a letter or two
    // are far likelier one person misspelt than two people in the one place the story names them.
    let one_given_near_surname = ta.len() > 1
        && tb.len() > 1
        && ta[0].0 == tb[0].0
        && [
            (sa.0.clone(), sb.0.clone()),
            (crate::text::fold(sa.1), crate::text::fold(sb.1)),
        ]
        .iter()
        .any(|(x, y)| {
            x.chars().next() == y.chars().next()
                && (strsim::jaro_winkler(x, y) >= MISSPELT_SURNAME
                    || x.chars().count().min(y.chars().count()) >= 5
                        && strsim::osa_distance(x, y) <= 2)
        });
    if sa.0 != sb.0 && !near_names(sa.1, sb.1) && !one_given_near_surname {
        return false;
    }
    if ta.len() == 1 || tb.len() == 1 {
        return true;
    }
    let ((ga, raw_a), (gb, raw_b)) = (&ta[0], &tb[0]);
    let initial = |x: &str, y: &str| x.len() == 1 && y.starts_with(x);
    ga == gb
        || initial(ga, gb)
        || initial(gb, ga)
        || strsim::jaro_winkler(ga, gb) >= 0.85
        || near_names(raw_a, raw_b)
}

/// Whether two name tokens as written are one name spelt two ways: some reading of each (the main key, or
/// one read with French, Polish, Spanish or Turkish conventions, or the plain ASCII letters) is near the other's,
/// Arabic article aside.
fn near_names(a: &str, b: &str) -> bool {
    let keys = |t: &str| {
        let t = without_article(t);
        let mut keys = readings(t);
        keys.push(name_key(t));
        keys.push(ascii_fold(t));
        keys
    };
    let (ka, kb) = (keys(a), keys(b));
    ka.iter().any(|x| kb.iter().any(|y| near_spellings(x, y)))
}

/// A name token without the Arabic article that transliterations join to it in different forms:
/// "al-Hashimi", "el-Hachemi", "at-Tamimi" are "Hashimi", "Hachemi", "Tamimi".
fn without_article(token: &str) -> &str {
    match token.split_once(['-', '\u{2010}']) {
        Some((article, rest))
            if !rest.is_empty()
                && matches!(
                    article.to_lowercase().as_str(),
                    "al" | "el" | "at" | "as" | "ad" | "an" | "ar" | "ash" | "az"
                ) =>
        {
            rest
        }
        _ => token,
    }
}

/// Whether two name keys are one name spelt two ways rather than two names: equal loose keys (the
/// transliteration blurs of [`loose_key`]: "Kassem"/"Kacem", "Qureshi"/"Kureshi"), or, for names of five
/// letters or more, one slip apart ("Khoury"/"Khouy", "Petrov"/"Petrvo", "Kiselyov"/"Kielyov") or near by
/// Jaro-Winkler ("Saleh"/"Salih"). Two people in one role with names this close are far likelier one person
/// written by two desks than two people: the names stage only joins what it can prove.
fn near_spellings(x: &str, y: &str) -> bool {
    if x == y || loose_key(x) == loose_key(y) {
        return true;
    }
    x.len().min(y.len()) >= 5
        && (strsim::osa_distance(x, y) <= 1 || strsim::jaro_winkler(x, y) >= 0.9)
}

#[cfg(test)]
mod tests {
    use super::may_be_same_person;

    #[test]
    fn a_surname_alone_may_be_the_full_name() {
        assert!(may_be_same_person("Kowalski", "Anna Kowalski"));
        assert!(may_be_same_person("Anna Kowalska-Nowak", "Kowalska-Nowak"));
        assert!(!may_be_same_person("Nowak", "Anna Kowalski"));
    }

    #[test]
    fn a_given_name_alone_may_be_the_full_name() {
        assert!(may_be_same_person("Khaled", "Khaled al-Shami"));
        assert!(may_be_same_person("Muhammad", "Mohammed al-Tamimi"));
        assert!(may_be_same_person("Karim Kacem", "Karim Ksasem"));
        assert!(may_be_same_person("Sebastián Núñez", "Sebastian Nuez"));
        assert!(!may_be_same_person("Karim Kacem", "Karim Haddad"));
        assert!(may_be_same_person("Anna Kowalski", "Anna"));
        assert!(!may_be_same_person("Khaled", "Omar al-Shami"));
    }

    #[test]
    fn a_family_name_alone_may_be_a_name_written_family_name_first() {
        assert!(may_be_same_person("Park", "Park Ji-hoon"));
        assert!(may_be_same_person("Xi Jinping", "Xi"));
        assert!(!may_be_same_person("Kim", "Park Ji-hoon"));
    }

    #[test]
    fn a_name_written_family_name_first_may_be_one_person() {
        assert!(may_be_same_person("Szabó Gergely", "Gergely Szabó"));
        assert!(may_be_same_person("Tae-ho Kim", "Kim Tae-ho"));
        assert!(!may_be_same_person("Szabó Péter", "Gergely Szabó"));
    }

    #[test]
    fn one_surname_and_near_given_names_may_be_one_person() {
        assert!(may_be_same_person("Youssef El-Amrani", "Yusuf Elamrani"));
        assert!(may_be_same_person("J. Lindqvist", "Johan Lindqvist"));
    }

    #[test]
    fn one_person_transliterated_or_mistyped_by_two_desks_may_be_one_person() {
        for (a, b) in [
            ("Khaled Kassem", "Khaled Kacem"),
            ("Nabil Qureshi", "Nabil Kourachi"),
            ("Karim al-Hashimi", "Karim el-Hachemi"),
            ("Abdelhamid Saleh", "Abdulhamid Salih"),
            ("Tarek Saleh", "Salih"),
            ("Chérif el-Mansouri", "Sharif al-Mansouri"),
            ("Fyodor Kiselyov", "Fyodor Kielyov"),
            ("Nikolay Petrov", "Nikolay Petrvo"),
            ("Yasmin Khoury", "Yasmin Khouy"),
        ] {
            assert!(may_be_same_person(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn one_role_given_to_two_names_unlike_each_other_is_two_people() {
        for (a, b) in [
            ("Okonkwo", "Osei"),
            ("Nadia Szalabi", "Nadia Jaber"),
            ("Hanna Bakke", "Øystein Sjöberg"),
            ("Walid Zaher", "Walid Saleh"),
            ("Amina Okafor", "Akosua Owusu"),
            ("Lucía Martínez", "Lucía Ramírez"),
        ] {
            assert!(!may_be_same_person(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn one_surname_and_different_given_names_are_two_people() {
        assert!(!may_be_same_person("Petra Novak", "Tomas Novak"));
        assert!(!may_be_same_person("Sabine Müller", "Jens Müller"));
    }
}
