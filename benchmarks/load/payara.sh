# Sourced by run.sh and leak-test.sh: starts and stops Payara Micro instances of the benchmark WARs,
# bound to 127.0.0.1, each with its own root folder under benchmarks/load/target/.
LOAD_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WAR_DIR="$LOAD_DIR/war/target"
STATE_DIR="$LOAD_DIR/target"
PAYARA_PIDS=()

# Builds the parent POM and the library (both into the local Maven repository) and the four benchmark
# WARs, in one reactor of parent/pom.xml.
build_wars() {
  mvn -B -q -f "$LOAD_DIR/../../parent" install -DskipTests -pl :cdi-login-bench-war -am
}

# Builds the Spring Boot peer twice: with Spring Security (benchmarks/spring/target/bench-spring.jar) and
# without it (benchmarks/spring/target/plain/bench-spring.jar).
SPRING_DIR="$LOAD_DIR/../spring"
build_spring() {
  mvn -B -q -f "$SPRING_DIR" package
  mvn -B -q -f "$SPRING_DIR" package -Dplain
}

# start_spring NAME PORT JAR: Spring Boot's embedded Tomcat on 127.0.0.1:PORT, in the background.
start_spring() {
  local name=$1 port=$2 jar=$3
  mkdir -p "$STATE_DIR/$name"
  java -Xms512m -Xmx512m -Djava.io.tmpdir="$STATE_DIR/$name" -jar "$jar" --server.port="$port" \
    > "$STATE_DIR/$name/server.log" 2>&1 &
  PAYARA_PIDS+=($!)
  echo "started $name (pid $!) on 127.0.0.1:$port, log $STATE_DIR/$name/server.log"
}

# start_payara NAME PORT WAR...: starts in the background; the pid goes to PAYARA_PIDS. One WAR is
# served at /, several each at its file name (bench.war at /bench). PAYARA_PREBOOT replaces the start-up
# commands (loopback only), PAYARA_JVM and PAYARA_CLUSTER (default --nocluster) add to the command line.
start_payara() {
  local name=$1 port=$2 war deploys=()
  shift 2
  for war in "$@"; do deploys+=(--deploy "$war"); done
  [ $# -eq 1 ] && deploys+=(--contextroot /)
  mkdir -p "$STATE_DIR/$name"
  rm -rf "$STATE_DIR/$name/root"
  # shellcheck disable=SC2086
  java -Xms512m -Xmx512m -Djava.io.tmpdir="$STATE_DIR/$name" ${PAYARA_JVM:-} -jar "$WAR_DIR/payara-micro.jar" \
    "${deploys[@]}" --port "$port" --rootdir "$STATE_DIR/$name/root" \
    --prebootcommandfile "${PAYARA_PREBOOT:-$LOAD_DIR/preboot.txt}" ${PAYARA_CLUSTER:---nocluster} --disablephonehome \
    > "$STATE_DIR/$name/server.log" 2>&1 &
  PAYARA_PIDS+=($!)
  echo "started $name (pid $!) on 127.0.0.1:$port, log $STATE_DIR/$name/server.log"
}

# wait_ready NAME PORT [CONTEXT...]: until CONTEXT/api/public answers 200 in each (at most 180 s).
wait_ready() {
  local name=$1 port=$2 context
  shift 2
  [ $# -gt 0 ] || set -- ""
  for _ in $(seq 1 180); do
    local ready=1
    for context in "$@"; do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$context/api/public")" = 200 ] || ready=0
    done
    if [ $ready = 1 ]; then
      echo "$name ready"
      return 0
    fi
    sleep 1
  done
  echo "$name did not start; its log says:" >&2
  grep -E 'SEVERE|WELD-|Exception' "$STATE_DIR/$name/server.log" | head -20 >&2
  return 1
}

# Stops the instances this script started, by their pids.
stop_payaras() {
  local pid
  for pid in "${PAYARA_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PAYARA_PIDS[@]}"; do
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
  done
  PAYARA_PIDS=()
}
