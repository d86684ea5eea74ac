//! Mention extraction on arbitrary text: names, numbers, dates, quotations and roles keep valid spans.
#![no_main]

use crosscheck::extract::extract_facts;
use crosscheck::extract::names::{CapitalEvidence, extract_names_with};
use crosscheck::resolve::Gazetteer;
use crosscheck::segment::Segmented;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = crosscheck_fuzz::text(data);
    let seg = Segmented::new(&text);
    let evidence = CapitalEvidence::of_document(&text, &seg);
    let names = extract_names_with(&text, &seg, Gazetteer::get(), &evidence);
    for name in &names {
        crosscheck_fuzz::check_span(&text, name.span, "name");
    }
    let facts = extract_facts(&text, &seg);
    let check = |span, what| crosscheck_fuzz::check_span(&text, span, what);
    facts.numbers.iter().for_each(|m| check(m.span, "number"));
    facts.dates.iter().for_each(|m| check(m.span, "date"));
    for quote in &facts.quotes {
        check(quote.span, "quote");
        if let Some(speaker) = quote.speaker {
            check(speaker, "speaker");
        }
    }
    for role in &facts.roles {
        check(role.role_span, "role");
        check(role.person, "person");
    }
});
