# Shared by backup.sh and restore.sh: finding the PostgreSQL programs and the embedded cluster's address.
# Sourced, not run.

# The newest installed PostgreSQL's programs (Debian keeps them in /usr/lib/postgresql/<version>/bin).
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/$1" ]; then echo "$dir/$1"; return; fi
  command -v "$1" >/dev/null 2>&1 && { command -v "$1"; return; }
  echo "modular: $1 is not installed; install the Debian package \"postgresql\"" >&2
  exit 2
}

# Runs a PostgreSQL program as the cluster's owner when we are root and it is not (initdb and pg_ctl refuse root).
as_owner() {
  local owner=$1; shift
  if [ "$(id -u)" -eq 0 ] && [ "$owner" != root ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

# Sets PGHOST, PGPORT and PGUSER for the embedded cluster in $1/postgres (Modular:DataDirectory), which must be running.
use_embedded() {
  local pgdata="$1/postgres"
  [ -f "$pgdata/PG_VERSION" ] || { echo "modular: no embedded cluster in $pgdata (Modular:DataDirectory is $1)" >&2; exit 2; }
  [ -f "$pgdata/postmaster.pid" ] || { echo "modular: the embedded PostgreSQL in $pgdata is not running" >&2; return 1; }
  # postmaster.pid: line 4 is the port, line 5 the socket directory.
  PGPORT=$(sed -n 4p "$pgdata/postmaster.pid")
  PGHOST=$(sed -n 5p "$pgdata/postmaster.pid")
  PGUSER=$(stat -c %U "$pgdata") # initdb made the owner's name the superuser role
  export PGHOST PGPORT PGUSER
}
