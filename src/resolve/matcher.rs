//! Deciding whether two written names denote one entity: [`same_name`].
//!
//! The decision is made per token on transliteration keys ([`super::keys`]), surname-aware:
//!
//! - Two names that are both gazetteer places are the same exactly when they share a GeoNames id ("Kiev" and
//!   "Kyiv"; never "Jeddah" and "Riyadh").
//! - Particles (al-, bin, von, de, ...) and leading titles (Mr, President) are set aside.
//! - Tokens match on equal keys, or on Jaro-Winkler of the keys at or above [`TOKEN_THRESHOLD`]. Tokens with
//!   digits match only when equal; keys of three letters or fewer match only when equal; a masculine and a
//!   feminine form ("Lavrov"/"Lavrova", "Mario"/"Maria") never match, nor do keys one i/a apart
//!   ("Nowicki"/"Nowacki"), a short key and itself with a vowel added beside a vowel ("Sato"/"Saito"),
//!   surnames one final consonant apart ("Levi"/"Levin"), or the "Abd al-" element and a whole name.
//! - Tokens of the same letters with different marks on both sides are different names ("Hùng"/"Hưng"); in
//!   two names that both write Vietnamese tones, so is a syllable marked on one side only ("Lan"/"Lân").
//! - The last tokens (surnames) must match. With the same surname, different given names make different people
//!   ("Jens Müller"/"Sabine Müller"); a missing given name or middle name ("Lavrov", "Vladimir Vladimirovich
//!   Putin") or an initial ("S. Lavrov") is compatible.
//! - Given names that are one name in different languages ("Volodymyr"/"Vladimir") match through
//!   [`GIVEN_NAME_EQUIVALENTS`], and English nicknames ("Bill"/"William") through the `nicknames` list.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use strsim::jaro_winkler;

use super::east_asian::{self, is_syllable_char};
use super::gazetteer::Gazetteer;
use super::keys::{
    armenian_surname, armenian_voicing_key, ascii_fold, loose_eq_keeping_velars, loose_key,
    name_key, readings, skeleton, somali_reading, surname_ending, writes_somali,
};
use super::romaji::{
    feminine_ko_against_masculine_o, kunrei_reading, long_vowel_reading, reads_as_japanese,
    writes_kunrei,
};

/// Jaro-Winkler on folded keys at or above which two tokens are spellings of one name.
pub const TOKEN_THRESHOLD: f64 = 0.90;

/// Jaro-Winkler at or above which a token read with another orthography's conventions ([`readings`]) matches.
pub const READING_THRESHOLD: f64 = 0.93;

/// Keys this short or shorter match only when equal: "Li"/"Lu", "Wu"/"Wang".
pub const SHORT_KEY: usize = 3;
/// The plain Jaro similarity a Jaro-Winkler match on keys must also reach: see [`compare_tokens_at`].
const JARO_FLOOR: f64 = 0.85;

/// Particles that join a name but are left out, and vary, between spellings.
const PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "ben", "bint", "von", "van",
    "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "zu", "ter",
    "y",
    // Malay binti ("daughter of") and its Singapore spellings; Spanish de los, Filipino Dela and Delos, which
    // fuse de la and de los.
    "binti", "binte", "bte", "los", "las", "dela", "delos", "delas",
];

/// Given names as news copy abbreviates them, lower case, and the name each stands for. An abbreviation that is
/// also a name or a word keeps its dot ("Ma." is María, "Ma" a Chinese family name); see
/// [`given_name_abbreviation`]. Each is four letters or fewer: the sentence splitter looks up no longer word.
const GIVEN_NAME_ABBREVIATIONS: &[(&str, &str)] = &[
    // Malay, Bangladeshi, Pakistani and Indian copy: Muhammad ("Mohd Najib", "Md. Abdul Hamid").
    ("mohd", "Muhammad"),
    ("muhd", "Muhammad"),
    ("mohd.", "Muhammad"),
    ("md", "Muhammad"),
    ("md.", "Muhammad"),
    ("mhd.", "Muhammad"),
    // Filipino, Spanish and Portuguese: María ("Ma. Cristina", "Mª José"), and Spanish Francisco.
    ("ma.", "Maria"),
    ("mª", "Maria"),
    ("fco.", "Francisco"),
    // English, in older and official copy.
    ("wm.", "William"),
    ("chas.", "Charles"),
    ("thos.", "Thomas"),
    ("jas.", "James"),
    ("geo.", "George"),
    ("jos.", "Joseph"),
    ("robt.", "Robert"),
    ("benj.", "Benjamin"),
];

/// The given name that a token as written abbreviates ([`GIVEN_NAME_ABBREVIATIONS`]), if it is one. The
/// sentence splitter and the names stage ask it too, of a word before a full stop ("Ma." in "Ma. Cristina").
pub(crate) fn given_name_abbreviation(written: &str) -> Option<&'static str> {
    let lower = written
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    let dotted = lower.strip_suffix('.').map(|_| format!("{bare}."));
    GIVEN_NAME_ABBREVIATIONS
        .iter()
        .find(|(abbreviation, _)| *abbreviation == bare || dotted.as_deref() == Some(abbreviation))
        .map(|&(_, name)| name)
}

/// Titles and honorifics that may open a name in a pairs file or a mention.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "minister",
    "general",
    "gen",
    "sheikh",
    "shaikh",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "pope",
    "saint",
    "st",
    "rev",
    "father",
    "imam",
    "ayatollah",
    "senator",
    "sen",
    "rep",
    "gov",
    "col",
    "capt",
    "lt",
    // A chieftaincy title, which Nigerian copy writes before the name of a titled man or woman and drops
    // freely ("Chief Olufemi Akinola" is "Femi Akinola").
    "chief",
];

/// One given name in different languages, with its common diminutives: each group is one name. Forms are
/// listed as written; they are matched by key ([`name_key`]), so spelling variants within a language need no
/// entry. Written for crosscheck from the usual correspondences between Ukrainian, Russian, Belarusian,
/// Polish, Czech, German, French, Spanish, Catalan, Italian, Greek, Hebrew, Arabic, Persian, Turkish and English forms;
/// English nicknames come from the `nicknames` list instead.
pub const GIVEN_NAME_EQUIVALENTS: &[&[&str]] = &[
    &[
        "Volodymyr",
        "Vladimir",
        "Włodzimierz",
        "Uladzimir",
        "Volodya",
        "Włodek",
    ],
    &[
        "Oleksandr",
        "Aleksandr",
        "Alexander",
        "Aleksander",
        "Alyaksandr",
        "Alexandre",
        "Alessandro",
        "Alejandro",
        "Alexandros",
        "Sasha",
        "Sashko",
    ],
    &[
        "Oleksiy", "Aleksei", "Alexei", "Aleksiej", "Alexis", "Alyaksei", "Lyosha",
    ],
    &[
        "Mykola", "Nikolai", "Mikołaj", "Nicholas", "Nicolas", "Nikolaos", "Nicola", "Mikalai",
        "Kolya", "Nikos",
    ],
    &[
        "Mykhailo", "Mikhail", "Michał", "Michael", "Michel", "Miguel", "Michele", "Mikhael",
        "Misha", "Miquel",
    ],
    &[
        "Andriy", "Andrei", "Andrzej", "Andrew", "André", "Andreas", "Andrés", "Ondřej", "Andrej",
    ],
    &[
        "Serhiy", "Sergei", "Siergiej", "Sergio", "Serge", "Sergiusz", "Siarhei", "Seryozha",
    ],
    &[
        "Dmytro",
        "Dmitry",
        "Dymitr",
        "Dimitrios",
        "Demetrios",
        "Dzmitry",
        "Dima",
    ],
    &[
        "Petro", "Pyotr", "Piotr", "Peter", "Pierre", "Pietro", "Pedro", "Petros", "Petr",
        "Pyatro", "Petya", "Pere",
    ],
    &[
        "Pavlo", "Pavel", "Paweł", "Paul", "Paolo", "Pablo", "Pavlos", "Pasha",
    ],
    &["Ihor", "Igor", "Ihar"],
    &["Oleh", "Oleg", "Aleh"],
    &[
        "Hryhoriy",
        "Grigory",
        "Grzegorz",
        "Gregory",
        "Grégoire",
        "Gregorio",
        "Grigorios",
    ],
    &[
        "Yevhen",
        "Yevgeny",
        "Evgeny",
        "Eugeniusz",
        "Eugene",
        "Eugen",
        "Evgenios",
        "Eugenio",
        "Zhenya",
    ],
    &[
        "Heorhiy", "Georgy", "Jerzy", "George", "Georgios", "Giorgos", "Yiorgos", "Georg",
        "Georges", "Giorgio", "Jorge", "Jiří", "Jordi",
    ],
    &["Vitaliy", "Vitaly", "Witalij"],
    &[
        "Vasyl", "Vasily", "Wasyl", "Basil", "Vasilios", "Wassily", "Vasil",
    ],
    &["Yuriy", "Yury", "Iouri"],
    &[
        "Ivan", "Iwan", "Jan", "John", "Johann", "Johannes", "Juan", "Giovanni", "Ioannis",
        "Yiannis", "Giannis", "Jean", "Hans", "João", "Vanya",
    ],
    &[
        "Yosef", "Joseph", "Józef", "Josef", "Iosif", "Giuseppe", "José", "Yusuf", "Youssef",
        "Osip", "Josep",
    ],
    &["Ibrahim", "Abraham", "Avraham", "Abram"],
    &["Musa", "Moses", "Moshe", "Moïse", "Mojżesz"],
    &[
        "Suleiman",
        "Süleyman",
        "Sulejman",
        "Solomon",
        "Shlomo",
        "Salomon",
    ],
    &[
        "Yitzhak", "Isaac", "Itzhak", "Icchak", "Izaak", "Ishak", "Ishaq", "Isak", "Itzik",
    ],
    &[
        "Yaakov", "Jacob", "Yakov", "Jakub", "Jacques", "Giacomo", "Jakob", "Yaqub", "Kuba",
    ],
    &[
        "Binyamin", "Benjamin", "Beniamin", "Veniamin", "Bibi", "Benny",
    ],
    &["Leo", "Lev", "Léon", "Leon", "Leone"],
    &[
        "Konstantin",
        "Constantine",
        "Konstantinos",
        "Kostiantyn",
        "Konstanty",
        "Constantin",
        "Costantino",
        "Kostya",
        "Kostas",
    ],
    &[
        "Fyodor",
        "Theodore",
        "Fedir",
        "Teodor",
        "Theodoros",
        "Fédor",
        "Fiodor",
    ],
    &[
        "Stepan",
        "Stephen",
        "Stefan",
        "Stéphane",
        "Esteban",
        "Stefanos",
        "Szczepan",
        "István",
    ],
    &[
        "Yekaterina",
        "Catherine",
        "Kateryna",
        "Katarzyna",
        "Caterina",
        "Katerina",
        "Kate",
        "Katya",
        "Kasia",
    ],
    &[
        "Yelena", "Helen", "Olena", "Helena", "Hélène", "Eleni", "Alena", "Lena",
    ],
    &["Maria", "Mary", "Mariya", "Marie", "Maryam", "Masha"],
    &["Anna", "Hanna", "Ganna", "Anne", "Ana"],
    &["Yulia", "Julia", "Julie", "Giulia", "Yuliya", "Yulya"],
    &["Olga", "Olha", "Volha"],
    &["Tatiana", "Tetiana", "Tatyana", "Tanya"],
    &["Svetlana", "Sviatlana", "Swietłana", "Sveta"],
    &["Natalia", "Nataliya", "Natalie", "Natasha"],
    &[
        "Muhammad", "Mohammed", "Mohamed", "Muhammed", "Mohammad", "Mohamad", "Mehmet", "Mehmed",
        "Mahomet",
    ],
    &["Ahmad", "Ahmed", "Ahmet"],
    &["Husayn", "Hussein", "Hussain", "Hüseyin", "Hossein"],
    &["Umar", "Omar", "Ömer"],
    &["Uthman", "Osman", "Othman"],
    &["Mustafa", "Mostafa", "Moustapha"],
    &["Ismail", "Ismael", "Ishmael"],
    &["Daniil", "Daniel", "Danylo", "Daniele"],
    &[
        "Matvei", "Matthew", "Mateusz", "Matteo", "Mateo", "Matthias",
    ],
    &["Foma", "Thomas", "Tomasz", "Tomás", "Tommaso", "Tomek"],
    &["Filipp", "Philip", "Filip", "Philippe", "Felipe", "Pylyp"],
    &[
        "Anton", "Anthony", "Antoni", "Antonio", "Antoine", "Antonis", "Antonios",
    ],
    &["Semyon", "Simon", "Szymon", "Shimon", "Simeon"],
    &["Ilya", "Elijah", "Eliyahu", "Ilias", "Elias"],
    &["Radosław", "Radek"],
    &["Stanisław", "Staszek", "Staś"],
    // Polish diminutives, which Polish copy and quotes use for the person named in full elsewhere.
    &[
        "Małgorzata",
        "Margaret",
        "Margarita",
        "Margherita",
        "Marguerite",
        "Gosia",
        "Małgosia",
        // Tanzanian and Kenyan copy writes Margaret as Swahili says it ("Magreth Laizer").
        "Magreth",
        "Margreth",
    ],
    &["Barbara", "Basia"],
    &["Zofia", "Sofia", "Sophia", "Zosia"],
    &["Wojciech", "Wojtek"],
    &["Bartłomiej", "Bartholomew", "Bartek"],
    &["Krzysztof", "Christopher", "Cristoforo", "Krzyś"],
    &["Kazimierz", "Kazimir", "Casimir", "Kasimir"],
    &["Jaume", "Jaime", "James", "Giacomo"],
    &[
        "Francesc",
        "Francisco",
        "Francesco",
        "François",
        "Franciszek",
        "František",
        "Francis",
    ],
    &[
        "Enric", "Enrique", "Enrico", "Henri", "Henry", "Heinrich", "Henryk",
    ],
    &["Carles", "Carlos", "Carlo", "Charles", "Karl", "Karol"],
    &["Xavier", "Javier", "Xabier"],
    // Akan day names, the name of the weekday of birth, each written in the Twi, Fante and Baoulé ways: one
    // group per day and sex (Kwadwo, Monday's boy, is Kojo; Kwame, Saturday's, another name).
    &["Kwasi", "Akwasi", "Kwesi", "Kouassi", "Kosi"],
    &["Kwadwo", "Kwadjo", "Kojo", "Kodjo", "Kouadio"],
    &["Kwabena", "Kobina", "Kwabina", "Ebo"],
    &["Kwaku", "Kweku", "Kouakou", "Kuuku"],
    &["Yaw", "Ekow", "Yao"],
    &["Kofi", "Fiifi", "Koffi"],
    &["Kwame", "Kwamena", "Kwamina", "Kouame"],
    &["Akosua", "Esi", "Akissi"],
    &["Adwoa", "Adjoa", "Ajoa", "Adjowa"],
    &["Abena", "Abenaa", "Araba"],
    &["Akua", "Ekua", "Akuba"],
    &["Yaa", "Aba", "Yawa"],
    &["Afua", "Efua", "Afia", "Efia"],
    &["Ama", "Amma", "Amba"],
];

/// Given-name groups by key: the table above, keyed once.
fn given_name_groups() -> &'static HashMap<String, Vec<u16>> {
    static GROUPS: OnceLock<HashMap<String, Vec<u16>>> = OnceLock::new();
    GROUPS.get_or_init(|| groups_by_key(GIVEN_NAME_EQUIVALENTS))
}

/// Surnames that one family writes in two forms, each group one surname: the Bengali Brahmin surnames in
/// their Sanskrit form (-opadhyay, "teacher") and in the anglicised form of British India (-erjee, -uly),
/// which copy uses for one person alike ("Shubhendu Chattopadhyay"/"Subhendu Chatterjee").
const SURNAME_EQUIVALENTS: &[&[&str]] = &[
    &["Chattopadhyay", "Chatterjee", "Chattopadhyaya"],
    &["Bandyopadhyay", "Banerjee", "Bandopadhyay"],
    &["Mukhopadhyay", "Mukherjee"],
    &["Gangopadhyay", "Ganguly"],
    // Greek οι, said i, came into English by way of Latin oe, which English writes e: the one surname as
    // transliterated and as anglicised ("Christos Oikonomou"/"Christos Economou").
    &["Oikonomou", "Economou", "Ekonomou"],
    &["Oikonomidis", "Economides", "Ekonomidis"],
];

/// Surname groups by key ([`SURNAME_EQUIVALENTS`]), keyed once.
fn surname_groups() -> &'static HashMap<String, Vec<u16>> {
    static GROUPS: OnceLock<HashMap<String, Vec<u16>>> = OnceLock::new();
    GROUPS.get_or_init(|| groups_by_key(SURNAME_EQUIVALENTS))
}

/// The groups of a table of name groups by the key of each form.
fn groups_by_key(table: &[&[&str]]) -> HashMap<String, Vec<u16>> {
    let mut map: HashMap<String, Vec<u16>> = HashMap::new();
    for (g, group) in table.iter().enumerate() {
        for name in *group {
            let ids = map.entry(name_key(name)).or_default();
            if !ids.contains(&(g as u16)) {
                ids.push(g as u16);
            }
        }
    }
    map
}

/// A decision on two names, with the evidence for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// True when both denote one entity.
    pub same: bool,
    /// Similarity in 0..=1: the weakest aligned token's score, or 1/0 for gazetteer decisions.
    pub score: f64,
    /// Why: the rule or score that decided.
    pub reason: String,
}

