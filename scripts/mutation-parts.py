#!/usr/bin/env python3
"""Adds one part of a group, a Stryker run on some of the group's files (MUTATE) with the group's own test filter, to the
group report, so that a group too slow for one sitting (spec-lsz: hours) is measured in parts across sittings. The first
part starts the report; each later part replaces the mutants of the files it mutated. mutation-summary.py claims a group
score only once every file of the group is measured; before that it prints the score over the measured files, marked partial.
A part whose file changed since an earlier part replaces that file's mutants (the report keeps each file's own source).
Usage: mutation-parts.py GROUP_REPORT RUN_REPORT GROUP_GLOBS GLOBS FILTER SECONDS COMMIT DATE   (globs ';'-separated, as MUTATE)"""
import json, os, re, sys

group_path, run_path, group_globs, globs, flt, secs, commit, date = sys.argv[1:9]
run = json.load(open(run_path))
root = run.get("projectRoot", "").rstrip("/") + "/"
rel = lambda p: p[len(root):] if p.startswith(root) else p
run_files = {rel(k): v for k, v in run["files"].items()}

def glob_re(g):
    """Stryker's globs: ** spans zero or more folders, * stays inside one."""
    out = re.escape(g).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
    return re.compile(out + "$")

# Stryker matches the globs against the full path; "**/Lsz/Lsz.Growth.cs" matches the relative one just as well.
matches = lambda f, gs: any(glob_re(g).match(f) for g in gs.split(";"))
mutated = sorted(f for f in run_files if matches(f, globs))
if not mutated: sys.exit(f"mutation-parts: no file of the run matches {globs}")
if not all(matches(f, group_globs) for f in mutated): sys.exit(f"mutation-parts: {globs} reaches beyond the group ({group_globs})")

if os.path.exists(group_path):
    group = json.load(open(group_path))
    meta = group.setdefault("verification", {})
    if "parts" not in meta: sys.exit(f"{group_path} holds a whole-group run, not parts: delete it to start measuring in parts")
    if meta["filter"] != flt: sys.exit(f"{group_path}: its parts ran with another test filter; a part must use the group's filter")
else:
    group = {k: v for k, v in run.items() if k not in ("files", "testFiles")}
    group["files"] = {f: {**v, "mutants": []} for f, v in run_files.items()}
    group["testFiles"] = {}
    group["projectRoot"] = "."
    meta = group["verification"] = {"filter": flt, "seconds": 0, "commit": commit, "date": date, "parts": [],
                                    "group_files": sorted(f for f in run_files if matches(f, group_globs))}
for f in mutated: group["files"][f] = run_files[f]
meta["seconds"] += int(secs)
meta["parts"] = [p for p in meta["parts"] if not set(p["files"]) <= set(mutated)] + \
    [{"files": mutated, "commit": commit, "date": date, "seconds": int(secs)}]
meta["commit"], meta["date"] = commit, date   # of the latest part (each part's own are listed)
json.dump(group, open(group_path, "w"))
print(f"mutation-parts: {len(mutated)} file(s) of {group_path} measured at {commit}: {', '.join(mutated)}")
