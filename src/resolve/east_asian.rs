//! Chinese, Korean, Vietnamese and Khmer names: family name first, then a given name of one or two syllables that
//! romanisations write joined, hyphenated or spaced ("Mao Zedong", "Mao Tse-tung", "Mao Tse Tung"; "Kim
//! Jong-un", "Kim Jong Un", "Kim Čong-un").
//!
//! Per-token matching fails on these: the syllables are short, split differently, and the romanisations
//! (pinyin, Wade-Giles, Revised Romanisation, McCune-Reischauer, and Polish, Czech, German and French
//! renderings of them) differ in almost every letter. So such a name is read as a whole:
//!
//! 1. Its family name is recognised in [`SURNAMES`], a table of common Chinese, Korean and Vietnamese family
//!    names, each a group of its romanisations ("Deng"/"Teng", "Lee"/"Yi"/"Rhee"/"Ri"). A name is read this way
//!    only when its first token is such a family name (or, for "Jinping Xi", its last token, when the other
//!    name is family-name first) and its given name is one or two short syllables.
//! 2. The given name's syllables are joined and folded by [`syllable_key`]: aspiration and voicing dropped
//!    (Wade-Giles p/p' against pinyin b/p, t/d, k/g), the affricates and sibilants merged by place (ch, zh, j,
//!    q, cz, dz; ts, tz, z, c; hs, x, sh, s), r and l as one, and the vowels Korean and Wade-Giles spell
//!    several ways (eo, eu, ŏ, ŭ, o, u, oo) as one.
//! 3. Two such names are one name when their family names share a group and their given-name keys are equal,
//!    and two different names when their family names share no group, or when their given-name keys have
//!    different consonants: the folding has already made one of every consonant the romanisations write
//!    differently, so another consonant is another syllable, and another syllable another name ("Weiming"/
//!    "Weiping"). The folding is loose, so the test is equality, never similarity; given names with the same
//!    consonants that fold apart go to the token matcher, whose short-token and surname-first rules keep
//!    "Jong-un" from "Jong-il" and find the typo in "Kieqiang".

use std::collections::HashMap;
use std::sync::OnceLock;

use super::matcher::{PreparedName, Verdict};

