#!/usr/bin/env bash
# The load benchmark (issues 6 and 15). One Payara Micro 6.2025.10 on 127.0.0.1 serves the benchmark WARs side
# by side (/bench with cdi-login, /bench-plain without, /bench-jsec with Jakarta Security, /bench-filter without
# cdi-login but behind a filter that does nothing); beside it, the Spring Boot peer on its embedded Tomcat, with
# Spring Security and without (benchmarks/spring). wrk measures the endpoints of each ratio in pairs, round
# after round, until every ratio's 95% bootstrap interval is within +-3% or the time limit passes
# (measure.sh); the verdicts, req/s and the servers' CPU time per request go to target/results.txt.
# See BENCHMARKS.md.
#
#   bash benchmarks/load/run.sh           # WARMUP=180 DURATION=5 TIME_LIMIT=900 MIN_ROUNDS=6 HALF_WIDTH=0.03
#   SPRING=0 bash benchmarks/load/run.sh  # without the Spring Boot peer
#   EXTRA=1 bash benchmarks/load/run.sh   # also bearer tokens and remember-cookie restores against public
#   ONLY=C1,C2,C3 SPRING=0 bash benchmarks/load/run.sh   # just those ratios (ids in the results)
set -euo pipefail
source "$(dirname "$0")/payara.sh"
source "$LOAD_DIR/measure.sh"

WARMUP=${WARMUP:-180}
SPRING=${SPRING:-1}
EXTRA=${EXTRA:-0}
PORT=${PORT:-18081}
SPRING_PORT=${SPRING_PORT:-18082}
SPRING_PLAIN_PORT=${SPRING_PLAIN_PORT:-18083}
BASE="http://127.0.0.1:$PORT"
BENCH=/bench PLAIN=/bench-plain JSEC=/bench-jsec FILTER=/bench-filter

ensure_wrk
reset_results
build_wars
[ "$SPRING" = 1 ] && build_spring
trap stop_payaras EXIT
start_payara bench "$PORT" "$WAR_DIR/bench.war" "$WAR_DIR/bench-plain.war" "$WAR_DIR/bench-jsec.war" \
  "$WAR_DIR/bench-filter.war"
PAYARA=${PAYARA_PIDS[0]}
if [ "$SPRING" = 1 ]; then
  start_spring spring "$SPRING_PORT" "$SPRING_DIR/target/bench-spring.jar"
  start_spring spring-plain "$SPRING_PLAIN_PORT" "$SPRING_DIR/target/plain/bench-spring.jar"
  SPRING_PID=${PAYARA_PIDS[1]} SPRING_PLAIN_PID=${PAYARA_PIDS[2]}
fi
wait_ready bench "$PORT" $BENCH $PLAIN $JSEC $FILTER
if [ "$SPRING" = 1 ]; then
  wait_ready spring "$SPRING_PORT"
  wait_ready spring-plain "$SPRING_PLAIN_PORT"
fi

