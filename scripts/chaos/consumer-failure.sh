#!/usr/bin/env bash
# Consumer failure: SIGKILL one member of a consumer group (a fleetctl role, by pid) and watch,
# with Apache Kafka's own ConsumerGroupCommand, until the group has dropped it and every
# partition is assigned to a survivor. Prints one JSON line per step, with the time it took.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/chaos/consumer-failure.sh --group GROUP --pid PID [--bootstrap SERVERS]
                                         [--dir DIR] [--within DURATION]

--group GROUP          the consumer group (for example robot-command-executor)
--pid PID              the member to kill
--bootstrap SERVERS    default: the cluster in DIR
--within DURATION      how long the survivors may take (default 60s)

Exit 0 when every partition of the group is held by a live member again, 1 when not in time.
USAGE
}

group= pid= servers= within=60s
while [ $# -gt 0 ]; do
  case $1 in
    --group) group=$2; shift 2 ;;
    --pid) pid=$2; shift 2 ;;
    --bootstrap) servers=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    --within) within=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[ -n "$group" ] && [ -n "$pid" ] || { usage >&2; exit 2; }
[ -n "$servers" ] || servers=$(bootstrap)
within_ms=$(duration_ms "$within")

# "members partitions-without-owner" of the group, from --describe (which lists a partition with
# a '-' consumer id while nobody holds it).
group_state() {
  local out
  out=$(tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server \
    "$servers" --describe --group "$group" --members 2>/dev/null) || { echo "-1 -1"; return; }
  local members
  members=$(printf '%s\n' "$out" | awk -v g="$group" '$1 == g' | wc -l)
  out=$(tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server \
    "$servers" --describe --group "$group" 2>/dev/null) || { echo "-1 -1"; return; }
  printf '%s %s\n' "$members" "$(printf '%s\n' "$out" | awk -v g="$group" '$1 == g && $7 == "-"' | wc -l)"
}

read -r before _ < <(group_state)
event members group "$group" count "$before"
kill -KILL "$pid"
event killed group "$group" pid "$pid"
start=$(ms)
while :; do
  read -r members orphans < <(group_state)
  if [ "$members" -ge 1 ] && [ "$members" -lt "$before" ] && [ "$orphans" = 0 ]; then
    event taken_over group "$group" members "$members" after_ms $(($(ms) - start))
    exit 0
  fi
  if [ $(($(ms) - start)) -ge "$within_ms" ]; then
    event not_taken_over group "$group" members "$members" unowned "$orphans" after_ms $(($(ms) - start))
    exit 1
  fi
  sleep 0.5
done
