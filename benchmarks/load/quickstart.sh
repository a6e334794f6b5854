#!/usr/bin/env bash
# The quickstart as shipped under load (issue 15): examples/quickstart's WAR on Payara Micro 6.2025.10,
# started as `mvn package payara-micro:start` starts it (--nocluster, src/main/payara/preboot.txt, context
# root /, -Xmx512m here), and `/api/me` with alice's session against `/api/public`, measured in pairs until
# the 95% bootstrap interval is within +-3% or the time limit passes (measure.sh). Target: >= 0.88.
#
#   bash benchmarks/load/quickstart.sh                 # WARMUP=60 DURATION=5 TIME_LIMIT=600
#   BEFORE=<commit> bash benchmarks/load/quickstart.sh # also the quickstart of that commit, on a second server
#                                                      # (built against this tree's library: its own code only)
#   BEFORE=<commit> BEFORE_LIBRARY=1 ...               # and that commit's quickstart with that commit's library
#                                                      # on a third server (the whole application as it was)
#   PROFILE=20 bash benchmarks/load/quickstart.sh      # after the measurement, 20 s of async-profiler (itimer)
#                                                      # per server under /api/me, collapsed stacks in target/quickstart
#   CLUSTER=1 bash benchmarks/load/quickstart.sh       # also the shipped WAR as a cluster member
#                                                      # (preboot-cluster.txt, a one-member TCP/IP cluster)
# Every server is bound to 127.0.0.1; the cluster member's data grid too (--interfaces 127.0.0.1).
set -euo pipefail
source "$(dirname "$0")/payara.sh"
STATE_DIR="$LOAD_DIR/target/quickstart"
WARMUP=${WARMUP:-60}
TIME_LIMIT=${TIME_LIMIT:-600}
source "$LOAD_DIR/measure.sh"
BEFORE=${BEFORE:-}
BEFORE_LIBRARY=${BEFORE_LIBRARY:-0}
PROFILE=${PROFILE:-0}
ASPROF=${ASPROF:-$(command -v asprof || ls "$HOME"/.local/share/me.bechberger.ap-loader/*/bin/asprof-* 2>/dev/null | head -1 || true)}
CLUSTER=${CLUSTER:-0}
QUICKSTART="$LOAD_DIR/../../examples/quickstart"

ensure_wrk
reset_results
build_wars # the library into the local repository, and Payara Micro into war/target
mvn -B -q -f "$QUICKSTART" package -DskipTests
if [ -n "$BEFORE" ]; then
  rm -rf "$STATE_DIR/before" && mkdir -p "$STATE_DIR/before"
  (cd "$LOAD_DIR/../.." && git archive "$BEFORE" examples/quickstart) | tar -x -C "$STATE_DIR/before"
  mvn -B -q -f "$STATE_DIR/before/examples/quickstart" package -DskipTests
  if [ "$BEFORE_LIBRARY" = 1 ]; then
    # That commit's library, packaged (not installed: the local repository keeps this tree's), in place of this
    # tree's jar in a copy of that commit's WAR.
    rm -rf "$STATE_DIR/before-all" && mkdir -p "$STATE_DIR/before-all/src" "$STATE_DIR/before-all/war"
    (cd "$LOAD_DIR/../.." && git archive "$BEFORE") | tar -x -C "$STATE_DIR/before-all/src"
    mvn -B -q -f "$STATE_DIR/before-all/src" package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
    cp "$STATE_DIR/before/examples/quickstart/target/cdi-login-quickstart.war" "$STATE_DIR/before-all/cdi-login-quickstart.war"
    lib=$(unzip -Z1 "$STATE_DIR/before-all/cdi-login-quickstart.war" | grep '^WEB-INF/lib/cdi-login-[0-9].*\.jar$')
    mkdir -p "$STATE_DIR/before-all/war/$(dirname "$lib")"
    cp "$(ls "$STATE_DIR"/before-all/src/target/cdi-login-*.jar | grep -v -- '-\(tests\|sources\|javadoc\)\.jar$')" \
      "$STATE_DIR/before-all/war/$lib"
    jar uf "$STATE_DIR/before-all/cdi-login-quickstart.war" -C "$STATE_DIR/before-all/war" "$lib"
  fi
fi
trap stop_payaras EXIT

# start NAME PORT WAR PREBOOT [CLUSTER OPTIONS]: the quickstart as its pom's payara-micro:start runs it
start_quickstart() {
  local name=$1 port=$2 war=$3 preboot=$4
  shift 4
  PAYARA_PREBOOT=$preboot PAYARA_JVM="-Dcdi-login.secret-file=$STATE_DIR/cdi-login.secret" \
    PAYARA_CLUSTER="${*:---nocluster}" start_payara "$name" "$port" "$war"
  wait_ready "$name" "$port"
}
# login PORT: alice's cookies after the login form (no User-Agent, as wrk sends none)
login() {
  curl -s -H 'User-Agent:' -o /dev/null -D - -d 'username=alice&password=wonderland&next=' \
    "http://127.0.0.1:$1/login" | tr -d '\r' | sed -n 's/^Set-Cookie: \([^;]*\).*/\1/Ip' | paste -sd';' | sed 's/;/; /g'
}
# measured NAME PORT PID SERVER ID LABEL: its two scenarios and their ratio
measured() {
  scenario "$1-public" "$3" "$4" "http://127.0.0.1:$2/api/public"
  scenario "$1-me-session" "$3" "$4" "http://127.0.0.1:$2/api/me" "Cookie: $(login "$2")"
  echo "$1: alice's cookies for wrk: $(echo "${SCEN_HEADER[$1-me-session]}" | sed 's/=[^;]*/=.../g')"
  compare "$5" "$1-me-session" "$1-public" 0.88 "$6"
}

start_quickstart shipped 18101 "$QUICKSTART/target/cdi-login-quickstart.war" "$QUICKSTART/src/main/payara/preboot.txt"
measured shipped 18101 "${PAYARA_PIDS[0]}" "Payara Micro 6.2025.10, single" Q1 "quickstart as shipped: /api/me by session / /api/public"
if [ -n "$BEFORE" ]; then
  start_quickstart before 18102 "$STATE_DIR/before/examples/quickstart/target/cdi-login-quickstart.war" \
    "$STATE_DIR/before/examples/quickstart/src/main/payara/preboot.txt"
  measured before 18102 "${PAYARA_PIDS[-1]}" "Payara Micro 6.2025.10, single" Q0 "quickstart of $BEFORE (this library): /api/me by session / /api/public"
  if [ "$BEFORE_LIBRARY" = 1 ]; then
    start_quickstart before-all 18104 "$STATE_DIR/before-all/cdi-login-quickstart.war" \
      "$STATE_DIR/before/examples/quickstart/src/main/payara/preboot.txt"
    measured before-all 18104 "${PAYARA_PIDS[-1]}" "Payara Micro 6.2025.10, single" Q0L "quickstart and library of $BEFORE: /api/me by session / /api/public"
  fi
fi
if [ "$CLUSTER" = 1 ]; then
  start_quickstart member 18103 "$QUICKSTART/target/cdi-login-quickstart.war" "$QUICKSTART/src/main/payara/preboot-cluster.txt" \
    --clustermode tcpip:127.0.0.1:18600 --interfaces 127.0.0.1 --startport 18600 --nohostaware \
    --clustername "cdi-login-bench-$$"
  measured member 18103 "${PAYARA_PIDS[-1]}" "Payara Micro 6.2025.10, cluster member" Q2 "quickstart as a cluster member: /api/me by session / /api/public"
fi
check_scenarios

warm_up "$WARMUP"
measure
report "the quickstart under load: examples/quickstart on Payara Micro 6.2025.10 -Xmx512m, started as payara-micro:start starts it"

# profile NAME PORT PID: PROFILE seconds of async-profiler on the server under /api/me with alice's session
profile() {
  local out="$STATE_DIR/profile-$1-me.collapsed"
  "$ASPROF" -e itimer -d "$PROFILE" -o collapsed -f "$out" "$3" > /dev/null &
  local prof=$!
  sleep 1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((PROFILE + 1))s" -H "Cookie: $(login "$2")" "http://127.0.0.1:$2/api/me" > /dev/null
  wait "$prof"
  echo "profile of $1 under /api/me: $out ($(awk '{n += $NF} END {print n}' "$out") samples)"
}
if [ "$PROFILE" != 0 ]; then
  [ -x "$ASPROF" ] || { echo "PROFILE needs async-profiler's asprof (ASPROF=...)" >&2; exit 1; }
  profile shipped 18101 "${PAYARA_PIDS[0]}"
  if [ -n "$BEFORE" ]; then profile before 18102 "${PAYARA_PIDS[1]}"; fi
  if [ "$BEFORE_LIBRARY" = 1 ]; then profile before-all 18104 "${PAYARA_PIDS[2]}"; fi
fi
