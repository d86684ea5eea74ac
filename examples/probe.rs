use crosscheck::candidates::TermStats;
use crosscheck::verify::score::{overlap, term_similarity};
fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let corpus = crosscheck::load::load(&paths, &Default::default()).unwrap();
    let s = crosscheck::Settings::default();
    let sk = crosscheck::verify::sketch_documents(&corpus.documents, &s);
    let terms: Vec<_> = sk.iter().map(|x| &x.terms).collect();
    let stats = TermStats::new(&terms);
    for i in 0..sk.len() {
        for j in i + 1..sk.len() {
            let o = overlap(&sk[i].shingles, &sk[j].shingles);
            println!(
                "{} {} J={:.3} C={:.3} sim={:.3} names {} {} words {} {}",
                corpus.documents[i].id,
                corpus.documents[j].id,
                o.jaccard,
                o.containment,
                term_similarity(&sk[i].terms, &sk[j].terms, &stats),
                sk[i].terms.names.len(),
                sk[j].terms.names.len(),
                sk[i].terms.words.len(),
                sk[j].terms.words.len()
            );
        }
    }
    for i in 0..sk.len() {
        for j in i + 1..sk.len() {
            let n = |t: &crosscheck::sketch::Terms| crosscheck::sketch::Terms {
                names: t.names.clone(),
                words: vec![],
            };
            let w = |t: &crosscheck::sketch::Terms| crosscheck::sketch::Terms {
                names: vec![],
                words: t.words.clone(),
            };
            println!(
                "names {:.3} words {:.3} sharednames {} sharedwords {}",
                term_similarity(&n(&sk[i].terms), &n(&sk[j].terms), &stats),
                term_similarity(&w(&sk[i].terms), &w(&sk[j].terms), &stats),
                crosscheck::verify::score::intersection_size(
                    &sk[i].terms.names,
                    &sk[j].terms.names
                ),
                crosscheck::verify::score::intersection_size(
                    &sk[i].terms.words,
                    &sk[j].terms.words
                )
            );
        }
    }
    let r = crosscheck::verify::detect(&sk, &s);
    println!("{:?}", r.stats);
}
#[allow(dead_code)]
fn unused() {}
