#!/usr/bin/env bash
# Installs the Debian packages pgdiff needs to build and test, skipping
# what is already there. PostgreSQL 15 and libpq-dev are expected to be
# preinstalled: they are checked, never installed or upgraded here.
#   tools/install-deps.sh            # build + tests
#   tools/install-deps.sh --demo     # only what demo.sh needs
set -euo pipefail

pkgs=(bazel-bootstrap nlohmann-json3-dev libcli11-dev libmimalloc-dev python3)
# tests also build //wasm:pgdiff_wasm (bazel test //... builds every target)
[ "${1:-}" = "--demo" ] || pkgs+=(doctest-dev emscripten nodejs chromium python3-jsonschema)  # web/: node + npm, browser tests; the JSON plan schema check
# fuzzers (tests/fuzz/run.sh): clang with libFuzzer + sanitizer runtimes;
# --config=asan uses gcc's libasan/libubsan (pulled in by g++)
[ "${1:-}" = "--demo" ] || pkgs+=(clang-14 libclang-rt-14-dev g++)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${pkgs[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    echo "install-deps: installing ${missing[*]}" >&2
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-upgrade "${missing[@]}"
fi

for f in /usr/lib/postgresql/15/bin/initdb /usr/include/postgresql/libpq-fe.h /usr/bin/psql /usr/bin/pg_dump; do
    [ -e "$f" ] || { echo "install-deps: $f is missing: PostgreSQL 15 (postgresql-15, libpq-dev) must be preinstalled" >&2; exit 1; }
done
