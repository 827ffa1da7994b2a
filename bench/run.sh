#!/usr/bin/env bash
# pgdiff benchmark (issue 6): one command, see bench/README.md.
#
#   bench/run.sh [--tables 1000,5000] [--runs 3] [--check 1000] [--explain N]
#                [--synthetic N:K] [--workdir DIR] [--no-build]
#                [--port P [--no-load]]
#
# Builds //cli:pgdiff, //bench:catalog_floor and //bench:diff_only (-c opt),
# starts a throwaway PostgreSQL 15 (own temp dir, free 127.0.0.1 port,
# fsync off), loads genschema's base and changed schemas per size into two
# databases, measures (median of --runs runs) and prints a markdown table on
# stdout. Progress goes to stderr. The server is always stopped on exit.
#
# --check N     (default 1000; 0 = off) for size N, after measuring: apply
#               pgdiff's migration A->B to a copy of A in one transaction
#               (psql -1 -v ON_ERROR_STOP=1) and re-diff (must print nothing,
#               exit 0); the same for B->A on a copy of B.
# --explain N   write EXPLAIN (ANALYZE, BUFFERS) of the catalog query on
#               database A of size N to WORKDIR/explain_N.txt.
# --synthetic N:K  also time diff only on a synthetic catalog of K copies of
#               the N-table snapshots (bench/synth_catalog.py; 5000:20 gives
#               100,000 tables).
# --workdir DIR keep generated schemas, snapshots, migrations and logs in DIR
#               (default: a temp dir removed on exit).
# --port P      use the PostgreSQL already running on 127.0.0.1:P (superuser
#               postgres, trust) instead of a throwaway one; with --no-load,
#               its databases a_N and b_N are used as they are.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
genschema="${GENSCHEMA:-$root/../shared/bench/genschema}"
[ -x "$genschema" ] || genschema=/work/shared/bench/genschema

tables="1000,5000"
runs=3
check=1000
explain=""
workdir=""
build=1
port=""
load=1
synthetic=""
while [ $# -gt 0 ]; do
    case "$1" in
        --tables) tables="$2"; shift 2 ;;
        --tables=*) tables="${1#*=}"; shift ;;
        --runs) runs="$2"; shift 2 ;;
        --check) check="$2"; shift 2 ;;
        --explain) explain="$2"; shift 2 ;;
        --workdir) workdir="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --port) port="$2"; shift 2 ;;
        --no-load) load=0; shift ;;
        --synthetic) synthetic="$2"; shift 2 ;;
        -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 1 ;;
    esac
done
IFS=',' read -r -a sizes <<<"$tables"

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# --- tools -------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    log "installing GNU time"
    apt-get install -y --no-upgrade time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y --no-upgrade time >/dev/null; }
fi
pgbin=/usr/lib/postgresql/15/bin
[ -x "$pgbin/initdb" ] || { echo "run.sh: PostgreSQL 15 not found in $pgbin" >&2; exit 1; }