/// A name prepared for comparison: titles and particles removed, each token keyed.
#[derive(Clone, Debug)]
pub struct PreparedName {
    /// Keys of the meaningful tokens, in order.
    pub keys: Vec<String>,
    /// Plain ASCII forms of the same tokens, for initials.
    pub ascii: Vec<String>,
    /// Further keys of each token read with other orthographies' conventions ([`readings`]).
    pub readings: Vec<Vec<String>>,
    /// Loose keys of the tokens ([`loose_key`]).
    pub loose: Vec<String>,
    /// For tokens written in Arabic or Hebrew script, which leave most vowels unwritten: the consonants
    /// ([`abjad_consonants`]); `None` for other tokens.
    pub abjad: Vec<Option<String>>,
    /// For the tokens of a name written in Somali orthography ([`writes_somali`]): the key read with it
    /// ([`somali_reading`]); `None` for other tokens and names.
    pub somali: Vec<Option<String>>,
    /// For the tokens of a Japanese name written in Kunrei-shiki ([`writes_kunrei`]) or with its long vowels
    /// written out ("Itoh", "Kouriyama"): the key of the token as plain Hepburn writes it ([`kunrei_reading`],
    /// [`long_vowel_reading`]), when that differs; `None` for other tokens and names. Unlike [`readings`], it
    /// counts only when it equals the other key: a guess at a whole romanisation system.
    pub hepburn: Vec<Option<String>>,
    /// The surname's key with the particles before it joined on ("Le Pen" -> `lepen`), when it has any.
    pub joined_surname: Option<String>,
    /// True when the name has an Arabic particle (al-, bin, ibn, abu): its middle tokens are a father's or a
    /// family's names, never a second given name that may stand alone.
    pub arabic: bool,
    /// True when the last token is a dynasty name after "Al" in a name with a nasab ("Mohammed bin Salman Al
    /// Saud"): English reports drop it freely.
    pub house: bool,
    /// True when the name's last word is two capitalised surnames joined by a hyphen ("Ioana Popescu-Dinu",
    /// "Ngozi Okafor-Eze"), a double or married surname, after a given name.
    pub hyphenated_surname: bool,
    /// True when a token carries a Vietnamese tone mark ([`writes_vietnamese_tones`]): the writer kept the
    /// tones, so each syllable as written is the name's own.
    pub vietnamese: bool,
    /// True when the name's first word of two or more is hyphenated ("Min-jun Lee"): a romanised East Asian
    /// given name, whose syllables are joined, in Western order before the family name, which is one word.
    pub opens_hyphenated: bool,
    /// GeoNames ids the whole name may denote.
    pub places: Vec<u32>,
    /// Each token as written when it has letters beyond ASCII, for [`diacritics_conflict`]; `None` for a plain
    /// ASCII token.
    pub written: Vec<Option<String>>,
}

/// The key of the "Abd al-" element of an Arabic name ("Abdel", "Abdul", "Abd al-" before the noun it joins).
const ABD: &str = "abdal";

/// Particles of Arabic names (al-, bin, abu): see [`PreparedName::arabic`].
const ARABIC_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "abu", "abou", "ould",
    "binti", "binte", "bte",
];

impl PreparedName {
    /// Prepares `name`, looking it up in `gazetteer`.
    pub fn new(name: &str, gazetteer: &Gazetteer) -> Self {
        let stripped = strip_possessive(name.trim());
        let mut tokens: Vec<&str> = Vec::new();
        let raw: Vec<&str> = stripped
            .split(|c: char| c.is_whitespace() || is_hyphen(c))
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .collect();
        for (n, raw_piece) in raw.iter().enumerate() {
            // An abbreviated given name leads into the rest of a name, never ends one.
            if n + 1 < raw.len()
                && let Some(full) = given_name_abbreviation(raw_piece)
            {
                tokens.push(full);
                continue;
            }
            let piece = raw_piece.trim_matches(|c: char| !c.is_alphanumeric());
            // Hangul and Han names are written without spaces: one token per syllable ("김정은").
            if piece.chars().any(is_syllable_char) {
                let mut from = 0;
                for (i, c) in piece.char_indices() {
                    if is_syllable_char(c) {
                        if from < i {
                            tokens.push(&piece[from..i]);
                        }
                        tokens.push(&piece[i..i + c.len_utf8()]);
                        from = i + c.len_utf8();
                    }
                }
                if from < piece.len() {
                    tokens.push(&piece[from..]);
                }
            } else {
                tokens.push(piece);
            }
        }
        let mut places: Vec<u32> = gazetteer.places(stripped).map(|p| p.id).collect();
        if places.is_empty() && !stripped.is_ascii() {
            // Cyrillic, Greek and Han place names: the gazetteer keeps Latin names, so look up the
            // transliteration (Han syllables joined: "北京" is "Beijing").
            let latin: Vec<String> = tokens.iter().map(|t| ascii_fold(t)).collect();
            let sep = if stripped.chars().any(is_syllable_char) {
                ""
            } else {
                " "
            };
            places = gazetteer.places(&latin.join(sep)).map(|p| p.id).collect();
        }
        let tokens: Vec<&str> = tokens.into_iter().flat_map(split_abd).collect();
        let mut tokens = tokens;
        while tokens.len() > 1 && TITLES.contains(&ascii_fold(tokens[0]).as_str()) {
            tokens.remove(0);
        }
        let mut prepared = PreparedName {
            keys: Vec::new(),
            ascii: Vec::new(),
            readings: Vec::new(),
            loose: Vec::new(),
            abjad: Vec::new(),
            somali: Vec::new(),
            hepburn: Vec::new(),
            joined_surname: None,
            arabic: false,
            house: false,
            hyphenated_surname: false,
            vietnamese: false,
            opens_hyphenated: false,
            places,
            written: Vec::new(),
        };
        let folded: Vec<String> = tokens.iter().map(|t| ascii_fold(t)).collect();
        let somali = writes_somali(&folded);
        // Vietnamese Văn and Thị are middle names that tell a man from a woman, and Lê is a family name: in a
        // Vietnamese name they are no Dutch or French particles.
        let vietnamese_middle = east_asian::vietnamese_with_gender_middle(&folded);
        let mut nasab = false;
        let mut particles_before: Vec<String> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let abjad = token.chars().any(is_abjad);
            // The Arabic article is written joined to its noun: "الأسد" is al-Asad.
            let token = match token.strip_prefix("ال") {
                Some(rest) if abjad && !rest.is_empty() => rest,
                _ => token,
            };
            let plain = ascii_fold(token);
            // A particle leads into a name element, so a last token is never one ("Zhu De", "Tran Le").
            // The particles are written in plain letters: a word that folds to one only by dropping its marks is
            // a name ("Lê", the Vietnamese family name, is no French "le").
            let marked_latin = !token.is_ascii() && !abjad && !token.starts_with('İ');
            if i + 1 < tokens.len()
                && !vietnamese_middle
                && !marked_latin
                && PARTICLES.contains(&plain.as_str())
            {
                prepared.arabic |= ARABIC_PARTICLES.contains(&plain.as_str());
                nasab |= matches!(
                    plain.as_str(),
                    "bin" | "ibn" | "ben" | "bint" | "binti" | "binte" | "bte"
                );
                prepared.house = nasab && token == "Al" && i + 2 == tokens.len();
                particles_before.push(plain);
                continue;
            }
            if ARABIC_PARTICLES.contains(&plain.as_str()) {
                prepared.arabic = true;
            }
            // "Abdel", "Abdul", "Abd al-" are one element of Arabic names.
            let (key, plain) = match plain.as_str() {
                "abd" | "abdel" | "abdul" | "abdal" | "abdol" | "abdil" | "abdoul" | "abdur"
                | "abdus"
                    if i + 1 < tokens.len() =>
                {
                    prepared.arabic = true;
                    (ABD.to_string(), ABD.to_string())
                }
                _ => (name_key(token), plain),
            };
            if key.is_empty() {
                continue;
            }
            prepared.joined_surname = (!particles_before.is_empty())
                .then(|| name_key(&format!("{}{plain}", particles_before.concat())));
            particles_before.clear();
            prepared.readings.push(readings(token));
            prepared.loose.push(loose_key(&key));
            prepared.abjad.push(abjad.then(|| abjad_consonants(&key)));
            prepared
                .somali
                .push(somali.then(|| somali_reading(&plain)).flatten());
            prepared.keys.push(key);
            prepared.ascii.push(plain);
            prepared
                .written
                .push((!token.is_ascii()).then(|| token.to_string()));
        }
        // An Armenian name may be written in the Eastern or the Western standard, which differ in the voicing
        // of every plain stop of the name, given name and surname alike.
        if prepared.ascii.len() >= 2 && prepared.ascii.last().is_some_and(|s| armenian_surname(s)) {
            for (readings, ascii) in prepared.readings.iter_mut().zip(&prepared.ascii) {
                let western = armenian_voicing_key(ascii);
                if !readings.contains(&western) {
                    readings.push(western);
                }
            }
        }
        // A Japanese name in Kunrei-shiki ("Tutomu Isii") is read as Hepburn writes it ("Tsutomu Ishii"); one
        // whose long vowels are written "oh" or doubled ("Hiroshi Itoh", "Kouriyama"), as plain Hepburn writes
        // it ("Ito", "Koriyama"). The latter only when every token of the name then reads as Japanese.
        let kunrei = writes_kunrei(&prepared.ascii);
        let long_vowels: Vec<Option<String>> = prepared
            .ascii
            .iter()
            .map(|a| long_vowel_reading(a))
            .collect();
        let writes_long_vowels = long_vowels.iter().any(Option::is_some)
            && prepared
                .ascii
                .iter()
                .zip(&long_vowels)
                .all(|(a, o)| reads_as_japanese(o.as_deref().unwrap_or(a)));
        prepared.hepburn = prepared
            .ascii
            .iter()
            .zip(&prepared.keys)
            .zip(&long_vowels)
            .map(|((ascii, key), plain)| {
                let hepburn = if kunrei {
                    name_key(&kunrei_reading(ascii))
                } else if writes_long_vowels {
                    name_key(plain.as_deref()?)
                } else {
                    return None;
                };
                (hepburn != *key).then_some(hepburn)
            })
            .collect();
        prepared.house &= prepared.keys.len() >= 3;
        prepared.hyphenated_surname = prepared.keys.len() >= 3
            && stripped.split_whitespace().count() >= 2
            && stripped.split_whitespace().last().is_some_and(|word| {
                let parts: Vec<&str> = word.split(is_hyphen).collect();
                parts.len() == 2
                    && parts.iter().all(|p| {
                        p.chars().count() >= 3 && p.chars().next().is_some_and(char::is_uppercase)
                    })
            });
        prepared.opens_hyphenated = stripped.split_whitespace().nth(1).is_some()
            && stripped.split_whitespace().next().is_some_and(|word| {
                word.split(is_hyphen)
                    .filter(|part| part.chars().any(char::is_alphabetic))
                    .count()
                    >= 2
            });
        prepared.vietnamese = prepared
            .written
            .iter()
            .flatten()
            .any(|w| writes_vietnamese_tones(w));
        prepared
    }

    /// The name without its token `i`.
    fn without(&self, i: usize) -> PreparedName {
        let mut out = self.clone();
        out.keys.remove(i);
        out.ascii.remove(i);
        out.readings.remove(i);
        out.loose.remove(i);
        out.abjad.remove(i);
        out.somali.remove(i);
        out.hepburn.remove(i);
        out.written.remove(i);
        if i == self.keys.len() - 1 {
            out.joined_surname = None;
            out.house = false;
        }
        if i == 0 {
            out.opens_hyphenated = false;
        }
        out.hyphenated_surname = false;
        out.places.clear();
        out
    }

    /// The name with its token `i` replaced by `token`, plain ASCII.
    fn with_token(&self, i: usize, token: &str) -> PreparedName {
        let mut out = self.clone();
        let key = name_key(token);
        out.readings[i] = readings(token);
        out.loose[i] = loose_key(&key);
        out.abjad[i] = None;
        out.somali[i] = None;
        out.hepburn[i] = None;
        out.written[i] = None;
        out.keys[i] = key;
        out.ascii[i] = token.to_string();
        out.places.clear();
        out
    }

    /// The name with its tokens in reverse order ("Orbán Viktor" -> "Viktor Orbán").
    fn reversed(&self) -> PreparedName {
        let rev = |v: &[String]| v.iter().rev().cloned().collect::<Vec<_>>();
        PreparedName {
            keys: rev(&self.keys),
            ascii: rev(&self.ascii),
            readings: self.readings.iter().rev().cloned().collect(),
            loose: rev(&self.loose),
            abjad: self.abjad.iter().rev().cloned().collect(),
            somali: self.somali.iter().rev().cloned().collect(),
            hepburn: self.hepburn.iter().rev().cloned().collect(),
            joined_surname: None,
            arabic: self.arabic,
            house: false,
            hyphenated_surname: false,
            vietnamese: self.vietnamese,
            opens_hyphenated: false,
            places: Vec::new(),
            written: self.written.iter().rev().cloned().collect(),
        }
    }

    fn has_initial(&self) -> bool {
        self.ascii.iter().any(|a| is_initial(a))
    }

    /// [`Self::has_initial`], but a vowel closing a name of three tokens or more is a syllable of an East
    /// Asian given name, not an initial ("Yi Seung-u").
    fn has_initial_but_a_closing_vowel(&self) -> bool {
        let n = self.ascii.len();
        self.ascii.iter().enumerate().any(|(k, a)| {
            is_initial(a)
                && !(n >= 3 && k + 1 == n && matches!(a.as_str(), "a" | "e" | "i" | "o" | "u"))
        })
    }
}

/// Endings of the Mongolian genitive as English copy writes them, plain ASCII: -yn (-ын), -iin (-ийн, written
/// -iyn when transliterated letter for letter), and -giin after a long vowel.
const MONGOLIAN_GENITIVES: &[&str] = &["giin", "giyn", "iin", "iyn", "yn"];

/// The stems of a token read as a Mongolian genitive ("batbayaryn" -> "batbayar"), of three letters or more.
/// A stem ending in n takes -y (-ы) alone, not a second n ("Damdiny", Damdin's).
fn mongolian_genitive_stems(ascii: &str) -> impl Iterator<Item = &str> {
    let after_n = ascii
        .strip_suffix('y')
        .filter(|stem| stem.ends_with('n') && !stem.ends_with("nn"));
    MONGOLIAN_GENITIVES
        .iter()
        .filter_map(move |ending| ascii.strip_suffix(ending))
        .chain(after_n)
        .filter(|stem| stem.len() >= 3)
}

/// True when a name of two tokens may open with a Mongolian patronymic: the father's given name in the genitive
/// ("Batbayaryn Enkhtuya", Batbayar's Enkhtuya), which [`compare`] also reads put last in the nominative.
pub fn opens_with_mongolian_patronymic(name: &PreparedName) -> bool {
    name.keys.len() == 2 && mongolian_genitive_stems(&name.ascii[0]).next().is_some()
}

/// A name that opens with a Mongolian patronymic in the genitive ([`opens_with_mongolian_patronymic`]) as
/// English copy also writes it: the given name first, then the father's name in the nominative, like a surname
/// ("Enkhtuya Batbayar"); one name for each reading of the genitive's ending.
fn mongolian_patronymic_last(name: &PreparedName) -> Vec<PreparedName> {
    if !opens_with_mongolian_patronymic(name) {
        return Vec::new();
    }
    mongolian_genitive_stems(&name.ascii[0])
        .map(|stem| name.with_token(0, stem).reversed())
        .collect()
}

/// True for a letter of the Arabic or Hebrew script.
fn is_abjad(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// The consonants of a key, with the letters that Arabic and Hebrew spelling uses for long vowels (w, v, y)
/// dropped as well: "بشار" and "Bashar" both give `bsr`, "נתניהו" and "Netanyahu" both `ntn`.
pub fn abjad_consonants(key: &str) -> String {
    skeleton(key)
        .chars()
        .filter(|c| !matches!(c, 'v' | 'w'))
        .collect()
}

/// A theophoric Arabic name written as one word, split into its "Abd al-" element and the rest, as the
/// spaced and hyphenated spellings already are: "Abdelrahman" and "Abderrahmane" (the article assimilated to
/// the sun letter r) are "Abd al-Rahman". Other tokens, a token with too little after the article to be a
/// name ("Abdel", "Abdulla"), and the Abdullah names ("Abdullahi") come back whole.
fn split_abd(token: &str) -> impl Iterator<Item = &str> {
    let b = token.as_bytes();
    let lower = |i: usize| b.get(i).map(u8::to_ascii_lowercase);
    let vowel = |i: usize| lower(i).is_some_and(|c| b"aeiou".contains(&c));
    let mut split = None;
    if token.is_ascii() && b.len() >= 8 && token[..3].eq_ignore_ascii_case("abd") && vowel(3) {
        // "Abdoul": a French ou is one vowel.
        let after = if lower(3) == Some(b'o') && lower(4) == Some(b'u') {
            5
        } else {
            4
        };
        let rest = match lower(after) {
            Some(b'l') => after + 1,
            // The article assimilated: its l written as the doubled first letter of the noun.
            Some(c) if lower(after + 1) == Some(c) && b"rstdnz".contains(&c) => after + 1,
            _ => usize::MAX,
        };
        // "Abdullahi", "Abdallahi": the servant of God is one given name, however long its ending; split,
        // it would meet "Abdulahi" only by the half it kept.
        let of_god = rest != usize::MAX && token[rest..].to_ascii_lowercase().starts_with("lah");
        if rest != usize::MAX && !of_god && b.len() - rest >= 4 && (vowel(rest) || vowel(rest + 1))
        {
            split = Some(rest);
        }
    }
    // "Abd" alone is the element [`PreparedName::new`] reads as "Abd al-".
    let (first, second) = match split {
        Some(at) => (&token[..3], Some(&token[at..])),
        None => (token, None),
    };
    std::iter::once(first).chain(second)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// `name` without a trailing possessive "'s" or "’s".
pub fn strip_possessive(name: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            return stem;
        }
    }
    name.strip_suffix('\'')
        .or_else(|| name.strip_suffix('\u{2019}'))
        .unwrap_or(name)
}

/// How two tokens compare.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenMatch {
    /// One name: the score and the rule.
    Same(f64, &'static str),
    /// A masculine and a feminine form of one name ("Navalny"/"Navalnaya"): different people, unless the
    /// given names show that both forms name one woman (see [`align`]).
    Gendered(f64),
    /// Different names.
    Different(f64),
}

fn is_initial(ascii: &str) -> bool {
    ascii.len() == 1 && ascii.chars().all(|c| c.is_ascii_alphabetic())
}

fn initial_class(c: char) -> char {
    match c {
        'y' | 'j' | 'i' => 'i',
        'c' | 'k' | 'q' => 'k',
        'v' | 'w' => 'v',
        other => other,
    }
}

