#!/usr/bin/env bash
# Broker failure on the local cluster of scripts/kafka.sh: SIGKILL one node, keep it down, start
# it again and wait until every partition is fully replicated; or restart every node in turn
# (a rolling restart, each stopped cleanly with SIGTERM). Prints one JSON line per step.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/chaos/broker-failure.sh [--dir DIR] [TARGET] [--down DURATION] [--settle DURATION]
       scripts/chaos/broker-failure.sh [--dir DIR] --rolling [--settle DURATION]

TARGET (default --controller):
  --node N              node N (1..3)
  --controller          the node leading the KRaft controller quorum
  --leader-of TOPIC[:P] the node leading partition P (default 0) of TOPIC
--down DURATION         how long the node stays dead (default 30s)
--settle DURATION       how long to wait for full replication after a restart (default 60s)
--rolling               stop (SIGTERM) and restart each node in turn, waiting for full replication
                        between nodes

DIR defaults to \$FLEETCTL_KAFKA_DIR or <repo>/target/kafka. Exit 0 when the cluster is fully
replicated again, 1 when it is not within --settle, 2 on bad usage.
USAGE
}

target=controller node= topic= down=30s settle=60s rolling=0
while [ $# -gt 0 ]; do
  case $1 in
    --dir) DIR=$2; shift 2 ;;
    --node) target=node; node=$2; shift 2 ;;
    --controller) target=controller; shift ;;
    --leader-of) target=leader; topic=$2; shift 2 ;;
    --down) down=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --rolling) rolling=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
down_ms=$(duration_ms "$down")
settle_ms=$(duration_ms "$settle")

restart() {
  local n=$1 start
  start=$(ms)
  "$KAFKA_SH" restart "$n" --dir "$DIR" >/dev/null
  event restarted node "$n" took_ms $(($(ms) - start))
}

if [ "$rolling" = 1 ]; then
  for n in $(node_ids); do
    pid=$(node_pid "$n")
    [ -n "$pid" ] || die "node $n is not running"
    start=$(ms)
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    event stopped node "$n" pid "$pid" took_ms $(($(ms) - start))
    restart "$n"
    wait_replicated "$settle_ms" || exit 1
  done
  exit 0
fi

case $target in
  controller) node=$(controller_leader) ;;
  leader) node=$(leader_of "${topic%%:*}" "$([[ $topic == *:* ]] && echo "${topic##*:}" || echo 0)") ;;
esac
[[ $node =~ ^[0-9]+$ ]] || die "could not tell which node to kill (target $target${topic:+ $topic})"
pid=$(node_pid "$node")
[ -n "$pid" ] || die "node $node is not running"
"$KAFKA_SH" kill "$node" --dir "$DIR" 2>/dev/null
event killed node "$node" pid "$pid" target "$target"
sleep "$(awk -v m="$down_ms" 'BEGIN { printf "%.3f", m / 1000 }')"
restart "$node"
wait_replicated "$settle_ms"
