#!/usr/bin/env bash
# A real schema registry for the tests and developers: Apicurio Registry, whose Quarkus
# distribution (`io.apicurio:apicurio-registry-app:VERSION:tar.gz:all`, a ready-to-run
# quarkus-app directory, not a jar to put on a classpath) is fetched from Maven Central with mvn
# once and cached, then run with in-memory storage on a free loopback port. fleetctl talks to its
# Confluent-compatible API (ccompat, /apis/ccompat/v7). See docs/schemas.md.
#
#   scripts/registry.sh fetch                 fetch (once) and print the unpacked distribution
#   scripts/registry.sh start --dir DIR       start; prints the ccompat URL (SCHEMA_REGISTRY_URL)
#   scripts/registry.sh stop --dir DIR        stop it (SIGTERM, SIGKILL after 20 s)
#   scripts/registry.sh status --dir DIR      exit 0 when it runs and answers
#   scripts/registry.sh url --dir DIR         print the ccompat URL
set -euo pipefail

REGISTRY_VERSION=${FLEETCTL_REGISTRY_VERSION:-3.3.3}
ARTIFACT=io.apicurio:apicurio-registry-app:$REGISTRY_VERSION:tar.gz:all
CACHE_DIR=${FLEETCTL_CACHE_DIR:-$HOME/.cache/fleetctl}
M2_REPO=${FLEETCTL_M2_REPO:-$HOME/.m2/repository}
APP="$CACHE_DIR/apicurio-registry-$REGISTRY_VERSION"
START_TIMEOUT=${FLEETCTL_REGISTRY_START_TIMEOUT:-120}
STOP_TIMEOUT=20

log() { printf 'registry.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  cat <<EOF

Environment: FLEETCTL_REGISTRY_VERSION ($REGISTRY_VERSION), FLEETCTL_CACHE_DIR (~/.cache/fleetctl),
  FLEETCTL_M2_REPO (Maven's local repository, ~/.m2/repository),
  FLEETCTL_REGISTRY_JAVA (a java of version 21 or newer; found under JAVA_HOME or /usr/lib/jvm
  otherwise), FLEETCTL_REGISTRY_START_TIMEOUT ($START_TIMEOUT s).
EOF
}

# shellcheck source=scripts/lib/service.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
running() { pid_running "$1/registry.pid"; }

ready() { http_ready "$1/subjects"; }

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

# Apicurio 3 is compiled for Java 21; Debian 12's default JDK is 17, so look for a newer one.
find_java() {
  local j
  for j in "${FLEETCTL_REGISTRY_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
    /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    [ -n "$j" ] && [ -x "$j" ] || continue
    if [ "$(java_major "$j")" -ge 21 ] 2>/dev/null; then
      echo "$j"
      return 0
    fi
  done
  die "no Java 21 or newer found (Apicurio Registry $REGISTRY_VERSION needs one): set FLEETCTL_REGISTRY_JAVA"
}

# Resolves the distribution with mvn into ~/.m2 and unpacks it into the cache, once. A lock keeps
# two parallel starts from both unpacking.
fetch() {
  [ -f "$APP/quarkus-run.jar" ] && return 0
  command -v mvn >/dev/null || die "mvn not found (Maven fetches Apicurio Registry once)"
  mkdir -p "$CACHE_DIR"
  exec 8>"$APP.lock"
  if command -v flock >/dev/null; then flock 8; fi
  if [ ! -f "$APP/quarkus-run.jar" ]; then
    local started=$SECONDS archive work="$APP.tmp"
    log "fetching $ARTIFACT with mvn (once; about 160 MB)"
    if ! mvn -B -q dependency:get -Dartifact="$ARTIFACT" -Dtransitive=false -Dmaven.repo.local="$M2_REPO" \
        </dev/null >"$CACHE_DIR/apicurio-fetch.log" 2>&1; then
      sed 's/\x1b\[[0-9;]*m//g' "$CACHE_DIR/apicurio-fetch.log" >&2
      die "mvn could not fetch $ARTIFACT"
    fi
    archive="$M2_REPO/io/apicurio/apicurio-registry-app/$REGISTRY_VERSION/apicurio-registry-app-$REGISTRY_VERSION-all.tar.gz"
    [ -f "$archive" ] || die "mvn reported success but $archive is missing"
    rm -rf "$work"
    mkdir -p "$work"
    tar -xzf "$archive" -C "$work"
    [ -f "$work/quarkus-run.jar" ] || die "$archive holds no quarkus-run.jar"
    mv -f "$work" "$APP"
    log "fetched and unpacked into $APP in $((SECONDS - started)) s"
  fi
  exec 8>&-
}

start() {
  local dir=$1 java port mgmt started
  fetch
  java=$(find_java)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  running "$dir" && die "a registry already runs from $dir (pid $(cat "$dir/registry.pid"))"
  rm -f "$dir/registry.pid"
  port=$(free_port) mgmt=$(free_port)
  echo "http://127.0.0.1:$port/apis/ccompat/v7" >"$dir/url"
  # In-memory storage is Apicurio's default; the management interface (health, metrics) would
  # otherwise take port 9000 on every address, so it gets a free loopback port too. setsid: the
  # server outlives this script and a Ctrl-C meant for the caller; the inner sh writes its own
  # pid and execs java, so the pid file names the JVM whether or not setsid forked.
  cd "$dir"
  setsid sh -c 'echo $$ >"$0"; exec "$@"' "$dir/registry.pid" \
    "$java" -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$mgmt" \
    -Dquarkus.http.access-log.enabled=false \
    -jar "$APP/quarkus-run.jar" >"$dir/registry.log" 2>&1 </dev/null &
  for _ in $(seq 1 50); do [ -s "$dir/registry.pid" ] && break; sleep 0.1; done
  started=$(date +%s%3N)
  until ready "$(cat "$dir/url")"; do
    if ! running "$dir"; then
      tail -n 20 "$dir/registry.log" >&2 || true
      die "the registry exited while starting (log: $dir/registry.log)"
    fi
    if [ $(($(date +%s%3N) - started)) -ge $((START_TIMEOUT * 1000)) ]; then
      stop "$dir"
      die "the registry did not answer after $START_TIMEOUT s (log: $dir/registry.log)"
    fi
    sleep 0.1
  done
  log "Apicurio Registry $REGISTRY_VERSION ready after $(($(date +%s%3N) - started)) ms at $(cat "$dir/url")"
  cat "$dir/url"
}

stop() { stop_pid "$1/registry.pid" "the registry" "$STOP_TIMEOUT"; }

command=${1:-}
[ $# -gt 0 ] && shift
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=${2:?--dir needs a directory}; shift 2 ;;
    --help | -h) usage; exit 0 ;;
    *) log "unknown option $1"; usage >&2; exit 2 ;;
  esac
done
need_dir() { [ -n "$dir" ] || { log "$command needs --dir DIR"; exit 2; }; }
need_url() { [ -f "$dir/url" ] || die "no registry was started from $dir"; }

case "$command" in
  fetch) fetch; echo "$APP" ;;
  start) need_dir; start "$dir" ;;
  stop) need_dir; stop "$dir" ;;
  status) need_dir; need_url; running "$dir" && ready "$(cat "$dir/url")" ;;
  url) need_dir; need_url; cat "$dir/url" ;;
  --help | -h | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
