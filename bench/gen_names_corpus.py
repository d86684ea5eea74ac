#!/usr/bin/env python3
"""A mid-size corpus for timing the names stage: the repository's own fixture and seed reports, repeated with
their person and place names swapped for spellings from fixtures/names/*.tsv, so that extraction and
clustering see many distinct names and variant spellings. Deterministic (fixed seed), stdlib only.

Usage: python3 bench/gen_names_corpus.py OUT.jsonl [--copies 12]
"""
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def main() -> int:
    out = sys.argv[1]
    copies = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 12
    rng = random.Random(4)
    texts = []
    for pattern in ("seeds/*.txt", "fixtures/stories/**/*.txt", "fixtures/dups/**/*.txt", "fixtures/ci/**/*.txt"):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            texts.append(open(path, encoding="utf-8").read())
    names = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures/names/*.tsv"))):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or "\t" not in line:
                continue
            a, b = line.split("\t")[:2]
            names.extend(n for n in (a, b) if re.fullmatch(r"[^\W\d_][\w'’.-]*( [^\W\d_][\w'’.-]*){0,3}", n))
    two_word = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
    with open(out, "w", encoding="utf-8") as f:
        n = 0
        for c in range(copies):
            for t in texts:
                # Swap a third of the capitalised word pairs for names from the pair files.
                text = two_word.sub(lambda m: rng.choice(names) if rng.random() < 0.33 else m.group(0), t)
                f.write(json.dumps({"id": f"d{n:05}", "source": f"s{n % 17}", "text": text},
                                   ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} documents -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
