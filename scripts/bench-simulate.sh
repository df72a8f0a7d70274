#!/usr/bin/env bash
# Simulator throughput next to a plain rdkafka producer, in the same run, against the same broker.
#
# For each broker: `fleetctl simulate` as fast as it can go (a tiny interval), then
# examples/plain_producer.rs sending records of the simulator's average size to the same two
# topics with the same producer settings. Prints delivered msgs/s and CPU-µs per message of each
# whole process (user + system time of every thread, from wait4), and the ratio.
#
# Brokers: the embedded mock (`fleetctl dev broker`, always), and nisshi when BENCH_BROKERS is set
# (e.g. BENCH_BROKERS=127.0.0.1:19292). Options via environment: ROBOTS (10000), BENCH_SECONDS (10),
# ROUNDS (3: simulate and plain alternate, and the median ratio is printed).
set -euo pipefail
cd "$(dirname "$0")/.."

ROBOTS=${ROBOTS:-10000}
SECONDS_RUN=${BENCH_SECONDS:-10}
ROUNDS=${ROUNDS:-3}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin fleetctl --example plain_producer
bin="$CARGO_TARGET_DIR/release/fleetctl"
plain="$CARGO_TARGET_DIR/release/examples/plain_producer"
cfg=$(mktemp -d)
mock_pid=""
cleanup() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  rm -rf "$cfg"
}
trap cleanup EXIT
export FLEETCTL_CONFIG_DIR="$cfg"

bench() { # NAME BROKERS PREFIX
  python3 - "$1" "$2" "$3" "$bin" "$plain" "$ROBOTS" "$SECONDS_RUN" "$ROUNDS" <<'PY'
import json, os, subprocess, sys, time
name, brokers, prefix, fleetctl, plain, robots, seconds, rounds = sys.argv[1:]

def measure(cmd):
    t = time.time()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{cmd[0]} failed with status {status}: {out!r}")
    return json.loads(out), ru.ru_utime + ru.ru_stime, time.time() - t

env_cmd = [fleetctl, "--brokers", brokers, "--topic-prefix", prefix, "--format", "json", "-q"]
topics = f"{prefix}robot-telemetry-control,{prefix}robot-telemetry-safety"
print(f"\n{name} ({brokers}), {robots} robots, {seconds}s per run, {rounds} rounds")
print(f"{'round':6}{'':24}{'delivered':>12}{'msgs/s':>12}{'CPU-us/msg':>12}{'errors':>8}")
ratios, sim_cpus = [], []
for r in range(1, int(rounds) + 1):
    # Alternating, so that load from other processes hits both alike.
    sim, sim_cpu, _ = measure(env_cmd + ["simulate", "--robots", robots, "--interval", "1", "--speedup", "1000",
                                          "--duration", f"{seconds}s", "--seed", str(r)])
    size = max(1, round(sim["avg_bytes"]))
    base, base_cpu, _ = measure([plain, brokers, topics, str(size), seconds, robots])
    rows = [("fleetctl simulate", sim["delivered"], sim["msgs_per_s"], sim_cpu, sim["delivery_errors"]),
            (f"plain producer ({size} B)", base["delivered"], base["msgs_per_s"], base_cpu, base["errors"])]
    for label, n, rate, cpu, err in rows:
        print(f"{r:<6}{label:24}{n:>12}{rate:>12.0f}{cpu * 1e6 / max(n, 1):>12.2f}{err:>8}")
    ratios.append(sim["msgs_per_s"] / max(base["msgs_per_s"], 1))
    sim_cpus.append(sim_cpu * 1e6 / max(sim["delivered"], 1))
ratios.sort()
sim_cpus.sort()
mid = len(ratios) // 2
print(f"simulate / plain msgs/s per round: {', '.join(f'{x:.0%}' for x in ratios)} (median {ratios[mid]:.0%}, target >= 90%); "
      f"simulate CPU-us/msg median {sim_cpus[mid]:.2f} (target <= 3)")
PY
}

"$bin" --format ndjson -q dev broker --no-context --robots "$ROBOTS" >"$cfg/mock.out" &
mock_pid=$!
for _ in $(seq 1 100); do
  if [ -s "$cfg/mock.out" ]; then break; fi
  sleep 0.1
done
mock=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["bootstrap_servers"])' "$cfg/mock.out")
bench "librdkafka mock cluster" "$mock" ""

if [ -n "${BENCH_BROKERS:-}" ]; then
  prefix="bench$(date +%s)."
  "$bin" --brokers "$BENCH_BROKERS" --topic-prefix "$prefix" -q topics create --robots "$ROBOTS" >/dev/null
  bench "nisshi" "$BENCH_BROKERS" "$prefix"
fi
