//! The HTML report: one self-contained page an editor can open or attach to a ticket.
//!
//! The page has a corpus summary, the findings (filterable by kind, severity and source, each with its
//! evidence side by side and the differing words highlighted), a view per story with its pairs and scores, a
//! name-variant table, and the document list. It is plain semantic HTML with the stylesheet and a small filter
//! script inline, so it makes no network request.
//!
//! Safety: every piece of corpus text goes through [`Escaped`], and the page's Content-Security-Policy allows
//! only its own stylesheet and script, by hash. A payload that slipped past escaping still could not run.

mod highlight;

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write};
use std::ops::Range;

use super::{DocumentInfo, Report};
use crate::findings::evidence::excerpt;
use crate::findings::{Evidence, Finding, Kind, Severity};
use crate::verify::Pair;

/// The page's stylesheet, inlined.
const STYLE: &str = include_str!("html/style.css");
/// The page's filter script, inlined.
const SCRIPT: &str = include_str!("html/filter.js");
/// CSP source for [`STYLE`]: `sha256-` and the base64 SHA-256 of its bytes. A unit test recomputes it, so an
/// edit to the stylesheet that forgets this line fails `cargo test` and prints the new value.
const STYLE_HASH: &str = "sha256-t2kXABJCfVdv6lDkPzio5Vz6ChkWEiVflLM/HjNL6GI=";
/// CSP source for [`SCRIPT`], kept in step with it by the same test.
const SCRIPT_HASH: &str = "sha256-TqhSISurqedw3JPCOE++XV82RVjSLnwydxfXtLAG9+Y=";

/// Evidence items shown side by side before the rest is folded into a `<details>`: a spelling variant can have
/// dozens of mentions, and the first few carry the comparison.
const SIDES_SHOWN: usize = 4;

/// Longest value, in characters, that the values line shows whole; a repeated passage is shown in full in its
/// evidence below, so the line keeps only its start.
const VALUE_CHARS: usize = 120;

/// Severities in the order the page lists them.
const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

/// Renders `report` as one HTML page.
pub(super) fn render(report: &Report) -> String {
    let page = Page::new(report);
    let mut out =
        String::with_capacity(STYLE.len() + SCRIPT.len() + 4096 * (1 + report.findings.len()));
    page.write(&mut out)
        .expect("formatting into a String cannot fail");
    out
}

/// Text made safe to place in HTML content and in double- or single-quoted attribute values.
///
/// Control characters other than tab and line breaks are replaced by U+FFFD, because HTML forbids them.
struct Escaped<'s>(&'s str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut plain = 0;
        for (i, c) in self.0.char_indices() {
            let replacement = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' | '\n' | '\r' => continue,
                c if c.is_control() => "\u{FFFD}",
                _ => continue,
            };
            f.write_str(&self.0[plain..i])?;
            f.write_str(replacement)?;
            plain = i + c.len_utf8();
        }
        f.write_str(&self.0[plain..])
    }
}

/// The report plus the lookups every section needs.
struct Page<'r> {
    report: &'r Report,
    /// Distinct sources, sorted; the filter refers to them by index.
    sources: Vec<&'r str>,
    /// Document id -> index into `report.documents`.
    documents: HashMap<&'r str, usize>,
}

impl<'r> Page<'r> {
    fn new(report: &'r Report) -> Self {
        let mut sources: Vec<&str> = report.documents.iter().map(|d| d.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        let documents = report
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        Page {
            report,
            sources,
            documents,
        }
    }

    fn document(&self, id: &str) -> Option<&'r DocumentInfo> {
        self.documents.get(id).map(|&i| &self.report.documents[i])
    }

