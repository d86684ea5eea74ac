//! Ambiguous place names read in the light of the countries their reports name.
//!
//! Without context the gazetteer's ranking is right: "Paris" is Paris, France, and a name that is only an
//! alternate of a big city ("Sion", an old name of Jerusalem) goes to that city. A report that also names
//! Switzerland, or calls something Swiss, means the Valais town; one that names Texas means Paris, Texas. So
//! each ambiguous form goes to the candidate whose country most of its documents name, and keeps the
//! gazetteer's first choice when no document says, or when the first choice's own country is named as often.

use std::collections::HashMap;

use crate::load::Document;

use super::gazetteer::{Gazetteer, PlaceKind};

/// The countries one document names: by a country or first-level division, by a town only one place bears,
/// or by a demonym. Each with the form that named it, so a form is never its own evidence.
struct Named {
    countries: Vec<(Option<usize>, &'static str)>,
}

impl Named {
    fn of(forms: &[usize], candidates: &[&[u32]], text: &str, gazetteer: &Gazetteer) -> Named {
        let mut countries = Vec::new();
        for &form in forms {
            let Some(top) = candidates[form].first().and_then(|&id| gazetteer.by_id(id)) else {
                continue;
            };
            if top.kind != PlaceKind::Town || candidates[form].len() == 1 {
                countries.push((Some(form), top.country));
            }
        }
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            if let Some(country) = gazetteer.demonym(word) {
                countries.push((None, country));
            }
        }
        Named { countries }
    }

    fn names(&self, country: &str, besides: usize) -> bool {
        self.countries
            .iter()
            .any(|&(form, c)| c == country && form != Some(besides))
    }
}

/// The place each form denotes: `candidates[f]` are the gazetteer ids form `f` may denote, best first;
/// `document_forms[d]` the forms that occur in document `d`.
pub(super) fn choose_places(
    candidates: &[&[u32]],
    document_forms: &[Vec<usize>],
    documents: &[Document],
    gazetteer: &Gazetteer,
) -> Vec<Option<u32>> {
    let mut chosen: Vec<Option<u32>> = candidates.iter().map(|c| c.first().copied()).collect();
    let mut documents_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (d, forms) in document_forms.iter().enumerate() {
        for &f in forms {
            if candidates[f].len() > 1 {
                let of = documents_of.entry(f).or_default();
                if of.last() != Some(&d) {
                    of.push(d);
                }
            }
        }
    }
    let mut named: HashMap<usize, Named> = HashMap::new();
    for (&form, docs) in &documents_of {
        let places: Vec<_> = candidates[form]
            .iter()
            .filter_map(|&id| gazetteer.by_id(id))
            .collect();
        let support = |country: &str, named: &mut HashMap<usize, Named>| {
            docs.iter()
                .filter(|&&d| {
                    named
                        .entry(d)
                        .or_insert_with(|| {
                            Named::of(
                                &document_forms[d],
                                candidates,
                                &documents[d].text,
                                gazetteer,
                            )
                        })
                        .names(country, form)
                })
                .count()
        };
        let Some(first) = places.first() else {
            continue;
        };
        let mut best = (support(first.country, &mut named), first.id);
        for place in &places[1..] {
            if place.country == first.country {
                continue;
            }
            let count = support(place.country, &mut named);
            if count > best.0 {
                best = (count, place.id);
            }
        }
        chosen[form] = Some(best.1);
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(text: &str) -> Document {
        Document::for_test("d.txt", "d", text)
    }

    fn ids(name: &str) -> Vec<u32> {
        Gazetteer::get().places(name).map(|p| p.id).collect()
    }

    #[test]
    fn sion_is_jerusalem_without_context_and_the_swiss_town_beside_switzerland() {
        let g = Gazetteer::get();
        let sion = ids("Sion");
        let switzerland = ids("Switzerland");
        let candidates = [sion.as_slice(), switzerland.as_slice()];
        let alone = choose_places(&candidates, &[vec![0]], &[document("Talks in Sion.")], g);
        assert_eq!(g.by_id(alone[0].unwrap()).unwrap().country, "IL");
        let docs = [document("Talks in Sion, Switzerland.")];
        let placed = choose_places(&candidates, &[vec![0, 1]], &docs, g);
        assert_eq!(g.by_id(placed[0].unwrap()).unwrap().country, "CH");
    }

    #[test]
    fn a_demonym_names_the_country() {
        let g = Gazetteer::get();
        let sion = ids("Sion");
        let docs = [document("Swiss police said the talks in Sion ended.")];
        let placed = choose_places(&[sion.as_slice()], &[vec![0]], &docs, g);
        assert_eq!(g.by_id(placed[0].unwrap()).unwrap().country, "CH");
    }

    #[test]
    fn the_first_choice_stays_when_its_own_country_is_named_as_often() {
        let g = Gazetteer::get();
        let paris = ids("Paris");
        let texas = ids("Texas");
        let france = ids("France");
        let candidates = [paris.as_slice(), texas.as_slice(), france.as_slice()];
        let docs = [document("Paris, Texas and France.")];
        let placed = choose_places(&candidates, &[vec![0, 1, 2]], &docs, g);
        assert_eq!(g.by_id(placed[0].unwrap()).unwrap().country, "FR");
        let docs = [document("Storms hit Paris, Texas.")];
        let placed = choose_places(&candidates, &[vec![0, 1]], &docs, g);
        assert_eq!(g.by_id(placed[0].unwrap()).unwrap().country, "US");
    }
}
