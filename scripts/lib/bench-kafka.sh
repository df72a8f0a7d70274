# shellcheck shell=bash disable=SC2034  # sourced: the variables it sets are used by the sourcing script
# Sourced by the benchmarks that start their own Apache Kafka. Needs the repository root as the
# working directory. Defines:
#
#   bench_kafka_start DIR   start a fresh single-node Apache Kafka (scripts/kafka.sh) in DIR;
#                           sets bench_kafka_bootstrap (host:port) and bench_kafka_desc (one line:
#                           version, nodes, address, JVM and its flags, read from the running
#                           process, so the header says what really ran)
#   bench_kafka_stop DIR    stop it (a no-op if it is not running) and remove DIR
#   bench_kafka_dir         print a new temporary directory for it: under /dev/shm (tmpfs) with
#                           BENCH_KAFKA_TMPFS=1, else under $TMPDIR. The header names the data
#                           directory's filesystem: on this VM's ext4 the halt benchmark's second
#                           round was slowed by the broker's index writes (docs/fleet.md, "Halt
#                           latency"), on tmpfs it was not
#
# A fresh broker per benchmark run: figures of a broker that already holds earlier runs' records
# are not comparable, and a single node keeps the two cores for the clients being measured.
#
# Its JVM: BENCH_KAFKA_JVM=service (the default) sets it up as Apache Kafka's own start scripts
# do (kafka-server-start.sh: a 1 GiB heap; kafka-run-class.sh: G1 aiming at 20 ms pauses, the
# server compiler), the way the brokers fleetctl's users run are set up; BENCH_KAFKA_JVM=test
# keeps scripts/kafka.sh's own (a small heap, SerialGC, the quick C1 compiler only: quick to
# start, slower per request once warm). FLEETCTL_KAFKA_HEAP_OPTS and FLEETCTL_KAFKA_JVM_OPTS,
# when set, win over both; the header line says what ran. bench_kafka_jvm exports them.
bench_kafka_jvm() {
  case "${BENCH_KAFKA_JVM:-service}" in
    service)
      export FLEETCTL_KAFKA_HEAP_OPTS=${FLEETCTL_KAFKA_HEAP_OPTS:--Xms1g -Xmx1g}
      export FLEETCTL_KAFKA_JVM_OPTS=${FLEETCTL_KAFKA_JVM_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15}
      ;;
    test) ;;
    *)
      echo "BENCH_KAFKA_JVM must be service (the default) or test, not '$BENCH_KAFKA_JVM'" >&2
      return 2
      ;;
  esac
}

bench_kafka_start() {
  local dir=$1 pid cmdline
  mkdir -p "$dir"
  bench_kafka_jvm || return 2
  # kafka.sh prints only the bootstrap servers on stdout; its progress goes to stderr, which we
  # keep out of the benchmark's output unless starting fails.
  if ! bench_kafka_bootstrap=$(scripts/kafka.sh start --nodes 1 --dir "$dir" 2>"$dir/start.log"); then
    cat "$dir/start.log" >&2
    return 1
  fi
  pid=$(cat "$dir/node1/pid")
  # The JVM's own command line: java [flags] -cp CLASSPATH kafka.Kafka server.properties.
  cmdline=$(tr '\0' '\n' <"/proc/$pid/cmdline")
  local flags version java
  flags=$(sed -n '2,/^-cp$/p' <<<"$cmdline" | grep -v -e '^-cp$' -e '^-Djava.awt.headless' -e '^-Dlog4j2' | tr '\n' ' ')
  version=$(grep -o 'kafka_2\.13-[0-9][0-9.]*[0-9]\.jar' <<<"$cmdline" | head -n1 | sed 's/kafka_2\.13-//; s/\.jar$//')
  java=$(java -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  bench_kafka_desc="Apache Kafka ${version:-?}, single node at $bench_kafka_bootstrap, JVM $java ${flags% }, data on $(findmnt -n -o FSTYPE --target "$dir" 2>/dev/null || stat -f -c %T "$dir")"
}

bench_kafka_dir() {
  if [ "${BENCH_KAFKA_TMPFS:-0}" = 1 ]; then
    mktemp -d -p /dev/shm fleetctl-bench-kafka.XXXXXX
  else
    mktemp -d -t fleetctl-bench-kafka.XXXXXX
  fi
}

bench_kafka_stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  scripts/kafka.sh stop --dir "$dir" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
