//! The `diff` view: two reports aligned passage by passage, changed words highlighted, unmatched passages
//! marked, and the findings for the pair at the end.
//!
//! Without colour, changes are written `[-old-]{+new+}` (the convention of `git diff --word-diff`), so the
//! view survives a pipe, a log file and a screen reader.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use std::collections::{BTreeMap, HashMap};

use crate::align::AlignedPair;
use crate::compare::word_hunks;
use crate::findings::Finding;
use crate::load::Document;
use crate::segment::Segmented;
use crate::segment::tokenize_into;
use crate::text::Span;

/// One row of the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DiffRow {
    /// A passage of the first report aligned with one of the second.
    Aligned {
        /// Bytes in the first report.
        a: Span,
        /// Bytes in the second report.
        b: Span,
        /// Alignment score.
        score: f64,
    },
    /// A passage only the first report has.
    OnlyA(Span),
    /// A passage only the second report has.
    OnlyB(Span),
}

/// Two reports aligned for display.
#[derive(Clone, Debug)]
pub struct DiffView<'d> {
    /// The first report.
    pub a: &'d Document,
    /// The second report.
    pub b: &'d Document,
    /// Rows in reading order.
    pub rows: Vec<DiffRow>,
    /// Findings that concern the two reports.
    pub findings: Vec<Finding>,
}

impl<'d> DiffView<'d> {
    /// Lays out two reports (documents 0 and 1 of an alignment) in reading order, as a line diff does: the
    /// first report's passages in its order, each aligned one beside its partner, and before each aligned
    /// pair the passages only the first report has since the previous pair, then those only the second
    /// report has before the partner there.
    pub fn new(
        a: &'d Document,
        b: &'d Document,
        alignments: &[AlignedPair],
        findings: Vec<Finding>,
    ) -> Self {
        let (seg_a, seg_b) = (Segmented::new(&a.text), Segmented::new(&b.text));
        let mut partner_of_a: HashMap<usize, (usize, f64)> = HashMap::new();
        let mut aligned_b: Vec<usize> = Vec::new();
        for p in alignments.iter().filter(|p| p.a.doc == 0 && p.b.doc == 1) {
            partner_of_a.insert(p.a.sentence, (p.b.sentence, p.score));
            aligned_b.push(p.b.sentence);
        }
        aligned_b.sort_unstable();
        // Each passage only the second report has is shown just before the next aligned passage in that
        // report (`None`: after the last one), so each is shown once even where alignments cross.
        let mut only_b_before: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
        for (j, s) in seg_b.sentences.iter().enumerate() {
            if s.boilerplate || aligned_b.binary_search(&j).is_ok() {
                continue;
            }
            let next = aligned_b
                .get(aligned_b.partition_point(|&k| k < j))
                .copied();
            only_b_before.entry(next).or_default().push(j);
        }
        let mut rows = Vec::new();
        let push_only_b = |rows: &mut Vec<DiffRow>, next: Option<usize>| {
            for &j in only_b_before.get(&next).into_iter().flatten() {
                rows.push(DiffRow::OnlyB(seg_b.sentences[j].span));
            }
        };
        for (i, s) in seg_a.sentences.iter().enumerate() {
            if s.boilerplate {
                continue;
            }
            match partner_of_a.get(&i) {
                Some(&(j, score)) => {
                    push_only_b(&mut rows, Some(j));
                    rows.push(DiffRow::Aligned {
                        a: s.span,
                        b: seg_b.sentences[j].span,
                        score,
                    });
                }
                None => rows.push(DiffRow::OnlyA(s.span)),
            }
        }
        push_only_b(&mut rows, None);
        DiffView {
            a,
            b,
            rows,
            findings,
        }
    }
}

const RED: &str = "\u{1b}[31m";
const GREEN: &str = "\u{1b}[32m";
const DIM: &str = "\u{1b}[2m";
const BOLD: &str = "\u{1b}[1m";
const RESET: &str = "\u{1b}[0m";

/// How one side's text is cut into plain and changed pieces.
fn pieces(text: &str, span: Span, changed: &[Span]) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut at = span.start;
    for c in changed.iter().filter(|c| !c.is_empty()) {
        if c.start > at {
            out.push((false, text[at..c.start].to_string()));
        }
        out.push((true, text[c.start..c.end].to_string()));
        at = c.end;
    }
    if at < span.end {
        out.push((false, text[at..span.end].to_string()));
    }
    out
}

