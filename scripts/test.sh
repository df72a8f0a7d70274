#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need (Java and Maven if
# missing, Apache Kafka from Maven Central via scripts/kafka.sh, the confluent-kafka Python client
# the tests use as an independent check, Debian's Prometheus for tests/prometheus.rs and promtool),
# starts a single-node Apache Kafka on free loopback ports, and a throw-away PostgreSQL (Debian's
# `postgresql` package, installed when missing) for the archiver's tests, checks and unit-tests
# the alert rules of deploy/prometheus with promtool, a Jaeger v2 trace backend (scripts/jaeger.sh,
# built with Go once and cached) for tests/tracing/, an Apicurio schema registry
# (scripts/registry.sh, fetched with mvn once and cached) for tests/registry.rs, runs fmt, clippy
# and every test against them, and stops them all.
#
# FLEETCTL_TEST_BROKER=nisshi runs the same suite on nisshi 0.8.1 instead (optional
# compatibility run; the first one builds nisshi from crates.io, about 25 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"
broker_kind=${FLEETCTL_TEST_BROKER:-kafka}
export FLEETCTL_TEST_BROKER=$broker_kind

apt_install() {
  log "installing $* with apt-get"
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# The [avro] extra brings the schema registry client and fastavro: the registry tests write and
# read Avro records with confluent-kafka's own AvroSerializer and AvroDeserializer.
if ! python3 -c 'import confluent_kafka; from confluent_kafka.schema_registry.avro import AvroSerializer' 2>/dev/null; then
  log "installing confluent-kafka[avro] (independent client used by the tests)"
  python3 -m pip install --quiet --disable-pip-version-check 'confluent-kafka[avro]>=2.3'
fi

# Debian's package also installs a service; a policy-rc.d that refuses keeps its postinst from
# starting it (the tests run Prometheus themselves, on free ports, through scripts/prometheus.sh).
if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  policy=/usr/sbin/policy-rc.d
  added_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
    added_policy=1
  fi
  apt_install --no-install-recommends prometheus
  if [ -n "$added_policy" ]; then $sudo rm -f "$policy"; fi
fi
log "promtool: check and unit-test deploy/prometheus"
scripts/prometheus.sh check >/dev/null

workdir=$(mktemp -d)
cleanup_broker=:
cleanup() {
  $cleanup_broker || true
  scripts/postgres.sh stop --dir "$workdir/postgres" || true
  scripts/jaeger.sh stop --dir "$workdir/jaeger" || true
  scripts/registry.sh stop --dir "$workdir/registry" || true
  rm -rf "$workdir"
}
trap cleanup EXIT

# PostgreSQL for the archiver's tests (tests/archiver.rs); its server refuses to run as root,
# so scripts/postgres.sh runs it as the `postgres` user the package creates.
compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || apt_install postgresql
command -v psql >/dev/null || apt_install postgresql-client
# tests/top.rs runs `fleetctl top` in a real terminal: tmux on a private socket.
command -v tmux >/dev/null || apt_install tmux
# As root the server runs as `postgres`, which must be able to enter the work directory.
chmod 755 "$workdir"
started=$(date +%s)
FLEETCTL_TEST_DATABASE_URL=$(scripts/postgres.sh start --dir "$workdir/postgres")
export FLEETCTL_TEST_DATABASE_URL FLEETCTL_REQUIRE_DATABASE=1
log "PostgreSQL up at $FLEETCTL_TEST_DATABASE_URL after $(($(date +%s) - started)) s"

# Jaeger v2 for the tracing test (tests/tracing/): built once with Go from its module on the
# Go module proxy (about 11 minutes on 2 cores) and cached. It needs Go 1.24 or newer (Debian's
# golang-go is too old): scripts/jaeger.sh says so when go is missing.
started=$(date +%s)
{ read -r FLEETCTL_TEST_OTLP_ENDPOINT; read -r FLEETCTL_TEST_JAEGER_QUERY; } \
  < <(scripts/jaeger.sh start --dir "$workdir/jaeger")
export FLEETCTL_TEST_OTLP_ENDPOINT FLEETCTL_TEST_JAEGER_QUERY FLEETCTL_REQUIRE_TRACING=1
log "Jaeger up (OTLP $FLEETCTL_TEST_OTLP_ENDPOINT, query $FLEETCTL_TEST_JAEGER_QUERY) after $(($(date +%s) - started)) s"

# Apicurio Registry for the schema registry tests (tests/registry.rs): its Quarkus distribution
# from Maven Central (about 160 MB, fetched once and cached), in-memory storage. It needs Java
# 21 or newer; scripts/registry.sh looks under /usr/lib/jvm for one.
command -v mvn >/dev/null || apt_install maven
started=$(date +%s)
FLEETCTL_TEST_SCHEMA_REGISTRY=$(scripts/registry.sh start --dir "$workdir/registry")
export FLEETCTL_TEST_SCHEMA_REGISTRY FLEETCTL_REQUIRE_REGISTRY=1
log "Apicurio Registry up at $FLEETCTL_TEST_SCHEMA_REGISTRY after $(($(date +%s) - started)) s"

case "$broker_kind" in
  kafka)
    command -v java >/dev/null || apt_install openjdk-17-jre-headless
    command -v mvn >/dev/null || apt_install maven
    command -v openssl >/dev/null || apt_install openssl
    started=$(date +%s)
    # One node that also has SASL_PLAINTEXT, SASL_SSL, SSL and mTLS listeners for the security
    # tests (tests/security.rs); every other test uses its PLAINTEXT listener.
    bootstrap=$(scripts/kafka.sh start --secure --dir "$workdir/kafka")
    export FLEETCTL_TEST_SECURE_ENV="$workdir/kafka/secure.env"
    log "Apache Kafka up at $bootstrap after $(($(date +%s) - started)) s"
    cleanup_broker="scripts/kafka.sh stop --dir $workdir/kafka"
    export FLEETCTL_TEST_KAFKA_DIR="$workdir/kafka"
    broker_log() { tail -n 40 "$workdir"/kafka/node*/kafka.log >&2 || true; }
    ;;
  nisshi)
    NISSHI_VERSION=0.8.1
    if ! cargo install --list 2>/dev/null | grep -q "^nisshi v$NISSHI_VERSION:"; then
      log "installing nisshi $NISSHI_VERSION from crates.io (about 25 minutes on 2 cores, once per machine)"
      cargo install nisshi --version "$NISSHI_VERSION" --locked --ignore-rust-version --quiet
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    log "starting nisshi on 127.0.0.1:$port"
    nisshi broker --listener-url "tcp://127.0.0.1:$port" \
      --advertised-listener-url "tcp://127.0.0.1:$port" \
      --storage-engine memory://nisshi/ \
      --group-initial-rebalance-delay 0s >"$workdir/nisshi.log" 2>&1 &
    nisshi_pid=$!
    cleanup_broker="kill $nisshi_pid"
    for _ in $(seq 1 100); do
      python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
      kill -0 "$nisshi_pid" 2>/dev/null || { cat "$workdir/nisshi.log" >&2; log "nisshi exited"; exit 1; }
      sleep 0.2
    done
    bootstrap="127.0.0.1:$port"
    broker_log() { tail -n 40 "$workdir/nisshi.log" >&2 || true; }
    ;;
  *)
    log "FLEETCTL_TEST_BROKER must be kafka or nisshi, not $broker_kind"
    exit 2
    ;;
