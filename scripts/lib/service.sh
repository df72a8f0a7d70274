# shellcheck shell=bash
# Shared by the scripts that run one local service from a directory (registry.sh, jaeger.sh,
# prometheus.sh): whether it runs, and stopping it without waiting forever.

# Whether the process in pid file $1 is alive.
pid_running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Stops the process in pid file $1 (named $2 in the log): SIGTERM, then SIGKILL after $3 s.
stop_pid() {
  local pidfile=$1 name=$2 timeout=$3 pid waited=0
  pid_running "$pidfile" || { rm -f "$pidfile"; return 0; }
  pid=$(cat "$pidfile")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge $((timeout * 5)) ]; then
      echo "$name (pid $pid) still runs after ${timeout} s; SIGKILL" >&2
      kill -9 "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
}