fn changed_spans(a_text: &str, a: Span, b_text: &str, b: Span) -> (Vec<Span>, Vec<Span>) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    tokenize_into(a_text, a, &mut ta);
    tokenize_into(b_text, b, &mut tb);
    let hunks = word_hunks(&ta, &tb);
    (
        hunks.iter().map(|h| h.a).collect(),
        hunks.iter().map(|h| h.b).collect(),
    )
}

fn paint(s: &str, style: &str, color: bool) -> String {
    if color {
        format!("{style}{s}{RESET}")
    } else {
        s.to_string()
    }
}

/// Renders the view one passage after another, changes inline.
pub fn render_inline(view: &DiffView<'_>, color: bool) -> String {
    let mut out = header(view, color);
    for row in &view.rows {
        match *row {
            DiffRow::Aligned { a, b, score } => {
                let (ca, cb) = changed_spans(&view.a.text, a, &view.b.text, b);
                if ca.is_empty() && cb.is_empty() {
                    let _ = writeln!(out, "  {}", a.of(&view.a.text));
                    continue;
                }
                let _ = writeln!(out, "~ {}", inline_merge(view, a, &ca, &cb, color));
                let _ = writeln!(
                    out,
                    "  {}",
                    paint(&format!("(aligned, score {score:.2})"), DIM, color)
                );
            }
            DiffRow::OnlyA(a) => {
                let _ = writeln!(
                    out,
                    "{}",
                    paint(&format!("- {}", a.of(&view.a.text)), RED, color)
                );
            }
            DiffRow::OnlyB(b) => {
                let _ = writeln!(
                    out,
                    "{}",
                    paint(&format!("+ {}", b.of(&view.b.text)), GREEN, color)
                );
            }
        }
    }
    out.push_str(&footer(view, color));
    out
}

/// Interleaves the two sides of an aligned pair: equal text once, each change as `[-old-]{+new+}`.
fn inline_merge(view: &DiffView<'_>, a: Span, ca: &[Span], cb: &[Span], color: bool) -> String {
    let mut out = String::new();
    let mut at_a = a.start;
    for (x, y) in ca.iter().zip(cb) {
        // The equal run before this change, taken from the first report.
        out.push_str(&view.a.text[at_a..x.start.max(at_a)]);
        let old = x.of(&view.a.text);
        let new = y.of(&view.b.text);
        if !old.is_empty() {
            out.push_str(&if color {
                paint(old, RED, true)
            } else {
                format!("[-{old}-]")
            });
        }
        if !new.is_empty() {
            if !old.is_empty() && color {
                out.push(' ');
            }
            out.push_str(&if color {
                paint(new, GREEN, true)
            } else {
                format!("{{+{new}+}}")
            });
            // Inserted words take the place of nothing: keep them apart from the word that follows.
            if old.is_empty() && view.a.text[x.end..].starts_with(|c: char| c.is_alphanumeric()) {
                out.push(' ');
            }
        }
        at_a = x.end.max(at_a);
    }
    out.push_str(&view.a.text[at_a..a.end]);
    out
}

/// Renders the view in two columns that fit `width`.
pub fn render_side_by_side(view: &DiffView<'_>, width: usize, color: bool) -> String {
    let column = (width.saturating_sub(3) / 2).max(20);
    let mut out = header(view, color);
    let _ = writeln!(
        out,
        "{} | {}",
        pad(&clip(&view.a.path, column), column),
        clip(&view.b.path, column)
    );
    let _ = writeln!(out, "{}-+-{}", "-".repeat(column), "-".repeat(column));
    for row in &view.rows {
        let (left, right) = match *row {
            DiffRow::Aligned { a, b, .. } => {
                let (ca, cb) = changed_spans(&view.a.text, a, &view.b.text, b);
                (
                    styled(pieces(&view.a.text, a, &ca), RED, "[-", "-]", color),
                    styled(pieces(&view.b.text, b, &cb), GREEN, "{+", "+}", color),
                )
            }
            DiffRow::OnlyA(a) => (
                styled(
                    vec![(true, a.of(&view.a.text).to_string())],
                    RED,
                    "",
                    "",
                    color,
                ),
                vec![],
            ),
            DiffRow::OnlyB(b) => (
                vec![],
                styled(
                    vec![(true, b.of(&view.b.text).to_string())],
                    GREEN,
                    "",
                    "",
                    color,
                ),
            ),
        };
        let (l, r) = (wrap(&left, column), wrap(&right, column));
        for i in 0..l.len().max(r.len()) {
            let lt = l.get(i).cloned().unwrap_or_default();
            let rt = r.get(i).cloned().unwrap_or_default();
            let _ = writeln!(out, "{} | {}", pad(&lt, column), rt);
        }
        let _ = writeln!(out, "{} | ", " ".repeat(column));
    }
    out.push_str(&footer(view, color));
    out
}

