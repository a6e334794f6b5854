#!/usr/bin/env bash
# The no-leak load test for CI (issue 6): builds the library and the benchmark WAR, starts it on
# Payara Micro (127.0.0.1 only), runs LeakTest.java (64 clients as six users, session, remember
# cookie and bearer mixed, 20 s), and always stops the server. Exits non-zero on any wrong user,
# any error answer, or no request passed. Prints `load: N passed, M failed`.
#
#   bash benchmarks/load/leak-test.sh            # CLIENTS=64 LOAD_SECONDS=20 PORT=18091
set -euo pipefail
source "$(dirname "$0")/payara.sh"
CLIENTS=${CLIENTS:-64}
LOAD_SECONDS=${LOAD_SECONDS:-20}
PORT=${PORT:-18091}

build_wars
trap stop_payaras EXIT
start_payara leak-test "$PORT" "$WAR_DIR/bench.war"
wait_ready leak-test "$PORT"
java "$LOAD_DIR/LeakTest.java" "http://127.0.0.1:$PORT" "$CLIENTS" "$LOAD_SECONDS"
