"""Scores held-out stories as a desk's day of copy: `check` runs ONCE on the reports of every STORY_DIR (and any
--filler reports, run with them but not scored), and each story is scored, as by score_expected.py, on the
findings whose evidence lies in its own folder alone. Findings whose evidence spans folders are listed.
Usage: score_mixed.py BINARY STORY_DIR... [--filler FILE...]"""
import json, os, sys
from score_expected import report_files, run_check, score

def main():
    args=sys.argv[1:]
    filler=args[args.index("--filler")+1:] if "--filler" in args else []
    if "--filler" in args: args=args[:args.index("--filler")]
    binary, dirs = args[0], args[1:]
    files=[f for d in dirs for f in report_files(d)]
    findings=run_check(binary, files+filler)
    folders=lambda f: {os.path.basename(os.path.dirname(e["path"])) for e in f["evidence"]}
    tot=dict(exp=0,found=0,rep=0,wrong=0,unl=0)
    for d in dirs:
        exp=json.load(open(os.path.join(d,"expected.json")))
        fs=[f for f in findings if folders(f)=={os.path.basename(d)}]
        found, misses, wrong, unl = score(exp, fs)
        for m in misses: print(os.path.basename(d), "MISS", m[:200])
        for w in wrong: print(os.path.basename(d), "WRONG", w[:200])
        tot["exp"]+=len(exp["expect"]); tot["found"]+=found; tot["rep"]+=len(fs); tot["wrong"]+=len(wrong); tot["unl"]+=len(unl)
    cross=[f for f in findings if len(folders(f))>1]
    for f in cross: print("ACROSS", f["kind"], f["values"][:4], sorted(folders(f)))
    print(f"MIXED TOTAL {len(files)+len(filler)} reports; expected {tot['exp']} found {tot['found']} recall {tot['found']/max(1,tot['exp']):.3f}; reported {tot['rep']}, decoy-hit {tot['wrong']}, unlabelled {tot['unl']}, across stories {len(cross)}")

if __name__ == "__main__":
    main()
