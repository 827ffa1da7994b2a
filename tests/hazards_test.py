#!/usr/bin/env python3
"""pgdiff's table_rewrite hazard against PostgreSQL itself: for each change
(a column type, a new column's default, SET LOGGED), build FROM with rows and
TO, ask `pgdiff --format json` whether it predicts a rewrite, apply the SQL
and compare with what the server did (pg_relation_filenode changes exactly
when the table is rewritten). Also checks the hazard carries the table's
size (reltuples after ANALYZE).

    tests/hazards_test.py --pgdiff bazel-bin/cli/pgdiff

Needs PGDIFF_TEST_PORT (tests/pg/start.sh). Stdlib only.
"""
import argparse
import json
import os
import subprocess
import sys

HOST = os.environ.get("PGDIFF_TEST_HOST", "127.0.0.1")
USER = os.environ.get("PGDIFF_TEST_USER", "postgres")
PORT = os.environ.get("PGDIFF_TEST_PORT", "")
ROWS = 1000

# (name, FROM table body, TO table body). Rows are inserted as (i) into the
# first column only, so every type accepts them (the others stay NULL).
CASES = [
    ("int -> bigint", "id int, c integer", "id int, c bigint"),
    ("bigint -> int", "id int, c bigint", "id int, c integer"),
    ("varchar(10) -> varchar(20)", "id int, c varchar(10)", "id int, c varchar(20)"),
    ("varchar(20) -> varchar(10)", "id int, c varchar(20)", "id int, c varchar(10)"),
    ("varchar(10) -> varchar", "id int, c varchar(10)", "id int, c varchar"),
    ("varchar(10) -> text", "id int, c varchar(10)", "id int, c text"),
    ("text -> varchar", "id int, c text", "id int, c varchar"),
    ("text -> varchar(5)", "id int, c text", "id int, c varchar(5)"),
    ("char(10) -> char(20)", "id int, c char(10)", "id int, c char(20)"),
    ("char(10) -> text", "id int, c char(10)", "id int, c text"),
    ("numeric(10,2) -> numeric(12,2)", "id int, c numeric(10,2)", "id int, c numeric(12,2)"),
    ("numeric(10,2) -> numeric(12,3)", "id int, c numeric(10,2)", "id int, c numeric(12,3)"),
    ("numeric(10,2) -> numeric", "id int, c numeric(10,2)", "id int, c numeric"),
    ("numeric -> numeric(10,2)", "id int, c numeric", "id int, c numeric(10,2)"),
    ("timestamp(3) -> timestamp(6)", "id int, c timestamp(3)", "id int, c timestamp(6)"),
    ("timestamp(6) -> timestamp(3)", "id int, c timestamp(6)", "id int, c timestamp(3)"),
    ("time(2) -> time(4)", "id int, c time(2)", "id int, c time(4)"),
    ("interval(2) -> interval(4)", "id int, c interval(2)", "id int, c interval(4)"),
    ("varbit(4) -> varbit(8)", "id int, c varbit(4)", "id int, c varbit(8)"),
    ("cidr -> inet", "id int, c cidr", "id int, c inet"),
    ("int -> text", "id int, c integer", "id int, c text"),
    ("varchar(10)[] -> text[]", "id int, c varchar(10)[]", "id int, c text[]"),
    ("add column, constant default", "id int", "id int, c int DEFAULT 42"),
    ("add column, stable default", "id int", "id int, c timestamptz DEFAULT now()"),
    ("add column, volatile default", "id int", "id int, c float8 DEFAULT random()"),
    ("add serial column", "id int", "id int, c serial"),
    ("add identity column", "id int", "id int, c int GENERATED ALWAYS AS IDENTITY"),
    ("add stored generated column", "id int", "id int, c int GENERATED ALWAYS AS (id * 2) STORED"),
    ("add nullable column", "id int", "id int, c text"),
]
PERSISTENCE = [("SET UNLOGGED", "", "UNLOGGED "), ("SET LOGGED", "UNLOGGED ", "")]

results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond)))
    print(("PASS " if cond else "FAIL ") + name)
    if not cond and detail:
        print("  " + detail.replace("\n", "\n  "))


def psql(db, sql):
    r = subprocess.run(["psql", "-X", "-q", "-At", "-h", HOST, "-p", PORT, "-U", USER, "-d", db,
                        "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f"psql {db}: {sql}: {r.stderr.strip()}")
    return r.stdout.strip()


def url(db):
    return f"postgresql://{USER}@{HOST}:{PORT}/{db}"


def one(exe, name, from_sql, to_sql):
    a, b = "hz_from", "hz_to"
    for db in (a, b):
        psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        psql("postgres", f'CREATE DATABASE "{db}"')
    try:
        psql(a, from_sql + f"; INSERT INTO t (id) SELECT i FROM generate_series(1, {ROWS}) i; ANALYZE t")
        psql(b, to_sql)
        r = subprocess.run([exe, "--unsafe", "--format", "json", url(a), url(b)], capture_output=True, text=True,
                           timeout=120)
        if r.returncode != 2:
            check(name, False, f"pgdiff exit {r.returncode}: {r.stderr}")
            return
        plan = json.loads(r.stdout)
        predicted = [h for s in plan["statements"] for h in s["hazards"] if h["kind"] == "table_rewrite"]
        before = psql(a, "SELECT pg_relation_filenode('t')")
        sql = "\n".join(s["sql"] for s in plan["statements"])
        psql(a, "BEGIN;\n" + sql + "\nCOMMIT;")
        after = psql(a, "SELECT pg_relation_filenode('t')")
        rewritten = before != after
        detail = f"pgdiff predicts rewrite: {bool(predicted)}; PostgreSQL rewrote: {rewritten}\nSQL:\n{sql}"
        check(f"{name}: table_rewrite hazard {'present' if rewritten else 'absent'}, as PostgreSQL did",
              bool(predicted) == rewritten, detail)
        if predicted:
            t = predicted[0]["table"]
            check(f"{name}: the hazard names public.t with its {ROWS} rows",
                  t is not None and t["schema"] == "public" and t["name"] == "t" and t["rows"] == ROWS
                  and t["pages"] > 0, json.dumps(predicted))
    finally:
        for db in (a, b):
            psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgdiff", required=True)
    args = ap.parse_args()
    if not PORT:
        print("hazards_test: PGDIFF_TEST_PORT is not set (tests/pg/start.sh)", file=sys.stderr)
        return 1
    exe = os.path.abspath(args.pgdiff)
    for name, a, b in CASES:
        try:
            one(exe, name, f"CREATE TABLE t ({a})", f"CREATE TABLE t ({b})")
        except RuntimeError as e:
            check(name, False, str(e))
    for name, a, b in PERSISTENCE:
        try:
            one(exe, name, f"CREATE {a}TABLE t (id int)", f"CREATE {b}TABLE t (id int)")
        except RuntimeError as e:
            check(name, False, str(e))
    failed = [n for n, ok in results if not ok]
    print(f"\nhazards_test: {len(results) - len(failed)} passed, {len(failed)} failed")
    for n in failed:
        print(f"  FAILED: {n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