/// Words with their display style, ready to wrap: (visible text, text with escapes).
type Word = (String, String);

fn styled(
    pieces: Vec<(bool, String)>,
    style: &str,
    open: &str,
    close: &str,
    color: bool,
) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    // Whether the previous piece ended inside a word, so this piece's first part continues it: "30" changed
    // and "-day" unchanged are one word on screen, "[-30-]-day", not two.
    let mut inside_word = false;
    for (changed, text) in pieces {
        if text.is_empty() {
            continue;
        }
        let continues = inside_word && !text.starts_with(char::is_whitespace);
        inside_word = !text.ends_with(char::is_whitespace);
        let parts: Vec<&str> = text.split_whitespace().collect();
        for (i, w) in parts.iter().enumerate() {
            let mut push = |visible: String, shown: String| match words.last_mut() {
                Some(last) if i == 0 && continues => {
                    last.0.push_str(&visible);
                    last.1.push_str(&shown);
                }
                _ => words.push((visible, shown)),
            };
            if !changed {
                push(w.to_string(), w.to_string());
                continue;
            }
            let first = i == 0;
            let last = i + 1 == parts.len();
            let visible = if color {
                w.to_string()
            } else {
                format!(
                    "{}{w}{}",
                    if first { open } else { "" },
                    if last { close } else { "" }
                )
            };
            let shown = if color {
                format!("{style}{w}{RESET}")
            } else {
                visible.clone()
            };
            push(visible, shown);
        }
    }
    words
}

fn wrap(words: &[Word], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let (mut line, mut used) = (String::new(), 0);
    for (visible, shown) in words {
        let w = visible.width();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        if w > width {
            // A word longer than the column is cut rather than breaking the layout.
            let cut = clip(visible, width);
            used += cut.width();
            line.push_str(&cut);
        } else {
            line.push_str(shown);
            used += w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn visible_width(s: &str) -> usize {
    let mut width = 0;
    let mut in_escape = false;
    for c in s.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, c) => width += c.to_string().width(),
        }
    }
    width
}