/// Family names, each a group of its romanisations (pinyin, Wade-Giles, Cantonese, Korean RR and MR, North
/// Korean, Polish/German/Czech renderings). Written for crosscheck. A spelling may stand in two groups ("Czang"
/// is the Polish Zhang and Jiang).
pub const SURNAMES: &[&[&str]] = &[
    // Chinese (and Korean readings of the same character where English writes them alike).
    &["wang", "wong"],
    &["li", "lee", "yi", "rhee", "ri", "rhie"],
    &["zhang", "chang", "cheung", "czang", "tschang", "jang"],
    &["liu", "lau"],
    &["chen", "chan", "tschen"],
    &["yang", "yeung"],
    &["zhao", "chao", "czao"],
    &["huang", "hwang", "whang"],
    &["zhou", "chou", "chow", "czou", "tschou"],
    &["wu", "woo"],
    &["xu", "hsu", "hsue"],
    &["sun", "suen"],
    &["ma"],
    &["zhu", "chu", "czu", "tschu"],
    &["hu"],
    &["guo", "kuo", "kwok"],
    &["he", "ho"],
    &["lin", "lam", "lim", "im", "rim", "yim"],
    &["gao", "kao"],
    &["luo", "lo", "law"],
    &["zheng", "cheng", "czeng"],
    &["liang", "leung"],
    &["xie", "hsieh", "tse"],
    &["song", "sung", "soong"],
    &["tang", "tong"],
    &["han"],
    &["feng", "fung"],
    &["deng", "teng"],
    &["cao", "tsao", "tso"],
    &["peng", "pang"],
    &["zeng", "tseng", "tsang"],
    &["xiao", "hsiao", "siu"],
    &["tian", "tien"],
    &["dong", "tung"],
    &["pan", "poon", "ban"],
    &["yuan"],
    &["cai", "tsai", "choi"],
    &["jiang", "chiang", "kiang", "czang", "tschiang"],
    &["yu", "yoo", "ryu", "you"],
    &["du", "tu"],
    &["ye", "yeh", "yip"],
    &["wei"],
    &["xi", "hsi", "si"],
    &["shi", "shih", "sze"],
    &["lu", "lui"],
    &["ding", "ting"],
    &["ren", "jen", "yam"],
    &["jia", "chia"],
    &["qin", "chin"],
    &["bo", "po"],
    &["mao"],
    &["kang", "gang"],
    &["wen", "man"],
    &["qian", "chien"],
    &["gu", "ku"],
    &["hou"],
    &["meng"],
    &["duan", "tuan"],
    &["qiu", "chiu", "yau"],
    &["kong", "kung"],
    &["bai", "pai"],
    // Korean 최 is the Chinese Cui, and written Choi far more often than Choe.
    &["cui", "tsui", "choe", "chey", "choi"],
    &["xiong", "hsiung"],
    &["jin", "kam"],
    &["yao"],
    &["yan", "yen"],
    &["shen", "shum"],
    &["fan"],
    &["fang"],
    // Korean.
    &["kim", "gim"],
    &["park", "pak", "bak", "pack", "bahk"],
    &["jung", "chung", "jeong", "cheong", "chong"],
    &["cho", "jo", "joe"],
    &["yoon", "yun", "youn"],
    &["oh", "o"],
    &["seo", "suh", "so"],
    &["shin", "sin"],
    &["kwon", "gwon"],
    &["ahn", "an"],
    &["hong"],
    &["jeon", "jun", "chun", "chon"],
    &["ko", "go", "koh"],
    &["moon", "mun"],
    &["son", "sohn"],
    &["bae", "pae"],
    &["baek", "paek", "paik", "baik"],
    &["heo", "huh", "hur"],
    &["nam"],
    &["roh", "noh", "no", "ro", "rho"],
    &["ha"],
    &["kwak"],
    &["seong"],
    &["cha"],
    &["ju", "joo"],
    &["min"],
    // Vietnamese.
    &["nguyen"],
    &["tran"],
    &["le"],
    &["pham"],
    &["hoang", "huynh"],
    &["phan"],
    &["vu", "vo"],
    &["dang"],
    &["bui"],
    &["do"],
    &["ngo"],
    &["duong"],
    // Khmer: the family name stands first, as in Chinese ("Hun Sen", "Sok Chanthou"), and Western copy
    // moves it last. Only names that are no common word or Western given name.
    &["sok"],
    &["hun"],
    &["chea"],
    &["keo"],
    &["meas"],
    &["prak"],
    &["ouk"],
    &["nhem"],
    &["pich"],
];

/// Vietnamese family names, plain ASCII: the commonest, which stand first in a Vietnamese name and last in
/// Western order. Written for crosscheck.
const VIETNAMESE_FAMILY_NAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ngo", "duong", "ly", "dao", "dinh", "truong", "doan", "trinh", "luong", "lam", "mai", "quach",
    "ta",
];

/// True for a name (plain ASCII tokens) of three to five tokens with a Vietnamese family name first or last
/// and the middle name Văn or Thị, which Vietnamese gives men and women: these tokens are then name elements
/// that tell two people apart, not the Dutch "van" or the French "le" that other names drop.
pub fn vietnamese_with_gender_middle(tokens: &[String]) -> bool {
    let family =
        |t: Option<&String>| t.is_some_and(|t| VIETNAMESE_FAMILY_NAMES.contains(&t.as_str()));
    (3..=5).contains(&tokens.len())
        && (family(tokens.first()) || family(tokens.last()))
        && tokens[1..tokens.len() - 1]
            .iter()
            .any(|t| t == "van" || t == "thi")
}

/// Surname groups by spelling.
fn groups() -> &'static HashMap<&'static str, Vec<u16>> {
    static GROUPS: OnceLock<HashMap<&'static str, Vec<u16>>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<u16>> = HashMap::new();
        for (g, group) in SURNAMES.iter().enumerate() {
            for &spelling in *group {
                map.entry(spelling).or_default().push(g as u16);
            }
        }
        map
    })
}

/// The surname groups of a plain lower-case ASCII token ("hsi" -> the Xi group).
pub fn surname_groups(ascii: &str) -> &'static [u16] {
    groups().get(ascii).map_or(&[], Vec::as_slice)
}

/// The folded key of a romanised given name, its syllables joined (see the module documentation). Takes
/// plain lower-case ASCII.
pub fn syllable_key(ascii: &str) -> String {
    fold_syllables(ascii, false)
}

