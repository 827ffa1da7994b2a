#!/usr/bin/env bash
# Bazel wrapper: run the hazard predictions test with Debian's python3 (stdlib only).
set -euo pipefail
here=$(dirname "$0")
exec /usr/bin/python3 -u "$here/hazards_test.py" --pgdiff "$1"
