# Shared by scripts/chaos/*.sh: the cluster started by scripts/kafka.sh, observations through
# Apache Kafka's own tools, and one JSON line on stdout per thing done or seen.
# shellcheck shell=bash

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KAFKA_SH="$REPO/scripts/kafka.sh"
DIR=${FLEETCTL_KAFKA_DIR:-$REPO/target/kafka}
T0=$(date +%s%3N)

ms() { date +%s%3N; }
log() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "$*"; exit 1; }

# event NAME [KEY VALUE]...: one JSON object on stdout, tagged by type, with the time since the
# script started; values that look like integers are written as numbers.
event() {
  local name=$1 out
  shift
  out=$(printf '{"type":"chaos_event","event":"%s","at_ms":%d' "$name" $(($(ms) - T0)))
  while [ $# -ge 2 ]; do
    if [[ $2 =~ ^-?[0-9]+$ ]]; then
      out+=$(printf ',"%s":%s' "$1" "$2")
    else
      out+=$(printf ',"%s":"%s"' "$1" "${2//\"/\\\"}")
    fi
    shift 2
  done
  printf '%s}\n' "$out"
}

# A duration such as 30s, 500ms or 2m in milliseconds.
duration_ms() {
  case $1 in
    *ms) echo "${1%ms}" ;;
    *s) echo $((${1%s} * 1000)) ;;
    *m) echo $((${1%m} * 60000)) ;;
    *) die "not a duration: '$1' (use 500ms, 30s or 2m)" ;;
  esac
}

bootstrap() { "$KAFKA_SH" bootstrap --dir "$DIR"; }
tool() { "$KAFKA_SH" tool "$@"; }

# The pid of node N, or nothing when it is down.
node_pid() {
  "$KAFKA_SH" status --dir "$DIR" 2>/dev/null |
    awk -v n="$1" '$1 == "node" && $2 == n && $7 == "up" { print $6 }'
}

node_ids() { "$KAFKA_SH" status --dir "$DIR" 2>/dev/null | awk '$1 == "node" { print $2 }'; }

# The node leading the KRaft controller quorum.
controller_leader() {
  tool org.apache.kafka.tools.MetadataQuorumCommand --bootstrap-server "$(bootstrap)" \
    describe --status 2>/dev/null | awk '/^LeaderId:/ { print $2 }'
}

# The node leading partition P of TOPIC.
leader_of() {
  tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$(bootstrap)" --describe \
    --topic "$1" 2>/dev/null |
    awk -v p="$2" '{ for (i = 1; i < NF; i++) { if ($i == "Partition:") part = $(i+1); if ($i == "Leader:" && part == p) { print $(i+1); exit } } }'
}

# Under-replicated partitions of the cluster right now (-1 when the tool cannot tell).
under_replicated() {
  local out
  if out=$(tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$(bootstrap)" \
    --describe --under-replicated-partitions 2>/dev/null); then
    printf '%s\n' "$out" | grep -c 'Partition:' || true
  else
    echo -1
  fi
}

# Waits (at most LIMIT ms) until no partition is under-replicated; prints how long it took.
wait_replicated() {
  local limit=$1 start n
  start=$(ms)
  while :; do
    n=$(under_replicated)
    if [ "$n" = 0 ]; then
      event replicated after_ms $(($(ms) - start))
      return 0
    fi
    if [ $(($(ms) - start)) -ge "$limit" ]; then
      event still_under_replicated partitions "$n" after_ms $(($(ms) - start))
      return 1
    fi
    sleep 1
  done
}
