#!/usr/bin/env bash
# Mutation testing of the reference implementation with Stryker.NET (a local tool, see .config/dotnet-tools.json).
# Too slow for every CI run (hours on 2 cores for the whole of src/): run it on demand. Usage:
#   scripts/mutation.sh                       # every folder listed in stryker-config.json
#   scripts/mutation.sh src/Verification/Arithmetic/**/*.cs   # one glob
# The reports land in StrykerOutput/<date>/reports/ (mutation-report.html, mutation-report.json); the summary per folder
# is written to mutation/summary.md by scripts/mutation-summary.py.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
args=()
for glob in "$@"; do args+=(--mutate "$glob"); done
dotnet stryker --config-file stryker-config.json "${args[@]}"
latest=$(ls -td StrykerOutput/*/ | head -n 1)
python3 scripts/mutation-summary.py "$latest/reports/mutation-report.json" > mutation/summary.md
cat mutation/summary.md
