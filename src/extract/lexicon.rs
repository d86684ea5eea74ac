//! Word lists shared by the fact extractors: number words, units, currencies, speech verbs, titles,
//! nationalities, organisation words, calendar words, and a small English singulariser.
//!
//! Every list is general English news vocabulary, never words taken from one report. Lookups take the
//! matching form (folded, lower case) and are `match` statements, so each costs a few comparisons.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A word that is part of a number written out in words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumberWord {
    /// "zero" to "nineteen", and the tens "twenty" to "ninety".
    Small(f64),
    /// "hundred".
    Hundred,
    /// "thousand", "million", "billion", "trillion" and their abbreviations.
    Scale(f64),
    /// "dozen": twelve of what precedes it, or twelve after "a".
    Dozen,
    /// "half".
    Half,
}

/// The number word `w`, if it is one.
pub(crate) fn number_word(w: &str) -> Option<NumberWord> {
    use NumberWord::*;
    Some(match w {
        "zero" => Small(0.0),
        "one" => Small(1.0),
        "two" => Small(2.0),
        "three" => Small(3.0),
        "four" => Small(4.0),
        "five" => Small(5.0),
        "six" => Small(6.0),
        "seven" => Small(7.0),
        "eight" => Small(8.0),
        "nine" => Small(9.0),
        "ten" => Small(10.0),
        "eleven" => Small(11.0),
        "twelve" => Small(12.0),
        "thirteen" => Small(13.0),
        "fourteen" => Small(14.0),
        "fifteen" => Small(15.0),
        "sixteen" => Small(16.0),
        "seventeen" => Small(17.0),
        "eighteen" => Small(18.0),
        "nineteen" => Small(19.0),
        "twenty" => Small(20.0),
        "thirty" => Small(30.0),
        "forty" => Small(40.0),
        "fifty" => Small(50.0),
        "sixty" => Small(60.0),
        "seventy" => Small(70.0),
        "eighty" => Small(80.0),
        "ninety" => Small(90.0),
        "hundred" => Hundred,
        "dozen" => Dozen,
        "half" => Half,
        s => return scale_word(s).map(Scale),
    })
}

/// Multipliers written as words after a number: "2.5 billion", "4.2 bn", "300 million".
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        // South Asian copy counts money and people in lakhs and crores: "Tk 45 crore", "₹4 lakh".
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Multipliers glued to digits: "4.2bn", "$5m", "10k".
pub(crate) fn scale_suffix(s: &str) -> Option<f64> {
    match s {
        "k" => Some(1e3),
        "m" => Some(1e6),
        "b" => Some(1e9),
        s => scale_word(s),
    }
}

/// A unit of measure: its canonical name, the base unit it converts to, and the factor to that base.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unit {
    /// Canonical singular name in matching form: "day", "usd", "percent".
    pub name: &'static str,
    /// The unit values of this dimension are compared in: durations in days, lengths in km, masses in kg.
    pub base: &'static str,
    /// Multiply a value in `name` by this to get it in `base`.
    pub factor: f64,
}

const fn unit(name: &'static str, base: &'static str, factor: f64) -> Unit {
    Unit { name, base, factor }
}

/// Days in a mean Gregorian year, so that "four and a half years" equals "four years and six months".
const YEAR_DAYS: f64 = 365.25;

/// The unit word `w` (singular or plural), if it is one. Money is handled by [`currency_word`].
pub(crate) fn unit_word(w: &str) -> Option<Unit> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => unit("second", "day", 1.0 / 86_400.0),
        "minute" | "minutes" | "min" | "mins" => unit("minute", "day", 1.0 / 1_440.0),
        "hour" | "hours" | "hr" | "hrs" => unit("hour", "day", 1.0 / 24.0),
        "day" | "days" => unit("day", "day", 1.0),
        "night" | "nights" => unit("night", "night", 1.0),
        "week" | "weeks" => unit("week", "day", 7.0),
        "fortnight" | "fortnights" => unit("fortnight", "day", 14.0),
        "month" | "months" => unit("month", "day", YEAR_DAYS / 12.0),
        "year" | "years" => unit("year", "day", YEAR_DAYS),
        "decade" | "decades" => unit("decade", "day", YEAR_DAYS * 10.0),
        "century" | "centuries" => unit("century", "day", YEAR_DAYS * 100.0),
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => unit("km", "km", 1.0),
        "m" | "metre" | "metres" | "meter" | "meters" => unit("metre", "km", 0.001),
        "mile" | "miles" => unit("mile", "km", 1.609_344),
        "km/h" | "kph" | "kmh" | "kmph" => unit("km/h", "km/h", 1.0),
        "mph" => unit("mph", "km/h", 1.609_344),
        "knot" | "knots" => unit("knot", "km/h", 1.852),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => unit("kg", "kg", 1.0),
        "tonne" | "tonnes" | "ton" | "tons" => unit("tonne", "kg", 1_000.0),
        "percent" | "pct" => unit("percent", "percent", 1.0),
        "point" | "points" => unit("point", "point", 1.0),
        "round" | "rounds" => unit("round", "round", 1.0),
        "barrel" | "barrels" => unit("barrel", "barrel", 1.0),
        _ => return None,
    })
}

/// Unit suffixes glued to digits: "10km", "5kg".
pub(crate) fn unit_suffix(s: &str) -> Option<Unit> {
    match s {
        "km" | "kg" | "m" => unit_word(s),
        "h" | "hr" | "hrs" => unit_word("hour"),
        _ => None,
    }
}

/// ISO code of a currency symbol.
pub(crate) fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "usd",
        '€' => "eur",
        '£' => "gbp",
        '¥' => "jpy",
        '₽' => "rub",
        '₴' => "uah",
        '₹' => "inr",
        '₩' => "krw",
        '₺' => "lira",
        '₦' => "ngn",
        '₱' => "peso",
        '₫' => "vnd",
        '৳' => "bdt",
        '₮' => "mnt",
        '₸' => "kzt",
        '₪' => "shekel",
        '₾' => "gel",
        '₼' => "azn",
        '฿' => "thb",
        _ => return None,
    })
}

