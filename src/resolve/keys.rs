//! Name keys: transliteration-aware folding of one name token, so that spellings of one name from different
//! languages ("Sergey", "Sergei", "Siergiej", "Сергей") come out equal or close.
//!
//! The key is built in three ordered steps, each a table below with a test per rule:
//!
//! 1. [`LETTER_RULES`]: letters that a plain ASCII transliteration would lose information on are mapped to the
//!    digraph English-language reporting uses for the same sound (ż, ž -> zh; š, ş -> sh; č, ç, ć -> ch; ł -> l;
//!    ß -> ss; ø -> o). Everything else goes through `deunicode` (accents dropped, Cyrillic and Greek
//!    transliterated), then lower case; only ASCII letters and digits survive.
//! 2. [`DIGRAPH_RULES`]: spelling conventions of Polish, German, Czech and French that write one Russian,
//!    Ukrainian or Arabic sound differently are folded to one symbol, longest match first: Polish sz, cz, rz,
//!    szcz; German sch, tsch, w; French ou, tch; kh/ch/h to h; y/j to i; ph to f; doubled letters to one.
//! 3. [`FINAL_RULES`]: endings that differ only by transliteration habit: -ei/-ey/-ej/-ij/-iy -> -i.
//!
//! The key is lossy on purpose: both sides of a comparison are folded the same way, and the decision is made on
//! key similarity (see [`super::matcher`]), never on key equality alone for short tokens.
//!
//! [`skeleton`] drops the vowels of a key: the blocking key under which candidate tokens are compared.

use deunicode::deunicode_char;

/// Step 1: a letter and what it becomes before `deunicode`. Ordered: `dż` and `dž` before `ż`, `ž`.
pub const LETTER_RULES: &[(&str, &str)] = &[
    ("dż", "j"),
    ("dž", "j"),
    ("ż", "zh"),
    ("ž", "zh"),
    ("ź", "z"),
    ("š", "sh"),
    ("ş", "sh"),
    ("ś", "s"),
    ("č", "ch"),
    ("ç", "ch"),
    ("ć", "ch"),
    ("ł", "l"),
    ("ß", "ss"),
    ("ø", "o"),
    ("đ", "dj"),
    ("ı", "i"),
    ("ğ", "g"),
    ("ř", "rzh"),
    // Russian and Ukrainian letters whose deunicode forms differ from the BGN/PCGN-like spellings that
    // English-language reports use.
    ("х", "kh"),
    ("й", "y"),
    ("ё", "yo"),
    ("ж", "zh"),
    ("ц", "ts"),
    ("ч", "ch"),
    ("ш", "sh"),
    ("щ", "shch"),
    ("ъ", ""),
    ("ь", ""),
    ("ю", "yu"),
    ("я", "ya"),
    ("є", "ye"),
    ("ї", "yi"),
    ("і", "i"),
    ("и", "i"),
    ("ы", "y"),
    ("э", "e"),
];

