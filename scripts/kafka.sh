#!/usr/bin/env bash
# A real Apache Kafka (KRaft, combined broker+controller nodes) assembled from Maven Central
# artifacts, for the tests and for developers. No Docker, no tarball: Maven resolves the broker
# and Kafka's own tools into ~/.m2, and `java -cp` runs them. See docs/kafka.md.
#
#   scripts/kafka.sh fetch                               resolve the jars, print the classpath file
#   scripts/kafka.sh start [--nodes 1|3] [--dir DIR]     start a cluster, print its bootstrap servers
#   scripts/kafka.sh stop [--dir DIR]                    stop every node (SIGTERM, SIGKILL after 30 s)
#   scripts/kafka.sh status [--dir DIR]                  one line per node; exit 0 if all are up
#   scripts/kafka.sh bootstrap [--dir DIR]               print the bootstrap servers
#   scripts/kafka.sh kill NODE [--dir DIR]               SIGKILL one node
#   scripts/kafka.sh restart NODE [--dir DIR]            start a stopped node again, same config and data
#   scripts/kafka.sh tool CLASS [ARGS...]                run one of Kafka's CLI classes (quiet logging)
set -euo pipefail

KAFKA_VERSION=${FLEETCTL_KAFKA_VERSION:-4.1.1}
# Kafka 4.0-4.2 log through SLF4J 1.7 (slf4j-api 1.7.36), hence log4j-slf4j-impl, not -slf4j2-impl.
LOG4J_VERSION=${FLEETCTL_KAFKA_LOG4J_VERSION:-2.24.3}
LOG4J_BINDING=${FLEETCTL_KAFKA_LOG4J_BINDING:-log4j-slf4j-impl}
# maven-dependency-plugin 2.8 is what Maven 3.8 picks by default; pinned so other Maven versions agree.
DEPENDENCY_PLUGIN_VERSION=2.8

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/kafka-secure.sh
. "$REPO_DIR/scripts/lib/kafka-secure.sh"
CACHE_DIR=${FLEETCTL_CACHE_DIR:-$HOME/.cache/fleetctl}
CLASSPATH_FILE="$CACHE_DIR/kafka-$KAFKA_VERSION.classpath"
DEFAULT_DIR=${FLEETCTL_KAFKA_DIR:-$REPO_DIR/target/kafka}
START_TIMEOUT=${FLEETCTL_KAFKA_START_TIMEOUT:-120}
STOP_TIMEOUT=${FLEETCTL_KAFKA_STOP_TIMEOUT:-30}
# Kafka's own scripts split these the same way (KAFKA_HEAP_OPTS, KAFKA_JVM_PERFORMANCE_OPTS).
HEAP_OPTS=${FLEETCTL_KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}
JVM_OPTS=${FLEETCTL_KAFKA_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
TOOL_OPTS=${FLEETCTL_KAFKA_TOOL_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
# A file of extra broker settings, appended to every node's server.properties (later keys win).
EXTRA_PROPERTIES=${FLEETCTL_KAFKA_EXTRA_PROPERTIES:-}

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
ms() { date +%s%3N; }
# Seconds since a ms() reading, with one decimal.
since() { local d=$(($(ms) - $1)); printf '%d.%d' $((d / 1000)) $((d % 1000 / 100)); }
die() { log "$*"; exit 1; }

usage() {
  cat <<EOF
Usage: scripts/kafka.sh COMMAND [OPTIONS]

Runs Apache Kafka $KAFKA_VERSION (KRaft) from Maven Central artifacts.

Commands:
  fetch                             resolve the jars with mvn (once) and print the classpath file
  start [--nodes 1|3] [--dir DIR]   format and start a cluster; prints the bootstrap servers once
                                    it answers Kafka requests (exit 1 if DIR's cluster still runs)
  start --secure [--dir DIR]        one node that also has SASL_PLAINTEXT, SASL_SSL, SSL and mTLS
                                    listeners (scripts/lib/kafka-secure.sh); writes DIR/secure.env
  start --secure --acls [--dir DIR] the same, authorising every request (StandardAuthorizer, deny
                                    when no ACL matches), with SCRAM users admin (super user) and
                                    one per fleetctl role, listed in DIR/secure.env
  stop [--dir DIR]                  SIGTERM every node, SIGKILL after ${STOP_TIMEOUT} s; exit 0 if none ran
  status [--dir DIR]                one line per node: node, port, pid, up/down; exit 0 if all up
  bootstrap [--dir DIR]             print the bootstrap servers of DIR's cluster
  kill NODE [--dir DIR]             SIGKILL node NODE (1..N)
  restart NODE [--dir DIR]          start node NODE again with its config and data, wait until started
  tool CLASS [ARGS...]              java -cp <classpath> CLASS ARGS... with WARN logging to stderr,
                                    e.g. org.apache.kafka.tools.TransactionsCommand --bootstrap-server B list
  --help                            this text

DIR defaults to \$FLEETCTL_KAFKA_DIR or <repo>/target/kafka.
Environment: FLEETCTL_KAFKA_VERSION ($KAFKA_VERSION), FLEETCTL_KAFKA_LOG4J_VERSION ($LOG4J_VERSION),
  FLEETCTL_KAFKA_LOG4J_BINDING ($LOG4J_BINDING; log4j-slf4j2-impl for a Kafka on SLF4J 2),
  FLEETCTL_CACHE_DIR (~/.cache/fleetctl), FLEETCTL_KAFKA_HEAP_OPTS ($HEAP_OPTS),
  FLEETCTL_KAFKA_JVM_OPTS ($JVM_OPTS), FLEETCTL_KAFKA_TOOL_OPTS,
  FLEETCTL_KAFKA_START_TIMEOUT ($START_TIMEOUT s), FLEETCTL_KAFKA_STOP_TIMEOUT ($STOP_TIMEOUT s),
  FLEETCTL_KAFKA_EXTRA_PROPERTIES (a file appended to every node's server.properties).
EOF
}

bad_usage() {
  printf 'kafka.sh: %s\n' "$*" >&2
  printf 'Try: scripts/kafka.sh --help\n' >&2
  exit 2
}

# Small helpers that bash does badly: free ports, a Kafka cluster id, and a readiness probe that
# speaks the Kafka protocol itself (ApiVersions, Metadata, FindCoordinator) over a plain socket.
PY_HELPER=$(cat <<'PYEOF'
import base64, socket, struct, sys, uuid

def ports(n):
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
    print(" ".join(str(s.getsockname()[1]) for s in socks))
    for s in socks:
        s.close()

def cluster_id():
    # The form of kafka.tools.StorageTool random-uuid (Uuid.randomUuid: URL-safe base64, no
    # padding, never starting with '-'), without starting a JVM for it.
    while True:
        u = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not u.startswith("-"):
            print(u)
            return

def recvn(s, n):
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError("connection closed")
        buf += chunk
    return buf

def call(port, api_key, version, body):
    with socket.create_connection(("127.0.0.1", port), 2) as s:
        s.settimeout(5)
        client = b"kafka.sh-probe"
        msg = struct.pack(">hhih", api_key, version, 42, len(client)) + client + body
        s.sendall(struct.pack(">i", len(msg)) + msg)
        (size,) = struct.unpack(">i", recvn(s, 4))
        data = recvn(s, size)
        if struct.unpack(">i", data[:4])[0] != 42:
            raise ValueError("wrong correlation id")
        return data[4:]

def kstring(text):
    raw = text.encode()
    return struct.pack(">h", len(raw)) + raw

def probe(args):
    want = int(args[0])
    coordinators = args[1] == "coordinators"
    node_ports = [int(p) for p in args[2:]]
    try:
        for port in node_ports:
            r = call(port, 18, 0, b"")  # ApiVersions v0
            (err,) = struct.unpack(">h", r[:2])
            if err:
                raise RuntimeError(f"ApiVersions error {err}")
            r = call(port, 3, 4, struct.pack(">i?", 0, False))  # Metadata v4, no topics
            (count,) = struct.unpack(">i", r[4:8])
            if count != want:
                raise RuntimeError(f"{count} of {want} brokers registered")
        if coordinators:
            # FindCoordinator v1 creates __consumer_offsets / __transaction_state on first use;
            # doing it here keeps that out of the first test that needs a group or a transaction.
            for key_type, what in ((0, "group"), (1, "transaction")):
                r = call(node_ports[0], 10, 1, kstring("kafka.sh-probe") + struct.pack(">b", key_type))
                (err,) = struct.unpack(">h", r[4:6])
                if err:
                    raise RuntimeError(f"{what} coordinator not available yet (error {err})")
    except Exception as e:  # noqa: BLE001 - any failure means "not ready yet"
        print(f"{type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)

cmd = sys.argv[1]
if cmd == "ports":
    ports(int(sys.argv[2]))
elif cmd == "cluster-id":
    cluster_id()
elif cmd == "probe":
    probe(sys.argv[2:])
PYEOF
)
py() { python3 -c "$PY_HELPER" "$@"; }

# ---------------------------------------------------------------------------------------------
# fetch

classpath_ok() {
  local file=$1 cp jar
  [ -s "$file" ] || return 1
  cp=$(<"$file")
  [ -n "$cp" ] || return 1
  local IFS=:
  for jar in $cp; do
    [ -f "$jar" ] || return 1
  done
}

write_pom() {
  cat >"$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/kafka.sh: the jars of Apache Kafka $KAFKA_VERSION and its tools. -->
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>fleetctl.test</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>$KAFKA_VERSION</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>$KAFKA_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka-tools</artifactId>
      <version>$KAFKA_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>$LOG4J_BINDING</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
  </dependencies>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-dependency-plugin</artifactId>
          <version>$DEPENDENCY_PLUGIN_VERSION</version>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
EOF
}

# The cached classpath is reused while its jars exist and it has the logging backend asked for.
classpath_current() {
  classpath_ok "$1" && grep -qF "/$LOG4J_BINDING/$LOG4J_VERSION/" "$1"
}

# Makes sure the classpath file is valid; prints nothing.
ensure_classpath() {
  classpath_current "$CLASSPATH_FILE" && return 0
  command -v mvn >/dev/null || die "mvn not found (Maven is needed once to fetch Kafka $KAFKA_VERSION)"
  mkdir -p "$CACHE_DIR"
  local lock="$CACHE_DIR/kafka-$KAFKA_VERSION.lock"
  exec 9>"$lock"
  if command -v flock >/dev/null; then flock 9; fi
  # Another process may have fetched while this one waited for the lock.
  if ! classpath_current "$CLASSPATH_FILE"; then
    local work="$CACHE_DIR/kafka-$KAFKA_VERSION"
    mkdir -p "$work"
    write_pom "$work/pom.xml"
    log "resolving Kafka $KAFKA_VERSION (+ log4j $LOG4J_VERSION) from Maven Central"
    local tmp="$CLASSPATH_FILE.tmp.$$"
    # mvn -q prints only errors (and a few stray ANSI resets): kept in a log, shown on failure.
    if ! (cd "$work" && mvn -B -q -f "$work/pom.xml" \
        "org.apache.maven.plugins:maven-dependency-plugin:$DEPENDENCY_PLUGIN_VERSION:build-classpath" \
        -Dmdep.outputFile="$tmp" -Dmdep.includeScope=runtime </dev/null >"$work/mvn.log" 2>&1); then
      sed 's/\x1b\[[0-9;]*m//g' "$work/mvn.log" >&2
      rm -f "$tmp"
      die "mvn could not resolve Kafka $KAFKA_VERSION (its output is above and in $work/mvn.log)"
    fi
    classpath_current "$tmp" || { rm -f "$tmp"; die "mvn wrote no usable classpath"; }
    # A binding for the wrong SLF4J line leaves the broker silent: no "Kafka Server started".
    if grep -q '/slf4j-api/2\.' "$tmp" && [ "$LOG4J_BINDING" = log4j-slf4j-impl ]; then
      log "warning: Kafka $KAFKA_VERSION uses SLF4J 2; set FLEETCTL_KAFKA_LOG4J_BINDING=log4j-slf4j2-impl"
    elif grep -q '/slf4j-api/1\.' "$tmp" && [ "$LOG4J_BINDING" = log4j-slf4j2-impl ]; then
      log "warning: Kafka $KAFKA_VERSION uses SLF4J 1.7; set FLEETCTL_KAFKA_LOG4J_BINDING=log4j-slf4j-impl"
    fi
    mv -f "$tmp" "$CLASSPATH_FILE"
  fi
  exec 9>&-
}

classpath() { ensure_classpath; cat "$CLASSPATH_FILE"; }

cmd_fetch() {
  [ $# -eq 0 ] || bad_usage "fetch takes no arguments"
  ensure_classpath
  printf '%s\n' "$CLASSPATH_FILE"
}

# ---------------------------------------------------------------------------------------------
# log4j configurations

write_server_log4j() {
  cat >"$1" <<'EOF'
# Written by scripts/kafka.sh. INFO for the kafka.* loggers (they say "Kafka Server started"),
# WARN for everything else, so the logs stay small.
status = warn
appender.out.type = Console
appender.out.name = out
appender.out.target = SYSTEM_OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.out.ref = out
logger.kafka.name = kafka
logger.kafka.level = info
logger.apachekafka.name = org.apache.kafka
logger.apachekafka.level = warn
EOF
}

tool_log4j() {
  local file="$CACHE_DIR/log4j2-tools.properties" tmp
  mkdir -p "$CACHE_DIR"
  tmp="$file.tmp.$$"
  cat >"$tmp" <<'EOF'
# Written by scripts/kafka.sh: Kafka's CLI tools log WARN and above to stderr, stdout stays data.
status = warn
appender.err.type = Console
appender.err.name = err
appender.err.target = SYSTEM_ERR
appender.err.layout.type = PatternLayout
appender.err.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.err.ref = err
EOF
  mv -f "$tmp" "$file"
  printf '%s\n' "$file"
}

cmd_tool() {
  [ $# -ge 1 ] || bad_usage "tool needs a CLASS"
  case $1 in -*) bad_usage "tool needs a CLASS, got '$1'" ;; esac
  local cls=$1 cp l4j
  shift
  cp=$(classpath)
  l4j=$(tool_log4j)
  # shellcheck disable=SC2086 # TOOL_OPTS is a list of JVM options
  exec java $TOOL_OPTS -Dlog4j2.configurationFile="$l4j" -cp "$cp" "$cls" "$@"
}

# ---------------------------------------------------------------------------------------------
# nodes in DIR: DIR/nodeN/{server.properties,kafka.log,pid,data/}

DIR=

parse_dir_only() {
  DIR=$DEFAULT_DIR
  while [ $# -gt 0 ]; do
    case $1 in
      --dir) [ $# -ge 2 ] || bad_usage "--dir needs a value"; DIR=$2; shift 2 ;;
      --dir=*) DIR=${1#--dir=}; shift ;;
      *) bad_usage "unexpected argument '$1'" ;;
    esac
  done
  set_dir "$DIR"
}

set_dir() {
  [ -n "$1" ] || bad_usage "--dir is empty"
  case $1 in
    /*) DIR=$1 ;;
    *) DIR="$PWD/$1" ;;
  esac
  DIR=${DIR%/}
}

# Node ids present in DIR, ascending.
node_ids() {
  local d
  for d in "$DIR"/node[0-9]*; do
    [ -f "$d/server.properties" ] || continue
    printf '%s\n' "${d##*/node}"
  done | sort -n
}

node_dir() { printf '%s/node%s' "$DIR" "$1"; }

# Pid of node $1 if it runs (and really is that node, not a recycled pid); else nothing, status 1.
node_pid() {
  local nd pid
  nd=$(node_dir "$1")
  [ -f "$nd/pid" ] || return 1
  pid=$(<"$nd/pid")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  # While the starting shell execs the JVM, /proc/PID/cmdline reads empty for a moment (longer
  # on a loaded machine: a 3-node start during the test suite once took it for an exit), so an
  # empty read is asked again before the node counts as gone.
  local try cmdline
  for try in 1 2 3 4 5 6 7 8 9 10; do
    [ -r "/proc/$pid/cmdline" ] || return 1
    cmdline=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [ -n "$cmdline" ] && break
    [ "$try" = 10 ] && return 1
    sleep 0.05
  done
  grep -qxF "$nd/server.properties" <<<"$cmdline" || return 1
  printf '%s\n' "$pid"
}

node_port() {
  sed -n 's|^listeners=PLAINTEXT://127\.0\.0\.1:\([0-9]*\),.*|\1|p' "$(node_dir "$1")/server.properties"
}

# True while pid $1 exists and is not a zombie (pid 1 of a container may reap late).
alive() {
  local state
  state=$(sed -n 's/^.*) \(.\).*/\1/p' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

launch_node() {
  local id=$1 nd cp
  nd=$(node_dir "$id")
  cp=$(<"$DIR/classpath")
  cp=$(<"$cp")
  # setsid: its own session, so the node survives the shell (and the terminal) that started it.
  # The inner shell records its own pid, then becomes the JVM (exec), so the pid is the JVM's.
  # shellcheck disable=SC2086,SC2016 # HEAP_OPTS/JVM_OPTS are lists; $$ is the inner shell's
  setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' kafka-node "$nd/pid" \
    java $HEAP_OPTS $JVM_OPTS -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$DIR/log4j2.properties" \
    -cp "$cp" kafka.Kafka "$nd/server.properties" \
    </dev/null >>"$nd/kafka.log" 2>&1 &
  local _
  for _ in $(seq 1 50); do
    [ -s "$nd/pid" ] && return 0
    sleep 0.1
  done
  die "node $id did not start (no pid file)"
}

write_server_properties() {
  local id=$1 n=$2 port=$3 cport=$4 voters=$5 nd rf isr
  nd=$(node_dir "$id")
  if [ "$n" -ge 3 ]; then rf=3; isr=2; else rf=1; isr=1; fi
  cat >"$nd/server.properties" <<EOF
# Written by scripts/kafka.sh start (Kafka $KAFKA_VERSION, $n-node test cluster).
process.roles=broker,controller
node.id=$id
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$nd/data
# Internal topics: the defaults (replication 3, min ISR 2) cannot be met by a single node.
offsets.topic.replication.factor=$rf
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$isr
# Topics created without a replication factor get one copy per node (up to 3).
default.replication.factor=$rf
# Few internal partitions (defaults 50), so creating them on first use is quick.
offsets.topic.num.partitions=4
transaction.state.log.num.partitions=4
share.coordinator.state.topic.num.partitions=1
# Tests must not wait 3 s for the first rebalance of a group.
group.initial.rebalance.delay.ms=0
# The log cleaner's dedupe buffer is 128 MB of heap by default; tests compact little.
log.cleaner.dedupe.buffer.size=16777216
EOF
  if [ -n "$EXTRA_PROPERTIES" ]; then
    printf '# From %s (FLEETCTL_KAFKA_EXTRA_PROPERTIES)\n' "$EXTRA_PROPERTIES" >>"$nd/server.properties"
    cat "$EXTRA_PROPERTIES" >>"$nd/server.properties"
  fi
}

fail_start() {
  local id nd
  log "$*"
  for id in $(node_ids); do
    nd=$(node_dir "$id")
    log "---- last lines of $nd/kafka.log ----"
    tail -n 30 "$nd/kafka.log" >&2 2>/dev/null || true
  done
  exit 1
}

# Waits until nodes "$@" logged "Kafka Server started" after byte offsets OFFSETS[id] of their logs,
# and the cluster answers: every running node answers ApiVersions and its Metadata lists every
# running node as a broker; with $1 = coordinators, the group and transaction coordinators too.
declare -A OFFSETS=()
wait_ready() {
  local coord=$1 id nd pid pending deadline last_note now reason="" all ports=() t0 started=""
  t0=$(ms)
  shift
  # Every node that runs now must be a registered broker (a node killed earlier is not counted).
  all=0
  for id in $(running_nodes); do
    ports+=("$(node_port "$id")")
    all=$((all + 1))
  done
  deadline=$((SECONDS + START_TIMEOUT))
  last_note=$SECONDS
  while :; do
    pending=()
    for id in "$@"; do
      nd=$(node_dir "$id")
      pid=$(node_pid "$id") || fail_start "node $id exited during start-up"
      if ! tail -c +"$((${OFFSETS[$id]:-0} + 1))" "$nd/kafka.log" | grep -q 'Kafka Server started'; then
        pending+=("$id")
      fi
    done
    if [ ${#pending[@]} -eq 0 ]; then
      if [ -z "$started" ]; then
        started=1
        log "'Kafka Server started' logged by node(s) $* after $(since "$t0") s"
      fi
      if reason=$(py probe "$all" "$coord" "${ports[@]}" 2>&1); then
        log "cluster answers (ApiVersions, Metadata: $all broker(s)$([ "$coord" = coordinators ] && echo ', group and transaction coordinators')) after $(since "$t0") s"
        return 0
      fi
    else
      reason="waiting for 'Kafka Server started' from node(s) ${pending[*]}"
    fi
    now=$SECONDS
    if [ "$now" -ge "$deadline" ]; then
      fail_start "not ready after ${START_TIMEOUT} s: $reason"
    fi
    if [ $((now - last_note)) -ge 10 ]; then
      log "still waiting ($reason)"
      last_note=$now
    fi
    sleep 0.2
  done
}

running_nodes() {
  local id
  for id in $(node_ids); do
    node_pid "$id" >/dev/null && printf '%s\n' "$id"
  done
  return 0
}

# Nodes launched by this run of start/restart: killed again if it fails, so none is left behind.
LAUNCHED=()
STARTED_OK=0
cleanup_failed_start() {
  [ "$STARTED_OK" = 1 ] && return 0
  local id pid
  for id in "${LAUNCHED[@]}"; do
    if pid=$(node_pid "$id"); then
      log "killing node $id (pid $pid): it did not come up"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

cmd_start() {
  local n=1 secure=0 acls=0
  DIR=$DEFAULT_DIR
  while [ $# -gt 0 ]; do
    case $1 in
      --secure) secure=1; shift ;;
      --acls) acls=1; shift ;;
      --nodes) [ $# -ge 2 ] || bad_usage "--nodes needs a value"; n=$2; shift 2 ;;
      --nodes=*) n=${1#--nodes=}; shift ;;
      --dir) [ $# -ge 2 ] || bad_usage "--dir needs a value"; DIR=$2; shift 2 ;;
      --dir=*) DIR=${1#--dir=}; shift ;;
      *) bad_usage "unexpected argument '$1'" ;;
    esac
  done
  case $n in 1|3) ;; *) bad_usage "--nodes must be 1 or 3, got '$n'" ;; esac
  if [ "$secure" = 1 ] && [ "$n" != 1 ]; then bad_usage "--secure starts one node only"; fi
  if [ "$acls" = 1 ] && [ "$secure" != 1 ]; then bad_usage "--acls needs --secure (roles log in with SASL)"; fi
  set_dir "$DIR"
  command -v java >/dev/null || die "java not found (Kafka $KAFKA_VERSION needs Java 17 or later)"
  command -v python3 >/dev/null || die "python3 not found"
  if [ -n "$EXTRA_PROPERTIES" ]; then
    [ -r "$EXTRA_PROPERTIES" ] || die "FLEETCTL_KAFKA_EXTRA_PROPERTIES: cannot read '$EXTRA_PROPERTIES'"
    case $EXTRA_PROPERTIES in /*) ;; *) EXTRA_PROPERTIES="$PWD/$EXTRA_PROPERTIES" ;; esac
  fi

  local t0 running
  t0=$(ms)
  if [ -d "$DIR" ]; then
    running=$(running_nodes)
    if [ -n "$running" ]; then
      die "a cluster is still running in $DIR (node(s) ${running//$'\n'/ }); run: scripts/kafka.sh stop --dir '$DIR'"
    fi
  fi
  ensure_classpath

  # A stopped cluster is wiped: only what this script creates, never DIR itself.
  mkdir -p "$DIR"
  local old
  for old in "$DIR"/node[0-9]* "$DIR/bootstrap" "$DIR/classpath" "$DIR/cluster.id" "$DIR/log4j2.properties" "$DIR/tls" "$DIR/secure.env"; do
    [ -e "$old" ] && rm -rf -- "$old"
  done

  local ports id voters="" bootstrap="" cid cp
  read -r -a ports <<<"$(py ports $((2 * n + 4 * secure)))"
  for id in $(seq 1 "$n"); do
    voters+="${voters:+,}$id@127.0.0.1:${ports[$((2 * id - 1))]}"
    bootstrap+="${bootstrap:+,}127.0.0.1:${ports[$((2 * id - 2))]}"
  done
  cid=$(py cluster-id)
  printf '%s\n' "$cid" >"$DIR/cluster.id"
  printf '%s\n' "$CLASSPATH_FILE" >"$DIR/classpath"
  write_server_log4j "$DIR/log4j2.properties"
  for id in $(seq 1 "$n"); do
    mkdir -p "$(node_dir "$id")/data"
    write_server_properties "$id" "$n" "${ports[$((2 * id - 2))]}" "${ports[$((2 * id - 1))]}" "$voters"
  done
  local format_extra=()
  if [ "$secure" = 1 ]; then
    secure_material "$DIR"
    secure_properties "$(node_dir 1)/server.properties" "${ports[@]:2:4}"
    if [ "$acls" = 1 ]; then acl_properties "$(node_dir 1)/server.properties"; fi
    mapfile -t format_extra < <(secure_format_args "$acls")
  fi

  # Format every node with the same cluster id (in parallel: each is a JVM start).
  cp=$(<"$CLASSPATH_FILE")
  local l4j pids=() nd
  l4j=$(tool_log4j)
  log "formatting $n node(s) in $DIR (cluster id $cid)"
  local tf
  tf=$(ms)
  for id in $(seq 1 "$n"); do
    nd=$(node_dir "$id")
    # shellcheck disable=SC2086
    java $TOOL_OPTS -Dlog4j2.configurationFile="$l4j" -cp "$cp" kafka.tools.StorageTool \
      format -t "$cid" -c "$nd/server.properties" "${format_extra[@]}" >"$nd/format.log" 2>&1 &
    pids+=("$!")
  done
  for id in $(seq 1 "$n"); do
    if ! wait "${pids[$((id - 1))]}"; then
      cat "$(node_dir "$id")/format.log" >&2
      die "formatting node $id failed"
    fi
  done

  log "formatted in $(since "$tf") s"
  trap cleanup_failed_start EXIT
  for id in $(seq 1 "$n"); do
    LAUNCHED+=("$id")
    launch_node "$id"
    OFFSETS[$id]=0
  done
  log "started $n node(s); waiting until they answer (at most ${START_TIMEOUT} s)"
  wait_ready coordinators $(seq 1 "$n")
  printf '%s\n' "$bootstrap" >"$DIR/bootstrap"
  if [ "$secure" = 1 ]; then secure_env "${ports[@]:2:4}" "$acls"; fi
  STARTED_OK=1
  log "cluster of $n node(s) up in $(since "$t0") s: $bootstrap"
  printf '%s\n' "$bootstrap"
}

# Waits until every pid in "$@" is gone or the deadline passes; prints the ones still alive.
wait_gone() {
  local deadline=$1 pid still
  shift
  while :; do
    still=()
    for pid in "$@"; do
      alive "$pid" && still+=("$pid")
    done
    if [ ${#still[@]} -eq 0 ] || [ "$SECONDS" -ge "$deadline" ]; then
      [ ${#still[@]} -eq 0 ] || printf '%s\n' "${still[@]}"
      return 0
    fi
    sleep 0.1
  done
}

cmd_stop() {
  parse_dir_only "$@"
  local id pid pids=() left t0
  t0=$(ms)
  [ -d "$DIR" ] || { log "nothing to stop in $DIR"; return 0; }
  for id in $(node_ids); do
    if pid=$(node_pid "$id"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
  done
  if [ ${#pids[@]} -eq 0 ]; then
    log "no node running in $DIR"
  else
    # All at once: a node's controlled shutdown needs the controller quorum, which stopping the
    # nodes one after the other would take away from the last ones.
    left=$(wait_gone $((SECONDS + STOP_TIMEOUT)) "${pids[@]}")
    if [ -n "$left" ]; then
      log "still running after ${STOP_TIMEOUT} s, killing: ${left//$'\n'/ }"
      # shellcheck disable=SC2086
      kill -KILL $left 2>/dev/null || true
      # shellcheck disable=SC2086
      wait_gone $((SECONDS + 10)) $left >/dev/null
    fi
    log "stopped ${#pids[@]} node(s) in $(since "$t0") s"
  fi
  for id in $(node_ids); do rm -f "$(node_dir "$id")/pid"; done
}

cmd_status() {
  parse_dir_only "$@"
  local id pid port state all_up=0 any=0
  for id in $(node_ids); do
    any=1
    port=$(node_port "$id")
    if pid=$(node_pid "$id") && port_open "$port"; then
      state=up
    else
      state=down
      all_up=1
      pid=${pid:--}
    fi
    printf 'node %s port %s pid %s %s\n' "$id" "$port" "$pid" "$state"
  done
  [ "$any" = 1 ] || { log "no cluster in $DIR"; return 1; }
  return "$all_up"
}

cmd_bootstrap() {
  parse_dir_only "$@"
  [ -s "$DIR/bootstrap" ] || die "no cluster started in $DIR (no $DIR/bootstrap)"
  cat "$DIR/bootstrap"
}

parse_node_and_dir() {
  [ $# -ge 1 ] || bad_usage "$CMD needs a NODE id"
  NODE=$1
  shift
  [[ $NODE =~ ^[0-9]+$ ]] || bad_usage "NODE must be a node id (1, 2, 3), got '$NODE'"
  parse_dir_only "$@"
  [ -f "$(node_dir "$NODE")/server.properties" ] || die "no node $NODE in $DIR"
}

cmd_kill() {
  parse_node_and_dir "$@"
  local pid
  if ! pid=$(node_pid "$NODE"); then
    log "node $NODE is not running"
    return 0
  fi
  kill -KILL "$pid" 2>/dev/null || true
  [ -z "$(wait_gone $((SECONDS + 10)) "$pid")" ] || die "node $NODE (pid $pid) survived SIGKILL"
  rm -f "$(node_dir "$NODE")/pid"
  log "killed node $NODE (pid $pid)"
}

cmd_restart() {
  parse_node_and_dir "$@"
  local nd pid t0
  t0=$(ms)
  nd=$(node_dir "$NODE")
  if pid=$(node_pid "$NODE"); then
    die "node $NODE is still running (pid $pid); kill or stop it first"
  fi
  [ -s "$DIR/classpath" ] || die "$DIR/classpath is missing; start the cluster with scripts/kafka.sh start"
  local cpfile
  cpfile=$(<"$DIR/classpath")
  classpath_ok "$cpfile" || die "the jars listed in $cpfile are gone; run scripts/kafka.sh fetch"
  rm -f "$nd/pid"
  OFFSETS[$NODE]=$(stat -c %s "$nd/kafka.log" 2>/dev/null || echo 0)
  printf '==== kafka.sh restart %s ====\n' "$(date -u +%FT%TZ)" >>"$nd/kafka.log"
  trap cleanup_failed_start EXIT
  LAUNCHED+=("$NODE")
  launch_node "$NODE"
  wait_ready nocoordinators "$NODE"
  STARTED_OK=1
  log "node $NODE up again in $(since "$t0") s (pid $(<"$nd/pid"))"
}

# ---------------------------------------------------------------------------------------------

[ $# -ge 1 ] || { usage >&2; exit 2; }
CMD=$1
shift
case $CMD in
  -h|--help|help) usage ;;
  fetch) cmd_fetch "$@" ;;
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  bootstrap) cmd_bootstrap "$@" ;;
  kill) cmd_kill "$@" ;;
  restart) cmd_restart "$@" ;;
  tool) cmd_tool "$@" ;;
  *) bad_usage "unknown command '$CMD'" ;;
esac