/// [`syllable_key`] with the Korean vowels that only one spelling writes kept apart (`marked` set): eo is ㅓ
/// (Revised Romanisation), eu is ㅡ, and oo is ㅜ in the spellings Koreans choose for their names ("Soo",
/// "Woo", "Joon"), whereas o and u stand for several vowels across romanisations ("Jung" is 정, RR "Jeong").
/// Written here as `1`, `2` and `3` in place of the `U` that stands for all of them in the key.
fn fold_syllables(ascii: &str, marked: bool) -> String {
    const RULES: &[(&str, char)] = &[
        ("tsch", 'C'),
        ("sch", 'S'),
        ("ck", 'K'),
        ("tzu", 'z'),
        ("ssu", 's'),
        ("szu", 's'),
        ("ch", 'C'),
        ("zh", 'C'),
        ("cz", 'C'),
        ("dz", 'C'),
        ("q", 'C'),
        ("hs", 'S'),
        ("sh", 'S'),
        ("sz", 'S'),
        ("x", 'S'),
        ("s", 'S'),
        ("ts", 'Z'),
        ("tz", 'Z'),
        ("z", 'Z'),
        ("c", 'Z'),
        ("pch", 'P'),
        ("ph", 'P'),
        ("th", 'T'),
        ("kh", 'K'),
        ("p", 'P'),
        ("b", 'P'),
        ("t", 'T'),
        ("d", 'T'),
        ("k", 'K'),
        ("g", 'K'),
        ("r", 'L'),
        ("l", 'L'),
        ("m", 'M'),
        ("f", 'F'),
        ("w", 'W'),
        ("v", 'W'),
        ("h", 'H'),
        // Wade-Giles "eh" and "ih" are pinyin e and i ("Teh"/"De", "Shih"/"Shi").
        ("eh", 'E'),
        ("ih", 'I'),
        ("eo", 'U'),
        ("eu", 'U'),
        ("oo", 'U'),
        ("ou", 'U'),
        ("ae", 'E'),
        ("ee", 'I'),
        ("o", 'U'),
        ("u", 'U'),
        ("e", 'E'),
        ("a", 'A'),
        ("i", 'I'),
        ("y", 'I'),
    ];
    let b = ascii.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut out = String::with_capacity(ascii.len());
    fn push(c: char, out: &mut String) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    let mut i = 0;
    'outer: while i < b.len() {
        let rest = &ascii[i..];
        // "ng" is one sound before a consonant or at the end. Before a vowel it may be n closing one syllable
        // and g opening the next ("Jianguo", which Wade-Giles writes "Chien-kuo"), or ng closing one and a
        // vowel opening the next ("Jongun", "Jong-un"); given names are read joined, so both spellings of either
        // reach this point alike, and n then g keeps "Jianguo" with "Chien-kuo".
        if let Some(after) = rest.strip_prefix("ng") {
            // A w before u opens no syllable (see below): "Seung-woo" is "Seung-u".
            if b.get(i + 2).is_some_and(|&c| vowel(c))
                || after.starts_with("wu")
                || after.starts_with("woo")
            {
                push('N', &mut out);
                push('K', &mut out);
            } else {
                push('G', &mut out);
            }
            i += 2;
            continue;
        }
        if b[i] == b'n' {
            push('N', &mut out);
            i += 1;
            continue;
        }
        // Polish and German j after a vowel and before a consonant or the end is a glide ("Kaj-szek", "En-laj").
        if b[i] == b'j' && i > 0 && vowel(b[i - 1]) && b.get(i + 1).is_none_or(|&c| !vowel(c)) {
            push('I', &mut out);
            i += 1;
            continue;
        }
        // A syllable with no onset and the vowel u is written wu in pinyin and woo or wu in Korean spellings
        // ("Seung-woo", McCune-Reischauer "Sŭng-u"): the w is no consonant.
        if b[i] == b'w' && (rest.starts_with("wu") || rest.starts_with("woo")) {
            i += 1;
            continue;
        }
        // Wade-Giles "eh" and "ih" close a syllable; before a vowel the h opens the next one, as in Korean
        // "Ji-hoon", "Se-hyun", and is kept.
        if (rest.starts_with("eh") || rest.starts_with("ih"))
            && b.get(i + 2)
                .is_some_and(|&c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
        {
            push(if b[i] == b'e' { 'E' } else { 'I' }, &mut out);
            push('H', &mut out);
            i += 2;
            continue;
        }
        // Wade-Giles ien is pinyin ian ("Chien-kuo"/"Jianguo", "Tien"/"Tian").
        if rest.starts_with("ien") {
            for c in ['I', 'A', 'N'] {
                push(c, &mut out);
            }
            i += 3;
            continue;
        }
        if b[i] == b'j' {
            push('C', &mut out);
            i += 1;
            continue;
        }
        for &(from, to) in RULES {
            if rest.starts_with(from) {
                // "tzu", "ssu", "szu" are Wade-Giles for pinyin zi and si.
                if matches!(from, "tzu" | "ssu" | "szu") {
                    push(if to == 'z' { 'Z' } else { 'S' }, &mut out);
                    push('I', &mut out);
                } else if marked && matches!(from, "eo" | "eu" | "oo") {
                    let vowel = match from {
                        "eo" => '1',
                        "eu" => '2',
                        _ => '3',
                    };
                    push(vowel, &mut out);
                } else {
                    push(to, &mut out);
                }
                i += from.len();
                continue 'outer;
            }
        }
        i += 1;
    }
    out
}

