#!/usr/bin/env bash
# A throw-away PostgreSQL server for the archiver's tests, benchmark and trying things by hand:
# Debian's `postgresql` package (installed by scripts/test.sh when missing), a fresh data
# directory under DIR, a free loopback port, trust authentication for loopback only. See
# docs/archive.md.
#
#   scripts/postgres.sh start --dir DIR     initdb (once) and start; prints the connection URL
#   scripts/postgres.sh stop --dir DIR      fast shutdown; exit 0 if it was not running
#   scripts/postgres.sh restart --dir DIR   stop and start again, same port and data
#   scripts/postgres.sh status --dir DIR    one line; exit 0 if it answers
#   scripts/postgres.sh url --dir DIR       print the connection URL
#
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user the package
# creates (via runuser), and DIR's data directory is handed to that user.
set -euo pipefail

DB=fleetctl
log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

cmd=${1:-}
[ -n "$cmd" ] || usage
shift
dir=
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown option $1" ;;
  esac
done
[ -n "$dir" ] || die "--dir DIR is required"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data="$dir/data"

bindir() {
  local b
  for b in /usr/lib/postgresql/*/bin; do
    [ -x "$b/pg_ctl" ] && { printf '%s\n' "$b"; return; }
  done
  die "no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)"
}
BIN=$(bindir)

# Runs a server program as the user that owns the data directory (postgres when we are root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port() { cat "$dir/port"; }
url() { printf 'postgres://postgres@127.0.0.1:%s/%s\n' "$(port)" "$DB"; }
ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$(port)" -d "$DB" -U postgres; }

init() {
  [ -f "$data/PG_VERSION" ] && return
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
  fi
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' >"$dir/port"
  as_owner "$BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  # Loopback TCP only, no Unix socket in a shared directory; settings sized for a 2-core box.
  cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $(port)
unix_socket_directories = ''
max_connections = 50
shared_buffers = 256MB
fsync = on
synchronous_commit = on
EOF
}

start() {
  init
  if ready 2>/dev/null; then
    die "a server already runs in $dir ($(url)); stop it first"
  fi
  as_owner "$BIN/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { tail -n 30 "$dir/server.log" >&2; die "the server did not start"; }
  if ! "$BIN/psql" -q -h 127.0.0.1 -p "$(port)" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$(port)" -U postgres "$DB"
  fi
  url
}

stop() {
  [ -f "$data/postmaster.pid" ] || return 0
  as_owner "$BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  restart) stop; start >/dev/null; url ;;
  status)
    if [ -f "$dir/port" ] && ready; then echo "up $(url)"; else echo "down"; exit 1; fi ;;
  url) [ -f "$dir/port" ] || die "no server was started in $dir"; url ;;
  *) usage ;;
esac