/// ISO code of a currency named in words after the number: "dollars", "euros", "roubles".
pub(crate) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" => "usd",
        "euro" | "euros" | "eur" => "eur",
        "pound" | "pounds" | "gbp" | "sterling" => "gbp",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "rub",
        "hryvnia" | "hryvnias" | "hryvnas" | "uah" => "uah",
        "yuan" | "renminbi" | "cny" => "cny",
        "yen" | "jpy" => "jpy",
        "rupee" | "rupees" | "inr" => "inr",
        "franc" | "francs" | "chf" => "chf",
        // The francs of West and Central Africa, one name for two currencies at one parity.
        "cfa" | "xof" | "xaf" => "cfa",
        "zloty" | "zlotys" | "pln" => "pln",
        // Currencies of many countries share a name; a story is about one of them.
        "peso" | "pesos" => "peso",
        "dong" | "vnd" => "vnd",
        "rand" | "zar" => "zar",
        "lira" | "liras" | "lire" => "lira",
        "krona" | "kronor" | "krone" | "kroner" => "krona",
        "forint" | "forints" | "huf" => "huf",
        "baht" | "thb" => "thb",
        "ringgit" | "myr" => "myr",
        "rupiah" | "idr" => "idr",
        "naira" | "ngn" => "ngn",
        "shilling" | "shillings" => "shilling",
        "dinar" | "dinars" => "dinar",
        "dirham" | "dirhams" => "dirham",
        "riyal" | "riyals" | "rial" | "rials" => "riyal",
        "kwacha" | "zmw" => "zmw",
        "cedi" | "cedis" | "ghs" => "ghs",
        "leu" | "lei" => "leu",
        "leva" | "bgn" => "bgn",
        "reais" | "brl" => "brl",
        "shekel" | "shekels" => "shekel",
        "tenge" | "kzt" => "kzt",
        "taka" | "bdt" => "bdt",
        "birr" | "etb" => "etb",
        "tugrik" | "tugriks" | "togrog" | "mnt" => "mnt",
        "kyat" | "kyats" | "mmk" => "mmk",
        "riel" | "riels" | "khr" => "khr",
        "krw" => "krw",
        "lari" => "gel",
        "manat" | "manats" | "azn" => "azn",
        "som" | "soms" | "somoni" => "som",
        "afghani" | "afghanis" | "afn" => "afn",
        "soles" => "pen",
        "quetzal" | "quetzales" | "quetzals" | "gtq" => "gtq",
        "lempira" | "lempiras" | "hnl" => "hnl",
        // Not "colon" ("1,000 colon cancer screenings").
        "colones" => "colon",
        "guarani" | "guaranies" | "guaranis" | "pyg" => "pyg",
        "boliviano" | "bolivianos" => "bob",
        "kwanza" | "kwanzas" | "aoa" => "aoa",
        "ariary" => "mga",
        "rufiyaa" | "mvr" => "mvr",
        "ngultrum" | "ngultrums" | "btn" => "btn",
        "dalasi" | "dalasis" | "gmd" => "gmd",
        "leone" | "leones" | "sll" => "sll",
        // The dollars of other countries, by code ("NT$" and "New Taiwan dollars" are read as "twd").
        "twd" => "twd",
        "hkd" => "hkd",
        "aud" => "aud",
        "cad" => "cad",
        "sgd" => "sgd",
        "nzd" => "nzd",
        "fjd" => "fjd",
        "jmd" => "jmd",
        "ttd" => "ttd",
        "xcd" => "xcd",
        "nad" => "nad",
        "zwl" => "zwl",
        "bsd" => "bsd",
        "bbd" => "bbd",
        "bzd" => "bzd",
        "lrd" => "lrd",
        "gyd" => "gyd",
        "bnd" => "bnd",
        "sbd" => "sbd",
        _ => return None,
    })
}

/// The dollar a country prefix glued to "$" names: "NT$600,000", "HK$5 million", "A$2 billion". Many
/// countries' money is the dollar; a "$" alone is read as the US dollar, as wires write it.
pub(crate) fn dollar_prefix(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "US" | "U.S." => "usd",
        "NT" => "twd",
        "HK" => "hkd",
        "A" | "AU" => "aud",
        "C" | "CA" | "Can" => "cad",
        "S" | "SG" => "sgd",
        "NZ" => "nzd",
        "FJ" | "F" => "fjd",
        "J" => "jmd",
        "TT" => "ttd",
        "EC" => "xcd",
        "N" => "nad",
        "Z" => "zwl",
        "R" => "brl",
        _ => return None,
    })
}

/// The dollar a country's name before "dollars" names, with how many words that name takes: "New Taiwan
/// dollars", "Hong Kong dollars", "Australian dollars". `words` are in matching form, from the first word after
/// the number.
pub(crate) fn dollar_country(words: &[&str]) -> Option<(&'static str, usize)> {
    #[rustfmt::skip]
    const COUNTRIES: &[(&[&str], &str)] = &[
        (&["us"], "usd"), (&["u.s."], "usd"), (&["american"], "usd"),
        (&["new", "taiwan"], "twd"), (&["taiwan"], "twd"), (&["taiwanese"], "twd"),
        (&["hong", "kong"], "hkd"), (&["australian"], "aud"), (&["canadian"], "cad"),
        (&["singapore"], "sgd"), (&["singaporean"], "sgd"), (&["new", "zealand"], "nzd"),
        (&["fiji"], "fjd"), (&["fijian"], "fjd"), (&["jamaican"], "jmd"),
        (&["trinidad", "and", "tobago"], "ttd"), (&["eastern", "caribbean"], "xcd"),
        (&["namibian"], "nad"), (&["zimbabwe"], "zwl"), (&["zimbabwean"], "zwl"),
        (&["bahamian"], "bsd"), (&["barbados"], "bbd"), (&["belize"], "bzd"), (&["liberian"], "lrd"),
        (&["guyanese"], "gyd"), (&["brunei"], "bnd"), (&["solomon", "islands"], "sbd"),
    ];
    COUNTRIES.iter().find_map(|(name, code)| {
        let dollars = words.get(name.len())?;
        (words.starts_with(name) && matches!(*dollars, "dollar" | "dollars"))
            .then_some((*code, name.len() + 1))
    })
}

