//! `spelling-variant` findings: one entity written more than one way across the corpus.
//!
//! Only full forms of one shape count as spellings: a partial name ("Lavrov") is not a variant of the full name,
//! and a form with another number of name tokens ("Vladimir Vladimirovich Putin") or an abbreviation ("U.S.")
//! is a different way of naming, not of spelling. Forms that differ only in case or typography (a no-break
//! space, a curly apostrophe) are one spelling.

use crate::extract::names::is_particle;
use crate::extract::{NameKind, NameMention};
use crate::load::Document;
use crate::resolve::matcher::PreparedName;
use crate::resolve::{Entities, Gazetteer};
use crate::segment::Segmented;
use crate::text::fold;
use crate::verify::Story;

use super::{EvidenceBuilder, Finding, Kind};

/// Least likeness of the letters of a person's name whose given name one form writes in hyphenated
/// syllables and the other as one word: "linhsiumei"/"linxiumei" is 0.8, as romanisations of one syllable
/// differ by a letter or two ("hsi"/"xi", "chia"/"jia").
const SYLLABLES_LIKENESS: f64 = 0.7;

/// Whether a form is an abbreviation ("U.S.", "UK", "J. Smith"), not a spelling: a full stop marks one,
/// except after a given name's conventional short form, which the names stage reads as the name ("Ma.
/// Cristina Dela Peña" is María Cristina's spelling in Filipino copy, "Md. Abdul Hamid" Muhammad's).
fn is_abbreviation(form: &str) -> bool {
    form.split_whitespace().any(|word| {
        word.contains('.') && crate::resolve::matcher::given_name_abbreviation(word).is_none()
    }) || {
        let mut letters = form.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    }
}

fn kind_word(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Person => "person",
        NameKind::Place => "place",
        NameKind::Organisation => "organisation",
        NameKind::Unknown => "name",
    }
}