    /// The outlet of the document an evidence item is in; its path when the document is not listed.
    fn source_of(&self, evidence: &'r Evidence) -> &'r str {
        self.document(&evidence.document)
            .map_or(evidence.path.as_str(), |d| d.source.as_str())
    }

    fn source_index(&self, source: &str) -> Option<usize> {
        self.sources.binary_search(&source).ok()
    }

    /// The filter keys (`s0 s3`) of the sources a finding's evidence comes from.
    fn finding_sources(&self, finding: &'r Finding) -> Vec<usize> {
        let mut indices: Vec<usize> = finding
            .evidence
            .iter()
            .filter_map(|e| self.source_index(self.source_of(e)))
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices
    }

    fn write(&self, out: &mut String) -> fmt::Result {
        let report = self.report;
        let csp = format!(
            "default-src 'none'; style-src '{STYLE_HASH}'; script-src '{SCRIPT_HASH}'; \
             base-uri 'none'; form-action 'none'"
        );
        writeln!(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>")?;
        writeln!(out, "<meta charset=\"utf-8\">")?;
        writeln!(
            out,
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            Escaped(&csp)
        )?;
        writeln!(
            out,
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )?;
        writeln!(out, "<meta name=\"referrer\" content=\"no-referrer\">")?;
        writeln!(
            out,
            "<meta name=\"generator\" content=\"crosscheck {}\">",
            env!("CARGO_PKG_VERSION")
        )?;
        writeln!(
            out,
            "<title>crosscheck report: {} {}, {} {}</title>",
            report.documents.len(),
            plural(report.documents.len(), "document", "documents"),
            report.findings.len(),
            plural(report.findings.len(), "finding", "findings"),
        )?;
        writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>")?;
        self.write_summary(out)?;
        writeln!(out, "<main>")?;
        self.write_findings(out)?;
        self.write_stories(out)?;
        self.write_variants(out)?;
        self.write_documents(out)?;
        self.write_notes(out)?;
        writeln!(out, "</main>")?;
        writeln!(
            out,
            "<footer>Written by crosscheck {}. This page is self-contained: it loads nothing from the network.</footer>",
            env!("CARGO_PKG_VERSION")
        )?;
        writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>")
    }

    fn write_summary(&self, out: &mut String) -> fmt::Result {
        let report = self.report;
        writeln!(out, "<header class=\"page\">\n<h1>crosscheck report</h1>")?;
        writeln!(out, "<dl class=\"summary\">")?;
        let mut item = |label: &str, class: &str, value: usize| {
            writeln!(
                out,
                "<div class=\"{class}\"><dt>{label}</dt><dd>{value}</dd></div>"
            )
        };
        item("Documents", "", report.documents.len())?;
        item("Sources", "", self.sources.len())?;
        item("Stories", "", report.stories.len())?;
        for severity in SEVERITIES {
            item(
                severity_label(severity),
                &format!("sev-{}", severity.name()),
                report.count(severity),
            )?;
        }
        writeln!(out, "</dl>")?;
        writeln!(
            out,
            "<nav aria-label=\"Sections\"><a href=\"#findings\">Findings</a><a href=\"#stories\">Stories</a>\
             <a href=\"#variants\">Name variants</a><a href=\"#documents\">Documents</a></nav>\n</header>"
        )
    }

    fn write_findings(&self, out: &mut String) -> fmt::Result {
        let findings = &self.report.findings;
        writeln!(out, "<section id=\"findings\">\n<h2>Findings</h2>")?;
        if findings.is_empty() {
            return writeln!(out, "<p>No findings.</p>\n</section>");
        }
        writeln!(
            out,
            "<p class=\"legend\"><mark>Highlighted</mark>: the value in question. \
             <del>Wavy</del> and <ins>underlined</ins>: words that differ between aligned passages, \
             the first passage against each of the others.</p>"
        )?;
        self.write_filters(out)?;
        writeln!(out, "<ol class=\"findings\">")?;
        for finding in findings {
            self.write_finding(out, finding)?;
        }
        writeln!(out, "</ol>")?;
        writeln!(
            out,
            "<p id=\"filter-empty\" hidden>No finding matches these filters.</p>\n</section>"
        )
    }

    /// The filter form. It starts hidden and the script shows it, so that without JavaScript the page shows
    /// every finding and no controls that do nothing.
    fn write_filters(&self, out: &mut String) -> fmt::Result {
        let findings = &self.report.findings;
        writeln!(
            out,
            "<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filter findings\">"
        )?;
        writeln!(
            out,
            "<label>Kind <select id=\"filter-kind\"><option value=\"\">all kinds</option>"
        )?;
        for kind in Kind::ALL {
            let n = findings.iter().filter(|f| f.kind == kind).count();
            if n > 0 {
                writeln!(out, "<option value=\"{kind}\">{kind} ({n})</option>")?;
            }
        }
        writeln!(out, "</select></label>")?;
        writeln!(
            out,
            "<label>Severity <select id=\"filter-severity\"><option value=\"\">all severities</option>"
        )?;
        for severity in SEVERITIES {
            let n = self.report.count(severity);
            if n > 0 {
                writeln!(
                    out,
                    "<option value=\"{severity}\">{severity} ({n})</option>"
                )?;
            }
        }
        writeln!(out, "</select></label>")?;
        writeln!(
            out,
            "<label>Source <select id=\"filter-source\"><option value=\"\">all sources</option>"
        )?;
        let per_finding: Vec<Vec<usize>> =
            findings.iter().map(|f| self.finding_sources(f)).collect();
        for (i, source) in self.sources.iter().enumerate() {
            let n = per_finding.iter().filter(|s| s.contains(&i)).count();
            writeln!(
                out,
                "<option value=\"s{i}\">{} ({n})</option>",
                Escaped(source)
            )?;
        }
        writeln!(out, "</select></label>")?;
        writeln!(
            out,
            "<output id=\"filter-count\" aria-live=\"polite\"></output>\n</form>"
        )
    }

    fn write_finding(&self, out: &mut String, finding: &'r Finding) -> fmt::Result {
        let sources: Vec<String> = self
            .finding_sources(finding)
            .iter()
            .map(|i| format!("s{i}"))
            .collect();
        writeln!(
            out,
            "<li class=\"finding\" id=\"{}\" data-kind=\"{}\" data-severity=\"{}\" data-sources=\"{}\">\n<article>",
            Escaped(&finding.id),
            finding.kind,
            finding.severity,
            sources.join(" ")
        )?;
        writeln!(
            out,
            "<header>\n<p class=\"tags\"><span class=\"sev sev-{0}\">{0}</span> <span class=\"kind\">{1}</span> \
             <a class=\"muted\" href=\"#{2}\"><code>{2}</code></a></p>",
            finding.severity,
            finding.kind,
            Escaped(&finding.id)
        )?;
        writeln!(out, "<h3>{}</h3>", Escaped(&finding.message))?;
        write!(out, "<p class=\"values\">")?;
        if let Some(entity) = &finding.entity {
            write!(out, "Entity <b>{}</b>. ", Escaped(entity))?;
        }
        write!(out, "{}", plural(finding.values.len(), "Value:", "Values:"))?;
        for value in &finding.values {
            write!(out, " <q>{}</q>", Escaped(&excerpt(value, VALUE_CHARS)))?;
        }
        writeln!(out, "</p>\n</header>")?;
        self.write_sides(out, finding)?;
        writeln!(out, "</article>\n</li>")
    }

    /// The evidence side by side. The first item is the reference: each other item whose passage (the
    /// sentences of its excerpt that hold its value) is aligned with the reference's is word-diffed against it,
    /// and the reference shows every word any of them changed.
    fn write_sides(&self, out: &mut String, finding: &'r Finding) -> fmt::Result {
        let evidence = &finding.evidence;
        if evidence.is_empty() {
            return Ok(());
        }
        let focus: Vec<Range<usize>> = evidence
            .iter()
            .map(|e| {
                let context = e.context.as_str();
                highlight::value_in_excerpt(context, &e.text)
                    .first()
                    .map_or(0..context.len(), |value| {
                        highlight::sentences_around(context, value.clone())
                    })
            })
            .collect();
        let reference = &evidence[0].context[focus[0].clone()];
        let shift = |ranges: Vec<Range<usize>>, by: usize| {
            ranges.into_iter().map(move |r| r.start + by..r.end + by)
        };
        let mut changed: Vec<Vec<Range<usize>>> = vec![Vec::new(); evidence.len()];
        for (i, other) in evidence.iter().enumerate().skip(1) {
            let passage = &other.context[focus[i].clone()];
            if let Some(words) = highlight::changed_words(reference, passage) {
                changed[0].extend(shift(words.old, focus[0].start));
                changed[i] = shift(words.new, focus[i].start).collect();
            }
        }
        writeln!(out, "<div class=\"sides\">")?;
        for (i, (item, changed)) in evidence.iter().zip(changed).enumerate() {
            if i == SIDES_SHOWN {
                writeln!(
                    out,
                    "</div>\n<details class=\"more\"><summary>{} more {}</summary>\n<div class=\"sides\">",
                    evidence.len() - SIDES_SHOWN,
                    plural(evidence.len() - SIDES_SHOWN, "occurrence", "occurrences"),
                )?;
            }
            let diff_tag = if i == 0 { "del" } else { "ins" };
            self.write_side(out, item, changed, diff_tag)?;
        }
        writeln!(out, "</div>")?;
        if evidence.len() > SIDES_SHOWN {
            writeln!(out, "</details>")?;
        }
        Ok(())
    }

    fn write_side(
        &self,
        out: &mut String,
        evidence: &'r Evidence,
        changed: Vec<Range<usize>>,
        diff_tag: &str,
    ) -> fmt::Result {
        writeln!(
            out,
            "<figure class=\"side\">\n<figcaption><span class=\"source\">{}</span> <code class=\"where\">{}:{}</code></figcaption>",
            Escaped(self.source_of(evidence)),
            Escaped(&evidence.path),
            evidence.line
        )?;
        write!(out, "<blockquote>")?;
        let context = evidence.context.as_str();
        let values = highlight::merge(highlight::value_in_excerpt(context, &evidence.text));
        let changed = highlight::merge(changed);
        let mut at = 0;
        for value in values {
            write_changed(out, context, at..value.start, &changed, diff_tag)?;
            write!(out, "<mark>")?;
            write_changed(out, context, value.clone(), &changed, diff_tag)?;
            write!(out, "</mark>")?;
            at = value.end;
        }
        write_changed(out, context, at..context.len(), &changed, diff_tag)?;
        writeln!(out, "</blockquote>\n</figure>")
    }

    fn write_stories(&self, out: &mut String) -> fmt::Result {
        let report = self.report;
        writeln!(out, "<section id=\"stories\">\n<h2>Stories</h2>")?;
        if report.stories.is_empty() {
            writeln!(
                out,
                "<p class=\"muted\">No stories: no two reports were found to cover the same event.</p>"
            )?;
        }
        let mut in_story = vec![false; report.pairs.len()];
        for (n, story) in report.stories.iter().enumerate() {
            let members = |i: usize| story.documents.binary_search(&i).is_ok();
            writeln!(
                out,
                "<article class=\"story\" id=\"story-{0}\">\n<h3>Story {0}: {1} {2}</h3>\n<ul class=\"reports\">",
                n + 1,
                story.documents.len(),
                plural(story.documents.len(), "report", "reports")
            )?;
            for &d in &story.documents {
                let doc = &report.documents[d];
                writeln!(
                    out,
                    "<li><b>{}</b> {} <code class=\"where\">{}</code></li>",
                    Escaped(&doc.source),
                    Escaped(&doc.title),
                    Escaped(&doc.path)
                )?;
            }
            writeln!(out, "</ul>")?;
            let pairs: Vec<&Pair> = report
                .pairs
                .iter()
                .zip(&mut in_story)
                .filter(|(p, _)| members(p.a) && members(p.b))
                .map(|(p, seen)| {
                    *seen = true;
                    p
                })
                .collect();
            self.write_pairs(out, &pairs)?;
            writeln!(out, "</article>")?;
        }
        let outside: Vec<&Pair> = report
            .pairs
            .iter()
            .zip(&in_story)
            .filter(|(_, seen)| !**seen)
            .map(|(p, _)| p)
            .collect();
        if !outside.is_empty() {
            writeln!(out, "<h3>Pairs outside any story</h3>")?;
            self.write_pairs(out, &outside)?;
        }
        writeln!(out, "</section>")
    }

    fn write_pairs(&self, out: &mut String, pairs: &[&Pair]) -> fmt::Result {
        if pairs.is_empty() {
            return writeln!(out, "<p class=\"muted\">No scored pairs.</p>");
        }
        writeln!(
            out,
            "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Report</th>\
             <th scope=\"col\">Relation</th><th scope=\"col\" class=\"num\">Jaccard</th><th scope=\"col\" class=\"num\">Containment</th>\
             <th scope=\"col\" class=\"num\">Shared passages</th></tr></thead>\n<tbody>"
        )?;
        for pair in pairs {
            let a = &self.report.documents[pair.a];
            let b = &self.report.documents[pair.b];
            writeln!(
                out,
                "<tr><td><b>{}</b> <code class=\"where\">{}</code></td>\
                 <td data-label=\"and\"><b>{}</b> <code class=\"where\">{}</code></td>\
                 <td data-label=\"Relation\">{}</td><td class=\"num\" data-label=\"Jaccard\">{:.3}</td>\
                 <td class=\"num\" data-label=\"Containment\">{:.3}</td>\
                 <td class=\"num\" data-label=\"Shared passages\">{}</td></tr>",
                Escaped(&a.source),
                Escaped(&a.path),
                Escaped(&b.source),
                Escaped(&b.path),
                pair.relation.name(),
                pair.jaccard,
                pair.containment,
                pair.passages.len()
            )?;
        }
        writeln!(out, "</tbody>\n</table></div>")
    }

    fn write_variants(&self, out: &mut String) -> fmt::Result {
        writeln!(out, "<section id=\"variants\">\n<h2>Name variants</h2>")?;
        let entities = self.name_variants();
        if entities.is_empty() {
            return writeln!(
                out,
                "<p class=\"muted\">No entity is spelled more than one way.</p>\n</section>"
            );
        }
        writeln!(
            out,
            "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Spelling</th><th scope=\"col\" class=\"num\">Mentions</th>\
             <th scope=\"col\">By source</th></tr></thead>"
        )?;
        for entity in &entities {
            writeln!(
                out,
                "<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"3\">{} <a href=\"#{}\">finding</a></th></tr>",
                Escaped(entity.name),
                Escaped(entity.finding)
            )?;
            for (spelling, by_source) in &entity.spellings {
                let total: usize = by_source.values().sum();
                write!(
                    out,
                    "<tr><td>{}</td><td class=\"num\" data-label=\"Mentions\">{total}</td>\
                     <td data-label=\"By source\"><ul class=\"counts\">",
                    Escaped(spelling)
                )?;
                for (source, n) in by_source {
                    write!(out, "<li>{} ×{n}</li>", Escaped(source))?;
                }
                writeln!(out, "</ul></td></tr>")?;
            }
            writeln!(out, "</tbody>")?;
        }
        writeln!(out, "</table></div>\n</section>")
    }

    /// The name-variant table's rows, from the spelling-variant findings: each entity, its spellings as
    /// written, and how often each occurs per source. Entities are sorted by name; spellings by mentions, most
    /// first, then by text.
    fn name_variants(&self) -> Vec<Variants<'r>> {
        let mut entities: Vec<Variants<'r>> = Vec::new();
        for finding in &self.report.findings {
            if finding.kind != Kind::SpellingVariant {
                continue;
            }
            let mut counts: BTreeMap<&'r str, BTreeMap<&'r str, usize>> = finding
                .values
                .iter()
                .map(|v| (v.as_str(), BTreeMap::new()))
                .collect();
            for e in &finding.evidence {
                *counts
                    .entry(e.text.as_str())
                    .or_default()
                    .entry(self.source_of(e))
                    .or_default() += 1;
            }
            let mut spellings: Vec<_> = counts.into_iter().collect();
            spellings.sort_by_key(|(text, by_source)| {
                (std::cmp::Reverse(by_source.values().sum::<usize>()), *text)
            });
            let name = finding
                .entity
                .as_deref()
                .or(finding.values.first().map(String::as_str))
                .unwrap_or_default();
            entities.push(Variants {
                name,
                finding: &finding.id,
                spellings,
            });
        }
        entities.sort_by(|a, b| {
            crate::text::fold(a.name)
                .cmp(&crate::text::fold(b.name))
                .then_with(|| a.finding.cmp(b.finding))
        });
        entities
    }

    fn write_documents(&self, out: &mut String) -> fmt::Result {
        writeln!(out, "<section id=\"documents\">\n<h2>Documents</h2>")?;
        if self.report.documents.is_empty() {
            return writeln!(out, "<p class=\"muted\">No documents.</p>\n</section>");
        }
        writeln!(
            out,
            "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Headline</th>\
             <th scope=\"col\">Path</th><th scope=\"col\" class=\"num\">Bytes</th></tr></thead>\n<tbody>"
        )?;
        for doc in &self.report.documents {
            writeln!(
                out,
                "<tr><td>{}</td><td data-label=\"Headline\">{}</td><td data-label=\"Path\"><code class=\"where\">{}</code></td>\
                 <td class=\"num\" data-label=\"Bytes\">{}</td></tr>",
                Escaped(&doc.source),
                Escaped(&doc.title),
                Escaped(&doc.path),
                doc.bytes
            )?;
        }
        writeln!(out, "</tbody>\n</table></div>\n</section>")
    }

    fn write_notes(&self, out: &mut String) -> fmt::Result {
        if self.report.notes.is_empty() {
            return Ok(());
        }
        writeln!(out, "<section id=\"notes\">\n<h2>Notes</h2>\n<ul>")?;
        for note in &self.report.notes {
            writeln!(out, "<li>{}</li>", Escaped(note))?;
        }
        writeln!(out, "</ul>\n</section>")
    }
}

/// One row group of the name-variant table.
struct Variants<'r> {
    /// The entity's canonical name.
    name: &'r str,
    /// The id of the finding it comes from, for a link.
    finding: &'r str,
    /// Each spelling as written, with its mentions per source.
    spellings: Vec<(&'r str, BTreeMap<&'r str, usize>)>,
}

