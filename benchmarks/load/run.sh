#!/usr/bin/env bash
# The load benchmark (issue 6): one Payara Micro 6.2025.10 on 127.0.0.1 serving the benchmark WARs
# side by side (/bench with cdi-login, /bench-plain without, /bench-jsec with Jakarta Security,
# /bench-filter without cdi-login but behind a filter that does nothing), wrk against each endpoint,
# runs alternated round by round so that the machine's drift cancels out of the ratios. One JVM for
# all the WARs: the compared endpoints share the server's compiled code, heap and CPU, and no other
# server idles beside the run. Prints and writes target/results.txt. See BENCHMARKS.md.
#
#   bash benchmarks/load/run.sh                 # defaults: 180 s warm-up, 3 rounds of 10 s per run
#   ROUNDS=5 DURATION=15 WARMUP=240 bash benchmarks/load/run.sh
set -euo pipefail
source "$(dirname "$0")/payara.sh"

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-180}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18081}
BASE="http://127.0.0.1:$PORT"
BENCH=/bench PLAIN=/bench-plain JSEC=/bench-jsec FILTER=/bench-filter

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

build_wars
mkdir -p "$STATE_DIR"
trap stop_payaras EXIT
start_payara bench "$PORT" "$WAR_DIR/bench.war" "$WAR_DIR/bench-plain.war" "$WAR_DIR/bench-jsec.war" \
  "$WAR_DIR/bench-filter.war"
wait_ready bench "$PORT" $BENCH $PLAIN $JSEC $FILTER

# Credentials: a session of each kind, a bearer token, and one remember series per pooled value.
# Sent without a User-Agent, as wrk sends its requests: session protection would otherwise see
# another client on every request of the run.
session_cookie() { # URL: the JSESSIONID the login at URL sets
  curl -s -H 'User-Agent:' -o /dev/null -D - "$1" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
BENCH_SESSION=$(session_cookie "$BASE$BENCH/login?user=u1")
BASELINE_SESSION=$(session_cookie "$BASE$BENCH/baseline-login?user=u1")
PLAIN_BASELINE_SESSION=$(session_cookie "$BASE$PLAIN/baseline-login?user=u1")
JSEC_SESSION=$(session_cookie "$BASE$JSEC/jsec-login?user=u1")
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
top_up_cookies
echo "credentials: sessions, bearer, $(wc -l < "$COOKIES") remember series"

# name|path|header (one header, or "lua" for the remember-cookie script)
SCENARIOS=(
  "public|$BENCH/api/public|"
  "public-without-cdi-login|$PLAIN/api/public|"
  "public-jakarta-security|$JSEC/api/public|"
  "public-behind-an-empty-filter|$FILTER/api/public|"
  "baseline-session|$BENCH/api/baseline|Cookie: $BASELINE_SESSION"
  "baseline-session-without-cdi-login|$PLAIN/api/baseline|Cookie: $PLAIN_BASELINE_SESSION"
  "me-session|$BENCH/api/me|Cookie: $BENCH_SESSION"
  "me-bearer|$BENCH/api/me|Authorization: Bearer token-u2"
  "me-remember-cookie|$BENCH/api/me/remembered|lua"
  "jakarta-security-guarded|$JSEC/api/guarded|Cookie: $JSEC_SESSION"
)

# Each scenario must answer 200 with the expected body before it is measured.
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name path header <<< "$s"
  [ "$header" = lua ] && header="Cookie: remember_token=$(sed -n 1p "$COOKIES")" && sed -i 1d "$COOKIES"
  body=$(curl -s -H 'User-Agent:' -w ' %{http_code}' -H "$header" "$BASE$path")
  case "$body" in
    *' 200') echo "check $name: $body" ;;
    *) echo "check $name failed: $body" >&2; exit 1 ;;
  esac
done

RAW="$STATE_DIR/wrk-raw.txt"
ROWS="$STATE_DIR/rows.tsv"
: > "$RAW"
: > "$ROWS"
run_wrk() { # round name path header seconds
  local round=$1 name=$2 path=$3 header=$4 seconds=$5 out
  if [ "$header" = lua ]; then
    top_up_cookies
    out=$(cd "$LOAD_DIR" && REMEMBER_COOKIES="$COOKIES" WRK_THREADS=$THREADS timeout $((seconds + 30)) \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s remember.lua "$BASE$path")
  else
    out=$(timeout $((seconds + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
      ${header:+-H "$header"} "$BASE$path")
  fi
  printf '=== round %s %s\n%s\n' "$round" "$name" "$out" >> "$RAW"
  echo "$out" | awk -v round="$round" -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /requests sent without a fresh value:/ { bad += $NF }
    END { printf "%s\t%s\t%s\t%.3f\t%.3f\t%d\n", round, name, rps, p50, p99, bad + 0 }' >> "$ROWS"
  tail -1 "$ROWS"
}

# Warm-up (discarded): about WARMUP seconds of load in all, shared by the scenarios, twice over in
# turn (a Payara Micro levels off only after about a minute of load).
echo "warm-up: about ${WARMUP} s of load"
per=$(( WARMUP / ${#SCENARIOS[@]} / 2 )); [ "$per" -lt 3 ] && per=3
for pass in 1 2; do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name path header <<< "$s"
    run_wrk warmup "$name" "$path" "$header" "$per" > /dev/null
  done
done
sed -i '/^warmup/d' "$ROWS"

echo "measuring: $ROUNDS rounds of ${DURATION} s per scenario, wrk -t$THREADS -c$CONNECTIONS"
for round in $(seq 1 "$ROUNDS"); do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name path header <<< "$s"
    run_wrk "$round" "$name" "$path" "$header" "$DURATION"
  done
done

{
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -c1-40)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds x ${DURATION} s, warm-up ${WARMUP} s, one Payara Micro 6.2025.10 -Xmx512m serving the four WARs"
  python3 "$LOAD_DIR/summary.py" "$ROWS"
} | tee "$STATE_DIR/results.txt"