fn pad(s: &str, width: usize) -> String {
    let w = visible_width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn clip(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn header(view: &DiffView<'_>, color: bool) -> String {
    let aligned = view
        .rows
        .iter()
        .filter(|r| matches!(r, DiffRow::Aligned { .. }))
        .count();
    let only_a = view
        .rows
        .iter()
        .filter(|r| matches!(r, DiffRow::OnlyA(_)))
        .count();
    let only_b = view
        .rows
        .iter()
        .filter(|r| matches!(r, DiffRow::OnlyB(_)))
        .count();
    format!(
        "{}\n{}\n{}\n\n",
        paint(
            &format!("--- {} ({})", view.a.path, view.a.source),
            RED,
            color
        ),
        paint(
            &format!("+++ {} ({})", view.b.path, view.b.source),
            GREEN,
            color
        ),
        paint(
            &format!(
                "{aligned} aligned passages, {only_a} only in the first, {only_b} only in the second"
            ),
            DIM,
            color
        ),
    )
}

fn footer(view: &DiffView<'_>, color: bool) -> String {
    let mut out = String::new();
    if view.findings.is_empty() {
        out.push_str("\nNo findings for this pair.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "\n{}",
        paint(&format!("Findings ({}):", view.findings.len()), BOLD, color)
    );
    for f in &view.findings {
        let places: Vec<String> = f
            .evidence
            .iter()
            .map(|e| format!("{}:{}", e.path, e.line))
            .collect();
        let _ = writeln!(
            out,
            "  {} {}: {}  [{}]",
            f.severity,
            f.kind,
            f.message,
            places.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, text: &str) -> Document {
        Document::for_test(path, path.trim_end_matches(".txt"), text)
    }

    fn view<'d>(a: &'d Document, b: &'d Document) -> DiffView<'d> {
        DiffView {
            a,
            b,
            rows: vec![
                DiffRow::Aligned {
                    a: Span::new(0, 33),
                    b: Span::new(0, 33),
                    score: 0.9,
                },
                DiffRow::OnlyA(Span::new(34, a.text.len())),
                DiffRow::OnlyB(Span::new(34, b.text.len())),
            ],
            findings: vec![],
        }
    }

    #[test]
    fn layout_shows_each_gap_first_report_then_second_before_the_aligned_pair() {
        use crate::align::SentenceRef;
        let a = doc(
            "a.txt",
            "First only in a. One talks ended. Two ceasefire holds. Three only in a.",
        );
        let b = doc(
            "b.txt",
            "Zero only in b. One talks ended. Extra only in b. Two ceasefire holds. Last only in b.",
        );
        let at = |doc: usize, sentence: usize| SentenceRef { doc, sentence };
        let alignments = [
            AlignedPair {
                a: at(0, 1),
                b: at(1, 1),
                score: 1.0,
            },
            AlignedPair {
                a: at(0, 2),
                b: at(1, 3),
                score: 1.0,
            },
        ];
        let view = DiffView::new(&a, &b, &alignments, vec![]);
        let shown: Vec<String> = view
            .rows
            .iter()
            .map(|r| match *r {
                DiffRow::Aligned { a: x, .. } => format!("= {}", x.of(&a.text)),
                DiffRow::OnlyA(x) => format!("- {}", x.of(&a.text)),
                DiffRow::OnlyB(x) => format!("+ {}", x.of(&b.text)),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "- First only in a.",
                "+ Zero only in b.",
                "= One talks ended.",
                "+ Extra only in b.",
                "= Two ceasefire holds.",
                "- Three only in a.",
                "+ Last only in b."
            ]
        );
    }

    #[test]
    fn inline_marks_changed_words_without_colour() {
        let a = doc("a.txt", "A 30-day ceasefire was agreed on.\nOnly here.");
        let b = doc("b.txt", "A 60-day ceasefire was agreed on.\nOnly there.");
        let out = render_inline(&view(&a, &b), false);
        assert!(
            out.contains("~ A [-30-]{+60+}-day ceasefire was agreed on."),
            "{out}"
        );
        assert!(out.contains("- Only here."), "{out}");
        assert!(out.contains("+ Only there."), "{out}");
        assert!(out.contains("No findings for this pair."));
        assert!(!out.contains('\u{1b}'));
    }

    #[test]
    fn inline_colours_when_asked() {
        let a = doc("a.txt", "A 30-day ceasefire was agreed on.\nOnly here.");
        let b = doc("b.txt", "A 60-day ceasefire was agreed on.\nOnly there.");
        let out = render_inline(&view(&a, &b), true);
        assert!(out.contains(&format!("{RED}30{RESET}")), "{out}");
        assert!(out.contains(&format!("{GREEN}60{RESET}")), "{out}");
    }

    #[test]
    fn side_by_side_fits_the_width() {
        let a = doc(
            "a.txt",
            "A 30-day ceasefire was agreed on.\nOnly here, with a much longer sentence that has to wrap across several lines of the column.",
        );
        let b = doc("b.txt", "A 60-day ceasefire was agreed on.\nOnly there.");
        for width in [40, 80, 120] {
            let out = render_side_by_side(&view(&a, &b), width, false);
            for line in out.lines().skip(4) {
                assert!(visible_width(line) <= width.max(43), "{width}: {line:?}");
            }
            assert!(
                out.contains("[-30-]-day") && out.contains("{+60+}-day"),
                "{out}"
            );
        }
        let coloured = render_side_by_side(&view(&a, &b), 60, true);
        for line in coloured.lines().skip(4) {
            assert!(visible_width(line) <= 60, "{line:?}");
        }
    }
}
