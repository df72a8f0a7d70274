# shellcheck shell=bash
# Shared by the scripts that run one local service from a directory (registry.sh, jaeger.sh,
# prometheus.sh): a free port, whether it runs and answers, and stopping it without waiting
# forever.

# A free loopback TCP port.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Whether URL $1 answers an HTTP GET with a success status within a second.
http_ready() { python3 - "$1" <<'PYEOF'
import sys, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=1)
except Exception:
    sys.exit(1)
PYEOF
}

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
