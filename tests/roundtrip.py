#!/usr/bin/env python3
"""Roundtrip test: for every tests/cases/<name>/ holding a.sql and b.sql, in
both directions (a->b and b->a):

  1. load a.sql and b.sql into two fresh databases (psql -1, ON_ERROR_STOP);
  2. copy the FROM database (CREATE DATABASE ... TEMPLATE) into a work db;
  3. run `pgdiff --unsafe WORK TO`, apply its SQL to WORK in one transaction;
  4. require `pg_dump -s` of WORK and TO to be equal once normalised
     (comment, blank, SET, set_config and \\restrict lines dropped, trailing
     commas removed, dump entries sorted; column order is compared);
  5. require a second `pgdiff WORK TO` to print nothing and exit 0.

An optional <case>/flags file holds extra pgdiff options (e.g.
--with-privileges) used for both diffs of that case.

--online runs every case in online mode (pgdiff --online): the script then
holds its own BEGIN/COMMIT blocks and statements that must run outside a
transaction (CREATE INDEX CONCURRENTLY), so it is applied as it is, not in
one transaction. --plan-schema FILE also validates `pgdiff --format json`
of every case and direction against that JSON Schema (python3-jsonschema),
and checks that the JSON plan's statements are the SQL script's.

Each case/direction is reported on its own (PASS/FAIL), a failure shows the
case, the direction, the generated SQL and the dump diff. Exit status 1 if
anything failed. Needs PGDIFF_TEST_PORT (tests/pg/start.sh); stdlib only.

    tests/roundtrip.py --pgdiff bazel-bin/cli/pgdiff --cases tests/cases [--online]
        [--plan-schema docs/plan.schema.json] [--case NAME]...
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import time

HOST = os.environ.get("PGDIFF_TEST_HOST", "127.0.0.1")
USER = os.environ.get("PGDIFF_TEST_USER", "postgres")
PORT = os.environ.get("PGDIFF_TEST_PORT", "")
DIRECTIONS = (("a", "b"), ("b", "a"))
MAX_DIFF_LINES = 200


class StepFailed(Exception):
    def __init__(self, step, detail):
        super().__init__(step)
        self.step = step
        self.detail = detail


def url(db):
    return f"postgresql://{USER}@{HOST}:{PORT}/{db}"


def run(cmd, timeout=300, stdin=None):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, input=stdin)
    except subprocess.TimeoutExpired as e:
        raise StepFailed("timeout", f"{' '.join(cmd)} did not finish in {timeout}s") from e


def psql(db, *args, timeout=300):
    return run(["psql", "-X", "-q", "-h", HOST, "-p", PORT, "-U", USER, "-d", db,
                "-v", "ON_ERROR_STOP=1", *args], timeout=timeout)


def admin(sql):
    r = psql("postgres", "-c", sql)
    if r.returncode != 0:
        raise StepFailed("admin", f"{sql}\n{r.stderr.strip()}")


def drop_db(db):
    psql("postgres", "-c", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def load(db, path, label):
    admin(f'CREATE DATABASE "{db}" TEMPLATE template0')
    r = psql(db, "-1", "-f", path)
    if r.returncode != 0:
        raise StepFailed(f"loading {label}", r.stderr.strip())


NOISE = re.compile(r"^(SET |SELECT pg_catalog\.set_config\(|\\restrict|\\unrestrict)")


def dump(db):
    r = run(["pg_dump", "-s", "-h", HOST, "-p", PORT, "-U", USER, "-d", db])
    if r.returncode != 0:
        raise StepFailed(f"pg_dump {db}", r.stderr.strip())
    return r.stdout


def normalise(text):
    """pg_dump -s output as a sorted list of statements (one per dump entry).
    Dropped: comment, blank, SET, set_config and \\restrict lines. Trailing
    commas are removed; column order within a CREATE TABLE is kept and
    compared (pgdiff rebuilds a table when appending cannot reach it)."""
    blocks, cur = [], []
    for line in text.splitlines():
        if line.startswith("--"):
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if not line.strip() or NOISE.match(line):
            continue
        cur.append(line.rstrip().rstrip(","))
    if cur:
        blocks.append(cur)
    return sorted("\n".join(b) for b in blocks)


def block_lines(blocks):
    lines = []
    for b in blocks:
        lines.extend(b.split("\n"))
        lines.append("")
    return lines


def pgdiff(exe, src, dst, flags=()):
    return run([exe, "--unsafe", *flags, url(src), url(dst)])


def case_flags(cases_dir, name):
    """Extra pgdiff options from an optional <case>/flags file."""
    path = os.path.join(cases_dir, name, "flags")
    if not os.path.isfile(path):
        return []
    with open(path) as f:
        return shlex.split(f.read(), comments=True)


ONLINE = False
PLAN_SCHEMA = None


def check_plan(exe, flags, src, dst, sql):
    """The JSON plan validates against the schema and holds the script's statements."""
    import jsonschema  # python3-jsonschema (tools/install-deps.sh)
    r = run([exe, "--unsafe", "--format", "json", *flags, url(src), url(dst)])
    if r.returncode not in (0, 2):
        raise StepFailed("pgdiff --format json", f"exit {r.returncode}\n{r.stderr.strip()}")
    try:
        plan = json.loads(r.stdout)
    except ValueError as e:
        raise StepFailed("pgdiff --format json", f"not JSON: {e}\n{r.stdout[:2000]}")
    try:
        jsonschema.validate(plan, PLAN_SCHEMA)
    except jsonschema.ValidationError as e:
        raise StepFailed("JSON plan does not match docs/plan.schema.json", str(e)[:3000])
    # Blank lines and the online mode's BEGIN/COMMIT lines aside, the same text.
    script = [line for line in sql.split("\n") if line.strip() not in ("", "BEGIN;", "COMMIT;")]
    stmts = [line for s in plan["statements"] for line in s["sql"].split("\n") if line.strip()]
    if script != stmts:
        raise StepFailed("JSON plan statements differ from the SQL script",
                         "\n".join(difflib.unified_diff(script, stmts, "sql", "json", lineterm="")))
    for s in plan["statements"]:
        if s["unsafe"] != any(h["kind"] == "data_loss" for h in s["hazards"]):
            raise StepFailed("JSON plan", f"unsafe flag and data_loss hazard disagree: {s['sql']}")


