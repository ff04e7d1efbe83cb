#!/usr/bin/env bash
# Builds everything and runs every test project against real PostgreSQL (started by the tests
# themselves from the machine's server binaries). Prints one summary line at the end.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-prerequisites.sh --browser
dotnet build Modular.sln --nologo -v quiet -clp:ErrorsOnly
log=$(mktemp)
set +e
dotnet test Modular.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42" per test project
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { f += $2; p += $4; s += $6 } END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
