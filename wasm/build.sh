#!/bin/sh
# Build the pgdiff wasm module: wasm/bindings.cpp -> OUTDIR/pgdiff.{mjs,wasm}.
# The Bazel target //wasm:pgdiff_wasm runs this script too, so both give the
# same bytes; web/scripts/build.mjs runs it for the playground.
#   wasm/build.sh [OUTDIR]      (default: web/dist)
# PGDIFF_INCLUDE=dir overrides the engine's include folder (default: include).
#
# Two steps, because speed and size want different optimizers:
#  - compiling (emcc_compile_flags.txt) at -O2: at -Os clang leaves even
#    one-line accessors such as std::string::size() as calls, and the engine
#    ran 2.0-2.3x slower (200-table diff in node, 2026-11-27: 283 ms at -Os,
#    142 ms here). -inline-threshold=0 keeps only the inlining that shrinks
#    code (single call sites, trivial bodies): default -O2 inlining made the
#    module 1,155,102 bytes, over the 1 MiB budget, for about 20% more speed;
#  - linking (emcc_flags.txt) at -Oz: binaryen shrinks that code further.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:-$root/web/dist}
inc=${PGDIFF_INCLUDE:-$root/include}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# nlohmann comes in through a folder holding only a symlink to it (never
# -I/usr/include); the prefix maps keep the random and absolute paths out of
# the wasm (__FILE__), so the output is reproducible.
ln -s /usr/include/nlohmann "$tmp/nlohmann"
emcc $(cat "$here/emcc_compile_flags.txt") \
  -I"$inc" -I"$tmp" -ffile-prefix-map="$tmp/=" -ffile-prefix-map="$root/=" \
  -c "$here/bindings.cpp" -o "$tmp/bindings.o"
# emcc's JS optimizer needs Debian's acorn, found through NODE_PATH
NODE_PATH=/usr/share/nodejs emcc $(cat "$here/emcc_flags.txt") "$tmp/bindings.o" -o "$out/pgdiff.mjs"
ls -l "$out/pgdiff.mjs" "$out/pgdiff.wasm"
