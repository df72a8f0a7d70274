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
# Every run gets a fresh broker (or, on an existing broker, fresh topics): figures of a broker
# that already holds earlier runs' records are not comparable (an in-memory broker fell from 370k
# to 120k msgs/s over eleven runs on one instance).
#
# Tracing (BENCH_PARTS=tracing, or both parts by default): the same simulate run with tracing off
# (no OTEL_* variables), on with the default sampler (telemetry roots at 0.01) and on with every
# report traced (OTEL_TRACES_SAMPLER=always_on), exporting to a local Jaeger (scripts/jaeger.sh);
# BENCH_BASELINE=PATH adds a fleetctl binary built without tracing (e.g. the commit before it) to
# the rotation, so that "off" can be compared with no tracing code at all. Modes alternate within
# each round, and medians are printed with each mode's ratio to tracing off.
#
# Brokers, BENCH_BROKER (comma-separated, default kafka): `kafka`, a fresh single-node Apache
# Kafka per run (scripts/kafka.sh, about 5 s to start); `mock`, the embedded broker
# (`fleetctl dev broker`). BENCH_BROKERS=HOST:PORT uses an existing broker instead, with fresh
# prefixed topics per run. Options via environment: ROBOTS (10000), BENCH_SECONDS (10), ROUNDS (5:
# plain and simulate alternate, starting and ending with plain; each simulate run is compared
# with the mean of its two neighbours, and the median ratio is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# The fresh brokers below get the benchmarks' JVM (Kafka's own start-script settings by default).
# shellcheck source=scripts/lib/bench-kafka.sh
. scripts/lib/bench-kafka.sh
bench_kafka_jvm

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin fleetctl --example plain_producer --example plain_producer_mimalloc
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
export FLEETCTL_CONFIG_DIR="$cfg"

python3 - "$CARGO_TARGET_DIR/release/fleetctl" "$CARGO_TARGET_DIR/release/examples/plain_producer" \
  "$CARGO_TARGET_DIR/release/examples/plain_producer_mimalloc" \
  "${ROBOTS:-10000}" "${BENCH_SECONDS:-10}" "${ROUNDS:-5}" "${BENCH_BROKER:-kafka}" \
  "${BENCH_BROKERS:-}" "${BENCH_PARTS:-plain,tracing}" "${BENCH_BASELINE:-}" <<'PY'
import contextlib, json, os, re, shutil, signal, subprocess, sys, tempfile
fleetctl, plain, plain_mi, robots, seconds, rounds, which, existing, parts, baseline = sys.argv[1:]
# A SIGTERM still runs the `finally` blocks that stop the brokers.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

# Each broker context yields (bootstrap servers, topic prefix).
@contextlib.contextmanager
def mock():
    p = subprocess.Popen([fleetctl, "--format", "ndjson", "-q", "dev", "broker", "--no-context",
                          "--robots", robots], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        yield json.loads(p.stdout.readline())["bootstrap_servers"], ""
    finally:
        p.kill()
        p.wait()

def kafka_desc(d):
    """Version and JVM flags of the running node, from its command line."""
    pid = open(os.path.join(d, "node1", "pid")).read().strip()
    args = open(f"/proc/{pid}/cmdline").read().split("\0")
    flags = [a for a in args[1:args.index("-cp")] if not a.startswith(("-Djava.awt", "-Dlog4j2"))]
    m = re.search(r"kafka_2\.13-([0-9.]+)\.jar", args[args.index("-cp") + 1])
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    jv = re.search(r'version "([^"]+)"', java)
    return f"Apache Kafka {m.group(1) if m else '?'}, single node, JVM {jv.group(1) if jv else '?'} {' '.join(flags)}"

described = []
@contextlib.contextmanager
def fresh_kafka():
    d = tempfile.mkdtemp(prefix="fleetctl-bench-kafka.")
    try:
        r = subprocess.run(["scripts/kafka.sh", "start", "--nodes", "1", "--dir", d], capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            sys.exit("scripts/kafka.sh start failed")
        brokers = r.stdout.strip()
        if not described:
            described.append(kafka_desc(d))
        subprocess.run([fleetctl, "-q", "--broker-timeout", "60s", "--brokers", brokers, "topics", "create", "--robots", robots],
                       check=True, stdout=subprocess.DEVNULL)
        yield brokers, ""
    finally:
        subprocess.run(["scripts/kafka.sh", "stop", "--dir", d], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(d, ignore_errors=True)

runs = [0]
@contextlib.contextmanager
def existing_broker():
    runs[0] += 1
    prefix = f"bench{os.getpid()}r{runs[0]}."
    subprocess.run([fleetctl, "-q", "--broker-timeout", "60s", "--brokers", existing, "--topic-prefix", prefix, "topics", "create",
                    "--robots", robots], check=True, stdout=subprocess.DEVNULL)
    yield existing, prefix

def measure(broker, cmd, env=None):
    with broker() as (brokers, prefix):
        cmd = [c.replace("{brokers}", brokers).replace("{prefix}", prefix) for c in cmd]
        if not prefix and "--topic-prefix" in cmd:
            i = cmd.index("--topic-prefix")
            del cmd[i:i + 2]
        clean = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**clean, **(env or {})})
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{cmd[0]} failed with status {status}: {out!r}")
    return json.loads(out), ru.ru_utime + ru.ru_stime

topics = "{prefix}robot-telemetry-control,{prefix}robot-telemetry-safety"
def simulate(duration, seed, exe=fleetctl):
    return [exe, "--brokers", "{brokers}", "--topic-prefix", "{prefix}", "--format", "json", "-q",
            "simulate", "--robots", robots,
            "--interval", "1", "--speedup", "1000", "--duration", duration, "--seed", str(seed)]

def row(r, label, n, rate, cpu, errors):
    print(f"{r:<6}{label:24}{n:>12}{rate:>12.0f}{cpu * 1e6 / max(n, 1):>12.2f}{errors:>8}")

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]

