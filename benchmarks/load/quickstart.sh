#!/usr/bin/env bash
# The quickstart as shipped under load (issue 15): examples/quickstart's WAR on Payara Micro 6.2025.10,
# started as `mvn package payara-micro:start` starts it (--nocluster, src/main/payara/preboot.txt, context
# root /, -Xmx512m here), and `/api/me` with alice's session against `/api/public`, measured in pairs until
# the 95% bootstrap interval is within +-3% or the time limit passes (measure.sh). Target: >= 0.88.
#
#   bash benchmarks/load/quickstart.sh                 # WARMUP=60 DURATION=5 TIME_LIMIT=600
#   BEFORE=<commit> bash benchmarks/load/quickstart.sh # also the quickstart of that commit, on a second server
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
  measured before 18102 "${PAYARA_PIDS[-1]}" "Payara Micro 6.2025.10, single" Q0 "quickstart of $BEFORE: /api/me by session / /api/public"
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
