#!/usr/bin/env bash
# The test command (.ci/run calls exactly this):
#   tests/run.sh
# Installs what is missing, starts a throwaway PostgreSQL 15, runs every
# suite, stops the server, exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh || exit 1

eval "$(tests/pg/start.sh)" || { echo "run.sh: could not start PostgreSQL" >&2; exit 1; }
trap 'tests/pg/stop.sh "$PGDIFF_PG_DIR"' EXIT

status=0
suite() {  # suite NAME COMMAND...: run one suite, remember a failure, go on
    local name=$1; shift
    echo "=== $name"
    if "$@"; then echo "=== $name: ok"; else echo "=== $name: FAILED"; status=1; fi
}

# 1. C++ unit tests, libpq adapter, CLI contract, roundtrip over tests/cases
suite "bazel test //..." bazel test //... --test_env=PGDIFF_TEST_PORT="$PGDIFF_TEST_PORT"

# 2. under AddressSanitizer + UndefinedBehaviorSanitizer (.bazelrc --config=asan):
#    the unit tests, the CLI contract, the bad-input matrix and the roundtrip suite
suite "bazel test --config=asan" bazel test --config=asan //tests:unit-engine //tests:unit-robustness \
    //tests:libpq_adapter_test //tests:cli_test //tests:bad_input_test //tests:roundtrip_test --test_env=PGDIFF_TEST_PORT="$PGDIFF_TEST_PORT"

# 2b. under ThreadSanitizer: the test that runs the library from 8 threads at once
suite "bazel test --config=tsan" bazel test --config=tsan //tests:unit-robustness

# 3. libFuzzer: the catalog loader and diff+plan, 60 s each (FUZZ_SECONDS)
suite "fuzz (tests/fuzz/run.sh)" tests/fuzz/run.sh

# 4. wasm / web: the module from bazel-bin/wasm (built above), PGlite tests,
#    parity with the native command over the server above, headless Chromium
suite "web (npm test)" bash -c 'cd web && npm ci --no-audit --no-fund && PGDIFF_WASM_DIR="$PWD/../bazel-bin/wasm" npm test'

exit $status
