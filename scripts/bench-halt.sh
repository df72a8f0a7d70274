#!/usr/bin/env bash
# Halt latency: with ROBOTS (10000) simulated robots on a local broker, the time from
# `fleetctl halt --all` writing the halt to each robot's acknowledgement arriving: p50, p99, max.
# Broker (scripts/lib/bench-fleet.sh): a fresh single-node Apache Kafka by default,
# BENCH_BROKER=mock for the embedded broker, BENCH_BROKERS=HOST:PORT for an existing one.
# ROUNDS (3) halts are measured, each followed by a resume and 3 s, after WARMUP_ROUNDS (2, see
# below); the simulator runs HALT_AFTER (8) seconds before the first. Target: p99 <= 250 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
ROBOTS=${ROBOTS:-10000}
ROUNDS=${ROUNDS:-3}
. scripts/lib/bench-fleet.sh
"$bin" -q keygen --role operator >/dev/null
"$bin" -q keygen --role safety >/dev/null
"$bin" -q simulate --robots "$ROBOTS" --interval 1s >/dev/null 2>&1 &
pids+=($!)
sleep "${HALT_AFTER:-8}"
echo "halt latency, $ROBOTS robots, on $where"
echo "  (time from the halt being written to each acknowledgement, as \`halt\` reports it)"
# WARMUP_ROUNDS (2) halts and resumes first, printed as such and left out of the rounds that
# count: a fresh topic's partitions take their first index entries in the halt after the first
# resume, which on this VM's ext4 cost 0.4-2.2 s once (docs/fleet.md, "Halt latency"); a fleet's
# topic in service paid that long before its operator halts it.
warmups=${WARMUP_ROUNDS:-2}
for n in $(seq 1 $((warmups + ROUNDS))); do
  if [ "$n" -le "$warmups" ]; then label="warm-up $n"; else label="round $((n - warmups))"; fi
  "$bin" --format ndjson halt --all --yes --timeout 20s >"$cfg/halt.json" 2>/dev/null || true
  python3 - "$cfg/halt.json" "$label" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
s = next(r for r in rows if r["type"] == "halt_summary")
f = lambda v: "-" if v is None else f"{v:.1f} ms"
print(f"  {sys.argv[2]}: {s['acknowledged']}/{s['robots']} acknowledged; p50 {f(s['p50_ms'])}, p99 {f(s['p99_ms'])}, max {f(s['max_ms'])}  (target p99 <= 250 ms)")
PY
  "$bin" --format ndjson resume --all --yes --timeout 20s >/dev/null 2>&1 || true
  sleep 3
done
# The robots' side, from the acknowledgements themselves: completed_at_ms - issued_at_ms, where
# issued_at is when `halt` signed the command, before it connected. This includes the command's
# own start-up, which the figures above (timed from the halt being written) leave out.
python3 - "$KAFKA_BOOTSTRAP_SERVERS" "${FLEETCTL_TOPIC_PREFIX:-}robot-command-completions" "$warmups" <<'PY'
import json, sys
warmups = int(sys.argv[3])
try:
    from confluent_kafka import Consumer, TopicPartition
except ImportError:
    sys.exit("robot side: skipped (pip install confluent-kafka)")
c = Consumer({"bootstrap.servers": sys.argv[1], "group.id": "bench-halt", "enable.partition.eof": True})
topic = sys.argv[2]
parts = c.list_topics(topic, timeout=10).topics[topic].partitions
c.assign([TopicPartition(topic, p, 0) for p in parts])
left, halts = len(parts), {}
while left:
    m = c.poll(5)
    if m is None:
        break
    if m.error():
        left -= 1
        continue
    d = json.loads(m.value())
    if d.get("status") == "HALT_ACK":
        halts.setdefault((d["issued_at_ms"], d["command_id"]), []).append(d["completed_at_ms"] - d["issued_at_ms"])
for n, (_, lat) in enumerate(sorted(halts.items()), 1):
    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
    label = f"warm-up {n}" if n <= warmups else f"round {n - warmups}"
    print(f"  {label}, from signing to the robot's acknowledgement: p50 {q(0.5)} ms, p99 {q(0.99)} ms, max {lat[-1]} ms")
PY
