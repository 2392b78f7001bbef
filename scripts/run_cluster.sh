#!/usr/bin/env bash
# A whole demo cluster on this machine, on loopback: a Ray head and a second Ray node (separate
# processes, ports and CPUs, as two hosts would be), N app replicas (`streamlit run app.py` on the
# Ray backend) and HAProxy in front (deploy/haproxy/playground.cfg). README: "Deploying for a course".
#
#   scripts/run_cluster.sh start [--replicas N] [--port P] [--state-dir DIR] [--allow-network]
#   scripts/run_cluster.sh status | stop | url
#   scripts/run_cluster.sh stop-node K [--kill] | start-node K       (K: 1 = head, 2 = second node)
#   scripts/run_cluster.sh stop-replica K [--kill] | start-replica K
#   scripts/run_cluster.sh render-proxy --backends HOST:PORT,... [--port P] [--bind ADDR] [--stats ADDR:PORT]
#
# Ports, all from --port P (default 8600): HAProxy P, replicas P+1..P+N, HAProxy's status page P+90,
# Ray from P+1000 (head's GCS P+1000; node K's own ports P+1000+10K..+5, its workers' P+1000+100K..+99),
# so two Ray nodes coexist on one host and a second demo on another --port does not collide.
# State (process ids, ports, logs, the cookie secret, Ray's token) lives in --state-dir
# (default .cluster/, gitignored; env PLAYGROUND_CLUSTER_DIR). Every process is stopped by its own
# recorded id (checked against its recorded start time, so a recycled id is never signalled).
#
# Ray listens on loopback only when loopback is the only interface (otherwise it advertises this
# host's address), so `start` refuses to run where another interface is up unless --allow-network:
# run it as `scripts/in_loopback_namespace.sh scripts/run_cluster.sh start` (and the clients too,
# in that namespace), as the tests do.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# ---------- settings ----------
COMMAND="${1:-}"
[ "$#" -gt 0 ] && shift
TARGET=""
REPLICAS=2
PORT=8600
STATE_DIR="${PLAYGROUND_CLUSTER_DIR:-$ROOT/.cluster}"
ALLOW_NETWORK=0
KILL=0
BACKENDS=""
BIND_ADDR="127.0.0.1"
STATS_BIND=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --replicas) REPLICAS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --state-dir) STATE_DIR="$2"; shift 2 ;;
    --allow-network) ALLOW_NETWORK=1; shift ;;
    --kill) KILL=1; shift ;;
    --backends) BACKENDS="$2"; shift 2 ;;
    --bind) BIND_ADDR="$2"; shift 2 ;;
    --stats) STATS_BIND="$2"; shift 2 ;;
    [0-9]*) TARGET="$1"; shift ;;
    *) echo "run_cluster: unknown argument '$1' (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
[ "$COMMAND" = start ] && mkdir -p "$STATE_DIR"
[ -d "$STATE_DIR" ] && STATE_DIR="$(cd "$STATE_DIR" && pwd)"
LOGS="$STATE_DIR/logs"
PIDS="$STATE_DIR/pids"
ENV_FILE="$STATE_DIR/cluster.env"

VENV="${VIRTUAL_ENV:-$ROOT/.venv}"
RAY="$VENV/bin/ray"
STREAMLIT="$VENV/bin/streamlit"
HAPROXY="${HAPROXY:-$(command -v haproxy || echo /usr/sbin/haproxy)}"
START_TIMEOUT_S="${PLAYGROUND_CLUSTER_TIMEOUT_S:-120}" # per component; a loaded 2-core host is slow
RAY_NODES=2
NODE_CPUS=1
OBJECT_STORE_BYTES=$((256 * 1024 * 1024)) # snapshots are small; Ray's default would reserve 30% of RAM per node
UPLOAD_RATE_MAX=20                       # uploads per session per period (a student adds a few files at once)
UPLOAD_RATE_PERIOD_S=10

die() { echo "run_cluster: $*" >&2; exit 1; }
note() { echo "run_cluster: $*" >&2; }

# ---------- ports ----------
replica_port() { echo $((PORT + $1)); }
stats_port() { echo $((PORT + 90)); }
ray_port() { echo $((PORT + 1000)); }
node_port() { echo $((PORT + 1000 + 10 * $1 + $2)); } # node K, offset 0..5
worker_ports() { echo "$((PORT + 1000 + 100 * $1)) $((PORT + 1000 + 100 * $1 + 99))"; }

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

