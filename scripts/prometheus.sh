#!/usr/bin/env bash
# A real Prometheus (Debian's `prometheus` package, run by hand, never as a service) for the tests
# and for developers, and the checks of deploy/prometheus with its promtool. See README "Monitoring".
#
#   scripts/prometheus.sh start --dir DIR [--config FILE]   start on a free loopback port, print its URL
#   scripts/prometheus.sh stop --dir DIR                    stop it (SIGTERM, SIGKILL after 20 s)
#   scripts/prometheus.sh url --dir DIR                     print the URL of DIR's Prometheus
#   scripts/prometheus.sh check                             promtool check/test deploy/prometheus
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPLOY_DIR="$REPO_DIR/deploy/prometheus"
PROMETHEUS=${FLEETCTL_PROMETHEUS:-prometheus}
PROMTOOL=${FLEETCTL_PROMTOOL:-promtool}
START_TIMEOUT=${FLEETCTL_PROMETHEUS_START_TIMEOUT:-60}
STOP_TIMEOUT=20

log() { printf 'prometheus.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() {
  cat <<EOF
Usage: scripts/prometheus.sh COMMAND [OPTIONS]

Commands:
  start --dir DIR [--config FILE]  start Prometheus with FILE (default: DIR/prometheus.yml, else
                                   deploy/prometheus/prometheus.yml) on a free 127.0.0.1 port, data
                                   in DIR/data; prints its URL once it is ready (exit 1 if DIR's
                                   Prometheus still runs)
  stop --dir DIR                   SIGTERM it, SIGKILL after ${STOP_TIMEOUT} s; exit 0 if none ran
  url --dir DIR                    print its URL
  check                            promtool check config/rules and test rules on deploy/prometheus
  --help                           this text

Environment: FLEETCTL_PROMETHEUS (prometheus), FLEETCTL_PROMTOOL (promtool),
  FLEETCTL_PROMETHEUS_START_TIMEOUT ($START_TIMEOUT s).
EOF
}

# shellcheck source=scripts/lib/service.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/service.sh"
running() { pid_running "$1/prometheus.pid"; }

ready() { http_ready "$1/-/ready"; }

start() {
  local dir=$1 config=$2
  command -v "$PROMETHEUS" >/dev/null || die "no $PROMETHEUS on PATH (apt-get install prometheus)"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  running "$dir" && die "a Prometheus already runs from $dir (pid $(cat "$dir/prometheus.pid"))"
  if [ -z "$config" ]; then
    config="$dir/prometheus.yml"
    [ -f "$config" ] || config="$DEPLOY_DIR/prometheus.yml"
  fi
  [ -f "$config" ] || die "no config file $config"
  local port url started
  port=$(free_port)
  url="http://127.0.0.1:$port"
  # setsid: the server outlives this script and a Ctrl-C meant for the caller.
  setsid "$PROMETHEUS" --config.file="$config" --storage.tsdb.path="$dir/data" \
    --web.listen-address="127.0.0.1:$port" --log.level=warn \
    >"$dir/prometheus.log" 2>&1 </dev/null &
  echo $! >"$dir/prometheus.pid"
  echo "$url" >"$dir/url"
  started=$(date +%s)
  until ready "$url"; do
    if ! running "$dir"; then
      tail -n 20 "$dir/prometheus.log" >&2 || true
      die "Prometheus exited while starting (log: $dir/prometheus.log)"
    fi
    if [ $(($(date +%s) - started)) -ge "$START_TIMEOUT" ]; then
      stop "$dir"
      die "Prometheus not ready after $START_TIMEOUT s (log: $dir/prometheus.log)"
    fi
    sleep 0.2
  done
  log "Prometheus $("$PROMETHEUS" --version 2>&1 | head -n 1 | awk '{print $3}') ready at $url after $(($(date +%s) - started)) s"
  echo "$url"
}

stop() { stop_pid "$1/prometheus.pid" "Prometheus" "$STOP_TIMEOUT"; }

check() {
  command -v "$PROMTOOL" >/dev/null || die "no $PROMTOOL on PATH (apt-get install prometheus)"
  "$PROMTOOL" check config "$DEPLOY_DIR/prometheus.yml"
  "$PROMTOOL" check rules "$DEPLOY_DIR/rules.yml"
  (cd "$DEPLOY_DIR" && "$PROMTOOL" test rules rules_test.yml)
}

command=${1:-}
[ $# -gt 0 ] && shift
dir="" config=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=${2:?--dir needs a directory}; shift 2 ;;
    --config) config=${2:?--config needs a file}; shift 2 ;;
    --help | -h) usage; exit 0 ;;
    *) log "unknown option $1"; usage >&2; exit 2 ;;
  esac
done
need_dir() { [ -n "$dir" ] || { log "$command needs --dir DIR"; exit 2; }; }

case "$command" in
  start) need_dir; start "$dir" "$config" ;;
  stop) need_dir; stop "$dir" ;;
  url) need_dir; [ -f "$dir/url" ] || die "no Prometheus was started from $dir"; cat "$dir/url" ;;
  check) check ;;
  --help | -h | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