/// A given name of one or two syllables: one to three tokens of at most eight letters, ten in all. A token of
/// one letter among others is an initial, unless it is a vowel closing the name, a syllable without onset
/// ("Seung-u", McCune-Reischauer for "Seung-woo").
fn syllabic(tokens: &[String]) -> bool {
    let initial = |(k, t): (usize, &String)| {
        t.len() == 1 && tokens.len() > 1 && !(k + 1 == tokens.len() && "aeiou".contains(t.as_str()))
    };
    !tokens.is_empty()
        && tokens.len() <= 3
        && tokens.iter().all(|t| t.len() <= 8 && !t.is_empty())
        && tokens.iter().map(String::len).sum::<usize>() <= 10
        && !tokens.iter().enumerate().any(initial)
}

/// A name read family name first: the family name's groups and the given name's syllable key.
struct Reading {
    groups: &'static [u16],
    given: String,
    /// The given name folded with the Korean vowels that one spelling alone writes kept apart
    /// ([`fold_syllables`]).
    marked: String,
    /// For a Vietnamese name read family name last with a middle and a given name ("Lan Thi Nguyen"): the
    /// given name's key with the two in Vietnamese order. Western order puts the given name first, the middle
    /// name next and the family name last, which turns the whole name round.
    turned: Option<String>,
    /// For a Vietnamese name: the given name's letters, plain ASCII, in the order read.
    vietnamese: Option<String>,
    /// For a Vietnamese name read family name first with the middle name Văn or Thị ("Nguyễn Thị Mai"): the
    /// given name's key without it, as Western copy that turns the name round often writes it ("Mai Nguyen").
    without_middle: Option<String>,
    /// True when read family name last from a name with no Văn or Thị.
    western_plain: bool,
    /// The given name's words, plain ASCII ("min", "seo").
    syllables: Vec<String>,
}

/// Family name first ("Xi Jinping"), or family name last ("Jinping Xi") when `last` is set.
fn read(name: &PreparedName, last: bool) -> Option<Reading> {
    let n = name.ascii.len();
    if n < 2 {
        return None;
    }
    let (family, given) = if last {
        (&name.ascii[n - 1], &name.ascii[..n - 1])
    } else {
        (&name.ascii[0], &name.ascii[1..])
    };
    let groups = surname_groups(family);
    let vietnamese = VIETNAMESE_FAMILY_NAMES.contains(&family.as_str());
    // A first word joined by a hyphen is a given name's syllables ("Min-jun Lee"): family names are one word.
    if !last && name.opens_hyphenated {
        return None;
    }
    let gender_middle = |t: &String| t == "van" || t == "thi";
    (!groups.is_empty() && syllabic(given)).then(|| Reading {
        groups,
        given: syllable_key(&given.concat()),
        marked: fold_syllables(&given.concat(), true),
        turned: (last && vietnamese && given.len() == 2)
            .then(|| syllable_key(&format!("{}{}", given[1], given[0]))),
        // A family name that Chinese or Korean spell alike ("Ly", "Lam", "Vu") makes a Vietnamese name only
        // with tone marks or a Văn or Thị beside it.
        vietnamese: (vietnamese
            && (name.vietnamese
                || name.ascii.iter().any(gender_middle)
                || !matches!(
                    family.as_str(),
                    "ly" | "lam" | "mai" | "ta" | "vu" | "le" | "do" | "dao"
                )))
        .then(|| given.concat()),
        without_middle: (!last && vietnamese && given.len() >= 2 && gender_middle(&given[0]))
            .then(|| syllable_key(&given[1..].concat())),
        western_plain: last && !given.iter().any(gender_middle),
        syllables: given.to_vec(),
    })
}

