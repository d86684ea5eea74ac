//! Japanese names in Latin letters: the two romanisations news copy meets, Hepburn ("Tsutomu Ishii", "Chieko
//! Ōshima") and Kunrei-shiki, the Japanese government's standard, which writes the sounds of each kana row
//! with the row's consonant ("Tutomu Isii", "Tieko Ôsima": tu for tsu, si for shi, ti for chi, zi for ji, hu
//! for fu, sya for sha, tya for cha, zya for ja).
//!
//! A token reads as one system when it is a string of that system's morae: an onset the system writes before
//! that vowel, then the vowel; a syllabic n; or a doubled consonant (the small tsu) before its mora.

use super::keys::rewrite;

/// An onset, the vowels Hepburn writes after it, and the vowels Kunrei-shiki writes after it. Two-letter
/// onsets first, so that "ky" is read before "k". Hepburn writes s, z, t, d and h before i or u as other
/// onsets (shi, ji, chi, tsu, fu); Kunrei-shiki has no sh, ch, ts, j or f. y is never before i or e, nor w
/// before i, u or e, in modern spelling: "Tsegaye" is no Japanese name.
const ONSETS: &[(&str, &str, &str)] = &[
    ("ky", "auo", "auo"),
    ("gy", "auo", "auo"),
    ("ny", "auo", "auo"),
    ("hy", "auo", "auo"),
    ("by", "auo", "auo"),
    ("py", "auo", "auo"),
    ("my", "auo", "auo"),
    ("ry", "auo", "auo"),
    ("sh", "aiueo", ""),
    ("ch", "aiueo", ""),
    ("ts", "u", ""),
    ("sy", "", "auo"),
    ("zy", "", "auo"),
    ("ty", "", "auo"),
    ("k", "aiueo", "aiueo"),
    ("g", "aiueo", "aiueo"),
    ("s", "aueo", "aiueo"),
    ("z", "aueo", "aiueo"),
    ("j", "aiueo", ""),
    ("t", "aeo", "aiueo"),
    ("d", "aeo", "aeo"),
    ("n", "aiueo", "aiueo"),
    ("h", "aieo", "aiueo"),
    ("f", "u", ""),
    ("b", "aiueo", "aiueo"),
    ("p", "aiueo", "aiueo"),
    ("m", "aiueo", "aiueo"),
    ("r", "aiueo", "aiueo"),
    ("y", "auo", "auo"),
    ("w", "ao", "a"),
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// True when plain ASCII `ascii` is a string of Hepburn morae (`kunrei` unset) or of Kunrei-shiki morae.
fn morae(ascii: &str, kunrei: bool) -> bool {
    let b = ascii.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A syllabic n: at the end or before a consonant other than y.
        if b[i] == b'n' && b.get(i + 1).is_none_or(|&c| !is_vowel(c) && c != b'y') {
            i += 1;
            continue;
        }
        // A doubled consonant: the small tsu before k, s, t, p, and Hepburn's t before ch.
        let doubled =
            i + 1 < b.len() && b[i] == b[i + 1] && matches!(b[i], b'k' | b's' | b't' | b'p');
        if doubled || (!kunrei && b[i] == b't' && ascii[i + 1..].starts_with("ch")) {
            i += 1;
        }
        let onset = ONSETS.iter().find(|(o, hepburn, kunrei_vowels)| {
            ascii[i..].starts_with(o) && !(if kunrei { kunrei_vowels } else { hepburn }).is_empty()
        });
        let vowels = match onset {
            Some((o, hepburn, kunrei_vowels)) => {
                i += o.len();
                if kunrei { kunrei_vowels } else { hepburn }
            }
            None => "aiueo",
        };
        if !b
            .get(i)
            .is_some_and(|c| is_vowel(*c) && vowels.as_bytes().contains(c))
        {
            return false;
        }
        i += 1;
    }
    !ascii.is_empty()
}

/// True when a plain ASCII token is a string of Hepburn morae ("kishida", "junichiro", "ippei"). Japanese
/// names are the ones outside East Asian family-name tables that news copy writes in either order.
pub fn reads_as_japanese(ascii: &str) -> bool {
    morae(ascii, false)
}

/// True when the plain ASCII tokens of a name are all Kunrei-shiki morae and some token is no Hepburn
/// spelling ("Tutomu Isii"): the name is written in Kunrei-shiki, and its tokens have a [`kunrei_reading`].
pub fn writes_kunrei(tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens.iter().all(|t| morae(t, true))
        && tokens.iter().any(|t| !morae(t, false))
}

/// A Kunrei-shiki token (plain ASCII) as Hepburn writes it: "tutomu" -> "tsutomu", "isii" -> "ishii",
/// "tieko" -> "chieko", "hukuda" -> "fukuda", "syunsuke" -> "shunsuke".
pub fn kunrei_reading(ascii: &str) -> String {
    /// Kunrei-shiki morae (onset and the vowel it changes before) and their Hepburn spelling, read left to
    /// right in one pass, so that the sh made of "syu" is not read again as the h of "hu".
    const TO_HEPBURN: &[(&str, &str)] = &[
        ("sy", "sh"),
        ("ty", "ch"),
        ("zy", "j"),
        ("si", "shi"),
        ("ti", "chi"),
        ("tu", "tsu"),
        ("hu", "fu"),
        ("zi", "ji"),
    ];
    rewrite(ascii, TO_HEPBURN)
}