/// The currency a code or abbreviation written before a number names: "Tk 45 crore", "Rs 500", "RM 2 million",
/// "USD 5 million". Banks' three-letter codes count only in capitals ("USD", not "usd"), so that a word that
/// happens to spell one is not money, and codes that are words or names in capitals too ("TRY", "MAD", "RON")
/// are left out; the South and South-East Asian abbreviations are written as those countries' papers write
/// them.
pub(crate) fn currency_code_before(raw: &str) -> Option<&'static str> {
    let code = match raw.trim_end_matches('.') {
        "Tk" | "TK" => "bdt",
        "Rs" | "RS" | "INR" | "PKR" | "LKR" | "NPR" => "inr",
        "RM" | "MYR" => "myr",
        "Rp" | "IDR" => "idr",
        "KSh" | "Ksh" | "Kshs" | "KShs" | "USh" | "TSh" | "Tsh" | "KES" | "UGX" | "TZS" => {
            "shilling"
        }
        "ETB" => "etb",
        "USD" => "usd",
        "TWD" => "twd",
        "HKD" => "hkd",
        "AUD" => "aud",
        "CAD" => "cad",
        "SGD" => "sgd",
        "NZD" => "nzd",
        "FJD" => "fjd",
        "EUR" => "eur",
        "GBP" => "gbp",
        "JPY" => "jpy",
        "CNY" | "RMB" => "cny",
        "CHF" => "chf",
        "RUB" => "rub",
        "UAH" => "uah",
        "PLN" => "pln",
        "BDT" => "bdt",
        "MNT" => "mnt",
        "KZT" => "kzt",
        "KRW" => "krw",
        "NGN" => "ngn",
        "ZAR" => "zar",
        "THB" => "thb",
        "VND" => "vnd",
        "BRL" => "brl",
        "HUF" => "huf",
        "BGN" => "bgn",
        "GHS" => "ghs",
        "ZMW" => "zmw",
        "ILS" => "shekel",
        "MDL" => "leu",
        "SEK" | "NOK" | "DKK" | "ISK" => "krona",
        // Not "PHP", which is a programming language as often ("PHP 8").
        "ARS" | "MXN" | "CLP" | "COP" | "UYU" => "peso",
        "AED" => "dirham",
        "SAR" | "QAR" | "OMR" | "IRR" | "YER" => "riyal",
        "KWD" | "BHD" | "JOD" | "IQD" | "DZD" | "TND" | "RSD" => "dinar",
        _ => return None,
    };
    Some(code)
}

/// One-word hedges before a number: "about 200", "nearly 40".
pub(crate) fn is_approximator(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "approximately"
            | "approx"
            | "roughly"
            | "nearly"
            | "almost"
            | "some"
            | "over"
            | "under"
            // "temperatures above thirty degrees", "below 5 percent": bounds, as "over" and "under" are.
            | "above"
            | "below"
            | "estimated"
            | "circa"
            | "ca"
            | "upwards"
            | "maximum"
            | "minimum"
    )
}

/// Two-word hedges before a number: "more than 300", "at least 12", "up to 5,000".
pub(crate) fn is_approximator_pair(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("more", "than")
            | ("less", "than")
            | ("fewer", "than")
            | ("greater", "than")
            | ("at", "least")
            | ("at", "most")
            | ("up", "to")
            | ("close", "to")
            | ("upwards", "of")
            | ("just", "over")
            | ("just", "under")
            | ("many", "as")
            | ("much", "as")
            | ("excess", "of")
    )
}

/// Function words: never a head noun, a speaker or a name.
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "about"
            | "as"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "than"
            | "then"
            | "that"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "why"
            | "how"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "i"
            | "his"
            | "her"
            | "their"
            | "our"
            | "your"
            | "my"
            | "me"
            | "him"
            | "them"
            | "us"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "so"
            | "such"
            | "each"
            | "every"
            | "all"
            | "any"
            | "some"
            | "more"
            | "most"
            | "less"
            | "least"
            | "many"
            | "much"
            | "few"
            | "fewer"
            | "other"
            | "others"
            | "another"
            | "own"
            | "same"
            | "both"
            | "either"
            | "neither"
            | "per"
            | "via"
            | "up"
            | "down"
            | "out"
            | "off"
            | "again"
            | "once"
            | "just"
            | "also"
            | "only"
            | "very"
            | "too"
            | "still"
            | "even"
            | "yet"
            | "already"
            | "now"
            | "ago"
            | "later"
            | "earlier"
            | "since"
            | "until"
            | "while"
            | "during"
            | "before"
            | "after"
            | "between"
            | "among"
            | "against"
            | "within"
            | "around"
            | "across"
            | "through"
            | "toward"
            | "towards"
            | "upon"
            | "near"
            | "despite"
            | "including"
            | "plus"
            | "if"
            | "because"
            | "whether"
            | "though"
            | "although"
            | "unless"
            | "whereas"
            | "respectively"
            | "apiece"
            | "altogether"
            | "total"
            | "overall"
    )
}

