#!/usr/bin/env python3
"""Server cost of each top-level section of pgdiff's catalog query.

    bench/query_sections.py --query Q.sql --begin B.sql URL [--runs 3] [--whole]

Q.sql is `catalog_floor --print-query`, B.sql `catalog_floor --print-begin`.
For every section the final SELECT names ('key', coalesce((SELECT items FROM
cte), ...)), it runs the query's WITH list followed by a SELECT of that one
section only (PostgreSQL evaluates only the CTEs a statement reads), inside
the same read-only transaction settings as pgdiff, and reports the backend's
CPU time (utime + stime of the server process, from /proc: the server must
run on this machine and this script must be allowed to read its /proc
entry) and the wall time, the minimum over --runs. --whole also times the
whole query. The output is a markdown table sorted by CPU time.

It uses only psql (no Python driver), a new session for every run (cold
caches, as in pgdiff).
"""
import argparse
import os
import re
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        rest = f.read().rsplit(")", 1)[1].split()
    # fields after the command: state(0) ppid ... utime is field 14 -> index 11
    return (int(rest[11]) + int(rest[12])) / TICK


class Session:
    def __init__(self, url):
        self.p = subprocess.Popen(
            ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.n = 0

    def run(self, sql):
        """Runs sql, returns its output lines."""
        self.n += 1
        marker = f"__done_{self.n}__"
        self.p.stdin.write(sql.rstrip().rstrip(";") + ";\n\\echo " + marker + "\n")
        self.p.stdin.flush()
        out = []
        for line in self.p.stdout:
            line = line.rstrip("\n")
            if line == marker:
                return out
            out.append(line)
        raise SystemExit("psql ended early (error above?)")

    def close(self):
        self.p.stdin.close()
        self.p.wait()


def split_query(text):
    """(with_list, [(key, cte)], final_select) of the catalog query."""
    m = re.search(r"\nSELECT json_build_object\(", text)
    if not m:
        raise SystemExit("query_sections: final SELECT json_build_object( not found")
    with_list, final = text[: m.start()], text[m.start():]
    sections = re.findall(r"'(\w+)', coalesce\(\(SELECT items FROM (\w+)\)", final)
    return with_list, sections, final


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--query", required=True)
    ap.add_argument("--begin", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--whole", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated section keys")
    ap.add_argument("url")
    a = ap.parse_args()
    text = open(a.query).read()
    begin = open(a.begin).read().strip()
    with_list, sections, final = split_query(text)
    if a.only:
        keep = set(a.only.split(","))
        sections = [s for s in sections if s[0] in keep]
    jobs = [(key, f"{with_list}\nSELECT pg_catalog.length((SELECT items FROM {cte})::text)")
            for key, cte in sections]
    if a.whole:
        jobs.append(("(whole query)", f"SELECT pg_catalog.length(({text.strip()}))"))
    rows = []
    for key, sql in jobs:
        best_cpu = best_wall = None
        size = None
        for _ in range(a.runs):
            # a new connection per run: pgdiff's inspection starts with cold
            # catalog and relation caches, and so does each measurement
            s = Session(a.url)
            pid = int(s.run("SELECT pg_catalog.pg_backend_pid()")[0])
            s.run(begin)
            c0, w0 = proc_cpu(pid), time.monotonic()
            size = s.run(sql)[0]
            c1, w1 = proc_cpu(pid), time.monotonic()
            s.run("ROLLBACK")
            s.close()
            cpu, wall = c1 - c0, w1 - w0
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            best_wall = wall if best_wall is None else min(best_wall, wall)
        rows.append((key, best_cpu, best_wall, size))
        print(f"{key}: cpu {best_cpu:.2f} s wall {best_wall:.2f} s bytes {size}", file=sys.stderr)
    rows.sort(key=lambda r: -r[1])
    print("| section | backend CPU (s) | wall (s) | JSON bytes |")
    print("| --- | ---: | ---: | ---: |")
    for key, cpu, wall, size in rows:
        print(f"| {key} | {cpu:.2f} | {wall:.2f} | {size or 0} |")
    total = sum(r[1] for r in rows if r[0] != "(whole query)")
    print(f"| (sum of sections) | {total:.2f} | | |")
    with open("/proc/loadavg") as f:
        print(f"\nload average: {' '.join(f.read().split()[:3])}")


if __name__ == "__main__":
    main()
