#!/usr/bin/env bash
# Where a scenario's CPU goes, as a difference: one Payara Micro 6.2025.10 serves the request-mode, jakarta-security
# mode and Jakarta Security WARs side by side; each scenario runs under wrk while a JFR recording (settings=profile)
# samples the server, ROUNDS times in turn. jfr_frames.py then compares two scenarios per 10,000 requests.
#   me-request     /bench-request/api/me by session (request mode)         R2's A
#   base-request   /bench-request/api/baseline, the hand-made session check R2's B (its own session, no cdi-login login)
#   me-identity    /bench-identity/api/me by session (jakarta-security)    I1's A
#   jsec-guarded   /bench-jsec/api/guarded, Jakarta Security alone         I1's B
#
#   bash benchmarks/load/profile.sh              # WARMUP=40 SECONDS_PER_RUN=30 ROUNDS=2, about 10 minutes
#   python3 benchmarks/load/jfr_frames.py benchmarks/load/target/profile/me-request-{1,2}.jfr vs \
#       benchmarks/load/target/profile/base-request-{1,2}.jfr
# The first recording of a JVM slows it for a while (JFR's own start-up), so a throwaway one spans the warm-up.
# The WARs' sessions time out after two idle minutes: each run logs in anew.
set -euo pipefail
source "$(dirname "$0")/payara.sh"
STATE_DIR="$LOAD_DIR/target/profile"
OUT="$STATE_DIR"
PORT=${PORT:-18121}
WARMUP=${WARMUP:-40}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
ROUNDS=${ROUNDS:-2}
SCENARIOS=${SCENARIOS:-me-request base-request me-identity jsec-guarded}
command -v jcmd >/dev/null || { echo "jcmd (a JDK) is needed" >&2; exit 1; }

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}
ensure_wrk
build_wars
mkdir -p "$OUT"
rm -f "$OUT"/*.jfr "$OUT"/*.wrk "$OUT"/*.stacks "$OUT/profile.log"
trap stop_payaras EXIT
start_payara profile "$PORT" "$WAR_DIR/bench-request.war" "$WAR_DIR/bench-identity.war" "$WAR_DIR/bench-jsec.war"
PID=${PAYARA_PIDS[0]}
wait_ready profile "$PORT" /bench-request /bench-identity /bench-jsec
BASE="http://127.0.0.1:$PORT"

declare -A URL=([me-request]=/bench-request/api/me [base-request]=/bench-request/api/baseline
  [me-identity]=/bench-identity/api/me [jsec-guarded]=/bench-jsec/api/guarded)
declare -A LOGIN=([me-request]=/bench-request/login?user=u1 [base-request]=/bench-request/baseline-login?user=u1
  [me-identity]=/bench-identity/login?user=u1 [jsec-guarded]=/bench-jsec/jsec-login?user=u1)
# Made without a User-Agent, as wrk sends its requests (session protection would see another client).
session_cookie() {
  curl -s -H 'User-Agent:' -o /dev/null -D - "$BASE${LOGIN[$1]}" | tr -d '\r' \
    | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
# run SCENARIO SECONDS [FILE]: wrk against the scenario with a fresh session; refuses to go on if any answer is not 200
run() {
  local cookie out
  cookie=$(session_cookie "$1")
  out=$(wrk -t2 -c32 -d"$2s" -H "Cookie: $cookie" "$BASE${URL[$1]}")
  if grep -q 'Non-2xx' <<< "$out"; then echo "$1: answers other than 200: $out" >&2; exit 1; fi
  [ -z "${3:-}" ] || echo "$out" > "$3"
}

jcmd "$PID" JFR.start name=warmup settings=profile filename="$OUT/warmup.jfr" > /dev/null
for scenario in $SCENARIOS; do run "$scenario" "$WARMUP"; done
jcmd "$PID" JFR.stop name=warmup > /dev/null
rm -f "$OUT/warmup.jfr"
for round in $(seq 1 "$ROUNDS"); do
  for scenario in $SCENARIOS; do
    run "$scenario" 10
    jcmd "$PID" JFR.start name=run settings=profile filename="$OUT/$scenario-$round.jfr" > /dev/null
    before=$(awk '{print $14 + $15}' "/proc/$PID/stat")
    run "$scenario" "$SECONDS_PER_RUN" "$OUT/$scenario-$round.wrk"
    after=$(awk '{print $14 + $15}' "/proc/$PID/stat")
    jcmd "$PID" JFR.stop name=run > /dev/null
    requests=$(grep -oE '[0-9]+ requests in' "$OUT/$scenario-$round.wrk" | cut -d' ' -f1)
    echo "$scenario round $round: $requests requests, $(( (after - before) * 1000000 / $(getconf CLK_TCK) / requests )) µs CPU per request" \
      | tee -a "$OUT/profile.log"
  done
done
