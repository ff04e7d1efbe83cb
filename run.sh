#!/usr/bin/env bash
# Builds everything (which copies each plugin into artifacts/plugins) and runs the host on
# http://127.0.0.1:5000 with the embedded PostgreSQL. Extra arguments go to the host, e.g. --urls.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-prerequisites.sh
dotnet build Modular.sln --nologo -v quiet -clp:ErrorsOnly
exec dotnet run --project host/Modular.Host --no-build -- "$@"
