#!/usr/bin/env bash
# The fault test of issue 13: the remember store's database goes away under load, and comes back.
#
#   bash benchmarks/faults/run.sh      # CLIENTS=64 BEFORE_SECONDS=20 OUTAGE_SECONDS=10 AFTER_SECONDS=25 THINK_MS=200
#
# 1. installs Debian's postgresql when its server is missing (as .ci/run does), builds the library, the
#    quickstart and the PostgreSQL example (for its driver and Payara Micro) into the local Maven repository;
# 2. starts a throwaway PostgreSQL (initdb in a temporary folder, 127.0.0.1, a free port, as the postgres
#    account when run as root) and the quickstart's WAR on Payara Micro (127.0.0.1, a free port) with
#    cdi-login.remember-store=jdbc on a pool of that database (made by post-boot commands, with connection
#    validation so that it gets over the restart);
# 3. runs FaultTest.java: 64 clients log in (half with remember me) and use /api/me by session and by
#    remember cookie alone, /api/public, and log out, for BEFORE + OUTAGE + AFTER seconds; PostgreSQL is
#    stopped (pg_ctl stop -m fast) after BEFORE seconds and started again OUTAGE seconds later; each client
#    pauses THINK_MS between rounds, so that a login (PBKDF2, 600,000 iterations) ends within the outage;
# 4. prints the requests by outcome per phase, each check, and last, alone on a line, the verdict
#    `fault: N passed, M failed`; exits non-zero when a check failed or the run could not be made.
#
# Why the quickstart and not examples/jpa-postgres: that example's users live in the same database, so
# while it is down no request that needs the user (a session request, a logout, a login) can be served at
# all, whatever cdi-login does. The quickstart keeps its users in memory, so the outage is the remember
# store's alone, which is what this test is about.
#
# Everything it starts (PostgreSQL, Payara Micro, the client) is stopped on every way out, and its
# temporary folder deleted; the servers' logs are kept in benchmarks/faults/target/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
CLIENTS=${CLIENTS:-64}
BEFORE_SECONDS=${BEFORE_SECONDS:-20}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-10}
AFTER_SECONDS=${AFTER_SECONDS:-25}
THINK_MS=${THINK_MS:-200}
logs="$here/target"

say() { printf '== %s\n' "$*"; }

state=""
pg_bin=""
as_server=()
payara_pid=""
client_pid=""
verdict=""

