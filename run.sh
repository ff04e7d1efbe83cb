#!/usr/bin/env bash
# Builds everything optimized (Release; building copies each plugin into artifacts/plugins) and runs the host on
# http://127.0.0.1:5000 with the embedded PostgreSQL, with the production settings (no debug logging, no developer
# error page). Extra arguments go to the host, e.g. --urls.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-prerequisites.sh
dotnet build Modular.sln -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet run --project host/Modular.Host -c Release --no-build --launch-profile "Modular (Production settings)" -- "$@"
