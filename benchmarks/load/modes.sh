#!/usr/bin/env bash
# The price of cdi-login.container-identity's modes (issue 12) under load. One Payara Micro 6.2025.10 serves the
# benchmark WAR once per mode, side by side (/bench in none, the default; /bench-request and /bench-identity
# in request and jakarta-security, each set in the WAR's microprofile-config.properties), the same WAR without
# cdi-login (/bench-plain), the same behind a servlet filter that does nothing (/bench-filter) and the Jakarta
# Security WAR (/bench-jsec). Measured in pairs as run.sh measures
# (measure.sh), every pair on the one server:
#   I1 /api/me by session, jakarta-security mode / Jakarta Security's own guarded endpoint     target >= 1.3
#   I2 /api/me by session, jakarta-security mode / the same in mode none                       the mode's price
#   I3 /api/public (anonymous), jakarta-security mode / the same in mode none                  the anonymous price
#   R1 /api/public, request mode / the WAR without cdi-login                                   target >= 0.98
#   R2 /api/me by session, request mode / the hand-made session check in the same WAR         target >= 0.97
#   R3 /api/public, request mode / the same in mode none                                       the anonymous price
#   F1 /api/public behind a servlet filter that does nothing / the WAR without cdi-login        any filter's price
#   F2 /api/public, request mode / the WAR with the filter that does nothing                   the library's own
# Before measuring, /api/me/principal shows each WAR's mode: the logged-in user's id in request and
# jakarta-security mode, "-" in none.
#
#   bash benchmarks/load/modes.sh                      # WARMUP=60 DURATION=5 TIME_LIMIT=600, every ratio
#   ONLY=I1,I2,I3 bash benchmarks/load/modes.sh        # just those ratios, and only the WARs they need
set -euo pipefail
source "$(dirname "$0")/payara.sh"
STATE_DIR="$LOAD_DIR/target/modes"
WARMUP=${WARMUP:-60}
TIME_LIMIT=${TIME_LIMIT:-600}
source "$LOAD_DIR/measure.sh"
PORT=${PORT:-18111}

# The WARs a ratio needs. Only those of the chosen ratios are deployed: five WARs on one -Xmx512m server doubled
# every scenario's CPU per request, so a subset (ONLY=R1,R2) measures the ratios on a server like run.sh's.
declare -A NEEDS=([I1]="/bench-identity /bench-jsec" [I2]="/bench-identity /bench" [I3]="/bench-identity /bench"
  [R1]="/bench-request /bench-plain" [R2]="/bench-request" [R3]="/bench-request /bench"
  [F1]="/bench-filter /bench-plain" [F2]="/bench-request /bench-filter")
declare -A DEPLOYED
for ratio in I1 I2 I3 R1 R2 R3 F1 F2; do
  if [ -z "${ONLY:-}" ] || [[ ",$ONLY," == *",$ratio,"* ]]; then
    for context in ${NEEDS[$ratio]}; do DEPLOYED[$context]=1; done
  fi
done
CONTEXTS=()
WARS=()
for context in /bench /bench-request /bench-identity /bench-plain /bench-jsec /bench-filter; do
  if [ -n "${DEPLOYED[$context]:-}" ]; then
    CONTEXTS+=("$context")
    WARS+=("$WAR_DIR${context}.war")
  fi
done
deployed() { [ -n "${DEPLOYED[$1]:-}" ]; }

ensure_wrk
reset_results
build_wars
trap stop_payaras EXIT
start_payara modes "$PORT" "${WARS[@]}"
PAYARA=${PAYARA_PIDS[0]}
wait_ready modes "$PORT" "${CONTEXTS[@]}"

# Made without a User-Agent, as wrk sends its requests (session protection would see another client).
session_cookie() { # URL: the JSESSIONID the login at URL sets
  curl -s -H 'User-Agent:' -o /dev/null -D - "$1" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
BASE="http://127.0.0.1:$PORT"
declare -A SESSION
for check in "/bench -" "/bench-request u1" "/bench-identity u1"; do
  read -r context expected <<< "$check"
  deployed "$context" || continue
  SESSION[$context]=$(session_cookie "$BASE$context/login?user=u1")
  seen=$(curl -s -H 'User-Agent:' -H "Cookie: ${SESSION[$context]}" "$BASE$context/api/me/principal")
  [ "$seen" = "$expected" ] || { echo "$context: the platform sees '$seen', not '$expected': is the WAR's mode on? (log: $STATE_DIR/modes/server.log)" >&2; exit 1; }
  echo "$context: the platform sees '$seen'"
done

SERVER="Payara Micro 6.2025.10"
if deployed /bench-identity; then
  scenario me-session-jakarta-security-mode "$PAYARA" "$SERVER" "$BASE/bench-identity/api/me" "Cookie: ${SESSION[/bench-identity]}"
  scenario public-jakarta-security-mode "$PAYARA" "$SERVER" "$BASE/bench-identity/api/public"
fi
if deployed /bench; then
  scenario me-session-none "$PAYARA" "$SERVER" "$BASE/bench/api/me" "Cookie: ${SESSION[/bench]}"
  scenario public-none "$PAYARA" "$SERVER" "$BASE/bench/api/public"
fi
if deployed /bench-jsec; then
  scenario jakarta-security-guarded "$PAYARA" "$SERVER" "$BASE/bench-jsec/api/guarded" \
    "Cookie: $(session_cookie "$BASE/bench-jsec/jsec-login?user=u1")"
fi
if deployed /bench-request; then
  scenario me-session-request-mode "$PAYARA" "$SERVER" "$BASE/bench-request/api/me" "Cookie: ${SESSION[/bench-request]}"
  scenario public-request-mode "$PAYARA" "$SERVER" "$BASE/bench-request/api/public"
  scenario baseline-session-request-mode "$PAYARA" "$SERVER" "$BASE/bench-request/api/baseline" \
    "Cookie: $(session_cookie "$BASE/bench-request/baseline-login?user=u1")"
fi
if deployed /bench-plain; then
  scenario public-without-cdi-login "$PAYARA" "$SERVER" "$BASE/bench-plain/api/public"
fi
if deployed /bench-filter; then
  scenario public-behind-an-empty-filter "$PAYARA" "$SERVER" "$BASE/bench-filter/api/public"
fi
compare I1 me-session-jakarta-security-mode jakarta-security-guarded 1.3 "/api/me by session: jakarta-security mode / Jakarta Security guarded"
compare I2 me-session-jakarta-security-mode me-session-none "" "/api/me by session: jakarta-security mode / mode none"
compare I3 public-jakarta-security-mode public-none "" "/api/public: jakarta-security mode / mode none"
compare R1 public-request-mode public-without-cdi-login 0.98 "/api/public: request mode / without cdi-login"
compare R2 me-session-request-mode baseline-session-request-mode 0.97 "/api/me by session: request mode / hand-made session check"
compare R3 public-request-mode public-none "" "/api/public: request mode / mode none"
compare F1 public-behind-an-empty-filter public-without-cdi-login "" "/api/public: an empty filter / without cdi-login"
compare F2 public-request-mode public-behind-an-empty-filter "" "/api/public: request mode / an empty filter"
check_scenarios

warm_up "$WARMUP"
measure
report "container-identity modes: one Payara Micro 6.2025.10 -Xmx512m serving ${CONTEXTS[*]}"