/// Step 2: ASCII spelling conventions, tried longest first at each position.
pub const DIGRAPH_RULES: &[(&str, &str)] = &[
    // German "Chruschtschow", Polish "Chruszczow", English "Khrushchev": one sound, щ.
    ("schtsch", "s"),
    ("szcz", "s"),
    ("shch", "s"),
    // German tsch, French tch: ч.
    ("tsch", "h"),
    ("tch", "h"),
    // German sch, Polish sz, English sh: ш.
    ("sch", "s"),
    ("sh", "s"),
    ("sz", "s"),
    // Russian ж: English zh, Polish rz/ż (folded to zh in step 1).
    ("zh", "z"),
    ("rz", "z"),
    // English j for дж: "Dzhokhar", "Djeddah", "Jeddah".
    ("dzh", "i"),
    ("dj", "i"),
    // ч (English ch, Polish cz) and х (English kh, Polish/German/Czech ch, Serbian h) fold to one symbol:
    // "ch" cannot be told apart between languages.
    ("ch", "h"),
    ("cz", "h"),
    ("kh", "h"),
    ("ck", "k"),
    ("ph", "f"),
    ("ts", "c"),
    ("tz", "c"),
    ("ks", "x"),
    // Polish and Czech write the softening of Russian е as "ie": "Siergiej", "Pieskow".
    ("ie", "e"),
    // French "Poutine", "Oustinov".
    ("ou", "u"),
    ("oo", "u"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
];

/// Step 3: endings, applied once after step 2 (so `-ey`, `-ej`, `-ij`, `-iy` have already become `-ei`/`-ii`).
/// Arabic ta marbuta is written -eh, -ah or -a ("Haniyeh", "Hanija"; "Jeddah", "Jedda").
pub const FINAL_RULES: &[(&str, &str)] = &[("ei", "i"), ("ii", "i"), ("eh", "a"), ("ah", "a")];

/// Appends the step-1 form of `c` (letter rules, then deunicode, lower case, ASCII alphanumerics only).
fn push_letters(word: &str, out: &mut String) {
    let lower = word.to_lowercase();
    let mut rest = lower.as_str();
    'outer: while let Some(c) = rest.chars().next() {
        // Every letter rule opens with a non-ASCII letter or with "d" ("dż", "dž"), so other ASCII characters
        // skip the table: most letters of most names.
        if c.is_ascii() && c != 'd' {
            rest = &rest[1..];
            if c.is_ascii_alphanumeric() {
                out.push(c);
            }
            continue;
        }
        for (from, to) in LETTER_RULES {
            if let Some(after) = rest.strip_prefix(from) {
                out.push_str(to);
                rest = after;
                continue 'outer;
            }
        }
        rest = &rest[c.len_utf8()..];
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            }
            continue;
        }
        if let Some(t) = deunicode_char(c) {
            out.extend(
                t.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase()),
            );
        }
    }
}

/// The transliteration key of one name token: all three rule steps, then doubled letters collapsed.
pub fn name_key(word: &str) -> String {
    let mut ascii = String::with_capacity(word.len() + 4);
    push_letters(word, &mut ascii);
    key_of_ascii(&ascii)
}

/// The key of a token read with French conventions, where "ch" is "sh" ("Bachar", "Choïgou"); `None` when the
/// token has no such "ch". Takes the step-1 form ([`ascii_fold`]).
pub fn french_key(ascii: &str) -> Option<String> {
    let bare = ascii.replace("tch", "\u{0}");
    bare.contains("ch")
        .then(|| key_of_ascii(&bare.replace("ch", "sh").replace('\u{0}', "tch")))
}

fn key_of_ascii(ascii: &str) -> String {
    let mut out = String::with_capacity(ascii.len());
    let mut rest = ascii;
    'outer: while !rest.is_empty() {
        for (from, to) in DIGRAPH_RULES {
            if let Some(after) = rest.strip_prefix(from) {
                out.push_str(to);
                rest = after;
                continue 'outer;
            }
        }
        out.push_str(&rest[..1]);
        rest = &rest[1..];
    }
    let mut folded = collapse_doubles(&out);
    for (from, to) in FINAL_RULES {
        if folded.len() > from.len() + 2 && folded.ends_with(from) {
            folded.truncate(folded.len() - from.len());
            folded.push_str(to);
            break;
        }
    }
    folded
}

/// The step-1 form only: the name in plain lower-case ASCII, for initials and display-free comparisons.
pub fn ascii_fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_letters(word, &mut out);
    out
}

