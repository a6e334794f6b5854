#!/usr/bin/env bash
# The load benchmark (issue 6): three Payara Micro 6.2025.10 instances on 127.0.0.1 serving the
# benchmark WARs, wrk against each endpoint, runs alternated round by round so that the machine's
# drift cancels out of the ratios. Prints and writes target/results.txt. See BENCHMARKS.md.
#
#   bash benchmarks/load/run.sh                 # defaults: 60 s warm-up, 3 rounds of 10 s per run
#   ROUNDS=5 DURATION=15 WARMUP=60 bash benchmarks/load/run.sh
set -euo pipefail
source "$(dirname "$0")/payara.sh"

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-60}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
BENCH_PORT=18081 PLAIN_PORT=18082 JSEC_PORT=18083

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

build_wars
mkdir -p "$STATE_DIR"
trap stop_payaras EXIT
start_payara bench "$WAR_DIR/bench.war" $BENCH_PORT
start_payara plain "$WAR_DIR/bench-plain.war" $PLAIN_PORT
start_payara jsec "$WAR_DIR/bench-jsec.war" $JSEC_PORT
wait_ready bench $BENCH_PORT && wait_ready plain $PLAIN_PORT && wait_ready jsec $JSEC_PORT

# Credentials: a session of each kind, a bearer token, and one remember series per pooled value.
session_cookie() { # URL: the JSESSIONID the login at URL sets
  curl -s -o /dev/null -D - "$1" | tr -d '\r' | sed -n 's/^Set-Cookie: \(JSESSIONID=[^;]*\).*/\1/Ip' | tail -1
}
BENCH_SESSION=$(session_cookie "http://127.0.0.1:$BENCH_PORT/login?user=u1")
BASELINE_SESSION=$(session_cookie "http://127.0.0.1:$BENCH_PORT/baseline-login?user=u1")
PLAIN_BASELINE_SESSION=$(session_cookie "http://127.0.0.1:$PLAIN_PORT/baseline-login?user=u1")
JSEC_SESSION=$(session_cookie "http://127.0.0.1:$JSEC_PORT/jsec-login?user=u1")
COOKIES="$STATE_DIR/remember-cookies.txt"
: > "$COOKIES"
# Keeps at least 3 unsent remember values per connection in the file (a run loses those in flight).
top_up_cookies() {
  local i=0
  while [ "$(wc -l < "$COOKIES")" -lt $((CONNECTIONS * 3)) ]; do
    i=$((i + 1))
    curl -s -o /dev/null -D - "http://127.0.0.1:$BENCH_PORT/login?user=u$(( (i % 6) + 1 ))&remember=1" | tr -d '\r' \
      | sed -n 's/^Set-Cookie: remember_token=\([^;]*\).*/\1/Ip' >> "$COOKIES"
  done
}
top_up_cookies
echo "credentials: sessions, bearer, $(wc -l < "$COOKIES") remember series"

# name|port|path|header (one header, or "lua" for the remember-cookie script)
SCENARIOS=(
  "public|$BENCH_PORT|/api/public|"
  "public-without-cdi-login|$PLAIN_PORT|/api/public|"
  "public-jakarta-security|$JSEC_PORT|/api/public|"
  "baseline-session|$BENCH_PORT|/api/baseline|Cookie: $BASELINE_SESSION"
  "baseline-session-without-cdi-login|$PLAIN_PORT|/api/baseline|Cookie: $PLAIN_BASELINE_SESSION"
  "me-session|$BENCH_PORT|/api/me|Cookie: $BENCH_SESSION"
  "me-bearer|$BENCH_PORT|/api/me|Authorization: Bearer token-u2"
  "me-remember-cookie|$BENCH_PORT|/api/me|lua"
  "jakarta-security-guarded|$JSEC_PORT|/api/guarded|Cookie: $JSEC_SESSION"
)

# Each scenario must answer 200 with the expected body before it is measured.
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name port path header <<< "$s"
  [ "$header" = lua ] && header="Cookie: remember_token=$(sed -n 1p "$COOKIES")" && sed -i 1d "$COOKIES"
  body=$(curl -s -w ' %{http_code}' -H "$header" "http://127.0.0.1:$port$path")
  case "$body" in
    *' 200') echo "check $name: $body" ;;
    *) echo "check $name failed: $body" >&2; exit 1 ;;
  esac
done

RAW="$STATE_DIR/wrk-raw.txt"
ROWS="$STATE_DIR/rows.tsv"
: > "$RAW"
: > "$ROWS"
run_wrk() { # round name port path header seconds
  local round=$1 name=$2 port=$3 path=$4 header=$5 seconds=$6 out
  if [ "$header" = lua ]; then
    top_up_cookies
    out=$(cd "$LOAD_DIR" && REMEMBER_COOKIES="$COOKIES" WRK_THREADS=$THREADS timeout $((seconds + 30)) \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s remember.lua "http://127.0.0.1:$port$path")
  else
    out=$(timeout $((seconds + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
      ${header:+-H "$header"} "http://127.0.0.1:$port$path")
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

# Warm-up (discarded): each server gets about WARMUP seconds of load, shared by its scenarios, twice
# over in turn (a Payara Micro levels off only after about a minute of load).
echo "warm-up: about ${WARMUP} s of load per server"
for pass in 1 2; do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name port path header <<< "$s"
    on_port=$(printf '%s\n' "${SCENARIOS[@]}" | grep -c "|$port|")
    per=$(( WARMUP / on_port / 2 )); [ "$per" -lt 3 ] && per=3
    run_wrk warmup "$name" "$port" "$path" "$header" "$per" > /dev/null
  done
done
sed -i '/^warmup/d' "$ROWS"

echo "measuring: $ROUNDS rounds of ${DURATION} s per scenario, wrk -t$THREADS -c$CONNECTIONS"
for round in $(seq 1 "$ROUNDS"); do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name port path header <<< "$s"
    run_wrk "$round" "$name" "$port" "$path" "$header" "$DURATION"
  done
done

{
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -c1-40)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds x ${DURATION} s, warm-up ${WARMUP} s, Payara Micro 6.2025.10 -Xmx512m"
  python3 "$LOAD_DIR/summary.py" "$ROWS"
} | tee "$STATE_DIR/results.txt"
