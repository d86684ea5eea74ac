//! Stage: filter. Findings in, findings out: the configuration's accepted and preferred spellings and severity
//! overrides, the `--only` scope, and the baseline's new/known marks.
//!
//! The rules work on a [`Finding`]'s kind, values and documents only, so every detection stage gets them
//! without knowing they exist.

pub mod baseline;

use std::collections::BTreeSet;

pub use baseline::{Baseline, BaselineEntry, BaselineError};

use crate::config::{Config, Level, PerKind};
use crate::findings::{self, Finding, Kind};
use crate::report::Report;
use crate::text::fold;

/// What the baseline said about a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BaselineOutcome {
    /// Accepted findings that no longer occur: the baseline can be refreshed to drop them.
    pub stale: Vec<BaselineEntry>,
}

/// Everything the filter stage applies.
#[derive(Clone, Debug)]
pub struct Filter {
    severity: PerKind<Level>,
    /// Folded forms of each accepted set.
    accept: Vec<BTreeSet<String>>,
    /// Each house spelling, folded and as written.
    prefer: Vec<(String, String)>,
    /// Ids of the documents whose findings are reported (`--only`); `None` reports all.
    pub only: Option<BTreeSet<String>>,
    /// The accepted findings, when a baseline was given.
    pub baseline: Option<Baseline>,
}

impl Default for Filter {
    fn default() -> Self {
        Filter::new(&Config::default())
    }
}

impl Filter {
    /// The rules `config` sets, with no scope and no baseline.
    pub fn new(config: &Config) -> Self {
        Filter {
            severity: config.severity.clone(),
            accept: config
                .variants
                .accept
                .iter()
                .map(|a| a.forms.iter().map(|f| fold(f)).collect())
                .collect(),
            prefer: config
                .variants
                .prefer
                .iter()
                .map(|p| (fold(&p.form), p.form.clone()))
                .collect(),
            only: None,
            baseline: None,
        }
    }

    /// Applies every rule to `report`'s findings, keeping them sorted.
    pub fn apply(&self, report: &mut Report) {
        let findings = std::mem::take(&mut report.findings);
        let mut kept: Vec<Finding> = findings
            .into_iter()
            .filter_map(|f| self.apply_to_finding(f))
            .collect();
        if let Some(baseline) = &self.baseline {
            let stale = baseline.mark(&mut kept, |entry| self.entry_in_scope(entry));
            report.baseline = Some(BaselineOutcome { stale });
        }
        findings::sort(&mut kept);
        report.findings = kept;
    }

    /// One finding through the spelling rules, the severity override and the scope; `None` drops it.
    fn apply_to_finding(&self, mut finding: Finding) -> Option<Finding> {
        if finding.kind == Kind::SpellingVariant {
            if self.is_accepted(&finding) {
                return None;
            }
            finding = self.prefer_house_spelling(finding)?;
        }
        finding.severity = self.severity.get(finding.kind).severity()?;
        if let Some(only) = &self.only
            && !finding.documents().iter().any(|d| only.contains(*d))
        {
            return None;
        }
        Some(finding)
    }

    /// Whether all of a variant's spellings lie in one set the desk accepts.
    fn is_accepted(&self, finding: &Finding) -> bool {
        let forms: BTreeSet<String> = finding.values.iter().map(|v| fold(v)).collect();
        self.accept.iter().any(|set| forms.is_subset(set))
    }

