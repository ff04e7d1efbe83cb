#!/usr/bin/env bash
# Builds everything and runs every test project against real PostgreSQL (started by the tests
# themselves from the machine's server binaries). Prints one summary line at the end.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-prerequisites.sh --browser
dotnet build Modular.sln --nologo -v quiet -clp:ErrorsOnly
log=$(mktemp)
set +e
# One test project at a time (-m:1): each keeps both cores busy by itself (xunit runs its classes in parallel), and
# two test processes at once only contend for them (about a fifth more CPU for the same tests on a 2-core machine).
dotnet test Modular.sln --no-build --nologo -m:1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42" per test project
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { f += $2; p += $4; s += $6 } END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
