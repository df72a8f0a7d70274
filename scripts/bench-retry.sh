#!/usr/bin/env bash
# Retry scheduling: how late after its due time a failed command is re-published (p50, p99, max).
# A simulated fleet and the control center generate commands, the executor fails every first
# attempt (--fail-attempts 1), and the retry consumer re-publishes each one 1 s later.
# Broker (scripts/lib/bench-fleet.sh): a fresh single-node Apache Kafka by default,
# BENCH_BROKER=mock for the embedded broker, BENCH_BROKERS=HOST:PORT for an existing one.
# The executor and the retry consumer run in transactions mode where the broker grants them
# (Apache Kafka, the mock). Target p99 <= 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
ROBOTS=${ROBOTS:-1000}
SECONDS_RUN=${BENCH_SECONDS:-20}
. scripts/lib/bench-fleet.sh
for r in control safety; do "$bin" -q keygen --role $r >/dev/null; done
"$bin" -q simulate --robots "$ROBOTS" --duration "${SECONDS_RUN}s" >/dev/null 2>&1 & pids+=($!)
"$bin" -q run control-center --canary 1 --duration "${SECONDS_RUN}s" --cooldown 2s >/dev/null 2>&1 & pids+=($!)
"$bin" -q run executor --fail-attempts 1 --duration "$((SECONDS_RUN + 10))s" >/dev/null 2>&1 & pids+=($!)
# RETRY_LOG=FILE keeps the retry consumer's debug log (how late each due batch started, how long
# its write took).
if [ -n "${RETRY_LOG:-}" ]; then verbosity=-vv; else verbosity=-q; fi
"$bin" "$verbosity" --format json run retry --duration "$((SECONDS_RUN + 10))s" \
  >"$cfg/retry.json" 2>"${RETRY_LOG:-/dev/null}"
python3 - "$cfg/retry.json" "$where" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
f = lambda v: "-" if v is None else f"{v} ms"
print(f"retry scheduling on {sys.argv[2]} ({s['mode']} mode): {s['republished']} re-published; "
      f"delay after due time p50 {f(s['delay_p50_ms'])}, p99 {f(s['delay_p99_ms'])}, max {f(s['delay_max_ms'])}  (target p99 <= 100 ms)")
PY
