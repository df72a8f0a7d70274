#!/usr/bin/env bash
# Every benchmark, printed as numbers (tests never assert timings). Usage:
#   scripts/bench.sh [executor|halt|simulate|avro|anomaly|retry|dlq|latency|fetchwait|archiver|all]
# Each one starts what it needs: by default a fresh single-node Apache Kafka (scripts/kafka.sh,
# docs/kafka.md) that it stops when done, its JVM set up as Kafka's own start scripts do (a 1 GiB
# heap, G1; BENCH_KAFKA_JVM=test for the test suite's small C1-only JVM). BENCH_BROKER=mock uses
# the embedded broker (librdkafka's mock cluster) instead, BENCH_BROKERS=HOST:PORT an existing
# broker. The anomaly benchmark needs a broker that creates topics, so not the mock.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
export PATH="$HOME/.cargo/bin:$PATH"
run() { [ "$what" = "$1" ] || [ "$what" = all ]; }

if run executor; then
  echo "== executor: signed commands/s with transactions vs raw Ed25519 verification"
  scripts/bench-executor.sh
fi
if run halt; then
  echo "== halt: acknowledgement latency"
  scripts/bench-halt.sh
fi
if run latency; then
  echo "== latency: from the control center's signing to a robot's reader having the completion"
  scripts/bench-latency.sh
fi
if run simulate; then
  echo "== simulate: telemetry msgs/s and CPU-us/msg vs a plain producer"
  scripts/bench-simulate.sh
fi
if run avro; then
  echo "== avro: simulate with Avro-framed telemetry vs plain JSON, same run (msgs/s, bytes/record)"
  scripts/bench-avro.sh
fi
if run anomaly; then
  echo "== anomaly pipeline: replay rows/s, pacing error, detector msgs/s"
  scripts/bench-anomaly.sh
fi
if run retry; then
  echo "== retry: delay between due time and re-publication"
  scripts/bench-retry.sh
fi
if run dlq; then
  echo "== dlq replay: achieved vs --rate, and unthrottled"
  scripts/bench-dlq.sh
fi
if run fetchwait; then
  echo "== fetch wait: is a waiting fetch answered when a record arrives?"
  scripts/bench-fetch-wait.sh
fi
if run archiver; then
  echo "== archiver: readings/s into PostgreSQL and the lag it holds, simulate --robots 10000 at 1 Hz"
  scripts/bench-archiver.sh
fi