/// True for a masculine and a feminine form of one name: "lavrov"/"lavrova", "zelenski"/"zelenska",
/// "politkovski"/"politkovskaia", "mario"/"maria", "alexander"/"alexandra", and the Czech feminine of a foreign
/// surname, "merkel"/"merkelova". Keys in, after folding.
fn gendered_pair(a: &str, b: &str) -> bool {
    if a.ends_with('a') == b.ends_with('a') {
        return false;
    }
    let (fem, masc) = if a.ends_with('a') { (a, b) } else { (b, a) };
    if masc.len() >= 3 && fem.strip_suffix("ova") == Some(masc) {
        return true;
    }
    let stem = |s: &'_ str| s.trim_end_matches(['a', 'e', 'i', 'o', 'u']).len();
    let (sa, sb) = (stem(a), stem(b));
    if a[..sa] != b[..sb] || sa < 3 {
        return fem.ends_with("ra")
            && masc.ends_with("er")
            && fem[..fem.len() - 2] == masc[..masc.len() - 2];
    }
    let (ea, eb) = (&a[sa..], &b[sb..]);
    // A bare stem against -a, or -i/-ii against -a/-aia, is a gender pair; -o against -a only in short given
    // names ("Paulo"/"Paula"), because Belarusian and Ukrainian surnames end in either ("Lukashenko"/"-ka").
    ea.is_empty()
        || eb.is_empty()
        || ea.contains('i')
        || eb.contains('i')
        || a.len().max(b.len()) <= 6
}

/// True when one key is the other with a vowel put before its opening: "berg"/"aberg" (Swedish Å is a letter
/// and a word of its own, and Åberg another surname than Berg). Spellings of one name agree on where it
/// opens; Jaro-Winkler, which scores the shifted letters as matches, would not see it. Not i, which is the
/// glide of a y or j that Russian spellings put before e ("Yevgeny"/"Evgeni").
fn prefixes_letter(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1 && long.starts_with(['a', 'e', 'o', 'u']) && long[1..] == *short
}

