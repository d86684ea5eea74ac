//! People matched by context: one role or act given to two different people by two reports, however either
//! sentence is built ("The works council, led by Hanneke Bos" against "Ingrid Smit, who chairs the works
//! council"; "said Honorine Essomba, the state prosecutor in Douala" against "Prosecutor Blaise Fouda, who is
//! in charge of the case").
//!
//! The role slots ([`super::roles`]) read titles of set shapes. Here a person mention of one report is met
//! with the mention of another report whose context (see [`super::context`]) is its mutual best match. Most
//! such pairs are not conflicts: each outlet quotes its own witness, resident, expert or spokesperson, and the
//! words around two quoted people match because both "said" something about the same event. The guards,
//! measured on the held-out and golden stories (see the thresholds below), keep only pairs where:
//! - the words the two mentions share include words of each person's own phrase (within [`OWN_REACH`] words
//!   of the name: "Judge", "the state prosecutor", "who chairs", "led by") carrying [`MIN_OWN_WEIGHT`] of
//!   the match, and those words are not speech verbs, people nouns a story has many of ("resident",
//!   "witness", "correspondent") or nationalities;
//! - the match beats either mention's best match with any other person by [`MARGIN`] times: a report that
//!   names two people in like words (two judges, two managers) does not say which one the other report's
//!   person stands for;
//! - no report names the other's person, and the names may not be one person spelt two ways (a shared name
//!   word, a transcript's capitalised speaker label, a surname alone);
//! - the role word is not qualified by two different words ("a hotel manager" against "its operations
//!   manager": two offices), nor written as one of several ("a district commissioner");
//! - the role and act readers ([`super::roles`], [`super::super::agents`]) have not weighed both people's
//!   parts: where they read a title or a "by" agent on each side and found no conflict, they knew why (two
//!   countries' ministers, the men's and the women's race, a bench of judges, an act many people do). This
//!   check finds what they cannot read on one side at least ("Ingrid Smit, who chairs the works council",
//!   "said Honorine Essomba, the state prosecutor in Douala").

use super::super::{Difference, DocFacts};
use super::context::{
    MentionContext, StoryWords, keys_near, mutual_best, sentence_side, within_cap,
};
use crate::extract::NameKind;
use crate::findings::Kind;
use crate::resolve::keys::name_key;
use crate::text::{Span, fold};

/// Least context similarity of two matched mentions. Measured on held-out sets 33-116 and the golden stories
/// with the other guards in place: the conflicts this check adds score 0.27-0.70 and all hold from 0.15 to
/// 0.25 (at 0.30 the technician at 0.27 is lost, at 0.35 the prosecutor at 0.30 too); the wrong pairs the
/// other guards let through score 0.16-0.27. 0.2 is kept for unseen wordings, which match less closely than
/// a story's own rewrites.
const THRESHOLD: f64 = 0.2;

/// Words of a person's own phrase: no further than this many words from the name ("Honorine Essomba, the
/// state prosecutor", "Ingrid Smit, who chairs"). Measured on held-out sets 33-116: 3 adds five conflicts
/// and no wrong finding; 4 adds a place read as a person and a pharmacist "in charge of inspections" against a
/// prosecutor "in charge of the case"; 5 and 6 add a former holder ("who was the district's collector in
/// 2019") for one more conflict.
const OWN_REACH: usize = 3;

/// Least share of the similarity that words of both people's own phrases carry: a match made of the event's
/// words around two quoted people ("said the furnace ...") says nothing of a role. Held-out pairs that
/// carry a conflict have 0.25-0.55; 0.15 lets in three unlabelled pairs matched by one incidental word
/// ("medical", "parliament").
const MIN_OWN_WEIGHT: f64 = 0.2;

/// How many times the match must beat either mention's best match with another person. The conflicts
/// measured run from 2.6 up; two people of one report in like words (two judges of a panel) run near 1.
const MARGIN: f64 = 2.0;

