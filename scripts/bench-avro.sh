#!/usr/bin/env bash
# Avro-framed vs plain JSON telemetry from `simulate` in the same run: msgs/s (delivered) and
# bytes per record on robot-telemetry-control and -safety. Starts its own Kafka (unless
# BENCH_BROKERS is set) and Apicurio Registry (scripts/registry.sh), both stopped at the end.
#   BENCH_ROBOTS (60000: 1.2 million msgs/s offered) BENCH_SECONDS (10) BENCH_ROUNDS (3)
#   BENCH_ORDER ("json avro-sr": the formats of each round, in order)
#   BENCH_TOPIC_ROBOTS (1000: the robot count each round's topics are sized for, 10 partitions a
#   topic; sized for 30,000 robots, 2,700 new partitions a round slowed the single-node broker
#   for seconds at a time, which the first version of this script measured: docs/schemas.md)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
robots=${BENCH_ROBOTS:-60000} seconds=${BENCH_SECONDS:-10} rounds=${BENCH_ROUNDS:-3}
# Its own broker is started as every benchmark's is (the benchmarks' JVM, the header line).
# shellcheck source=scripts/lib/bench-kafka.sh
. scripts/lib/bench-kafka.sh
work=$(mktemp -d)
cleanup() {
  [ -n "${BENCH_BROKERS:-}" ] || bench_kafka_stop "$work/kafka"
  scripts/registry.sh stop --dir "$work/registry" || true
  rm -rf "$work"
}
trap cleanup EXIT
cargo build --release --quiet --bin fleetctl
bin=${CARGO_TARGET_DIR:-target}/release/fleetctl
if [ -n "${BENCH_BROKERS:-}" ]; then
  brokers=$BENCH_BROKERS
  echo "avro vs json on existing broker $brokers"
else
  bench_kafka_start "$work/kafka"
  brokers=$bench_kafka_bootstrap
  echo "avro vs json on $bench_kafka_desc"
fi
export KAFKA_BOOTSTRAP_SERVERS=$brokers FLEETCTL_CONFIG_DIR=$work/config
export SCHEMA_REGISTRY_URL=$(scripts/registry.sh start --dir "$work/registry")
# One simulate: the round's own topics, then its summary line (label, msgs/s, bytes/record).
runs=0
run() {
  local label=$1 format=$2 prefix
  runs=$((runs + 1))
  prefix="bench-avro-$runs-$format."
  "$bin" -q --broker-timeout 60s --topic-prefix "$prefix" topics create --robots "${BENCH_TOPIC_ROBOTS:-1000}" >/dev/null
  "$bin" -q --topic-prefix "$prefix" --format json simulate --robots "$robots" \
    --interval 0.1 --duration "${seconds}s" --value-format "$format" >"$work/summary.json"
  python3 - "$label" "$format" "$work/summary.json" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[3]))
print(f"{sys.argv[1]:8} {sys.argv[2]:8} {s['msgs_per_s']:10.0f} msgs/s  {s['avg_bytes']:6.1f} bytes/record  ({s['delivered']} delivered in {s['seconds']:.1f} s)")
PYEOF
}
for round in $(seq 1 "$rounds"); do
  for format in ${BENCH_ORDER:-json avro-sr}; do run "round $round" "$format"; done
done