/// The decision on two names when both read as East Asian names, family name first (or one of them family
/// name last): different when the family names differ, the same when the given names fold together; `None`
/// otherwise, and the general matcher decides.
pub fn compare(a: &PreparedName, b: &PreparedName) -> Option<Verdict> {
    let (ra, rb) = match (read(a, false), read(b, false)) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => (x, read(b, true)?),
        (None, Some(y)) => (read(a, true)?, y),
        (None, None) => return None,
    };
    let shared = ra.groups.iter().any(|g| rb.groups.contains(g));
    // Two words that both read as family names ("Zhang Wei", Wei being a family name too) are read family
    // name first on both sides; the name turned round in Western order ("Wei Zhang") is the same name when
    // read family name last it has the other's family name and given name.
    if !shared && let Some(verdict) = turned_round(a, b).or_else(|| turned_round(b, a)) {
        return Some(verdict);
    }
    if !shared {
        return Some(Verdict {
            same: false,
            score: 0.0,
            reason: format!(
                "east asian names, family names differ: {} / {}",
                a.ascii[0], b.ascii[0]
            ),
        });
    }
    let turned = |x: &Reading, y: &Reading| x.turned.as_ref() == Some(&y.given);
    // Western copy drops the middle name when it turns a Vietnamese name round: "Nguyễn Thị Mai" is "Mai
    // Nguyen". Only against a name read family name last, so that "Trần Văn Hùng" and "Trần Hùng", both in
    // Vietnamese order, stay two names.
    let dropped =
        |x: &Reading, y: &Reading| y.western_plain && x.without_middle.as_ref() == Some(&y.given);
    if turned(&ra, &rb) || turned(&rb, &ra) || dropped(&ra, &rb) || dropped(&rb, &ra) {
        return Some(Verdict {
            same: true,
            score: 1.0,
            reason: format!(
                "east asian names: one family name, given and middle names in Western order {} ~ {}",
                ra.given, rb.given
            ),
        });
    }
    // Vietnamese has one romanisation, whose vowels the marks only refine: "Hung" and "Hong" are two given
    // names, though Chinese and Korean spellings write one vowel as o or u and the key folds them together.
    if let (Some(x), Some(y)) = (&ra.vietnamese, &rb.vietnamese)
        && vowels(x) != vowels(y)
    {
        return Some(Verdict {
            same: false,
            score: 0.0,
            reason: format!("vietnamese names, given names with other vowels: {x} / {y}"),
        });
    }
    if other_consonants(&ra.given, &rb.given) {
        return Some(Verdict {
            same: false,
            score: 0.0,
            reason: format!(
                "east asian names, one family name, given names differ in a syllable: {} / {}",
                ra.given, rb.given
            ),
        });
    }
    if ra.given == rb.given
        && (other_korean_vowel(&ra.marked, &rb.marked)
            || open_eo_against_u(&ra.syllables, &rb.syllables))
    {
        return Some(Verdict {
            same: false,
            score: 0.0,
            reason: format!(
                "east asian names, one family name, given names differ in a vowel: {} / {}",
                ra.marked, rb.marked
            ),
        });
    }
    // Given names with the same consonants that fold apart are left to the token matcher, which finds the
    // typo in "Kieqiang".
    (ra.given == rb.given).then(|| Verdict {
        same: true,
        score: 1.0,
        reason: format!(
            "east asian names: one family name, given names {} ~ {}",
            ra.given, rb.given
        ),
    })
}