/// Common verbs whose past tense does not end in "-ed", so a noun phrase stops before them: "a magnitude 5.1
/// earthquake struck", "two ships collided" is caught by "-ed" already.
pub(crate) fn is_common_verb(w: &str) -> bool {
    matches!(
        w,
        "struck"
            | "strikes"
            | "hit"
            | "hits"
            | "left"
            | "took"
            | "made"
            | "came"
            | "went"
            | "fell"
            | "rose"
            | "held"
            | "met"
            | "began"
            | "saw"
            | "found"
            | "gave"
            | "got"
            | "led"
            | "lost"
            | "ran"
            | "sent"
            | "spent"
            | "stood"
            | "won"
            | "broke"
            | "brought"
            | "built"
            | "caught"
            | "fought"
            | "flew"
            | "fled"
            | "grew"
            | "kept"
            | "knew"
            | "paid"
            | "put"
            | "set"
            | "shot"
            | "sank"
            | "sold"
            | "spoke"
            | "threw"
            | "wrote"
            | "died"
            | "remain"
            | "remained"
            | "remains"
            | "say"
            | "said"
            | "were"
            | "are"
            | "have"
            | "had"
    )
}

/// Words of stealing, in the forms reports write them: "thieves took 17 objects", "the stolen items", "the
/// theft". ("escaped with" and "got away with" are read where they are written: escaping alone is no theft.)
pub(crate) fn is_theft_word(word: &str) -> bool {
    matches!(
        word,
        "stole"
            | "stolen"
            | "steal"
            | "took"
            | "taken"
            | "snatched"
            | "looted"
            | "loot"
            | "grabbed"
            | "theft"
            | "heist"
    )
}

/// Personal pronouns that can stand for a speaker.
pub(crate) fn is_person_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she")
}

/// Finite speech verbs: "Lavrov said", "declared Sergey Lavrov".
pub(crate) fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "stated"
            | "declared"
            | "added"
            | "adds"
            | "told"
            | "tells"
            | "stressed"
            | "stresses"
            | "emphasized"
            | "emphasised"
            | "emphasizes"
            | "emphasises"
            | "noted"
            | "warned"
            | "warns"
            | "insisted"
            | "insists"
            | "argued"
            | "argues"
            | "claimed"
            | "announced"
            | "wrote"
            | "writes"
            | "reiterated"
            | "explained"
            | "explains"
            | "asserted"
            | "remarked"
            | "mentioned"
            | "highlighted"
            | "underlined"
            | "underscored"
            | "suggested"
            | "reassured"
            | "assured"
            | "confirmed"
            | "denied"
            | "reported"
            | "acknowledged"
            | "admitted"
            | "conceded"
            | "observed"
            | "commented"
            | "replied"
            | "responded"
            | "recalled"
            | "vowed"
            | "promised"
            | "predicted"
            | "tweeted"
            | "posted"
            | "continued"
            | "concluded"
            | "affirmed"
            | "maintained"
            | "indicated"
            | "specified"
            | "clarified"
            | "believes"
            | "believed"
            | "thinks"
            | "thought"
    )
}

/// Speech participles that report the main clause's speaker: ", saying that ...", ", adding that ...".
pub(crate) fn is_speech_participle(w: &str) -> bool {
    matches!(
        w,
        "saying"
            | "adding"
            | "stating"
            | "noting"
            | "warning"
            | "insisting"
            | "arguing"
            | "claiming"
            | "stressing"
            | "emphasizing"
            | "emphasising"
            | "explaining"
            | "declaring"
            | "asserting"
            | "reiterating"
            | "underlining"
            | "writing"
            | "announcing"
            | "recalling"
            | "affirming"
            | "indicating"
    )
}

/// Verbs that frame a following quotation without reporting speech themselves: "described the meeting as “…”".
pub(crate) fn is_framing_verb(w: &str) -> bool {
    matches!(
        w,
        "described"
            | "describes"
            | "deemed"
            | "called"
            | "calls"
            | "termed"
            | "labelled"
            | "labeled"
            | "branded"
            | "dubbed"
            | "characterized"
            | "characterised"
            | "praised"
            | "criticized"
            | "criticised"
            | "dismissed"
            | "spoke"
            | "speaks"
            | "hailed"
            | "condemned"
            | "pleaded"
            | "welcomed"
            | "saluted"
            | "denounced"
            | "appealed"
            | "urged"
            | "demanded"
            | "asked"
    )
}

/// Words that may sit between a speech verb and its "that": the channel ("told reporters in an interview
/// that"), the stance reported ("reiterated its long-held stance that") and the time ("said on Tuesday that").
pub(crate) fn is_speech_setting(w: &str) -> bool {
    matches!(
        w,
        "reporters"
            | "journalists"
            | "media"
            | "press"
            | "interview"
            | "statement"
            | "conference"
            | "briefing"
            | "post"
            | "television"
            | "tv"
            | "broadcast"
            | "radio"
            | "address"
            | "speech"
            | "message"
            | "remarks"
            | "comments"
            | "letter"
            | "video"
            | "podcast"
            | "audience"
            | "parliament"
            | "lawmakers"
            | "stance"
            | "position"
            | "view"
            | "belief"
            | "claim"
            | "assessment"
            | "warning"
            | "call"
            | "night"
            | "morning"
            | "evening"
            | "afternoon"
            | "week"
            | "weekend"
            | "day"
            | "later"
            | "earlier"
            | "previously"
            | "again"
            | "also"
            | "repeatedly"
            | "publicly"
            | "separately"
            | "local"
            | "state"
            | "official"
            | "national"
            | "long"
            | "held"
    )
}

/// Adverbs and auxiliaries that may stand between a speaker and a speech verb: "Lavrov has also said".
pub(crate) fn is_verb_adjunct(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "has"
            | "had"
            | "have"
            | "later"
            | "earlier"
            | "previously"
            | "then"
            | "again"
            | "repeatedly"
            | "reportedly"
            | "recently"
            | "further"
            | "once"
            | "publicly"
            | "separately"
            | "subsequently"
            | "similarly"
            | "likewise"
            | "however"
            | "meanwhile"
            | "already"
            | "often"
            | "would"
            | "will"
            | "is"
            | "was"
    )
}

