#!/usr/bin/env python3
"""Whole-process scale benchmark (stdlib only): `crosscheck check` on story corpora of 1k, 10k and 100k reports,
and `crosscheck dups` on near-duplicate corpora of 100k and 1M documents.

Each corpus is generated under bench/out/ when it is missing (never committed):

  stories-1k, stories-10k, stories-100k   bench/gen_stories.py --reports N (news stories with planted conflicts)
  c100k, c1m                              ../shared/bench/gen_corpus.py --docs N (planted near-duplicate pairs)

Every run goes through `/usr/bin/time -v`, which gives the wall time and the peak resident set size. The script
prints, per row, the median wall time of --runs runs, docs/s, MB/s (corpus file bytes), the peak RSS (the largest
of the runs), the load average before and after, and the per-stage timings that `crosscheck --stats` prints on
standard error when the binary has that flag. For story corpora it scores the report of the last run against
truth.jsonl: recall of planted conflicts by kind, precision of conflict findings (a conflict finding that matches
no planted conflict is counted false), and decoys hit. For dups corpora it gives the recall of truth.tsv's
planted pairs (reported as copy, near-duplicate or contains).

A planted value matches a reported value when they are equal after trimming punctuation, or when one holds the
other as whole words ("42" in "42 people"). An expected finding is found by a finding of its kind that holds a
value of each of its value groups and has evidence in the report that plants it ("in") and in one of the reports
that state the other side ("documents"). A decoy is hit by a conflict finding that holds values from two of its
groups (or two values of its one group).

    python3 bench/scale.py                      # check 1k, 10k, 100k; dups 100k, 1M; 3 runs each
    python3 bench/scale.py --only check-10k --runs 1
    python3 bench/scale.py --threads 1 --only check-1k,check-10k
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = next((d for d in (os.path.join(ROOT, "..", "shared", "bench"), os.path.join(ROOT, "..", "..", "shared", "bench"))
               if os.path.exists(os.path.join(d, "gen_corpus.py"))), os.path.join(ROOT, "..", "shared", "bench"))

ROWS = {
    "check-1k": ("check", "stories", 1_000),
    "check-10k": ("check", "stories", 10_000),
    "check-100k": ("check", "stories", 100_000),
    "dups-100k": ("dups", "near", 100_000),
    "dups-1m": ("dups", "near", 1_000_000),
}
CONFLICT_KINDS = {"place-conflict", "person-conflict", "number-conflict", "date-conflict", "quote-drift",
                  "role-conflict"}
NEAR = {"copy", "near-duplicate", "contains"}


def label(n):
    return f"{n // 1_000_000}m" if n >= 1_000_000 else f"{n // 1000}k"


def ensure_corpus(kind, n, shared):
    out = os.path.join(HERE, "out", ("stories-" if kind == "stories" else "c") + label(n))
    if not os.path.exists(os.path.join(out, "meta.json")):
        os.makedirs(out, exist_ok=True)
        print(f"generating {out} ...", file=sys.stderr)
        if kind == "stories":
            cmd = [sys.executable, os.path.join(HERE, "gen_stories.py"), "--reports", str(n), "--out", out]
        else:
            cmd = [sys.executable, os.path.join(shared, "gen_corpus.py"), "--out", out, "--docs", str(n)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def has_stats(binary):
    help_text = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
    return "--stats" in help_text


def timed(cmd):
    """Runs `cmd` under /usr/bin/time -v: (wall seconds, peak RSS in MB, CPU seconds user+system, stderr of the
    command). CPU seconds depend far less on the load of a shared machine than the wall time does."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name] + cmd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        report = tf.read()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited with {proc.returncode}:\n{proc.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1)) / 1024
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    if m:
        wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", report).group(1)) for k in ("User", "System"))
    return wall, rss, cpu, proc.stderr


# --- Scoring story corpora -------------------------------------------------------------------------------

TRIM = ",.;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb \t\n"


def value_matches(planted, reported):
    # Case does not matter: a dateline writes the city in capitals.
    p, r = planted.strip(TRIM).casefold(), reported.strip(TRIM).casefold()
    if not p or not r:
        return False
    if p == r:
        return True
    short, long_ = (p, r) if len(p) < len(r) else (r, p)
    if len(short) < 2:
        return False
    return re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", long_) is not None


def score_stories(report_path, corpus):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    findings = []
    by_doc = defaultdict(list)
    for i, f in enumerate(report["findings"]):
        docs = {e["document"] for e in f.get("evidence", [])}
        findings.append((f["kind"], f.get("values") or [], docs))
        for d in docs:
            by_doc[d].append(i)
    planted, found = Counter(), Counter()
    true_conflicts = set()
    decoys = decoys_hit = 0
    with open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8") as t:
        for line in t:
            story = json.loads(line)
            for e in story["expect"]:
                planted[e["kind"]] += 1
                hit = False
                for i in by_doc.get(e["in"], ()):
                    kind, values, docs = findings[i]
                    if kind != e["kind"] or not any(d in docs for d in e["documents"]):
                        continue
                    if all(any(value_matches(v, r) for v in group for r in values) for group in e["values"]):
                        hit = True
                        true_conflicts.add(i)
                if hit:
                    found[e["kind"]] += 1
            story_docs = story["documents"]
            candidates = {i for d in story_docs for i in by_doc.get(d, ())}
            for decoy in story["decoys"]:
                decoys += 1
                groups = decoy["groups"]
                for i in candidates:
                    kind, values, _ = findings[i]
                    if kind not in CONFLICT_KINDS:
                        continue
                    if len(groups) == 1:
                        hit = sum(1 for v in groups[0] if any(value_matches(v, r) for r in values)) >= 2
                    else:
                        hit = sum(1 for g in groups if any(value_matches(v, r) for v in g for r in values)) >= 2
                    if hit:
                        decoys_hit += 1
                        break
    reported = Counter(k for k, _, _ in findings)
    conflicts = [i for i, (k, _, _) in enumerate(findings) if k in CONFLICT_KINDS]
    true_by_kind = Counter(findings[i][0] for i in true_conflicts)
    return {
        "recall": {k: (found[k], planted[k]) for k in sorted(planted)},
        "reported": dict(sorted(reported.items())),
        "conflict_precision": (len(true_conflicts & set(conflicts)), len(conflicts)),
        "precision_by_kind": {k: (true_by_kind[k], reported[k]) for k in sorted(CONFLICT_KINDS) if reported[k]},
        "decoys": (decoys_hit, decoys),
        "stories": len(report["stories"]),
        "pairs": len(report["pairs"]),
    }