/// One finding per entity of `entities` that has two or more spellings of its full form. `stories` are the
/// near-duplicate stage's story groups: spellings that meet in no story must be alike (see below).
pub fn spelling_variants(
    documents: &[Document],
    segmented: &[Segmented],
    names: &[Vec<NameMention>],
    entities: &Entities,
    stories: &[Story],
) -> Vec<Finding> {
    let gazetteer = Gazetteer::get();
    // Each report's story; a report in none is a story of its own, numbered after the groups.
    let mut story_of: Vec<usize> = (0..documents.len()).map(|d| stories.len() + d).collect();
    for (i, story) in stories.iter().enumerate() {
        for &d in &story.documents {
            story_of[d] = i;
        }
    }
    let builders: Vec<EvidenceBuilder<'_>> = documents.iter().map(EvidenceBuilder::new).collect();
    // The surnames and given names of people named in full, in matching form.
    let mut surnames: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut given_names: std::collections::HashSet<String> = std::collections::HashSet::new();
    // A name nothing typed ("Moussa Harouna" with no title) may be a person's too, for its given name.
    for entity in entities
        .entities
        .iter()
        .filter(|e| matches!(e.kind, NameKind::Person | NameKind::Unknown))
    {
        for form in &entity.forms {
            let tokens: Vec<&str> = form.text.split_whitespace().collect();
            if let [first, .., last] = tokens.as_slice() {
                if entity.kind == NameKind::Person {
                    surnames.insert(fold(last));
                }
                given_names.insert(fold(first));
            }
        }
    }
    let mut findings = Vec::new();
    for entity in &entities.entities {
        let canonical = PreparedName::new(&entity.canonical, gazetteer);
        let (shape, joined) = (canonical.keys.len(), canonical.keys.concat());
        // A form is shown as written in running text where it is: a dateline's "CHISINAU" is the same
        // spelling as "Chisinau", not an abbreviation.
        let shown = |form: &crate::resolve::SurfaceForm| -> String {
            form.mentions
                .iter()
                .map(|r| {
                    names[r.document][r.mention]
                        .span
                        .of(&documents[r.document].text)
                })
                .find(|text| text.chars().any(char::is_lowercase))
                .unwrap_or(&form.text)
                .to_string()
        };
        // Each full form as shown, with its spelling key (case and spacing folded) and its letters (the
        // matching keys joined), worked out once for the tests and the evidence below.
        let keyed: Vec<(&crate::resolve::SurfaceForm, String, String, PreparedName)> = entity
            .forms
            .iter()
            .filter(|f| f.full)
            .map(|form| {
                let text = shown(form);
                // A particle opening the name is one the other form may have lost to its capital letter:
                // "De Groot" opening a sentence is the "de Groot" whose run of capitals starts at "Groot".
                // A given name's short form is that name written short, not spelt another way ("Ma. Cristina"
                // is "Maria Cristina").
                let key: String = text
                    .split_whitespace()
                    .map(|w| {
                        crate::resolve::matcher::given_name_abbreviation(w)
                            .map_or_else(|| fold(w), fold)
                    })
                    .skip_while(|w| is_particle(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                let prepared = PreparedName::new(&text, gazetteer);
                (form, text, key, prepared)
            })
            .collect();
        // (key, text as shown, letters) of each distinct spelling.
        let mut spellings: Vec<(String, String, String)> = Vec::new();
        for (_, text, key, prepared) in &keyed {
            // A form of fewer or more words is a partial name or a longer one, unless its words join into the
            // canonical form's letters: the same name spaced another way ("Hải Phòng"/"Haiphong").
            // A place the gazetteer knows by both forms is one place however its words are split
            // ("Ulaanbaatar"/"Ulan-Bator"), when its letters are nearly the same. One form holding the other's
            // words names it at two lengths ("New York City"/"New York"), and other letters are another name
            // of it ("Britain"/"United Kingdom"), not a spelling.
            // A person's name split another way and respelled ("Tsegaye Gebremedhin"/"Tsegay Gebre Medhin")
            // keeps nearly every letter: a middle name or a second surname adds a word's worth.
            let likeness = if entity.place.is_some() {
                0.75
            } else if entity.kind == NameKind::Person {
                0.9
            } else {
                f64::INFINITY
            };
            let letters = prepared.keys.concat();
            let respelled = !prepared.keys.iter().all(|k| canonical.keys.contains(k))
                && !canonical.keys.iter().all(|k| prepared.keys.contains(k))
                && strsim::normalized_levenshtein(&letters, &joined) >= likeness;
            // A given name written in syllables joined by hyphens in one romanisation and as one word in
            // another ("Lin Hsiu-mei"/"Lin Xiumei", Wade-Giles and pinyin) has as many words as the other form
            // and none of its parts alone: the same name respelled, with fewer letters alike than a name split
            // anew keeps.
            let syllables_joined = entity.kind == NameKind::Person
                && text.split_whitespace().count() == entity.canonical.split_whitespace().count()
                && text.contains('-') != entity.canonical.contains('-')
                && !prepared.keys.iter().all(|k| canonical.keys.contains(k))
                && !canonical.keys.iter().all(|k| prepared.keys.contains(k))
                && strsim::normalized_levenshtein(&letters, &joined) >= SYLLABLES_LIKENESS;
            if is_abbreviation(text)
                || (prepared.keys.len() != shape
                    && letters != joined
                    && !respelled
                    && !syllables_joined)
            {
                continue;
            }
            // A country's other names ("Burma" beside "Myanmar", "Holland", and the regions the country-name
            // lists hold, "Transylvania" among Romania's) share few of its letters: they are other names, not
            // spellings. A town's name in another language ("Luik" for "Liège") is how that language spells it.
            let country = entity
                .place
                .as_ref()
                .and_then(|p| gazetteer.by_id(p.id))
                .is_some_and(|p| p.kind == crate::resolve::PlaceKind::Country);
            if country && strsim::normalized_levenshtein(&letters, &joined) < 0.5 {
                continue;
            }
            // A name of unknown type (a place the gazetteer lacks, a name nothing types) has nothing but its
            // letters to say it is one entity: only a spelling whose matching keys equal the canonical form's
            // counts ("Vasilikos"/"Vassilikos", "Reckong Peo"/"Rekong Peo"). A looser likeness may be another
            // word of the same stem ("Cyclades"/"Cycladic").
            if entity.kind == NameKind::Unknown && letters != joined {
                continue;
            }
            // "Nigerien" beside "Niger": a people's or a country's adjective is not a spelling of its name.
            if entity.place.is_some() && gazetteer.demonym(text).is_some() {
                continue;
            }
            // "The Ministry confirms" beside "Ministers from the five states": a kind of body or office, not a
            // name of one.
            if crate::extract::names::is_generic_name(text) {
                continue;
            }
            // A form that differs only in typography is the same spelling; its occurrences are still evidence.
            if !spellings.iter().any(|(k, ..)| k == key) {
                spellings.push((key.clone(), text.clone(), letters));
            }
        }
        if spellings.len() < 2 {
            continue;
        }
        // One report writing a place two ways ("Romania Politics Live ... our correspondent in Transylvania")
        // means two places by them: a writer spells one place one way, and the gazetteer's other names of a
        // country hold its regions and its old names.
        // Marks dropped or kept ("Liège", "Liege") are one spelling to this test: wire copy often drops them
        // in a headline and keeps them in the body.
        // A name the report glosses with the other ("the Adelsberg cave ... known in Slovenian as Postojna")
        // is the writer saying the two are one place, not a second place.
        if entity.place.is_some() {
            let mut by_document: std::collections::HashMap<usize, String> = Default::default();
            let two_in_one = keyed.iter().any(|(form, _, key, prepared)| {
                let letters = prepared.keys.concat();
                spellings.iter().any(|(k, ..)| k == key)
                    && form.mentions.iter().any(|r| {
                        let start = names[r.document][r.mention].span.start;
                        !glossed(&documents[r.document].text[..start])
                            && by_document
                                .insert(r.document, letters.clone())
                                .is_some_and(|other| other != letters)
                    })
            });
            // The forms that report wrote with nearly the same letters are still one place's spellings
            // ("Đại Lộc" and "Dai Loc" beside a report's "Đại Lộc" and "Ái Nghĩa", a town's other name that
            // is also a commune's).
            if two_in_one {
                keep_alike(&mut spellings);
                if spellings.len() < 2 {
                    continue;
                }
            }
        }
        // Spellings that no one story holds two of were joined across unrelated reports, where a run over a
        // day's copy meets every other name of a place the gazetteer lists ("Africa", an old name of Mahdia)
        // and every name that shares a surname's letters by chance ("Karim" beside "Kouriyama"). Across stories
        // only spellings with nearly the same letters are one name's ("Addis Ababa"/"Addis Abeba"); in one
        // story, the story's other facts back the match.
        let mut keys_by_story: std::collections::HashMap<usize, Vec<&String>> = Default::default();
        for (form, _, key, _) in &keyed {
            if spellings.iter().any(|(k, ..)| k == key) {
                for r in &form.mentions {
                    let keys = keys_by_story.entry(story_of[r.document]).or_default();
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
        }
        if keys_by_story.values().all(|keys| keys.len() < 2) {
            keep_alike(&mut spellings);
            if spellings.len() < 2 {
                continue;
            }
        }
        // A surname alone, each spelling of it a surname of someone named in full ("Cebotari", "Chebotari"
        // beside "Grigore Cebotari", "Grigory Chebotari"): the full names tell the variant, and a surname
        // alone may stand for more than one person of that name.
        let surname_alone = entity.kind == NameKind::Person
            && shape == 1
            && spellings.iter().all(|(key, ..)| surnames.contains(key));
        // A given name alone ("Moussa", "Musa"; "Ahmed", "Hamed"), one of its spellings a known given name or
        // the first name of someone named in full: it names no one by itself, a story has many people of one
        // given name, and the full names carry any variant.
        let given_alone = entity.kind != NameKind::Place
            && entity.place.is_none()
            && shape == 1
            && spellings
                .iter()
                .any(|(key, ..)| given_names.contains(key) || gazetteer.is_given_name(key));
        if surname_alone || given_alone {
            continue;
        }
        let mut evidence = Vec::new();
        let mut reports: Vec<usize> = Vec::new();
        for (form, _, key, _) in &keyed {
            if !spellings.iter().any(|(k, ..)| k == key) {
                continue;
            }
            for r in &form.mentions {
                let mention = &names[r.document][r.mention];
                let context = segmented[r.document]
                    .sentences
                    .get(mention.sentence)
                    .map_or(mention.span, |s| s.span);
                evidence.push(builders[r.document].evidence(mention.span, context));
                reports.push(r.document);
            }
        }
        reports.sort_unstable();
        reports.dedup();
        let values: Vec<String> = spellings.into_iter().map(|(_, t, _)| t).collect();
        let message = format!(
            "one {}, {} spellings across {} report{}: {}",
            kind_word(entity.kind),
            values.len(),
            reports.len(),
            if reports.len() == 1 { "" } else { "s" },
            values.join(" / ")
        );
        findings.push(Finding::new(
            Kind::SpellingVariant,
            Some(entity.canonical.clone()),
            values,
            message,
            evidence,
        ));
    }
    findings
}

/// Whether the text before a name introduces it as another name of something just named: "known as X",
/// "known in Slovenian as X", "also called X", ", called X". A writer who glosses a place so tells the reader
/// it is one place under two names. "Called" alone is also the verb of a telephone call ("the minister
/// called Turin's mayor"), so it counts only after "also", "locally" and the like, or after a comma.
fn glossed(before: &str) -> bool {
    let raw: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let words: Vec<String> = raw
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    let as_name = |w: &str| matches!(w, "known" | "spelled" | "spelt" | "written");
    let calling = |w: &str| matches!(w, "called" | "named");
    let after_comma = raw
        .get(1)
        .is_some_and(|w| w.ends_with(',') || w.ends_with('('));
    (word(0) == "as" && as_name(word(1)))
        || (word(0) == "as" && word(2) == "in" && as_name(word(3)))
        || (calling(word(0))
            && (after_comma
                || matches!(
                    word(1),
                    "also" | "locally" | "often" | "officially" | "sometimes"
                )))
}

/// Keeps the spellings `(key, text, letters)` whose letters are nearly those of another spelling.
fn keep_alike(spellings: &mut Vec<(String, String, String)>) {
    let alike = |i: usize| {
        (0..spellings.len()).any(|j| {
            j != i && strsim::normalized_levenshtein(&spellings[i].2, &spellings[j].2) >= 0.75
        })
    };
    let kept: Vec<bool> = (0..spellings.len()).map(alike).collect();
    let mut kept = kept.into_iter();
    spellings.retain(|_| kept.next().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_in_capitals_is_the_spelling_of_its_running_text() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "KYIV, May 2 (Wire) - Thousands marched in Kyiv on Saturday against the new law.",
                "Thousands marched in Kiev on Saturday against the new law, organisers said.",
            ],
        );
        assert_eq!(values, vec![vec!["Kiev".to_string(), "Kyiv".to_string()]]);
    }

    #[test]
    fn a_body_referred_back_to_is_no_spelling_of_a_plural_office() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Ministers from the five coastal states agreed on Thursday in Aktau to share tanker inspections \
                 across the sea. The talks of Ministers ran for two days, and the agreement takes effect in \
                 March, officials said.",
                "The Ministry confirms that inspections of tankers will start in March, after the five coastal \
                 states agreed on Thursday in Aktau to share them. A delegation of the Ministry will attend the \
                 first inspection, officials said.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn another_name_of_a_place_in_an_unrelated_report_is_no_spelling() {
        // The gazetteer lists "Africa" among Mahdia's other names; the two reports tell different stories.
        let findings = crate::pipeline::testing::corpus_findings_of(&[
            "Fishermen in Mahdia said on Monday that the sardine catch had fallen by half this year, and the \
             port's cold stores stood empty.",
            "The World Bank said on Tuesday that growth in Africa would slow next year as coffee and copper \
             prices fell.",
        ]);
        assert!(
            findings.iter().all(|f| f.kind != Kind::SpellingVariant),
            "{findings:?}"
        );
        // Two spellings of one city, alike letter for letter, are a variant across stories too.
        let findings = crate::pipeline::testing::corpus_findings_of(&[
            "Runners from Addis Ababa won both races at the half marathon on Sunday.",
            "The federation in Addis Abeba suspended the athlete on Thursday after a failed test.",
        ]);
        assert!(
            findings.iter().any(|f| f.kind == Kind::SpellingVariant),
            "{findings:?}"
        );
    }

    #[test]
    fn a_given_name_in_hyphenated_syllables_and_in_one_word_is_one_spelling() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "The two bracelets were swapped at the hospital in Taitung, said Kuo Mei-ling, the midwife.",
                "The two bracelets were swapped at the Taitung hospital, the midwife, Guo Meiling, said on Friday.",
            ],
        );
        assert_eq!(
            values,
            vec![vec!["Guo Meiling".to_string(), "Kuo Mei-ling".to_string()]]
        );
        // A second surname joined by a hyphen adds a name, not a spelling.
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "The two bracelets were swapped at the hospital in Taitung, said Anna Kowalska-Nowak, the midwife.",
                "The two bracelets were swapped at the Taitung hospital, the midwife, Anna Kowalska, said on Friday.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn a_surname_alone_is_left_to_the_full_names() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Opposition leader Grigore Rusnac came second. The mayor, Ion Rusnac, is not related to him.\n\n\
                 Rusnac said he would not concede the vote.",
                "Opposition leader Grigory Rusnak came second in the vote.\n\nRusnak said he would not concede \
                 the vote.",
            ],
        );
        assert_eq!(
            values,
            vec![vec![
                "Grigore Rusnac".to_string(),
                "Grigory Rusnak".to_string()
            ]]
        );
    }

    #[test]
    fn a_surname_whose_particle_opens_a_sentence_is_one_spelling() {
        // Two people share the surname, so the lone surname stays an entity of its own; "De" takes its capital
        // from the sentence, and mid-sentence the run of capitals starts after "de".
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Willem de Groot, 68, slipped on the ice on Tuesday. His wife, Ans de Groot, was with him.\n\n\
                 The ship docked on Thursday, and de Groot was taken to hospital in Ushuaia.",
                "Willem de Groot fell on Tuesday on the island. His wife, Ans de Groot, said the crew had been \
                 kind.\n\nDe Groot is to fly home on Friday for an operation.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn a_given_name_alone_is_left_to_the_full_names() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "The nurse Moussa Harouna was freed on Sunday.\n\n\"I was never alone, Moussa was with me every \
                 day,\" his colleague said.",
                "The nurse Musa Haruna was freed on Sunday.\n\n\"Musa always said the villages need nurses,\" \
                 a colleague said.",
            ],
        );
        assert_eq!(
            values,
            vec![vec![
                "Moussa Harouna".to_string(),
                "Musa Haruna".to_string()
            ]]
        );
    }

    #[test]
    fn a_demonym_is_not_a_spelling_of_its_country() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Two aid workers were freed in Niger on Sunday after months in captivity.",
                "A Nigerien nurse and a Belgian colleague were freed on Sunday after months in captivity.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn a_report_writing_a_place_two_ways_means_two_places() {
        let first = "The final was played in Turin on Sunday before 40,000 fans.";
        let spelled = |second: &str| {
            crate::pipeline::testing::values_of(Kind::SpellingVariant, &[first, second])
        };
        assert_eq!(
            spelled("The final was played in Torino on Sunday before a full stadium.").len(),
            1
        );
        // The second report writes both forms: to its writer they are two things (a club, a city).
        assert!(
            spelled("The final was played in Torino on Sunday. The mayor of Turin attended.")
                .is_empty()
        );
        // Its own two forms do not hide a third report's spelling of one of them.
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "The river flooded Liège on Sunday. The mayor of Liège asked for help.",
                "The river flooded Liege on Sunday, and the mayor of Luik asked for help.",
            ],
        );
        assert_eq!(values, vec![vec!["Liege".to_string(), "Liège".to_string()]]);
    }

    #[test]
    fn a_place_the_report_glosses_with_its_other_name_is_one_place() {
        // "The Adelsberg cave ... The cave, known in Slovenian as Postojna": the writer equates the two names,
        // so writing both does not make them two places, and another report's form is a variant.
        let first = "The final was played in Turin on Sunday before 40,000 fans.";
        let second = "The final was played in Torino on Sunday. The city, known in English as Turin, was full.";
        assert_eq!(
            crate::pipeline::testing::values_of(Kind::SpellingVariant, &[first, second]).len(),
            1
        );
        assert!(glossed("the cave, known as "));
        assert!(glossed("a town, also called "));
        assert!(glossed("the river, called "));
        // A telephone call or a plain mention is no gloss.
        assert!(!glossed("The minister called "));
        assert!(!glossed("The mayor of "));
        assert!(!glossed("He was known in "));
    }

    #[test]
    fn a_place_written_joined_and_spaced_is_one_entity_spelled_two_ways() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "The freighter, registered in Haiphong, sank on Sunday. Its owner in Haiphong said so.",
                "The freighter, registered in Hải Phòng, sank on Sunday. Its owner in Hải Phòng said so.",
            ],
        );
        assert_eq!(
            values,
            vec![vec!["Haiphong".to_string(), "Hải Phòng".to_string()]]
        );
    }

    #[test]
    fn a_known_place_split_another_way_is_a_spelling_but_a_longer_or_other_name_is_not() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Voters in Darkhan sent a message to Ulaanbaatar. Ulaanbaatar has not answered.",
                "Voters in Darkhan sent a message to Ulan-Bator. Ulan-Bator has not answered.",
            ],
        );
        assert_eq!(
            values,
            vec![vec!["Ulaanbaatar".to_string(), "Ulan-Bator".to_string()]]
        );
        for (a, b) in [("New York City", "New York"), ("Britain", "United Kingdom")] {
            let values = crate::pipeline::testing::values_of(
                Kind::SpellingVariant,
                &[
                    &format!("The delegation flew to {a} on Monday. In {a}, talks began."),
                    &format!("The delegation flew to {b} on Monday. In {b}, talks began."),
                ],
            );
            assert!(values.is_empty(), "{a} / {b}: {values:?}");
        }
    }

    #[test]
    fn another_name_of_a_country_is_not_a_spelling_of_it() {
        let both = |a: &str, b: &str| {
            crate::pipeline::testing::values_of(
                Kind::SpellingVariant,
                &[
                    &format!("The delegation flew to {a} on Monday. In {a}, talks began."),
                    &format!("The delegation flew to {b} on Monday. In {b}, talks began."),
                ],
            )
        };
        for (a, b) in [("Myanmar", "Burma"), ("Romania", "Transylvania")] {
            assert!(both(a, b).is_empty(), "{a} / {b}");
        }
        for (a, b) in [
            ("Turkey", "Türkiye"),
            ("Beijing", "Peking"),
            ("Liège", "Luik"),
        ] {
            assert_eq!(both(a, b).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn a_person_named_with_the_surname_split_and_respelled_is_a_spelling() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Tsegaye Gebremedhin said on Sunday that he had never taken a banned drug.",
                "Tsegay Gebre Medhin said on Sunday that he had never taken a banned drug.",
            ],
        );
        assert_eq!(
            values,
            vec![vec![
                "Tsegay Gebre Medhin".to_string(),
                "Tsegaye Gebremedhin".to_string()
            ]]
        );
        // A middle name is a longer name, not a spelling.
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Tsegaye Gebremedhin said on Sunday that he had never taken a banned drug.",
                "Tsegaye Haile Gebremedhin said on Sunday that he had never taken a banned drug.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn a_place_the_gazetteer_lacks_is_a_variant_only_when_its_keys_are_equal() {
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "The bus left Shimla for Reckong Peo at dawn. A plant at Vasilikos was named in the talks.",
                "The bus was bound for Rekong Peo when the slope gave way. The Vassilikos plant was discussed.",
            ],
        );
        assert_eq!(
            values,
            vec![
                vec!["Reckong Peo".to_string(), "Rekong Peo".to_string()],
                vec!["Vasilikos".to_string(), "Vassilikos".to_string()],
            ]
        );
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Ferries to the Cyclades were cancelled on Monday because of the wind.",
                "Ferries to the Cycladic islands were cancelled on Monday because of the wind.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn a_name_opening_with_a_given_names_short_form_is_spelt_as_the_name() {
        // Filipino copy writes María "Ma.": the surname's marks are the spelling that differs.
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Their teacher, Ma. Cristina Dela Peña, was treated for burns on Sunday.",
                "Their teacher, Maria Cristina dela Pena, was treated for burns on Sunday.",
            ],
        );
        assert_eq!(values.len(), 1, "{values:?}");
        // The short form alone is no other spelling.
        let values = crate::pipeline::testing::values_of(
            Kind::SpellingVariant,
            &[
                "Their teacher, Ma. Cristina Dela Peña, was treated for burns on Sunday.",
                "Their teacher, Maria Cristina Dela Peña, was treated for burns on Sunday.",
            ],
        );
        assert!(values.is_empty(), "{values:?}");
    }

    #[test]
    fn abbreviations_are_not_spellings() {
        assert!(is_abbreviation("U.S."));
        assert!(is_abbreviation("UK"));
        assert!(is_abbreviation("J. Smith"));
        assert!(!is_abbreviation("Kyiv"));
        // A given name's conventional short form is the name.
        assert!(!is_abbreviation("Ma. Cristina Dela Peña"));
        assert!(!is_abbreviation("Md. Abdul Hamid"));
    }
}