/// The vowel letters of a plain ASCII word, y read as i where it is a syllable's vowel ("Lý" is also written
/// "Lí", and after the u of qu: "Quý", "Quí"); after another vowel it closes another rhyme than i does ("Mây"
/// is no "Mai") and is kept.
fn vowels(ascii: &str) -> String {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut out = String::new();
    let mut previous = None;
    for c in ascii.chars() {
        if vowel(c) {
            let glide = c == 'y' && previous.is_some_and(|p: char| vowel(p) && p != 'u');
            out.push(if c == 'y' && !glide { 'i' } else { c });
        }
        previous = Some(c);
    }
    out
}

/// The verdict on `a` read family name first against `b` read family name last, when they are one name so:
/// the same family name and the same given name ([`compare`]: "Zhang Wei"/"Wei Zhang").
fn turned_round(a: &PreparedName, b: &PreparedName) -> Option<Verdict> {
    let (x, y) = (read(a, false)?, read(b, true)?);
    (x.groups.iter().any(|g| y.groups.contains(g)) && x.given == y.given && x.marked == y.marked)
        .then(|| Verdict {
            same: true,
            score: 1.0,
            reason: format!(
                "east asian names: family name first on one side, last on the other, given names {} ~ {}",
                x.given, y.given
            ),
        })
}

/// True when two given names of as many words have, in one word, an open syllable in eo against one in u
/// (plain ASCII): "Min-seo"/"Min-su". Eo is ㅓ, which every romanisation writes eo or o (McCune-Reischauer ŏ)
/// in an open syllable, and u is ㅜ or ㅡ: two names. Closed, ㅓ is often written u in the spellings Koreans
/// choose ("Hyun", "Sung" for Hyeon, Seong).
fn open_eo_against_u(a: &[String], b: &[String]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).any(|(x, y)| {
            [(x, y), (y, x)].iter().any(|&(eo, u)| {
                match (eo.strip_suffix("eo"), u.strip_suffix('u')) {
                    (Some(p), Some(q)) => p == q && !q.ends_with(['a', 'e', 'i', 'o', 'u']),
                    _ => false,
                }
            })
        })
}

/// True when two syllable keys ([`syllable_key`]) have as many consonants, and at some place different ones,
/// neither of them one that romanisations write for several sounds: the affricates (pinyin j, Wade-Giles j
/// for pinyin r, German j for y), r and l, and h. A consonant more or fewer is left to the token matcher: it
/// may be a letter a romanisation adds ("Đức" as "Djuc", "Jat-sen" for "Yat-sen").
fn other_consonants(a: &str, b: &str) -> bool {
    let consonant = |c: &char| !matches!(c, 'A' | 'E' | 'I' | 'U');
    let stable = |c: char| !matches!(c, 'C' | 'L' | 'H');
    let (mut x, mut y) = (a.chars().filter(consonant), b.chars().filter(consonant));
    let mut differ = false;
    loop {
        match (x.next(), y.next()) {
            (None, None) => return differ,
            (Some(p), Some(q)) if p == q => {}
            (Some(p), Some(q)) if stable(p) && stable(q) => differ = true,
            _ => return false,
        }
    }
}

/// True when two given names that fold to one key ([`syllable_key`]) write one syllable with two different
/// Korean vowels that only one spelling each writes ([`fold_syllables`]): eo against oo is ㅓ against ㅜ, 서
/// against 수 ("Min-seo"/"Min-soo"), another name. o and u, which romanisations write for either, agree
/// with any.
fn other_korean_vowel(a: &str, b: &str) -> bool {
    let marked = |c: char| matches!(c, '1' | '2' | '3');
    a.len() == b.len()
        && a.chars()
            .zip(b.chars())
            .any(|(x, y)| x != y && marked(x) && marked(y))
}

/// The family name of a name read family name first ("xi" for "Xi Jinping"), as plain ASCII.
pub fn family_name_first(name: &PreparedName) -> Option<&str> {
    read(name, false).map(|_| name.ascii[0].as_str())
}

/// The decision on a lone family name against a full name read family name first ("Xi" against "Xi
/// Jinping"); `None` when `full` is not such a name or `partial` is more than one token.
pub fn compare_partial(partial: &PreparedName, full: &PreparedName) -> Option<Verdict> {
    if partial.ascii.len() != 1 {
        return None;
    }
    let family = family_name_first(full)?;
    let (x, y) = (surname_groups(&partial.ascii[0]), surname_groups(family));
    let same = x.iter().any(|g| y.contains(g));
    Some(Verdict {
        same,
        score: if same { 0.95 } else { 0.0 },
        reason: if same {
            format!(
                "partial: family name {} of an east asian name",
                partial.ascii[0]
            )
        } else {
            format!(
                "east asian family names differ: {} / {family}",
                partial.ascii[0]
            )
        },
    })
}

