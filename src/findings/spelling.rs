//! `spelling-variant` findings: one entity written more than one way across the corpus.
//!
//! Only full forms of one shape count as spellings: a partial name ("Lavrov") is not a variant of the full name,
//! and a form with another number of name tokens ("Vladimir Vladimirovich Putin") or an abbreviation ("U.S.")
//! is a different way of naming, not of spelling. Forms that differ only in case or typography (a no-break
//! space, a curly apostrophe) are one spelling.

use crate::extract::{NameKind, NameMention};
use crate::load::Document;
use crate::resolve::matcher::PreparedName;
use crate::resolve::{Entities, Gazetteer};
use crate::segment::Segmented;
use crate::text::fold;

use super::{EvidenceBuilder, Finding, Kind};

fn is_abbreviation(form: &str) -> bool {
    form.contains('.') || {
        let mut letters = form.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    }
}

fn kind_word(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Person => "person",
        NameKind::Place => "place",
        NameKind::Organisation => "organisation",
        NameKind::Unknown => "name",
    }
}

/// One finding per entity of `entities` that has two or more spellings of its full form.
pub fn spelling_variants(
    documents: &[Document],
    segmented: &[Segmented],
    names: &[Vec<NameMention>],
    entities: &Entities,
) -> Vec<Finding> {
    let gazetteer = Gazetteer::get();
    let builders: Vec<EvidenceBuilder<'_>> = documents.iter().map(EvidenceBuilder::new).collect();
    let mut findings = Vec::new();
    for entity in &entities.entities {
        if entity.kind == NameKind::Unknown {
            continue;
        }
        let shape = PreparedName::new(&entity.canonical, gazetteer).keys.len();
        let mut spellings: Vec<(String, &str)> = Vec::new();
        for form in entity
            .forms
            .iter()
            .filter(|f| f.full && !is_abbreviation(&f.text))
        {
            if PreparedName::new(&form.text, gazetteer).keys.len() != shape {
                continue;
            }
            let key: String = fold(&form.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            // A form that differs only in typography is the same spelling; its occurrences are still evidence.
            if !spellings.iter().any(|(k, _)| *k == key) {
                spellings.push((key, &form.text));
            }
        }
        if spellings.len() < 2 {
            continue;
        }
        let mut evidence = Vec::new();
        let mut reports: Vec<usize> = Vec::new();
        for form in entity
            .forms
            .iter()
            .filter(|f| f.full && !is_abbreviation(&f.text))
        {
            let key: String = fold(&form.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !spellings.iter().any(|(k, _)| *k == key) {
                continue;
            }
            for r in &form.mentions {
                let mention = &names[r.document][r.mention];
                let context = segmented[r.document]
                    .sentences
                    .get(mention.sentence)
                    .map_or(mention.span, |s| s.span);
                evidence.push(builders[r.document].evidence(mention.span, context));
                reports.push(r.document);
            }
        }
        reports.sort_unstable();
        reports.dedup();
        let values: Vec<String> = spellings.iter().map(|(_, t)| t.to_string()).collect();
        let message = format!(
            "one {}, {} spellings across {} report{}: {}",
            kind_word(entity.kind),
            values.len(),
            reports.len(),
            if reports.len() == 1 { "" } else { "s" },
            values.join(" / ")
        );
        findings.push(Finding::new(
            Kind::SpellingVariant,
            Some(entity.canonical.clone()),
            values,
            message,
            evidence,
        ));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_not_spellings() {
        assert!(is_abbreviation("U.S."));
        assert!(is_abbreviation("UK"));
        assert!(!is_abbreviation("Kyiv"));
    }
}
