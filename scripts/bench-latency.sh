#!/usr/bin/env bash
# Command latency at ROBOTS (1000) robots: from the control center signing a command to a robot
# having its completion, p50/p99/max. Target p99 <= 100 ms.
#
# Runs `fleetctl simulate`, `run control-center` and `run executor` (transactions mode where the
# broker grants them) for BENCH_SECONDS (60) at the default 1 s telemetry interval, and
# examples/bench_latency.rs following robot-command-completions. For each EXECUTED, non-dry-run
# completion it reports
#   (a) completed_at_ms - issued_at_ms: signing -> the executor built the completion (before its
#       transaction commits), both stamped by fleetctl itself;
#   (b) received - issued_at_ms: signing -> a reader configured like the robots' completion
#       reader (same library calls: no group, read_committed, fetch.wait.max.ms=200, poll every
#       100 ms) has the completion. That reader is a separate process next to the simulator, not
#       the simulator's own reader: fleetctl records no time when a robot acts on a completion.
# Every process runs on this machine, so the clocks compared are one clock.
#
# The control center commands every idle robot as the first reports arrive (about 1000 commands
# within a second), then only robots that reached their waypoint: the figures are given for all
# commands and for those issued after the first WARMUP_SECONDS (10).
#
# EXECUTORS (1) executor instances share the robot-commands partitions in one group (--instance
# 0..N-1), each writing its own partitions in its own transactions. EXECUTOR_ARGS are added to
# each executor's command line (for example `-X linger.ms=0`).
#
# Broker (scripts/lib/bench-fleet.sh): a fresh single-node Apache Kafka by default (its JVM set up
# as Kafka's own start scripts do, BENCH_KAFKA_JVM; warmed up first, WARMUP_PASS, below),
# BENCH_BROKER=mock for the embedded broker, BENCH_BROKERS=HOST:PORT for an existing one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
ROBOTS=${ROBOTS:-1000}
SECONDS_RUN=${BENCH_SECONDS:-60}
WARMUP=${WARMUP_SECONDS:-10}
EXECUTORS=${EXECUTORS:-1}
BENCH_EXAMPLES=bench_latency
. scripts/lib/bench-fleet.sh
for r in control safety operator; do "$bin" -q keygen --role $r >/dev/null; done
# Transactions where the broker grants them (Apache Kafka, the mock): the completions then reach
# read_committed readers at the commit, as in production.
# EOS=idempotent measures the other exactly-once mode.
case "$broker_kind" in
  external) eos=${EOS:-auto} ;;
  *) eos=${EOS:-transactions} ;;
esac

echo "command latency, $ROBOTS robots, ${SECONDS_RUN}s, $EXECUTORS executor(s) --eos $eos, on $where"
# On a broker started here, a warm-up pass first: the same fleet for WARMUP_PASS (30) seconds
# under other topic names (0 skips it). A fresh JVM runs the broker's produce, fetch and
# transaction paths interpreted or lightly compiled at first, which a broker in service is long
# past: the warm-up pass's first wave took 579-915 ms (p99), the measured one's after it 331-413
# ms (docs/fleet.md, "Command latency"). Only its one line for all commands is printed.
warmup_pass=${WARMUP_PASS:-30}
if [ "$broker_kind" = kafka ] && [ "$warmup_pass" -gt 0 ]; then
  env -u BENCH_LATENCY_SAMPLES -u BENCH_LOG_DIR BENCH_BROKERS="$KAFKA_BOOTSTRAP_SERVERS" \
    BENCH_SECONDS="$warmup_pass" WARMUP_PASS=0 scripts/bench-latency.sh |
    sed -n "s/^    (b) signing -> read by a reader with the robots' settings */  warm-up pass (${warmup_pass}s, other topics), all commands: /p" | head -n1
fi
# The reader first, from the current end of the completions, so it misses nothing the fleet does.
"$CARGO_TARGET_DIR/$profile_dir/examples/bench_latency" "$KAFKA_BOOTSTRAP_SERVERS" \
  "${FLEETCTL_TOPIC_PREFIX:-}" "$((SECONDS_RUN + 5))" "$WARMUP" >"$cfg/latency.out" 2>"$cfg/latency.err" &
reader=$!
pids+=("$reader")
for _ in $(seq 1 200); do grep -q '^ready' "$cfg/latency.err" && break; sleep 0.1; done
grep -q '^ready' "$cfg/latency.err" || { cat "$cfg/latency.err" >&2; exit 1; }
# The executor before the control center, so that its group has joined when the first commands
# come (a command waiting for the executor's start-up is not what is measured here).
executors=()
for i in $(seq 0 $((EXECUTORS - 1))); do
  # shellcheck disable=SC2086 # EXECUTOR_ARGS is a list of arguments
  "$bin" -q --format json ${EXECUTOR_ARGS:-} run executor --eos "$eos" --instance "$i" \
    --duration "$((SECONDS_RUN + 3))s" >"$cfg/executor.$i.json" 2>"$cfg/executor.$i.err" &
  executors+=($!)
  pids+=($!)
done
"$bin" -q simulate --robots "$ROBOTS" --duration "$((SECONDS_RUN + 3))s" >/dev/null 2>&1 &
pids+=($!)
sleep 3
"$bin" -q run control-center --canary 1 --duration "${SECONDS_RUN}s" >/dev/null 2>&1 &
pids+=($!)
wait "$reader" || true
for e in "${executors[@]}"; do wait "$e" || true; done
cat "$cfg/latency.out"
# BENCH_LOG_DIR keeps the executors' logs (RUST_LOG=fleetctl=debug adds a line per transaction).
if [ -n "${BENCH_LOG_DIR:-}" ]; then mkdir -p "$BENCH_LOG_DIR" && cp "$cfg"/executor.*.err "$BENCH_LOG_DIR"/; fi
python3 - "$cfg"/executor.*.json <<'PY' || true
import json, sys
for path in sys.argv[1:]:
    try:
        s = json.load(open(path))
    except (OSError, ValueError):
        continue
    print(f"  executor {path.split('.')[-2]}: mode {s.get('mode')}, {s.get('executed')} executed in {s.get('batches')} batches")
PY
echo "  target: (b) p99 <= 100 ms"
