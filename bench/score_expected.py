"""Scores crosscheck findings against expected.json story folders, loosely: a label value matches a finding
value when they are equal after trimming, or one holds the other as whole words (case-insensitive).
Usage: score_expected.py BINARY STORY_DIR... ; prints per-story lines and totals, and lists misses,
wrong (decoy-matching) and unlabelled findings."""
import json, re, subprocess, sys, os
KINDS = {"spelling-variant","place-conflict","person-conflict","role-conflict","number-conflict","date-conflict","quote-drift"}
def norm(v): return re.sub(r"\s+"," ",v.strip().strip("\"'“”‘’„.,;:").strip()).lower()
def holds(a,b):
    a,b=norm(a),norm(b)
    if not a or not b: return False
    if a==b: return True
    def inside(x,y): return re.search(r"(?<!\w)"+re.escape(x)+r"(?!\w)", y) is not None
    return inside(a,b) or inside(b,a)
def value_in(v, values): return any(holds(v,w) for w in values)
def docs_of(f): return {os.path.basename(e["path"]) for e in f["evidence"]}
def report_files(d):
    return sorted(os.path.join(d,f) for f in os.listdir(d) if f.endswith((".txt",".md",".jsonl")) and f not in ("README.md","STORIES.md"))
def run_check(binary, files):
    out=subprocess.run([binary,"check",*files,"--format","json","--exit-zero"],capture_output=True,text=True)
    return [f for f in json.loads(out.stdout)["findings"] if f["kind"] in KINDS]
def score(exp, fs):
    """(found, misses, wrong, unlabelled) of findings `fs` against one story's expectations `exp`."""
    found=0; misses=[]; used=set()
    for e in exp["expect"]:
        ok=False
        for i,f in enumerate(fs):
            if f["kind"]!=e["kind"]: continue
            if e.get("documents") and not set(e["documents"])<=docs_of(f): continue
            if all(value_in(v,f["values"]) for v in e["values"]): ok=True; used.add(i)
        found+=ok
        if not ok: misses.append(f'{e["kind"]}: {e["values"]}')
    wrong=[]; unl=[]
    for i,f in enumerate(fs):
        if i in used: continue
        dec=any(sum(value_in(v,f["values"]) for v in dd["values"])>=2 or (len(dd["values"])==1 and value_in(dd["values"][0],f["values"])) for dd in exp.get("decoys",[]))
        (wrong if dec else unl).append(f'{f["kind"]}: {f["values"][:4]}')
    return found, misses, wrong, unl
def main():
    binary=sys.argv[1]; tot=dict(exp=0,found=0,rep=0,wrong=0,unl=0)
    for d in sys.argv[2:]:
        exp=json.load(open(os.path.join(d,"expected.json")))
        fs=run_check(binary, report_files(d))
        found, misses, wrong, unl = score(exp, fs)
        print(f"{os.path.basename(d):32} expected {len(exp['expect']):2} found {found:2} reported {len(fs):2} decoy-hit {len(wrong)} unlabelled {len(unl)}")
        for m in misses: print("   MISS", m[:200])
        for w in wrong: print("   WRONG", w[:200])
        for u in unl: print("   UNLABELLED", u[:200])
        tot["exp"]+=len(exp["expect"]); tot["found"]+=found; tot["rep"]+=len(fs); tot["wrong"]+=len(wrong); tot["unl"]+=len(unl)
    print(f"TOTAL expected {tot['exp']} found {tot['found']} recall {tot['found']/max(1,tot['exp']):.3f}; reported {tot['rep']}, decoy-hit {tot['wrong']}, unlabelled {tot['unl']}, labelled precision {(tot['rep']-tot['wrong']-tot['unl'])/max(1,tot['rep']):.3f}")

if __name__ == "__main__":
    main()