/// True when one key (five letters or more) is the other with a consonant let in between two vowels:
/// "kirilenko"/"kirienko" (Kirilenko and Kiriyenko, whose y keys write i). The consonant
/// makes a syllable of its own; transliterations let in only a glide, which keys write i or v, or an h.
fn inserts_consonant_between_vowels(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 || short.len() < 5 {
        return false;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let l = long.as_bytes();
    (1..l.len() - 1).any(|k| {
        !vowel(l[k])
            && !matches!(l[k], b'h' | b'v')
            && vowel(l[k - 1])
            && vowel(l[k + 1])
            && long[..k] == short[..k]
            && long[k + 1..] == short[k..]
    })
}

/// True when one key is the other with its first two letters, a vowel and a consonant, swapped: "ahmed"/
/// "hamed" (Arabic Ahmad and Hamid). Like a vowel put before a name ([`prefixes_letter`]), it
/// moves where the name opens, which spellings of one name agree on; a slip of the keyboard inside a name
/// ("Avdiivka"/"Adviivka") leaves the opening alone.
fn swaps_opening_letters(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    x.len() == y.len()
        && x.len() > SHORT_KEY
        && x[0] == y[1]
        && x[1] == y[0]
        && vowel(x[0]) != vowel(x[1])
        && x[2..] == y[2..]
}

/// True when one key is the other with its second and third letters, two consonants, swapped: "ardian"/
/// "adrian". See [`swaps_opening_letters`] for a vowel and a consonant swapped at the opening.
fn swaps_consonants_after_the_first_letter(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    x.len() == y.len()
        && x.len() > SHORT_KEY
        && x[0] == y[0]
        && x[1] == y[2]
        && x[2] == y[1]
        && x[1] != x[2]
        && !vowel(x[1])
        && !vowel(x[2])
        && x[3..] == y[3..]
}

/// True for a Greek masculine surname in -os against its feminine in -ou, the masculine's genitive
/// ("Papadopoulos"/"Papadopoulou"): a woman and a man of one family, unless the given name says one woman.
/// Not -is against -i, which is also the masculine's accusative that copy takes over ("Mitsotaki"). The keys
/// have folded ou to u.
fn greek_gendered_surnames(a: &str, b: &str) -> bool {
    let (masc, fem) = if a.ends_with("os") { (a, b) } else { (b, a) };
    masc.strip_suffix("os")
        .is_some_and(|root| root.len() >= 3 && fem.strip_suffix('u') == Some(root))
}

/// True when one plain ASCII token is the other with -ne added: Hungarian -né makes of a man's name his wife's
/// ("Horváth Istvánné" is Mrs István Horváth, "Szabó Gáborné" Mrs Gábor Szabó), another person; so does French
/// -ne of a man's given name ("Jean"/"Jeanne", "Yvon"/"Yvonne"). Keys collapse the doubled n of "Istvánné".
fn hungarian_wife_of(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= SHORT_KEY && long.strip_suffix("ne") == Some(short)
}

/// True for a Greek man's given name in -os or -is against the woman's in -a on one stem: "georgios"/"georgia",
/// "dimitrios"/"dimitra", "ioanis"/"ioana" (Ioannis, Ioanna). The masculine ending is no spelling that a
/// transliteration drops. Keys in.
fn greek_gendered_given_names(a: &str, b: &str) -> bool {
    let stem = |s: &str| s.trim_end_matches(['a', 'e', 'i', 'o', 'u']).len();
    [(a, b), (b, a)].iter().any(|&(masc, fem)| {
        let root = masc.strip_suffix("os").or_else(|| masc.strip_suffix("is"));
        match (root, fem.strip_suffix('a')) {
            (Some(m), Some(f)) => {
                let (sm, sf) = (stem(m), stem(f));
                sm >= 3 && m[..sm] == f[..sf]
            }
            _ => false,
        }
    })
}

/// True when two given-name keys differ only in a final o against a final a: a man's name and a woman's in the
/// Romance and Slavic languages ("Francisco"/"Francisca"), and in Javanese and Sundanese two names, the
/// Javanese closing in -o what the Sundanese closes in -a ("Sutrisno"/"Sutrisna"). [`gendered_pair`] takes
/// only short keys, because surnames may end in either ("Lukashenko"/"Lukashenka").
fn final_o_against_a(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let n = x.len();
    n > SHORT_KEY
        && one_letter_apart(a, b) == Some(n - 1)
        && matches!((x[n - 1], y[n - 1]), (b'o', b'a') | (b'a', b'o'))
}

/// True when two keys have the same consonants in order, and an h that closes a syllable in one (a consonant
/// after it: "mahmud") opens one in the other (a vowel after it: "mohamed"). Arabic makes names of one root in
/// patterns that differ in where the syllables break (maḥmūd, muḥammad and maḥāmid of ḥ-m-d; aḥmad and
/// aḥamad), and transliterations keep those syllables; the consonant skeleton, which drops h and vowels, does
/// not. Keys write kh and ch as h too.
fn moves_h_across_a_syllable(a: &str, b: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let consonants = |key: &str| -> Vec<(u8, Option<bool>)> {
        let k = key.as_bytes();
        (0..k.len())
            .filter(|&i| !vowel(k[i]))
            .map(|i| (k[i], k.get(i + 1).map(|&c| vowel(c))))
            .collect()
    };
    let (x, y) = (consonants(a), consonants(b));
    x.len() == y.len()
        && x.iter().zip(&y).all(|(c, d)| c.0 == d.0)
        && x.iter()
            .zip(&y)
            .any(|(&(c, p), &(_, q))| c == b'h' && p.is_some() && q.is_some() && p != q)
}

/// True when two keys are forms of one given name in [`GIVEN_NAME_EQUIVALENTS`].
fn equivalent_given_names(a: &str, b: &str) -> bool {
    share_group(given_name_groups(), a, b)
}

/// True when two keys stand in one group of `groups`.
fn share_group(groups: &HashMap<String, Vec<u16>>, a: &str, b: &str) -> bool {
    match (groups.get(a), groups.get(b)) {
        (Some(x), Some(y)) => x.iter().any(|g| y.contains(g)),
        _ => false,
    }
}

/// True when two Slavic surname keys carry different derivational endings ("Kovalenko"/"Kovalchuk"), one has an
/// ending that the other, its bare stem, lacks ("Lebedev"/"Lebed", "Hussein"/"Husseini"), or both have one
/// ending on stems where one is the other plus two or more letters ("Belov"/"Belousov"): a different surname,
/// not a spelling.
fn different_endings(a: &str, b: &str) -> bool {
    match (surname_ending(a), surname_ending(b)) {
        (None, None) => false,
        (Some((x, sa)), Some((y, sb))) if x == y => {
            let (short, long) = if sa <= sb {
                (&a[..sa], &b[..sb])
            } else {
                (&b[..sb], &a[..sa])
            };
            long.len() >= short.len() + 2 && long.starts_with(short)
        }
        (Some(_), Some(_)) => true,
        (Some((_, stem)), None) => b.starts_with(&a[..stem]),
        (None, Some((_, stem))) => a.starts_with(&b[..stem]),
    }
}

/// True when one key is the other with two or more letters let in at one place: "maria"/"mariana",
/// "boiko"/"boihenko", "petro"/"petrenko". Keys have already folded the digraphs that transliterations
/// disagree on and collapsed doubled letters, so two spellings of one name differ by substituted letters and
/// single inserted ones ("alexandr"/"alexander"); a run of letters let in is a suffix or an infix of another
/// name, which Jaro-Winkler's weight on a shared opening would otherwise accept.
fn inserts_letters(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() < short.len() + 2 || short.len() <= SHORT_KEY {
        return false;
    }
    // One woman's surname in two languages: Polish -ska against Russian -skaya, Czech -ova added to a Russian
    // feminine ("Politkowska"/"Politkovskaya", "Sharapova"/"Sharapovova").
    if let Some(stem) = short.strip_suffix('a')
        && long
            .strip_prefix(stem)
            .is_some_and(|ending| ending == "aia" || ending == "ova")
    {
        return false;
    }
    let (s, l) = (short.as_bytes(), long.as_bytes());
    let prefix = s.iter().zip(l).take_while(|(x, y)| x == y).count();
    let suffix = s[prefix..]
        .iter()
        .rev()
        .zip(l.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix == s.len()
}

/// True when one key is the other with one consonant added at the end ("levi"/"levin", "rubi"/"rubin";
/// "hevi"/"hevin", "julia"/"julian"): the added letter makes another family, or another given name. Transliterations disagree on vowels and on
/// letters within a name, and keys have already folded the final letters they add (-y, -ij, the -h of Arabic
/// ta marbuta); a final h stays a spelling (Japanese "Satoh", Arabic "Riyadh"/"Riad"), and so does a final s,
/// which Greek and Baltic surnames drop by case and gender ("Mitsotakis"/"Mitsotaki").
fn adds_final_consonant(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1
        && short.len() > SHORT_KEY
        && long.starts_with(short)
        && !matches!(
            long.as_bytes()[short.len()],
            b'a' | b'e' | b'i' | b'o' | b'u' | b'h' | b's'
        )
}

/// Classes of consonants that transliterations write for one another, as they stand in keys (j and y are
/// already i, w is v, q is k, ts is c): voicing and the labials (b, p, f, v: Greek β, Spanish b/v, Arabic and
/// Tagalog p/f), d and t, the velars (Arabic ق as q, k or g; x for ks and for the Pinyin, Somali and Uyghur
/// letters), the sibilants and affricates (c, the key of ts: "Tsikhanouskaya"/"Cichanouska"; German z), c for t
/// ("Tsuzuki"/"Tuzuki"), Arabic ذ and Vietnamese d as d or z, Japanese and Korean r and l, and Tamil ழ as zh or
/// l. A key's h is the fold of h, kh and ch and stands for any consonant; see [`kindred_consonants`].
const CONSONANT_CLASSES: &[&[u8]] = &[b"bpfv", b"dt", b"gkcx", b"szcx", b"ct", b"dz", b"lr", b"lz"];

/// True when transliterations may write consonant `y` of a key for `x`, the letter after `x` being `next`:
/// the same class of [`CONSONANT_CLASSES`], h against any, m and n before a labial or at the end, where
/// Hepburn, Portuguese and Spanish spellings put one for the other ("Homma"/"Honma", "Joaquim"/"Joaquin"), or
/// the soft g of Romance and English spellings before e or i, which Russian and French write zh ("Angela"/
/// "Anzhela", "Georges"/"Zhorzh").
fn kindred_consonants(x: u8, y: u8, next: Option<u8>) -> bool {
    let nasal = matches!((x, y), (b'm', b'n') | (b'n', b'm'))
        && next.is_none_or(|c| matches!(c, b'b' | b'p' | b'm'));
    let soft_g = matches!((x, y), (b'g', b'z') | (b'z', b'g')) && matches!(next, Some(b'e' | b'i'));
    x == y
        || x == b'h'
        || y == b'h'
        || nasal
        || soft_g
        || CONSONANT_CLASSES
            .iter()
            .any(|class| class.contains(&x) && class.contains(&y))
}

/// True when two keys of one length differ only in letters put for others, no more of them than their edit
/// distance (two letters swapped are a typo: "Avdiivka"/"Adviivka"), and one of these is a consonant put for a consonant that no transliteration writes for it
/// ([`kindred_consonants`]): "biorn"/"biorg" (Bjørn, Bjørg), "arben"/"arber", "abduresit"/"abdurehim",
/// "zaxibekov"/"zaxilikov". Spellings of one name disagree on vowels and on kindred consonants; another
/// consonant is another name, however alike the rest.
fn substitutes_consonant(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.len() != y.len() {
        return false;
    }
    let diffs: Vec<usize> = (0..x.len()).filter(|&k| x[k] != y[k]).collect();
    let consonant =
        |c: u8| c.is_ascii_lowercase() && !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    diffs.len() == strsim::osa_distance(a, b)
        && diffs.iter().any(|&k| {
            let (c, d) = (x[k], y[k]);
            let semivowel = |c: u8, d: u8| matches!((c, d), (b'v', b'u' | b'o') | (b'l', b'u'));
            (consonant(c) && consonant(d) && !kindred_consonants(c, d, x.get(k + 1).copied()))
                || (consonant(c) != consonant(d)
                    && c != b'h'
                    && d != b'h'
                    && !semivowel(c, d)
                    && !semivowel(d, c))
        })
}

/// True when two keys of different lengths have as many consonants, in line one for one, and one of them is
/// a consonant put for another that no transliteration writes for it ([`kindred_consonants`]): "vorobiova"/
/// "voronova" (Vorobyova and Voronova, b against n, the y of one written as a vowel). Like
/// [`substitutes_consonant`], for keys that a vowel let in or dropped has put out of line letter for letter:
/// Jaro-Winkler on keys that share their opening and their ending scores such a pair over its threshold.
fn other_consonant_in_line(a: &str, b: &str) -> bool {
    let consonants = |key: &str| -> Vec<(u8, Option<u8>)> {
        let k = key.as_bytes();
        (0..k.len())
            .filter(|&i| !matches!(k[i], b'a' | b'e' | b'i' | b'o' | b'u'))
            .map(|i| (k[i], k.get(i + 1).copied()))
            .collect()
    };
    let (x, y) = (consonants(a), consonants(b));
    a.len() != b.len()
        && x.len() == y.len()
        && x.iter()
            .zip(&y)
            .any(|(&(c, next), &(d, _))| !kindred_consonants(c, d, next))
}

/// True when two given-name keys differ in one letter only, an e against an a before h or a y (which keys
/// write i): Persian writes the Arabic fatha as e in these syllables ("Mehdi"/"Mahdi", "Seyed"/"Sayyed",
/// "Heydar"/"Haydar", "Zeynab"/"Zaynab"). Given names only: Meyer and Mayer are two German families.
fn persian_e_for_arabic_a(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    one_letter_apart(a, b).is_some_and(|k| {
        matches!((x[k], y[k]), (b'e', b'a') | (b'a', b'e'))
            && matches!(x.get(k + 1), Some(b'h' | b'i'))
            && k + 2 < x.len()
    })
}

/// The place of the one letter in which two keys of one length differ; `None` when they differ in none or
/// in more.
fn one_letter_apart(a: &str, b: &str) -> Option<usize> {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let mut diffs = (0..x.len()).filter(|&k| y.get(k) != Some(&x[k]));
    match (diffs.next(), diffs.next()) {
        (Some(k), None) if x.len() == y.len() => Some(k),
        _ => None,
    }
}

/// True when two surname keys of Arabic names (with al- or el- on both sides) differ in one letter only, an
/// a against an i in a closed syllable (before two consonants), and end in the nisba -i: Egyptian and Levantine
/// Arabic say a where the written language has i in such a syllable ("Masry"/"Misri", from Masr and Misr).
/// An open syllable keeps its vowel, which tells two names apart ("Hamid"/"Hamad").
fn colloquial_a_for_i_in_nisba(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let consonant = |c: Option<&u8>| c.is_some_and(|c| !b"aeiouh".contains(c));
    x.len() > SHORT_KEY
        && a.ends_with('i')
        && b.ends_with('i')
        && one_letter_apart(a, b).is_some_and(|k| {
            matches!((x[k], y[k]), (b'a', b'i') | (b'i', b'a'))
                && consonant(x.get(k + 1))
                && consonant(x.get(k + 2))
        })
}

/// Theophoric openings of Yoruba and Igbo given names, plain ASCII: Oluwa- and Olu- ("God", "Lord": Oluwaseun,
/// Olusegun) and Chukwu- and Chi- ("God", "personal god": Chukwuemeka, Chinedu). The name is commonly used
/// without them (Seun, Segun, Emeka, Nedu).
const THEOPHORIC_PREFIXES: &[&str] = &["oluwa", "olu", "chukwu", "chi"];

/// The rest of a given name (plain ASCII) after a theophoric prefix ([`THEOPHORIC_PREFIXES`]), when it is a
/// name of four letters or more: "seun" for "oluwaseun".
fn without_theophoric_prefix(ascii: &str) -> impl Iterator<Item = &str> {
    THEOPHORIC_PREFIXES
        .iter()
        .filter_map(move |p| ascii.strip_prefix(p))
        .filter(|rest| rest.len() >= 4)
}

/// True when one given name is the other with a theophoric prefix dropped: "Oluwaseun"/"Seun",
/// "Chukwuemeka"/"Emeka". The rest must be the other name letter for letter in its key, or open with it,
/// clipped as Yoruba and Igbo short forms are ("Olufunmilayo"/"Funmi", "Chukwunonso"/"Nonso"), when the
/// short form keeps four letters or more.
fn theophoric_short_form(a: &str, b: &str) -> bool {
    [(a, b), (b, a)].iter().any(|&(long, short)| {
        let short = name_key(short);
        without_theophoric_prefix(long).any(|rest| {
            let rest = name_key(rest);
            rest == short || (short.len() >= 4 && rest.starts_with(&short))
        })
    })
}

/// True when two surname keys of one length and of the same consonants end in an i against an o, a u or an a:
/// "adeiemi"/"adeiemo", "rossi"/"rosso", "benani"/"benuna". No transliteration writes one for the other at
/// the end of a name; the vowel is the name's own (Yoruba Adeyemi and Adeyemo, Italian Rossi and Rosso, and
/// the Arabic nisba -i against the -a of the ta marbuta or a case ending: Moroccan Bennani and Bennouna). Not
/// an e, which Arabic and Persian endings are written with for either.
fn changes_final_i(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let n = x.len();
    // The last two letters swapped are a slip of the keyboard ("Kahananui"/"Kahananiu").
    let swapped = n >= 2 && n == y.len() && x[n - 2] == y[n - 1] && x[n - 1] == y[n - 2];
    n == y.len()
        && n > SHORT_KEY + 1
        && !swapped
        && skeleton(&a[..n - 1]) == skeleton(&b[..n - 1])
        && matches!(
            (x[n - 1], y[n - 1]),
            (b'i', b'o' | b'u' | b'a') | (b'o' | b'u' | b'a', b'i')
        )
}

/// True when one surname key is the other, which ends in a consonant, with an i added: the Slavic adjectival
/// -ski/-cki/-y and the Arabic and Persian nisba -i make another surname of a stem ("Nowak"/"Nowacki", whose
/// key drops the c; "Ahmad"/"Ahmadi").
fn adds_final_i(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1
        && short.len() > SHORT_KEY
        && long.starts_with(short)
        && long.ends_with('i')
        && !short.ends_with(['a', 'e', 'i', 'o', 'u'])
}

/// True when one key is the other with a consonant let in and a vowel changed: "olufunmi"/"olufemi". Spellings
/// of one name disagree on a vowel, or let in a letter that a digraph or a doubled letter leaves (keys have
/// folded both), but a new consonant beside a new vowel is another syllable, another name. h, which keys
/// write for several letters, is no new consonant.
fn inserts_syllable(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 || short.len() <= SHORT_KEY + 1 {
        return false;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let l = long.as_bytes();
    (1..l.len() - 1).any(|k| {
        let c = l[k];
        if vowel(c) || c == b'h' || l[k - 1] == c {
            return false;
        }
        let rest: Vec<u8> = l[..k].iter().chain(&l[k + 1..]).copied().collect();
        let diffs: Vec<usize> = (0..rest.len())
            .filter(|&i| rest[i] != short.as_bytes()[i])
            .collect();
        diffs.len() == 1
            && diffs[0].abs_diff(k) <= 1
            && vowel(rest[diffs[0]])
            && vowel(short.as_bytes()[diffs[0]])
    })
}

/// True when two keys differ in one letter only, an i against an a: "noviki"/"novaki", "hamid"/"hamad". No
/// transliteration writes one for the other (Arabic's three vowels come out as a or e, i or e, u or o; Slavic
/// ones as a or o, e or ia), so the letter is the name's own.
fn swaps_i_and_a(a: &str, b: &str) -> bool {
    let mut diffs = a.bytes().zip(b.bytes()).filter(|(x, y)| x != y);
    a.len() == b.len()
        && matches!(diffs.next(), Some((b'i', b'a') | (b'a', b'i')))
        && diffs.next().is_none()
}

/// True when a short key (six letters or fewer) is the other with one vowel let in beside a vowel, making a
/// diphthong, a syllable of its own: "saito"/"sato", "maia"/"mia". The e that German and Scandinavian
/// spellings write after a, o and u for the umlaut ("Soeren"/"Søren"), and the y of a Russian е opening a
/// word ("Yerlan"/"Erlan"), are spellings.
fn inserts_diphthong(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 || long.len() > 6 {
        return false;
    }
    let vowel = |c: Option<&u8>| c.is_some_and(|c| b"aeiou".contains(c));
    let l = long.as_bytes();
    (0..l.len()).any(|k| {
        let umlaut = l[k] == b'e' && k > 0 && matches!(l[k - 1], b'a' | b'o' | b'u');
        // Russian е opening a word is ye, which Kazakh, Russian-based and English spellings write or leave
        // out ("Yerlan"/"Erlan", "Yegor"/"Egor"); keys write the y as i.
        let iotated = k == 0 && l[0] == b'i' && l.get(1) == Some(&b'e');
        vowel(l.get(k))
            && !umlaut
            && !iotated
            && (vowel(k.checked_sub(1).and_then(|p| l.get(p))) || vowel(l.get(k + 1)))
            && long[..k] == short[..k]
            && long[k + 1..] == short[k..]
    })
}

/// True when one plain ASCII token is the other with the e after a closing vowel and y dropped: Ethiopic
/// names end in the syllable yé (ዬ), which Amharic spellings write -ye and Tigrinya ones, and many English
/// ones, -y ("Tsegaye"/"Tsegay", "Tesfaye"/"Tesfay"), as English writes "Faye" and "Fay".
fn drops_final_e_after_y(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_suffix('e') == Some(short)
        && short.len() > SHORT_KEY
        && short
            .strip_suffix('y')
            .is_some_and(|rest| rest.ends_with(['a', 'e', 'i', 'o', 'u']))
}

/// Compares token `i` of `a` with token `j` of `b`; `surname` when both are surnames, whose derivational
/// endings must then agree.
/// True when one plain ASCII token is the other with -s added, as Latvian adds the masculine nominative ending
/// to the names it takes from Russian ("Aleksandrs Petrovs" is Aleksandr Petrov, "Sergejs"/"Sergej"). The bare
/// form ends in a consonant (Greek "Papadakis"/"Papadaki" is a man and a woman); a surname only after a Slavic
/// possessive or adjectival ending, because English surnames with and without s are two families
/// ("Roberts"/"Robert").
fn latvian_nominative_s(a: &str, b: &str, surname: bool) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_suffix('s') == Some(short)
        && short.len() >= 4
        && short
            .bytes()
            .last()
            .is_some_and(|c| !b"aeiouys".contains(&c))
        && (!surname
            || ["ov", "ev", "in", "yn", "ij", "ej"]
                .iter()
                .any(|e| short.ends_with(e)))
}

/// True when two tokens both written with marks differ only in marked vowels, each a different letter:
/// "Müller"/"Möller", "Gül"/"Göl". A writer who has the marks writes the vowel the name has, so another marked
/// vowel is another name; a mark against no mark ("Müller"/"Muller") is a spelling, and so is Romanian â
/// against î, one vowel that the spelling before 1993 wrote î ("Câmpeanu"/"Cîmpeanu").
fn other_marked_vowel(a: &Option<String>, b: &Option<String>) -> bool {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let letters = |w: &str| {
        let mut out: Vec<(char, bool)> = Vec::new();
        for c in w.replace('â', "î").replace('Â', "Î").nfd() {
            if is_combining_mark(c) {
                if let Some(last) = out.last_mut() {
                    last.1 = true;
                }
            } else {
                out.extend(c.to_lowercase().map(|l| (l, false)));
            }
        }
        out
    };
    let (x, y) = (letters(a), letters(b));
    let vowel = |c: char| "aeiouy".contains(c);
    let differing: Vec<_> = x.iter().zip(&y).filter(|(p, q)| p.0 != q.0).collect();
    x.len() == y.len()
        && !differing.is_empty()
        && differing
            .iter()
            .all(|(p, q)| p.1 && q.1 && vowel(p.0) && vowel(q.0))
}

/// True when one given-name key is a woman's in -a whose stem has another vowel in its last syllable than
/// the man's name: "milan"/"milena", as Slavic feminines let in or change the vowel before the ending. A
/// bare stem against -a is [`gendered_pair`]'s.
fn feminine_a_after_another_vowel(a: &str, b: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    [(a, b), (b, a)].iter().any(|&(masc, fem)| {
        let Some(stem) = fem.strip_suffix('a') else {
            return false;
        };
        let (m, f) = (masc.as_bytes(), stem.as_bytes());
        let last_vowel = m.iter().rposition(|&c| vowel(c));
        m.len() == f.len()
            && m.len() >= 4
            && !vowel(m[m.len() - 1])
            && one_letter_apart(masc, stem).is_some_and(|k| Some(k) == last_vowel && vowel(f[k]))
    })
}

/// True when two Polish surnames (plain ASCII) differ in the vowel before -wski: "Wiśniewski"/"Wiśniowski",
/// "Jankowska"/"Jankewska". The -ewski and -owski suffixes make names of two places (Wiśniew and Wiśniów), two
/// families; Polish spelling, which writes w, has no transliteration that changes the vowel.
fn polish_ewski_against_owski(a: &str, b: &str) -> bool {
    let split = |s: &str| -> Option<(String, u8, String)> {
        let k = s.rfind("wsk")?;
        (k >= 4).then(|| {
            (
                s[..k - 1].to_string(),
                s.as_bytes()[k - 1],
                s[k..].to_string(),
            )
        })
    };
    match (split(a), split(b)) {
        (Some((pa, va, ra)), Some((pb, vb, rb))) => {
            pa == pb && ra == rb && matches!((va, vb), (b'e', b'o') | (b'o', b'e'))
        }
        _ => false,
    }
}

fn compare_tokens(
    a: &PreparedName,
    i: usize,
    b: &PreparedName,
    j: usize,
    surname: bool,
) -> TokenMatch {
    compare_tokens_at(a, i, b, j, TOKEN_THRESHOLD, surname)
}

/// [`compare_tokens`] with a chosen Jaro-Winkler threshold.
fn compare_tokens_at(
    a: &PreparedName,
    i: usize,
    b: &PreparedName,
    j: usize,
    threshold: f64,
    surname: bool,
) -> TokenMatch {
    let (ka, kb) = (&a.keys[i], &b.keys[j]);
    let (pa, pb) = (&a.ascii[i], &b.ascii[j]);
    if Gazetteer::get().is_nickname_pair(pa, pb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "nickname");
    }
    if !surname && nickname_of_romance_form(pa, pb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "nickname of the Romance form");
    }
    if hungarian_wife_of(pa, pb) {
        return TokenMatch::Different(jaro_winkler(ka, kb));
    }
    if !surname && theophoric_short_form(pa, pb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "theophoric prefix dropped");
    }
    if (ka == ABD) != (kb == ABD) {
        // "Abd al-" is half of a name whose other half tells it apart ("Abdulaziz" is Abd al-Aziz): it is
        // never a spelling of a whole name, however its letters open that name ("Abdullah").
        return TokenMatch::Different(jaro_winkler(ka, kb));
    }
    if a.abjad[i].is_some() != b.abjad[j].is_some() {
        // Arabic or Hebrew script against Latin: only the consonants can be compared.
        let latin = |n: &PreparedName, t: usize| {
            n.abjad[t]
                .clone()
                .unwrap_or_else(|| abjad_consonants(&n.keys[t]))
        };
        let (ca, cb) = (latin(a, i), latin(b, j));
        return if ca == cb && !ca.is_empty() {
            TokenMatch::Same(TOKEN_THRESHOLD, "consonants of a script without vowels")
        } else {
            TokenMatch::Different(jaro_winkler(&ca, &cb))
        };
    }
    // A Somali reading drops the letter for ʿayn, so it must meet the other key exactly, or up to the vowels and
    // sibilants that English spellings of Arabic names vary ("Xuseen" is "Husen", and "Hussein").
    // Somali also writes the vowels as Somali says them, not as the Arabic spellings English copies
    // ("Maxamed" is "Mahamed", English "Mohamed"): a reading may stand one vowel apart from the other key.
    let one_vowel_apart = |r: &str, other: &str| {
        let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
        let apart: Vec<(u8, u8)> = r
            .bytes()
            .zip(other.bytes())
            .filter(|(x, y)| x != y)
            .collect();
        r.len() == other.len() && apart.len() == 1 && vowel(apart[0].0) && vowel(apart[0].1)
    };
    let somali = |reading: &Option<String>, other: &str| {
        reading.as_deref().is_some_and(|r| {
            r == other
                || (r.len().min(other.len()) > SHORT_KEY
                    && (loose_eq_keeping_velars(r, other) || one_vowel_apart(r, other)))
        })
    };
    if somali(&a.somali[i], kb) || somali(&b.somali[j], ka) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "Somali orthography");
    }
    if a.hepburn[i].as_ref() == Some(kb) || b.hepburn[j].as_ref() == Some(ka) {
        return TokenMatch::Same(1.0, "Japanese romanisation read as Hepburn");
    }
    if latvian_nominative_s(pa, pb, surname) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "Latvian nominative -s");
    }
    if other_marked_vowel(&a.written[i], &b.written[j]) {
        return TokenMatch::Different(jaro_winkler(ka, kb));
    }
    if pa.len().min(pb.len()) <= SHORT_KEY && !is_initial(pa) && !is_initial(pb) {
        // Doubled letters collapse in keys, which must not make "II" equal "III".
        let numerals = |p: &str| {
            p.chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'))
        };
        let read = a.readings[i].iter().any(|r| r == kb) || b.readings[j].iter().any(|r| r == ka);
        return if (ka == kb && (pa == pb || !(numerals(pa) && numerals(pb)))) || read {
            TokenMatch::Same(1.0, "equal short keys")
        } else if equivalent_given_names(ka, kb) {
            TokenMatch::Same(TOKEN_THRESHOLD, "given-name equivalents")
        } else {
            TokenMatch::Different(jaro_winkler(ka, kb))
        };
    }
    if ka == kb {
        return TokenMatch::Same(1.0, "equal keys");
    }
    if is_initial(pa) || is_initial(pb) {
        let (ia, ib) = (pa.chars().next(), pb.chars().next());
        return match (ia, ib) {
            (Some(x), Some(y)) if initial_class(x) == initial_class(y) => {
                TokenMatch::Same(0.9, "initial")
            }
            _ => TokenMatch::Different(0.0),
        };
    }
    // The best reading of each side against the other's: main keys, and other orthographies' readings. A
    // reading is a guess at the language, so it counts only when it brings the spellings nearly together.
    let on_keys = jaro_winkler(ka, kb);
    let mut score = on_keys;
    // Nor may a reading bring a surname near the other as its stem with an ending added, which is another
    // surname on keys and readings alike ("Husayn" read "Husein" against "Husseini").
    let another_surname =
        |x: &str, y: &str| surname && (adds_final_i(x, y) || different_endings(x, y));
    // Nor a man's name near a woman's: "Pyotr" read "Petr" is no "Petra".
    let mut reading = |x: &str, y: &str| {
        let s = jaro_winkler(x, y);
        if s >= READING_THRESHOLD
            && !another_surname(x, y)
            && !gendered_pair(x, y)
            && !closes_on_vowel_against_consonant(x, y)
        {
            score = score.max(s);
        }
    };
    for x in &a.readings[i] {
        reading(x, kb);
        for y in &b.readings[j] {
            reading(x, y);
        }
    }
    for y in &b.readings[j] {
        reading(ka, y);
    }
    if pa.chars().any(|c| c.is_ascii_digit()) || pb.chars().any(|c| c.is_ascii_digit()) {
        return TokenMatch::Different(score);
    }
    if score >= 1.0 {
        // A reading equals the other key: "Đình" read with its diacritics stripped is "Dinh".
        return TokenMatch::Same(1.0, "equal keys under another orthography");
    }
    if ka.len().min(kb.len()) <= SHORT_KEY {
        // A short form may still be another language's form of the name ("Hanna" is the Ukrainian "Anna").
        return if equivalent_given_names(ka, kb) {
            TokenMatch::Same(TOKEN_THRESHOLD, "given-name equivalents")
        } else {
            TokenMatch::Different(score)
        };
    }
    if gendered_pair(ka, kb)
        || (surname && greek_gendered_surnames(ka, kb))
        || (!surname
            && (greek_gendered_given_names(ka, kb)
                || final_o_against_a(ka, kb)
                || feminine_a_after_another_vowel(ka, kb)))
    {
        return TokenMatch::Gendered(score);
    }
    // A name the equivalence table holds in both forms is one name, whatever letters the forms differ by: the
    // tests below tell unknown names apart by a syllable let in ("Ioannis"/"Yannis" drops the Greek o).
    if !surname && equivalent_given_names(ka, kb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "given-name equivalents");
    }
    if surname && share_group(surname_groups(), ka, kb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "surname equivalents");
    }
    // "Ardian"/"Adrian": two consonants swapped where a given name opens move a syllable's boundary, which
    // makes another name (Albanian Ardian); a slip inside a name leaves its opening alone.
    if !surname && swaps_consonants_after_the_first_letter(ka, kb) {
        return TokenMatch::Different(score);
    }
    if !surname && persian_e_for_arabic_a(ka, kb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "Persian e for Arabic a before h or y");
    }
    if surname && a.arabic && b.arabic && colloquial_a_for_i_in_nisba(ka, kb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "colloquial Arabic a for i in a nisba");
    }
    if !surname && feminine_ko_against_masculine_o(pa, pb) {
        return TokenMatch::Different(score);
    }
    if surname
        && (different_endings(ka, kb)
            || adds_final_i(ka, kb)
            || changes_final_i(ka, kb)
            || polish_ewski_against_owski(pa, pb))
    {
        return TokenMatch::Different(score);
    }
    if inserts_letters(ka, kb)
        || prefixes_letter(ka, kb)
        || swaps_opening_letters(ka, kb)
        || inserts_consonant_between_vowels(ka, kb)
        || swaps_i_and_a(ka, kb)
        || (inserts_diphthong(ka, kb) && !drops_final_e_after_y(pa, pb))
        || adds_final_consonant(ka, kb)
        || inserts_syllable(ka, kb)
    {
        return TokenMatch::Different(score);
    }
    // Jaro-Winkler adds up to 0.1 for each of four shared opening letters, which alone can lift two other
    // words over the threshold ("Kornelia"/"Kornveld", Jaro 0.83): the letters past the opening must agree
    // too, unless a reading brought the spellings together.
    let carried_by_opening = || score == on_keys && strsim::jaro(ka, kb) < JARO_FLOOR;
    // Nor may another consonant stand in one place, unless a reading accounts for it.
    let other_consonant =
        || score == on_keys && (substitutes_consonant(ka, kb) || other_consonant_in_line(ka, kb));
    // Nor may keys three edits apart, which is another name's syllable rather than a letter a transliteration
    // writes otherwise ("Rakhimov"/"Rakhmonov", Rahim against Rahmon), unless a reading brought them together.
    let far = || score == on_keys && strsim::levenshtein(ka, kb) >= 3;
    if score >= threshold && !carried_by_opening() && !other_consonant() && !far() {
        return TokenMatch::Same(score, "jaro-winkler on keys");
    }
    let (sa, sb) = (skeleton(ka), skeleton(kb));
    if sa == sb && sa.len() >= 3 && score >= 0.8 && !moves_h_across_a_syllable(ka, kb) {
        return TokenMatch::Same(score.max(TOKEN_THRESHOLD), "consonant skeleton");
    }
    if a.loose[i] == b.loose[j] && ka.len().min(kb.len()) >= 4 {
        return TokenMatch::Same(TOKEN_THRESHOLD, "loose key");
    }
    // A reading may need the loose key's forgiveness of vowels too: "Hicham" is "Hisham" read as French, and
    // "Hesham" is "Hisham" with the vowel Egyptian Arabic says. Not of velars as well: two guesses at once.
    let loosely = |readings: &[String], other: &str| {
        readings
            .iter()
            .any(|r| r.len() >= 4 && loose_eq_keeping_velars(r, other))
    };
    if ka.len().min(kb.len()) >= 4 && (loosely(&a.readings[i], kb) || loosely(&b.readings[j], ka)) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "loose key under another orthography");
    }
    // Or a reading may meet the other key letter for letter in its consonants and nearly in its vowels, which
    // transliterations of one vowel disagree on beyond the loose key's o/u and e/i: Kurdish c is j, and
    // "Berzincî" read so is "Berzinji", which English copy writes "Barzinji".
    let consonants = |key: &str| -> String {
        key.chars()
            .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
            .collect()
    };
    // Only vowels put for vowels, one for one: a vowel let in is another syllable ("Shaykhun" read "Sheikhun"
    // is no "Sechin"; "Nicole" read as Italian is no "Nikolai").
    let vowels_apart = |readings: &[String], other: &str| {
        let theirs = consonants(other);
        readings.iter().any(|r| {
            theirs.len() >= 3
                && r.len() == other.len()
                && consonants(r) == theirs
                && jaro_winkler(r, other) >= threshold
                && !another_surname(r, other)
        })
    };
    if vowels_apart(&a.readings[i], kb) || vowels_apart(&b.readings[j], ka) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "consonants under another orthography");
    }
    if equivalent_given_names(ka, kb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "given-name equivalents");
    }
    if surname && share_group(surname_groups(), ka, kb) {
        return TokenMatch::Same(TOKEN_THRESHOLD, "surname equivalents");
    }
    TokenMatch::Different(score)
}

