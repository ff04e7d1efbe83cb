#!/usr/bin/env bash
# Builds everything and runs every test project against real PostgreSQL (started by the tests
# themselves from the machine's server binaries), then the README's "Writing a plugin" commands in a
# scratch copy (scripts/check-plugin-template.sh), counted as one more test. Prints one summary line at the end.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-prerequisites.sh --browser
dotnet build Modular.sln --nologo -v quiet -clp:ErrorsOnly
log=$(mktemp)
template_log=$(mktemp)
set +e
# One test project at a time (-m:1): each keeps both cores busy by itself (xunit runs its classes in parallel), and
# two test processes at once only contend for them (about a fifth more CPU for the same tests on a 2-core machine).
dotnet test Modular.sln --no-build --nologo -m:1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The plugin template, as the README says to use it; its whole output only when it fails.
scripts/check-plugin-template.sh >"$template_log" 2>&1
template_status=$?
set -e
if [ "$template_status" -eq 0 ]; then tail -n 1 "$template_log"; else cat "$template_log"; fi
# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42" per test project, and the template check
awk -F'[:,]' -v template="$template_status" '/(Passed|Failed)! +- Failed:/ { f += $2; p += $4; s += $6 }
  END { if (template == 0) p++; else f++; printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log" "$template_log"
if [ "$status" -ne 0 ]; then exit "$status"; fi
exit "$template_status"
