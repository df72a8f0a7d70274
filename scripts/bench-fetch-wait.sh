#!/usr/bin/env bash
# Does the broker answer a waiting fetch as soon as a record arrives, or only when the fetch's
# wait (fetch.wait.max.ms) runs out? The answer decides how long a robot's readers may let the
# broker wait (src/roles/robots.rs: halts 50 ms, completions 200 ms; docs/fleet.md).
#
# One producer writes one record every PERIOD_MS (700, longer than every wait tried, so each
# record finds a fetch already waiting); one consumer, read_committed like the robots' readers and
# assigned at the end of the 1-partition topic robot-emergency-halt, reads it. Latency = the
# consumer has the record - the producer's call. For each fetch.wait.max.ms in WAITS
# (50,200,500,1000), two producers:
#   idempotent     acks=all, linger.ms=0, like `fleetctl halt`; timed from produce()
#   transactional  begin, produce, commit per record, like the executor's completions; timed
#                  from the start of commit_transaction (read_committed readers cannot see the
#                  record before the commit marker)
# A broker that answers only at the end of the wait gives latencies spread over 0..wait (median
# about wait/2); one that answers on arrival gives a few ms whatever the wait.
#
# Broker (scripts/lib/bench-fleet.sh): a fresh single-node Apache Kafka by default,
# BENCH_BROKER=mock for the embedded broker, BENCH_BROKERS=HOST:PORT for an existing one.
# FETCH_SAMPLES (20) records per wait and producer. Uses the confluent-kafka Python client.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
ROBOTS=100
. scripts/lib/bench-fleet.sh
echo "fetch wait: is a waiting fetch answered when a record arrives? on $where"
python3 - "$KAFKA_BOOTSTRAP_SERVERS" "${FLEETCTL_TOPIC_PREFIX:-}robot-emergency-halt" \
  "${WAITS:-50,200,500,1000}" "${FETCH_SAMPLES:-20}" "${PERIOD_MS:-700}" <<'PY'
import sys, threading, time, uuid
from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_END
brokers, topic, waits, samples, period = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) / 1e3

def run(wait_ms, kind):
    c = Consumer({"bootstrap.servers": brokers, "group.id": "bench-fetch-wait",
                  "enable.auto.commit": False, "isolation.level": "read_committed",
                  "fetch.wait.max.ms": wait_ms})
    c.assign([TopicPartition(topic, 0, OFFSET_END)])
    conf = {"bootstrap.servers": brokers, "linger.ms": 0, "acks": "all", "enable.idempotence": True,
            "log_level": 3}
    if kind == "transactional":
        conf["transactional.id"] = f"bench-fetch-wait-{uuid.uuid4()}"
    p = Producer(conf)
    if kind == "transactional":
        p.init_transactions(10)
    # Let the consumer reach its first waiting fetch before the first record.
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        c.poll(0.1)
    sent = {}
    def produce():
        for i in range(samples):
            time.sleep(period)
            key = f"{kind}-{wait_ms}-{i}"
            if kind == "transactional":
                p.begin_transaction()
                p.produce(topic, key=key, value=b"x")
                p.flush(10)
                sent[key] = time.monotonic()
                p.commit_transaction(10)
            else:
                sent[key] = time.monotonic()
                p.produce(topic, key=key, value=b"x")
                p.poll(0)
        p.flush(10)
    t = threading.Thread(target=produce)
    t.start()
    lat = []
    end = time.monotonic() + samples * period + 5
    while len(lat) < samples and time.monotonic() < end:
        m = c.poll(0.1)
        if m is None or m.error():
            continue
        now = time.monotonic()
        k = m.key().decode()
        if k in sent:
            lat.append((now - sent[k]) * 1e3)
    t.join()
    c.close()
    lat.sort()
    if not lat:
        return f"no records read"
    q = lambda x: lat[min(len(lat) - 1, int(x * len(lat)))]
    return (f"min {lat[0]:6.1f}  p50 {q(0.5):6.1f}  p90 {q(0.9):6.1f}  max {lat[-1]:6.1f} ms"
            f"  ({len(lat)} records)")

for kind in ("idempotent", "transactional"):
    print(f"  {kind} producer, one record every {period * 1e3:.0f} ms; consumer read_committed:")
    for w in waits.split(","):
        print(f"    fetch.wait.max.ms={w:>5}: {run(int(w), kind)}")
PY