/// A token (plain ASCII) with its long vowels written as plain Hepburn writes them, without a mark: passport
/// Hepburn's "oh" ("itoh" -> "ito", "ohno" -> "ono", "kohno" -> "kono") and the doubled vowels of kana
/// typed letter for letter ("kouriyama" -> "koriyama", "oota" -> "ota", "yuuki" -> "yuki"). `None` when the
/// token has none (an "oh" before a vowel or y is an o and a mora of h) or does not then read as Hepburn
/// morae ("kohl", "mohd"), so that only Japanese names are read this way.
pub fn long_vowel_reading(ascii: &str) -> Option<String> {
    let b = ascii.as_bytes();
    let mut out = String::with_capacity(ascii.len());
    let mut changed = false;
    let mut i = 0;
    while i < b.len() {
        let long = (b[i] == b'o'
            && b.get(i + 1) == Some(&b'h')
            && b.get(i + 2).is_none_or(|&c| !is_vowel(c) && c != b'y'))
            || matches!(
                (b[i], b.get(i + 1)),
                (b'o', Some(b'u' | b'o')) | (b'u', Some(b'u'))
            );
        out.push(char::from(b[i]));
        if long {
            changed = true;
            i += 2;
        } else {
            i += 1;
        }
    }
    (changed && morae(&out, false)).then_some(out)
}

/// True for a Japanese woman's given name in -ko (子, "child") against a man's name of the same opening in -o
/// (夫, 男, 雄): "Kazuko"/"Kazuo", "Yoshiko"/"Yoshio", "Akiko"/"Akio". Two names of two people, however close
/// their letters; both must read as Japanese, in Hepburn or Kunrei-shiki. Plain ASCII in.
pub fn feminine_ko_against_masculine_o(a: &str, b: &str) -> bool {
    let japanese = |t: &str| morae(t, false) || morae(t, true);
    [(a, b), (b, a)].iter().any(|&(ko, o)| {
        ko.strip_suffix("ko").is_some_and(|stem| {
            stem.len() >= 2 && o.strip_suffix('o') == Some(stem) && japanese(ko) && japanese(o)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn japanese_kunrei_tu_si() {
        assert!(writes_kunrei(&words("tutomu isii")));
        assert_eq!(kunrei_reading("tutomu"), "tsutomu");
        assert_eq!(kunrei_reading("isii"), "ishii");
    }

    #[test]
    fn japanese_kunrei_ti_si_circumflex() {
        assert!(writes_kunrei(&words("tieko osima")));
        assert_eq!(kunrei_reading("tieko"), "chieko");
        assert_eq!(kunrei_reading("syunsuke"), "shunsuke");
        assert_eq!(kunrei_reading("hukuda"), "fukuda");
        assert_eq!(kunrei_reading("zirou"), "jirou");
    }

    #[test]
    fn hepburn_names_are_not_kunrei_and_other_names_are_neither() {
        assert!(!writes_kunrei(&words("tsutomu ishii")));
        assert!(!writes_kunrei(&words("chieko oshima")));
        assert!(!writes_kunrei(&words("tina turner")));
        assert!(reads_as_japanese("junichiro") && reads_as_japanese("ippei"));
        assert!(reads_as_japanese("tsutomu") && reads_as_japanese("matchida"));
        assert!(!reads_as_japanese("selvaraj"));
    }

    #[test]
    fn japanese_feminine_ko_masculine_o() {
        assert!(feminine_ko_against_masculine_o("kazuko", "kazuo"));
        assert!(feminine_ko_against_masculine_o("akio", "akiko"));
        assert!(!feminine_ko_against_masculine_o("kazuko", "kazuko"));
        assert!(!feminine_ko_against_masculine_o("marko", "maro"));
    }

    #[test]
    fn amharic_and_swahili_names_are_no_hepburn() {
        // Hepburn has no ye, and writes shi for si: these are a given name and a father's name.
        assert!(!reads_as_japanese("tsegaye"));
        assert!(!reads_as_japanese("hamisi"));
        assert!(reads_as_japanese("kebede"));
    }

    #[test]
    fn long_vowels_written_oh_or_doubled_read_as_plain_hepburn() {
        for (oh, plain) in [
            ("itoh", "ito"),
            ("ohno", "ono"),
            ("satoh", "sato"),
            ("kohno", "kono"),
            ("kouriyama", "koriyama"),
            ("oota", "ota"),
            ("yuuki", "yuki"),
        ] {
            assert_eq!(long_vowel_reading(oh).as_deref(), Some(plain), "{oh}");
        }
        // An "oh" before a vowel is o and a mora of h ("ohashi" is o-ha-shi); a token that does not then read as
        // Japanese keeps its h. ("john" reads as "jon": the name's other tokens must read as Japanese too.)
        for word in ["ohara", "ohashi", "kohl", "mohd", "ito"] {
            assert_eq!(long_vowel_reading(word), None, "{word}");
        }
    }
}