/// Role titles as word sequences in matching form, with the canonical role each stands for.
///
/// Longer titles come first within a first word, so the longest match wins ("foreign minister" before
/// "minister").
const TITLES: &[Title] = &[
    (&["vice", "president"], "vice president"),
    // The head of government's title in Peru, Italy and Poland, written out by translations: one office
    // with "prime minister".
    (
        &["president", "of", "the", "council", "of", "ministers"],
        "prime minister",
    ),
    (
        &["chairman", "of", "the", "council", "of", "ministers"],
        "prime minister",
    ),
    (&["president"], "president"),
    (&["president-elect"], "president-elect"),
    (&["prime", "minister"], "prime minister"),
    (&["premier"], "prime minister"),
    (&["foreign", "affairs", "minister"], "foreign minister"),
    (&["foreign", "minister"], "foreign minister"),
    (&["defence", "minister"], "defence minister"),
    (&["defense", "minister"], "defence minister"),
    (&["interior", "minister"], "interior minister"),
    (&["finance", "minister"], "finance minister"),
    (&["economy", "minister"], "economy minister"),
    (&["energy", "minister"], "energy minister"),
    (&["health", "minister"], "health minister"),
    (&["justice", "minister"], "justice minister"),
    (&["trade", "minister"], "trade minister"),
    (
        &["minister", "of", "foreign", "affairs"],
        "foreign minister",
    ),
    (
        &["minister", "for", "foreign", "affairs"],
        "foreign minister",
    ),
    (&["minister", "of", "defence"], "defence minister"),
    (&["minister", "of", "defense"], "defence minister"),
    (&["minister"], "minister"),
    (&["foreign", "secretary"], "foreign secretary"),
    (&["home", "secretary"], "home secretary"),
    (&["defence", "secretary"], "defence secretary"),
    (&["defense", "secretary"], "defence secretary"),
    (&["press", "secretary"], "press secretary"),
    (&["secretary", "of", "state"], "secretary of state"),
    (&["secretary", "of", "defense"], "defence secretary"),
    (&["secretary", "of", "defence"], "defence secretary"),
    // A company's secretary is an officer of its board, not a minister's or a party's secretary.
    (&["company", "secretary"], "company secretary"),
    (&["corporate", "secretary"], "company secretary"),
    (&["secretary", "general"], "secretary general"),
    (&["secretary-general"], "secretary general"),
    (&["general", "secretary"], "general secretary"),
    (&["executive", "secretary"], "executive secretary"),
    (&["executive", "director"], "executive director"),
    (&["secretary"], "secretary"),
    (
        &["national", "security", "adviser"],
        "national security advisor",
    ),
    (
        &["national", "security", "advisor"],
        "national security advisor",
    ),
    (&["security", "adviser"], "security advisor"),
    (&["security", "advisor"], "security advisor"),
    (&["adviser"], "advisor"),
    (&["advisor"], "advisor"),
    (&["aide"], "aide"),
    (&["spokesperson"], "spokesperson"),
    (&["spokesman"], "spokesperson"),
    (&["spokeswoman"], "spokesperson"),
    (&["envoy"], "envoy"),
    (&["ambassador"], "ambassador"),
    (&["chancellor"], "chancellor"),
    (&["director", "general"], "director general"),
    (&["managing", "director"], "managing director"),
    (&["director"], "director"),
    (&["head"], "leader"),
    (&["chief", "of", "staff"], "chief of staff"),
    // A plant's or a ship's chief engineer is a post, not the profession: one person, one plant.
    (&["chief", "engineer"], "chief engineer"),
    // So are a museum's chief curator, an airline's chief pilot and a farm district's chief agronomist.
    (&["chief", "curator"], "chief curator"),
    (&["chief", "pilot"], "chief pilot"),
    (&["chief", "agronomist"], "chief agronomist"),
    (&["chief", "executive", "officer"], "chief executive"),
    (&["chief", "executive"], "chief executive"),
    (&["ceo"], "chief executive"),
    (
        &["chief", "financial", "officer"],
        "chief financial officer",
    ),
    (&["cfo"], "chief financial officer"),
    (&["finance", "director"], "chief financial officer"),
    (
        &["chief", "operating", "officer"],
        "chief operating officer",
    ),
    (&["coo"], "chief operating officer"),
    (
        &["chief", "technology", "officer"],
        "chief technology officer",
    ),
    (&["cto"], "chief technology officer"),
    // A police force's chief is its one commander, an office as a mayor's is: not the unranked "chief".
    (&["police", "chief"], "police chief"),
    (&["chief"], "leader"),
    (&["leader"], "leader"),
    (&["chairman"], "chair"),
    (&["chairwoman"], "chair"),
    (&["chairperson"], "chair"),
    (&["chair"], "chair"),
    (&["governor"], "governor"),
    (&["mayor"], "mayor"),
    // A region's or a province's appointed head, under the name its country gives the office: a Kazakh akim,
    // an Uzbek hokim, a Moroccan or Algerian wali, a French or Italian prefect, a Polish voivode, an
    // Indonesian regent (bupati).
    (&["akim"], "akim"),
    (&["hokim"], "hokim"),
    (&["wali"], "wali"),
    (&["prefect"], "prefect"),
    (&["voivode"], "voivode"),
    (&["regent"], "regent"),
    (&["bupati"], "regent"),
    (&["treasurer"], "treasurer"),
    // The head of an agency in some countries' English ("the KASA administrator", "the FAA administrator").
    (&["administrator"], "administrator"),
    (&["senator"], "senator"),
    (&["sen"], "senator"),
    (&["representative"], "representative"),
    (&["rep"], "representative"),
    (&["gov"], "governor"),
    (&["lt"], "lieutenant"),
    (&["lieutenant"], "lieutenant"),
    (&["col"], "colonel"),
    (&["sgt"], "sergeant"),
    (&["sergeant"], "sergeant"),
    (&["capt"], "captain"),
    (&["captain"], "captain"),
    (&["adm"], "admiral"),
    (&["congressman"], "congressman"),
    (&["congresswoman"], "congresswoman"),
    (&["lawmaker"], "lawmaker"),
    (&["legislator"], "lawmaker"),
    (&["commander", "in", "chief"], "commander in chief"),
    (&["commander-in-chief"], "commander in chief"),
    (&["commander"], "commander"),
    (&["general"], "general"),
    (&["gen"], "general"),
    (&["admiral"], "admiral"),
    (&["colonel"], "colonel"),
    (&["king"], "king"),
    (&["queen"], "queen"),
    (&["crown", "prince"], "crown prince"),
    (&["prince"], "prince"),
    (&["princess"], "princess"),
    (&["pope"], "pope"),
    (&["emir"], "emir"),
    (&["founder"], "founder"),
    (&["attorney", "general"], "attorney general"),
    // Counsel for the defence: one side of a case, as a prosecutor is the other.
    (&["defence", "lawyer"], "defence lawyer"),
    (&["defense", "lawyer"], "defence lawyer"),
    (&["defence", "attorney"], "defence lawyer"),
    (&["defense", "attorney"], "defence lawyer"),
    (&["defence", "counsel"], "defence lawyer"),
    (&["defense", "counsel"], "defence lawyer"),
    (&["prosecutor", "general"], "prosecutor general"),
    (&["prosecutor"], "prosecutor"),
    (&["judge"], "judge"),
    (&["speaker"], "speaker"),
    (&["mp"], "mp"),
    (&["commissioner"], "commissioner"),
    // An elected member of a council, or of a regional government's executive ("the region's councillor for
    // health"): an office of its own, which a hospital's director does not hold.
    (&["councillor"], "councillor"),
    (&["councilor"], "councillor"),
    (&["diplomat"], "diplomat"),
    (&["negotiator"], "negotiator"),
    (&["official"], "official"),
    (&["patriarch"], "patriarch"),
    (&["archbishop"], "archbishop"),
    (&["analyst"], "analyst"),
    (&["correspondent"], "correspondent"),
    (&["deputy"], "deputy"),
    (&["coordinator"], "coordinator"),
    // A plant's or a hotel's general manager runs it; without the pair, "general" read as the army rank.
    (&["general", "manager"], "general manager"),
    (&["manager"], "manager"),
    // An officer is a rank or a trade ("a police officer") unless a word names the post: one federation has
    // one anti-doping officer, one election one returning officer.
    (&["press", "officer"], "press officer"),
    (&["information", "officer"], "information officer"),
    (&["public", "information", "officer"], "information officer"),
    (&["medical", "officer"], "medical officer"),
    (&["chief", "medical", "officer"], "chief medical officer"),
    // A country's or a county's chief veterinary officer, "chief veterinarian" in other outlets' words: the
    // office that orders culls and zones in an animal outbreak.
    (&["veterinary", "officer"], "veterinary officer"),
    (
        &["chief", "veterinary", "officer"],
        "chief veterinary officer",
    ),
    (&["chief", "veterinarian"], "chief veterinary officer"),
    (&["veterinarian"], "veterinarian"),
    (&["compliance", "officer"], "compliance officer"),
    (&["liaison", "officer"], "liaison officer"),
    (&["welfare", "officer"], "welfare officer"),
    (&["safety", "officer"], "safety officer"),
    (&["anti", "doping", "officer"], "anti-doping officer"),
    (&["integrity", "officer"], "integrity officer"),
    (&["returning", "officer"], "returning officer"),
    (&["presiding", "officer"], "presiding officer"),
    (&["mediator"], "mediator"),
    (&["ombudsman"], "ombudsman"),
    (&["rapporteur"], "rapporteur"),
    (&["inspector"], "inspector"),
    (&["superintendent"], "superintendent"),
    (&["economist"], "economist"),
    // Posts a specialist holds in a body, which reporters name people by: "Miroslav Kollár, the museum's
    // curator", "a forecaster at the national Institute of Meteorology", "an epidemiologist of the regional
    // health directorate".
    (&["curator"], "curator"),
    (&["forecaster"], "forecaster"),
    (&["meteorologist"], "forecaster"),
    (&["epidemiologist"], "epidemiologist"),
    (&["agronomist"], "agronomist"),
    // A member of a Belgian or Dutch town's executive, under its mayor ("schepen", "wethouder").
    (&["alderman"], "alderman"),
    (&["alderwoman"], "alderman"),
    (&["researcher"], "researcher"),
    (&["historian"], "historian"),
    (&["editor"], "editor"),
    (&["coach"], "coach"),
    (&["harbour", "master"], "harbour master"),
    (&["harbor", "master"], "harbour master"),
    (&["harbourmaster"], "harbour master"),
    // The crew of one craft and the guide of one group, each its one holder when a report writes "the pilot,
    // Simon Ashworth" or "their guide, Nina Kos" (see the slots' crew offices).
    (&["pilot"], "pilot"),
    (&["co-pilot"], "co-pilot"),
    (&["copilot"], "co-pilot"),
    (&["driver"], "driver"),
    (&["skipper"], "skipper"),
    (&["guide"], "guide"),
    // A school's head, an office of its own that its board's chair does not hold.
    (&["headteacher"], "headteacher"),
    (&["head", "teacher"], "headteacher"),
    (&["headmaster"], "headteacher"),
    (&["headmistress"], "headteacher"),
    // Counsel for a party ("his lawyer, Arben Zeqiri"): the profession as a party's counsel, which a
    // "defence lawyer" narrows. "Attorney" is left out: a district attorney prosecutes.
    (&["lawyer"], "lawyer"),
];

