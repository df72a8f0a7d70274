#!/usr/bin/env bash
# Benchmarks, printed as numbers (never timed assertions in tests). Usage:
#   scripts/bench.sh [executor|halt|all]
# Each benchmark starts what it needs (the embedded broker, or nisshi on a free port).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release --quiet --examples --bin fleetctl

if [ "$what" = executor ] || [ "$what" = all ]; then
  echo "== executor: signed commands/s with transactions vs raw Ed25519 verification"
  ./target/release/examples/bench_executor "${EXECUTOR_COMMANDS:-20000}"
fi
