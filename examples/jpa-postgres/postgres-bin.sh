# Sourced, not run: sets pg_bin to the folder of PostgreSQL's server binaries (initdb, pg_ctl, psql), the
# newest under /usr/lib/postgresql, else the one on the PATH. When there is none and this runs as root on
# Debian or Ubuntu, it installs the postgresql package first; else it says how to get one and exits 2.
# Used by this example's run.sh and by benchmarks/faults/run.sh. Expects a function `say`.
newest_postgres_bin() {
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}
pg_bin=$(newest_postgres_bin)
if [ -z "$pg_bin" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(newest_postgres_bin)
  fi
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL's server is not installed: sudo apt-get install postgresql (Debian, Ubuntu)," \
         "or put the folder of initdb and pg_ctl on the PATH" >&2
    exit 2
  fi
fi