# Credentials, made without a User-Agent as wrk sends its requests: session protection would otherwise see
# another client on every request of the run.
session_cookie() { # URL: the JSESSIONID the login at URL sets
  curl -s -H 'User-Agent:' -o /dev/null -D - "$1" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
COOKIES="$STATE_DIR/remember-cookies.txt"
: > "$COOKIES"
# Keeps at least 3 unsent remember values per connection in the file (a run loses those in flight).
top_up_cookies() {
  local i=0
  while [ "$(wc -l < "$COOKIES")" -lt $((CONNECTIONS * 3)) ]; do
    i=$((i + 1))
    curl -s -o /dev/null -D - "$BASE$BENCH/login?user=u$(( (i % 6) + 1 ))&remember=1" | tr -d '\r' \
      | sed -n 's/^Set-Cookie: remember_token=\([^;]*\).*/\1/Ip' >> "$COOKIES"
  done
}

PAYARA_NAME="Payara Micro 6.2025.10"
scenario public "$PAYARA" "$PAYARA_NAME" "$BASE$BENCH/api/public"
scenario public-without-cdi-login "$PAYARA" "$PAYARA_NAME" "$BASE$PLAIN/api/public"
scenario public-behind-an-empty-filter "$PAYARA" "$PAYARA_NAME" "$BASE$FILTER/api/public"
scenario public-jakarta-security "$PAYARA" "$PAYARA_NAME" "$BASE$JSEC/api/public"
scenario baseline-session "$PAYARA" "$PAYARA_NAME" "$BASE$BENCH/api/baseline" \
  "Cookie: $(session_cookie "$BASE$BENCH/baseline-login?user=u1")"
scenario me-session "$PAYARA" "$PAYARA_NAME" "$BASE$BENCH/api/me" "Cookie: $(session_cookie "$BASE$BENCH/login?user=u1")"
scenario jakarta-security-guarded "$PAYARA" "$PAYARA_NAME" "$BASE$JSEC/api/guarded" \
  "Cookie: $(session_cookie "$BASE$JSEC/jsec-login?user=u1")"
compare C1 public public-without-cdi-login 0.98 "public: cdi-login / without"
compare C2 public public-behind-an-empty-filter "" "public: cdi-login / an empty filter"
compare C3 public-behind-an-empty-filter public-without-cdi-login "" "public: an empty filter / no filter"
compare C4 me-session baseline-session 0.97 "/api/me by session / hand-made session baseline"
compare C5 me-session jakarta-security-guarded 1.3 "/api/me by session / Jakarta Security guarded"
compare C6 me-session public-without-cdi-login "" "/api/me by session / public without cdi-login"
compare J1 public-jakarta-security public-without-cdi-login "" "public: Jakarta Security / without"
if [ "$EXTRA" = 1 ]; then
  top_up_cookies
  scenario me-bearer "$PAYARA" "$PAYARA_NAME" "$BASE$BENCH/api/me" "Authorization: Bearer token-u2"
  scenario me-remember-cookie "$PAYARA" "$PAYARA_NAME" "$BASE$BENCH/api/me/remembered" lua
  compare C7 me-bearer public "" "/api/me by bearer token / public"
  compare C8 me-remember-cookie public "" "/api/me by remember cookie (a restore each) / public"
fi
if [ "$SPRING" = 1 ]; then
  SPRING_BASE="http://127.0.0.1:$SPRING_PORT"
  SPRING_NAME="Spring Boot 3.5.7, Tomcat"
  scenario spring-public "$SPRING_PID" "$SPRING_NAME + Security" "$SPRING_BASE/api/public"
  scenario spring-public-without-security "$SPRING_PLAIN_PID" "$SPRING_NAME" "http://127.0.0.1:$SPRING_PLAIN_PORT/api/public"
  scenario spring-me-session "$SPRING_PID" "$SPRING_NAME + Security" "$SPRING_BASE/api/me" \
    "Cookie: $(session_cookie "$SPRING_BASE/login?user=u1")"
  compare S1 spring-public spring-public-without-security "" "Spring: public: Spring Security / without"
  compare S2 spring-me-session spring-public-without-security "" "Spring: /api/me by session / public without security"
fi
check_scenarios

warm_up "$WARMUP"
measure
report "load benchmark: one Payara Micro 6.2025.10 -Xmx512m serving the four WARs$([ "$SPRING" = 1 ] && echo "; Spring Boot 3.5.7 (Tomcat) -Xmx512m with and without Spring Security")"

# Remember-me under parallel requests (spring-security #2648): the same value 8 times at once, the spent value
# again, and whether the user's other series survived; against cdi-login and Spring Security.
{
  echo
  echo "remember-me under parallel requests (RememberRace.java):"
  java "$LOAD_DIR/RememberRace.java" cdi-login "$BASE$BENCH" 8 11 | grep '^remember race'
  if [ "$SPRING" = 1 ]; then
    java "$LOAD_DIR/RememberRace.java" spring-security "http://127.0.0.1:$SPRING_PORT" 8 11 | grep '^remember race'
  fi
} | tee -a "$STATE_DIR/results.txt"
