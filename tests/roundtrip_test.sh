#!/usr/bin/env bash
# Bazel wrapper: run the roundtrip test with Debian's python3 (stdlib, and
# python3-jsonschema for --plan-schema). Extra arguments go to roundtrip.py.
set -euo pipefail
here=$(dirname "$0")
exec /usr/bin/python3 "$here/roundtrip.py" --pgdiff "$1" --cases "$here/cases" "${@:2}"