def one_direction(exe, flags, src_label, dst_label, src_db, dst_db, work_db):
    """Returns (ok, report_text)."""
    out = []
    sql = ""
    try:
        admin(f'CREATE DATABASE "{work_db}" TEMPLATE "{src_db}"')
        r = pgdiff(exe, work_db, dst_db, flags)
        sql = r.stdout
        if r.stderr.strip():
            out.append("pgdiff stderr:\n" + r.stderr.rstrip())
        if r.returncode not in (0, 2):
            raise StepFailed("pgdiff", f"exit {r.returncode}\n{r.stderr.strip()}")
        if r.returncode == 0 and sql.strip():
            raise StepFailed("pgdiff", "exit 0 but printed SQL")
        if r.returncode == 2 and not sql.strip():
            raise StepFailed("pgdiff", "exit 2 but printed nothing")
        if sql.strip():
            with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
                f.write(sql)
                path = f.name
            if PLAN_SCHEMA is not None:
                check_plan(exe, flags, work_db, dst_db, sql)
            try:
                # online: the script has its own transaction blocks
                a = psql(work_db, *([] if ONLINE else ["-1"]), "-f", path)
            finally:
                os.unlink(path)
            if a.returncode != 0:
                raise StepFailed("applying the generated SQL", a.stderr.strip())
        got, want = normalise(dump(work_db)), normalise(dump(dst_db))
        if got != want:
            d = list(difflib.unified_diff(block_lines(want), block_lines(got), f"pg_dump -s {dst_label} (wanted)",
                                          f"pg_dump -s {src_label} after migration (got)", lineterm="", n=3))
            more = f"\n... {len(d) - MAX_DIFF_LINES} more diff lines" if len(d) > MAX_DIFF_LINES else ""
            raise StepFailed("schemas differ after applying", "\n".join(d[:MAX_DIFF_LINES]) + more)
        r2 = pgdiff(exe, work_db, dst_db, flags)
        if r2.returncode != 0 or r2.stdout.strip():
            raise StepFailed("second diff is not empty",
                             f"exit {r2.returncode}\nstdout:\n{r2.stdout.rstrip()}\nstderr:\n{r2.stderr.rstrip()}")
        return True, "\n".join(out)
    except StepFailed as e:
        out.append(f"step: {e.step}")
        out.append("generated SQL:\n" + (sql.rstrip() if sql.strip() else "(none)"))
        out.append(e.detail)
        return False, "\n".join(out)
    finally:
        drop_db(work_db)


