#!/usr/bin/env python3
"""Bad input and least privilege (issue 7), on top of tests/cli_test.py's
contract (whose helpers it uses): snapshot files with a wrong format version
or a wrong shape, 100 MB snapshot files, a catalog query that hangs
(--statement-timeout), a user without privileges on some objects, and a role
with only CONNECT and USAGE whose statements are logged by the server to
prove the inspection is one READ ONLY transaction that writes nothing.

    tests/bad_input_test.py --pgdiff bazel-bin/cli/pgdiff

Needs PGDIFF_TEST_PORT (tests/pg/start.sh) for the server checks; the log
check reads the server log that tests/pg/start.sh writes next to the data
directory (<data_directory>/../log), through pg_read_file as superuser.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_test  # noqa: E402
from cli_test import PORT, Pgdiff, check, expect_error, psql, show, url  # noqa: E402

MB = 1024 * 1024
# Under --config=asan (ASAN_OPTIONS set by .bazelrc) the "huge" files are 10 MB:
# those checks are about time and memory bounds, which ASan's own overhead
# would blur; memory safety of the same code paths is checked at that size.
HUGE_MB = 10 if "ASAN_OPTIONS" in os.environ else 100


class Measured:
    """One pgdiff run with its own CPU time and peak memory (wait4), so the
    bounds hold on a loaded machine: wall time is not measured."""

    def __init__(self, exe, *args, timeout=900):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            p = subprocess.Popen([exe, *args], stdout=out, stderr=err)
            t0 = time.time()
            while True:
                pid, status, ru = os.wait4(p.pid, os.WNOHANG)
                if pid:
                    break
                if time.time() - t0 > timeout:
                    p.kill()
                    pid, status, ru = os.wait4(p.pid, 0)
                    break
                time.sleep(0.05)
            p.returncode = os.waitstatus_to_exitcode(status)
            self.returncode = p.returncode
            self.cpu = ru.ru_utime + ru.ru_stime
            self.rss_mb = ru.ru_maxrss / 1024
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode(errors="replace")
            self.stderr = err.read().decode(errors="replace")

    def one_error_line(self, must_name, contains=()):
        lines = self.stderr.splitlines()
        return (self.returncode == 1 and self.stdout == "" and len(lines) == 1 and lines[0].startswith("pgdiff: ")
                and must_name in lines[0] and all(c in lines[0] for c in contains))


def empty_doc():
    d = {"format": "pgdiff-catalog", "format_version": 1, "server_version_num": 150000, "server_version": "15.0"}
    for s in ("schemas", "extensions", "collations", "enums", "sequences", "relations", "constraints", "indexes",
              "functions", "triggers", "policies", "extension_members", "depends", "unsupported"):
        d[s] = []
    return d


def write(path, doc):
    with open(path, "w") as f:
        json.dump(doc, f)
    return path


def psql_out(db, sql):
    r = subprocess.run(["psql", "-X", "-q", "-At", "-h", cli_test.HOST, "-p", PORT, "-U", cli_test.USER, "-d", db,
                        "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(f"psql {db}: {sql}: {r.stderr.strip()}")
    return r.stdout


def snapshot_files(pg, tmp):
    d = empty_doc()
    d["format_version"] = 3
    p = write(os.path.join(tmp, "v3.json"), d)
    expect_error(pg, "snapshot of format_version 3: exit 1, names the file and the version", [p, "EMPTY"], p,
                 contains=("format_version 3", "reads versions 1 to 2"))
    d = empty_doc()
    d["format_version"] = 2
    d["relations"] = [{"schema": "public", "name": "t", "relkind": "r", "columns": [[1, "c", "integer"]]}]
    p = write(os.path.join(tmp, "v2_short_column.json"), d)
    expect_error(pg, "format_version 2 snapshot with a short positional column: exit 1, names the path",
                 ["EMPTY", p], p, contains=("relations[0].columns[0]: expected an array of 18 items",))
    d = empty_doc()
    d["relations"] = [{"schema": "public", "name": "t", "relkind": "r", "columns": [{"name": "c", "num": "1"}]}]
    p = write(os.path.join(tmp, "shape.json"), d)
    expect_error(pg, "snapshot with a wrongly typed field: exit 1, names the path", ["EMPTY", p], p,
                 contains=("relations[0].columns[0].num: expected an integer",))
    d = empty_doc()
    d["sequences"] = [{"schema": "public", "name": "s", "start": "1", "increment": "1", "min": "1; DROP TABLE x",
                       "max": "9", "cache": "1"}]
    p = write(os.path.join(tmp, "inject.json"), d)
    expect_error(pg, "snapshot with SQL in a sequence bound: exit 1, nothing printed", ["--unsafe", "EMPTY", p], p,
                 contains=("sequences[0].min",))

    # 100 MB files: a clear outcome within bounded CPU time and memory.
    # (Bounds are generous: the test binary is an unoptimised -O0 build, maybe
    # under ASan; they catch a blow-up, not a slowdown.)
    head = json.dumps(empty_doc())[:-1]
    p = os.path.join(tmp, "huge-truncated.json")
    with open(p, "w") as f:
        f.write(head[:head.index('"unsupported"')] + '"unsupported": [')
        row = '["cast", "", "integer AS text"], '
        f.write(row * (HUGE_MB * MB // len(row)))
    m = Measured(pg.exe, p, "EMPTY")
    check(f"{HUGE_MB} MB truncated snapshot (no end): exit 1, one line, not valid JSON",
          m.one_error_line(p, ("not valid JSON",)), f"exit {m.returncode} {m.stderr[:500]!r}")
    check(f"{HUGE_MB} MB truncated snapshot: bounded ({m.cpu:.1f} s CPU < 300, peak {m.rss_mb:.0f} MB < 4096)",
          m.cpu < 300 and m.rss_mb < 4096)
    os.remove(p)

    p = os.path.join(tmp, "huge-garbage.json")
    with open(p, "wb") as f:
        f.write(b"\x00garbage" * (HUGE_MB * MB // 8))
    m = Measured(pg.exe, "EMPTY", p)
    check(f"{HUGE_MB} MB of binary garbage: exit 1, one line, not valid JSON",
          m.one_error_line(p, ("not valid JSON",)), f"exit {m.returncode} {m.stderr[:500]!r}")
    check(f"{HUGE_MB} MB of binary garbage: bounded ({m.cpu:.1f} s CPU < 30, peak {m.rss_mb:.0f} MB < 1024)",
          m.cpu < 30 and m.rss_mb < 1024)
    os.remove(p)

    # A valid 100 MB snapshot (one table whose comment is 100 MB of text).
    d = empty_doc()
    d["schemas"] = [{"name": "public", "oid": 2200, "owner": "postgres"}]
    d["relations"] = [{"schema": "public", "name": "t", "relkind": "r", "oid": 16384, "owner": "postgres",
                       "columns": [{"name": "id", "num": 1, "type": "integer"}]}]
    d["comments"] = [[1259, 16384, 0, "it's " * (HUGE_MB * MB // 5)]]
    p = write(os.path.join(tmp, "huge-valid.json"), d)
    del d
    m = Measured(pg.exe, p, p)
    check(f"valid {HUGE_MB} MB snapshot diffed with itself: exit 0, nothing printed",
          m.returncode == 0 and m.stdout == "" and m.stderr == "", f"exit {m.returncode} {m.stderr[:500]!r}")
    check(f"valid {HUGE_MB} MB snapshot, both sides: bounded ({m.cpu:.1f} s CPU < 120, peak {m.rss_mb:.0f} MB < 2048)",
          m.cpu < 120 and m.rss_mb < 2048)
    m = Measured(pg.exe, "--unsafe", "EMPTY", p)
    check(f"valid {HUGE_MB} MB snapshot vs EMPTY: exit 2, the comment is printed as one quoted literal",
          m.returncode == 2 and "IS 'it''s it''s" in m.stdout and m.stdout.count("\n") < 10,
          f"exit {m.returncode} {m.stderr[:500]!r}")
    os.remove(p)


def statement_timeout(pg, db):
    """A catalog query that hangs: another session holds an ACCESS EXCLUSIVE
    lock on a system catalog the query reads (pg_ts_config)."""
    holder = subprocess.Popen(["psql", "-X", "-q", "-At", "-h", cli_test.HOST, "-p", PORT, "-U", cli_test.USER, "-d", db],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        holder.stdin.write("BEGIN; LOCK TABLE pg_catalog.pg_ts_config IN ACCESS EXCLUSIVE MODE; SELECT 'locked';\n")
        holder.stdin.flush()
        line = holder.stdout.readline()
        check("statement timeout: set-up holds the lock", line.strip() == "locked", line)
        t0 = time.time()
        try:
            expect_error(pg, "a catalog query that hangs: --statement-timeout 2 gives exit 1",
                         ["--statement-timeout", "2", url(db), "EMPTY"], url(db), contains=("statement timeout",))
        except subprocess.TimeoutExpired:
            check("a catalog query that hangs: --statement-timeout 2 gives exit 1", False, "pgdiff hung for 60 s")
        took = time.time() - t0
        check(f"--statement-timeout 2 is honoured (took {took:.1f} s)", took < 20)
    finally:
        try:
            holder.stdin.write("ROLLBACK;\n\\q\n")
            holder.stdin.flush()
        except OSError:
            pass
        try:
            holder.wait(timeout=20)
        except subprocess.TimeoutExpired:
            holder.kill()


def limited_roles(pg, db, tmp):
    nopriv, ro = "i7_nopriv", "i7_readonly"
    for role in (nopriv, ro):
        psql("postgres", f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    psql(db, """
        CREATE SCHEMA hidden;
        REVOKE ALL ON SCHEMA hidden FROM PUBLIC;
        CREATE TABLE hidden.t (id int PRIMARY KEY, secret text CHECK (secret <> ''));
        CREATE INDEX ON hidden.t (secret);
        CREATE VIEW hidden.v AS SELECT id FROM hidden.t;
        CREATE FUNCTION hidden.f(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
        REVOKE ALL ON FUNCTION hidden.f(int) FROM PUBLIC;
        CREATE SEQUENCE hidden.s;
        ALTER TABLE hidden.t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY p ON hidden.t USING (id > 0);
        CREATE TABLE public.open (x int);
        REVOKE ALL ON public.open FROM PUBLIC;
        COMMENT ON TABLE hidden.t IS 'only the owner may read me';
    """)
    want = pg("--unsafe", "--with-privileges", "EMPTY", url(db))
    check("least privilege: superuser diff (reference) exits 2", want.returncode == 2 and want.stdout, show(want)[:1000])

    got = pg("--unsafe", "--with-privileges", "EMPTY", url(db, nopriv))
    check("a user without privileges on some objects: same SQL as the superuser (catalogs only)",
          got.returncode == 2 and got.stdout == want.stdout and '"hidden"."t"' in got.stdout,
          show(got)[:2000])

    # A role that may only connect and use the public schema.
    psql(db, f'REVOKE CONNECT ON DATABASE "{db}" FROM PUBLIC; GRANT CONNECT ON DATABASE "{db}" TO {ro}; '
             f'REVOKE ALL ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO {ro}')
    r = pg("--unsafe", "--with-privileges", "EMPTY", url(db, nopriv))
    check("CONNECT revoked: the other role is refused (exit 1)", r.returncode == 1 and "permission denied" in r.stderr,
          show(r))
    datadir = psql_out("postgres", "SHOW data_directory").strip()
    log = os.path.join(os.path.dirname(datadir), "log")
    size0 = int(psql_out("postgres", f"SELECT (pg_stat_file('{log}')).size"))
    psql("postgres", f"ALTER ROLE {ro} SET log_statement = 'all'")
    try:
        got = pg("--unsafe", "--with-privileges", "EMPTY", url(db, ro))
        want = pg("--unsafe", "--with-privileges", "EMPTY", url(db))
        check("a role with only CONNECT and USAGE: exit 2, same SQL as the superuser",
              got.returncode == 2 and got.stdout == want.stdout, show(got)[:2000])
        time.sleep(0.5)
        size1 = int(psql_out("postgres", f"SELECT (pg_stat_file('{log}')).size"))
        text = psql_out("postgres", f"SELECT pg_read_file('{log}', {size0}, {size1 - size0})")
        stmts = [m.group(1) for m in re.finditer(r"statement:\s*(\S[^\n]*)", text)]
        heads = [s.split()[0].upper() for s in stmts]
        check("the read-only role's session is logged", len(stmts) >= 3, text[-2000:])
        check("the inspection runs in a READ ONLY transaction",
              any(s.startswith("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") for s in stmts), "\n".join(stmts)[:2000])
        check("pgdiff sends only SET, BEGIN, the catalog query (WITH) and ROLLBACK",
              set(heads) <= {"SET", "BEGIN", "WITH", "ROLLBACK"}, str(heads))
        psql("postgres", f"ALTER ROLE {ro} SET default_transaction_read_only = on")
        r = pg("snapshot", url(db, ro))
        check("with default_transaction_read_only = on the role still gets a snapshot", r.returncode == 0, show(r)[:500])
    finally:
        psql("postgres", f"ALTER ROLE {ro} RESET ALL")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pgdiff", required=True)
    args = ap.parse_args()
    pg = Pgdiff(os.path.abspath(args.pgdiff))
    tmp = tempfile.mkdtemp(prefix="pgdiff-bad-input.")
    try:
        snapshot_files(pg, tmp)
        if not PORT:
            check("PGDIFF_TEST_PORT is set (tests/pg/start.sh; tests/run.sh passes it)", False)
            return cli_test.summary()
        db = f"badinput{os.getpid()}"
        psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        psql("postgres", f'CREATE DATABASE "{db}" TEMPLATE template0')
        try:
            statement_timeout(pg, db)
            limited_roles(pg, db, tmp)
        except RuntimeError as e:
            check("set-up", False, str(e))
        finally:
            psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        return cli_test.summary()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
