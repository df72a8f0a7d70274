#!/usr/bin/env bash
# Anomaly pipeline benchmark: builds release binaries and prints replay rows/s next to a plain
# producer, the pacing error at --rate 10, and detector msgs/s on one core.
# Broker (scripts/lib/bench-fleet.sh): a fresh single-node Apache Kafka by default,
# BENCH_BROKER=mock for the embedded broker, BENCH_BROKERS=HOST:PORT for an existing one.
# examples/bench_anomaly.rs creates its own prefixed topics for each run on that broker.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
ROBOTS=${ROBOTS:-1000}
# The example creates topics per run with `fleetctl topics create`, which the embedded broker
# cannot serve (it answers no CreateTopics).
if [ -z "${BENCH_BROKERS:-}" ] && [ "${BENCH_BROKER:-kafka}" = mock ]; then
  echo "bench-anomaly: the embedded broker serves no CreateTopics; use Apache Kafka (the default) or BENCH_BROKERS" >&2
  exit 2
fi
BENCH_EXAMPLES=bench_anomaly
. scripts/lib/bench-fleet.sh
export FLEETCTL_BIN="$bin"
example="$CARGO_TARGET_DIR/$profile_dir/examples/bench_anomaly"
echo "anomaly pipeline on $where"
# The example takes the broker from BENCH_BROKERS; it prefixes its topics itself.
BENCH_BROKERS="$KAFKA_BOOTSTRAP_SERVERS" "$example" replay
# One core for the detector figure: pinned to CPU 0 when taskset exists.
if command -v taskset >/dev/null; then pin=(taskset -c 0); else pin=(); fi
"${pin[@]}" "$example" detector
