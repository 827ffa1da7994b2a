#!/usr/bin/env python3
"""Synthetic large catalog for the diff-only benchmark (issue 6: 100,000 tables).

    bench/synth_catalog.py --copies K IN.json OUT.json

Writes a pgdiff catalog document made of K copies of the catalog document
IN.json (a snapshot, e.g. of genschema's 5,000 or 20,000 tables). Copy 0 is
the input as is; in copy k > 0 every schema is renamed NAME_ck (in names and
inside every definition text, where the schema appears as "NAME." or
'"NAME".'), and every user oid (>= 16384: fields "oid" and "*_oid", table
parents, the oids in depends, comments and extension_members) is moved by
k * 4,000,000, so the copies are independent objects with their own
dependencies. Schemas with a system oid (public) are kept once, with their
objects copied into renamed schemas. Running it on the A and on the B
snapshot of one size gives two catalogs whose diff is K times the original.

Streams the output section by section, so memory stays at about that of the
input document.
"""
import argparse
import json
import re
import sys

FIRST_USER_OID = 16384
STEP = 4_000_000


def shift(oid, k):
    if isinstance(oid, int) and oid >= FIRST_USER_OID:
        return oid + k * STEP
    return oid


def rename_text(s, pattern, k):
    return pattern.sub(lambda m: m.group(1) + m.group(2) + "_c%d" % k + m.group(3), s)


def transform(value, k, schemas, pattern):
    """One object of a section, copy k (k > 0)."""
    if isinstance(value, dict):
        out = {}
        for key, v in value.items():
            if key == "oid" or key.endswith("_oid"):
                out[key] = shift(v, k)
            elif key == "parents" and isinstance(v, list):
                out[key] = [shift(p, k) for p in v]
            elif key in ("schema",) and isinstance(v, str) and v in schemas:
                out[key] = v + "_c%d" % k
            else:
                out[key] = transform(v, k, schemas, pattern)
        return out
    if isinstance(value, list):
        return [transform(v, k, schemas, pattern) for v in value]
    if isinstance(value, str):
        return rename_text(value, pattern, k)
    return value


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, required=True)
    ap.add_argument("input")
    ap.add_argument("output")
    args = ap.parse_args()
    with open(args.input) as f:
        doc = json.load(f)
    if doc.get("format") != "pgdiff-catalog":
        sys.exit("synth_catalog.py: %s is not a pgdiff catalog document" % args.input)
    schemas = {s["name"] for s in doc["schemas"]}
    # NAME. or "NAME". not preceded by an identifier character or a quote
    alt = "|".join(re.escape(s) for s in sorted(schemas, key=len, reverse=True))
    pattern = re.compile(r'(?<![A-Za-z0-9_$"])("?)(' + alt + r')("?\.)')

    def renamed_copy(section, item, k):
        if section == "depends":
            d = list(item)
            d[1] = shift(d[1], k)
            d[4] = shift(d[4], k)
            return d
        if section == "comments":
            c = list(item)
            c[1] = shift(c[1], k)
            return c
        if section == "extension_members":
            return [item[0], shift(item[1], k), shift(item[2], k)]
        if section == "unsupported":
            u = list(item)
            if u[1] in schemas:
                u[1] = u[1] + "_c%d" % k
            return u
        return transform(item, k, schemas, pattern)

    with open(args.output, "w") as out:
        out.write("{")
        first = True
        for key, value in doc.items():
            out.write("" if first else ",\n")
            first = False
            out.write(json.dumps(key) + ": ")
            if not isinstance(value, list):
                out.write(json.dumps(value))
                continue
            out.write("[")
            n = 0
            for k in range(args.copies):
                for item in value:
                    if k > 0 and key == "schemas" and item.get("oid", 0) < FIRST_USER_OID:
                        # a system schema (public) exists once; its objects' copies
                        # go to a new schema of the same shape
                        item = dict(item)
                        item["oid"] = None
                    if k > 0:
                        if key == "schemas":
                            item = dict(item)
                            oid = item["oid"]
                            item["oid"] = shift(oid, k) if oid is not None else 9_000_000 + k
                            item["name"] = item["name"] + "_c%d" % k
                            item = {kk: (vv if kk in ("oid", "name") else transform(vv, k, schemas, pattern))
                                    for kk, vv in item.items()}
                        else:
                            item = renamed_copy(key, item, k)
                    out.write(("," if n else "") + json.dumps(item))
                    n += 1
            out.write("]")
        out.write("}\n")


if __name__ == "__main__":
    main()
