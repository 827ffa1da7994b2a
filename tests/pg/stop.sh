#!/usr/bin/env bash
# Stops and removes a throwaway cluster made by start.sh:
#   tests/pg/stop.sh "$PGDIFF_PG_DIR"
set -uo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${1:-${PGDIFF_PG_DIR:-}}
[ -n "$DIR" ] || { echo "usage: stop.sh DIR" >&2; exit 2; }
[ -f "$DIR/.pgdiff-throwaway" ] || { echo "stop.sh: $DIR is not a pgdiff throwaway cluster" >&2; exit 2; }
if [ -f "$DIR/data/postmaster.pid" ]; then
    if [ "$(id -un)" = postgres ]; then
        "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    else
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    fi
fi
rm -rf "$DIR"
