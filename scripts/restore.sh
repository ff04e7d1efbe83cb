#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a database that is new or, with --replace, emptied first.
# Roles and grants are not restored: the host creates its application role, grants and row-level security walls
# at its next start, so a dump restores into any cluster. Stop every host instance of the target first.
#
#   scripts/restore.sh modular.dump                                     # into the embedded cluster of .data (host stopped)
#   scripts/restore.sh --data-directory /srv/modular/data modular.dump
#   scripts/restore.sh --connection "host=db dbname=modular user=modular" modular.dump
#                                                                       # an external server; the database is created if missing
#   --replace                                                           # drop the target database's present contents first
set -euo pipefail
source "$(dirname "$0")/pg-common.sh"

data_directory="$(cd "$(dirname "$0")/.." && pwd)/.data"
connection=""
replace=false
while [ $# -gt 1 ]; do
  case "$1" in
    --data-directory) data_directory=$2; shift 2 ;;
    --connection) connection=$2; shift 2 ;;
    --replace) replace=true; shift ;;
    *) echo "modular: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -eq 1 ] || { echo "usage: scripts/restore.sh [--data-directory DIR | --connection CONNINFO] [--replace] BACKUP.dump" >&2; exit 2; }
backup=$1
[ -f "$backup" ] || { echo "modular: no backup at $backup" >&2; exit 2; }
"$(pg_bin pg_restore)" --list "$backup" >/dev/null || { echo "modular: $backup is not a pg_dump custom-format backup" >&2; exit 2; }

started_here=""
stop_started_server() {
  if [ -n "$started_here" ]; then as_owner "$(stat -c %U "$started_here")" "$(pg_bin pg_ctl)" -D "$started_here" -m fast -w stop >/dev/null; fi
}
trap stop_started_server EXIT

if [ -z "$connection" ]; then
  pgdata="$data_directory/postgres"
  if ! use_embedded "$data_directory" 2>/dev/null; then
    [ -f "$pgdata/PG_VERSION" ] || { echo "modular: no embedded cluster in $pgdata: start the host once to create it, stop it, then restore" >&2; exit 2; }
    # The server alone, as the host would start it (its settings are in the data directory), for the restore only.
    as_owner "$(stat -c %U "$pgdata")" "$(pg_bin pg_ctl)" -D "$pgdata" -l "$pgdata/server.log" -w start >/dev/null
    started_here=$pgdata
    use_embedded "$data_directory"
  fi
  connection="dbname=modular"
fi

psql=$(pg_bin psql)
target=$("$psql" -X -At -d "$connection" -c "select current_database()" 2>/dev/null || true)
if [ -z "$target" ]; then
  # The database does not exist yet: create it from the server's maintenance database.
  target=$(PGDATABASE= "$psql" -X -At -d "$connection dbname=postgres" -c "select 1" >/dev/null && echo "$connection" | sed -n 's/.*dbname=\([^ ]*\).*/\1/p')
  [ -n "$target" ] || { echo "modular: cannot reach the server of \"$connection\"" >&2; exit 2; }
  "$psql" -X -q -d "$connection dbname=postgres" -c "create database \"$target\"" >/dev/null
elif [ "$("$psql" -X -At -d "$connection" -c "select count(*) from pg_namespace where nspname = 'jurisdictions'")" != 0 ]; then
  $replace || { echo "modular: database \"$target\" already holds Modular data; add --replace to drop it first" >&2; exit 2; }
  "$psql" -X -q -d "$connection dbname=postgres" -c "drop database \"$target\" with (force)" -c "create database \"$target\"" >/dev/null
fi
# One transaction: a restore that fails part-way leaves the database as it was (empty), never half-restored.
"$(pg_bin pg_restore)" --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$connection" "$backup"
echo "modular: restored $backup into database \"$target\"; start the host to serve it"
