#!/usr/bin/env bash
# Executor throughput in transactions mode next to raw Ed25519 verification, and the cost of a
# transaction (examples/bench_executor.rs). Target: executor >= 80 % of raw verification.
#
# Broker: a fresh single-node Apache Kafka per round by default, warmed up by one unmeasured
# pass (below; its ratio is printed too) (scripts/kafka.sh; the example
# creates the catalog's topics through the library's admin client, under a per-run prefix);
# BENCH_BROKER=mock runs the embedded broker inside the example; BENCH_BROKERS=HOST:PORT uses an
# existing broker. EXECUTOR_COMMANDS (20000) commands, ROUNDS (3).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
. scripts/lib/bench-kafka.sh
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --example bench_executor
example="$CARGO_TARGET_DIR/release/examples/bench_executor"
kafka_dir=""
cleanup() { if [ -n "$kafka_dir" ]; then bench_kafka_stop "$kafka_dir"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

for round in $(seq 1 "${ROUNDS:-3}"); do
  echo "-- round $round"
  if [ -n "${BENCH_BROKERS:-}" ] || [ "${BENCH_BROKER:-kafka}" = mock ]; then
    "$example" "${EXECUTOR_COMMANDS:-20000}"
  else
    # A fresh broker per round: each round starts from the same (empty) broker.
    kafka_dir=$(bench_kafka_dir)
    bench_kafka_start "$kafka_dir"
    # A warm-up pass under another prefix first: a freshly started JVM runs the broker's
    # produce, fetch and transaction paths interpreted or lightly compiled for its first
    # tens of thousands of records, which a broker in service is long past. Its ratio is
    # printed on one line, and the measured pass follows on the same (now warm) broker.
    BENCH_BROKERS="$bench_kafka_bootstrap" BENCH_BROKER_DESC="$bench_kafka_desc" \
      "$example" "${EXECUTOR_COMMANDS:-20000}" | sed -n 's/^  ratio executor \/ raw verification: */  warm-up pass on the fresh broker: /p'
    BENCH_BROKERS="$bench_kafka_bootstrap" BENCH_BROKER_DESC="$bench_kafka_desc" \
      "$example" "${EXECUTOR_COMMANDS:-20000}"
    bench_kafka_stop "$kafka_dir"
    kafka_dir=""
  fi
done