/// A title's words in matching form, and the canonical role it stands for.
type Title = (&'static [&'static str], &'static str);

/// [`TITLES`] grouped by first word, built once, so a word that starts no title costs one hash lookup.
fn title_index() -> &'static HashMap<&'static str, Vec<Title>> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<Title>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<Title>> = HashMap::new();
        for &(pattern, role) in TITLES {
            index.entry(pattern[0]).or_default().push((pattern, role));
        }
        index
    })
}

/// Words before a title that belong to the role itself: "deputy foreign minister", "former president".
pub(crate) fn is_title_prefix(w: &str) -> bool {
    matches!(
        w,
        "deputy"
            | "vice"
            | "acting"
            | "former"
            | "ex"
            | "special"
            | "senior"
            | "first"
            | "interim"
            | "top"
            | "assistant"
            | "outgoing"
            | "incoming"
            // "Presiding judge" and "the presiding judge" are one title, whatever the capitals.
            | "presiding"
    )
}

/// Courtesies before a title ("the Honourable Minister of Education", "His Excellency the President"): not a
/// qualifier that places the office, so that the honoured minister and the plain one hold one office.
pub(crate) fn is_courtesy_title(w: &str) -> bool {
    matches!(
        w,
        "honourable" | "honorable" | "hon" | "rt" | "excellency" | "esteemed" | "distinguished"
    )
}