def score_dups(report_path, corpus):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    near = {tuple(sorted((p["a"], p["b"]))) for p in report["pairs"] if p["relation"] in NEAR}
    planted = []
    with open(os.path.join(corpus, "truth.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            dup, src = line.split("\t")[:2]
            planted.append(tuple(sorted((dup, src))))
    return {"recall": {"near-duplicate pairs": (sum(p in near for p in planted), len(planted))},
            "pairs": len(report["pairs"])}


# --- Main ------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=",".join(ROWS), help="comma-separated rows: " + ", ".join(ROWS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None, help="--threads for crosscheck (default: its own)")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "crosscheck"))
    ap.add_argument("--shared", default=SHARED, help="directory of gen_corpus.py")
    ap.add_argument("--json-out", default=os.path.join(HERE, "out", "scale-results.json"))
    a = ap.parse_args()

    stats = has_stats(a.binary)
    results = []
    for name in a.only.split(","):
        command, kind, n = ROWS[name]
        corpus = ensure_corpus(kind, n, a.shared)
        path = os.path.join(corpus, "corpus.jsonl")
        mb = os.path.getsize(path) / 1e6
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "report.json")
            cmd = [a.binary] + (["--stats"] if stats else []) + [command, path, "--format", "json", "-o", out]
            if command == "check":
                cmd.append("--exit-zero")
            if a.threads:
                cmd += ["--threads", str(a.threads)]
            walls, rsss, cpus, loads = [], [], [], []
            stderr = ""
            for _ in range(a.runs):
                before = loadavg()
                wall, rss, cpu, stderr = timed(cmd)
                walls.append(wall)
                cpus.append(cpu)
                rsss.append(rss)
                loads.append(f"{before} -> {loadavg()}")
                print(f"  {name}: {wall:.2f} s, CPU {cpu:.1f} s, {rss:.0f} MB (load {loads[-1]})", file=sys.stderr)
            score = score_stories(out, corpus) if kind == "stories" else score_dups(out, corpus)
        wall = statistics.median(walls)
        row = {"row": name, "command": " ".join(["crosscheck"] + cmd[1:]).replace(out, "REPORT.json"),
               "docs": n, "mb": round(mb, 1), "walls": [round(w, 2) for w in walls], "median_wall": round(wall, 2),
               "cpu": [round(c, 1) for c in cpus], "median_cpu": round(statistics.median(cpus), 1),
               "docs_per_s": round(n / wall), "mb_per_s": round(mb / wall, 2), "peak_rss_mb": round(max(rsss)),
               "load": loads, "score": score, "stats": stderr.strip() if stats else None}
        results.append(row)
        print_row(row)
    os.makedirs(os.path.dirname(a.json_out), exist_ok=True)
    with open(a.json_out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
    print()
    print("| corpus | command | median wall | runs | docs/s | MB/s | peak RSS |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['row']} ({r['docs']:,} docs, {r['mb']} MB) | `{r['command']}` | {r['median_wall']:.2f} s | "
              f"{', '.join(f'{w:.2f}' for w in r['walls'])} | {r['docs_per_s']:,} | {r['mb_per_s']} | "
              f"{r['peak_rss_mb']:,} MB |")


def print_row(r):
    print(f"\n== {r['row']}: {r['docs']:,} docs, {r['mb']} MB")
    print(f"   {r['command']}")
    print(f"   median wall {r['median_wall']:.2f} s of {r['walls']}; {r['docs_per_s']:,} docs/s; {r['mb_per_s']} MB/s; "
          f"peak RSS {r['peak_rss_mb']:,} MB; CPU (user+sys) median {r['median_cpu']} s of {r['cpu']}; load {r['load']}")
    s = r["score"]
    for k, (f, p) in s["recall"].items():
        print(f"   recall {k}: {f}/{p} = {f / p if p else 0:.3f}")
    if "conflict_precision" in s:
        t, n = s["conflict_precision"]
        print(f"   conflict findings matching a planted conflict: {t}/{n} = {t / n if n else 1:.3f}")
        for k, (t, n) in s["precision_by_kind"].items():
            print(f"     {k}: {t}/{n}")
        h, d = s["decoys"]
        print(f"   decoys hit: {h}/{d}; reported {s['reported']}; stories {s['stories']}, pairs {s['pairs']}")
    if r["stats"]:
        print("   --stats (last run):")
        for line in r["stats"].splitlines():
            print("     " + line)


if __name__ == "__main__":
    main()
