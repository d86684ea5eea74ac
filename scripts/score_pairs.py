#!/usr/bin/env python3
"""Score `crosscheck names --pairs FILE --format json` against the labels in FILE.

Usage: scripts/score_pairs.py FILE.tsv [CROSSCHECK_BINARY] [--errors]

FILE.tsv lines are name1<TAB>name2<TAB>same|different[<TAB>category]. Prints precision and recall of "same"
over all pairs and per category (a category of negatives has no recall; its line gives the false merges).
"""
import collections
import json
import subprocess
import sys


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_errors = "--errors" in sys.argv
    path = args[0]
    binary = args[1] if len(args) > 1 else "target/release/crosscheck"
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            rows.append((fields[0], fields[1], fields[2] == "same", fields[3] if len(fields) > 3 else "-"))
    out = subprocess.run([binary, "names", "--pairs", path, "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    verdicts = json.loads(out)
    assert len(verdicts) == len(rows)
    per = collections.defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn tn
    errors = []
    for (a, b, expected, cat), v in zip(rows, verdicts):
        got = v["same"]
        idx = {(True, True): 0, (False, True): 1, (True, False): 2, (False, False): 3}[(expected, got)]
        per[cat][idx] += 1
        per["ALL"][idx] += 1
        if expected != got:
            errors.append(f"  [{cat}] {a} / {b}: expected {'same' if expected else 'different'}, "
                          f"got {v['score']:.3f} {v['reason']}")
    for cat in sorted(per, key=lambda c: (c != "ALL", c)):
        tp, fp, fn, tn = per[cat]
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        print(f"{cat:16} n={tp+fp+fn+tn:4}  same {tp+fn:4} diff {fp+tn:4}  "
              f"precision {p:.3f}  recall {r:.3f}  fp {fp:3} fn {fn:3}")
    if show_errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head
        sys.exit(0)
