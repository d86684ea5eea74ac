#!/usr/bin/env python3
"""Near-duplicate benchmark: crosscheck `dups` against the datasketch peer on the same corpus, in one run.

Generates the corpus with ../shared/bench/gen_corpus.py when it is missing (under bench/out/, never
committed), runs `crosscheck dups CORPUS/corpus.jsonl --format json` (timed end to end by this script, process
start to exit, JSONL loading included) and bench_datasketch.py --mode bulk (its own headline time, which
excludes loading), and prints both times, the ratio, and recall and precision against truth.tsv.

A planted pair counts as found when crosscheck reports it as copy, near-duplicate or contains. Precision is
measured as the peer measures it: a reported pair is true when both documents belong to one planted cluster
(a source and its edited copies).

Usage: python3 bench/dups_vs_datasketch.py [--corpus c20k|c20k-hard] [--runs 3] [--threads 1]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# ../shared/bench beside the main checkout, or two levels up from a worktree under /work/wt/.
SHARED = next((d for d in (os.path.join(ROOT, "..", "shared", "bench"),
                           os.path.join(ROOT, "..", "..", "shared", "bench"))
               if os.path.exists(os.path.join(d, "gen_corpus.py"))), os.path.join(ROOT, "..", "shared", "bench"))
CORPORA = {"c20k": [], "c20k-hard": ["--max-edits", "80"]}
NEAR = {"copy", "near-duplicate", "contains"}
BINS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def ensure_corpus(name, shared):
    out = os.path.join(HERE, "out", name)
    if not os.path.exists(os.path.join(out, "corpus.jsonl")):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(shared, "gen_corpus.py"), "--out", out] + CORPORA[name],
                       check=True, stdout=subprocess.DEVNULL)
    return out


def read_truth(corpus):
    truth = []
    with open(os.path.join(corpus, "truth.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            dup, src, _, jac = line.rstrip("\n").split("\t")
            truth.append((dup, src, float(jac)))
    planted = {tuple(sorted((d, s))): j for d, s, j in truth}
    cluster = {}
    for d, s, _ in truth:
        cluster[d] = s
        cluster[s] = s
    return planted, cluster


def quality(found, planted, cluster):
    recall = sum(p in found for p in planted) / len(planted)
    true = sum(1 for a, b in found if cluster.get(a) is not None and cluster.get(a) == cluster.get(b))
    precision = true / len(found) if found else 1.0
    by_bin = []
    for lo, hi in BINS:
        ps = [p for p, j in planted.items() if lo <= j < hi]
        if ps:
            by_bin.append(("[%.1f,%.1f)" % (lo, min(hi, 1.0)), len(ps), sum(p in found for p in ps) / len(ps)))
    return recall, precision, by_bin


def run_crosscheck(binary, corpus, threads):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "dups.json")
        start = time.perf_counter()
        subprocess.run([binary, "dups", os.path.join(corpus, "corpus.jsonl"), "--format", "json",
                        "--threads", str(threads), "-o", out], check=True)
        seconds = time.perf_counter() - start
        with open(out, encoding="utf-8") as f:
            report = json.load(f)
    pairs = {tuple(sorted((p["a"], p["b"]))): p["relation"] for p in report["pairs"]}
    return seconds, pairs


def run_datasketch(python, shared, corpus):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "ds.json")
        subprocess.run([python, os.path.join(shared, "bench_datasketch.py"), "--corpus", corpus, "--mode", "bulk",
                        "--json-out", out], check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return json.load(f)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="c20k", choices=sorted(CORPORA))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "crosscheck"))
    ap.add_argument("--python", default="/work/venv-bench/bin/python", help="a Python with datasketch 2.0.0")
    ap.add_argument("--shared", default=SHARED, help="directory of gen_corpus.py and bench_datasketch.py")
    ap.add_argument("--skip-datasketch", action="store_true")
    a = ap.parse_args()

    corpus = ensure_corpus(a.corpus, a.shared)
    mb = os.path.getsize(os.path.join(corpus, "corpus.jsonl")) / 1e6
    planted, cluster = read_truth(corpus)

    times, pairs = [], {}
    for _ in range(a.runs):
        seconds, pairs = run_crosscheck(a.binary, corpus, a.threads)
        times.append(seconds)
    cc_time = statistics.median(times)
    near = {p for p, r in pairs.items() if r in NEAR}
    cc_recall, cc_precision, cc_bins = quality(near, planted, cluster)
    all_recall, all_precision, all_bins = quality(set(pairs), planted, cluster)
    relations = defaultdict(int)
    for r in pairs.values():
        relations[r] += 1

    print(f"corpus {a.corpus}: {mb:.1f} MB, {len(planted)} planted pairs")
    print(f"crosscheck dups --threads {a.threads}: median {cc_time:.3f} s of {a.runs} runs "
          f"({', '.join(f'{t:.3f}' for t in times)}), {mb / cc_time:.1f} MB/s end to end incl. loading")
    print(f"  recall {cc_recall:.5f}, precision {cc_precision:.5f} (copy/near-duplicate/contains); "
          f"recall of any relation {all_recall:.5f} at precision {all_precision:.5f} over all {len(pairs)} pairs; "
          f"relations {dict(sorted(relations.items()))}")
    for (label, n, r), (_, _, r_all) in zip(cc_bins, all_bins):
        print(f"  recall at true Jaccard {label}: {r:.4f} of {n} (any relation, same-story included: {r_all:.4f})")
    if a.skip_datasketch:
        return
    ds = run_datasketch(a.python, a.shared, corpus)
    ds_time = ds["seconds"]["end_to_end"]
    print(f"datasketch {ds['datasketch']} (bulk, b={ds['params']['b']} r={ds['params']['r']}): "
          f"{ds_time:.3f} s excl. loading, {ds['throughput']['MB_per_s']:.2f} MB/s")
    print(f"  recall {ds['recall_verified']:.5f} (candidates {ds['recall_candidates']:.5f}), "
          f"precision {ds['precision_verified_vs_clusters']}")
    for b in ds["recall_by_true_jaccard"]:
        print(f"  recall at true Jaccard {b['jaccard']}: {b['recall_verified']:.4f} of {b['planted']}")
    print(f"speed ratio crosscheck/datasketch: {ds_time / cc_time:.1f}x")


if __name__ == "__main__":
    main()
