#!/usr/bin/env bash
# Mutation testing of the reference implementation with Stryker.NET (a local tool, see .config/dotnet-tools.json).
# Too slow for every CI run: run it on demand, one folder group at a time. Usage:
#   scripts/mutation.sh arithmetic|geometry|choices|sbg|lyx|lsz-models|lsz-flows|numerics ...   # one or more groups, in this order for `all`
#   scripts/mutation.sh all
#   MUTATE='**/Sbg/Sbg.Section8.cs' FILTER='FullyQualifiedName~SbgTests+Section8' scripts/mutation.sh spec-sbg   # partial
#   PART=1 MUTATE='**/Lsz/Lsz.Growth.cs;**/Lsz/Lsz.Coverage.cs' scripts/mutation.sh spec-lsz   # one part of a group measured
#     in parts (scripts/mutation-parts.py): the group's own filter; its score is claimed once every file is measured
# Each group mutates only its folders and runs only the tests meant to pin them (a vstest filter): those tests' kills are
# a lower bound on what the whole suite kills (the LYX group leaves out the claim and experiment tests, which take minutes
# per mutant of the population integrator). Reports: mutation/reports/<group>.json (Stryker JSON report) and, per run,
# StrykerOutput/ (html, not committed). mutation/summary.md is regenerated from every committed group report.
# Stryker swaps the library assembly in the test project's bin folder: never run two copies in the same checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# group → mutate globs (';'-separated) and the test filter (dotnet test --filter syntax).
glob_of() {
  case "$1" in
    arithmetic) echo "**/Arithmetic/**/*.cs" ;;
    geometry)   echo "**/Geometry/**/*.cs" ;;
    choices)    echo "**/Harness/Choices.cs" ;;
    sbg)        echo "**/Models/Sbg/**/*.cs;**/Data/Sbg/**/*.cs;**/Dynamics/Sbg/**/*.cs" ;;
    lyx)        echo "**/Models/Lyx/**/*.cs;**/Data/Lyx/**/*.cs;**/Dynamics/Lyx/**/*.cs" ;;
    lsz-models) echo "**/Models/Lsz/**/*.cs" ;;
    lsz-flows)  echo "**/Data/Lsz/**/*.cs;**/Dynamics/Lsz/**/*.cs" ;;
    numerics)   echo "**/Numerics/**/*.cs" ;;
    evidence)   echo "**/Harness/CoverageClass.cs;**/Harness/Evidence*.cs;**/Harness/Evaluation.cs;**/Harness/ExactTightness.cs;**/Harness/Statistics/**/*.cs;**/Numerics/RestartedNelderMead.cs" ;;
    spec-sbg)   echo "**/Sbg/**/*.cs" ;;
    spec-lyx)   echo "**/Lyx/**/*.cs" ;;
    spec-lsz)   echo "**/Lsz/**/*.cs" ;;
    *) echo "unknown group $1 (arithmetic|geometry|choices|sbg|lyx|lsz-models|lsz-flows|numerics|evidence|spec-sbg|spec-lyx|spec-lsz|all)" >&2
       exit 2 ;;
  esac
}
filter_of() {
  # Tests mirror the source tree (tests/Verification.Tests/<folder>/<Type>Tests.cs, namespace Verification.Tests.<folder>),
  # so a group's filter names the same folders as its mutate globs; sbg adds its claim tests (fast), lyx and lsz leave
  # theirs out (minutes per mutant of the population integrators).
  local t=FullyQualifiedName~Verification.Tests
  case "$1" in
    arithmetic) echo "$t.Arithmetic" ;;
    geometry)   echo "$t.Geometry|$t.Arithmetic" ;;
    choices)    echo "$t.Harness.Choices" ;;
    sbg)        echo "$t.Models.Sbg|$t.Data.Sbg|$t.Dynamics.Sbg|$t.Spec.SbgTests|$t.Harness.ChoicesTests" ;;
    lyx)        echo "$t.Models.Lyx|$t.Data.Lyx|$t.Dynamics.Lyx" ;;
    lsz-models) echo "$t.Models.Lsz" ;;
    lsz-flows)  echo "$t.Data.Lsz|$t.Dynamics.Lsz" ;;
    numerics)   echo "$t.Numerics" ;;
    # The harness's evidence code (coverage, evidence, statistics, the optimiser of the targeted search). The cross-budget
    # verdict test runs every statistical claim at deep: only SBG's rows here (seconds each; LYX and LSZ cost minutes).
    evidence)   local st="$t.Harness.Statistics"
                echo "$t.Harness.EvidenceTests|$t.Harness.CoverageMetadataTests|$t.Numerics.RestartedNelderMeadTests\
|$t.Cli.FuzzTightnessOutputTests|$t.Spec.SbgTests+Section5|($st&DisplayName!~Verdict_is_the_same)\
|($st&DisplayName~Verdict_is_the_same&DisplayName~SBG.)" ;;
    # The properties themselves, killed by the claims' own tests: their claim tests (wrong variants, corrected statements,
    # boundary cases) and the generic theories over every claim, restricted to the paper by display name.
    spec-sbg)   echo "$t.Spec.SbgTests|($t.Harness&DisplayName~SBG.)" ;;
    # spec-lyx leaves out the whole-claim tests (claim test, wrong variants, fuzz expectations, cross-budget verdicts) of the
    # claims that take seconds per run: Table 1 (88 s), MNIST (95 s), the trajectory claims and the Monte Carlo claims
    # (1-4 s each, and every mutant of the shared dynamics code ran all of them: 5 mutants a minute). Their code is
    # killed by the oracle tests (hand-made cases, few-step runs); the score stays a lower bound.
    spec-lyx)   local slow=""
                for c in Table1 MNIST Thm1 Thm2 J.Thm3.1 J.Thm3.2 Remark3 J.Prop4 Fig.Iterations Fig.NormHistogram \
                         J.Fig.SubspaceAngle J.Text.AcuteAngles; do slow="$slow&DisplayName!~LYX.$c"; done
                echo "($t.Spec.LyxTests|($t.Harness&DisplayName~LYX.))$slow" ;;
    # spec-lsz likewise leaves out the whole-claim tests of the LSZ claims that take over a second a run (flows, GD runs,
    # SGD figures; the spec-lsz filter took 40 s wall with them); their code is killed by the oracle tests.
    spec-lsz)   local slow=""
                for c in Thm2 Thm3 Remark3 Remark6 Remark7 Lemma4 Lemma5 Lemma6 Fig1a Fig1b Eq7; do slow="$slow&DisplayName!~LSZ.$c"; done
                echo "($t.Spec.LszTests|($t.Harness&DisplayName~LSZ.))$slow" ;;
  esac
}

