#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the database tests.
#   eval "$(bash scripts/pg-throwaway.sh start)"   # prints: export TEST_DATABASE_URL=…
#   bash scripts/pg-throwaway.sh stop
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PGPORT_TEST:-54329}
STATE=/tmp/frontline-pg.state
url() { echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:${PORT}/postgres"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$STATE" ] && as_pg "$BIN/pg_ctl" -D "$(cat "$STATE")/data" status >/dev/null 2>&1; then url; exit 0; fi
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 is not installed in $BIN (apt-get install postgresql-15)" >&2; exit 1; }
    DIR=$(mktemp -d /tmp/frontline-pg-XXXXXX)
    chmod 755 "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
      start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    echo "$DIR" >"$STATE"
    url
    ;;
  stop)
    if [ -f "$STATE" ]; then
      DIR=$(cat "$STATE")
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
      rm -rf "$DIR" "$STATE"
    fi
    ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
