#!/usr/bin/env bash
# Can the archiver keep up with a fleet of 10,000 robots reporting at 1 Hz (20,000 readings/s:
# control and safety), with the broker, PostgreSQL, the simulator and the archiver on the same
# two cores? Starts a fresh single-node Apache Kafka (scripts/lib/bench-kafka.sh) and a fresh
# PostgreSQL (scripts/postgres.sh), runs `simulate --robots 10000 --interval 1s` and
# `run archiver` side by side for BENCH_SECONDS (60), samples the archiver's lag every 2 s
# (`fleetctl lag --group PREFIXarchiver`: records produced but not yet archived), and prints readings
# archived per second over the run and the lag it held (median, p90, max, last).
#
# Options via environment: ROBOTS (10000), BENCH_SECONDS (60), DOWNSAMPLE (e.g. 10s; default
# every reading), BATCH (the archiver's --batch, default its own), BENCH_BROKERS=HOST:PORT (an existing broker, fresh topics).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# shellcheck source=scripts/lib/bench-kafka.sh
. scripts/lib/bench-kafka.sh

robots=${ROBOTS:-10000}
seconds=${BENCH_SECONDS:-60}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin fleetctl
fleetctl="$CARGO_TARGET_DIR/release/fleetctl"

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  if [ -n "${sim_pid:-}" ]; then kill "$sim_pid" 2>/dev/null || true; fi
  if [ -n "${arch_pid:-}" ]; then kill "$arch_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  scripts/postgres.sh stop --dir "$work/pg" >/dev/null 2>&1 || true
  [ -z "${BENCH_BROKERS:-}" ] && bench_kafka_stop "$work/kafka"
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${BENCH_BROKERS:-}" ]; then
  brokers=$BENCH_BROKERS
  desc="existing broker $brokers"
else
  bench_kafka_start "$work/kafka"
  brokers=$bench_kafka_bootstrap
  desc=$bench_kafka_desc
fi
db=$(scripts/postgres.sh start --dir "$work/pg")
export FLEETCTL_CONFIG_DIR="$work/cfg" KAFKA_BOOTSTRAP_SERVERS="$brokers"
export FLEETCTL_TOPIC_PREFIX="bench$$."
"$fleetctl" -q --broker-timeout 60s topics create --robots "$robots" >/dev/null
"$fleetctl" -q --postgres "$db" archive migrate >/dev/null

extra=()
[ -n "${DOWNSAMPLE:-}" ] && extra+=(--downsample "$DOWNSAMPLE")
[ -n "${BATCH:-}" ] && extra+=(--batch "$BATCH")
"$fleetctl" -q --format json --postgres "$db" run archiver --duration "$((seconds + 10))s" \
  "${extra[@]}" >"$work/archiver.json" 2>"$work/archiver.log" &
arch_pid=$!
"$fleetctl" -q --format json simulate --robots "$robots" --interval 1s --duration "${seconds}s" \
  >"$work/simulate.json" 2>"$work/simulate.log" &
sim_pid=$!

python3 - "$fleetctl" "$seconds" "$sim_pid" <<'PY' >"$work/lag.txt"
import json, os, subprocess, sys, time
fleetctl, seconds, sim = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
start = time.time()
while time.time() - start < seconds:
    time.sleep(2)
    # The archiver's group is prefixed like every role's (Settings::group).
    group = os.environ["FLEETCTL_TOPIC_PREFIX"] + "archiver"
    out = subprocess.run([fleetctl, "-q", "--format", "json", "lag", "--group", group],
                         capture_output=True, text=True).stdout
    try:
        rows = json.loads(out)
    except ValueError:
        continue
    lag = sum(r["lag"] for r in rows if "robot-telemetry" in r["topic"])
    print(f"{time.time() - start:.1f} {lag}", flush=True)
PY
wait "$sim_pid" || true
sim_pid=
# Let the archiver drain what the simulator wrote last, then read its summary.
wait "$arch_pid" || true
arch_pid=

python3 - "$work" "$db" "$robots" "$seconds" "$desc" "${DOWNSAMPLE:-}" <<'PY'
import json, subprocess, sys
work, db, robots, seconds, desc, down = sys.argv[1:]
sim = json.load(open(f"{work}/simulate.json"))
arch = json.load(open(f"{work}/archiver.json"))
lags = [int(l.split()[1]) for l in open(f"{work}/lag.txt") if l.strip()]
steady = lags[len(lags) // 4:] or lags
def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else 0
table = "control_aggregates" if down else "control_readings"
rows = subprocess.run(["psql", db, "-tAc", f"SELECT count(*) FROM {table}"],
                      capture_output=True, text=True).stdout.strip()
offered = sim.get("delivered", 0) / int(seconds)
print(f"robots {robots}, {seconds}s, {'downsample ' + down if down else 'every reading'}")
print(f"simulate delivered {sim.get('delivered')} readings ({offered:.0f}/s)")
print(f"archiver: {arch['readings']} readings in {arch['batches']} transactions, "
      f"{arch['readings'] / int(seconds):.0f} readings/s over the {seconds}s of load "
      f"({arch['records_per_s']:.0f} records/s over its whole run), {table} rows {rows}")
print(f"lag (records not yet archived, sampled every 2 s after the first quarter): "
      f"median {pct(steady, 0.5)}, p90 {pct(steady, 0.9)}, max {max(steady, default=0)}, "
      f"last {lags[-1] if lags else 0} "
      f"(= {pct(steady, 0.5) / max(offered, 1):.2f} s of readings at the median)")
print(f"broker: {desc}; PostgreSQL: {subprocess.run(['psql', db, '-tAc', 'SHOW server_version'], capture_output=True, text=True).stdout.strip()}")
PY
