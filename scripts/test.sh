#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need (nisshi 0.8.1, the
# confluent-kafka Python client used as an independent check), starts a real broker on a free
# loopback port, then runs fmt, clippy and every test against it.
set -euo pipefail
cd "$(dirname "$0")/.."

NISSHI_VERSION=0.8.1
log() { printf '==> %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo install --list 2>/dev/null | grep -q "^nisshi v$NISSHI_VERSION:"; then
  log "installing nisshi $NISSHI_VERSION from crates.io (about 25 minutes on 2 cores, once per machine)"
  cargo install nisshi --version "$NISSHI_VERSION" --locked --ignore-rust-version --quiet
fi

if ! python3 -c 'import confluent_kafka' 2>/dev/null; then
  log "installing confluent-kafka (independent client used by the tests)"
  python3 -m pip install --quiet --disable-pip-version-check 'confluent-kafka>=2.3'
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
workdir=$(mktemp -d)
log "starting nisshi on 127.0.0.1:$port"
nisshi broker \
  --listener-url "tcp://127.0.0.1:$port" \
  --advertised-listener-url "tcp://127.0.0.1:$port" \
  --storage-engine memory://nisshi/ \
  --group-initial-rebalance-delay 0s >"$workdir/nisshi.log" 2>&1 &
nisshi_pid=$!
cleanup() {
  kill "$nisshi_pid" 2>/dev/null || true
  wait "$nisshi_pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then break; fi
  if ! kill -0 "$nisshi_pid" 2>/dev/null; then cat "$workdir/nisshi.log" >&2; log "nisshi exited"; exit 1; fi
  sleep 0.2
done
export FLEETCTL_TEST_BROKERS="127.0.0.1:$port"

log "cargo fmt --check"
cargo fmt --all -- --check
log "cargo clippy -D warnings"
cargo clippy --locked --all-targets -- -D warnings
log "cargo test against nisshi at $FLEETCTL_TEST_BROKERS"
status=0
cargo test --locked -- "$@" || status=$?
if [ "$status" -ne 0 ]; then
  log "tests failed; last lines of the broker log:"
  tail -n 40 "$workdir/nisshi.log" >&2 || true
fi
exit "$status"
