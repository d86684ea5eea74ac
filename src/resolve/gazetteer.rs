//! The gazetteer: places from GeoNames (towns of 5,000 people or more, countries, US states) with their
//! Latin-script alternate names, demonyms, and given names for person cues.
//!
//! The data is built by `scripts/build_gazetteer.py` and embedded in the binary, so a run needs no files and no
//! network. It is parsed once per process, on first use ([`Gazetteer::get`]).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

const PLACES: &str = include_str!("../../data/places.tsv");
const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");
const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");
const NICKNAMES: &str = include_str!("../../data/nicknames.tsv");

/// What sort of place an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level division (a US state).
    Region,
    /// A populated place: city, town, village.
    Town,
}

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// GeoNames id: the place's identity. Two spellings are one place exactly when they share an id.
    pub id: u32,
    /// ISO 3166-1 alpha-2 country code ("SA" for both Jeddah and Riyadh).
    pub country: &'static str,
    /// Country, region or town.
    pub kind: PlaceKind,
    /// Population as GeoNames gives it (0 when unknown).
    pub population: u64,
    /// The GeoNames name.
    pub name: &'static str,
}

/// Places, demonyms and given names, indexed by [`place_key`].
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Every name key of every place, sorted by the key's hash, then by rank: a look-up is a binary search on
    /// the hash. Sorting 64-bit hashes rather than the strings is most of what loading costs.
    keys: Vec<KeyEntry>,
    demonyms: HashMap<&'static str, &'static str>,
    given_names: HashSet<&'static str>,
    /// (given name, nickname) key pairs, both orders.
    nicknames: HashSet<(&'static str, &'static str)>,
    by_id: HashMap<u32, u32>,
}

/// One name key of one place.
#[derive(Debug)]
struct KeyEntry {
    /// [`key_hash`] of `key`.
    hash: u64,
    /// Countries first, then by population (see [`Gazetteer::load`]), then by id.
    rank: u64,
    /// Index into `places`.
    index: u32,
    key: Cow<'static, str>,
}

/// FNV-1a: a fast, fixed hash, so that the order of entries (and so of equally ranked places) is the same in
/// every run.
fn key_hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Two-letter abbreviations that news copy uses for countries but GeoNames keeps only as codes.
const COUNTRY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("us", "united states"),
    ("usa", "united states"),
    ("u.s", "united states"),
    ("uk", "united kingdom"),
    ("u.k", "united kingdom"),
    ("uae", "united arab emirates"),
    ("drc", "democratic republic of the congo"),
];

/// Letters that NFKD does not split into a base letter and marks. Must match `UNDECOMPOSED` in the build script.
fn undecomposed(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' => "l",
        'ø' => "o",
        'đ' => "d",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ı' => "i",
        'þ' => "th",
        'ð' => "d",
        'ħ' => "h",
        'ŧ' => "t",
        'ŀ' => "l",
        _ => return None,
    })
}

/// The look-up key of a place or given name: lower case, diacritics stripped, apostrophes and dots dropped,
/// hyphens and white space as one space. The build script stores alternate names in this form.
pub fn place_key(name: &str) -> String {
    if name.is_ascii() {
        // Fast path, same result: ASCII has no marks to strip and no letters to map.
        let mut out = String::with_capacity(name.len());
        let mut space = false;
        for b in name.bytes() {
            match b {
                b'\'' | b'.' => {}
                b'-' => space = true,
                b if b.is_ascii_whitespace() => space = true,
                b => {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push(b.to_ascii_lowercase() as char);
                }
            }
        }
        return out;
    }
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars().flat_map(char::to_lowercase).nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BB}' | '\u{02BC}' | '.' => continue,
            '-' | '\u{2010}'..='\u{2015}' => space = true,
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                match undecomposed(c) {
                    Some(s) => out.push_str(s),
                    None => out.push(c),
                }
            }
        }
    }
    out
}

