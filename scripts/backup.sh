#!/usr/bin/env bash
# Backs up Modular's whole database (every jurisdiction, the audit trail, the key ring that signs sessions) with
# pg_dump in its custom format: compressed, consistent while the host keeps serving, restored by scripts/restore.sh.
#
#   scripts/backup.sh modular-2026-12-05.dump                           # the embedded database of .data (the host running)
#   scripts/backup.sh --data-directory /srv/modular/data out.dump       # the embedded database of another Modular:DataDirectory
#   scripts/backup.sh --connection "host=db port=5432 dbname=modular user=modular" out.dump
#                                                                       # an external database; the password from PGPASSWORD or ~/.pgpass
set -euo pipefail
source "$(dirname "$0")/pg-common.sh"

data_directory="$(cd "$(dirname "$0")/.." && pwd)/.data"
connection=""
while [ $# -gt 1 ]; do
  case "$1" in
    --data-directory) data_directory=$2; shift 2 ;;
    --connection) connection=$2; shift 2 ;;
    *) echo "modular: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -eq 1 ] || { echo "usage: scripts/backup.sh [--data-directory DIR | --connection CONNINFO] OUTPUT.dump" >&2; exit 2; }
output=$1

if [ -z "$connection" ]; then
  use_embedded "$data_directory" || { echo "modular: start the host first (a backup reads the running server)" >&2; exit 2; }
  connection="dbname=modular"
fi
# Written beside the target and renamed when complete: a failed dump never leaves a file that looks like a backup.
"$(pg_bin pg_dump)" --format=custom --file="$output.partial" "$connection"
mv "$output.partial" "$output"
echo "modular: backed up to $output ($(du -h "$output" | cut -f1))"