http_code() { # URL -> HTTP status, 000 when nothing answers
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

# ---------- processes by recorded id ----------
start_time() { # pid -> its start time in clock ticks (field 22 of /proc/PID/stat), empty when gone
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
  stat="${stat##*) }" # after the command name, which may hold spaces
  echo "$stat" | awk '{print $20}'
}

recorded_alive() { # name -> 0 when its recorded process is still that process
  local file="$PIDS/$1.pid" pid started
  [ -f "$file" ] || return 1
  read -r pid started <"$file"
  [ -n "$pid" ] && [ "$(start_time "$pid")" = "$started" ]
}

recorded_pid() { awk '{print $1}' "$PIDS/$1.pid" 2>/dev/null || true; }

descendants() { # pid -> "pid starttime" of every descendant, children first
  local pid="$1" child
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
    descendants "$child"
    echo "$child $(start_time "$child")"
  done
}

launch() { # name logfile env... -- command...: run in its own session, record "pid starttime"
  local name="$1" log="$2"
  shift 2
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  rm -f "$PIDS/$name.pid.tmp"
  # The child writes its own pid, then becomes the command (exec keeps the pid): no guessing via $!.
  # setsid: its own session and process group, so a Ctrl-C in this terminal does not reach it.
  # shellcheck disable=SC2016 # $$ and $@ are the child's
  env "${envs[@]}" setsid bash -c 'echo $$ >"$0.tmp"; exec "$@"' "$PIDS/$name.pid" "$@" \
    </dev/null >"$log" 2>&1 &
  local pid=""
  for _ in $(seq 50); do
    [ -s "$PIDS/$name.pid.tmp" ] && pid="$(cat "$PIDS/$name.pid.tmp")" && break
    sleep 0.1
  done
  [ -n "$pid" ] || die "$name did not start (see $log)"
  echo "$pid $(start_time "$pid")" >"$PIDS/$name.pid"
  rm -f "$PIDS/$name.pid.tmp"
  LAUNCHED+=("$pid $(start_time "$pid")") # in memory too, in case the state directory is deleted under us
}
LAUNCHED=()

kill_launched() { # what this very run started, by id, whatever happened to the records (a failed start)
  local entry p s
  for entry in "${LAUNCHED[@]}"; do
    read -r p s <<<"$entry"
    if [ "$(start_time "$p")" = "$s" ]; then
      descendants "$p" | while read -r child started; do
        if [ "$(start_time "$child")" = "$started" ]; then kill -KILL "$child" 2>/dev/null || true; fi
      done
      kill -KILL "$p" 2>/dev/null || true
    fi
  done
}

stop_recorded() { # name grace_s: SIGTERM (or SIGKILL with --kill), then SIGKILL whatever is left of its tree
  local name="$1" grace="$2" pid started tree line p s waited=0
  if ! recorded_alive "$name"; then
    rm -f "$PIDS/$name.pid"
    return 0
  fi
  read -r pid started <"$PIDS/$name.pid"
  # Its tree first: `ray start --block` stops its raylet, GCS and workers on SIGTERM, but a crash
  # (or --kill) would leave them to init, so they are known by id before any signal.
  tree="$(descendants "$pid")"
  if [ "$KILL" = 1 ]; then
    kill -KILL "$pid" 2>/dev/null || true
    while read -r p s; do
      if [ -n "$p" ] && [ "$(start_time "$p")" = "$s" ]; then kill -KILL "$p" 2>/dev/null || true; fi
    done <<<"$tree"
  else
    kill -TERM "$pid" 2>/dev/null || true
    while [ "$(start_time "$pid")" = "$started" ] && [ "$waited" -lt $((grace * 10)) ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    if [ "$(start_time "$pid")" = "$started" ]; then
      note "$name (pid $pid) ignored SIGTERM for ${grace} s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.5
    while read -r line; do
      [ -n "$line" ] || continue
      read -r p s <<<"$line"
      if [ "$(start_time "$p")" = "$s" ]; then
        note "$name: pid $p outlived its parent: SIGKILL"
        kill -KILL "$p" 2>/dev/null || true
      fi
    done <<<"$tree"
  fi
  rm -f "$PIDS/$name.pid"
  echo "stopped $name (pid $pid)"
}

wait_until() { # name timeout_s check-command...: poll until it succeeds; fail early if the process died
  local name="$1" timeout="$2" deadline
  shift 2
  deadline=$((SECONDS + timeout))
  until "$@"; do
    if ! recorded_alive "$name"; then
      tail -n 40 "$LOGS/$name.log" >&2 || true
      die "$name exited while starting (log: $LOGS/$name.log)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 40 "$LOGS/$name.log" >&2 || true
      die "$name not ready after ${timeout} s (log: $LOGS/$name.log; raise PLAYGROUND_CLUSTER_TIMEOUT_S on a slow host)"
    fi
    sleep 0.5
  done
}

# ---------- checks ----------
require_tools() {
  [ -x "$STREAMLIT" ] || die "streamlit is missing in $VENV: $VENV/bin/python -m pip install -r requirements.txt (scripts/run_app.sh creates the venv)"
  [ -x "$RAY" ] || die "ray is missing in $VENV: $VENV/bin/python -m pip install -r requirements-cluster.txt"
  [ -x "$HAPROXY" ] || die "haproxy is missing: sudo apt-get install haproxy (Debian's package)"
  command -v curl >/dev/null || die "curl is missing: sudo apt-get install curl"
}

require_loopback_only() {
  local others
  others="$(tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | grep -vx lo | paste -sd, - || true)"
  if [ -n "$others" ] && [ "$ALLOW_NETWORK" != 1 ]; then
    die "this network namespace also has ${others}; Ray would advertise that address, not 127.0.0.1." \
      "Run the demo where loopback is alone: scripts/in_loopback_namespace.sh $0 $COMMAND ... (clients too)," \
      "or pass --allow-network to accept Ray on this host's address."
  fi
}

save_settings() {
  {
    echo "PORT=$PORT"
    echo "REPLICAS=$REPLICAS"
    echo "RAY_TMP=$RAY_TMP"
    echo "URL=http://127.0.0.1:$PORT"
    echo "STATS_URL=http://127.0.0.1:$(stats_port)/"
    echo "RAY_ADDRESS=127.0.0.1:$(ray_port)"
    for k in $(seq "$REPLICAS"); do echo "REPLICA_${k}_URL=http://127.0.0.1:$(replica_port "$k")"; done
  } >"$ENV_FILE"
}

load_settings() {
  [ -f "$ENV_FILE" ] || die "no cluster recorded in $STATE_DIR (start one: $0 start)"
  # shellcheck disable=SC1090
  source "$ENV_FILE"
}

valid_index() { # kind K max
  [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -ge 1 ] && [ "$2" -le "$3" ] || die "$1 must be 1..$3, got '${2:-}'"
}

# ---------- Ray ----------
# A token in the caller's environment (a test run's own cluster) would override this cluster's file.
unset RAY_AUTH_TOKEN
# What every Ray process and every driver (the replicas) needs.
RAY_ENV=(
  "PYTHONPATH=$ROOT${PYTHONPATH:+:$PYTHONPATH}" # actor workers import `playground` from this checkout
  RAY_USAGE_STATS_ENABLED=0
  # This cluster's own token, not ~/.ray/auth_token: that one is shared by every Ray cluster started
  # from this account (and rewritten by them), and without a token anyone who can reach the GCS port
  # can run code on the nodes.
  RAY_AUTH_MODE=token
  "RAY_AUTH_TOKEN_PATH=$STATE_DIR/ray_auth_token"
)

ray_active_nodes() { # -> number of live nodes the head knows of
  local out
  out="$(env "${RAY_ENV[@]}" timeout 30 "$RAY" status --address "127.0.0.1:$(ray_port)" 2>/dev/null)" || { echo 0; return; }
  echo "$out" | awk '/^Active:/{on=1; next} /^(Pending|Recent failures):/{on=0} on && /node_/{n++} END{print n+0}'
}

start_node() { # K
  local k="$1" name="ray-node-$1" lo hi args
  recorded_alive "$name" && { note "$name already running"; return 0; }
  read -r lo hi <<<"$(worker_ports "$k")"
  args=(--block --num-cpus "$NODE_CPUS" --node-ip-address 127.0.0.1 --object-store-memory "$OBJECT_STORE_BYTES"
    --node-manager-port "$(node_port "$k" 0)" --object-manager-port "$(node_port "$k" 1)"
    --dashboard-agent-listen-port "$(node_port "$k" 2)" --dashboard-agent-grpc-port "$(node_port "$k" 3)"
    --runtime-env-agent-port "$(node_port "$k" 4)" --metrics-export-port "$(node_port "$k" 5)"
    --min-worker-port "$lo" --max-worker-port "$hi")
  if [ "$k" = 1 ]; then
    # The head: the GCS on its own port, no dashboard UI (its small API server still runs: fixed port).
    args+=(--head --port "$(ray_port)" --dashboard-port "$((PORT + 1001))" --include-dashboard=false
      --disable-usage-stats --temp-dir "$RAY_TMP")
  else
    args+=(--address "127.0.0.1:$(ray_port)")
  fi
  launch "$name" "$LOGS/$name.log" "${RAY_ENV[@]}" -- "$RAY" start "${args[@]}"
}

wait_nodes() { # count
  local want="$1"
  nodes_ready() { [ "$(ray_active_nodes)" -ge "$want" ]; }
  wait_until "ray-node-$want" "$START_TIMEOUT_S" nodes_ready
  echo "ray-node-$want up ($want node(s) in the cluster)"
}

# ---------- replicas ----------
start_replica() { # K
  local k="$1" name="replica-$1" port
  recorded_alive "$name" && { note "$name already running"; return 0; }
  port="$(replica_port "$k")"
  port_open "$port" && die "port $port is taken (replica $k); pick another --port"
  # The cookie secret goes in the environment, not on the command line, where `ps` shows it to every
  # user of the host. All replicas share it: cookies signed by one (st.login) are valid on the others.
  launch "$name" "$LOGS/$name.log" "${RAY_ENV[@]}" \
    "STREAMLIT_SERVER_COOKIE_SECRET=$(cat "$STATE_DIR/cookie_secret")" \
    PLAYGROUND_BACKEND=ray "PLAYGROUND_RAY_ADDRESS=127.0.0.1:$(ray_port)" \
    -- "$STREAMLIT" run app.py --server.port "$port" --server.address 127.0.0.1 --server.headless true
}

wait_replica() { # K
  local k="$1" url
  url="http://127.0.0.1:$(replica_port "$k")/_stcore/health"
  healthy() { [ "$(http_code "$url")" = 200 ]; }
  wait_until "replica-$k" "$START_TIMEOUT_S" healthy
  echo "replica-$k up (http://127.0.0.1:$(replica_port "$k"))"
}

# ---------- HAProxy ----------
max_upload_bytes() { # .streamlit/config.toml's server.maxUploadSize (MB, as Streamlit reads it) in bytes
  local mb
  mb="$(sed -n 's/^[[:space:]]*maxUploadSize[[:space:]]*=[[:space:]]*\([0-9]\+\).*/\1/p' .streamlit/config.toml | head -n 1)"
  echo $((${mb:-200} * 1024 * 1024)) # 200: Streamlit's default when the file sets none
}

render_proxy() { # front_bind stats_bind "host:port ..." -> the filled template on stdout
  local front="$1" stats="$2" servers="$3" line indent k=0 backend
  echo "# Filled in from deploy/haproxy/playground.cfg by scripts/run_cluster.sh ($(date -u +%Y-%m-%dT%H:%MZ))."
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" =~ ^[[:space:]]*# ]]; then # comments keep the template's field names
      echo "$line"
      continue
    fi
    if [[ "$line" == *"{{SERVERS}}"* ]]; then
      indent="${line%%\{\{SERVERS\}\}*}"
      for backend in $servers; do
        k=$((k + 1))
        echo "${indent}server r$k $backend check cookie r$k"
      done
      continue
    fi
    line="${line//\{\{FRONT_BIND\}\}/$front}"
    line="${line//\{\{STATS_BIND\}\}/$stats}"
    line="${line//\{\{MAXCONN\}\}/4096}"
    line="${line//\{\{MAX_UPLOAD_BYTES\}\}/$(max_upload_bytes)}"
    line="${line//\{\{UPLOAD_RATE_MAX\}\}/$UPLOAD_RATE_MAX}"
    line="${line//\{\{UPLOAD_RATE_PERIOD_S\}\}/$UPLOAD_RATE_PERIOD_S}"
    line="${line//\{\{UPLOAD_RATE_PERIOD\}\}/${UPLOAD_RATE_PERIOD_S}s}"
    echo "$line"
  done <"$ROOT/deploy/haproxy/playground.cfg"
}

proxy_status_of() { # server name (r1..) -> UP/DOWN/... as HAProxy sees it
  curl -s --max-time 3 "http://127.0.0.1:$(stats_port)/;csv" 2>/dev/null |
    awk -F, -v s="$1" '$1 == "replicas" && $2 == s {print $18}'
}

start_proxy() {
  local servers="" k
  recorded_alive haproxy && { note "haproxy already running"; return 0; }
  for k in $(seq "$REPLICAS"); do servers+="127.0.0.1:$(replica_port "$k") "; done
  render_proxy "127.0.0.1:$PORT" "127.0.0.1:$(stats_port)" "$servers" >"$STATE_DIR/haproxy.cfg"
  "$HAPROXY" -c -q -f "$STATE_DIR/haproxy.cfg" || die "HAProxy refused $STATE_DIR/haproxy.cfg (above)"
  port_open "$PORT" && die "port $PORT is taken; pick another --port"
  launch haproxy "$LOGS/haproxy.log" -- "$HAPROXY" -db -f "$STATE_DIR/haproxy.cfg"
  all_up() {
    local k
    for k in $(seq "$REPLICAS"); do
      recorded_alive "replica-$k" || continue # a replica stopped on purpose is DOWN, and that is fine
      [ "$(proxy_status_of "r$k")" = UP ] || return 1
    done
    [ "$(http_code "http://127.0.0.1:$PORT/_stcore/health")" = 200 ]
  }
  wait_until haproxy "$START_TIMEOUT_S" all_up
  echo "haproxy up (http://127.0.0.1:$PORT)"
}

# ---------- commands ----------
cmd_start() {
  [[ "$REPLICAS" =~ ^[0-9]+$ ]] && [ "$REPLICAS" -ge 1 ] && [ "$REPLICAS" -le 89 ] || die "--replicas must be 1..89"
  [[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1024 ] && [ "$PORT" -le 63000 ] || die "--port must be 1024..63000"
  require_tools
  require_loopback_only
  mkdir -p "$LOGS" "$PIDS"
  local name
  for name in haproxy ray-node-1 ray-node-2 $(for k in $(seq 89); do echo "replica-$k"; done); do
    recorded_alive "$name" && die "a cluster is already running from $STATE_DIR ($name): $0 stop first"
  done
  local port
  for port in "$PORT" "$(stats_port)" "$(ray_port)" $(for k in $(seq "$REPLICAS"); do replica_port "$k"; done); do
    port_open "$port" && die "port $port is taken (this cluster uses $PORT..$((PORT + 90)) and $(ray_port)..): pick another --port"
  done
  local t0=$SECONDS
  # Whatever fails from here on, nothing started is left running.
  trap 'if [ "${START_OK:-0}" != 1 ]; then note "start failed: stopping what was started"; cmd_stop || true; kill_launched; fi' EXIT
  RAY_TMP="$(mktemp -d "${TMPDIR:-/tmp}/pg-ray.XXXXXX")" # short: Ray's socket paths must fit 107 bytes
  save_settings
  umask 077
  od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$STATE_DIR/cookie_secret"
  od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$STATE_DIR/ray_auth_token"
  umask 022
  start_node 1
  wait_nodes 1
  start_node 2
  # The replicas start (importing the app) while the second node joins: the host has few cores.
  for k in $(seq "$REPLICAS"); do start_replica "$k"; done
  wait_nodes 2
  for k in $(seq "$REPLICAS"); do wait_replica "$k"; done
  start_proxy
  START_OK=1
  echo "cluster up in $((SECONDS - t0)) s: http://127.0.0.1:$PORT (state and logs: $STATE_DIR)"
}

cmd_stop() {
  # shellcheck disable=SC1090
  [ -f "$ENV_FILE" ] && source "$ENV_FILE"
  local file name
  local stoppers=()
  stop_recorded haproxy 10 &
  stoppers+=($!)
  for file in "$PIDS"/replica-*.pid; do # the proxy and all replicas at once: each takes a few seconds
    [ -e "$file" ] || continue
    name="$(basename "$file" .pid)"
    stop_recorded "$name" 15 &
    stoppers+=($!)
  done
  # Only these: after a failed start, the processes just launched are this shell's jobs too.
  wait "${stoppers[@]}" || true
  # Ray drains a node for up to 30 s on SIGTERM (its actors finish their call).
  stop_recorded ray-node-2 40
  stop_recorded ray-node-1 40
  if [ -n "${RAY_TMP:-}" ] && [[ "$RAY_TMP" == */pg-ray.* ]] && [ -d "$RAY_TMP" ]; then
    rm -rf "$LOGS/ray"
    cp -r "$RAY_TMP/session_latest/logs" "$LOGS/ray" 2>/dev/null || true # kept for reading after a test
    rm -rf "$RAY_TMP"
  fi
  rm -f "$ENV_FILE"
}

cmd_status() {
  load_settings
  local bad=0 k state
  printf '%-11s %-8s %-5s %s\n' component pid state detail
  for k in 1 2; do
    if recorded_alive "ray-node-$k"; then state=up; else state=down bad=1; fi
    printf '%-11s %-8s %-5s %s\n' "ray-node-$k" "$(recorded_pid "ray-node-$k")" "$state" \
      "$([ "$k" = 1 ] && echo "head $RAY_ADDRESS" || echo "node ports $(node_port 2 0)..")"
  done
  if recorded_alive ray-node-1; then echo "            ray: $(ray_active_nodes) node(s) alive"; fi
  for k in $(seq "$REPLICAS"); do
    state=down
    recorded_alive "replica-$k" && state=up
    [ "$state" = up ] || bad=1
    printf '%-11s %-8s %-5s %s\n' "replica-$k" "$(recorded_pid "replica-$k")" "$state" \
      "http://127.0.0.1:$(replica_port "$k") health $(http_code "http://127.0.0.1:$(replica_port "$k")/_stcore/health"), proxy sees $(proxy_status_of "r$k")"
  done
  if recorded_alive haproxy; then state=up; else state=down bad=1; fi
  printf '%-11s %-8s %-5s %s\n' haproxy "$(recorded_pid haproxy)" "$state" "$URL (status page $STATS_URL)"
  return "$bad"
}

case "$COMMAND" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  url) load_settings && echo "$URL" ;;
  stop-node)
    load_settings
    valid_index node "$TARGET" "$RAY_NODES"
    [ "$TARGET" = 1 ] && note "stopping the head: the whole Ray cluster goes, and the replicas' drivers with it"
    stop_recorded "ray-node-$TARGET" 40
    ;;
  start-node)
    load_settings
    valid_index node "$TARGET" "$RAY_NODES"
    require_loopback_only
    [ "$TARGET" = 1 ] && die "a head cannot rejoin its old cluster: $0 stop, then $0 start"
    recorded_alive ray-node-1 || die "the head (ray-node-1) is down: $0 stop, then $0 start"
    start_node "$TARGET"
    wait_nodes "$TARGET"
    ;;
  stop-replica)
    load_settings
    valid_index replica "$TARGET" "$REPLICAS"
    stop_recorded "replica-$TARGET" 15
    ;;
  start-replica)
    load_settings
    valid_index replica "$TARGET" "$REPLICAS"
    start_replica "$TARGET"
    wait_replica "$TARGET"
    proxy_sees_it() { [ "$(proxy_status_of "r$TARGET")" = UP ]; } # HAProxy's checks: rise 2 x 1 s
    wait_until "replica-$TARGET" "$START_TIMEOUT_S" proxy_sees_it
    echo "haproxy sends students to replica-$TARGET again"
    ;;
  render-proxy)
    [ -n "$BACKENDS" ] || die "render-proxy needs --backends HOST:PORT,HOST:PORT,..."
    render_proxy "$BIND_ADDR:$PORT" "${STATS_BIND:-127.0.0.1:8404}" "${BACKENDS//,/ }"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