    /// When a house spelling names this entity, flags only the other spellings and suggests the house one.
    /// A variant whose every spelling is the house one (typography aside) is no longer a problem.
    fn prefer_house_spelling(&self, mut finding: Finding) -> Option<Finding> {
        let folded: Vec<String> = finding.values.iter().map(|v| fold(v)).collect();
        let entity = finding.entity.as_deref().map(fold);
        let Some((house, form)) = self
            .prefer
            .iter()
            .find(|(house, _)| folded.contains(house) || entity.as_ref() == Some(house))
        else {
            return Some(finding);
        };
        let others: Vec<String> = finding
            .values
            .iter()
            .zip(&folded)
            .filter(|(_, f)| *f != house)
            .map(|(v, _)| v.clone())
            .collect();
        if others.is_empty() {
            return None;
        }
        finding.evidence.retain(|e| fold(&e.text) != *house);
        finding.message = format!(
            "house spelling is \"{form}\"; found {}",
            others
                .iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        finding.values = others;
        finding.suggestion = Some(form.clone());
        Some(finding)
    }

    /// Whether an entry's absence means it is stale: its kind is still reported, and under `--only` it
    /// involves a report in scope.
    fn entry_in_scope(&self, entry: &BaselineEntry) -> bool {
        let Some(kind) = Kind::ALL.into_iter().find(|k| k.name() == entry.kind) else {
            return false;
        };
        if *self.severity.get(kind) == Level::Off {
            return false;
        }
        self.only
            .as_ref()
            .is_none_or(|only| entry.documents.iter().any(|d| only.contains(d)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Evidence, Severity, Status};
    use std::path::Path;

    fn evidence(document: &str, start: usize, text: &str) -> Evidence {
        Evidence {
            document: document.into(),
            path: document.into(),
            line: 1 + start / 80,
            column: 1 + start % 80,
            end_line: 1 + start / 80,
            end_column: 1 + start % 80 + text.chars().count(),
            start,
            end: start + text.len(),
            text: text.into(),
            context: text.into(),
        }
    }

    /// A spelling variant as the resolve stage reports it: entity = canonical form, values = surface forms.
    fn variant(entity: &str, spellings: &[(&str, &str)]) -> Finding {
        Finding::new(
            Kind::SpellingVariant,
            Some(entity.into()),
            spellings.iter().map(|(_, v)| v.to_string()).collect(),
            format!("one person, {} spellings", spellings.len()),
            spellings
                .iter()
                .enumerate()
                .map(|(i, (doc, v))| evidence(doc, i * 100, v))
                .collect(),
        )
    }

    fn filter(toml: &str) -> Filter {
        Filter::new(&Config::parse(toml, Path::new("crosscheck.toml")).unwrap())
    }

    fn run(filter: &Filter, findings: Vec<Finding>) -> Report {
        let mut report = Report {
            findings,
            ..Report::default()
        };
        filter.apply(&mut report);
        report
    }

    #[test]
    fn prefer_flags_the_non_preferred_spelling_and_suggests_the_house_one() {
        let rules = filter("[[variants.prefer]]\nform = \"Sergei Lavrov\"\n");
        let found = variant(
            "Sergey Lavrov",
            &[
                ("a.txt", "Sergei Lavrov"),
                ("b.txt", "Sergey Lavrov"),
                ("b.txt", "Siergiej Ławrow"),
            ],
        );
        let id = found.id.clone();
        let report = run(&rules, vec![found]);
        let f = &report.findings[0];
        assert_eq!(f.values, ["Sergey Lavrov", "Siergiej Ławrow"]);
        assert_eq!(f.suggestion.as_deref(), Some("Sergei Lavrov"));
        assert!(f.message.contains("\"Sergei Lavrov\""), "{}", f.message);
        assert!(f.evidence.iter().all(|e| e.text != "Sergei Lavrov"));
        assert_eq!(f.evidence.len(), 2);
        assert_eq!(f.id, id, "the id stays that of the underlying variant");
    }

    #[test]
    fn prefer_matches_punctuated_names_across_typography() {
        let rules = filter("[[variants.prefer]]\nform = \"Alan O'Leary\"\n");
        let report = run(
            &rules,
            vec![variant(
                "Alan O'Leary",
                &[("a.txt", "Alan O\u{2019}Leary"), ("b.txt", "Alan OLeary")],
            )],
        );
        assert_eq!(report.findings[0].values, ["Alan OLeary"]);
        assert_eq!(
            report.findings[0].suggestion.as_deref(),
            Some("Alan O'Leary")
        );
    }

    #[test]
    fn prefer_matches_on_the_entity_when_the_house_form_is_absent() {
        let rules = filter("[[variants.prefer]]\nform = \"Volodymyr Zelensky\"\n");
        let report = run(
            &rules,
            vec![variant(
                "Volodymyr Zelensky",
                &[
                    ("a.txt", "Volodymyr Zelenskyy"),
                    ("b.txt", "Wolodymyr Selenskyj"),
                ],
            )],
        );
        assert_eq!(report.findings[0].values.len(), 2);
        assert_eq!(
            report.findings[0].suggestion.as_deref(),
            Some("Volodymyr Zelensky")
        );
    }

    #[test]
    fn prefer_leaves_other_entities_alone() {
        let rules = filter("[[variants.prefer]]\nform = \"Sergei Lavrov\"\n");
        let found = variant(
            "Maria Zakharova",
            &[("a.txt", "Maria Zakharova"), ("b.txt", "Mariya Zakharova")],
        );
        let report = run(&rules, vec![found.clone()]);
        assert_eq!(report.findings, [found]);
    }

    #[test]
    fn accept_drops_a_variant_within_one_accepted_set_only() {
        let rules = filter("[[variants.accept]]\nforms = [\"Zelensky\", \"Zelenskyy\"]\n");
        let within = variant("Zelensky", &[("a.txt", "Zelensky"), ("b.txt", "ZELENSKYY")]);
        let beyond = variant(
            "Zelensky",
            &[
                ("a.txt", "Zelensky"),
                ("b.txt", "Zelenskyy"),
                ("c.txt", "Zelenskiy"),
            ],
        );
        let report = run(&rules, vec![within, beyond.clone()]);
        assert_eq!(report.findings, [beyond]);
    }

    #[test]
    fn severity_overrides_and_off() {
        let rules =
            filter("[severity]\nspelling-variant = \"error\"\nduplicate-passage = \"off\"\n");
        let dup = Finding::new(
            Kind::DuplicatePassage,
            None,
            vec!["x".into()],
            String::new(),
            vec![],
        );
        let var = variant("A B", &[("a.txt", "A B"), ("b.txt", "A. B")]);
        let report = run(&rules, vec![dup, var]);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].severity, Severity::Error);
    }

    #[test]
    fn only_keeps_findings_that_involve_a_scoped_report() {
        let rules = Filter {
            only: Some(BTreeSet::from(["new.txt".to_string()])),
            ..Filter::default()
        };
        let old = variant("A B", &[("old1.txt", "A B"), ("old2.txt", "A. B")]);
        let new = variant("C D", &[("new.txt", "C D"), ("old1.txt", "C. D")]);
        let report = run(&rules, vec![old, new.clone()]);
        assert_eq!(report.findings, [new]);
    }

    #[test]
    fn baseline_marks_and_scopes_stale_entries() {
        let old = variant("A B", &[("old1.txt", "A B"), ("old2.txt", "A. B")]);
        let gone = variant("E F", &[("old1.txt", "E F"), ("old2.txt", "E. F")]);
        let new = variant("C D", &[("new.txt", "C D"), ("old1.txt", "C. D")]);
        let mut rules = Filter {
            baseline: Some(Baseline::from_findings(&[old.clone(), gone.clone()])),
            ..Filter::default()
        };
        let report = run(&rules, vec![old.clone(), new.clone()]);
        let status: Vec<_> = report
            .findings
            .iter()
            .map(|f| (f.id.clone(), f.status))
            .collect();
        assert!(status.contains(&(old.id.clone(), Some(Status::Known))));
        assert!(status.contains(&(new.id.clone(), Some(Status::New))));
        let stale = &report.baseline.as_ref().unwrap().stale;
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].id, gone.id);
        assert_eq!(report.max_gating_severity(), Some(Severity::Warning));

        // Scoped to the new report, the missing old entry says nothing: it is not stale.
        rules.only = Some(BTreeSet::from(["new.txt".to_string()]));
        let report = run(&rules, vec![old, new]);
        assert!(report.baseline.unwrap().stale.is_empty());
    }

    #[test]
    fn known_findings_do_not_gate() {
        let old = variant("A B", &[("a.txt", "A B"), ("b.txt", "A. B")]);
        let rules = Filter {
            baseline: Some(Baseline::from_findings(std::slice::from_ref(&old))),
            ..Filter::default()
        };
        let report = run(&rules, vec![old]);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.max_gating_severity(), None);
    }
}