/// True for a Hangul syllable or a CJK ideograph: one syllable of a name written without spaces ("김정은",
/// "毛泽东"), which the name splitter makes a token of its own.
pub fn is_syllable_char(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::same_name;

    fn key(s: &str) -> String {
        syllable_key(s)
    }

    #[test]
    fn wade_giles_and_pinyin_fold_together() {
        assert_eq!(key("tsetung"), key("zedong"));
        assert_eq!(key("hsiaoping"), key("xiaoping"));
        assert_eq!(key("chinping"), key("jinping"));
        assert_eq!(key("chintao"), key("jintao"));
        assert_eq!(key("teh"), key("de"));
        assert_eq!(key("tzuyang"), key("ziyang"));
        assert_eq!(key("chienkuo"), key("jianguo"));
        assert_eq!(key("chingkuo"), key("jingguo"));
    }

    #[test]
    fn korean_romanisations_fold_together() {
        assert_eq!(key("jongun"), key("chongun"));
        assert_eq!(key("jongun"), key("jongeun"));
        assert_eq!(key("jaein"), key("chaein"));
        assert_eq!(key("jaein"), key("dzein"));
        assert_eq!(key("sukyeol"), key("seokyeol"));
        assert_eq!(key("geunhye"), key("kunhye"));
        assert_eq!(key("minjung"), key("minjeong"));
        assert!(same_name("Choi Min-jung", "Choe Min-jeong").same);
    }

    #[test]
    fn polish_glide_j_after_a_vowel() {
        assert_eq!(key("enlaj"), key("enlai"));
        assert_eq!(key("kajszek"), key("kaishek"));
    }

    #[test]
    fn different_given_names_stay_apart() {
        assert_ne!(key("jongun"), key("jongil"));
        assert_ne!(key("keqiang"), key("qiang"));
        assert_ne!(key("yi"), key("yang"));
        assert_ne!(key("jaemyung"), key("jaeyong"));
    }

    #[test]
    fn surname_groups_join_romanisations() {
        assert!(same_name("Deng Xiaoping", "Teng Hsiao-p'ing").same);
        assert!(same_name("Mao Zedong", "Mao Tse Tung").same);
        assert!(same_name("Lee Jae-myung", "Yi Jae-myeong").same);
        assert!(same_name("Moon Jae-in", "Mun Jae-in").same);
        assert!(!same_name("Park Geun-hye", "Park Chung-hee").same);
        assert!(!same_name("Kim Jong-un", "Kim Jong-il").same);
    }

    #[test]
    fn given_names_with_another_consonant_are_another_name() {
        assert!(!same_name("Zhang Weiming", "Zhang Weiping").same);
        assert!(same_name("Zhang Weiming", "Chang Wei-ming").same);
        assert!(same_name("Li Keqiang", "Li Kieqiang").same);
        assert!(same_name("Sun Yat-sen", "Sun Jat-sen").same);
        assert!(same_name("Ngo Dinh Diem", "Ngô Đình Diệm").same);
    }

    #[test]
    fn vietnamese_western_order_turns_the_whole_name_round() {
        assert!(same_name("Nguyễn Thị Lan", "Lan Thi Nguyen").same);
        assert!(same_name("Tran Van Minh", "Minh Van Tran").same);
        assert!(!same_name("Nguyễn Thị Lan", "Lan Van Nguyen").same);
    }

    #[test]
    fn vietnamese_given_names_with_another_vowel_are_another_name() {
        assert!(!same_name("Tran Van Hung", "Tran Van Hong").same);
        assert!(!same_name("Nguyễn Thị Lan", "Nguyen Thi Lon").same);
        assert!(same_name("Trần Văn Hùng", "Tran Van Hung").same);
    }

    #[test]
    fn vietnamese_middle_name_dropped_in_western_order() {
        assert!(same_name("Nguyễn Thị Mai", "Mai Nguyen").same);
        assert!(same_name("Tran Van Minh", "Minh Tran").same);
        assert!(!same_name("Nguyễn Thị Mai", "Lan Nguyen").same);
        // Both in Vietnamese order, one without the middle name: left to the token matcher.
        assert!(!same_name("Trần Văn Hùng", "Trần Hùng").same);
    }

    #[test]
    fn a_hyphenated_first_word_is_a_given_name_in_western_order() {
        assert!(same_name("Lee Min-jun", "Min-jun Lee").same);
        assert!(same_name("Ji-hoon Park", "Park Ji-hoon").same);
        assert!(!same_name("Min-jun Lee", "Lee Min-seo").same);
    }

    #[test]
    fn korean_h_opening_a_syllable_is_no_wade_giles_ih() {
        assert_ne!(key("jihoon"), key("jihyun"));
        assert!(!same_name("Park Ji-hoon", "Park Ji-hyun").same);
        assert!(same_name("Park Ji-hoon", "Pak Ji-hun").same);
        assert_eq!(key("shih"), key("shi"));
    }

    #[test]
    fn korean_woo_and_mccune_reischauer_u() {
        assert_eq!(key("seungwoo"), key("seungu"));
        assert!(same_name("Lee Seung-woo", "Yi Seung-u").same);
        assert!(same_name("Kim Hyun-woo", "Kim Hyeon-u").same);
        assert!(!same_name("Kim Hyun-woo", "Kim Hyun-wook").same);
    }

    #[test]
    fn korean_min_seo_and_min_soo() {
        // ㅓ (eo) against ㅜ (oo), and ㅓ against ㅡ (eu), are other vowels, another name.
        assert!(!same_name("Jung Min-seo", "Jung Min-soo").same);
        assert!(!same_name("Park Geon-woo", "Park Geun-woo").same);
        // o and u write either.
        assert!(same_name("Jung Min-seo", "Jung Min-so").same);
        assert!(same_name("Kim Ji-soo", "Kim Ji-su").same);
        assert!(same_name("Yoon Suk-yeol", "Yun Seok-yeol").same);
    }

    #[test]
    fn chinese_name_turned_round_when_both_words_are_family_names() {
        // Wei is a family name too, so both spellings read family name first.
        assert!(same_name("Zhang Wei", "Wei Zhang").same);
        assert!(!same_name("Zhang Wei", "Wei Zhao").same);
    }

    #[test]
    fn vietnamese_ay_is_another_rhyme_than_ai() {
        assert!(!same_name("Trần Thị Mai", "Trần Thị Mây").same);
        assert!(same_name("Trần Thị Mai", "Tran Thi Mai").same);
        assert_eq!(vowels("quy"), vowels("qui"));
    }

    #[test]
    fn korean_open_eo_against_u_is_another_syllable() {
        assert!(!same_name("Kim Min-seo", "Kim Min-su").same);
        assert!(same_name("Kim Min-seo", "Kim Min-so").same);
    }

    #[test]
    fn vietnamese_family_name_with_its_mark_moved_last() {
        // Lê with its circumflex is the family name, never the French article.
        assert!(same_name("Lê Quang Huy", "Quang Huy Le").same);
    }

    #[test]
    fn khmer_family_name_moved_last() {
        assert!(same_name("Sok Chanthou", "Chanthou Sok").same);
        assert!(same_name("Hun Sen", "Sen Hun").same);
        assert!(!same_name("Sok Dara", "Sok Darith").same);
    }

    #[test]
    fn family_name_last_against_family_name_first() {
        assert!(same_name("Jinping Xi", "Xi Jinping").same);
        assert!(same_name("Jong Un Kim", "Kim Jong-un").same);
    }

    #[test]
    fn names_in_hangul_and_han_characters() {
        assert!(same_name("김정은", "Kim Jong-un").same);
        assert!(same_name("毛泽东", "Mao Zedong").same);
    }

    #[test]
    fn a_lone_family_name_is_a_partial_of_the_full_name() {
        assert!(same_name("Xi", "Xi Jinping").same);
        assert!(same_name("Hsi", "Xi Jinping").same);
        assert!(!same_name("Li", "Xi Jinping").same);
    }

    #[test]
    fn western_names_with_a_long_given_name_are_not_read_this_way() {
        let g = crate::resolve::Gazetteer::get();
        let lee = PreparedName::new("Lee Harvey Oswald", g);
        assert!(read(&lee, false).is_none());
    }
}