esac
export FLEETCTL_TEST_BROKERS="$bootstrap"
# Broker tests skip themselves without a broker (plain `cargo test`); here that is a failure.
export FLEETCTL_REQUIRE_BROKER=1

log "cargo fmt --check"
cargo fmt --all -- --check
log "cargo clippy -D warnings"
cargo clippy --locked --all-targets -- -D warnings
# A breaking schema change fails here: the code's schemas are checked (offline, BACKWARD) against
# the previous version of docs/schemas in git history, as a registry would check them against
# the latest registered version (docs/schemas.md).
previous=$(git log --format=%H -n 1 --skip 1 -- docs/schemas 2>/dev/null || true)
if [ -n "$previous" ]; then
  log "schemas check: the code's schemas against docs/schemas of ${previous:0:10}"
  mkdir -p "$workdir/schemas-before"
  git archive "$previous" docs/schemas | tar -x -C "$workdir/schemas-before"
  cargo run --locked --quiet -- --format json schemas check --offline \
    --against "$workdir/schemas-before/docs/schemas" >/dev/null
fi
log "cargo test against $broker_kind at $FLEETCTL_TEST_BROKERS"
status=0
# The fault test (tests/faults.rs) runs a 3-node cluster and 1,000 robots on the same 2 cores:
# it runs alone, after everything else, so that neither it nor the other tests time out for
# lack of CPU. Arguments given to this script (test filters) apply to the first run only, and
# skip the fault test.
start_s=$SECONDS
cargo test --locked -- --skip faults:: "$@" || status=$?
log "suite took $((SECONDS - start_s)) s"
# The fault test (2.5-5 minutes) runs by default; FLEETCTL_FAULT_TEST=0 skips it. Its history
# (runs 1-28, two CI failures and what each found) is in docs/kafka.md, "Faults on a 3-node cluster".
if [ "$status" -eq 0 ] && [ "$broker_kind" = kafka ] && [ $# -eq 0 ] &&
  [ "${FLEETCTL_FAULT_TEST:-1}" = 1 ]; then
  log "fault test (own 3-node cluster)"
  start_s=$SECONDS
  cargo test --locked --test main -- faults:: --nocapture || status=$?
  log "fault test took $((SECONDS - start_s)) s"
fi
if [ "$status" -ne 0 ]; then
  log "tests failed; last lines of the broker log:"
  broker_log
fi
exit "$status"
