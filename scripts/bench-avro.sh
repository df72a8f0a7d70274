#!/usr/bin/env bash
# Avro-framed vs plain JSON telemetry from `simulate` in the same run: msgs/s (delivered) and
# bytes per record on robot-telemetry-control and -safety. Starts its own Kafka (unless
# BENCH_BROKERS is set) and Apicurio Registry (scripts/registry.sh), both stopped at the end.
#   BENCH_ROBOTS (10000) BENCH_SECONDS (15) BENCH_ROUNDS (2: json, avro-sr alternating)
#   BENCH_ORDER ("json avro-sr": the formats of each round, in order)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
robots=${BENCH_ROBOTS:-10000} seconds=${BENCH_SECONDS:-15} rounds=${BENCH_ROUNDS:-2}
work=$(mktemp -d)
cleanup() {
  [ -n "${BENCH_BROKERS:-}" ] || scripts/kafka.sh stop --dir "$work/kafka" || true
  scripts/registry.sh stop --dir "$work/registry" || true
  rm -rf "$work"
}
trap cleanup EXIT
cargo build --release --quiet --bin fleetctl
bin=${CARGO_TARGET_DIR:-target}/release/fleetctl
brokers=${BENCH_BROKERS:-$(scripts/kafka.sh start --dir "$work/kafka")}
export KAFKA_BOOTSTRAP_SERVERS=$brokers FLEETCTL_CONFIG_DIR=$work/config
export SCHEMA_REGISTRY_URL=$(scripts/registry.sh start --dir "$work/registry")
for round in $(seq 1 "$rounds"); do
  for format in ${BENCH_ORDER:-json avro-sr}; do
    prefix="bench-avro-$round-$format."
    "$bin" -q --topic-prefix "$prefix" topics create --robots "$robots" >/dev/null
    "$bin" -q --topic-prefix "$prefix" --format json simulate --robots "$robots" \
      --interval 0.1 --duration "${seconds}s" --value-format "$format" >"$work/summary.json"
    python3 - "$format" "$work/summary.json" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[2]))
print(f"{sys.argv[1]:8} {s['msgs_per_s']:10.0f} msgs/s  {s['avg_bytes']:6.1f} bytes/record  ({s['delivered']} delivered in {s['seconds']:.1f} s)")
PYEOF
  done
done
