#!/usr/bin/env python3
"""Writes mutation/summary.md (score per folder and group) and mutation/survivors.md (every surviving or uncovered mutant,
with the reason it is equivalent from mutation/equivalent/<group>.tsv, or UNJUSTIFIED) from the Stryker JSON reports per group.

Score = (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants are not valid.
Usage: mutation-summary.py REPORT_DIR SUMMARY_MD SURVIVORS_MD"""
import collections, json, os, sys

report_dir, summary_path, survivors_path = sys.argv[1:4]
order = ["arithmetic", "geometry", "choices", "sbg", "lyx", "lsz-models", "lsz-flows", "numerics", "evidence", "spec-sbg", "spec-lyx", "spec-lsz"]
groups = sorted((f[:-5] for f in os.listdir(report_dir) if f.endswith(".json")),
                key=lambda g: (order.index(g) if g in order else 99, g))

# Justifications: tab-separated  file:line  mutator  replacement  reason  (lines starting with # are comments).
justified = {}
# One file per group (mutation/equivalent/<group>.tsv), so that groups can be worked on apart.
eq_dir = os.path.join(os.path.dirname(summary_path), "equivalent")
for name in sorted(os.listdir(eq_dir)) if os.path.isdir(eq_dir) else []:
    if not name.endswith(".tsv"): continue
    for n, line in enumerate(open(os.path.join(eq_dir, name), encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"): continue
        parts = line.rstrip("\n").split("\t", 3)
        if len(parts) != 4: sys.exit(f"{name}:{n}: expected file:line, mutator, replacement and reason separated by tabs")
        loc, mutator, repl, reason = parts
        justified[(loc, mutator, repl)] = reason

# Groups whose code or tests moved after their last run: tab-separated  group  since (ISO date)  reason. A group whose report
# is older than its mark is STALE: its line-keyed survivors no longer match the code, so its old score is not claimed.
stale = {}
stale_path = os.path.join(os.path.dirname(summary_path), "stale.tsv")
if os.path.exists(stale_path):
    for line in open(stale_path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"): continue
        g, since, reason = line.rstrip("\n").split("\t", 2)
        stale[g] = (since, reason)

def is_stale(g, meta):
    return g in stale and meta.get("date", "") < stale[g][0]

def rel(path):
    i = path.find("src/Verification/")
    return path[i + len("src/Verification/"):] if i >= 0 else path

def folder(r):
    parts = r.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else parts[0] if len(parts) > 1 else r

def score(c):
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    return (100.0 * detected / valid if valid else 100.0), valid

summary = ["# Mutation testing (Stryker.NET)", "",
           "Score = (killed + timeout) / (killed + timeout + survived + no coverage), per folder of `src/Verification/`.",
           "Each group runs only the tests listed as its filter, so its score is a **lower bound** on what the whole",
           "suite kills (fewer tests can only kill fewer mutants). Rerun: `scripts/mutation.sh <group>` or `scripts/mutation.sh all`.",
           "Surviving mutants and the reason each is equivalent: [survivors.md](survivors.md).", ""]
surv = ["# Surviving mutants", "",
        "Every mutant that survived the group's tests (or that no test covers), with the reason it is equivalent",
        "(from `mutation/equivalent/<group>.tsv`). OPEN marks one that is explained but not shown equivalent; KILLED one that a",
        "test written after the group's run kills (checked by hand: mutant applied, test fails, reverted; the next run will",
        "count it as killed); UNJUSTIFIED one still to be killed or explained.", ""]
targets = {"arithmetic": 90, "geometry": 90}
overview = ["## Overview", "", "Score over all valid mutants, and over the mutants not justified as equivalent in survivors.md.", "",
            "| group | mutants | score | score without equivalent | target | survivors: equivalent / open / killed since / unjustified | run time |",
            "|---|---|---|---|---|---|---|"]
sections = []
for g in groups:
    r = json.load(open(os.path.join(report_dir, g + ".json")))
    meta = r.get("verification", {})
    per = collections.defaultdict(collections.Counter)
    rows = []
    for path, f in r["files"].items():
        rp = rel(path)
        for m in f["mutants"]:
            per[folder(rp)][m["status"]] += 1
            if m["status"] in ("Survived", "NoCoverage"):
                loc = f"{rp}:{m['location']['start']['line']}"
                repl = m.get("replacement", "").replace("\n", " ").replace("\t", " ")
                rows.append((rp, m["location"]["start"]["line"], loc, m["mutatorName"], repl, m["status"]))
    sec = [f"## {g}", ""]
    if is_stale(g, meta):
        sec += [f"**STALE** since {stale[g][0]}: {stale[g][1]} The numbers below are of the code and tests as they were at the run's"
                f" commit; they are not claimed for the moved code. Re-measure with `scripts/mutation.sh {g}`.", ""]
    sec += [
                f"- date {meta.get('date', '?')}, commit {meta.get('commit', '?')}, run time {meta.get('seconds', 0) // 60} min {meta.get('seconds', 0) % 60} s",
                f"- test filter: `{meta.get('filter', '?')}`"]
    # A file re-measured alone after the group's run (scripts/mutation-splice.py) replaces that file's mutants.
    for sp in meta.get("spliced", []):
        sec.append(f"- `{sp['file']}` re-measured alone (same filter): date {sp['date']}, commit {sp['commit']}")
    # A group measured in parts (scripts/mutation-parts.py): its score is the group's only once every file is measured.
    unmeasured = []
    if "parts" in meta:
        done = {f for p in meta["parts"] for f in p["files"]}
        unmeasured = [f for f in meta["group_files"] if f not in done]
        for p in meta["parts"]:
            sec.append(f"- part: {', '.join('`' + f + '`' for f in p['files'])}: date {p['date']}, commit {p['commit']}, "
                       f"{p['seconds'] // 60} min")
        if unmeasured:
            sec.append(f"- **PARTIAL**: not measured yet: {', '.join('`' + f + '`' for f in unmeasured)}; the scores below are over "
                       f"the measured files only, not the group's")
    sec += ["",
                "| folder | mutants | killed | timeout | survived | no coverage | compile error | ignored | score |",
                "|---|---|---|---|---|---|---|---|---|"]
    total = collections.Counter()
    for fo in sorted(per):
        c = per[fo]; total.update(c); s, valid = score(c)
        sec.append(f"| {fo} | {valid} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {c['CompileError']} | {c['Ignored']} | {s:.1f}% |")
    s, valid = score(total)
    unjust = sum(1 for row in rows if (row[2], row[3], row[4]) not in justified)
    open_ = sum(1 for row in rows if justified.get((row[2], row[3], row[4]), "").startswith("OPEN"))
    killed = sum(1 for row in rows if justified.get((row[2], row[3], row[4]), "").startswith("KILLED"))
    sec.append(f"| **{g}** | {valid} | {total['Killed']} | {total['Timeout']} | {total['Survived']} | {total['NoCoverage']} | {total['CompileError']} | {total['Ignored']} | **{s:.1f}%** |")
    eq = len(rows) - unjust - open_ - killed
    sec += ["", f"Survivors: {len(rows)}: equivalent (justified) {eq}, open (explained, not shown equivalent) {open_}, "
                f"killed by a test written after the run (checked by hand) {killed}, unjustified {unjust}.", ""]
    sections += sec
    detected = total["Killed"] + total["Timeout"]
    if unmeasured:
        overview.append(f"| {g} | {valid} (parts) | partial: {s:.1f}% over {len(meta['group_files']) - len(unmeasured)} of "
                        f"{len(meta['group_files'])} files | {100.0 * detected / max(1, valid - eq):.1f}% | ≥ {targets.get(g, 80)}% | "
                        f"{eq} / {open_} / {killed} / {unjust} | {meta.get('seconds', 0) // 60} min |")
    elif is_stale(g, meta):
        overview.append(f"| {g} | {valid} (old layout) | stale (was {s:.1f}%) | — | ≥ {targets.get(g, 80)}% | not matched to the moved code | {meta.get('seconds', 0) // 60} min |")
    else: overview.append(f"| {g} | {valid} | {s:.1f}% | {100.0 * detected / max(1, valid - eq):.1f}% | ≥ {targets.get(g, 80)}% | {eq} / {open_} / {killed} / {unjust} | {meta.get('seconds', 0) // 60} min |")
    surv += [f"## {g}", ""] + ([f"STALE: keyed to the lines of the run at {meta.get('commit', '?')}, before the code moved; not matched to the current code.", ""] if is_stale(g, meta) else [])
    if not rows: surv.append("(none)")
    for rp, line, loc, mut, repl, status in sorted(rows):
        reason = justified.get((loc, mut, repl), "UNJUSTIFIED")
        surv.append(f"- `{loc}` {mut} → `{repl}` ({status}): {reason}")
    surv.append("")
missing = [g for g in order if g not in groups]
if missing: overview += ["", "Not measured yet: " + ", ".join(missing) + "."]
open(summary_path, "w", encoding="utf-8").write("\n".join(summary + overview + [""] + sections))
open(survivors_path, "w", encoding="utf-8").write("\n".join(surv))
