#!/usr/bin/env bash
# Every benchmark, printed as numbers (tests never assert timings). Usage:
#   scripts/bench.sh [executor|halt|simulate|anomaly|retry|dlq|all]
# Each one starts what it needs: the embedded broker, or nisshi where it says so.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
export PATH="$HOME/.cargo/bin:$PATH"
run() { [ "$what" = "$1" ] || [ "$what" = all ]; }

if run executor; then
  echo "== executor: signed commands/s with transactions vs raw Ed25519 verification"
  cargo build --release --quiet --example bench_executor
  ./target/release/examples/bench_executor "${EXECUTOR_COMMANDS:-20000}"
fi
if run halt; then
  echo "== halt: acknowledgement latency"
  scripts/bench-halt.sh
fi
if run simulate; then
  echo "== simulate: telemetry msgs/s and CPU-us/msg vs a plain producer"
  scripts/bench-simulate.sh
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