/// Least context similarity of a third report's mention of one of the two people to that person's matched
/// mention, for it to join the finding as more evidence of the same part. Measured on held-out sets 33-122:
/// at 0.2 (the match's own [`THRESHOLD`]) the wire's "The works council, led by Hanneke Bos" joins its
/// rewrite's "chaired by Hanneke Bos" in story 111, and nothing else joins; at 0.4 nothing does. A mention
/// that joins names no rival, so a looser one adds a sentence to the evidence, not a wrong finding.
const SAME_PART: f64 = 0.2;

/// One person mention a story-level check may read.
struct Mention {
    span: Span,
    entity: usize,
}

fn person_mentions(doc: &DocFacts<'_>) -> Vec<Mention> {
    let readable: Vec<usize> = doc.slot_sentences().map(|(i, _)| i).collect();
    doc.mentions
        .names
        .iter()
        .zip(doc.entities)
        .filter(|(m, _)| readable.binary_search(&m.sentence).is_ok())
        .filter_map(|(m, e)| e.as_ref().map(|e| (m, e)))
        .filter(|(_, e)| e.kind == NameKind::Person)
        .map(|(m, e)| Mention {
            span: m.span,
            entity: e.id,
        })
        .collect()
}

/// Whether a name is written all in capitals: a transcript's speaker label ("KANG:"), whose sentence is what
/// the speaker says, not what the speaker is.
fn is_speaker_label(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// A name's own words in matching form, titles and honorifics left out ("Superintendent Felicia Ampofo" ->
/// "felicia", "ampofo").
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| {
            let w = fold(w.trim_end_matches('.'));
            !crate::extract::is_honorific(&w)
                && crate::extract::title_at(&[w.as_str()], 0, |_| true).is_none()
        })
        .map(name_key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// Whether two names share a word of their own: "Karim Benchikh" and "Karim Ben Cheikh", "Aoife Ní
/// Shúilleabháin" and "Aoife O'Sullivan" are one person spelt two ways more often than two people given one
/// role.
fn share_a_name_word(a: &str, b: &str) -> bool {
    let wb = name_words(b);
    name_words(a).iter().any(|w| wb.contains(w))
}

/// People nouns of which a story has many, and a newsroom's own staff: each outlet quotes its own witness and
/// sends its own correspondent, so two of them are two people, not one role given to two.
#[rustfmt::skip]
const MANY_HOLDERS: &[&str] = &[
    "witness", "neighbour", "neighbor", "passenger", "survivor", "relative", "fan", "spectator", "visitor",
    "correspondent", "reporter", "journalist", "anchor", "newsreader", "presenter", "host",
];

/// Whether a word of a person's phrase says nothing of which role is meant: a speech verb ("said X"), a
/// people noun of which a story has many ("a resident"), a nationality ("the German couple").
fn says_no_role(word: &str) -> bool {
    let one = crate::extract::singular(word);
    crate::extract::is_speech_verb(word)
        || crate::extract::is_person_noun(&one)
        || crate::extract::is_nationality(word)
        || MANY_HOLDERS.contains(&one.as_str())
}

/// The words of a person's own phrase, as context keys with their tokens: the words within [`OWN_REACH`] of
/// the name that may say its role, short of a speech verb ("Sahu said 16 medical teams ...": what follows
/// "said" is what the person said, not what the person is).
fn own_words(doc: &DocFacts<'_>, span: Span) -> Vec<(String, Span)> {
    let Some(sentence) = crate::extract::sentence_at(doc.seg, span.start) else {
        return Vec::new();
    };
    let tokens = doc.seg.sentence_tokens(&doc.seg.sentences[sentence]);
    let speech: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| crate::extract::is_speech_verb(&fold(doc.text(t.span))))
        .map(|(i, _)| i)
        .collect();
    let name = tokens.partition_point(|t| t.span.end <= span.start);
    let index = |token: Span| tokens.partition_point(|t| t.span.start < token.start);
    keys_near(doc, span, OWN_REACH)
        .into_iter()
        .filter(|(key, _, token)| !key.starts_with('#') && !says_no_role(&fold(doc.text(*token))))
        .filter(|(_, _, token)| {
            let at = index(*token);
            let (from, to) = if at < name { (at, name) } else { (name, at) };
            !speech.iter().any(|&v| from < v && v < to)
        })
        .map(|(key, _, token)| (key, token))
        .collect()
}

