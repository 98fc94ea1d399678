#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the database tests (trust auth, loopback only, fsync off:
# fast and disposable, never for real data).
#   eval "$(bash scripts/pg-throwaway.sh start)"   # prints: export TEST_DATABASE_URL=…
#   bash scripts/pg-throwaway.sh url               # prints the same line again
#   bash scripts/pg-throwaway.sh stop              # pg_ctl -m fast stop, then deletes the cluster
# Environment: PGPORT_TEST (first port to try, default 54329), PG_BIN (default
# /usr/lib/postgresql/15/bin), FRONTLINE_PG_STATE (state file, default /tmp/frontline-pg.state;
# .ci/run uses its own so it never stops a cluster a developer started).
# initdb refuses to run as root, so as root the cluster is created and run as the `postgres` user.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
FIRST_PORT=${PGPORT_TEST:-54329}
STATE=${FRONTLINE_PG_STATE:-/tmp/frontline-pg.state}
case "$STATE" in /*) ;; *) STATE="$PWD/$STATE" ;; esac

# From / so the postgres user is not left in a directory it may not enter (a 0700 temp clone).
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
say_url() { echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$1/postgres"; }
# The state file holds two lines: the cluster's temp directory and its port.
read_state() {
  DIR=$(sed -n 1p "$STATE" 2>/dev/null || true)
  PORT=$(sed -n 2p "$STATE" 2>/dev/null || true)
}
running() { [ -n "${DIR:-}" ] && [ -d "$DIR/data" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_stop() {
  read_state
  if [ -n "${DIR:-}" ]; then
    if [ -d "$DIR/data" ]; then as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true; fi
    case "$DIR" in /tmp/frontline-pg-*) rm -rf "$DIR" ;; esac
  fi
  rm -f "$STATE"
}

case "${1:-}" in
  start)
    read_state
    if running; then say_url "$PORT"; exit 0; fi
    [ -n "${DIR:-}" ] && cmd_stop # stale state from a cluster that is gone
    if [ ! -x "$BIN/initdb" ]; then
      echo "PostgreSQL 15 is not installed in $BIN (Debian: apt-get install postgresql-15)" >&2
      exit 1
    fi
    DIR=$(mktemp -d /tmp/frontline-pg-XXXXXX)
    chmod 755 "$DIR"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
    if ! as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1; then
      cat "$DIR/initdb.log" >&2
      rm -rf "$DIR"
      exit 1
    fi
    # First free port from FIRST_PORT on; pg_ctl itself fails if someone takes it meanwhile.
    PORT=$FIRST_PORT
    while port_busy "$PORT"; do
      PORT=$((PORT + 1))
      if [ "$PORT" -gt $((FIRST_PORT + 50)) ]; then
        echo "no free port in $FIRST_PORT..$((FIRST_PORT + 50))" >&2
        rm -rf "$DIR"
        exit 1
      fi
    done
    if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
      start >/dev/null; then
      cat "$DIR/server.log" >&2
      rm -rf "$DIR"
      exit 1
    fi
    printf '%s\n%s\n' "$DIR" "$PORT" >"$STATE"
    say_url "$PORT"
    ;;
  stop) cmd_stop ;;
  url)
    read_state
    if ! running; then
      echo "no throwaway PostgreSQL is running (state file $STATE); run: $0 start" >&2
      exit 1
    fi
    say_url "$PORT"
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