/// Words before a title that put its holder in the past: "former deputy mayor", "ex-minister". They belong
/// to the role wherever they stand among its modifiers ("the former city treasurer"), because a former
/// holder does not hold the office now.
pub(crate) fn is_past_prefix(w: &str) -> bool {
    matches!(w, "former" | "ex")
}

/// Nouns of a body that has one head at a time, so that "the NDRF team, led by ..." and "..., who led the
/// NDRF team" name its leader: teams, delegations, missions, committees, agencies. Crowds and armed forces
/// ("protesters", "forces", "troops") have many leaders and are left out.
pub(crate) fn is_led_body(w: &str) -> bool {
    matches!(
        w,
        "team"
            | "delegation"
            | "unit"
            | "squad"
            | "crew"
            | "mission"
            | "panel"
            | "committee"
            | "commission"
            | "council"
            | "board"
            | "inquiry"
            | "investigation"
            | "taskforce"
            | "agency"
            | "service"
            | "office"
            | "department"
            | "ministry"
            | "authority"
            | "bureau"
            | "union"
            | "party"
            | "coalition"
            | "government"
            | "cabinet"
            | "company"
            | "consortium"
            | "federation"
            | "association"
            | "institute"
            | "foundation"
            | "expedition"
    )
}

/// The longest title starting at word `i` of `words` (matching forms, with `joined(k)` telling whether word
/// `k` follows word `k - 1` with only a space or hyphen between): the index one past it and its canonical
/// role.
pub(crate) fn title_at(
    words: &[&str],
    i: usize,
    joined: impl Fn(usize) -> bool,
) -> Option<(usize, &'static str)> {
    let first = *words.get(i)?;
    let candidates = title_index().get(first)?;
    let mut best: Option<(usize, &'static str)> = None;
    for &(pattern, role) in candidates {
        let end = i + pattern.len();
        if end > words.len() {
            continue;
        }
        let matches = pattern
            .iter()
            .enumerate()
            .skip(1)
            .all(|(k, p)| words[i + k] == *p && joined(i + k));
        if matches && best.is_none_or(|(e, _)| end > e) {
            best = Some((end, role));
        }
    }
    best
}

/// Honorifics that precede a name and are not part of it for matching: "Sir Keir Starmer".
pub(crate) fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "sir" | "dame" | "lord" | "lady" | "mr" | "mrs" | "ms" | "mx" | "dr" | "prof" | "professor"
    )
}

/// Nationality adjectives, country and bloc names that qualify a role: "Russian", "US", "UK".
pub(crate) fn is_nationality(w: &str) -> bool {
    matches!(
        w,
        "us" | "u.s"
            | "u.s."
            | "usa"
            | "uk"
            | "u.k"
            | "eu"
            | "un"
            | "nato"
            | "american"
            | "america"
            | "russian"
            | "russia"
            | "ukrainian"
            | "ukraine"
            | "british"
            | "britain"
            | "german"
            | "germany"
            | "french"
            | "france"
            | "chinese"
            | "china"
            | "israeli"
            | "israel"
            | "iranian"
            | "iran"
            | "turkish"
            | "turkey"
            | "saudi"
            | "polish"
            | "poland"
            | "italian"
            | "italy"
            | "spanish"
            | "spain"
            | "japanese"
            | "japan"
            | "indian"
            | "india"
            | "canadian"
            | "canada"
            | "european"
            | "belarusian"
            | "belarus"
            | "syrian"
            | "syria"
            | "palestinian"
            | "egyptian"
            | "egypt"
            | "qatari"
            | "qatar"
            | "emirati"
            | "korean"
            | "dutch"
            | "belgian"
            | "swedish"
            | "finnish"
            | "norwegian"
            | "danish"
            | "hungarian"
            | "czech"
            | "slovak"
            | "romanian"
            | "bulgarian"
            | "serbian"
            | "croatian"
            | "greek"
            | "austrian"
            | "swiss"
            | "irish"
            | "scottish"
            | "australian"
            | "brazilian"
            | "mexican"
            | "argentine"
            | "pakistani"
            | "afghan"
            | "iraqi"
            | "lebanese"
            | "jordanian"
            | "georgian"
            | "armenian"
            | "azerbaijani"
            | "kazakh"
            | "lithuanian"
            | "latvian"
            | "estonian"
            | "moldovan"
            | "taiwanese"
            | "vietnamese"
            | "thai"
            | "indonesian"
            | "nigerian"
            | "kenyan"
            | "ethiopian"
            | "sudanese"
            | "yemeni"
            | "libyan"
            | "tunisian"
            | "moroccan"
            | "algerian"
            | "venezuelan"
            | "colombian"
            | "chilean"
            | "peruvian"
            | "cuban"
            | "western"
            | "swede"
            | "briton"
            | "dane"
            | "finn"
            | "pole"
            | "turk"
            | "frenchman"
            | "frenchwoman"
            | "dutchman"
            | "spaniard"
            | "scot"
            | "kurd"
            | "arab"
            | "kurdish"
            | "ghanaian"
            | "ivorian"
            | "senegalese"
            | "congolese"
            | "uzbek"
            | "turkmen"
    )
}