def bench(name, broker):
    fresh = "fresh topics" if broker is existing_broker else "a fresh broker"
    print(f"\n{name}, {robots} robots, {seconds}s per run, {rounds} rounds, {fresh} per run")
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
    if broker is fresh_kafka and described:
        print(f"broker: {described[0]}")

@contextlib.contextmanager
def jaeger():
    d = tempfile.mkdtemp(prefix="fleetctl-bench-jaeger.")
    try:
        r = subprocess.run(["scripts/jaeger.sh", "start", "--dir", d], capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            sys.exit("scripts/jaeger.sh start failed")
        yield r.stdout.split()[0]
    finally:
        subprocess.run(["scripts/jaeger.sh", "stop", "--dir", d], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(d, ignore_errors=True)

def tracing_bench(name, broker):
    print(f"\n{name}, tracing: {robots} robots, {seconds}s per run, {rounds} rounds, exporting to a local Jaeger")
    print(f"{'round':6}{'':24}{'delivered':>12}{'msgs/s':>12}{'CPU-us/msg':>12}{'errors':>8}")
    with jaeger() as endpoint:
        on = {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint}
        modes = [("tracing off", fleetctl, {}), ("on, default sampler", fleetctl, on),
                 ("on, every report", fleetctl, {**on, "OTEL_TRACES_SAMPLER": "always_on"})]
        if baseline:
            modes.insert(0, ("no tracing code", baseline, {}))
        rates = {m[0]: [] for m in modes}
        cpus = {m[0]: [] for m in modes}
        for r in range(1, int(rounds) + 1):
            for label, exe, env in modes:
                sim, cpu = measure(broker, simulate(f"{seconds}s", r, exe), env)
                row(r, label, sim["delivered"], sim["msgs_per_s"], cpu, sim["delivery_errors"])
                rates[label].append(sim["msgs_per_s"])
                cpus[label].append(cpu * 1e6 / max(sim["delivered"], 1))
    off = median(rates["tracing off"])
    for label, *_ in modes:
        m = median(rates[label])
        print(f"median {label:22} {m:>10.0f} msgs/s ({m / off:.0%} of off), {median(cpus[label]):.2f} CPU-us/msg")

def run_parts(name, broker):
    if "plain" in parts.split(","):
        bench(name, broker)
    if "tracing" in parts.split(","):
        tracing_bench(name, broker)

if existing:
    run_parts(f"existing broker {existing}", existing_broker)
else:
    for w in which.split(","):
        if w == "kafka":
            run_parts("Apache Kafka", fresh_kafka)
        elif w == "mock":
            run_parts("librdkafka mock cluster", mock)
        else:
            sys.exit(f"BENCH_BROKER: unknown broker {w!r} (kafka, mock)")
PY
