#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on a free 127.0.0.1 port (trust auth).
#
#   eval "$(tests/pg/start.sh)"    # exports PGDIFF_PG_DIR and PGDIFF_TEST_PORT
#   ...
#   tests/pg/stop.sh "$PGDIFF_PG_DIR"
#
# Connect as the superuser postgres: postgresql://postgres@127.0.0.1:$PGDIFF_TEST_PORT/postgres
# Also creates, for tests of authentication failures, the role
# pgdiff_pw (password "pgdiff-secret-pw") that must log in with
# scram-sha-256 over TCP (every other role: trust).
#
# Output on stdout is only the two export lines; progress goes to stderr.
# Must run as root (initdb runs as the postgres user via runuser) or as postgres.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE=${PGDIFF_PG_BASE:-/tmp}
log() { echo "pg/start.sh: $*" >&2; }

[ -x "$PG_BIN/initdb" ] || { log "no $PG_BIN/initdb (is postgresql-15 installed?)"; exit 1; }

as_pg() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

# Remove stale throwaway clusters left by killed runs: ours (marker file),
# older than 10 minutes, with no live postmaster.
for d in "$BASE"/pgdiff-pg.*; do
    [ -d "$d" ] && [ -f "$d/.pgdiff-throwaway" ] || continue
    [ -n "$(find "$d/.pgdiff-throwaway" -mmin +10 2>/dev/null)" ] || continue
    pid=$(head -1 "$d/data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then continue; fi
    log "removing stale $d"
    rm -rf "$d"
done

DIR=$(mktemp -d "$BASE/pgdiff-pg.XXXXXX")
touch "$DIR/.pgdiff-throwaway"
chmod 755 "$DIR"
DATA="$DIR/data"
mkdir "$DATA"
touch "$DIR/log"
chown postgres: "$DATA" "$DIR/log" 2>/dev/null || true
chmod 700 "$DATA"

cleanup_on_error() { log "failed; see $DIR/log"; cat "$DIR/log" >&2 2>/dev/null || true; rm -rf "$DIR"; }
trap cleanup_on_error ERR

as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; false; }

# pg_hba: the password role must authenticate; everything else is trusted.
cat >"$DATA/pg_hba.conf" <<'HBA'
# throwaway test cluster (pgdiff tests/pg/start.sh)
host    all  pgdiff_pw  127.0.0.1/32  scram-sha-256
local   all  all                      trust
host    all  all        127.0.0.1/32  trust
host    all  all        ::1/128       trust
HBA
chown postgres: "$DATA/pg_hba.conf" 2>/dev/null || true

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

started=""
for attempt in 1 2 3 4 5; do
    PORT=$(free_port)
    if as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$DIR/log" -w -t 30 -o \
        "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >"$DIR/pg_ctl.out" 2>&1; then
        started=1
        break
    fi
    log "start on port $PORT failed (attempt $attempt): $(tail -n 2 "$DIR/log" "$DIR/pg_ctl.out" 2>/dev/null | tr '\n' ' ')"
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
done
[ -n "$started" ] || { log "could not start PostgreSQL"; false; }

psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "SET password_encryption = 'scram-sha-256'; CREATE ROLE pgdiff_pw LOGIN PASSWORD 'pgdiff-secret-pw'" >&2

trap - ERR
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DATA"
echo "export PGDIFF_PG_DIR=$DIR"
echo "export PGDIFF_TEST_PORT=$PORT"
