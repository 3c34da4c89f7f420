# A throwaway PostgreSQL cluster for the server tests, on a private port, in a temporary
# folder; the system cluster is never touched.  Source it, then: pg_start; ...; pg_stop
# shellcheck shell=bash

PG_PORT="${PG_PORT:-55432}"

pg_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] || die "PostgreSQL server binaries not found (package postgresql)"
    echo "$d"
}

# Runs a PostgreSQL tool as the user that owns the cluster (initdb refuses root).
pg_run() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
    local bin
    bin=$(pg_bin)
    PG_DIR=$(mktemp -d /tmp/ov-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
    say "starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR)"
    pg_run "$bin/initdb" -D "$PG_DIR/data" -A trust -U ov >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log"; die "initdb failed"; }
    pg_run "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$PG_DIR/log"; die "PostgreSQL did not start"; }
    export OV_TEST_POSTGRES_URL="postgres://ov@127.0.0.1:$PG_PORT/postgres"
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] || return 0
    say "stopping the throwaway PostgreSQL"
    pg_run "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=
}
