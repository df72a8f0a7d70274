#!/usr/bin/env bash
# Anomaly pipeline benchmark: builds release binaries, starts nisshi on a free port unless
# BENCH_BROKERS is set, and prints replay rows/s next to a plain producer, the pacing error at
# --rate 10, and detector msgs/s on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked --bin fleetctl --example bench_anomaly
export FLEETCTL_BIN="$target/release/fleetctl"
if [ -z "${BENCH_BROKERS:-}" ]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  log=$(mktemp)
  nisshi broker --listener-url "tcp://127.0.0.1:$port" --advertised-listener-url "tcp://127.0.0.1:$port" \
    --storage-engine memory://nisshi/ --group-initial-rebalance-delay 0s >"$log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
  for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.2
  done
  export BENCH_BROKERS="127.0.0.1:$port"
fi
"$target/release/examples/bench_anomaly" replay
# One core for the detector figure: pinned to CPU 0 when taskset exists.
if command -v taskset >/dev/null; then pin=(taskset -c 0); else pin=(); fi
"${pin[@]}" "$target/release/examples/bench_anomaly" detector
