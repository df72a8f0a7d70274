#!/usr/bin/env bash
# A network partition of one broker on the local cluster of scripts/kafka.sh, made by freezing
# its process (SIGSTOP): its sockets stay open but nothing answers, to the other brokers and to
# the clients alike, as behind a dead link. After --for it is thawed (SIGCONT) and the script
# waits until every partition is fully replicated. Prints one JSON line per step.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/chaos/network-partition.sh [--dir DIR] [--node N | --controller] [--for DURATION]
                                          [--settle DURATION]

--node N        isolate node N (default: the KRaft controller leader)
--for DURATION  how long it stays isolated (default 20s)
--settle        how long to wait for full replication afterwards (default 60s)

Network namespaces would cut one link at a time, but need privileges this tool does not assume.
Exit 0 when the cluster is fully replicated again, 1 when not within --settle, 2 on bad usage.
USAGE
}

node= for=20s settle=60s
while [ $# -gt 0 ]; do
  case $1 in
    --dir) DIR=$2; shift 2 ;;
    --node) node=$2; shift 2 ;;
    --controller) node=; shift ;;
    --for) for=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
for_ms=$(duration_ms "$for")
settle_ms=$(duration_ms "$settle")
[ -n "$node" ] || node=$(controller_leader)
[[ $node =~ ^[0-9]+$ ]] || die "could not tell which node to isolate"
pid=$(node_pid "$node")
[ -n "$pid" ] || die "node $node is not running"
# Thaw it whatever happens to this script: a frozen broker left behind would look dead forever.
trap 'kill -CONT "$pid" 2>/dev/null || true' EXIT
kill -STOP "$pid"
event isolated node "$node" pid "$pid"
sleep "$(awk -v m="$for_ms" 'BEGIN { printf "%.3f", m / 1000 }')"
kill -CONT "$pid"
event rejoined node "$node" pid "$pid"
wait_replicated "$settle_ms"
