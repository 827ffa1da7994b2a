#!/usr/bin/env bash
# Bazel wrapper: run a CLI test script (default cli_test.py) with Debian's
# python3 (stdlib only): cli_test.sh PGDIFF [SCRIPT]
set -euo pipefail
here=$(dirname "$0")
exec /usr/bin/python3 "$here/${2:-cli_test.py}" --pgdiff "$1"
