#!/usr/bin/env bash
# Benchmark of `fleetctl dlq replay`: the achieved rate against --rate, and the unthrottled rate.
# Fills a fresh fleet's DLQ with N dead letters (with the DLQ headers) using the confluent-kafka
# Python client, then replays them with two consumer groups.
#
#   scripts/bench-dlq.sh                          # a fresh single-node Apache Kafka (scripts/kafka.sh)
#   BENCH_BROKER=mock scripts/bench-dlq.sh        # the embedded broker
#   BENCH_BROKERS=127.0.0.1:9092 scripts/bench-dlq.sh   # an existing broker (BROKERS= still works)
#   N=20000 RATE=2000 SECONDS_THROTTLED=5 BENCH_PROFILE=dev scripts/bench-dlq.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}
RATE=${RATE:-2000}
SECONDS_THROTTLED=${SECONDS_THROTTLED:-5}
log() { printf '==> %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

python3 -c 'import confluent_kafka' 2>/dev/null || {
  log "installing confluent-kafka (fills the DLQ)"
  python3 -m pip install --quiet --disable-pip-version-check 'confluent-kafka>=2.3'
}

# BROKERS was this script's name for an existing broker before bench-fleet.sh picked brokers.
if [ -z "${BENCH_BROKERS:-}" ] && [ -n "${BROKERS:-}" ]; then export BENCH_BROKERS=$BROKERS; fi
ROBOTS=10
. scripts/lib/bench-fleet.sh
BROKERS=$KAFKA_BOOTSTRAP_SERVERS
# Empty on a fresh broker; bench-fleet.sh sets one on an existing broker.
prefix=${FLEETCTL_TOPIC_PREFIX:-}
echo "dlq replay, $N dead letters, on $where"

log "filling ${prefix}robot-commands-dlq with $N dead letters"
python3 - "$BROKERS" "$prefix" "$N" <<'PY'
import base64, json, sys, uuid
from confluent_kafka import Producer
brokers, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = Producer({"bootstrap.servers": brokers, "linger.ms": 20, "enable.idempotence": True, "log_level": 3})
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
out=$("$bin" --quiet --format json dlq replay --yes --rate "$RATE/s" --max "$throttled" --group "${prefix}bench-throttled")
t_n=$(echo "$out" | field replayed); t_s=$(echo "$out" | field elapsed_s); t_r=$(echo "$out" | field rate_per_s)

log "replaying all $N entries unthrottled"
out=$("$bin" --quiet --format json dlq replay --yes --group "${prefix}bench-unthrottled")
u_n=$(echo "$out" | field replayed); u_s=$(echo "$out" | field elapsed_s); u_r=$(echo "$out" | field rate_per_s)

printf 'dlq replay --rate %s/s: achieved %.0f/s (%s entries in %.2f s)\n' "$RATE" "$t_r" "$t_n" "$t_s"
printf 'dlq replay unthrottled: %.0f/s (%s entries in %.2f s)\n' "$u_r" "$u_n" "$u_s"
