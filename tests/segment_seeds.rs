//! Sentence splitting of both seed reports: abbreviations, curly quotes and NBSP.

use crosscheck::segment::{Boilerplate, Segmented};

fn sentences(path: &str) -> (String, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap();
    let seg = Segmented::new(&text);
    let list = seg
        .sentences
        .iter()
        .map(|s| s.span.of(&text).to_string())
        .collect();
    (text, list)
}

#[test]
fn seed_000_sentences() {
    let (_, s) = sentences("seeds/000_eeec98b2f19edeb8.txt");
    assert!(s.contains(&"He was discussing a potential peace agreement with Ukraine.".to_string()));
    // NBSPs inside the line do not split or drop words.
    assert!(
        s.contains(
            &"Russia firm on\u{a0}peace terms, NATO troops in\u{a0}Ukraine a\u{a0}red\u{a0}line"
                .to_string()
        )
    );
    // A quotation of three sentences stays whole with its attribution.
    assert!(s.iter().any(|x| x.starts_with("\"Any agreements")
        && x.ends_with("the deputy wrote in a\u{a0}post on Telegram.")));
    // The repeated caption lines are separate sentences.
    let caption = "Russia will avoid compromises that would threaten people's lives, declared Siergiej Ławrow.";
    assert_eq!(s.iter().filter(|x| *x == caption).count(), 2);
    assert_eq!(s.len(), 26);
}

#[test]
fn seed_002_sentences() {
    let (_, s) = sentences("seeds/002_7a06f59f9f720265.txt");
    // "U.S." at the end of the headline and curly apostrophes do not split.
    assert_eq!(
        s[0],
        "Russia Rejects NATO Troop Deployment in Ukraine: Key Insights from Lavrov\u{2019}s Talks with the U.S."
    );
    // Curly quotes: the quotation and its attribution are one sentence.
    assert!(s.contains(
        &"\u{201c}Any deployment of armed forces under another banner won\u{2019}t change the situation. This is completely unacceptable,\u{201d} Lavrov stated."
            .to_string()
    ));
    assert!(s.contains(&"US Secretary of State Marco Rubio described the meeting as \u{201c}the first step of a long and challenging path, but an important one.\u{201d}".to_string()));
    assert!(s.contains(&"They struggled to agree on a unified response.".to_string()));
    assert_eq!(s.len(), 28);
}

#[test]
fn seed_boilerplate_is_marked_not_removed() {
    let text = std::fs::read_to_string("seeds/000_eeec98b2f19edeb8.txt").unwrap();
    let seg = Segmented::new(&text);
    let marked: Vec<(&str, Boilerplate)> = seg
        .lines
        .iter()
        .filter_map(|l| l.boilerplate.map(|b| (l.span.of(&text), b)))
        .collect();
    assert_eq!(
        marked,
        [
            (
                "Images source: \u{a9} Getty Images | Contributor#8523328",
                Boilerplate::Credit
            ),
            ("Katarzyna Kalus", Boilerplate::Byline),
            ("Related content", Boilerplate::Label),
        ]
    );
    let text = std::fs::read_to_string("seeds/002_7a06f59f9f720265.txt").unwrap();
    let seg = Segmented::new(&text);
    let marked: Vec<&str> = seg
        .lines
        .iter()
        .filter(|l| l.boilerplate.is_some())
        .map(|l| l.span.of(&text))
        .collect();
    assert_eq!(marked, ["Admin", "Source link"]);
}