impl Gazetteer {
    /// The embedded gazetteer, parsed on first use.
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::load)
    }

    fn load() -> Gazetteer {
        let mut places = Vec::with_capacity(70_000);
        let mut keys: Vec<KeyEntry> = Vec::with_capacity(300_000);
        // Countries first, then by population; a place that merely has the name among its alternates counts a
        // tenth of its population, so that "Venice" is Venice in Italy, not Dayton, Ohio (an old alternate),
        // while "Kiev" is still Kyiv.
        let rank = |kind: PlaceKind, population: u64, id: u32, own: bool| {
            let weight = if own { 1 } else { 10 };
            let reverse = u64::from(u32::MAX) - (population / weight).min(u64::from(u32::MAX));
            (u64::from(kind != PlaceKind::Country) << 63)
                | (reverse << 31)
                | u64::from(id & 0x7fff_ffff)
        };
        for line in PLACES.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(id), Some(country), Some(kind), Some(population), Some(name), alternates) = (
                fields.next(),
                fields.next(),
                fields.next(),
                fields.next(),
                fields.next(),
                fields.next(),
            ) else {
                continue;
            };
            let kind = match kind {
                "C" => PlaceKind::Country,
                "A" => PlaceKind::Region,
                _ => PlaceKind::Town,
            };
            let index = places.len() as u32;
            let place = Place {
                id: id.parse().unwrap_or(0),
                country,
                kind,
                population: population.parse().unwrap_or(0),
                name,
            };
            let mut push = |key: Cow<'static, str>, own: bool| {
                keys.push(KeyEntry {
                    hash: key_hash(&key),
                    rank: rank(place.kind, place.population, place.id, own),
                    index,
                    key,
                });
            };
            push(Cow::Owned(place_key(name)), true);
            for alternate in alternates.into_iter().flat_map(|a| a.split('|')) {
                if !alternate.is_empty() {
                    push(Cow::Borrowed(alternate), false);
                }
            }
            places.push(place);
        }
        keys.sort_unstable_by_key(|e| (e.hash, e.rank));
        keys.dedup_by(|a, b| a.hash == b.hash && a.index == b.index && a.key == b.key);
        let by_id = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i as u32))
            .collect();
        let demonyms = DEMONYMS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect();
        let given_names = GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        let nicknames = NICKNAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .flat_map(|(a, b)| [(a, b), (b, a)])
            .collect();
        Gazetteer {
            nicknames,
            places,
            keys,
            demonyms,
            given_names,
            by_id,
        }
    }

    /// Every place `name` may denote, best first: countries, then by population.
    pub fn places(&self, name: &str) -> impl Iterator<Item = &Place> {
        let mut key = place_key(name);
        if let Some((_, full)) = COUNTRY_ABBREVIATIONS.iter().find(|(a, _)| *a == key) {
            key = (*full).to_string();
        }
        let hash = key_hash(&key);
        let from = self.keys.partition_point(|e| e.hash < hash);
        self.keys[from..]
            .iter()
            .take_while(move |e| e.hash == hash)
            .filter(move |e| e.key == key)
            .map(|e| &self.places[e.index as usize])
    }

    /// The place `name` most likely denotes, if the gazetteer knows the name.
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places(name).next()
    }

    /// The place with GeoNames id `id`.
    pub fn by_id(&self, id: u32) -> Option<&Place> {
        self.by_id.get(&id).map(|&i| &self.places[i as usize])
    }

    /// The country code a demonym ("Russian", "Saudi", "Ukrainians") refers to.
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(place_key(word).as_str()).copied()
    }

    /// True when one of two given names is a nickname of the other ("William"/"Bill"), from the `nicknames`
    /// list. Takes plain lower-case ASCII forms.
    pub fn is_nickname_pair(&self, a: &str, b: &str) -> bool {
        self.nicknames.contains(&(a, b))
    }

    /// True when `word` is a given name in the embedded lists ("Sergey", "Maria", "Jens").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(place_key(word).as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiev_and_kyiv_are_one_place() {
        let g = Gazetteer::get();
        assert_eq!(g.place("Kiev").unwrap().id, g.place("Kyiv").unwrap().id);
    }

    #[test]
    fn jeddah_spellings_are_one_place_and_riyadh_another_in_the_same_country() {
        let g = Gazetteer::get();
        let jeddah = g.place("Jeddah").unwrap();
        for spelling in ["Jiddah", "Djeddah", "Jedda"] {
            assert_eq!(g.place(spelling).unwrap().id, jeddah.id, "{spelling}");
        }
        let riyadh = g.place("Riyadh").unwrap();
        assert_ne!(riyadh.id, jeddah.id);
        assert_eq!((riyadh.country, jeddah.country), ("SA", "SA"));
        assert_eq!(g.place("Saudi Arabia").unwrap().kind, PlaceKind::Country);
    }

    #[test]
    fn most_populous_place_wins_an_ambiguous_name() {
        assert_eq!(Gazetteer::get().place("Moscow").unwrap().country, "RU");
    }

    #[test]
    fn a_place_named_so_outranks_a_larger_one_with_the_name_as_an_alternate() {
        let g = Gazetteer::get();
        assert_eq!(g.place("Venice").unwrap().country, "IT");
        assert_eq!(g.place("Kiev").unwrap().id, g.place("Kyiv").unwrap().id);
    }

    #[test]
    fn abbreviations_resolve_to_countries() {
        assert_eq!(Gazetteer::get().place("US").unwrap().country, "US");
    }

    #[test]
    fn demonyms_and_given_names() {
        let g = Gazetteer::get();
        assert_eq!(g.demonym("Russian"), Some("RU"));
        assert_eq!(g.demonym("Ukrainians"), Some("UA"));
        assert!(g.is_given_name("Sergey") && g.is_given_name("Maria"));
        assert!(!g.is_given_name("Lavrov"));
        assert!(g.is_nickname_pair("bill", "william") && g.is_nickname_pair("william", "bill"));
    }

    #[test]
    fn place_key_matches_the_build_script_form() {
        assert_eq!(place_key("Sant Julià de Lòria"), "sant julia de loria");
        assert_eq!(place_key("Łódź"), "lodz");
        assert_eq!(place_key("Ras al-Khaimah"), "ras al khaimah");
        assert_eq!(place_key("St. John’s"), "st johns");
        assert_eq!(place_key("St. John's  Wood-End"), "st johns wood end");
    }
}
