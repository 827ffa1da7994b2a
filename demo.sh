#!/usr/bin/env bash
# pgdiff in one command: installs what is needed, builds the CLI, starts a
# throwaway PostgreSQL 15, loads examples/before.sql and examples/after.sql
# into two databases and prints the migration between them.
#   ./demo.sh                      # examples/before.sql -> examples/after.sql
#   ./demo.sh FROM.sql TO.sql      # your own pair of schema files
set -euo pipefail
cd "$(dirname "$0")"
from_sql=${1:-examples/before.sql}
to_sql=${2:-examples/after.sql}

tools/install-deps.sh --demo
echo "demo: building //cli:pgdiff ..." >&2
bazel build //cli:pgdiff >&2 2>/dev/null || bazel build //cli:pgdiff >&2
pgdiff=bazel-bin/cli/pgdiff

eval "$(tests/pg/start.sh)"
trap 'tests/pg/stop.sh "$PGDIFF_PG_DIR"' EXIT
sql() { psql -X -q -h 127.0.0.1 -p "$PGDIFF_TEST_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
url() { echo "postgresql://postgres@127.0.0.1:$PGDIFF_TEST_PORT/$1"; }

sql -d postgres -c "CREATE DATABASE demo_from" -c "CREATE DATABASE demo_to"
sql -d demo_from -1 -f "$from_sql"
sql -d demo_to -1 -f "$to_sql"

echo "demo: pgdiff $(url demo_from) $(url demo_to)" >&2
echo >&2
set +e
"$pgdiff" "$(url demo_from)" "$(url demo_to)" >/tmp/pgdiff-demo.$$.sql
rc=$?
set -e
cat /tmp/pgdiff-demo.$$.sql
echo >&2
case $rc in
    0) echo "demo: exit 0: no differences" >&2 ;;
    2) echo "demo: exit 2: differences printed above; applying them to demo_from ..." >&2
       sql -d demo_from -1 -f /tmp/pgdiff-demo.$$.sql
       "$pgdiff" "$(url demo_from)" "$(url demo_to)" >/dev/null && \
           echo "demo: applied; a second pgdiff finds no differences (exit 0)" >&2 ;;
    3) echo "demo: exit 3: the migration would lose data; run pgdiff with --unsafe to see it" >&2 ;;
    *) echo "demo: pgdiff failed (exit $rc)" >&2 ;;
esac
rm -f /tmp/pgdiff-demo.$$.sql