/// Keys of a name's first (given-name) token such that two names whose first tokens [`compare`] matches by a
/// rule share at least one: the equal key, the consonant skeletons of the key and its readings, the first and
/// the last three letters (which most Jaro-Winkler matches of names share), the loose key, the consonants that
/// a script without vowels would keep, each given-name equivalence group, and each nickname partner; a name
/// of three or more tokens also gets its second given name's key and groups, under which it may be known
/// alone. An initial gets only `i:` and its letter class; a caller pairs it with names whose
/// [`initial_probe`] is that key. For splitting very large blocks of names that share a surname; keep it in
/// step with [`compare_tokens_at`].
pub fn given_name_keys(name: &PreparedName) -> Vec<String> {
    let (Some(key), Some(ascii)) = (name.keys.first(), name.ascii.first()) else {
        return Vec::new();
    };
    if is_initial(ascii) {
        return vec![initial_probe(name)];
    }
    let groups = given_name_groups();
    let mut keys = vec![format!("k:{key}")];
    keys.extend(token_block_keys(name, 0));
    keys.push(format!("l:{}", name.loose[0]));
    keys.push(format!("a:{}", abjad_consonants(key)));
    keys.extend(
        groups
            .get(key)
            .into_iter()
            .flatten()
            .map(|g| format!("g:{g}")),
    );
    keys.extend(nickname_partners(ascii).map(|n| format!("n:{n}")));
    keys.push(format!("n:{ascii}"));
    keys.extend(without_theophoric_prefix(ascii).flat_map(|rest| {
        let rest = name_key(rest);
        let clipped: String = rest.chars().take(3).collect();
        [format!("k:{rest}"), format!("p:{clipped}")]
    }));
    // A Romance masculine form is paired with the English name's nicknames ("Roberto" with Robert's "Bobby").
    if let Some(english) = ascii.strip_suffix('o') {
        keys.push(format!("n:{english}"));
    }
    if name.keys.len() >= 3 && !name.arabic {
        let second = &name.keys[1];
        keys.push(format!("k:{second}"));
        keys.extend(
            groups
                .get(second)
                .into_iter()
                .flatten()
                .map(|g| format!("g:{g}")),
        );
    }
    keys
}

/// Blocking keys of token `index` of a name: the consonant skeletons of its key and of its readings, and the
/// key's first and last three letters.
pub fn token_block_keys(name: &PreparedName, index: usize) -> Vec<String> {
    let token = name.keys.get(index).map_or("", String::as_str);
    let mut keys = vec![format!("s:{}", skeleton(token))];
    let chars: Vec<char> = token.chars().collect();
    if chars.len() >= 3 {
        keys.push(format!("p:{}", chars[..3].iter().collect::<String>()));
        keys.push(format!(
            "e:{}",
            chars[chars.len() - 3..].iter().collect::<String>()
        ));
    }
    for reading in name.readings.get(index).into_iter().flatten() {
        keys.push(format!("s:{}", skeleton(reading)));
    }
    for exact in [&name.somali, &name.hepburn] {
        if let Some(Some(key)) = exact.get(index) {
            keys.push(format!("s:{}", skeleton(key)));
        }
    }
    keys
}

/// The `i:` key under which a name pairs with initials of its first letter (see [`given_name_keys`]).
pub fn initial_probe(name: &PreparedName) -> String {
    let first = name
        .ascii
        .first()
        .and_then(|a| a.chars().next())
        .unwrap_or(' ');
    format!("i:{}", initial_class(first))
}

/// True when the name's first token is an initial ("S." in "S. Lavrov").
pub fn opens_with_initial(name: &PreparedName) -> bool {
    name.ascii.first().is_some_and(|a| is_initial(a))
}

/// The nickname partners of a plain ASCII given name ("bill" for "william").
fn nickname_partners(ascii: &str) -> impl Iterator<Item = &'static str> {
    static PARTNERS: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let partners = PARTNERS.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (a, b) in Gazetteer::get().nickname_pairs() {
            map.entry(a).or_default().push(b);
        }
        map
    });
    partners.get(ascii).into_iter().flatten().copied()
}

/// True when a token of the name is a fused Arabic "X ad-Din" name ([`ad_din_split`]).
pub fn writes_ad_din_fused(name: &PreparedName) -> bool {
    name.ascii.iter().any(|t| ad_din_split(t).is_some())
}

/// The key of a fused Arabic "X ad-Din" name ("Nasreddine", "Salahuddin": the article's l assimilated to the d
/// of Din) as the keys of its parts joined without the article, "Nasr" and "Din". Takes plain ASCII.
fn ad_din_split(ascii: &str) -> Option<String> {
    [
        "eddine", "uddine", "addine", "iddine", "eddin", "uddin", "addin", "iddin",
    ]
    .iter()
    .find_map(|s| ascii.strip_suffix(s))
    .filter(|stem| stem.len() >= 3)
    .map(|stem| format!("{}{}", name_key(stem), name_key("din")))
}

/// True when two keys of one length end in a vowel against a consonant ("somsai", Somchai read with ch as
/// s, against "somsak"): the last syllable is open in one name and closed in the other, which no reading of
/// one name's letters makes of the other's.
fn closes_on_vowel_against_consonant(a: &str, b: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match (a.as_bytes().last(), b.as_bytes().last()) {
        (Some(&x), Some(&y)) => a.len() == b.len() && vowel(x) != vowel(y),
        _ => false,
    }
}

/// True when one given name is an English nickname of a name the other writes in its Spanish, Italian or
/// Portuguese masculine form, the English name with -o ("Bobby"/"Roberto" by Robert, "Al"/"Alberto"), as
/// Filipino and Latin American copy uses them. Takes plain ASCII.
fn nickname_of_romance_form(a: &str, b: &str) -> bool {
    [(a, b), (b, a)].iter().any(|&(nick, full)| {
        full.strip_suffix('o').is_some_and(|english| {
            english.len() >= 3 && nickname_partners(nick).any(|p| p == english)
        })
    })
}

/// True when joined keys of these lengths (bytes) are long enough and close enough in length for the
/// joined-keys rule of [`compare`] ("Al Sisi" / "Alsisi") to be tried: the same letters split differently, not
/// one name extending the other ("Kim Jong" / "Kim Jong-il"). Callers may skip [`compare`] on pairs of
/// different token counts that fail it.
pub fn joined_keys_may_match(a_len: usize, b_len: usize) -> bool {
    a_len > 6 && a_len.abs_diff(b_len) <= 1
}

/// True when given-name keys are one name exactly: equal, or forms of one name in
/// [`GIVEN_NAME_EQUIVALENTS`]. The test for a second given name standing alone ("Tayyip Erdoğan").
pub fn same_given_name(a: &str, b: &str) -> bool {
    a == b || equivalent_given_names(a, b)
}

/// True when token `i` of `a` and token `j` of `b` may be spellings of one name as [`compare`] judges tokens:
/// surnames (`surname`) also when they are a masculine and a feminine form, which one woman's given name
/// can reconcile.
pub fn tokens_match(a: &PreparedName, i: usize, b: &PreparedName, j: usize, surname: bool) -> bool {
    match compare_tokens(a, i, b, j, surname) {
        TokenMatch::Same(..) => true,
        TokenMatch::Gendered(_) => surname,
        TokenMatch::Different(_) => false,
    }
}

/// True when two tokens, both written with diacritics, have the same letters and at some letter different
/// diacritics on both sides: "Hùng"/"Hưng", two Vietnamese names. Two writers who both kept the diacritics
/// wrote two names; a writer who dropped some ("Kılıçdaroğlu"/"Kiliçdaroğlu") leaves a letter bare, which is
/// no conflict. Marks that fonts and keyboards put for one another count as one: Romanian comma below and
/// cedilla ("ș"/"ş"), Hungarian double acute, diaeresis and tilde ("ő"/"ö"/"õ"), breve and caron ("ğ"/"ǧ"),
/// and the Portuguese circumflex and acute on e and o ("Antônio"/"António").
fn diacritics_conflict(a: &str, b: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    /// Letters, each with its marks in a canonical order, with look-alike marks made one.
    fn clusters(token: &str) -> Vec<(char, Vec<char>)> {
        // Portuguese writes the closed e and o with a circumflex in Brazil and an acute in Portugal
        // ("Antônio"/"António"); Vietnamese, where ô and ó are two vowels, keeps them apart.
        let portuguese_vowels = !writes_vietnamese_tones(token);
        let mut out: Vec<(char, Vec<char>)> = Vec::new();
        for c in token.nfd() {
            if is_combining_mark(c) {
                let on_e_or_o = out.last().is_some_and(|(l, _)| matches!(l, 'e' | 'o'));
                let mark = match c {
                    '\u{0326}' => '\u{0327}',
                    '\u{030B}' | '\u{0303}' => '\u{0308}',
                    '\u{030C}' => '\u{0306}',
                    '\u{0302}' if portuguese_vowels && on_e_or_o => '\u{0301}',
                    other => other,
                };
                if let Some((_, marks)) = out.last_mut() {
                    marks.push(mark);
                    marks.sort_unstable();
                }
            } else {
                out.extend(c.to_lowercase().map(|l| (l, Vec::new())));
            }
        }
        out
    }
    let (ca, cb) = (clusters(a), clusters(b));
    ca.len() == cb.len()
        && ca.iter().zip(&cb).all(|(x, y)| x.0 == y.0)
        && ca
            .iter()
            .zip(&cb)
            .any(|(x, y)| !x.1.is_empty() && !y.1.is_empty() && x.1 != y.1)
}

/// True when a token carries a Vietnamese tone mark on a vowel (the letters of Unicode's Latin Extended
/// Additional block from ạ to ỹ) or the horned ơ and ư, precomposed or not.
fn writes_vietnamese_tones(token: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    token
        .nfc()
        .any(|c| matches!(c, '\u{1EA0}'..='\u{1EF9}' | 'ơ' | 'Ơ' | 'ư' | 'Ư'))
}

/// Decides whether `a` and `b` name one entity.
pub fn same_name(a: &str, b: &str) -> Verdict {
    let g = Gazetteer::get();
    compare(&PreparedName::new(a, g), &PreparedName::new(b, g))
}

/// [`same_name`] on prepared names, for callers that compare one name many times.
pub fn compare(a: &PreparedName, b: &PreparedName) -> Verdict {
    if !a.places.is_empty() && !b.places.is_empty() {
        // Each name's likeliest place must be a reading of the other name: "Lyons" may be a town in Illinois,
        // but its likeliest place is Lyon; "Mecca" and "Medina" share only a small namesake.
        let (best_a, best_b) = (a.places[0], b.places[0]);
        let one = best_a == best_b || (b.places.contains(&best_a) && a.places.contains(&best_b));
        return match one.then_some(best_a) {
            Some(id) => Verdict {
                same: true,
                score: 1.0,
                reason: format!("gazetteer: one place (geonames {id})"),
            },
            None => Verdict {
                same: false,
                score: 0.0,
                reason: format!(
                    "gazetteer: different places (geonames {} and {})",
                    a.places[0], b.places[0]
                ),
            },
        };
    }
    if a.keys.is_empty() || b.keys.is_empty() {
        return Verdict {
            same: false,
            score: 0.0,
            reason: "no name tokens".into(),
        };
    }
    // Only tokens of the same plain letters can differ by their diacritics alone. In two names that both
    // write Vietnamese tones, a syllable without marks is one of its own ("Lan"/"Lân").
    let vietnamese = a.vietnamese && b.vietnamese;
    let conflict = a.written.iter().zip(&a.ascii).find_map(|(x, xa)| {
        b.written
            .iter()
            .zip(&b.ascii)
            .filter(|(_, ya)| *ya == xa)
            .find_map(|(y, _)| match (x, y) {
                (Some(x), Some(y)) => diacritics_conflict(x, y).then_some((x.as_str(), y.as_str())),
                (Some(x), None) if vietnamese => Some((x.as_str(), xa.as_str())),
                (None, Some(y)) if vietnamese => Some((xa.as_str(), y.as_str())),
                _ => None,
            })
    });
    if let Some((x, y)) = conflict {
        return Verdict {
            same: false,
            score: 0.0,
            reason: format!("same letters, different diacritics: {x} / {y}"),
        };
    }
    if !a.has_initial_but_a_closing_vowel() && !b.has_initial_but_a_closing_vowel() {
        let partial =
            east_asian::compare_partial(a, b).or_else(|| east_asian::compare_partial(b, a));
        if let Some(verdict) = partial.or_else(|| east_asian::compare(a, b)) {
            return verdict;
        }
    }
    let forward = align(a, b);
    if forward.same {
        return forward;
    }
    // A particle before the last token ("Yitzhak Ben-David", "bin", "van") makes it the surname or the
    // father's name, so the name is in given-name-first order and the turned-round name is another person
    // ("David Ben-Yitzhak" is the son of a David, or his father).
    let particle_last = a.joined_surname.is_some() || b.joined_surname.is_some();
    if a.keys.len() == 2 && b.keys.len() == 2 && !particle_last && surname_first_culture(a, b) {
        // Surname-first order: "Lavrov Sergey", "Orbán Viktor".
        let swapped = align(a, &b.reversed());
        if swapped.same {
            return Verdict {
                reason: format!("{} (order swapped)", swapped.reason),
                ..swapped
            };
        }
    }
    // A Mongolian patronymic, in the genitive before the given name on one side and in the nominative after it
    // on the other ("Batbayaryn Enkhtuya"/"Enkhtuya Batbayar").
    for (x, y, flip) in [(a, b, false), (b, a, true)] {
        for turned in mongolian_patronymic_last(x) {
            let v = align_flipped(&turned, y, flip);
            if v.same {
                return Verdict {
                    reason: format!("{}; Mongolian patronymic put last", v.reason),
                    ..v
                };
            }
        }
    }
    // South Indian names open with the father's name as an initial ("R. Senthil Kumar", Senthil Kumar, child
    // of Ramasamy), which copy in Western order writes in full last, like a surname ("Senthil Kumar
    // Ramasamy").
    for (x, y) in [(a, b), (b, a)] {
        if fathers_initial_put_last(x, y) {
            return Verdict {
                same: true,
                score: TOKEN_THRESHOLD,
                reason: format!(
                    "father's initial {} first, the father's name {} last",
                    x.ascii[0],
                    y.ascii[y.ascii.len() - 1]
                ),
            };
        }
    }
    // A dynasty name after "Al" on one side only ("Mohammed bin Salman Al Saud").
    for (x, y, flip) in [(a, b, false), (b, a, true)] {
        if x.house && !y.house {
            let shorter = x.without(x.keys.len() - 1);
            let v = align_flipped(&shorter, y, flip);
            if v.same {
                return Verdict {
                    reason: format!("{}; dynasty name on one side only", v.reason),
                    ..v
                };
            }
        }
    }
    // A Hispanic name ends in two surnames, the father's and then the mother's, and copy often keeps only the
    // first ("Gabriel García Márquez" is "Gabriel García"). A hyphenated double or married surname is cut the
    // same way ("Ioana Popescu-Dinu" is "Ioana Popescu"); its last part alone is matched as a middle name is.
    for (long, short, flip) in [(a, b, false), (b, a, true)] {
        if long.keys.len() == short.keys.len() + 1 && may_drop_a_second_surname(long) {
            let cut = long.without(long.keys.len() - 1);
            let v = align_flipped(&cut, short, flip);
            if v.same {
                return Verdict {
                    reason: format!("{}; second surname on one side only", v.reason),
                    ..v
                };
            }
        }
    }
    if a.keys.len() != b.keys.len() && !a.has_initial() && !b.has_initial() {
        // Tokenisation differs ("Al Sisi" / "Alsisi"): compare the joined keys.
        // The same letters split differently, not one name extending the other ("Kim Jong" / "Kim Jong-il").
        let (ja, jb) = (a.keys.concat(), b.keys.concat());
        let score = jaro_winkler(&ja, &jb);
        // Or the joined keys have one loose key: a compound given name fused on one side and hyphenated on the
        // other, with a letter the loose key forgives ("Gholamhossein"/"Qolam-Hossein", Persian gh and q for
        // one letter), or with the vowel its parts share at the junction written once when fused, as Swahili
        // does ("Mwanaisha"/"Mwana Aisha"); the loose key collapses a doubled letter.
        let loosely = loose_key(&ja) == loose_key(&jb);
        if joined_keys_may_match(ja.len(), jb.len()) && score >= 0.95 {
            return Verdict {
                same: true,
                score,
                reason: format!("joined keys {ja} ~ {jb} ({score:.3})"),
            };
        }
        // An Arabic "X ad-Din" given name fused, with the article's vowel and its l assimilated to the d
        // ("Nasreddine", "Salahuddin"), against the spaced spelling, which drops the article ("Nasr al-Din").
        let ad_din = |n: &PreparedName| -> String {
            n.keys
                .iter()
                .zip(&n.ascii)
                .map(|(k, plain)| ad_din_split(plain).unwrap_or_else(|| k.clone()))
                .collect()
        };
        if ad_din(a) == ad_din(b) {
            return Verdict {
                same: true,
                score: TOKEN_THRESHOLD,
                reason: format!("joined keys {ja} ~ {jb} with ad-Din fused on one side"),
            };
        }
        if joined_keys_may_match(ja.len(), jb.len()) && loosely {
            return Verdict {
                same: true,
                score: TOKEN_THRESHOLD,
                reason: format!("joined loose keys of {ja} ~ {jb}"),
            };
        }
    }
    forward
}

