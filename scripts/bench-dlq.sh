#!/usr/bin/env bash
# Benchmark of `fleetctl dlq replay` against a real broker: the achieved rate against --rate, and
# the unthrottled rate. Fills a fresh fleet's DLQ with N dead letters (with the DLQ headers) using
# the confluent-kafka Python client, then replays them with two consumer groups.
#
#   scripts/bench-dlq.sh                   # starts nisshi on a free loopback port
#   BROKERS=127.0.0.1:9092 scripts/bench-dlq.sh
#   N=20000 RATE=2000 SECONDS_THROTTLED=5 BENCH_PROFILE=dev scripts/bench-dlq.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}
RATE=${RATE:-2000}
SECONDS_THROTTLED=${SECONDS_THROTTLED:-5}
BENCH_PROFILE=${BENCH_PROFILE:-release}
log() { printf '==> %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

python3 -c 'import confluent_kafka' 2>/dev/null || {
  log "installing confluent-kafka (fills the DLQ)"
  python3 -m pip install --quiet --disable-pip-version-check 'confluent-kafka>=2.3'
}

workdir=$(mktemp -d)
nisshi_pid=""
cleanup() {
  if [ -n "$nisshi_pid" ]; then kill "$nisshi_pid" 2>/dev/null || true; wait "$nisshi_pid" 2>/dev/null || true; fi
  rm -rf "$workdir"
}
trap cleanup EXIT

if [ -z "${BROKERS:-}" ]; then
  command -v nisshi >/dev/null || { log "nisshi is not installed: run scripts/test.sh once, or set BROKERS"; exit 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  nisshi broker --listener-url "tcp://127.0.0.1:$port" --advertised-listener-url "tcp://127.0.0.1:$port" \
    --storage-engine memory://nisshi/ --group-initial-rebalance-delay 0s >"$workdir/nisshi.log" 2>&1 &
  nisshi_pid=$!
  for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.2
  done
  BROKERS="127.0.0.1:$port"
fi

log "building fleetctl ($BENCH_PROFILE profile)"
cargo build --quiet --profile "$BENCH_PROFILE"
dir=$([ "$BENCH_PROFILE" = dev ] && echo debug || echo "$BENCH_PROFILE")
bin="${CARGO_TARGET_DIR:-target}/$dir/fleetctl"

export FLEETCTL_CONFIG_DIR="$workdir" KAFKA_BOOTSTRAP_SERVERS="$BROKERS"
export FLEETCTL_TOPIC_PREFIX="bench-$$-$(date +%s)."
"$bin" --quiet topics create --robots 10 >/dev/null

log "filling ${FLEETCTL_TOPIC_PREFIX}robot-commands-dlq with $N dead letters"
python3 - "$BROKERS" "$FLEETCTL_TOPIC_PREFIX" "$N" <<'PY'
import base64, json, sys, uuid
from confluent_kafka import Producer
brokers, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = Producer({"bootstrap.servers": brokers, "linger.ms": 20, "enable.idempotence": True})
for i in range(n):
    robot = "robot-%04d" % (i % 10 + 1)
    payload = json.dumps({"command_id": str(uuid.uuid4()), "target": {"scope": "robot", "id": robot},
                          "action": "CHARGE", "issued_at_ms": 0, "expires_at_ms": 4102444800000}).encode()
    value = json.dumps({"v": 1, "key_id": "bench", "payload": base64.b64encode(payload).decode(),
                        "signature": base64.b64encode(b"\0" * 64).decode()}).encode()
    headers = [("fleetctl.dlq.original.topic", prefix + "robot-commands"),
               ("fleetctl.dlq.original.partition", "0"), ("fleetctl.dlq.original.offset", str(i)),
               ("fleetctl.dlq.original.timestamp", "0"), ("fleetctl.dlq.group", "bench"),
               ("fleetctl.dlq.stage", "execute"), ("fleetctl.error.class", "execute_failed"),
               ("fleetctl.error.message", "benchmark"), ("fleetctl.dlq.attempts", "5"),
               ("fleetctl.dlq.replays", "0"), ("fleetctl.version", "bench")]
    while True:
        try:
            p.produce(prefix + "robot-commands-dlq", key=robot, value=value, headers=headers)
            break
        except BufferError:
            p.poll(0.1)
    p.poll(0)
if p.flush(60) != 0:
    sys.exit("DLQ fill did not complete")
PY

field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d['$1'])"; }

throttled=$((RATE * SECONDS_THROTTLED))
[ "$throttled" -gt "$N" ] && throttled=$N
log "replaying $throttled entries at --rate $RATE/s"
out=$("$bin" --quiet --format json dlq replay --yes --rate "$RATE/s" --max "$throttled" --group "${FLEETCTL_TOPIC_PREFIX}bench-throttled")
t_n=$(echo "$out" | field replayed); t_s=$(echo "$out" | field elapsed_s); t_r=$(echo "$out" | field rate_per_s)

log "replaying all $N entries unthrottled"
out=$("$bin" --quiet --format json dlq replay --yes --group "${FLEETCTL_TOPIC_PREFIX}bench-unthrottled")
u_n=$(echo "$out" | field replayed); u_s=$(echo "$out" | field elapsed_s); u_r=$(echo "$out" | field rate_per_s)

printf 'dlq replay --rate %s/s: achieved %.0f/s (%s entries in %.2f s)\n' "$RATE" "$t_r" "$t_n" "$t_s"
printf 'dlq replay unthrottled: %.0f/s (%s entries in %.2f s)\n' "$u_r" "$u_n" "$u_s"
