# Sourced by the fleet benchmarks: builds the release binary, gives it a private config dir and a
# broker (BENCH_BROKERS=HOST:PORT, or the embedded broker sized for $ROBOTS), and cleans up on exit.
# Sets: bin, cfg, where, pids (append background pids to have them stopped).
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin fleetctl
bin="$CARGO_TARGET_DIR/release/fleetctl"
cfg=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$cfg"
}
trap cleanup EXIT
export FLEETCTL_CONFIG_DIR="$cfg"
if [ -n "${BENCH_BROKERS:-}" ]; then
  export KAFKA_BOOTSTRAP_SERVERS="$BENCH_BROKERS" FLEETCTL_TOPIC_PREFIX="bench$$."
  "$bin" -q topics create --robots "$ROBOTS" >/dev/null
  where="$BENCH_BROKERS"
else
  "$bin" -q dev broker --robots "$ROBOTS" >"$cfg/broker.out" &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$cfg/broker.out" ] && break; sleep 0.1; done
  export KAFKA_BOOTSTRAP_SERVERS
  KAFKA_BOOTSTRAP_SERVERS=$(head -n1 "$cfg/broker.out")
  where="embedded broker $KAFKA_BOOTSTRAP_SERVERS"
fi
