# Sourced by run.sh and quickstart.sh: the paired measurement of issue 15. The caller declares its scenarios
# with `scenario NAME PID SERVER URL [HEADER]` (HEADER "lua" for the remember-cookie script, which needs
# top_up_cookies and COOKIES from the caller) and its ratios with `compare ID A B TARGET LABEL`, then calls
# `warm_up` and `measure`. Every round runs each comparison's two scenarios back to back (A B, then B A in the
# next round) for DURATION seconds each, and records req/s and the server's CPU time per request
# (utime + stime of its pid in /proc over the run, divided by the requests wrk counted). The run stops when
# every ratio's 95% bootstrap interval is within +-HALF_WIDTH of its median (after MIN_ROUNDS rounds), or
# when another round would pass TIME_LIMIT seconds. summary.py prints the verdicts.
DURATION=${DURATION:-5}
TIME_LIMIT=${TIME_LIMIT:-900}
MIN_ROUNDS=${MIN_ROUNDS:-6}
HALF_WIDTH=${HALF_WIDTH:-0.03}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
CLK_TCK=$(getconf CLK_TCK)

declare -A SCEN_PID SCEN_URL SCEN_HEADER
SCEN_ORDER=()
COMP_IDS=()

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  fi
}

# scenario NAME PID SERVER URL [HEADER]
scenario() {
  SCEN_PID[$1]=$2
  SCEN_URL[$1]=$4
  SCEN_HEADER[$1]=${5:-}
  SCEN_ORDER+=("$1")
  printf '%s\t%s\n' "$1" "$3" >> "$STATE_DIR/scenarios.tsv"
}

# compare ID A B TARGET LABEL (TARGET empty: information only). ONLY=C1,C5 keeps just those ratios.
compare() {
  if [ -n "${ONLY:-}" ] && [[ ",$ONLY," != *",$1,"* ]]; then
    return 0
  fi
  COMP_IDS+=("$1")
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$5" "$2" "$3" "$4" >> "$STATE_DIR/comparisons.tsv"
}

# Each scenario must answer 200 with a JSON body before it is measured.
check_scenarios() {
  local name header body
  for name in "${SCEN_ORDER[@]}"; do
    header=${SCEN_HEADER[$name]}
    if [ "$header" = lua ]; then
      header="Cookie: remember_token=$(sed -n 1p "$COOKIES")"
      sed -i 1d "$COOKIES"
    fi
    body=$(curl -s -H 'User-Agent:' -w ' %{http_code}' ${header:+-H "$header"} "${SCEN_URL[$name]}")
    case "$body" in
      '{'*' 200') echo "check $name: $body" ;;
      *) echo "check $name failed: $body" >&2; return 1 ;;
    esac
  done
}

cpu_ticks() { # utime + stime of a pid, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}

# run_wrk ROUND COMPARISON NAME SECONDS: one wrk run, one line in ROWS
run_wrk() {
  local round=$1 comp=$2 name=$3 seconds=$4 out before after header=${SCEN_HEADER[$3]} pid=${SCEN_PID[$3]}
  [ "$header" = lua ] && top_up_cookies
  before=$(cpu_ticks "$pid")
  if [ "$header" = lua ]; then
    out=$(cd "$LOAD_DIR" && REMEMBER_COOKIES="$COOKIES" WRK_THREADS=$THREADS timeout $((seconds + 30)) \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s remember.lua "${SCEN_URL[$name]}")
  else
    out=$(timeout $((seconds + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
      ${header:+-H "$header"} "${SCEN_URL[$name]}")
  fi
  after=$(cpu_ticks "$pid")
  printf '=== round %s %s %s\n%s\n' "$round" "$comp" "$name" "$out" >> "$RAW"
  echo "$out" | awk -v round="$round" -v comp="$comp" -v name="$name" -v ticks=$((after - before)) -v hz="$CLK_TCK" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /requests sent without a fresh value:/ { bad += $NF }
    END { printf "%s\t%s\t%s\t%s\t%.3f\t%.3f\t%d\t%d\t%.1f\n", round, comp, name, rps, p50, p99, bad + 0, requests,
                 (requests > 0 ? ticks * 1e6 / hz / requests : 0) }' >> "$ROWS"
}

# warm_up SECONDS: about that much load in all, shared by the scenarios, twice over in turn (discarded)
warm_up() {
  local per name pass
  [ "$1" -gt 0 ] || return 0
  echo "warm-up: about $1 s of load"
  local used=()
  for name in "${SCEN_ORDER[@]}"; do # the scenarios some ratio measures
    cut -f3,4 "$STATE_DIR/comparisons.tsv" | tr '\t' '\n' | grep -qx "$name" && used+=("$name")
  done
  per=$(( $1 / ${#used[@]} / 2 )); [ "$per" -lt 2 ] && per=2
  for pass in 1 2; do
    for name in "${used[@]}"; do
      run_wrk warmup - "$name" "$per"
    done
  done
  sed -i '/^warmup/d' "$ROWS"
}

measure() {
  local round=0 start now took comp a b line
  start=$(date +%s)
  echo "measuring: rounds of ${DURATION} s per run, wrk -t$THREADS -c$CONNECTIONS, until every interval is within" \
    "+-$(awk -v h="$HALF_WIDTH" 'BEGIN {print h * 100}')% (at least $MIN_ROUNDS rounds) or ${TIME_LIMIT} s"
  while :; do
    round=$((round + 1))
    local round_start=$(date +%s)
    while IFS=$'\t' read -r comp _ a b _ <&3; do
      if [ $((round % 2)) = 1 ]; then
        run_wrk "$round" "$comp" "$a" "$DURATION"; run_wrk "$round" "$comp" "$b" "$DURATION"
      else
        run_wrk "$round" "$comp" "$b" "$DURATION"; run_wrk "$round" "$comp" "$a" "$DURATION"
      fi
    done 3< "$STATE_DIR/comparisons.tsv"
    now=$(date +%s)
    took=$((now - round_start))
    echo "round $round ($took s, load average $(cut -d' ' -f1 /proc/loadavg))"
    if python3 "$LOAD_DIR/summary.py" converged "$ROWS" "$STATE_DIR/comparisons.tsv" "$HALF_WIDTH" && [ "$round" -ge "$MIN_ROUNDS" ]; then
      STOPPED="every interval within +-$(awk -v h="$HALF_WIDTH" 'BEGIN {print h * 100}')% after $round rounds"
      break
    fi
    if [ $((now - start + took)) -gt "$TIME_LIMIT" ]; then
      STOPPED="time limit (${TIME_LIMIT} s) after $round rounds"
      break
    fi
  done
  ROUNDS_DONE=$round
  MEASURED_SECONDS=$(( $(date +%s) - start ))
}

# report TITLE...: the summary, to the screen and to target/results.txt
report() {
  {
    printf '%s\n' "$@"
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -c1-22)"
    echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s per run, $ROUNDS_DONE rounds in $MEASURED_SECONDS s; stopped: $STOPPED"
    python3 "$LOAD_DIR/summary.py" report "$ROWS" "$STATE_DIR/comparisons.tsv" "$STATE_DIR/scenarios.tsv"
  } | tee "$STATE_DIR/results.txt"
}

# Fresh result files in STATE_DIR.
reset_results() {
  mkdir -p "$STATE_DIR"
  RAW="$STATE_DIR/wrk-raw.txt"
  ROWS="$STATE_DIR/rows.tsv"
  : > "$RAW"; : > "$ROWS"; : > "$STATE_DIR/scenarios.tsv"; : > "$STATE_DIR/comparisons.tsv"
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
}
