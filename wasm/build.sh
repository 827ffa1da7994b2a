#!/bin/sh
# Build the pgdiff wasm module without Bazel (handy while working on web/).
# The canonical build is the Bazel target //wasm:pgdiff_wasm; both run the
# same emcc command, kept in wasm/emcc_flags.txt.
#   wasm/build.sh [OUTDIR]      (default: web/dist)
# PGDIFF_INCLUDE=dir overrides the engine's include folder (default: include).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:-$root/web/dist}
inc=${PGDIFF_INCLUDE:-$root/include}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s /usr/include/nlohmann "$tmp/nlohmann"
NODE_PATH=/usr/share/nodejs emcc $(cat "$here/emcc_flags.txt") \
  -I"$inc" -I"$tmp" -ffile-prefix-map="$tmp/=" -ffile-prefix-map="$root/=" \
  "$here/bindings.cpp" -o "$out/pgdiff.mjs"
ls -l "$out/pgdiff.mjs" "$out/pgdiff.wasm"
