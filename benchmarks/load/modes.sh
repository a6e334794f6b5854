#!/usr/bin/env bash
# The price of cdi-login.container-identity's modes (issue 12) under load. Three Payara Micro 6.2025.10 servers
# serve the benchmark WAR (/bench) and the same WAR without cdi-login (/bench-plain), one per mode: none (also
# serving the Jakarta Security WAR, /bench-jsec), request and jakarta-security (the mode set by a system
# property). Measured in pairs as run.sh measures (measure.sh):
#   I1 /api/me by session, jakarta-security mode / Jakarta Security's own guarded endpoint     target >= 1.3
#   I2 /api/me by session, jakarta-security mode / the same in mode none                       the mode's price
#   I3 /api/public (anonymous), jakarta-security mode / the same in mode none                  the anonymous price
#   R1 /api/public, request mode / the WAR without cdi-login on that server                    target >= 0.98
#   R2 /api/me by session, request mode / the hand-made session check without cdi-login        target >= 0.97
#   R3 /api/me by session, request mode / the same in mode none                                the mode's price
# Before measuring, /api/me/principal shows each server's mode: the logged-in user's id in request and
# jakarta-security mode, "-" in none.
#
#   bash benchmarks/load/modes.sh                      # WARMUP=60 DURATION=5 TIME_LIMIT=600, every ratio
#   ONLY=I1,I2,I3 bash benchmarks/load/modes.sh        # just those ratios
set -euo pipefail
source "$(dirname "$0")/payara.sh"
STATE_DIR="$LOAD_DIR/target/modes"
WARMUP=${WARMUP:-60}
TIME_LIMIT=${TIME_LIMIT:-600}
source "$LOAD_DIR/measure.sh"
NONE_PORT=${NONE_PORT:-18111}
JSEC_PORT=${JSEC_PORT:-18112}
REQUEST_PORT=${REQUEST_PORT:-18113}

ensure_wrk
reset_results
build_wars
trap stop_payaras EXIT
start_payara none "$NONE_PORT" "$WAR_DIR/bench.war" "$WAR_DIR/bench-plain.war" "$WAR_DIR/bench-jsec.war"
PAYARA_JVM="-Dcdi-login.container-identity=jakarta-security" \
  start_payara jakarta-security "$JSEC_PORT" "$WAR_DIR/bench.war" "$WAR_DIR/bench-plain.war"
PAYARA_JVM="-Dcdi-login.container-identity=request" \
  start_payara request "$REQUEST_PORT" "$WAR_DIR/bench.war" "$WAR_DIR/bench-plain.war"
NONE_PID=${PAYARA_PIDS[0]} JSEC_PID=${PAYARA_PIDS[1]} REQUEST_PID=${PAYARA_PIDS[2]}
wait_ready none "$NONE_PORT" /bench /bench-plain /bench-jsec
wait_ready jakarta-security "$JSEC_PORT" /bench /bench-plain
wait_ready request "$REQUEST_PORT" /bench /bench-plain

# Made without a User-Agent, as wrk sends its requests (session protection would see another client).
session_cookie() { # URL: the JSESSIONID the login at URL sets
  curl -s -H 'User-Agent:' -o /dev/null -D - "$1" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
NONE="http://127.0.0.1:$NONE_PORT" JSEC="http://127.0.0.1:$JSEC_PORT" REQUEST="http://127.0.0.1:$REQUEST_PORT"
NONE_SESSION=$(session_cookie "$NONE/bench/login?user=u1")
JSEC_SESSION=$(session_cookie "$JSEC/bench/login?user=u1")
REQUEST_SESSION=$(session_cookie "$REQUEST/bench/login?user=u1")
principal() { curl -s -H 'User-Agent:' -H "Cookie: $2" "$1/bench/api/me/principal"; }
for mode in "none $NONE $NONE_SESSION -" "jakarta-security $JSEC $JSEC_SESSION u1" "request $REQUEST $REQUEST_SESSION u1"; do
  read -r name url cookie expected <<< "$mode"
  seen=$(principal "$url" "$cookie")
  [ "$seen" = "$expected" ] || { echo "the $name server's platform sees '$seen', not '$expected': is the mode on? (log: $STATE_DIR/$name/server.log)" >&2; exit 1; }
  echo "$name: the platform sees '$seen'"
done

SERVER="Payara Micro 6.2025.10"
scenario me-session-jakarta-security-mode "$JSEC_PID" "$SERVER, jakarta-security" "$JSEC/bench/api/me" "Cookie: $JSEC_SESSION"
scenario public-jakarta-security-mode "$JSEC_PID" "$SERVER, jakarta-security" "$JSEC/bench/api/public"
scenario me-session-none "$NONE_PID" "$SERVER, none" "$NONE/bench/api/me" "Cookie: $NONE_SESSION"
scenario public-none "$NONE_PID" "$SERVER, none" "$NONE/bench/api/public"
scenario jakarta-security-guarded "$NONE_PID" "$SERVER, none" "$NONE/bench-jsec/api/guarded" \
  "Cookie: $(session_cookie "$NONE/bench-jsec/jsec-login?user=u1")"
scenario me-session-request-mode "$REQUEST_PID" "$SERVER, request" "$REQUEST/bench/api/me" "Cookie: $REQUEST_SESSION"
scenario public-request-mode "$REQUEST_PID" "$SERVER, request" "$REQUEST/bench/api/public"
scenario public-without-cdi-login "$REQUEST_PID" "$SERVER, request" "$REQUEST/bench-plain/api/public"
scenario baseline-session-without-cdi-login "$REQUEST_PID" "$SERVER, request" "$REQUEST/bench-plain/api/baseline" \
  "Cookie: $(session_cookie "$REQUEST/bench-plain/baseline-login?user=u1")"
compare I1 me-session-jakarta-security-mode jakarta-security-guarded 1.3 "/api/me by session: jakarta-security mode / Jakarta Security guarded"
compare I2 me-session-jakarta-security-mode me-session-none "" "/api/me by session: jakarta-security mode / mode none"
compare I3 public-jakarta-security-mode public-none "" "/api/public: jakarta-security mode / mode none"
compare R1 public-request-mode public-without-cdi-login 0.98 "/api/public: request mode / without cdi-login"
compare R2 me-session-request-mode baseline-session-without-cdi-login 0.97 "/api/me by session: request mode / hand-made, without cdi-login"
compare R3 me-session-request-mode me-session-none "" "/api/me by session: request mode / mode none"
check_scenarios

warm_up "$WARMUP"
measure
report "container-identity modes: /bench and /bench-plain on three Payara Micro 6.2025.10 -Xmx512m, one per mode (none also serves /bench-jsec)"
