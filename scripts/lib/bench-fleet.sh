# shellcheck shell=bash disable=SC2034  # sourced: the variables it sets are used by the sourcing script
# Sourced by the fleet benchmarks (halt, retry, latency, dlq): builds the release binary, gives it
# a private config dir and a broker with the catalog's topics for $ROBOTS robots, and cleans up
# on exit. The broker:
#
#   default              a fresh single-node Apache Kafka in a temp dir (scripts/kafka.sh, see
#                        docs/kafka.md), stopped on exit; its JVM set up as Kafka's own start
#                        scripts do (BENCH_KAFKA_JVM=test: as the test suite's, scripts/lib/bench-kafka.sh)
#   BENCH_KAFKA_TMPFS=1  that Apache Kafka with its data on tmpfs (/dev/shm)
#   BENCH_BROKER=mock    the embedded broker (`fleetctl dev broker`, librdkafka's mock cluster)
#   BENCH_BROKERS=H:P    an existing broker; the topics get a per-run prefix so runs never share
#
# Sets: bin, cfg, where (the header line: which broker, and for Kafka its version and JVM flags),
# broker_kind (kafka, mock or external), pids (append background pids to have them stopped).
# Exports FLEETCTL_CONFIG_DIR and KAFKA_BOOTSTRAP_SERVERS (and FLEETCTL_TOPIC_PREFIX on an
# existing broker). BENCH_EXAMPLES="name ..." builds those examples too; BENCH_PROFILE=dev builds
# the debug profile instead of release (quicker to build, not for figures worth keeping).
. scripts/lib/bench-kafka.sh
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
examples=()
for e in ${BENCH_EXAMPLES:-}; do examples+=(--example "$e"); done
profile=${BENCH_PROFILE:-release}
cargo build --profile "$profile" --quiet --bin fleetctl "${examples[@]}"
profile_dir=$([ "$profile" = dev ] && echo debug || echo "$profile")
bin="$CARGO_TARGET_DIR/$profile_dir/fleetctl"
cfg=$(mktemp -d)
pids=()
kafka_dir=""
cleanup() {
  # The clients first (they would log errors once the broker is gone), then the broker.
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  if [ -n "$kafka_dir" ]; then bench_kafka_stop "$kafka_dir"; fi
  rm -rf "$cfg"
}
trap cleanup EXIT
# Ctrl-C or a kill still stops the broker and the clients: exit runs the EXIT trap.
trap 'exit 130' INT TERM
export FLEETCTL_CONFIG_DIR="$cfg"
if [ -n "${BENCH_BROKERS:-}" ]; then
  broker_kind=external
  export KAFKA_BOOTSTRAP_SERVERS="$BENCH_BROKERS" FLEETCTL_TOPIC_PREFIX="bench$$."
  "$bin" -q --broker-timeout 60s topics create --robots "$ROBOTS" >/dev/null
  where="existing broker $BENCH_BROKERS (topics prefixed $FLEETCTL_TOPIC_PREFIX)"
elif [ "${BENCH_BROKER:-kafka}" = mock ]; then
  broker_kind=mock
  "$bin" -q dev broker --robots "$ROBOTS" >"$cfg/broker.out" &
  pids+=($!)
  for _ in $(seq 1 100); do [ -s "$cfg/broker.out" ] && break; sleep 0.1; done
  export KAFKA_BOOTSTRAP_SERVERS
  KAFKA_BOOTSTRAP_SERVERS=$(head -n1 "$cfg/broker.out")
  where="embedded broker (librdkafka mock cluster) $KAFKA_BOOTSTRAP_SERVERS"
elif [ "${BENCH_BROKER:-kafka}" = kafka ]; then
  broker_kind=kafka
  kafka_dir=$(bench_kafka_dir)
  bench_kafka_start "$kafka_dir"
  export KAFKA_BOOTSTRAP_SERVERS="$bench_kafka_bootstrap"
  "$bin" -q --broker-timeout 60s topics create --robots "$ROBOTS" >/dev/null
  where="$bench_kafka_desc"
else
  echo "BENCH_BROKER must be kafka (the default) or mock, not '$BENCH_BROKER'" >&2
  exit 2
fi
