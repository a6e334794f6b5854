#!/usr/bin/env bash
# Starts the PostgreSQL example in one command, from a fresh clone:
#
#   bash examples/jpa-postgres/run.sh          # PORT=8080 (the application), PGPORT=5433 (the database)
#
# 1. builds the library and the example (Maven, into the local repository);
# 2. starts a PostgreSQL of its own: Debian's server binaries (installed with apt-get when missing and
#    run as root), a cluster in examples/jpa-postgres/.postgres/ made on the first run and kept, so the
#    users, their password changes and the remember-me series survive a restart; on 127.0.0.1 only,
#    its Unix socket in that folder, never the system's service;
# 3. serves the example on Payara Micro at http://127.0.0.1:$PORT/, pointed at that database through
#    libpq's variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD), and prints the URL and the
#    demo users once the application answers. Ctrl-C stops both.
#
# `psql` with the same variables opens the database: the script prints the line to paste.
set -euo pipefail
example=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$example/../.." && pwd)
export PORT=${PORT:-8080}
export PGHOST=127.0.0.1 PGPORT=${PGPORT:-5433} PGDATABASE=cdilogin PGUSER=cdilogin

say() { printf '== %s\n' "$*"; }

# --- 1. PostgreSQL's server binaries --------------------------------------------------------------
source "$example/postgres-bin.sh"
bin=$pg_bin

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres account (Debian's
# package makes it) and every server command runs as that account. It needs to reach the folder, so a
# clone under a private home folder keeps its cluster in /tmp instead (kept until the next reboot).
as_server=()
pgdir="$example/.postgres"
if [ "$(id -u)" -eq 0 ]; then
  account=postgres
  id -u "$account" >/dev/null 2>&1 || account=nobody
  as_server=(runuser -u "$account" --)
  mkdir -p "$pgdir"
  chown "$account" "$pgdir"
  if ! "${as_server[@]}" test -w "$pgdir"; then
    pgdir="/tmp/cdi-login-jpa-postgres-$(printf '%s' "$example" | cksum | cut -d ' ' -f 1)"
    mkdir -p "$pgdir"
    chown "$account" "$pgdir"
  fi
fi
mkdir -p "$pgdir"
chmod 700 "$pgdir"

# --- 2. the cluster, made once ---------------------------------------------------------------------
if [ ! -f "$pgdir/data/PG_VERSION" ]; then
  say "making a PostgreSQL cluster in $pgdir"
  (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$pgdir/password")
  [ ${#as_server[@]} -eq 0 ] || chown "$account" "$pgdir/password"
  "${as_server[@]}" "$bin/initdb" -D "$pgdir/data" -U "$PGUSER" --pwfile="$pgdir/password" \
      --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
    || { cat "$pgdir/initdb.log" >&2; exit 1; }
fi
PGPASSWORD=$(cat "$pgdir/password")
export PGPASSWORD

stop_postgres() {
  "${as_server[@]}" "$bin/pg_ctl" stop -D "$pgdir/data" -m fast -w >/dev/null 2>&1 || true
}
stop_all() {
  trap - EXIT INT TERM
  [ -z "${watcher:-}" ] || kill "$watcher" 2>/dev/null || true
  say "stopping PostgreSQL"
  stop_postgres
}

# --- 3. the build ----------------------------------------------------------------------------------
say "building the library and the example"
mvn -B -q -f "$root/parent" install -DskipTests -pl .,..,../examples/jpa-postgres

# --- 4. PostgreSQL, then the application -----------------------------------------------------------
say "starting PostgreSQL on 127.0.0.1:$PGPORT"
trap stop_all EXIT
trap 'exit 130' INT TERM
"${as_server[@]}" "$bin/pg_ctl" start -D "$pgdir/data" -w -t 60 -l "$pgdir/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories='$pgdir'" >/dev/null \
  || { tail -n 20 "$pgdir/postgres.log" >&2; echo "PostgreSQL did not start (another server on $PGPORT? PGPORT=... changes it)" >&2; exit 1; }
if [ "$("$bin/psql" -X -d postgres -tAq -c "SELECT 1 FROM pg_database WHERE datname = '$PGDATABASE'")" != 1 ]; then
  "$bin/psql" -X -d postgres -q -c "CREATE DATABASE $PGDATABASE"
fi

# Prints the URL and the users once the application answers (Payara opens its port before it has
# deployed the WAR, so wait for the home page's 200, not for the port).
(
  for _ in $(seq 1 300); do
    sleep 1
    status=$( { exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
               && head -n 1 <&3; } 2>/dev/null || true)
    if [[ $status == *" 200"* ]]; then
      cat <<EOF

==================================================================================================
 cdi-login with users in PostgreSQL: http://127.0.0.1:$PORT/
 users (rows of app_user): alice / wonderland, bob / builder, mallory / locked (a disabled account)
 the database: PGPASSWORD=\$(cat $pgdir/password) psql -h $PGHOST -p $PGPORT -U $PGUSER $PGDATABASE
 Ctrl-C stops the application and PostgreSQL.
==================================================================================================

EOF
      exit 0
    fi
  done
  echo "the application did not answer on http://127.0.0.1:$PORT/ within 300 s: see Payara's log above" >&2
) &
watcher=$!

say "starting the application on Payara Micro (http://127.0.0.1:$PORT/ once deployed)"
mvn -B -f "$example" payara-micro:start