/// Writes `s[within]` escaped, wrapping the parts that fall in `changed` (sorted, disjoint) in `tag`.
fn write_changed(
    out: &mut String,
    s: &str,
    within: Range<usize>,
    changed: &[Range<usize>],
    tag: &str,
) -> fmt::Result {
    let mut at = within.start;
    for range in changed {
        let start = range.start.max(at);
        let end = range.end.min(within.end);
        if start >= end {
            continue;
        }
        write!(
            out,
            "{}<{tag}>{}</{tag}>",
            Escaped(&s[at..start]),
            Escaped(&s[start..end])
        )?;
        at = end;
    }
    write!(out, "{}", Escaped(&s[at..within.end]))
}

fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Errors",
        Severity::Warning => "Warnings",
        Severity::Info => "Info",
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use sha2::{Digest, Sha256};

    use super::*;
    use crate::verify::{Relation, Story};

    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    fn csp_source(bytes: &str) -> String {
        format!("sha256-{}", base64(&Sha256::digest(bytes.as_bytes())))
    }

    fn document(path: &str, source: &str, title: &str) -> DocumentInfo {
        DocumentInfo {
            id: path.into(),
            path: path.into(),
            source: source.into(),
            title: title.into(),
            bytes: 100,
        }
    }

    fn evidence(path: &str, line: usize, text: &str, context: &str) -> Evidence {
        let column = context
            .find(text)
            .map_or(1, |i| context[..i].chars().count() + 1);
        Evidence {
            document: path.into(),
            path: path.into(),
            line,
            column,
            end_line: line,
            end_column: column + text.chars().count(),
            start: line * 1000 + column,
            end: line * 1000 + column + text.len(),
            text: text.into(),
            context: context.into(),
        }
    }

    fn finding(
        kind: Kind,
        entity: Option<&str>,
        message: &str,
        evidence: Vec<Evidence>,
    ) -> Finding {
        let values = evidence.iter().map(|e| e.text.clone()).collect();
        Finding::new(
            kind,
            entity.map(String::from),
            values,
            message.into(),
            evidence,
        )
    }

    const TALKS_JEDDAH: &str =
        "After nine hours of talks on Tuesday in Jeddah, Saudi Arabia, the Ukrainian side agreed.";
    const TALKS_RIYADH: &str =
        "This meeting in Riyadh marked the first face-to-face encounter between the officials.";
    const COULD: &str =
        "Russia will avoid compromises that could threaten people's lives, declared Sergey Lavrov.";
    const WOULD: &str = "Russia will avoid compromises that would threaten people's lives, declared Siergiej Ławrow.";

    fn lavrov() -> Finding {
        finding(
            Kind::SpellingVariant,
            Some("Sergey Lavrov"),
            "one person, three spellings across 2 reports",
            vec![
                evidence("a.txt", 5, "Sergey Lavrov", COULD),
                evidence("a.txt", 7, "Siergiej Ławrow", WOULD),
                evidence("a.txt", 8, "Siergiej Ławrow", WOULD),
                evidence(
                    "b.txt",
                    9,
                    "Sergei Lavrov",
                    "Russian Foreign Minister Sergei Lavrov has made it clear.",
                ),
            ],
        )
    }

    fn seeds_like_report() -> Report {
        let mut findings = vec![
            lavrov(),
            finding(
                Kind::PlaceConflict,
                Some("talks in Saudi Arabia"),
                "the talks in Saudi Arabia are placed in Jeddah and in Riyadh",
                vec![
                    evidence("a.txt", 20, "Jeddah", TALKS_JEDDAH),
                    evidence("b.txt", 17, "Riyadh", TALKS_RIYADH),
                ],
            ),
            finding(
                Kind::QuoteDrift,
                Some("Sergey Lavrov"),
                "one quotation by Sergey Lavrov worded two ways",
                vec![
                    evidence("a.txt", 5, "could threaten", COULD),
                    evidence("a.txt", 7, "would threaten", WOULD),
                ],
            ),
        ];
        crate::findings::sort(&mut findings);
        Report {
            documents: vec![
                document("a.txt", "wire", "Russia firm on peace terms"),
                document("b.txt", "daily", "Russia rejects NATO troops"),
                document("c.txt", "post", "Unrelated"),
            ],
            stories: vec![Story {
                documents: vec![0, 1],
            }],
            pairs: vec![Pair {
                a: 0,
                b: 1,
                relation: Relation::SameStory,
                jaccard: 0.0213,
                containment: 0.0312,
                similarity: 0.41,
                passages: Vec::new(),
            }],
            findings,
            notes: Vec::new(),
            baseline: None,
        }
    }

    /// The part of `html` from `start` up to the first `end` after it.
    fn between<'h>(html: &'h str, start: &str, end: &str) -> &'h str {
        let from = html.find(start).unwrap_or_else(|| panic!("no {start}"));
        let len = html[from..]
            .find(end)
            .unwrap_or_else(|| panic!("{start} never ends"));
        &html[from..from + len]
    }

    /// The HTML of the `<li>` of the finding of `kind`.
    fn finding_html(page: &str, kind: Kind) -> &str {
        between(page, &format!("data-kind=\"{kind}\""), "</li>")
    }

    #[test]
    fn quote_drift_marks_the_drifting_word_on_each_side() {
        let page = render(&seeds_like_report());
        let drift = finding_html(&page, Kind::QuoteDrift);
        assert!(
            drift.contains("<mark><del>could</del> threaten</mark>"),
            "{drift}"
        );
        assert!(
            drift.contains("<mark><ins>would</ins> threaten</mark>"),
            "{drift}"
        );
        // The names differ too and are marked as such, outside the quoted value.
        assert!(drift.contains("<del>Sergey Lavrov</del>"), "{drift}");
        assert!(drift.contains("<ins>Siergiej Ławrow</ins>"), "{drift}");
    }

    #[test]
    fn place_conflict_marks_each_place_without_diffing_unrelated_sentences() {
        let page = render(&seeds_like_report());
        let conflict = finding_html(&page, Kind::PlaceConflict);
        assert!(conflict.contains("<mark>Jeddah</mark>"), "{conflict}");
        assert!(conflict.contains("<mark>Riyadh</mark>"), "{conflict}");
        assert!(
            !conflict.contains("<del>") && !conflict.contains("<ins>"),
            "{conflict}"
        );
        assert!(conflict.contains("<code class=\"where\">a.txt:20</code>"));
        assert!(conflict.contains("<span class=\"source\">daily</span>"));
        assert!(conflict.contains("data-severity=\"error\""));
    }

    #[test]
    fn spelling_variant_table_counts_each_spelling_per_source() {
        let page = render(&seeds_like_report());
        let table = between(&page, "<section id=\"variants\">", "</section>");
        assert!(table.contains(&format!(
            "Sergey Lavrov <a href=\"#{}\">finding</a>",
            lavrov().id
        )));
        let row = |spelling: &str| between(table, &format!("<tr><td>{spelling}</td>"), "</tr>");
        assert!(
            row("Siergiej Ławrow").contains("<td class=\"num\" data-label=\"Mentions\">2</td>")
        );
        assert!(row("Siergiej Ławrow").contains("<li>wire ×2</li>"));
        assert!(row("Sergei Lavrov").contains("<li>daily ×1</li>"));
        assert!(row("Sergey Lavrov").contains("<li>wire ×1</li>"));
        // Most-mentioned spelling first.
        assert!(
            table.find("Siergiej Ławrow").unwrap() < table.find("<tr><td>Sergei Lavrov").unwrap()
        );
    }

    #[test]
    fn findings_carry_their_filter_keys() {
        let page = render(&seeds_like_report());
        // Sources sorted: daily = s0, post = s1, wire = s2.
        assert!(page.contains("<option value=\"s0\">daily (2)</option>"));
        assert!(page.contains("<option value=\"s1\">post (0)</option>"));
        assert!(page.contains("<option value=\"s2\">wire (3)</option>"));
        assert!(finding_html(&page, Kind::PlaceConflict).contains("data-sources=\"s0 s2\""));
        assert!(finding_html(&page, Kind::QuoteDrift).contains("data-sources=\"s2\""));
        assert!(page.contains("<option value=\"quote-drift\">quote-drift (1)</option>"));
        assert!(!page.contains("<option value=\"number-conflict\""));
        assert!(page.contains("<option value=\"warning\">warning (2)</option>"));
    }

    #[test]
    fn summary_counts_documents_sources_stories_and_severities() {
        let page = render(&seeds_like_report());
        for item in [
            "<dt>Documents</dt><dd>3</dd>",
            "<dt>Sources</dt><dd>3</dd>",
            "<dt>Stories</dt><dd>1</dd>",
            "<dt>Errors</dt><dd>1</dd>",
            "<dt>Warnings</dt><dd>2</dd>",
            "<dt>Info</dt><dd>0</dd>",
        ] {
            assert!(page.contains(item), "missing {item}");
        }
    }

    #[test]
    fn story_view_lists_its_reports_and_pair_scores() {
        let page = render(&seeds_like_report());
        let story = between(
            &page,
            "<article class=\"story\" id=\"story-1\">",
            "</article>",
        );
        assert!(story.contains("Story 1: 2 reports"));
        assert!(story.contains("<b>wire</b> Russia firm on peace terms"));
        assert!(!story.contains("Unrelated"));
        assert!(story.contains(
            "<td data-label=\"Relation\">same-story</td><td class=\"num\" data-label=\"Jaccard\">0.021</td>\
             <td class=\"num\" data-label=\"Containment\">0.031</td>"
        ));
        assert!(!page.contains("Pairs outside any story"));
    }

    #[test]
    fn pairs_outside_stories_are_still_listed() {
        let mut report = seeds_like_report();
        report.stories.clear();
        let page = render(&report);
        assert!(page.contains("Pairs outside any story"));
        assert!(page.contains(">same-story</td>"));
    }

    #[test]
    fn many_occurrences_fold_after_the_first_four() {
        let page = render(&seeds_like_report());
        let variant = finding_html(&page, Kind::SpellingVariant);
        assert_eq!(variant.matches("<figure class=\"side\">").count(), 4);
        let mut report = seeds_like_report();
        let lavrov = report
            .findings
            .iter_mut()
            .find(|f| f.kind == Kind::SpellingVariant)
            .unwrap();
        lavrov
            .evidence
            .push(evidence("b.txt", 12, "Lavrov", "Lavrov stated."));
        let page = render(&report);
        let variant = finding_html(&page, Kind::SpellingVariant);
        let folded = variant
            .find("<details class=\"more\"><summary>1 more occurrence</summary>")
            .expect("folded");
        assert_eq!(
            variant[folded..].matches("<figure class=\"side\">").count(),
            1
        );
    }

    #[test]
    fn long_values_are_shortened_in_the_values_line_only() {
        let line = "word ".repeat(60);
        let mut report = Report::default();
        report.findings.push(finding(
            Kind::DuplicatePassage,
            None,
            "passage repeated",
            vec![evidence("a.txt", 1, line.trim(), line.trim())],
        ));
        let page = render(&report);
        let values = between(&page, "<p class=\"values\">", "</p>");
        assert!(values.ends_with("word…</q>"), "{values}");
        assert!(page.contains(&format!("<mark>{}</mark>", line.trim())));
    }

    #[test]
    fn empty_report_says_so() {
        let page = render(&Report::default());
        assert!(page.contains("<p>No findings.</p>"));
        assert!(page.contains("No entity is spelled more than one way."));
        assert!(!page.contains("<form"));
        assert!(page.ends_with("</html>\n"));
    }

    const PAYLOADS: [&str; 4] = [
        "<script>document.body.dataset.pwned=1</script>",
        "\"><img src=x onerror=\"document.body.dataset.pwned=1\">",
        "'><svg onload=alert(1)>",
        "</style></textarea><!--",
    ];

    /// A report with `payload` in every piece of corpus text the page shows.
    fn injected(payload: &str) -> Report {
        let context = format!("Before {payload} after");
        let e = |doc: &str| Evidence {
            document: doc.into(),
            path: doc.into(),
            ..evidence(doc, 1, payload, &context)
        };
        let mut report = seeds_like_report();
        let doc = document(payload, payload, payload);
        report.documents.push(doc);
        report.findings.push(Finding::new(
            Kind::SpellingVariant,
            Some(payload.into()),
            vec![payload.into(), "plain".into()],
            payload.into(),
            vec![e(payload), e("a.txt")],
        ));
        report.notes.push(payload.into());
        report
    }

    /// The page's own markup and nothing else: one style and one script element, and every tag outside them
    /// one the renderer writes, so that no payload opened an element of its own.
    fn assert_only_own_markup(page: &str) {
        const OWN_TAGS: [&str; 50] = [
            "!DOCTYPE",
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "h1",
            "h2",
            "h3",
            "dl",
            "div",
            "dt",
            "dd",
            "nav",
            "a",
            "main",
            "section",
            "p",
            "mark",
            "del",
            "ins",
            "form",
            "label",
            "select",
            "option",
            "output",
            "ol",
            "li",
            "article",
            "span",
            "code",
            "b",
            "q",
            "figure",
            "figcaption",
            "blockquote",
            "details",
            "summary",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "ul",
            "footer",
            "script",
            "br",
        ];
        assert_eq!(page.matches("<script>").count(), 1, "one script element");
        assert_eq!(page.matches("<style>").count(), 1, "one style element");
        let outside_assets = page
            .replacen(&format!("<style>{STYLE}</style>"), "", 1)
            .replacen(&format!("<script>{SCRIPT}</script>"), "", 1);
        for (at, _) in outside_assets.match_indices('<') {
            let rest = outside_assets[at + 1..].trim_start_matches('/');
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                .collect();
            assert!(
                OWN_TAGS.contains(&name.as_str()),
                "foreign markup <{name} at {}",
                &outside_assets[at..(at + 60).min(outside_assets.len())]
            );
        }
    }

    #[test]
    fn injection_payloads_render_as_text() {
        for payload in PAYLOADS {
            let page = render(&injected(payload));
            assert_only_own_markup(&page);
            let escaped = Escaped(payload).to_string();
            assert!(
                page.contains(&format!("<mark>{escaped}</mark>")),
                "{payload}"
            );
            assert!(
                page.contains(&format!("<li>{escaped}</li>")),
                "note {payload}"
            );
        }
        assert_eq!(
            Escaped("<a href='x'>\"&\u{0}\t").to_string(),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;\u{FFFD}\t"
        );
    }

    #[test]
    fn page_declares_a_policy_that_allows_only_its_own_style_and_script() {
        let page = render(&seeds_like_report());
        let csp = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; \
             style-src &#39;{STYLE_HASH}&#39;; script-src &#39;{SCRIPT_HASH}&#39;; \
             base-uri &#39;none&#39;; form-action &#39;none&#39;\">"
        );
        assert!(page.contains(&csp), "{}", &page[..600]);
        assert!(!page.contains("unsafe-inline"));
        assert!(page.contains(&format!("<style>{STYLE}</style>")));
        assert!(page.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(!page.contains("http://") && !page.contains("https://"));
    }

    proptest! {
        #[test]
        fn escaped_text_holds_no_markup_and_round_trips(s in any::<String>()) {
            let escaped = Escaped(&s).to_string();
            prop_assert!(!escaped.contains(['<', '>', '"', '\'']));
            let unescaped = escaped
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            let expected: String = s
                .chars()
                .map(|c| if c.is_control() && !matches!(c, '\t' | '\n' | '\r') { '\u{FFFD}' } else { c })
                .collect();
            prop_assert_eq!(unescaped, expected);
        }

        #[test]
        fn corpus_text_never_adds_markup(text in "[a-z<>\"'/= &!-]{0,40}", context in "[a-z<>\"'/= &!-]{0,60}") {
            let mut report = injected(&text);
            report.findings[0].evidence[0].context = context;
            let page = render(&report);
            assert_only_own_markup(&page);
        }
    }

    #[test]
    fn csp_hashes_match_the_inline_style_and_script() {
        assert_eq!(
            csp_source(""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert_eq!(STYLE_HASH, csp_source(STYLE), "update STYLE_HASH");
        assert_eq!(SCRIPT_HASH, csp_source(SCRIPT), "update SCRIPT_HASH");
    }
}
