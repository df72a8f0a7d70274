#!/usr/bin/env bash
# A real trace backend for the tests, the benchmark and developers: Jaeger v2 (the OpenTelemetry
# Collector-based `cmd/jaeger`), built with Go from its module on the Go module proxy the first
# time and cached, run by hand with in-memory storage on free loopback ports. It receives OTLP
# (gRPC and HTTP) and serves Jaeger's query API (/api/traces, /api/services). See README
# "Tracing".
#
#   scripts/jaeger.sh build                  build (once) and print the cached binary
#   scripts/jaeger.sh start --dir DIR        start; prints the OTLP/HTTP endpoint and query URL
#   scripts/jaeger.sh stop --dir DIR         stop it (SIGTERM, SIGKILL after 20 s)
#   scripts/jaeger.sh endpoint --dir DIR     print the OTLP/HTTP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT)
#   scripts/jaeger.sh query --dir DIR        print the query API's base URL
set -euo pipefail

# v1.75.0: the newest release this project's Go module proxy marks as approved (v1.76.0 and later
# are served there but not approved releases; see README "Tracing").
JAEGER_VERSION=${FLEETCTL_JAEGER_VERSION:-v1.75.0}
MODULE=github.com/jaegertracing/jaeger
CACHE_DIR=${FLEETCTL_CACHE_DIR:-$HOME/.cache/fleetctl}
BIN="$CACHE_DIR/jaeger-$JAEGER_VERSION/jaeger"
START_TIMEOUT=${FLEETCTL_JAEGER_START_TIMEOUT:-60}
STOP_TIMEOUT=20

log() { printf 'jaeger.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  cat <<EOF

Environment: FLEETCTL_JAEGER_VERSION ($JAEGER_VERSION), FLEETCTL_CACHE_DIR (~/.cache/fleetctl),
  FLEETCTL_JAEGER_START_TIMEOUT ($START_TIMEOUT s).
EOF
}

# shellcheck source=scripts/lib/service.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
running() { pid_running "$1/jaeger.pid"; }

ready() { http_ready "$1/api/services"; }

# Builds the binary into the cache unless it is there. `go install pkg@version` refuses Jaeger's
# module (its go.mod has a replace directive), so a scratch module requires it, copies that
# replace, and builds the command from it. A lock keeps two parallel starts from both building.
build() {
  [ -x "$BIN" ] && return 0
  command -v go >/dev/null || die "no go on PATH (Go 1.24 or newer builds Jaeger once)"
  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/jaeger-$JAEGER_VERSION.lock"
  if command -v flock >/dev/null; then flock 8; fi
  if [ ! -x "$BIN" ]; then
    local work="$CACHE_DIR/jaeger-$JAEGER_VERSION.build" started=$SECONDS
    rm -rf "$work"
    mkdir -p "$work"
    log "building Jaeger $JAEGER_VERSION with $(go version | awk '{print $3}') (once; several minutes)"
    if ! (cd "$work" && go mod init fleetctl-jaeger-build && go get "$MODULE@$JAEGER_VERSION" &&
        go mod edit -replace github.com/Shopify/sarama=github.com/Shopify/sarama@v1.33.0 &&
        go get "$MODULE/cmd/jaeger@$JAEGER_VERSION" &&
        go build -trimpath -o "$BIN.tmp" "$MODULE/cmd/jaeger") >"$work/build.log" 2>&1; then
      tail -n 30 "$work/build.log" >&2
      die "building Jaeger failed (log: $work/build.log)"
    fi
    mv -f "$BIN.tmp" "$BIN"
    log "built $BIN in $((SECONDS - started)) s"
  fi
  exec 8>&-
}

write_config() {
  local dir=$1 grpc=$2 http=$3 query=$4 health=$5
  cat >"$dir/config.yaml" <<EOF
# Written by scripts/jaeger.sh: OTLP in, in-memory storage, the query API; loopback only.
service:
  extensions: [jaeger_storage, jaeger_query, healthcheckv2]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    metrics:
      level: none
    logs:
      level: warn
extensions:
  healthcheckv2:
    use_v2: true
    http:
      endpoint: 127.0.0.1:$health
  jaeger_query:
    storage:
      traces: memstore
    http:
      endpoint: 127.0.0.1:$query
    grpc:
      endpoint: 127.0.0.1:$(free_port)
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 100000
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 127.0.0.1:$grpc
      http:
        endpoint: 127.0.0.1:$http
processors:
  batch:
    timeout: 200ms
exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
EOF
}

start() {
  local dir=$1
  build
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  running "$dir" && die "a Jaeger already runs from $dir (pid $(cat "$dir/jaeger.pid"))"
  local grpc http query health started
  grpc=$(free_port) http=$(free_port) query=$(free_port) health=$(free_port)
  write_config "$dir" "$grpc" "$http" "$query" "$health"
  echo "http://127.0.0.1:$http" >"$dir/endpoint"
  echo "http://127.0.0.1:$query" >"$dir/query"
  # setsid: the server outlives this script and a Ctrl-C meant for the caller.
  setsid "$BIN" --config "$dir/config.yaml" >"$dir/jaeger.log" 2>&1 </dev/null &
  echo $! >"$dir/jaeger.pid"
  started=$(date +%s%3N)
  until ready "http://127.0.0.1:$query"; do
    if ! running "$dir"; then
      tail -n 20 "$dir/jaeger.log" >&2 || true
      die "Jaeger exited while starting (log: $dir/jaeger.log)"
    fi
    if [ $(($(date +%s%3N) - started)) -ge $((START_TIMEOUT * 1000)) ]; then
      stop "$dir"
      die "Jaeger not ready after $START_TIMEOUT s (log: $dir/jaeger.log)"
    fi
    sleep 0.1
  done
  log "Jaeger $JAEGER_VERSION ready after $(($(date +%s%3N) - started)) ms: OTLP/HTTP $(cat "$dir/endpoint"), OTLP/gRPC 127.0.0.1:$grpc, query $(cat "$dir/query")"
  cat "$dir/endpoint" "$dir/query"
}

stop() { stop_pid "$1/jaeger.pid" "Jaeger" "$STOP_TIMEOUT"; }

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

case "$command" in
  build) build; echo "$BIN" ;;
  start) need_dir; start "$dir" ;;
  stop) need_dir; stop "$dir" ;;
  endpoint) need_dir; [ -f "$dir/endpoint" ] || die "no Jaeger was started from $dir"; cat "$dir/endpoint" ;;
  query) need_dir; [ -f "$dir/query" ] || die "no Jaeger was started from $dir"; cat "$dir/query" ;;
  --help | -h | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