/// Lower-case adjectives that place a role in an institution: "presidential aide", "opposition leader".
pub(crate) fn is_role_modifier(w: &str) -> bool {
    matches!(
        w,
        "presidential"
            | "federal"
            | "state"
            | "regional"
            | "military"
            | "government"
            | "opposition"
            | "kremlin"
            | "royal"
            | "parliamentary"
            | "congressional"
            | "diplomatic"
    )
}

/// Words that end an organisation's name, so a capitalised run ending in one is not a person:
/// "Russian Foreign Ministry", "Foreign Intelligence Service".
pub(crate) fn is_organisation_word(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "agency"
            | "service"
            | "services"
            | "committee"
            | "council"
            | "commission"
            | "union"
            | "party"
            | "department"
            | "office"
            | "federation"
            | "duma"
            | "house"
            | "parliament"
            | "government"
            | "assembly"
            | "army"
            | "forces"
            | "force"
            | "court"
            | "bank"
            | "fund"
            | "organisation"
            | "organization"
            | "institute"
            | "university"
            // "University Hospital Olomouc": a hospital's name, never a person's.
            | "hospital"
            | "clinic"
            | "administration"
            | "kremlin"
            | "pentagon"
            | "senate"
            | "congress"
            | "cabinet"
            | "bureau"
            | "authority"
            | "corporation"
            | "company"
            | "group"
            | "association"
            | "alliance"
            | "guard"
            | "police"
            | "embassy"
            | "foundation"
            | "board"
            | "nations"
            | "states"
            | "kingdom"
            | "republic"
            | "times"
            | "post"
            | "news"
            | "reuters"
            | "press"
            | "media"
            | "network"
            | "centre"
            | "center"
            | "command"
            | "staff"
            | "navy"
            | "directorate"
            | "inc"
            | "ltd"
            | "club"
            | "church"
            | "movement"
            | "front"
            | "coalition"
            | "secretariat"
    )
}

/// Weekday number (Monday = 0) of a weekday name.
pub(crate) fn weekday(w: &str) -> Option<u8> {
    Some(match w {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// Month number (1-12) of a month name or its usual abbreviation; "may" and "march" are returned too, and
/// callers ask for a day or year beside them.
pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The singular of an English noun in matching form: "prisoners" -> "prisoner", "talks" -> "talk",
/// "casualties" -> "casualty", "children" -> "child". Words that are not plurals come back unchanged.
pub(crate) fn singular(w: &str) -> String {
    let irregular = match w {
        "people" => Some("people"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "children" => Some("child"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "knives" => Some("knife"),
        "wolves" => Some("wolf"),
        "halves" => Some("half"),
        "thieves" => Some("thief"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "crises" => Some("crisis"),
        "analyses" => Some("analysis"),
        "theses" => Some("thesis"),
        "data" => Some("data"),
        "criteria" => Some("criterion"),
        "phenomena" => Some("phenomenon"),
        _ => None,
    };
    if let Some(s) = irregular {
        return s.to_string();
    }
    let n = w.len();
    if n <= 3
        || !w.ends_with('s')
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
        || w.ends_with("news")
        || w.ends_with("series")
        || w.ends_with("species")
    {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies")
        && stem.len() >= 2
    {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes", "zzes"] {
        if w.ends_with(suffix) {
            return w[..n - 2].to_string();
        }
    }
    w[..n - 1].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_handles_regular_and_irregular_plurals() {
        assert_eq!(singular("prisoners"), "prisoner");
        assert_eq!(singular("talks"), "talk");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("children"), "child");
        assert_eq!(singular("lives"), "life");
        assert_eq!(singular("churches"), "church");
        assert_eq!(singular("troops"), "troop");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("crisis"), "crisis");
        assert_eq!(singular("news"), "news");
        assert_eq!(singular("dead"), "dead");
        assert_eq!(singular("gas"), "gas");
    }

    #[test]
    fn title_at_prefers_the_longest_title() {
        let words = ["us", "secretary", "of", "state", "marco", "rubio"];
        assert_eq!(
            title_at(&words, 1, |_| true),
            Some((4, "secretary of state"))
        );
        let words = [
            "president",
            "of",
            "the",
            "council",
            "of",
            "ministers",
            "ana",
        ];
        assert_eq!(title_at(&words, 0, |_| true), Some((6, "prime minister")));
        let words = ["foreign", "minister", "sergey"];
        assert_eq!(title_at(&words, 0, |_| true), Some((2, "foreign minister")));
        assert_eq!(title_at(&words, 0, |_| false), None);
        assert_eq!(title_at(&words, 2, |_| true), None);
    }

    #[test]
    fn number_words_and_scales() {
        assert_eq!(number_word("nine"), Some(NumberWord::Small(9.0)));
        assert_eq!(number_word("billion"), Some(NumberWord::Scale(1e9)));
        assert_eq!(scale_suffix("bn"), Some(1e9));
        assert_eq!(number_word("second"), None, "ordinals are not quantities");
    }
}