# The project a group mutates: the claims (spec/) or the reference implementation (src/Verification/).
project_of() {
  case "$1" in
    spec-*) echo "Verification.Spec.csproj" ;;
    *)      echo "Verification.csproj" ;;
  esac
}

# Mutators left out per group: in spec/ the string mutators only change metadata text (ids, statements, details).
ignored_of() {
  case "$1" in
    spec-*) echo "string" ;;
    *)      echo "" ;;
  esac
}

groups=("$@")
[ ${#groups[@]} -eq 0 ] && { echo "usage: $0 GROUP ... (arithmetic geometry choices sbg lyx lsz-models lsz-flows numerics evidence spec-sbg spec-lyx spec-lsz | all)" >&2; exit 2; }
[ "${groups[0]}" = all ] && groups=(arithmetic geometry choices sbg lyx lsz-models lsz-flows numerics evidence spec-sbg spec-lyx spec-lsz)
for g in "${groups[@]}"; do glob_of "$g" > /dev/null; done   # reject an unknown group before any run starts
# A progress bar on a terminal; one dot per mutant in a log (the bar's final redraw throws under a 0-column pty, after
# every mutant has run and before any report is written).
progress=dots; [ -t 1 ] && progress=progress
concurrency=${STRYKER_CONCURRENCY:-2}   # test runners in parallel; 1 when the machine is shared
build=${STRYKER_BUILD:-Debug}           # the build configuration Stryker compiles the mutants in (Release: faster numeric tests)
# STRYKER_LOG=1: Stryker's debug log to a file under the output folder (each mutant's tests and how its run ended)

dotnet tool restore > /dev/null
mkdir -p mutation/reports
for g in "${groups[@]}"; do
  globs=$(glob_of "$g"); filter=$(filter_of "$g")
  out="$root/StrykerOutput/$g"
  # A partial run while writing tests: MUTATE narrows the files (globs, ';'-separated) and FILTER the tests. Its report
  # stays in StrykerOutput/ (never a committed score) and its survivors are printed.
  partial=""
  if [ -n "${MUTATE:-}" ]; then globs=$MUTATE; filter=${FILTER:-$filter}; out="$out-partial"; partial=1; fi
  rm -rf "$out"
  cfg=$(mktemp --suffix=.json)
  python3 - "$globs" "$filter" "$concurrency" "$(project_of "$g")" "$(ignored_of "$g")" "$progress" "$build" "${STRYKER_LOG:-}" > "$cfg" <<'PY'
import json, sys
print(json.dumps({"stryker-config": {
    "project": sys.argv[4],
    "ignore-mutations": [m for m in sys.argv[5].split(",") if m],
    "mutate": sys.argv[1].split(";"),
    "coverage-analysis": "perTest",
    "test-case-filter": sys.argv[2],
    "reporters": ["html", "json", sys.argv[6]],
    "thresholds": {"high": 90, "low": 80, "break": 0},
    "concurrency": int(sys.argv[3]),
    "configuration": sys.argv[7],
    "additional-timeout": 10000,
    **({"verbosity": "debug"} if sys.argv[8] else {})}}, indent=2))
PY
  start=$(date +%s)
  (cd tests/Verification.Tests && nice -n 10 dotnet stryker --config-file "$cfg" --output "$out" --skip-version-check ${STRYKER_LOG:+--log-to-file})
  seconds=$(( $(date +%s) - start ))
  rm -f "$cfg"
  if [ -n "$partial" ]; then
    python3 - "$out/reports/mutation-report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); counts = {}
root = r.get("projectRoot", "").rstrip("/") + "/"
for f, v in sorted((k[len(root):] if k.startswith(root) else k, v) for k, v in r["files"].items()):
    lines = v["source"].split("\n")
    for m in sorted(v["mutants"], key=lambda m: (m["location"]["start"]["line"], m["location"]["start"]["column"])):
        counts[m["status"]] = counts.get(m["status"], 0) + 1
        if m["status"] in ("Survived", "NoCoverage"):
            s = m["location"]["start"]
            repl = m.get("replacement", "").replace("\n", " ").replace("\t", " ")   # as survivors.md keys it
            print(f"{f}:{s['line']}\t{s['column']}\t{m['status']}\t{m['mutatorName']}\t{repl}")
k = counts.get("Killed", 0) + counts.get("Timeout", 0); n = k + counts.get("Survived", 0) + counts.get("NoCoverage", 0)
print(f"partial run: {k}/{n} killed or timed out ({100 * k / max(n, 1):.1f}%); statuses {counts}")
PY
    # PART=1: the run is one part of the group's measurement (the group's own filter, no FILTER), added to its report.
    if [ -n "${PART:-}" ]; then
      [ -n "${FILTER:-}" ] && { echo "PART=1 measures with the group's own filter: unset FILTER" >&2; exit 2; }
      python3 scripts/mutation-parts.py "mutation/reports/$g.json" "$out/reports/mutation-report.json" "$(glob_of "$g")" "$globs" \
        "$filter" "$seconds" "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- spec tests || echo +dirty)" "$(date -u +%Y-%m-%dT%H:%MZ)"
    fi
    continue
  fi
  cp "$out/reports/mutation-report.json" "mutation/reports/$g.json"
  python3 - "mutation/reports/$g.json" "$filter" "$seconds" "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src spec tests || echo +dirty)" "$(date -u +%Y-%m-%dT%H:%MZ)" <<'PY'
import json, sys
path, flt, secs, commit, date = sys.argv[1:]
r = json.load(open(path))
r["verification"] = {"filter": flt, "seconds": int(secs), "commit": commit, "date": date}
# Keep the report small and machine-independent: paths relative to the repository, test files without their source.
root = r.get("projectRoot", "").rstrip("/") + "/"
rel = lambda p: p[len(root):] if p.startswith(root) else p
r["files"] = {rel(k): v for k, v in r["files"].items()}
r["testFiles"] = {rel(k): {kk: vv for kk, vv in v.items() if kk != "source"} for k, v in r.get("testFiles", {}).items()}
r["projectRoot"] = "."
json.dump(r, open(path, "w"))
PY
done
[ -n "${MUTATE:-}" ] && [ -z "${PART:-}" ] && exit 0   # a partial run changes no committed score, unless it is a part
python3 scripts/mutation-summary.py mutation/reports mutation/summary.md mutation/survivors.md
cat mutation/summary.md