/// True when `x` is an initial and then the given names that open `y`, and `y` closes on a name of that initial
/// ([`compare`]: "M. Kalaiselvi"/"Kalaiselvi Murugan"). The given names must be equal keys: the initial
/// stands for a whole name, and the rest is all that tells the two apart.
fn fathers_initial_put_last(x: &PreparedName, y: &PreparedName) -> bool {
    let n = x.ascii.len();
    n >= 2
        && y.ascii.len() == n
        && is_initial(&x.ascii[0])
        && !x.ascii[1..].iter().any(|t| is_initial(t))
        && !y.has_initial()
        && x.keys[1..] == y.keys[..n - 1]
        && y.ascii[n - 1].len() >= 3
        && y.ascii[n - 1].chars().next().map(initial_class)
            == x.ascii[0].chars().next().map(initial_class)
}

/// True when two two-token names show why one may write the family name first: exactly one token is a known
/// given name ("Lavrov Sergey"), both names read as Japanese ([`reads_as_japanese`]: "Kishida Fumio"), or a
/// token carries a Hungarian or Czech vowel mark ("Nagy Zoltán", "Novák Katalin"), or a token is a Malagasy
/// family name ([`malagasy_surname`]: "Rakotondrazaka Hery"). Without such a sign the two
/// orders are two people as often as one: Tamil and Ethiopian names are a given name and the father's given
/// name, and "Murugan Selvaraj" is Selvaraj Murugan's father or son.
fn surname_first_culture(a: &PreparedName, b: &PreparedName) -> bool {
    let g = Gazetteer::get();
    let known = a.ascii.iter().filter(|t| g.is_given_name(t)).count();
    known == 1
        || writes_surname_first_marks(a)
        || writes_surname_first_marks(b)
        || a.ascii.iter().chain(&b.ascii).all(|t| {
            // Passport Hepburn writes a long o as oh ("Ohno", "Satoh").
            reads_as_japanese(t) || long_vowel_reading(t).is_some()
        })
        || a.ascii.iter().any(|t| malagasy_surname(t))
}

/// True when a token of `name` carries a Hungarian or Czech vowel mark ("Szabó Gergely", "Novák Katalin"),
/// languages that write the family name first.
fn writes_surname_first_marks(name: &PreparedName) -> bool {
    name.written.iter().flatten().any(|w| {
        w.chars()
            .any(|c| "áéíóöőúüűÁÉÍÓÖŐÚÜŰ".contains(c) || "čřěůšžČŘĚŮŠŽ".contains(c))
    })
}

/// True for a name of two tokens that may be written family name first by itself, whatever it is compared with:
/// the first token a Malagasy family name ("Rakotondrazaka Hery"), the second a known given name and the first
/// not ("Lavrov Sergey"), or a Hungarian or Czech vowel mark ([`writes_surname_first_marks`]: "Szabó
/// Gergely", and "Gergely Szabó", which a Hungarian paper turns round). Such a name is also looked for among the names whose surname is its first token.
pub fn may_open_with_surname(name: &PreparedName) -> bool {
    let g = Gazetteer::get();
    match name.ascii.as_slice() {
        [first, second] => {
            malagasy_surname(first)
                || (g.is_given_name(second) && !g.is_given_name(first))
                || writes_surname_first_marks(name)
        }
        _ => false,
    }
}

/// True for a token that reads as a Malagasy family name, which the Malagasy press writes before the given name
/// ("Rakotondrazaka Hery"): a long word opening with the honorific Ra- or the noble Andria-/Andry-, in Malagasy
/// spelling (no c, q, u, w or x; a final i written y, so the word ends in a, o or y).
fn malagasy_surname(ascii: &str) -> bool {
    ascii.len() >= 9
        && ["ra", "andria", "andry"]
            .iter()
            .any(|p| ascii.starts_with(p))
        && !ascii.contains(['c', 'q', 'u', 'w', 'x'])
        && ascii.ends_with(['a', 'o', 'y'])
}

/// True when a name of three tokens or more ends in two surnames of which copy may keep only the first: a
/// Spanish father's and mother's surname ([`hispanic_double_surname`]), or a hyphenated double surname.
pub fn may_drop_a_second_surname(name: &PreparedName) -> bool {
    name.keys.len() >= 3 && (name.hyphenated_surname || hispanic_double_surname(name))
}

/// True when the last two tokens of a name read as the two surnames of a Spanish name: one of them ends in the
/// patronymic -ez ("Márquez", "López"), or is written with ñ or a Spanish acute accent, and no token carries
/// a mark of Portuguese (ã, õ, ç, â, ê, ô), whose names end in the father's surname instead ("Luiz Inácio Lula
/// da Silva").
fn hispanic_double_surname(name: &PreparedName) -> bool {
    let n = name.ascii.len();
    if n < 3 {
        return false;
    }
    let portuguese = name
        .written
        .iter()
        .flatten()
        .any(|w| w.chars().any(|c| "ãõçâêôÃÕÇÂÊÔ".contains(c)));
    let spanish = (n - 2..n).any(|i| {
        name.ascii[i].len() >= 4 && name.ascii[i].ends_with("ez")
            || name.written[i]
                .as_ref()
                .is_some_and(|w| w.chars().any(|c| "áéíóúñÁÉÍÓÚÑ".contains(c)))
    });
    spanish && !portuguese
}

/// Whether a surname's key with its particles joined on (`joined`) is a spelling of another name's surname
/// key: equal ("Le Pen" against "Lepen"), or equal once vowels and sibilants are folded when both are long
/// enough that the letters left still say much: "Ben Cheikh" against "Benchikh", the particle written apart
/// on one side and fused on the other, with the transliteration's vowels differing as they do between any two
/// spellings of one name.
pub fn joined_surname_matches(joined: &str, key: &str) -> bool {
    joined == key || (joined.len().min(key.len()) >= 6 && loose_key(joined) == loose_key(key))
}

/// The surname comparison: the last tokens, or either side's surname with its particles joined on ("Le Pen"
/// against "Lepen").
fn compare_surnames(a: &PreparedName, b: &PreparedName) -> TokenMatch {
    let (la, lb) = (a.keys.len(), b.keys.len());
    let plain = compare_tokens(a, la - 1, b, lb - 1, true);
    if !matches!(plain, TokenMatch::Same(..)) {
        for (x, y) in [
            (a.joined_surname.as_ref(), Some(&b.keys[lb - 1])),
            (Some(&a.keys[la - 1]), b.joined_surname.as_ref()),
        ] {
            if let (Some(x), Some(y)) = (x, y)
                && joined_surname_matches(x, y)
            {
                return TokenMatch::Same(
                    if x == y { 1.0 } else { 0.95 },
                    "keys with the particle joined",
                );
            }
        }
    }
    // A Dutch surname after the article (de, der, den) is an adjective or a noun, whose inflected -e form is
    // another family's name ("de Jong"/"de Jonge", "de Wit"/"de Witte" keyed "de Wite"), not a spelling.
    let (ka, kb) = (&a.keys[la - 1], &b.keys[lb - 1]);
    let after_article =
        |n: &PreparedName| dutch_particles(n).is_some_and(|p| matches!(p, "de" | "der" | "den"));
    let inflected = |x: &str, y: &str| x.strip_suffix('e') == Some(y);
    if matches!(plain, TokenMatch::Same(..))
        && after_article(a)
        && after_article(b)
        && (inflected(ka, kb) || inflected(kb, ka))
    {
        return TokenMatch::Different(jaro_winkler(ka, kb));
    }
    plain
}

/// The Dutch particles before a name's surname as its joined key holds them ("vanden" for "van den Bosch"),
/// when it has any.
fn dutch_particles(n: &PreparedName) -> Option<&str> {
    const DUTCH: &[&str] = &[
        "de", "der", "den", "van", "vande", "vanden", "vander", "ter", "ten", "te",
    ];
    let particles = n
        .joined_surname
        .as_deref()?
        .strip_suffix(n.keys.last()?.as_str())?;
    DUTCH.contains(&particles).then_some(particles)
}

/// True when one given name is the other clipped of its unstressed last syllable, a vowel and a consonant
/// ("Pieter"/"Piet"), as Dutch short forms are; not of a feminine ending ("Johanna" is no "Johan"). Takes
/// plain ASCII.
fn dutch_clipped(a: &str, b: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    [(a, b), (b, a)].iter().any(|&(long, short)| {
        short.len() >= 3
            && long.strip_prefix(short).is_some_and(|rest| {
                let r = rest.as_bytes();
                r.len() == 2 && vowel(r[0]) && !vowel(r[1])
            })
    })
}

/// True when two names both have Dutch particles before the surname and one's given name is the other's
/// clipped ([`dutch_clipped`]): "Piet van den Bosch" for "Pieter van den Bosch".
pub fn dutch_clipped_given_names(a: &PreparedName, b: &PreparedName) -> bool {
    dutch_particles(a).is_some()
        && dutch_particles(b).is_some()
        && dutch_clipped(&a.ascii[0], &b.ascii[0])
}

/// True unless the pair is a bare surname against it with -a added, which Slavic languages make only of the
/// possessive -ov, -ev and -in ("Lavrov"/"Lavrova", "Putin"/"Putina"): Nowacka is the feminine of Nowacki,
/// never of Nowak, which does not change for a woman. Czech -ova, on any surname and on a Russian feminine
/// too ("Merkelova", "Sharapova"/"Sharapovova"), and the adjectival endings ("Zelenski"/"Zelenska",
/// "Navalnaia"/"Navalna") are feminines as [`gendered_pair`] finds them.
fn feminine_surname_pair(a: &str, b: &str) -> bool {
    let (masc, fem) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let czech = fem.strip_suffix("ova");
    if czech.is_some() && (czech == Some(masc) || czech == masc.strip_suffix('a')) {
        return true;
    }
    if fem.strip_suffix('a') == Some(masc) && !masc.ends_with(['a', 'e', 'i', 'o', 'u']) {
        return ["ov", "ev", "in"].iter().any(|s| masc.ends_with(s));
    }
    true
}

/// True for a given-name key that is a woman's name: it ends in -a, or the lists say so.
fn feminine(key: &str) -> bool {
    key.ends_with('a')
}

/// [`align`] of `x` with `y`, or of `y` with `x` when `flip`: a name changed from one side of [`compare`]
/// kept on its side.
fn align_flipped(x: &PreparedName, y: &PreparedName, flip: bool) -> Verdict {
    if flip { align(y, x) } else { align(x, y) }
}

/// Aligns the tokens of `a` and `b` with surnames last, and decides.
fn align(a: &PreparedName, b: &PreparedName) -> Verdict {
    let (la, lb) = (a.keys.len(), b.keys.len());
    let (surname_score, surname_rule) = match compare_surnames(a, b) {
        TokenMatch::Same(score, rule) => (score, rule),
        // "Yulia Navalnaya" / "Yulia Navalny", "Angela Merkel" / "Angela Merkelová": one woman, the surname's
        // feminine ending kept by one language and dropped by another.
        TokenMatch::Gendered(score)
            if la >= 2
                && lb >= 2
                && a.keys[0] == b.keys[0]
                && feminine(&a.keys[0])
                && feminine_surname_pair(&a.keys[la - 1], &b.keys[lb - 1]) =>
        {
            (score, "feminine ending on one side, one woman's given name")
        }
        TokenMatch::Different(score) | TokenMatch::Gendered(score) => {
            return Verdict {
                same: false,
                score,
                reason: format!(
                    "surnames differ: {} / {} ({score:.3})",
                    a.keys[la - 1],
                    b.keys[lb - 1]
                ),
            };
        }
    };
    // Surname-first names with a short surname ("Li Qiang", "Wang Yi"): the given name is a romanised syllable
    // string that other languages keep as is, so it must be nearly equal ("Li Qiang" is not "Li Keqiang").
    if la == 2 && lb == 2 && a.keys[0] == b.keys[0] && a.keys[0].len() <= SHORT_KEY {
        let given = compare_tokens_at(a, 1, b, 1, 0.95, false);
        if !matches!(given, TokenMatch::Same(..)) {
            let score = match given {
                TokenMatch::Same(s, _) | TokenMatch::Gendered(s) | TokenMatch::Different(s) => s,
            };
            return Verdict {
                same: false,
                score,
                reason: format!(
                    "short surname first, given names differ: {} / {} ({score:.3})",
                    a.keys[1], b.keys[1]
                ),
            };
        }
    }
    let mut reasons = vec![format!(
        "{}~{} {surname_rule}",
        a.keys[la - 1],
        b.keys[lb - 1]
    )];
    let mut score = surname_score;
    if la == 1 || lb == 1 {
        return Verdict {
            same: true,
            score: score * 0.95,
            reason: format!("partial: surname only; {}", reasons.join("; ")),
        };
    }
    // Given names: the first tokens must match; extra middle tokens (patronymics, second names) on one side are
    // allowed, and matching middle tokens on both sides must agree.
    let first = match compare_tokens(a, 0, b, 0, false) {
        // A Dutch name (a Dutch particle before the surname on both sides) known by its clipped given name.
        TokenMatch::Different(_) if dutch_clipped_given_names(a, b) => {
            TokenMatch::Same(TOKEN_THRESHOLD, "Dutch clipped given name")
        }
        other => other,
    };
    match first {
        TokenMatch::Same(s, rule) => {
            score = score.min(s);
            reasons.push(format!("{}~{} {rule}", a.keys[0], b.keys[0]));
        }
        TokenMatch::Different(s) | TokenMatch::Gendered(s) => {
            // A person known by a second given name ("Tayyip Erdoğan" for Recep Tayyip Erdoğan): the longer name
            // without its first token must match. Not for Arabic names, whose middle tokens are a father's.
            let (long, short, flip) = if la > lb { (a, b, false) } else { (b, a, true) };
            if long.keys.len() >= 3
                && long.keys.len() > short.keys.len()
                && !long.arabic
                && !short.arabic
                // The given name that remains must be the same name, not merely a similar one.
                && same_given_name(&long.keys[1], &short.keys[0])
            {
                let rest = long.without(0);
                let v = align_flipped(&rest, short, flip);
                if v.same {
                    return Verdict {
                        reason: format!("{}; first given name on one side only", v.reason),
                        ..v
                    };
                }
            }
            return Verdict {
                same: false,
                score: s,
                reason: format!(
                    "same surname, different given names: {} / {} ({s:.3})",
                    a.keys[0], b.keys[0]
                ),
            };
        }
    }
    let (ma, mb) = (la.saturating_sub(2), lb.saturating_sub(2));
    for k in 0..ma.min(mb) {
        match compare_tokens(a, 1 + k, b, 1 + k, false) {
            TokenMatch::Same(s, rule) => {
                score = score.min(s);
                reasons.push(format!("{}~{} {rule}", a.keys[1 + k], b.keys[1 + k]));
            }
            TokenMatch::Different(s) | TokenMatch::Gendered(s) => {
                return Verdict {
                    same: false,
                    score: s,
                    reason: format!(
                        "middle names differ: {} / {} ({s:.3})",
                        a.keys[1 + k],
                        b.keys[1 + k]
                    ),
                };
            }
        }
    }
    if ma != mb {
        // A syllable said twice is one element of a given name, not a second name that copy may drop: Burmese
        // "Aung Ko Ko" and "Aung Ko", Chinese "Li Fang Fang" and "Li Fang" are two people.
        let (long, short) = if la > lb { (a, b) } else { (b, a) };
        if doubles_a_syllable(long) && !doubles_a_syllable(short) {
            return Verdict {
                same: false,
                score,
                reason: format!(
                    "a doubled syllable on one side only; {}",
                    reasons.join("; ")
                ),
            };
        }
        reasons.push("middle name on one side only".into());
    }
    Verdict {
        same: true,
        score,
        reason: reasons.join("; "),
    }
}