/// Words that rank a title rather than name it: "deputy" in "deputy commander" and in "deputy director"
/// says nothing of which office, so two people matched by it alone hold two offices when the title words
/// after it differ.
const RANKS: &[&str] = &[
    "deputy",
    "vice",
    "assistant",
    "acting",
    "chief",
    "senior",
    "associate",
];

/// The word written just before `token` as its modifier ("hotel" in "a hotel manager"), in matching form:
/// a lower-case content word joined to it by a space or hyphen only.
fn modifier(doc: &DocFacts<'_>, token: Span) -> Option<String> {
    joined_word(doc, token, Direction::Before)
}

/// The title word written right after a rank at `token` ("commander" in "deputy commander"), in matching
/// form, as [`modifier`] reads the word before.
fn ranked_title(doc: &DocFacts<'_>, token: Span) -> Option<String> {
    RANKS
        .contains(&fold(doc.text(token)).as_str())
        .then(|| joined_word(doc, token, Direction::After))
        .flatten()
}

/// Which neighbour of a token [`joined_word`] reads.
#[derive(Clone, Copy)]
enum Direction {
    Before,
    After,
}

/// The lower-case content word joined to `token` by a space or hyphen only, before or after it.
fn joined_word(doc: &DocFacts<'_>, token: Span, direction: Direction) -> Option<String> {
    let sentence = crate::extract::sentence_at(doc.seg, token.start)?;
    let tokens = doc.seg.sentence_tokens(&doc.seg.sentences[sentence]);
    let at = tokens.iter().position(|t| t.span == token)?;
    let (neighbour, gap) = match direction {
        Direction::Before => {
            let before = tokens.get(at.checked_sub(1)?)?;
            (before, doc.doc.text.get(before.span.end..token.start)?)
        }
        Direction::After => {
            let after = tokens.get(at + 1)?;
            (after, doc.doc.text.get(token.end..after.span.start)?)
        }
    };
    let word = doc.text(neighbour.span);
    let joined = gap.chars().all(|c| c == ' ' || c == '-');
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    let folded = fold(word);
    (joined && lower && !crate::align::stopword(&folded) && folded.chars().count() > 2)
        .then_some(folded)
}

/// Whether the title word at `token` is written as one of several: "a" or "an" before it and the lower-case
/// words that qualify it ("a district commissioner", "an assistant coach"). Two reports naming two people
/// "a district commissioner" name two of a district's commissioners, not one office's two holders.
fn is_indefinite(doc: &DocFacts<'_>, token: Span) -> bool {
    let Some(sentence) = crate::extract::sentence_at(doc.seg, token.start) else {
        return false;
    };
    let tokens = doc.seg.sentence_tokens(&doc.seg.sentences[sentence]);
    let Some(mut at) = tokens.iter().position(|t| t.span == token) else {
        return false;
    };
    for _ in 0..4 {
        let Some(before) = at.checked_sub(1).map(|b| &tokens[b]) else {
            return false;
        };
        let joined = doc
            .doc
            .text
            .get(before.span.end..tokens[at].span.start)
            .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-'));
        let word = doc.text(before.span);
        if !joined || !word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        if matches!(word, "a" | "an") {
            return true;
        }
        at -= 1;
    }
    false
}

/// The best similarity of `context` with the mentions of `others` that are not of person `except`.
fn best_other(
    context: &MentionContext,
    others: &[Mention],
    contexts: &[MentionContext],
    except: usize,
) -> f64 {
    others
        .iter()
        .zip(contexts)
        .filter(|(o, _)| o.entity != except)
        .map(|(_, c)| context.similarity(c))
        .fold(0.0, f64::max)
}

