#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seed inputs taken from the repository's fixtures and seeds.
# The corpus directories are git-ignored: run this once before fuzzing (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
root=..
corpus=corpus
targets=(load_txt load_md load_jsonl load_json segment tokenize extract word_diff diff_pipeline)
for t in "${targets[@]}"; do mkdir -p "$corpus/$t"; done

# Every fixture file of a format is a seed for its loader; prose files seed the text targets too.
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  name="$(printf '%04d' "$n")_$(basename "$file")"
  case "$file" in
    *.txt) dirs=(load_txt segment tokenize extract) ;;
    *.md) dirs=(load_md segment tokenize extract) ;;
    *.jsonl) dirs=(load_jsonl) ;;
    *.json) dirs=(load_json) ;;
    *) continue ;;
  esac
  for d in "${dirs[@]}"; do cp "$file" "$corpus/$d/$name"; done
done < <(find "$root/seeds" "$root/fixtures" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' -o -name '*.json' \) -print0 | sort -z)

# JSON Lines seeds: each prose file as one record, and each story directory as one file of records.
python3 - "$root" "$corpus/load_jsonl" <<'PY'
import json, pathlib, sys
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for i, d in enumerate(sorted(p for p in (root / "fixtures").rglob("*") if p.is_dir())):
    texts = sorted(d.glob("*.txt")) + sorted(d.glob("*.md"))
    if texts:
        lines = [json.dumps({"id": f"r{j}", "source": t.stem, "text": t.read_text()}) for j, t in enumerate(texts)]
        (out / f"story_{i:03}.jsonl").write_text("\n".join(lines) + "\n")
PY

# The two-text targets take two reports joined by a NUL byte: pairs from one story, where the differences are.
pair=0
for dir in "$root"/seeds "$root"/fixtures/stories/*/ "$root"/fixtures/dups/*/input; do
  mapfile -t files < <(find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) | sort)
  for ((i = 0; i + 1 < ${#files[@]}; i++)); do
    pair=$((pair + 1))
    for t in word_diff diff_pipeline; do
      { cat "${files[$i]}"; printf '\0'; cat "${files[$((i + 1))]}"; } > "$corpus/$t/pair_$(printf '%03d' "$pair")"
    done
  done
done

for t in "${targets[@]}"; do echo "$t: $(ls "$corpus/$t" | wc -l) seeds"; done