fn collapse_doubles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last || c.is_ascii_digit() {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// A key's consonants in order, `h` dropped (it stands for several sounds after folding) and g, k, q as one
/// (Arabic ق is written all three ways: "Gaddafi", "Kaddafi", "Qaddafi"): the blocking key. "Muhammad",
/// "Mohammed" and "Mohamed" share `mmd`.
pub fn skeleton(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'h'))
        .map(|c| if matches!(c, 'g' | 'q') { 'k' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) {
        assert_eq!(name_key(a), name_key(b), "{a} vs {b}");
    }

    /// `push_letters` lets ASCII characters other than "d" skip the letter rules; a rule that opened with one
    /// would silently never apply.
    #[test]
    fn letter_rules_open_with_non_ascii_or_d_for_the_ascii_fast_path() {
        for (from, _) in LETTER_RULES {
            let first = from.chars().next().unwrap_or('d');
            assert!(!first.is_ascii() || first == 'd', "rule {from:?}");
        }
        same("Dżachar", "Jachar");
        assert_eq!(ascii_fold("Mo-hammed 2"), "mohammed2");
    }

    #[test]
    fn letter_rule_polish_dotted_z_is_zh() {
        same("Żyrinowski", "Zhirinovsky");
    }

    #[test]
    fn letter_rule_dz_with_dot_is_j() {
        assert_eq!(name_key("Dżeddah"), name_key("Jeddah"));
    }

    #[test]
    fn letter_rule_czech_hacek_letters() {
        same("Žukov", "Zhukov");
        same("Šojgu", "Shoigu");
        same("Čerkasov", "Cherkasov");
    }

    #[test]
    fn letter_rule_turkish_cedilla() {
        same("Şoygu", "Shoygu");
    }

    #[test]
    fn letter_rule_polish_l_with_stroke() {
        same("Ławrow", "Lavrov");
    }

    #[test]
    fn letter_rule_sharp_s_and_slashed_o() {
        assert_eq!(name_key("Meßner"), name_key("Messner"));
        assert_eq!(name_key("Søren"), name_key("Soren"));
    }

    #[test]
    fn letter_rule_cyrillic_to_latin() {
        same("Сергей", "Sergey");
        same("Лавров", "Lavrov");
        same("Захарова", "Zakharova");
        same("Щербаков", "Shcherbakov");
    }

    #[test]
    fn digraph_rule_polish_sz_cz_rz() {
        same("Szojgu", "Shoigu");
        same("Czernyszow", "Chernyshov");
        same("Rzewski", "Zhevski");
    }

    #[test]
    fn digraph_rule_german_sch_tsch_and_w() {
        same("Schoigu", "Shoigu");
        same("Tschernow", "Chernov");
        same("Lawrow", "Lavrov");
    }

    #[test]
    fn digraph_rule_kh_ch_h_fold_together() {
        same("Zacharowa", "Zakharova");
        same("Zaharova", "Zakharova");
        same("Michail", "Mikhail");
    }

    #[test]
    fn digraph_rule_shch_family() {
        same("Chruschtschow", "Chruszczow");
    }

    #[test]
    fn digraph_rule_ie_is_e() {
        same("Pieskow", "Peskov");
        same("Miedwiediew", "Medvedev");
    }

    #[test]
    fn digraph_rule_ou_is_u() {
        same("Oustinov", "Ustinov");
    }

    #[test]
    fn digraph_rule_y_and_j_are_i() {
        same("Jurij", "Yuriy");
        same("Yury", "Juri");
    }

    #[test]
    fn final_rule_ei_ey_ej_ij() {
        same("Sergei", "Sergey");
        same("Siergiej", "Sergey");
        same("Sergej", "Sergei");
        same("Zelenskyy", "Zelenskij");
    }

    #[test]
    fn final_rule_ta_marbuta() {
        same("Haniyeh", "Hanija");
        same("Jeddah", "Jedda");
    }

    #[test]
    fn french_key_reads_ch_as_sh() {
        assert_eq!(french_key("bachar"), Some(name_key("Bashar")));
        assert_eq!(french_key("tchernov"), None);
        assert_eq!(french_key("choigou"), Some(name_key("Shoigu")));
        assert_eq!(french_key("lavrov"), None);
    }

    #[test]
    fn doubled_letters_collapse() {
        same("Jeddah", "Jedah");
        same("Kossachev", "Kosachev");
    }

    #[test]
    fn digits_are_kept_and_never_collapsed() {
        assert_eq!(name_key("A11"), "a11");
    }

    #[test]
    fn skeleton_ignores_vowels() {
        assert_eq!(
            skeleton(&name_key("Muhammad")),
            skeleton(&name_key("Mohamed"))
        );
        assert_ne!(skeleton(&name_key("Jeddah")), skeleton(&name_key("Riyadh")));
    }

    #[test]
    fn different_names_stay_different() {
        assert_ne!(name_key("Lavrov"), name_key("Naryshkin"));
        assert_ne!(name_key("Jens"), name_key("Sabine"));
    }
}