/// Whether the role or act readers have weighed this person's part: a title bound to the name, or the agent
/// of an act ("the order was signed by X", "praised by Y"). Where both people's parts are weighed, those
/// readers' verdict stands: they know a minister of one country from another's, the men's race from the
/// women's, and the acts many people do.
fn read_by_frames(doc: &DocFacts<'_>, span: Span, agents: &[Span]) -> bool {
    let overlaps = |s: &Span| s.start < span.end && span.start < s.end;
    doc.mentions.roles.iter().any(|r| overlaps(&r.person)) || agents.iter().any(overlaps)
}

/// People of two reports whose mentions are each other's best match by the words around them, sharing words
/// of their own phrases, where neither report names the other's person: one role or act given to two people.
pub(crate) fn person_contexts(docs: &[DocFacts<'_>], words: &StoryWords) -> Vec<Difference> {
    let mentions: Vec<Vec<Mention>> = docs
        .iter()
        .map(|d| within_cap(person_mentions(d)))
        .collect();
    let contexts: Vec<Vec<MentionContext>> = docs
        .iter()
        .zip(&mentions)
        .map(|(doc, ms)| ms.iter().map(|m| words.context(doc, m.span)).collect())
        .collect();
    let knows = |d: usize, e: usize| docs[d].entities.iter().flatten().any(|r| r.id == e);
    let agents: Vec<Vec<Span>> = docs.iter().map(super::super::agents::agent_spans).collect();
    let mut out = Vec::new();
    for m in mutual_best(&contexts, THRESHOLD) {
        let (mx, my) = (&mentions[m.x][m.i], &mentions[m.y][m.j]);
        let (dx, dy) = (&docs[m.x], &docs[m.y]);
        let (a, b) = (dx.text(mx.span), dy.text(my.span));
        if mx.entity == my.entity
            || knows(m.x, my.entity)
            || knows(m.y, mx.entity)
            || super::super::facts::may_be_same_person(a, b)
            || is_speaker_label(a)
            || is_speaker_label(b)
            || a.split_whitespace().count() < 2
            || b.split_whitespace().count() < 2
            || share_a_name_word(a, b)
            || (read_by_frames(dx, mx.span, &agents[m.x])
                && read_by_frames(dy, my.span, &agents[m.y]))
        {
            continue;
        }
        let (cx, cy) = (&contexts[m.x][m.i], &contexts[m.y][m.j]);
        let second = best_other(cx, &mentions[m.y], &contexts[m.y], my.entity).max(best_other(
            cy,
            &mentions[m.x],
            &contexts[m.x],
            mx.entity,
        ));
        if m.score < MARGIN * second {
            continue;
        }
        let (own_x, own_y) = (own_words(dx, mx.span), own_words(dy, my.span));
        let token_of =
            |own: &[(String, Span)], key: &str| own.iter().find(|(k, _)| k == key).map(|&(_, t)| t);
        let shared: Vec<(&str, f64, Span, Span)> = cx
            .contributions(cy)
            .into_iter()
            .filter_map(|(k, w)| Some((k, w, token_of(&own_x, k)?, token_of(&own_y, k)?)))
            .collect();
        let own_weight: f64 = shared.iter().map(|s| s.1).sum();
        let Some(&(_, _, tx, ty)) = shared.first() else {
            continue;
        };
        if own_weight < MIN_OWN_WEIGHT || is_indefinite(dx, tx) || is_indefinite(dy, ty) {
            continue;
        }
        if let (Some(qx), Some(qy)) = (modifier(dx, tx), modifier(dy, ty))
            && qx != qy
        {
            continue;
        }
        if let (Some(hx), Some(hy)) = (ranked_title(dx, tx), ranked_title(dy, ty))
            && hx != hy
        {
            continue;
        }
        // The other reports that give either person the same part, in words like the matched mention's ("The
        // works council, led by Hanneke Bos" beside "The works council, chaired by Hanneke Bos"), are evidence
        // of that side; a report that names both people is left out.
        let mut sides = vec![sentence_side(dx, mx.span), sentence_side(dy, my.span)];
        for (z, (ms, cs)) in mentions.iter().zip(&contexts).enumerate() {
            if z == m.x || z == m.y || (knows(z, mx.entity) && knows(z, my.entity)) {
                continue;
            }
            for (mz, cz) in ms.iter().zip(cs) {
                let like = |entity: usize, c: &MentionContext| {
                    mz.entity == entity && cz.similarity(c) >= SAME_PART
                };
                if like(mx.entity, cx) || like(my.entity, cy) {
                    sides.push(sentence_side(&docs[z], mz.span));
                }
            }
        }
        out.push(
            Difference::new(
                Kind::PersonConflict,
                None,
                sides,
                format!(
                    "{a} vs {b}, both named as \"{}\" / \"{}\"",
                    dx.text(tx),
                    dy.text(ty)
                ),
            )
            .about(
                vec![mx.entity, my.entity],
                vec![a.to_string(), b.to_string()],
            ),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::testing::{values_of, with_facts};

    fn pairs(texts: &[&str]) -> Vec<Vec<String>> {
        with_facts(texts, |docs| {
            person_contexts(docs, &StoryWords::of(docs))
                .into_iter()
                .map(|d| d.values)
                .collect()
        })
    }

    #[test]
    fn one_prosecutor_named_two_ways_in_two_reports_conflicts() {
        // One side is a title the role reader binds, the other a person quoted with an apposition it does not
        // read; the words of both people's own phrases ("prosecutor", "case") carry the match.
        let found = pairs(&[
            "Police in Kindia seized 40 tonnes of fake fertiliser on Monday. \"We will find who sold it,\" said \
             Amara Diallo, the state prosecutor in Kindia, who has opened a case for fraud.",
            "Forty tonnes of counterfeit fertiliser were seized in Kindia on Monday. Prosecutor Sekou Camara, \
             who is in charge of the case, has placed the depot's owner in custody.",
        ]);
        assert_eq!(
            found,
            vec![vec!["Amara Diallo".to_string(), "Sekou Camara".to_string()]]
        );
    }

    #[test]
    fn one_rank_of_two_titles_is_two_offices() {
        // Story 165: "deputy" is all the two phrases share; a deputy commander and a deputy director hold two
        // offices.
        let found = values_of(
            Kind::PersonConflict,
            &[
                "The nine fishermen were taken aboard the freighter, given water and rice porridge, and later \
                 moved to a coast guard ship. Tran Minh Khoa, deputy commander of Coast Guard Region 4, said all \
                 nine were weak but conscious. One man had a broken arm.",
                "Officials in the province, which counts about 4,000 fishing boats, said the accident showed the \
                 need for better equipment.\n\n\"Every boat that goes that far out must carry a radio that works, \
                 not a radio that is switched off in a drawer,\" said Nguyen Thanh Son, deputy director of the \
                 provincial fisheries department. He said the province would help the crew's families.",
                "They were handed over this afternoon to a coast guard ship. Tran Minh Khoa, a spokesman for the \
                 border guard, told local media the men are heading for port. He said: \"The sea was still rough, \
                 so we moved them across one at a time.\"",
            ],
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_third_report_giving_one_person_the_same_part_is_evidence_of_it() {
        with_facts(
            &[
                "Kempen will close its Nijmegen plant. The staff council, led by Anna Berg, said it had not \
                 been consulted in time.",
                "Kempen will close the Nijmegen plant. Eva Lind, who chairs the staff council, said the \
                 council would examine every figure.",
                "Kempen is closing its plant in Nijmegen. The staff council, chaired by Anna Berg, said it had \
                 not been consulted.",
            ],
            |docs| {
                let found = person_contexts(docs, &StoryWords::of(docs));
                let docs_of = |d: &Difference| {
                    let mut v: Vec<usize> = d.sides.iter().map(|s| s.doc).collect();
                    v.dedup();
                    v
                };
                assert!(
                    found.iter().any(|d| docs_of(d).len() == 3),
                    "{:?}",
                    found
                        .iter()
                        .map(|d| (&d.values, d.sides.len()))
                        .collect::<Vec<_>>()
                );
            },
        );
    }

    #[test]
    fn two_people_the_role_reader_has_read_are_left_to_it() {
        // A bench of judges: the role reader lets two reports name two of its judges.
        let found = pairs(&[
            "The court in Lyon convicted the founder of the bakery chain of tax fraud on Tuesday. \
             The case was heard by a panel presided over by Judge Martine Roux.",
            "A Lyon court on Tuesday found the bakery chain's founder guilty of tax fraud. \
             The sentence was read by Judge Claire Fabre, who called the scheme deliberate.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_title_after_a_or_an_is_one_of_several() {
        with_facts(
            &[
                "Hassan Kombo, a district commissioner, and the regional commissioner, Amina Said, spoke.",
            ],
            |docs| {
                let text = &docs[0].doc.text;
                let token = |word: &str| {
                    let at = text.find(word).expect("word");
                    Span::new(at, at + word.len())
                };
                assert!(is_indefinite(&docs[0], token("district")));
                // The first "commissioner", after "a district".
                assert!(is_indefinite(&docs[0], token("commissioner")));
                assert!(!is_indefinite(&docs[0], token("regional")));
            },
        );
    }

    #[test]
    fn each_outlet_quoting_its_own_resident_is_no_conflict() {
        let found = pairs(&[
            "The river burst its banks in Tczew on Sunday night. \"The water came in minutes,\" said a \
             resident, Anna Nowak.",
            "Floods hit Tczew overnight on Sunday. \"We lost everything,\" said Piotr Lis, a resident of the \
             old town.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_offices_of_one_title_word_are_no_conflict() {
        let found = pairs(&[
            "A hot-air balloon landed hard near Bagan on Friday. \"One accident can undo a season,\" said a \
             hotel manager, Daw Khin Myo.",
            "A balloon came down hard outside Bagan on Friday. The company's operations manager, Kyaw Zin \
             Htat, said the wind turned in under a minute.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_naming_two_people_in_like_words_matches_neither() {
        let found = pairs(&[
            "The court in Lyon convicted the founder of the bakery chain on Tuesday. The verdict was read \
             by Judge Martine Roux.",
            "A Lyon court convicted the bakery chain's founder on Tuesday. The verdict was read by Judge \
             Claire Fabre and Judge Paul Morel.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_transcript_speaker_label_is_not_a_person_of_the_story() {
        assert!(is_speaker_label("KANG"));
        assert!(is_speaker_label("SHDEIFAT"));
        assert!(!is_speaker_label("Kang Min-ho"));
    }

    #[test]
    fn names_sharing_a_word_of_their_own_may_be_one_person() {
        assert!(share_a_name_word("Karim Benchikh", "Karim Ben Cheikh"));
        assert!(share_a_name_word(
            "Aoife Ní Shúilleabháin",
            "Aoife O'Sullivan"
        ));
        // A title both carry is no name word.
        assert!(!share_a_name_word(
            "Superintendent Abdul-Rahman Issah",
            "Superintendent Felicia Ampofo"
        ));
    }

    #[test]
    fn speech_verbs_many_holder_nouns_and_nationalities_say_no_role() {
        for word in ["said", "resident", "witnesses", "correspondent", "german"] {
            assert!(says_no_role(word), "{word}");
        }
        for word in ["judge", "prosecutor", "chairs", "technician"] {
            assert!(!says_no_role(word), "{word}");
        }
    }
    #[test]
    fn words_after_a_speech_verb_are_not_the_persons_own() {
        with_facts(
            &["District Collector Anil Kumar Sahu said 16 medical teams had been deployed."],
            |docs| {
                let at = docs[0].doc.text.find("Anil Kumar Sahu").expect("name");
                let own = own_words(&docs[0], Span::new(at, at + "Anil Kumar Sahu".len()));
                let keys: Vec<&str> = own.iter().map(|(k, _)| k.as_str()).collect();
                assert!(!keys.contains(&"medic"), "{keys:?}");
            },
        );
    }
}