if [ "$build" = 1 ]; then
    log "bazel build -c opt //cli:pgdiff //bench:catalog_floor //bench:diff_only"
    (cd "$root" && bazel build -c opt //cli:pgdiff //bench:catalog_floor //bench:diff_only >&2)
fi
bin="$(cd "$root" && bazel info -c opt bazel-bin 2>/dev/null)"
pgdiff="$bin/cli/pgdiff"
floor="$bin/bench/catalog_floor"
diffonly="$bin/bench/diff_only"
for b in "$pgdiff" "$floor" "$diffonly"; do
    [ -x "$b" ] || { echo "run.sh: $b missing (build failed?)" >&2; exit 1; }
done

# --- throwaway server ----------------------------------------------------------
tmp="$(mktemp -d /tmp/pgdiff-bench.XXXXXX)"
chmod 755 "$tmp"
if [ -n "$workdir" ]; then mkdir -p "$workdir"; work="$(cd "$workdir" && pwd)"; else work="$tmp/work"; mkdir -p "$work"; fi
pgdata="$tmp/pgdata"
cleanup() {
    if [ -f "$pgdata/postmaster.pid" ]; then
        runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "$port" ]; then
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$pgdata" && chown postgres "$pgdata"
log "initdb + start PostgreSQL 15 on 127.0.0.1:$port ($pgdata)"
runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# autovacuum off: the benchmark runs VACUUM ANALYZE itself after loading, so
# no background worker competes with the measured runs on 2 cores.
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off -c max_locks_per_transaction=1024" \
    start >/dev/null
else
log "using the server on 127.0.0.1:$port"
fi

url() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }
psqlq() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# --- helpers ----------------------------------------------------------------------
now_ns() { date +%s%N; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
secs() { awk -v ns="$1" 'BEGIN {printf "%.2f s", ns/1e9}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.0f MB", b/1e6}'; }

rows=()
details=()
checks=()

for n in "${sizes[@]}"; do
    a="a_$n"; b="b_$n"
    if [ "$load" = 1 ]; then
    log "[$n tables] genschema base/changed"
    "$genschema" --tables "$n" >"$work/base_$n.sql"
    "$genschema" --tables "$n" --variant changed >"$work/changed_$n.sql"
    log "[$n tables] loading $a and $b"
    psqlq -d "$(url postgres)" -c "DROP DATABASE IF EXISTS $a" -c "DROP DATABASE IF EXISTS $b" \
        -c "CREATE DATABASE $a" -c "CREATE DATABASE $b"
    psqlq -d "$(url "$a")" -f "$work/base_$n.sql" >/dev/null
    psqlq -d "$(url "$b")" -f "$work/changed_$n.sql" >/dev/null
    psqlq -d "$(url "$a")" -c "VACUUM ANALYZE"
    psqlq -d "$(url "$b")" -c "VACUUM ANALYZE"
    psqlq -d "$(url postgres)" -c "CHECKPOINT"
    fi

    # warm-up (caches, first connection to each database)
    "$floor" "$(url "$a")" "$(url "$b")" >/dev/null

    f_ns=(); e_ns=(); e_rss=(); d_ns=(); inner=()
    for ((r = 1; r <= runs; r++)); do
        log "[$n tables] run $r/$runs: floor, pgdiff, pg_dump -s"
        t0=$(now_ns)
        out="$("$floor" "$(url "$a")" "$(url "$b")")"
        t1=$(now_ns)
        f_ns+=($((t1 - t0)))
        inner+=("$(sed -n 's/.*floor_ms=\([0-9.]*\).*/\1/p' <<<"$out")")
        json_bytes=$(awk '{for (i=1;i<=NF;i++) {split($i,kv,"="); if (kv[1]=="a_bytes"||kv[1]=="b_bytes") s+=kv[2]}} END {print s}' <<<"$out")

        rc=0
        t0=$(now_ns)
        /usr/bin/time -f "%M" -o "$work/time_$n.txt" \
            "$pgdiff" --unsafe --with-privileges "$(url "$a")" "$(url "$b")" >/dev/null 2>"$work/pgdiff_$n.err" || rc=$?
        t1=$(now_ns)
        if [ "$rc" != 2 ]; then
            echo "run.sh: pgdiff exited $rc at $n tables (expected 2): $(head -c 500 "$work/pgdiff_$n.err")" >&2
            exit 1
        fi
        e_ns+=($((t1 - t0)))
        e_rss+=("$(tail -n 1 "$work/time_$n.txt")")

        t0=$(now_ns)
        pg_dump -s -d "$(url "$a")" >/dev/null
        t1=$(now_ns)
        d_ns+=($((t1 - t0)))
    done
    fm=$(echo "${f_ns[*]}" | median)
    em=$(echo "${e_ns[*]}" | median)
    dm=$(echo "${d_ns[*]}" | median)
    rss=$(echo "${e_rss[*]}" | median)   # KiB
    ratio=$(awk -v e="$em" -v f="$fm" 'BEGIN {printf "%.2fx", e/f}')

    log "[$n tables] snapshots + diff only"
    "$pgdiff" snapshot "$(url "$a")" -o "$work/snap_a_$n.json"
    "$pgdiff" snapshot "$(url "$b")" -o "$work/snap_b_$n.json"
    dout="$("$diffonly" --runs "$runs" "$work/snap_a_$n.json" "$work/snap_b_$n.json")"
    dms=$(sed -n 's/.*diff_ms=\([0-9.]*\).*/\1/p' <<<"$dout")
    lcpu=$(sed -n 's/.*load_cpu_ms=\([0-9.]*\).*/\1/p' <<<"$dout")
    prcpu=$(sed -n 's/.*plan_render_cpu_ms=\([0-9.]*\).*/\1/p' <<<"$dout")
    rss_ratio=$(awk -v r="$rss" -v j="$json_bytes" 'BEGIN {printf "%.1fx", r*1024/j}')

    rows+=("| $n | $(secs "$fm") | $(secs "$em") | $ratio | ${dms} ms | ${lcpu} ms | ${prcpu} ms | $(mb $((rss * 1024))) ($rss_ratio JSON) | $(mb "$json_bytes") | $(secs "$dm") |")
    details+=("| $n | $(echo "${inner[*]}" | median) ms | $(sed 's/ /, /g' <<<"$dout") |")
    log "[$n tables] floor $(secs "$fm"), pgdiff $(secs "$em") ($ratio), diff only $dms ms, rss $(mb $((rss * 1024))), json $(mb "$json_bytes"), pg_dump -s $(secs "$dm")"

    if [ -n "$explain" ] && [ "$explain" = "$n" ]; then
        log "[$n tables] EXPLAIN ANALYZE of the catalog query on $a -> $work/explain_$n.txt"
        {
            echo "$("$floor" --print-begin);"
            echo "EXPLAIN (ANALYZE, BUFFERS, VERBOSE OFF)"
            "$floor" --print-query
            echo ";"
            echo "ROLLBACK;"
        } >"$work/explain_query_$n.sql"
        psqlq -d "$(url "$a")" -f "$work/explain_query_$n.sql" >"$work/explain_$n.txt"
    fi

    if [ "$check" = "$n" ]; then
        for dir in "a b" "b a"; do
            set -- $dir
            from="${1}_$n"; to="${2}_$n"; copy="${1}_${n}_check"
            log "[$n tables] migration check $from -> $to (on a copy of $from)"
            psqlq -d "$(url postgres)" -c "DROP DATABASE IF EXISTS $copy" -c "CREATE DATABASE $copy TEMPLATE $from"
            rc=0
            "$pgdiff" --unsafe --with-privileges "$(url "$from")" "$(url "$to")" >"$work/migration_${from}_to_${to}.sql" 2>"$work/check.err" || rc=$?
            stmts=$(grep -c ';$' "$work/migration_${from}_to_${to}.sql" || true)
            if [ "$rc" != 2 ]; then
                checks+=("- $n tables, $from -> $to: pgdiff exited $rc (expected 2): $(head -n 1 "$work/check.err")")
                continue
            fi
            if ! psqlq -1 -d "$(url "$copy")" -f "$work/migration_${from}_to_${to}.sql" >/dev/null 2>"$work/apply.err"; then
                checks+=("- $n tables, $from -> $to: FAILED to apply (migration of $stmts lines ending in ';'): $(grep -m 1 -E 'ERROR' "$work/apply.err" || head -n 1 "$work/apply.err")")
                continue
            fi
            rc=0
            "$pgdiff" --unsafe --with-privileges "$(url "$copy")" "$(url "$to")" >"$work/rediff_${from}_to_${to}.sql" 2>"$work/check.err" || rc=$?
            left=$(grep -c ';$' "$work/rediff_${from}_to_${to}.sql" || true)
            if [ "$rc" = 0 ] && [ ! -s "$work/rediff_${from}_to_${to}.sql" ]; then
                # stricter: pg_dump -s of the migrated copy against the target (sorted lines;
                # pg_dump's comment lines, blank lines and \restrict keys left out)
                dumpcmp() { pg_dump -s -d "$(url "$1")" | grep -v -E '^(--|$|\\(un)?restrict )' | sort; }
                diff <(dumpcmp "$copy") <(dumpcmp "$to") >"$work/dumpdiff_${from}_to_${to}.txt" || true
                ndiff=$(grep -c '^[<>]' "$work/dumpdiff_${from}_to_${to}.txt" || true)
                if [ "$ndiff" = 0 ]; then
                    dumpnote="pg_dump -s of the result equals the target's"
                else
                    dumpnote="pg_dump -s of the result differs from the target's in $ndiff sorted lines, first: $(grep -m 1 '^[<>]' "$work/dumpdiff_${from}_to_${to}.txt" | head -c 200)"
                fi
                checks+=("- $n tables, $from -> $to: OK (migration of $stmts lines ending in ';' applied in one transaction; re-diff prints nothing, exit 0); $dumpnote")
            else
                checks+=("- $n tables, $from -> $to: applied but re-diff exited $rc with $left lines ending in ';' left, first: $(grep -m 1 ';$' "$work/rediff_${from}_to_${to}.sql" | head -c 300)")
            fi
        done
    fi
    # free the disk of this size before the next one (keep $a for --explain)
    psqlq -d "$(url postgres)" -c "DROP DATABASE IF EXISTS a_${n}_check" -c "DROP DATABASE IF EXISTS b_${n}_check"
done

synth_row=""
if [ -n "$synthetic" ]; then
    sn="${synthetic%%:*}"; sk="${synthetic##*:}"
    log "[synthetic] $sk copies of the $sn-table snapshots"
    python3 "$here/synth_catalog.py" --copies "$sk" "$work/snap_a_$sn.json" "$work/synth_a.json"
    python3 "$here/synth_catalog.py" --copies "$sk" "$work/snap_b_$sn.json" "$work/synth_b.json"
    sout="$(/usr/bin/time -f "rss_kb=%M" "$diffonly" --runs 1 "$work/synth_a.json" "$work/synth_b.json" 2>&1)"
    synth_row="| $((sn * sk)) (synthetic: $sk x $sn) | $(sed 's/ /, /g' <<<"$sout" | tr '\n' ' ') |"
    rm -f "$work/synth_a.json" "$work/synth_b.json"
fi

# --- report -------------------------------------------------------------------------
echo
echo "pgdiff benchmark: $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), median of $runs runs, git $(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet HEAD -- include cli || echo '+uncommitted')"
echo
echo "| tables | floor | pgdiff end to end | ratio | diff only (wall) | load (CPU) | diff + plan + render (CPU) | peak RSS | catalog JSON size | pg_dump -s |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "Details: floor as measured inside catalog_floor (no process start), diff-only phases (in-process, median):"
echo
echo "| tables | floor (in-process) | diff only: load + plan + render |"
echo "| ---: | ---: | --- |"
printf '%s\n' "${details[@]}"
if [ -n "$synth_row" ]; then
    echo
    echo "Synthetic catalog, diff only (one run; peak RSS of diff_only, which holds both texts):"
    echo
    echo "| tables | diff_only |"
    echo "| --- | --- |"
    echo "$synth_row"
fi
if [ "${#checks[@]}" -gt 0 ]; then
    echo
    echo "Migration check (apply with psql -1 -v ON_ERROR_STOP=1, then re-diff):"
    echo
    printf '%s\n' "${checks[@]}"
fi
if [ -n "$explain" ] && [ -f "$work/explain_$explain.txt" ]; then
    echo
    echo "EXPLAIN ANALYZE of the catalog query at $explain tables: $work/explain_$explain.txt"
fi