/// True when two neighbouring tokens of the name have one key ("Ko Ko", "Aye Aye"); initials ("V. V. Putin")
/// are letters, not syllables.
fn doubles_a_syllable(name: &PreparedName) -> bool {
    name.keys.windows(2).any(|w| w[0] == w[1] && w[0].len() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn verdict_is_symmetric(a in "[A-Za-zŁłŻżŠšÜüé' -]{0,24}", b in "[A-Za-zŁłŻżŠšÜüé' -]{0,24}") {
            prop_assert_eq!(same_name(&a, &b).same, same_name(&b, &a).same);
        }

        #[test]
        fn a_name_is_the_same_as_itself(a in "[A-Z][a-zł]{3,9}( [A-Z][a-zł]{3,9}){0,2}") {
            prop_assert!(same_name(&a, &a).same);
        }
    }

    fn same(a: &str, b: &str) -> bool {
        same_name(a, b).same
    }

    #[test]
    fn latvian_nominative_s_on_names_taken_from_russian() {
        assert!(same("Aleksandrs Petrovs", "Aleksandr Petrov"));
        assert!(same("Dmitrijs Zaharovs", "Dmitrij Zaharov"));
        // Control: English surnames with and without s are two families, whatever else may match them.
        assert!(!latvian_nominative_s("roberts", "robert", true));
        assert!(latvian_nominative_s("aleksandrs", "aleksandr", false));
        assert!(!same("Georgios Papadakis", "Georgia Papadaki"));
    }

    #[test]
    fn another_marked_vowel_is_another_name() {
        assert!(!same("Hans Müller", "Hans Möller"));
        assert!(same("Hans Müller", "Hans Muller"));
        assert!(same("Mihai Câmpeanu", "Mihai Cîmpeanu"));
    }

    #[test]
    fn polish_ewski_and_owski_are_two_families() {
        assert!(!same("Andrzej Wiśniewski", "Andrzej Wiśniowski"));
        assert!(same("Andrzej Wiśniewski", "Andrzej Wisniewski"));
    }

    #[test]
    fn slavic_feminine_with_another_vowel_before_the_ending() {
        assert!(!same("Milan Petrović", "Milena Petrović"));
        assert!(feminine_a_after_another_vowel("milan", "milena"));
        assert!(!feminine_a_after_another_vowel("milan", "milana"));
    }

    #[test]
    fn a_particle_written_apart_against_fused_with_other_vowels() {
        assert!(same("Karim Ben Cheikh", "Karim Benchikh"));
        assert!(same("Karim Benchikh", "Karim Ben Cheikh"));
        // Control: another surname after the same particle is another family.
        assert!(!same("Karim Ben Cheikh", "Karim Benslimane"));
        // Control: keys too short to say much once folded are not matched loosely.
        assert!(!joined_surname_matches("lepen", "lapin"));
    }

    #[test]
    fn chief_is_a_title() {
        assert!(same("Chief Olufemi Akinola", "Femi Akinola"));
    }

    #[test]
    fn hungarian_order_opens_with_the_surname() {
        let g = Gazetteer::get();
        assert!(may_open_with_surname(&PreparedName::new(
            "Szabó Gergely",
            g
        )));
        assert!(same("Gergely Szabó", "Szabó Gergely"));
    }

    #[test]
    fn lavrov_spellings_are_one_person() {
        assert!(same("Sergey Lavrov", "Sergei Lavrov"));
        assert!(same("Sergey Lavrov", "Siergiej Ławrow"));
        assert!(same("Sergey Lavrov", "Сергей Лавров"));
        assert!(same("Lavrov's", "Sergey Lavrov"));
    }

    #[test]
    fn abd_al_written_as_one_word_is_split_like_the_spaced_spelling() {
        assert!(same("Hisham Abdel-Rahman", "Hesham Abdelrahman"));
        assert!(same("Abdulaziz", "Abdul Aziz"));
        // The article assimilated to the sun letter: "Abd ar-Rahman".
        assert!(same("Hesham Abdelrahman", "Hicham Abderrahmane"));
        assert_eq!(
            split_abd("Abdelrahman").collect::<Vec<_>>(),
            ["Abd", "rahman"]
        );
        assert_eq!(split_abd("Abdullah").collect::<Vec<_>>(), ["Abdullah"]);
        assert_eq!(split_abd("Abdulov").collect::<Vec<_>>(), ["Abdulov"]);
        assert!(!same("Hisham Abdelrahman", "Hisham Abdelaziz"));
    }

    #[test]
    fn a_reading_is_forgiven_like_the_key() {
        assert!(same("Hicham Kandil", "Hesham Qandil"));
    }

    #[test]
    fn same_surname_different_given_name_is_two_people() {
        assert!(!same("Jens Müller", "Sabine Müller"));
        assert!(!same("Sergey Lavrov", "Sergey Naryshkin"));
    }

    #[test]
    fn gazetteer_decides_places() {
        assert!(same("Kiev", "Kyiv"));
        assert!(same("Jeddah", "Jiddah"));
        assert!(!same("Jeddah", "Riyadh"));
    }

    #[test]
    fn a_run_of_inserted_letters_is_another_name() {
        assert!(!same("Maria Ionescu", "Mariana Ionescu"));
        assert!(!same("Yuriy Boyko", "Yuriy Boychenko"));
        assert!(!same("Oleh Petro", "Oleh Petrenko"));
        // One letter let in is a spelling.
        assert!(same("Aleksandr Novak", "Aleksander Novak"));
        assert!(same("Volodymyr Zelensky", "Vladimir Zelensky"));
    }

    #[test]
    fn a_shared_opening_alone_is_not_a_spelling() {
        assert!(!same("Kornelia", "Kornveld"));
        assert!(same("Zelensky", "Zelenskyy"));
    }

    #[test]
    fn a_feminine_surname_needs_a_slavic_feminine_ending() {
        assert!(!same("Agnieszka Nowak", "Agnieszka Nowacka"));
        assert!(same("Yulia Navalnaya", "Yulia Navalny"));
        assert!(same("Maria Lavrova", "Maria Lavrov"));
        assert!(same("Angela Merkel", "Angela Merkelova"));
    }

    #[test]
    fn letters_with_different_diacritics_on_both_sides_are_another_name() {
        assert!(!same("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"));
        assert!(!same("Trần Văn Tám", "Trấn Văn Tám"));
        // Diacritics kept on one side only, or partly, or a look-alike mark: one name.
        assert!(same("Nguyễn Văn Hùng", "Nguyen Van Hung"));
        assert!(same("Kemal Kılıçdaroğlu", "Kemal Kiliçdaroğlu"));
        assert!(same("Ștefan Bănică", "Ştefan Bănică"));
        assert!(same("Gábor Gyöngyösi", "Gábor Győngyösi"));
    }

    #[test]
    fn a_bare_syllable_against_a_marked_one_in_two_toned_vietnamese_names_is_another_name() {
        assert!(!same("Trần Thị Lan", "Trần Thị Lân"));
        assert!(same("Nguyễn Văn Thắng", "Nguyen Van Thang"));
        // Marks that Serbian or Turkish keep are no tones: one writer may drop one.
        assert!(same("Đorđe Stojanović", "Đorđe Stojanovic"));
    }

    #[test]
    fn the_abd_element_is_never_a_whole_name() {
        assert!(!same("Abdullah al-Otaibi", "Abdulaziz al-Otaibi"));
        assert!(same("Abdulrahman bin Saleh", "Abd al-Rahman bin Salih"));
        assert!(same("Abdur Rahman Khan", "Abd al-Rahman Khan"));
    }

    #[test]
    fn a_surname_with_a_consonant_added_at_the_end_is_another_family() {
        assert!(!same("Avraham Levi", "Avraham Levin"));
        assert!(!same("Levi", "Levin"));
        assert!(same("Taro Sato", "Taro Satoh"));
        assert!(same("Kyriakos Mitsotakis", "Kyriakos Mitsotaki"));
    }

    #[test]
    fn one_i_against_an_a_is_another_name() {
        assert!(!same("Marek Nowicki", "Marek Nowacki"));
        assert!(!same("Hamid", "Hamad"));
        assert!(same("Basheer Hamid", "Bashir Hamed"));
    }

    #[test]
    fn a_vowel_let_in_to_make_a_diphthong_is_another_short_name() {
        assert!(!same("Kenji Saitō", "Kenji Satō"));
        assert!(same("Søren Kierkegaard", "Soeren Kierkegaard"));
        assert!(same("Guido Crosetto", "Gvido Krozetto"));
    }

    #[test]
    fn a_reading_gets_the_loose_vowels_but_not_the_loose_velars() {
        assert!(!same("Rajesh Kumar", "Rakesh Kumar"));
        assert!(same("Gamal Abdel Nasser", "Jamal Abd al-Nasir"));
        assert!(same("Hicham Kandil", "Hesham Qandil"));
    }

    #[test]
    fn transliterations_read_by_the_orthography_they_come_from() {
        assert!(same("Aliaksandr Kazlou", "Aleksandr Kozlov"));
        assert!(same("Kōji Ōno", "Kouji Oono"));
    }

    #[test]
    fn feminine_form_is_another_person() {
        assert!(!same("Sergey Lavrov", "Sergey Lavrova"));
        assert!(!same("Maria Zakharova", "Mario Zakharova"));
    }

    #[test]
    fn short_tokens_and_digits_need_equality() {
        assert!(!same("Wang Yi", "Wang Yu"));
        assert!(!same("Charles III", "Charles II"));
        assert!(!same("Unit 731", "Unit 732"));
    }

    #[test]
    fn initials_and_middle_names_are_compatible() {
        assert!(same("S. Lavrov", "Sergey Lavrov"));
        assert!(same("Vladimir Vladimirovich Putin", "Vladimir Putin"));
    }

    #[test]
    fn a_doubled_syllable_is_part_of_the_given_name() {
        assert!(!same("Aung Ko Ko", "Aung Ko"));
        assert!(!same("Li Fang Fang", "Li Fang"));
        assert!(same("Aung Ko Ko", "Aung Ko Ko"));
        // A middle name that does not double its neighbour may still be dropped.
        assert!(same("Aung San Suu Kyi", "Aung San Suu Kyi"));
        assert!(same("Maria Elena Gomez", "Maria Gomez"));
        assert!(same("V. V. Putin", "Vladimir Putin"));
    }

    #[test]
    fn given_name_equivalents_across_languages() {
        assert!(same("Volodymyr Zelensky", "Vladimir Zelensky"));
        // Belarusian forms, with akanye and the ў of the surname read as Russian.
        assert!(same("Ihar Sabaleuski", "Igor Sobolevsky"));
        assert!(same("Aleh Sannikau", "Oleg Sannikov"));
        assert!(same("Aliaksei Kavaliou", "Alexei Kovalev"));
        assert!(!same("Aliaksei Kavaliou", "Alexei Kovalenko"));
    }

    #[test]
    fn nicknames_are_the_same_given_name() {
        assert!(same("Bill Clinton", "William Clinton"));
        assert!(!same("Bill Clinton", "Hillary Clinton"));
    }

    /// Large blocks are split by these keys, so the given names of one person must share one.
    #[test]
    fn given_name_keys_are_shared_by_spellings_nicknames_equivalents_and_initials() {
        let g = Gazetteer::get();
        let shares = |a: &str, b: &str| {
            let (ka, kb) = (
                given_name_keys(&PreparedName::new(a, g)),
                given_name_keys(&PreparedName::new(b, g)),
            );
            ka.iter().any(|k| kb.contains(k))
        };
        for (a, b) in [
            ("Sergey Ivanov", "Sergei Ivanov"),
            ("Sergey Ivanov", "Siergiej Iwanow"),
            ("Volodymyr Ivanov", "Vladimir Ivanov"),
            ("Bill Ivanov", "William Ivanov"),
            ("Mohammed Ivanov", "Muhammad Ivanov"),
            ("Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
            ("Wang Yi", "Wang Yi"),
        ] {
            assert!(
                compare(&PreparedName::new(a, g), &PreparedName::new(b, g)).same,
                "{a} / {b}"
            );
            assert!(shares(a, b), "{a} / {b}");
        }
        assert!(!shares("Sergey Ivanov", "Bresdrail Ivanov"));
        let initial = PreparedName::new("S. Ivanov", g);
        assert!(opens_with_initial(&initial));
        assert_eq!(
            given_name_keys(&initial),
            [initial_probe(&PreparedName::new("Sergey Ivanov", g))]
        );
    }

    #[test]
    fn a_second_given_name_alone_is_the_person_only_from_a_longer_name() {
        assert!(same("Tayyip Erdoğan", "Recep Tayyip Erdoğan"));
        assert!(!same(
            "Jeju Alexander Pushkin",
            "Alexander Alexandrovich Pushkin"
        ));
    }

    #[test]
    fn a_name_cut_short_does_not_join_by_its_joined_letters() {
        assert!(!same("Kim Jong", "Kim Jong-il"));
        assert!(same("Abdel Fattah el-Sisi", "Abdel Fattah Elsisi"));
    }

    #[test]
    fn greek_masculine_and_feminine_surnames_are_two_people_unless_one_womans_given_name() {
        assert!(!same("Georgios Papadopoulos", "Georgia Papadopoulou"));
        assert!(!same("Nikos Karamanlos", "Eleni Karamanlou"));
        assert!(same("Maria Papadopoulou", "Maria Papadopoulos"));
        assert!(same("Georgios Papadopoulos", "Giorgos Papadopoulos"));
    }

    #[test]
    fn a_letter_put_before_a_name_is_another_name() {
        assert!(!same("Anders Berg", "Anders Åberg"));
        assert!(!same("Anders Berg", "Anders Aberg"));
    }

    #[test]
    fn the_swahili_form_of_an_english_given_name_is_that_name() {
        assert!(same_name("Margaret Laizer", "Magreth Laizer").same);
        assert!(same_name("Margreth Mushi", "Margaret Mushi").same);
        // The surname must still agree.
        assert!(!same_name("Margaret Laizer", "Magreth Mollel").same);
    }

    #[test]
    fn burmese_ht_is_the_aspirated_t() {
        assert!(same("Zaw Min Htun", "Zaw Min Tun"));
    }

    #[test]
    fn somali_orthography_against_english_spellings() {
        assert!(same("Cabdiraxmaan Xuseen", "Abdirahman Hussein"));
        assert!(same("Xasan Cabdulle", "Hassan Abdulle"));
        assert!(!same("Xasan Cabdulle", "Xuseen Cabdulle"));
        assert!(same(
            "Cabdullaahi Maxamed Xasan",
            "Abdullahi Mohamed Hassan"
        ));
        // Outside Somali names c is a letter of its own, and the reading drops it only to meet a key exactly.
        let g = Gazetteer::get();
        assert!(
            PreparedName::new("Carmen Cruz", g)
                .somali
                .iter()
                .all(Option::is_none)
        );
        assert!(!same("Xavier Cruz", "Xavier Ruiz"));
    }

    #[test]
    fn kurdish_c_is_j_and_a_reading_may_differ_in_a_vowel() {
        assert!(same("Hêvîn Berzincî", "Hevin Barzinji"));
        // The consonants must be the other key's: Rajesh read as Spanish is "Rakhesh", not Rakesh.
        assert!(!same("Rajesh Kumar", "Rakesh Kumar"));
        // And its vowels stand where the other key's do: a vowel more is another syllable.
        assert!(!same("Igor Sechin", "Igor Shaykhun"));
        assert!(!same("Nicole Karimi", "Nikolai Karimi"));
    }

    #[test]
    fn malay_mohd_and_filipino_ma_are_abbreviated_given_names() {
        assert!(same("Mohd Azrul bin Hashim", "Mohamad Azrul Hashim"));
        assert!(same("Md. Abdul Hamid", "Mohammad Abdul Hamid"));
        assert!(!same("Mohd Azrul bin Hashim", "Mohd Hashim bin Azrul"));
        assert!(same("Ma. Cristina Dela Cruz", "Maria Cristina de la Cruz"));
        assert!(!same("Ma. Cristina Dela Cruz", "Ma. Cristina Dela Paz"));
        // Without its dot Ma is a Chinese family name, and an abbreviation never ends a name.
        assert_eq!(given_name_abbreviation("Ma"), None);
        assert_eq!(given_name_abbreviation("Ma."), Some("Maria"));
        assert_eq!(
            PreparedName::new("Ahmed Md", Gazetteer::get()).keys[1],
            "md"
        );
    }

    #[test]
    fn filipino_and_malay_particles() {
        assert!(same("Jose Delos Santos", "Jose de los Santos"));
        assert!(same("Siti Aminah binti Ahmad", "Siti Aminah Ahmad"));
    }

    #[test]
    fn brazilian_and_european_portuguese_accents_are_one_name() {
        assert!(same("Luiz Antônio Pereira", "Luís António Pereira"));
        assert!(same("Vinícius Simões", "Vinicius Simoes"));
        // Vietnamese keeps ô and ó apart, and Hùng and Hưng.
        assert!(!same("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"));
    }

    #[test]
    fn abdullahi_with_one_l_is_the_same_name() {
        assert!(same("Abdullahi Garba", "Abdulahi Garba"));
        assert!(same("Abdallahi Ould Cheikh", "Abdullahi Ould Cheikh"));
        // The compound of another noun still splits.
        assert!(same("Abdelrahman Saleh", "Abd al-Rahman Saleh"));
    }

    #[test]
    fn a_consonant_no_transliteration_writes_for_another_is_another_name() {
        assert!(!same("Bjørn Ødegård", "Bjørg Ødegård"));
        assert!(!same("Arbën Krasniqi", "Arbër Krasniqi"));
        assert!(!same("Abdureshit Tursun", "Abdurehim Tursun"));
        assert!(!same("Nurlan Zhaksybekov", "Nurlan Zhaksylykov"));
        // Kindred consonants are spellings: voicing, sibilants, Uyghur x for sh, m for n before a labial.
        assert!(same("Ahmet Davutoğlu", "Ahmed Davutoglu"));
        assert!(same("Ramzan Kadyrov", "Ramsan Kadyrow"));
        assert!(same("Abdureshit Tursun", "Abdurexit Tursun"));
        assert!(same("Antonis Samaras", "Andonis Samaras"));
        assert!(same("Kenji Homma", "Kenji Honma"));
        assert!(same("Angela Ciobanu", "Anzhela Chobanu"));
        assert!(same("Avdiivka", "Adviivka"));
    }

    #[test]
    fn basque_tx_against_spanish_ch() {
        assert!(same("Txomin Etxeberria", "Chomin Echeverría"));
    }

    #[test]
    fn vietnamese_thi_and_van_are_a_womans_and_a_mans_middle_name() {
        assert!(!same("Lê Thị Hoa", "Lê Văn Hoa"));
        assert!(!same("Le Thi Hoa", "Le Van Hoa"));
        assert!(same("Nguyễn Văn Thắng", "Nguyen Van Thang"));
        assert!(same("Lê Thị Hoa", "Le Thi Hoa"));
        assert!(same("Vincent van Gogh", "Vincent Gogh"));
    }

    #[test]
    fn eastern_and_western_armenian_spellings_are_one_person() {
        assert!(same("Hakob Karapetyan", "Hagop Garabedian"));
        assert!(same("Anahit Petrosyan", "Anahid Bedrosian"));
        assert!(!same("Armen Sargsyan", "Arsen Sargsyan"));
        assert!(!same("Tigran Petrosyan", "Tigran Bedrosov"));
    }

    #[test]
    fn a_yoruba_or_igbo_given_name_without_its_theophoric_prefix_is_the_same_name() {
        assert!(same("Oluwaseun Bakare", "Seun Bakare"));
        assert!(same("Chukwuemeka Obi", "Emeka Obi"));
        assert!(same("Olusegun Obasanjo", "Segun Obasanjo"));
        assert!(!same("Oluwaseun Bakare", "Tosin Bakare"));
        assert!(!same("Obi Chukwuemeka", "Obi Emeka"));
    }

    #[test]
    fn a_final_i_against_o_or_u_is_another_surname() {
        assert!(!same("Adewale Adeyemi", "Adewale Adeyemo"));
        assert!(!same("Marco Rossi", "Marco Rosso"));
        assert!(same("Aleksandr Lukashenko", "Alyaksandr Lukashenka"));
    }

    #[test]
    fn arabic_maghreb_surname_near() {
        assert!(!same("Youssef Bennani", "Youssef Bennouna"));
        assert!(same("Qasem Soleimani", "Ghasem Soleymani"));
        assert!(same("Ikaika Kahananui", "Ikaika Kahananiu"));
    }

    #[test]
    fn an_adjectival_or_nisba_i_added_to_a_surname_is_another_surname() {
        assert!(!same("Andrzej Nowak", "Andrzej Nowacki"));
        assert!(!same("Reza Ahmad", "Reza Ahmadi"));
        assert!(same("Andrzej Nowacki", "Andrzej Nowacky"));
    }

    #[test]
    fn a_given_name_with_a_consonant_added_at_the_end_is_another_name() {
        assert!(!same("Hêvîn Berzincî", "Hêvî Berzincî"));
        assert!(!same("Julia Nowak", "Julian Nowak"));
        assert!(same("Sergei Lavrov", "Sergeis Lavrov"));
    }

    #[test]
    fn a_consonant_let_in_beside_a_changed_vowel_is_another_syllable() {
        assert!(!same("Olufemi Bakare", "Olufunmi Bakare"));
        assert!(same("Mikhail Gorbachev", "Michail Gorbatschow"));
        assert!(same("Fyodor Dostoevsky", "Fedor Dostoyevsky"));
    }

    #[test]
    fn romanian_married_name_popescu_dinu_popescu() {
        assert!(same("Ioana Popescu-Dinu", "Ioana Popescu"));
        assert!(same("Ngozi Okafor-Eze", "Ngozi Eze"));
        // Control: another given name, or the surnames written as two words with no sign of two surnames.
        assert!(!same("Ioana Popescu-Dinu", "Maria Popescu"));
        assert!(!same("Ioana Popescu Dinu", "Ioana Popescu"));
    }

    #[test]
    fn central_asian_rakhimov_rakhmonov_three_edits_apart() {
        assert!(!same("Shukhrat Rakhimov", "Shukhrat Rakhmonov"));
        // Control: one or two letters apart on the keys is still a spelling.
        assert!(same("Shukhrat Rakhimov", "Shukhrat Rahimov"));
        assert!(same("Nursultan Nazarbayev", "Nursultan Nazarbaev"));
    }

    #[test]
    fn thai_somchai_somsak_an_open_syllable_against_a_closed_one() {
        assert!(!same("Somchai Rattanakorn", "Somsak Rattanakorn"));
        // Control: a reading that keeps the last syllable open still brings spellings together.
        assert!(same("Hicham Benali", "Hisham Benali"));
    }

    #[test]
    fn dutch_clipped_given_name_piet_pieter() {
        assert!(same("Pieter van den Bosch", "Piet van den Bosch"));
        // Control: a feminine ending is no clipping, and a name with no Dutch particle gets no such reading.
        assert!(!same("Johan de Jong", "Johanna de Jong"));
        assert!(!same("Pieter Bosch", "Piet Bosch"));
    }

    #[test]
    fn dutch_article_surname_inflected_de_jong_de_jonge() {
        assert!(!same("Pieter de Jong", "Pieter de Jonge"));
        assert!(!same("Jan de Wit", "Jan de Witte"));
        // Control: without the article an added e is still a spelling the other rules judge, and the same
        // surname after the article is one.
        assert!(same("Pieter de Jong", "Pieter de Jong"));
        assert!(same("Yuri Gagarin", "Iouri Gagarine"));
    }

    #[test]
    fn akan_day_names_kwadwo_kojo() {
        assert!(same("Kwadwo Mensah", "Kojo Mensah"));
        assert!(same("Efua Sutherland", "Afua Sutherland"));
        // Control: the names of two weekdays are two people.
        assert!(!same("Kwadwo Mensah", "Kwame Mensah"));
        assert!(!same("Akosua Frimpong", "Akua Frimpong"));
    }

    #[test]
    fn yoruba_theophoric_name_clipped_funmi() {
        assert!(same("Olufunmilayo Adeyemi", "Funmi Adeyemi"));
        // Control: another name of the same opening is no clipping of it, nor three letters of one.
        assert!(!same("Olufunmilayo Adeyemi", "Funmilola Adeyemi"));
        assert!(!same("Olufunmilayo Adeyemi", "Fun Adeyemi"));
    }

    #[test]
    fn english_nickname_of_a_romance_name_bobby_roberto() {
        assert!(same("Bobby Villanueva", "Roberto Villanueva"));
        // Control: the feminine form, or another name in -o, is not the nickname's.
        assert!(!same("Bobby Villanueva", "Roberta Villanueva"));
        assert!(!same("Bobby Villanueva", "Rodolfo Villanueva"));
    }

    #[test]
    fn arabic_ad_din_fused_nasreddine() {
        assert!(same("Nasreddine Haddad", "Nasr al-Din Haddad"));
        assert!(same("Salahuddin Ayubi", "Salah al-Din Ayubi"));
        // Control: without Din the name is another.
        assert!(!same("Nasreddine Haddad", "Nasr Haddad"));
    }

    #[test]
    fn belarusian_tatsiana_marozava() {
        assert!(same("Tatsiana Marozava", "Tatyana Morozova"));
        // Control: another stem is another family.
        assert!(!same("Tatsiana Marozava", "Tatyana Morozkina"));
    }

    #[test]
    fn a_name_with_a_patronymic_particle_turned_round_is_another_person() {
        assert!(!same("Yitzhak Ben-David", "David Ben-Yitzhak"));
        // Control: without the particle, a known given name tells surname-first order.
        assert!(same("Lavrov Sergey", "Sergey Lavrov"));
    }

    #[test]
    fn malagasy_surname_first_order() {
        assert!(same("Hery Rakotondrazaka", "Rakotondrazaka Hery"));
        assert!(same("Mialy Andrianasolo", "Andrianasolo Mialy"));
        // Control: two given names in the other order, with no Malagasy family name, are two people.
        assert!(!same("Hassan Ali", "Ali Hassan"));
        assert!(!same("Hery Rakotondrazaka", "Rakotondrazaka Voahangy"));
    }

    #[test]
    fn surname_first_order() {
        assert!(same("Lavrov Sergey", "Sergey Lavrov"));
        assert!(same("Nagy Zoltán", "Zoltán Nagy"));
        assert!(same("Kishida Fumio", "Fumio Kishida"));
    }

    #[test]
    fn japanese_kunrei_tu_si() {
        assert!(same("Tsutomu Ishii", "Tutomu Isii"));
        assert!(same("Chieko Ōshima", "Tieko Ôsima"));
        assert!(!same("Tina Turner", "China Turner"));
        // Only the Hepburn key itself: an English name that happens to be Kunrei morae is no near miss.
        assert!(!same("Mittie Karimi", "Micheal Karimi"));
    }

    #[test]
    fn japanese_long_vowels_written_oh_or_doubled() {
        // Passport Hepburn writes a long o "oh"; kana typed letter for letter doubles it.
        assert!(same("Hiroshi Itoh", "Hiroshi Ito"));
        assert!(same("Kenji Ohno", "Kenji Ono"));
        assert!(same("Yousuke Kouno", "Yosuke Kono"));
        // Only names that read as Japanese: an "oh" of another language is no long vowel.
        assert!(!same("Helmut Kohl", "Helmut Kol"));
    }

    #[test]
    fn quechua_aymara_orthography_k_w() {
        assert!(same("Teodoro Quispe Huanca", "Teodoro Kispe Wanka"));
        assert!(same("Rosa Mamani Choque", "Rosa Mamani Chuqi"));
        assert!(!same("Wei Huang", "Wei Wang"));
    }

    #[test]
    fn kazakh_russian_based_ye_ay() {
        assert!(same("Erlan Sarsenbaev", "Yerlan Sarsenbayev"));
        assert!(same("Egor Ivanov", "Yegor Ivanov"));
        assert!(!same("Mia Berg", "Maia Berg"));
    }

    #[test]
    fn amharic_final_e_dropped() {
        assert!(same("Tsegaye Kebede", "Tsegay Kebede"));
        assert!(same("Tesfaye Alemu", "Tesfay Alemu"));
        // Only after y: another vowel let in beside a vowel is another short name.
        assert!(!same("Mia Berg", "Miae Berg"));
    }

    #[test]
    fn persian_gh_q_hyphen() {
        assert!(same("Gholamhossein Karimi", "Qolam-Hossein Karimi"));
        assert!(!same("Gholamhossein Karimi", "Qolam Karimi"));
    }

    #[test]
    fn swahili_compound_given_split() {
        assert!(same("Mwanaisha Hamadi", "Mwana Aisha Hamadi"));
        assert!(!same("Mwanaisha Hamadi", "Mwana Hamadi"));
    }

    #[test]
    fn arabic_scholarly_vs_common() {
        assert!(same("Hussein Obeid", "Husayn Ubayd"));
        assert!(!same("Husseini", "Saddam Husayn"));
        assert!(same("Lajla Osman", "Leila Othman"));
    }

    #[test]
    fn arabic_ahmed_and_hamed_are_two_names() {
        assert!(!same("Ahmed Al-Alawi", "Hamed Al-Alawi"));
        assert!(same("Ahmed Al-Alawi", "Ahmad Al-Alawi"));
    }

    #[test]
    fn catalan_vs_castilian_given_name() {
        assert!(same("Jaume Ferrer Serra", "Jaime Ferrer Serra"));
        assert!(same("Jordi Pujol", "Jorge Pujol"));
        assert!(!same("Jaume Ferrer", "Josep Ferrer"));
    }

    #[test]
    fn bengali_anglicised_surname() {
        assert!(same("Shubhendu Chattopadhyay", "Subhendu Chatterjee"));
        assert!(same("Mamata Bandyopadhyay", "Mamata Banerjee"));
        assert!(!same("Mamata Banerjee", "Mamata Mukherjee"));
    }

    #[test]
    fn a_consonant_let_in_between_two_vowels_is_another_syllable() {
        assert!(!same("Kiriyenko", "Kirilenko"));
        assert!(same("Sergei Kiriyenko", "Sergey Kirienko"));
        assert!(same("Mikhail Ivanov", "Mihail Ivanov"));
    }

    #[test]
    fn japanese_feminine_ko_masculine_o() {
        assert!(!same("Kazuko Hayashi", "Kazuo Hayashi"));
        assert!(!same("Yoshiko Sato", "Yoshio Sato"));
        assert!(same("Kazuo Hayashi", "Kazuo Hayasi"));
    }

    #[test]
    fn amharic_given_and_fathers_name_reversed() {
        // Neither token is Hepburn (no ye, no si): nothing shows a family name written first.
        assert!(!same("Tsegaye Kebede", "Kebede Tsegaye"));
        assert!(!same("Juma Hamisi", "Hamisi Juma"));
    }

    #[test]
    fn russian_yo_written_e_fyodorov_fedorov() {
        assert!(same("Aleksandr Fyodorov", "Alexander Fedorov"));
        assert!(same("Semyon Orlov", "Semen Orlov"));
        assert!(same("Alyona Ivanova", "Alena Ivanova"));
        // A reading of yo as e brings no man's name to a woman's.
        assert!(!same("Pyotr Ivanov", "Petra Ivanov"));
        assert!(!same("Fyodor Ivanov", "Fedora Ivanov"));
    }

    #[test]
    fn ukrainian_hanna_is_russian_anna() {
        // The key of "Anna" is short, which must not hide the given-name equivalents.
        assert!(same("Hanna Tkachenko", "Anna Tkachenko"));
        assert!(!same("Hanna Tkachenko", "Alla Tkachenko"));
    }

    #[test]
    fn arabic_masry_misri_colloquial_vowel_of_a_nisba() {
        assert!(same("Youssef el-Masry", "Yusuf al-Misri"));
        // Not in an open syllable, nor without the article that marks the name Arabic.
        assert!(!same("Ahmed al-Hamid", "Ahmed al-Hamad"));
        assert!(!same("Youssef Masry", "Yusuf Misri"));
    }

    #[test]
    fn persian_seyed_mehdi_sayyed_mahdi() {
        assert!(same("Seyed Mehdi Mousavi", "Sayyed Mahdi Musavi"));
        assert!(same("Heydar Aliyev", "Haydar Aliyev"));
        assert!(!same("Seyed Mehdi Mousavi", "Seyed Hadi Mousavi"));
        assert!(!same("Mehmet Yilmaz", "Mahmut Yilmaz"));
        // Surnames keep their vowel: Meyer and Mayer are two German families.
        assert!(!same("Hans Meyer", "Hans Mayer"));
    }

    #[test]
    fn spanish_double_surname_garcia_marquez_garcia() {
        assert!(same("Luis Fernando García Márquez", "Luis Fernando García"));
        assert!(same("Andrés Manuel López Obrador", "Andrés Manuel López"));
        // Only from a Spanish name: a Portuguese name ends in the father's surname, an English one in its only
        // surname.
        assert!(!same("João Silva Gonçalves", "João Silva"));
        assert!(!same("José Silva Santos", "José Silva"));
        assert!(!same("John Fitzgerald Kennedy", "John Fitzgerald"));
    }

    #[test]
    fn russian_lookalike_vorobyova_voronova() {
        assert!(!same("Nataliya Vorobyova", "Nataliya Voronova"));
        assert!(same("Nataliya Vorobyova", "Natalia Vorobieva"));
        assert!(same("Aleksei Vorobyov", "Alexey Vorobiev"));
        assert!(other_consonant_in_line("vorobiova", "voronova"));
        assert!(!other_consonant_in_line("alexandr", "alexander"));
    }

    #[test]
    fn a_patronymic_name_turned_round_is_the_father_or_the_son() {
        assert!(!same("Murugan Selvaraj", "Selvaraj Murugan"));
        assert!(!same("Tesfaye Gebrehiwot", "Gebrehiwot Tesfaye"));
    }

    #[test]
    fn indonesian_old_spelling() {
        assert!(same("Joesoef Hadiwijaya", "Yusuf Hadiwijaya"));
        assert!(same("Soedarmo Tjahjono", "Sudarmo Cahyono"));
        assert!(same("Djoko Prasetyo", "Joko Prasetyo"));
    }

    #[test]
    fn south_indian_fathers_initial_is_the_name_put_last() {
        assert!(same("Senthil Kumar Ramasamy", "R. Senthil Kumar"));
        assert!(same("M. Kalaiselvi", "Kalaiselvi Murugan"));
        // A name of another initial last is another father's.
        assert!(!same("R. Senthil Kumar", "Senthil Kumar Subramaniam"));
    }

    #[test]
    fn table_equivalents_and_swapped_openings() {
        assert!(same("Ioannis Chatzidakis", "Yannis Hatzidakis"));
        assert!(same("Małgorzata Zielińska", "Gosia Zielińska"));
        assert!(same("Christos Oikonomou", "Christos Economou"));
        assert!(!same("Ardian Hoxha", "Adrian Hoxha"));
    }

    #[test]
    fn japanese_long_o_written_oh_in_either_order() {
        assert!(same("Ōno Kenta", "Kenta Ohno"));
        assert!(same("Satoh Yuki", "Yuki Sato"));
    }

    #[test]
    fn mongolian_patronymic_order() {
        assert!(same("Batbayaryn Enkhtuya", "Enkhtuya Batbayar"));
        assert!(same("Enkhtuya Batbayar", "Batbayaryn Enkhtuya"));
        assert!(same("Dorjiin Oyunchimeg", "Oyunchimeg Dorj"));
        // Siblings share the patronymic; the father is not his child.
        assert!(!same("Batbayaryn Enkhtuya", "Batbayaryn Enkhjargal"));
        assert!(!same("Batbayaryn Enkhtuya", "Enkhjargal Batbayar"));
        assert!(!same("Batbayaryn Enkhtuya", "Batbayar Enkhtuya"));
        // After a stem in n the genitive is -y alone.
        assert!(same("Damdiny Tsogtbaatar", "Tsogtbaatar Damdin"));
        assert!(!same("Damdiny Tsogtbaatar", "Tsogtbaatar Dorj"));
    }

    #[test]
    fn mongolian_patronymic_order_umlaut() {
        assert!(same("Tsogtbaataryn Mönkhbat", "Munkhbat Tsogtbaatar"));
        assert!(same("Цогтбаатарын Мөнхбат", "Munkhbat Tsogtbaatar"));
    }

    #[test]
    fn javanese_sundanese_one_letter() {
        assert!(!same("Sutrisno Hadi", "Sutrisna Hadi"));
        assert!(!same("Francisco Lopes", "Francisca Lopes"));
        // Surnames may end in either: one Belarusian name.
        assert!(same("Alexander Lukashenko", "Alyaksandr Lukashenka"));
    }

    #[test]
    fn hungarian_ne_wife_of() {
        assert!(!same("Horváth István", "Horváth Istvánné"));
        assert!(!same("Horvath Istvan", "Horvath Istvanne"));
        assert!(!same("Szabó Gábor", "Szabó Gáborné"));
        assert!(!same("Jean Dupont", "Jeanne Dupont"));
        assert!(same("Alexandre Soljenitsyne", "Aleksandr Solzhenitsyn"));
    }

    #[test]
    fn greek_male_female_forms() {
        assert!(!same("Georgios Papadakis", "Georgia Papadaki"));
        assert!(!same("Dimitrios Alexiou", "Dimitra Alexiou"));
        assert!(!same("Ioannis Georgiou", "Ioanna Georgiou"));
        assert!(same("Dimitrios Alexiou", "Dimitris Alexiou"));
        assert!(same("Kyriakos Mitsotakis", "Kyriakos Mitsotaki"));
    }

    #[test]
    fn same_surname_other_person_mahmoud_mohamed() {
        // Two names of the root ḥ-m-d: maḥmūd closes a syllable with the h, muḥammad opens one.
        assert!(!same("Mahmoud Hassan", "Mohamed Hassan"));
        assert!(!same("Mahmoud", "Mohammed"));
        assert!(same("Mahmoud Abbas", "Mahmud Abbas"));
        assert!(same("Mohamed Salah", "Muhammad Salah"));
    }
}
