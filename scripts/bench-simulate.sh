#!/usr/bin/env bash
# Simulator throughput next to a plain rdkafka producer, in the same run, against the same broker.
#
# For each broker: `fleetctl simulate` as fast as it can go (a tiny interval), and
# examples/plain_producer.rs sending pre-built records of the simulator's own telemetry (same
# sizes, same compressibility) to the same two topics with the same producer settings. Prints
# delivered msgs/s and CPU-µs per message of each whole process (user + system time of every
# thread, from wait4), and the ratio.
#
# The plain producer runs twice per round: as plain rdkafka (glibc's malloc, the target's
# baseline), and linked with fleetctl's allocator (examples/plain_producer_mimalloc.rs), so the
# part of the difference that is the allocator shows on its own line.
#
# Every run gets a fresh broker: both brokers keep every record in memory and slow down as they
# fill (nisshi fell from 370k to 120k msgs/s over eleven runs on one instance).
#
# Brokers: the embedded mock (`fleetctl dev broker`), and nisshi when it is on PATH (or
# NISSHI=path). Options via environment: ROBOTS (10000), BENCH_SECONDS (10), ROUNDS (5: plain and
# simulate alternate, starting and ending with plain; each simulate run is compared with the mean
# of its two neighbours, and the median ratio is printed), BROKERS (mock,nisshi).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin fleetctl --example plain_producer --example plain_producer_mimalloc
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
export FLEETCTL_CONFIG_DIR="$cfg"

python3 - "$CARGO_TARGET_DIR/release/fleetctl" "$CARGO_TARGET_DIR/release/examples/plain_producer" \
  "$CARGO_TARGET_DIR/release/examples/plain_producer_mimalloc" \
  "${ROBOTS:-10000}" "${BENCH_SECONDS:-10}" "${ROUNDS:-5}" "${BROKERS:-mock,nisshi}" \
  "${NISSHI:-$(command -v nisshi || true)}" <<'PY'
import contextlib, json, os, socket, subprocess, sys, time
fleetctl, plain, plain_mi, robots, seconds, rounds, which, nisshi = sys.argv[1:]

@contextlib.contextmanager
def mock():
    p = subprocess.Popen([fleetctl, "--format", "ndjson", "-q", "dev", "broker", "--no-context",
                          "--robots", robots], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        yield json.loads(p.stdout.readline())["bootstrap_servers"]
    finally:
        p.kill()
        p.wait()

@contextlib.contextmanager
def fresh_nisshi():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    url = f"tcp://127.0.0.1:{port}"
    p = subprocess.Popen([nisshi, "broker", "--listener-url", url, "--advertised-listener-url", url,
                          "--storage-engine", "memory://nisshi/", "--group-initial-rebalance-delay", "0s"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            time.sleep(0.1)
        brokers = f"127.0.0.1:{port}"
        subprocess.run([fleetctl, "-q", "--brokers", brokers, "topics", "create", "--robots", robots],
                       check=True, stdout=subprocess.DEVNULL)
        yield brokers
    finally:
        p.kill()
        p.wait()

def measure(broker, cmd):
    with broker() as brokers:
        cmd = [c.replace("{brokers}", brokers) for c in cmd]
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{cmd[0]} failed with status {status}: {out!r}")
    return json.loads(out), ru.ru_utime + ru.ru_stime

topics = "robot-telemetry-control,robot-telemetry-safety"
def simulate(duration, seed):
    return [fleetctl, "--brokers", "{brokers}", "--format", "json", "-q", "simulate", "--robots", robots,
            "--interval", "1", "--speedup", "1000", "--duration", duration, "--seed", str(seed)]

def row(r, label, n, rate, cpu, errors):
    print(f"{r:<6}{label:24}{n:>12}{rate:>12.0f}{cpu * 1e6 / max(n, 1):>12.2f}{errors:>8}")

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]

def bench(name, broker):
    print(f"\n{name}, {robots} robots, {seconds}s per run, {rounds} rounds, a fresh broker per run")
    print(f"{'round':6}{'':24}{'delivered':>12}{'msgs/s':>12}{'CPU-us/msg':>12}{'errors':>8}")
    def plain_run(r, exe, label):
        base, cpu = measure(broker, [exe, "{brokers}", topics, seconds, robots])
        row(r, f"{label} ({base['avg_bytes']:.0f} B)", base["delivered"], base["msgs_per_s"], cpu, base["errors"])
        return base["msgs_per_s"]
    def plains(r):
        return plain_run(r, plain, "plain producer"), plain_run(r, plain_mi, "  same, mimalloc")
    # Plain, simulate, plain, ..., plain: each simulate run is compared with the mean of the plain
    # runs just before and after it, so load that drifts during the benchmark hits both alike.
    bases, sims, cpus = [plains(0)], [], []
    for r in range(1, int(rounds) + 1):
        sim, cpu = measure(broker, simulate(f"{seconds}s", r))
        row(r, f"fleetctl simulate ({sim['avg_bytes']:.0f} B)", sim["delivered"], sim["msgs_per_s"], cpu, sim["delivery_errors"])
        sims.append(sim["msgs_per_s"])
        cpus.append(cpu * 1e6 / max(sim["delivered"], 1))
        bases.append(plains(r))
    def ratios(k):
        return sorted(s / ((bases[i][k] + bases[i + 1][k]) / 2) for i, s in enumerate(sims))
    for k, what, target in [(0, "the plain producer", ", target >= 90%"), (1, "the plain producer with mimalloc", "")]:
        rs = ratios(k)
        print(f"simulate / {what} around it: {', '.join(f'{x:.0%}' for x in rs)} (median {median(rs):.0%}{target})")
    print(f"simulate CPU-us/msg median {median(cpus):.2f} (target <= 3)")

if "mock" in which:
    bench("librdkafka mock cluster", mock)
if "nisshi" in which:
    if nisshi:
        bench("nisshi", fresh_nisshi)
    else:
        print("\nnisshi: not on PATH (scripts/test.sh installs it); skipped")
PY