# Stops what this script started, by pid or by its own cluster folder, keeps the logs, prints the verdict.
finish() {
  local rc=$?
  trap - EXIT INT TERM
  [ -z "$client_pid" ] || kill "$client_pid" 2>/dev/null || true
  if [ -n "$payara_pid" ]; then
    kill "$payara_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$payara_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$payara_pid" 2>/dev/null || true
  fi
  if [ -n "$state" ]; then
    if [ -f "$state/pg/data/postmaster.pid" ]; then
      "${as_server[@]}" "$pg_bin/pg_ctl" stop -D "$state/pg/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    mkdir -p "$logs"
    cp "$state/payara.log" "$logs/payara.log" 2>/dev/null || true
    cp "$state/pg/postgres.log" "$logs/postgres.log" 2>/dev/null || true
  fi
  local line="fault: 0 passed, 1 failed" # the run could not be made: say so in the verdict's form
  if [ -n "$verdict" ] && [ -s "$verdict" ]; then
    line=$(cat "$verdict")
  fi
  [ -z "$state" ] || rm -rf "$state"
  [ "$rc" -ne 0 ] || [[ $line == *" 0 failed" ]] || rc=1
  echo "$line"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A port nobody listens on, on 127.0.0.1.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# --- 1. what it needs ------------------------------------------------------------------------------
source "$root/examples/jpa-postgres/postgres-bin.sh"

say "building the library, the quickstart and the PostgreSQL example"
mvn -B -q -f "$root/parent" install -DskipTests -pl :cdi-login-quickstart,:cdi-login-example-jpa-postgres -am
war="$root/examples/quickstart/target/cdi-login-quickstart.war"
payara_jar="$root/examples/jpa-postgres/target/payara-micro.jar"
driver=$(ls "$root"/examples/jpa-postgres/target/cdi-login-example-jpa-postgres/WEB-INF/lib/postgresql-*.jar | head -n 1)
for file in "$war" "$payara_jar" "$driver"; do
  [ -f "$file" ] || { echo "the build made no $file" >&2; exit 1; }
done

# --- 2. PostgreSQL ---------------------------------------------------------------------------------
state=$(mktemp -d /tmp/cdi-login-faults.XXXXXX)
verdict="$state/verdict"
mkdir -p "$state/pg" "$state/payara"
# PostgreSQL refuses to run as root: then the cluster is the postgres account's (Debian's package makes it).
if [ "$(id -u)" -eq 0 ]; then
  account=postgres
  id -u "$account" >/dev/null 2>&1 || account=nobody
  as_server=(runuser -u "$account" --)
  chmod 711 "$state"
  chown "$account" "$state/pg"
fi
chmod 700 "$state/pg"
pg_port=$(free_port)
pg_password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
(umask 077 && printf '%s\n' "$pg_password" > "$state/pg/password")
[ ${#as_server[@]} -eq 0 ] || chown "$account" "$state/pg/password"
"${as_server[@]}" "$pg_bin/initdb" -D "$state/pg/data" -U cdilogin --pwfile="$state/pg/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$state/pg/initdb.log" 2>&1 \
  || { cat "$state/pg/initdb.log" >&2; exit 1; }
rm -f "$state/pg/password"
cat >> "$state/pg/data/postgresql.conf" <<EOF

# throwaway cluster of benchmarks/faults/run.sh: loopback only, its socket in its own folder, no fsync
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$state/pg'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
pg_ctl() { "${as_server[@]}" "$pg_bin/pg_ctl" "$@" -D "$state/pg/data" -w -t 60; }
export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=cdilogin PGPASSWORD=$pg_password
say "starting PostgreSQL on 127.0.0.1:$pg_port"
pg_ctl start -l "$state/pg/postgres.log" >/dev/null || { cat "$state/pg/postgres.log" >&2; exit 1; }
"$pg_bin/psql" -X -q -d postgres -c "CREATE DATABASE cdilogin"

# --- 3. the quickstart on Payara Micro, its remember store on that database --------------------------
http_port=$(free_port)
cat > "$state/postboot.txt" <<EOF
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 1 --maxpoolsize 16 --isconnectvalidatereq true --validationmethod custom-validation --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation --failconnection true --property user=cdilogin:password=$pg_password:serverName=127.0.0.1:portNumber=$pg_port:databaseName=cdilogin cdilogin-faults
create-jdbc-resource --connectionpoolid cdilogin-faults jdbc/cdilogin-faults
EOF
chmod 600 "$state/postboot.txt"
say "starting the quickstart on Payara Micro (127.0.0.1:$http_port), remember store: jdbc on PostgreSQL"
CDI_LOGIN_SECRET=$(head -c 32 /dev/urandom | base64) \
  java -Xms512m -Xmx512m -Djava.io.tmpdir="$state/payara" \
    -Dcdi-login.remember-store=jdbc -Dcdi-login.remember-store.datasource=jdbc/cdilogin-faults \
    -jar "$payara_jar" --deploy "$war" --contextroot / --port "$http_port" --rootdir "$state/payara/root" \
    --addLibs "$driver" --prebootcommandfile "$root/examples/quickstart/src/main/payara/preboot.txt" \
    --postbootcommandfile "$state/postboot.txt" --nocluster --disablephonehome \
    > "$state/payara.log" 2>&1 &
payara_pid=$!
ready=0
for _ in $(seq 1 180); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/api/public")" = 200 ]; then
    ready=1
    break
  fi
  kill -0 "$payara_pid" 2>/dev/null || break
  sleep 1
done
if [ $ready = 0 ]; then
  echo "the quickstart did not start; Payara's log says:" >&2
  grep -E 'SEVERE|WELD-|CDILOGIN|Exception' "$state/payara.log" | head -20 >&2
  exit 1
fi

# --- 4. the load and the fault ---------------------------------------------------------------------
export FAULT_STOP="$(declare -p as_server); \"\${as_server[@]}\" '$pg_bin/pg_ctl' stop -D '$state/pg/data' -m fast -w -t 60 >/dev/null"
export FAULT_START="$(declare -p as_server); \"\${as_server[@]}\" '$pg_bin/pg_ctl' start -D '$state/pg/data' -w -t 60 -l '$state/pg/postgres.log' >/dev/null"
# Prints how many of the series given as arguments have a row (series are base64url: checked, then quoted).
export FAULT_COUNT_SERIES="for s in \"\$@\"; do [[ \$s =~ ^[A-Za-z0-9_-]+\$ ]] || exit 2; done
  list=\$(printf \"'%s',\" \"\$@\"); '$pg_bin/psql' -X -tAq -d cdilogin -c \"SELECT count(*) FROM cdi_login_remember WHERE series IN (\${list%,})\""
say "load: $CLIENTS clients, PostgreSQL stopped after $BEFORE_SECONDS s for $OUTAGE_SECONDS s, then $AFTER_SECONDS s more"
java "$here/FaultTest.java" "http://127.0.0.1:$http_port" "$verdict" "$payara_pid" \
    "$CLIENTS" "$BEFORE_SECONDS" "$OUTAGE_SECONDS" "$AFTER_SECONDS" "$THINK_MS" "$state/payara.log" &
client_pid=$!
set +e
wait "$client_pid"
client_rc=$?
set -e
client_pid=""
echo "Payara's log (the pool's own records included): $(grep -c 'WARNING' "$state/payara.log" || true) WARNING and" \
     "$(grep -c 'SEVERE' "$state/payara.log" || true) SEVERE lines, kept in $logs/payara.log"
exit "$client_rc"
