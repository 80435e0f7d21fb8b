#!/usr/bin/env python3
"""Replaces one file's mutants in a group report with those of a later Stryker run on that file alone (same test filter),
and records it under verification.spliced, so that a file whose tests changed can be re-measured without re-running the
whole group. mutation-summary.py prints the splice under the group.
Usage: mutation-splice.py GROUP_REPORT FILE_RUN_REPORT FILE COMMIT DATE   (FILE relative to src/Verification, e.g. Geometry/RationalSphere.cs)"""
import json, sys

group_path, run_path, file, commit, date = sys.argv[1:6]
group = json.load(open(group_path))
run = json.load(open(run_path))

def key_of(files, suffix):
    keys = [k for k in files if k.endswith("src/Verification/" + suffix) or k == suffix]
    if len(keys) != 1: sys.exit(f"{suffix}: expected one entry, found {len(keys)}")
    return keys[0]

gk, rk = key_of(group["files"], file), key_of(run["files"], file)
if run["files"][rk].get("source") != group["files"][gk].get("source"):
    print(f"note: {file} changed since the group's run; the spliced mutants are of the new source")
group["files"][gk] = run["files"][rk]
meta = group.setdefault("verification", {})
meta["spliced"] = [s for s in meta.get("spliced", []) if s["file"] != file] + [{"file": file, "commit": commit, "date": date}]
json.dump(group, open(group_path, "w"))
print(f"{file}: {len(run['files'][rk]['mutants'])} mutants spliced into {group_path}")
