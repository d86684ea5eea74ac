//! `crosscheck diff` end to end on two reports: every stage from segmenting to findings, then every renderer.
#![no_main]

use crosscheck::load::{Corpus, Document, Origin};
use crosscheck::report::{self, Format, RenderOptions};
use crosscheck::{Settings, pipeline};

fn document(name: &str, text: String) -> Document {
    Document {
        id: name.into(),
        path: name.into(),
        source: name.into(),
        title: text.lines().next().unwrap_or_default().into(),
        date: None,
        url: None,
        text,
        origin: Origin::File {
            byte_offset: 0,
            line_offset: 0,
        },
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // The loader never yields a report without text.
    let cut = data
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(data.len() / 2);
    let corpus = Corpus {
        documents: vec![
            document("a.txt", crosscheck_fuzz::text(&data[..cut])),
            document("b.txt", crosscheck_fuzz::text(&data[(cut + 1).min(data.len())..])),
        ],
        warnings: Vec::new(),
    };
    if corpus.documents.iter().any(|d| d.text.trim().is_empty()) {
        return;
    }
    let outcome = pipeline::diff(&corpus, &Settings::default());
    for finding in &outcome.report.findings {
        for evidence in &finding.evidence {
            let doc = &corpus.documents[usize::from(evidence.path == "b.txt")];
            assert_eq!(
                doc.text.get(evidence.start..evidence.end),
                Some(evidence.text.as_str()),
                "evidence bytes are the text it quotes"
            );
        }
    }
    for format in [
        Format::Table,
        Format::Json,
        Format::Jsonl,
        Format::Sarif,
        Format::Github,
        Format::Markdown,
        Format::Html,
    ] {
        let _ = report::render(&outcome.report, format, &RenderOptions::default());
    }
});