def run_case(exe, cases_dir, name, prefix):
    """Returns a list of (label, ok, text, seconds)."""
    results = []
    flags = case_flags(cases_dir, name) + (["--online"] if ONLINE else [])
    dbs = {side: f"{prefix}_{side}" for side in ("a", "b")}
    t0 = time.time()
    try:
        for side in ("a", "b"):
            load(dbs[side], os.path.join(cases_dir, name, f"{side}.sql"), f"{side}.sql")
    except StepFailed as e:
        for s, d in DIRECTIONS:
            results.append((f"{name} {s}->{d}", False, f"step: {e.step}\n{e.detail}", time.time() - t0))
        for db in dbs.values():
            drop_db(db)
        return results
    for s, d in DIRECTIONS:
        t1 = time.time()
        ok, text = one_direction(exe, flags, f"{s}.sql", f"{d}.sql", dbs[s], dbs[d], f"{prefix}_w{s}{d}")
        results.append((f"{name} {s}->{d}", ok, text, time.time() - t1))
    for db in dbs.values():
        drop_db(db)
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pgdiff", required=True, help="the pgdiff binary")
    ap.add_argument("--cases", required=True, help="folder of case folders holding a.sql and b.sql")
    ap.add_argument("--case", action="append", default=[], help="only this case (repeatable)")
    ap.add_argument("--online", action="store_true", help="diff and apply in online mode (pgdiff --online)")
    ap.add_argument("--plan-schema", help="validate pgdiff --format json against this JSON Schema file")
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("PGDIFF_TEST_JOBS", "4")))
    args = ap.parse_args()
    global ONLINE, PLAN_SCHEMA
    ONLINE = args.online
    if args.plan_schema:
        with open(args.plan_schema) as f:
            PLAN_SCHEMA = json.load(f)

    if not PORT:
        print("roundtrip: PGDIFF_TEST_PORT is not set: start a server with tests/pg/start.sh "
              "and pass --test_env=PGDIFF_TEST_PORT=... (tests/run.sh does both)", file=sys.stderr)
        return 1
    exe = os.path.abspath(args.pgdiff)
    cases = sorted(n for n in os.listdir(args.cases)
                   if os.path.isfile(os.path.join(args.cases, n, "a.sql"))
                   and os.path.isfile(os.path.join(args.cases, n, "b.sql")))
    if args.case:
        missing = sorted(set(args.case) - set(cases))
        if missing:
            print(f"roundtrip: no such case: {', '.join(missing)}", file=sys.stderr)
            return 1
        cases = [c for c in cases if c in args.case]
    if not cases:
        print(f"roundtrip: no cases found under {args.cases}", file=sys.stderr)
        return 1

    lock = threading.Lock()
    failed, passed = [], 0
    # pid alone is not unique: inside bazel's sandbox it is always the same,
    # and a killed run leaves its databases behind on a shared server
    run_id = f"rt{os.getpid()}_{os.urandom(3).hex()}"

    def work(i, name):
        return run_case(exe, args.cases, name, f"{run_id}_{i}")

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(work, i, n): n for i, n in enumerate(cases)}
        for fut in concurrent.futures.as_completed(futures):
            try:
                results = fut.result()
            except Exception as e:  # a bug in this script: still report the case
                results = [(futures[fut], False, f"roundtrip.py error: {e!r}", 0.0)]
            with lock:
                for label, ok, text, secs in results:
                    if ok:
                        passed += 1
                        print(f"PASS {label} ({secs:.1f}s)")
                        if text:
                            print("  " + text.replace("\n", "\n  "))
                    else:
                        failed.append(label)
                        print(f"FAIL {label} ({secs:.1f}s)")
                        print("  " + text.replace("\n", "\n  "))
                sys.stdout.flush()

    mode = "online mode" if ONLINE else "default mode"
    print(f"\nroundtrip: {passed} passed, {len(failed)} failed ({len(cases)} cases, both directions, {mode})")
    for label in sorted(failed):
        print(f"  FAILED: {label}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
