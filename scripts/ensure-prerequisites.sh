#!/usr/bin/env bash
# Installs what the host and the tests need from the machine and nothing else: the PostgreSQL
# server binaries (Debian package "postgresql") for the embedded database, and with --browser (the tests) the
# Chromium the browser tests drive (plus CJK fonts so screenshots show Chinese) and nginx for the two-instance test.
# Safe to run again: it only installs what is missing.
set -euo pipefail

have_postgres_server() {
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1
}

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "modular: missing $*; install it with: sudo apt-get install -y $*" >&2
    exit 2
  fi
  echo "modular: installing $* (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || { echo "modular: the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 2; }
missing=()
have_postgres_server || missing+=(postgresql)
if [ "${1:-}" = "--browser" ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The test of two instances behind the repository's nginx site.
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  # Not grep -q: it stops reading early, fc-list dies of SIGPIPE and pipefail reports the fonts missing.
  fc-list 2>/dev/null | grep -i "noto.*cjk" >/dev/null || missing+=(fonts-noto-cjk)
fi
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
