//! The name matcher measured in isolation on labelled pairs (`fixtures/names/pairs.tsv`): precision and recall
//! of "same" must both reach 0.95.

use crosscheck::resolve::same_name;

#[test]
fn labelled_pairs_precision_and_recall_reach_the_bar() {
    let text = include_str!("../fixtures/names/pairs.tsv");
    let (mut tp, mut fp, mut fn_, mut tn) = (0u32, 0u32, 0u32, 0u32);
    let mut errors = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "bad fixture line: {line}");
        let expected = match fields[2] {
            "same" => true,
            "different" => false,
            other => panic!("bad label {other:?} in: {line}"),
        };
        let verdict = same_name(fields[0], fields[1]);
        match (expected, verdict.same) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => tn += 1,
        }
        if expected != verdict.same {
            errors.push(format!(
                "  {} / {}: expected {}, got {} ({:.3}, {})",
                fields[0], fields[1], fields[2], verdict.same, verdict.score, verdict.reason
            ));
        }
    }
    let precision = f64::from(tp) / f64::from(tp + fp);
    let recall = f64::from(tp) / f64::from(tp + fn_);
    println!(
        "pairs: {} (same {}, different {}); precision {precision:.3}, recall {recall:.3}",
        tp + fp + fn_ + tn,
        tp + fn_,
        fp + tn
    );
    println!("{}", errors.join("\n"));
    assert!(tp + fp + fn_ + tn >= 150, "at least 150 labelled pairs");
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}"
    );
}
