#!/usr/bin/env python3
"""Mutation score per folder from a Stryker mutation-report.json (killed + timeout over all valid mutants), and the
surviving mutants with their location, for the justified-survivors list in mutation/survivors.md."""
import json, sys, collections

report = json.load(open(sys.argv[1]))
per = collections.defaultdict(lambda: collections.Counter())
survivors = []
for path, f in report["files"].items():
    rel = path[path.find("src/"):] if "src/" in path else path
    folder = "/".join(rel.split("/")[:3])
    for m in f["mutants"]:
        per[folder][m["status"]] += 1
        if m["status"] in ("Survived", "NoCoverage"):
            survivors.append((rel, m["location"]["start"]["line"], m["mutatorName"], m.get("replacement", ""), m["status"]))

def score(c):
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    return (100.0 * detected / valid if valid else 100.0), valid

print("| folder | mutants | killed | timeout | survived | no coverage | score |")
print("|---|---|---|---|---|---|---|")
total = collections.Counter()
for folder in sorted(per):
    c = per[folder]
    total.update(c)
    s, valid = score(c)
    print(f"| {folder} | {valid} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {s:.1f}% |")
s, valid = score(total)
print(f"| **all** | {valid} | {total['Killed']} | {total['Timeout']} | {total['Survived']} | {total['NoCoverage']} | **{s:.1f}%** |")
print()
print("## Surviving mutants")
print()
for rel, line, name, repl, status in sorted(survivors):
    print(f"- `{rel}:{line}` {name} → `{repl}` ({status})")
