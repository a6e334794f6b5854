#!/usr/bin/env bash
# The price of cdi-login.container-identity=jakarta-security (issue 12): the benchmark WAR (/bench) on two
# Payara Micro 6.2025.10 servers, one in the default mode (none) beside the Jakarta Security WAR
# (/bench-jsec), one started with -Dcdi-login.container-identity=jakarta-security, where the library's
# Jakarta Authentication module tells the container the caller of every request that has a session id or a
# remember cookie. Measured in pairs as run.sh measures (measure.sh), across the two servers:
#   I1 /api/me by session, jakarta-security mode / Jakarta Security's own guarded endpoint   target >= 1.3
#   I2 /api/me by session, jakarta-security mode / the same in mode none                     the mode's price
#   I3 /api/public (anonymous), jakarta-security mode / the same in mode none                the anonymous price
#
#   bash benchmarks/load/identity.sh          # WARMUP=60 DURATION=5 TIME_LIMIT=600
set -euo pipefail
source "$(dirname "$0")/payara.sh"
STATE_DIR="$LOAD_DIR/target/identity"
WARMUP=${WARMUP:-60}
TIME_LIMIT=${TIME_LIMIT:-600}
source "$LOAD_DIR/measure.sh"
NONE_PORT=${NONE_PORT:-18111}
MODE_PORT=${MODE_PORT:-18112}

ensure_wrk
reset_results
build_wars
trap stop_payaras EXIT
start_payara none "$NONE_PORT" "$WAR_DIR/bench.war" "$WAR_DIR/bench-jsec.war"
# FINE for the module's registration, so that the log shows the mode is on (checked below)
mkdir -p "$STATE_DIR"
cat > "$STATE_DIR/logging.properties" <<'PROPERTIES'
handlers=java.util.logging.ConsoleHandler
java.util.logging.ConsoleHandler.level=FINE
.level=INFO
io.github.cdilogin.internal.web.CallerRegistration.level=FINE
PROPERTIES
PAYARA_JVM="-Dcdi-login.container-identity=jakarta-security" \
  PAYARA_CLUSTER="--nocluster --logproperties $STATE_DIR/logging.properties" \
  start_payara mode "$MODE_PORT" "$WAR_DIR/bench.war"
NONE_PID=${PAYARA_PIDS[0]} MODE_PID=${PAYARA_PIDS[1]}
wait_ready none "$NONE_PORT" /bench /bench-jsec
wait_ready mode "$MODE_PORT" /bench

# Made without a User-Agent, as wrk sends its requests (session protection would see another client).
session_cookie() { # URL: the JSESSIONID the login at URL sets
  curl -s -H 'User-Agent:' -o /dev/null -D - "$1" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
NONE="http://127.0.0.1:$NONE_PORT" MODE="http://127.0.0.1:$MODE_PORT"
SERVER="Payara Micro 6.2025.10"
scenario me-session-jakarta-security-mode "$MODE_PID" "$SERVER, jakarta-security mode" "$MODE/bench/api/me" \
  "Cookie: $(session_cookie "$MODE/bench/login?user=u1")"
scenario public-jakarta-security-mode "$MODE_PID" "$SERVER, jakarta-security mode" "$MODE/bench/api/public"
scenario me-session-none "$NONE_PID" "$SERVER, mode none" "$NONE/bench/api/me" \
  "Cookie: $(session_cookie "$NONE/bench/login?user=u1")"
scenario public-none "$NONE_PID" "$SERVER, mode none" "$NONE/bench/api/public"
scenario jakarta-security-guarded "$NONE_PID" "$SERVER, mode none" "$NONE/bench-jsec/api/guarded" \
  "Cookie: $(session_cookie "$NONE/bench-jsec/jsec-login?user=u1")"
compare I1 me-session-jakarta-security-mode jakarta-security-guarded 1.3 "/api/me by session, jakarta-security mode / Jakarta Security guarded"
compare I2 me-session-jakarta-security-mode me-session-none "" "/api/me by session: jakarta-security mode / mode none"
compare I3 public-jakarta-security-mode public-none "" "/api/public: jakarta-security mode / mode none"
check_scenarios
grep -q "the container is told the caller of each request" "$STATE_DIR/mode/server.log" \
  || { echo "the mode's server registered no Jakarta Authentication module (see $STATE_DIR/mode/server.log)" >&2; exit 1; }

warm_up "$WARMUP"
measure
report "container-identity=jakarta-security: /bench on two Payara Micro 6.2025.10 -Xmx512m, mode none (with /bench-jsec) and jakarta-security"
