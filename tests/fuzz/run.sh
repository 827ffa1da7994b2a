#!/usr/bin/env bash
# Builds the libFuzzer targets with Debian's clang (-fsanitize=fuzzer,address,
# undefined) and runs each for a bounded time over its seed corpus.
#   tests/fuzz/run.sh                  # 60 s per target (the test command)
#   FUZZ_SECONDS=3600 tests/fuzz/run.sh fuzz_plan   # longer, one target
# Seeds are read from tests/fuzz/corpus/<target>/ (kept in the repo, never
# written); inputs the run discovers go to a temporary folder, crashes to
# $FUZZ_OUT (default: a temporary folder), which is printed. To keep new
# interesting inputs, minimise and copy them into the corpus by hand:
#   <binary> -merge=1 tests/fuzz/corpus/<target> <new-inputs-folder>
# Exit status: 0 when no target found anything, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
CXX=${FUZZ_CXX:-clang++-14}
command -v "$CXX" >/dev/null || CXX=clang++
out=${FUZZ_OUT:-$(mktemp -d -t pgdiff-fuzz.XXXXXX)}
mkdir -p "$out"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_load fuzz_plan)
status=0
for t in "${targets[@]}"; do
    bin="$out/$t"
    echo "fuzz: building $t ($CXX)"
    if ! "$CXX" -std=c++17 -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
            -fno-sanitize-recover=all -Iinclude "tests/fuzz/$t.cpp" -o "$bin"; then
        echo "fuzz: $t: build failed"; status=1; continue
    fi
    found="$out/$t.found"; mkdir -p "$found"
    seeds="tests/fuzz/corpus/${t#fuzz_}"
    echo "fuzz: running $t for ${seconds}s (seeds: $seeds)"
    # -timeout: one input taking > 10 s is a hang; -rss_limit_mb: a blow-up.
    if ! UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
         "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
                -artifact_prefix="$out/$t-" -print_final_stats=1 "$found" "$seeds" >"$out/$t.log" 2>&1; then
        echo "fuzz: $t FAILED; log: $out/$t.log; reproducer(s):"; ls "$out/$t-"* 2>/dev/null
        grep -m5 -E "ERROR|SUMMARY|rejected|not empty|deadly|timeout" "$out/$t.log"
        status=1
    else
        echo "fuzz: $t ok: $(grep -E '^stat::number_of_executed_units' "$out/$t.log" | awk '{print $2}') runs," \
             "$(ls "$found" | wc -l) new inputs"
    fi
done
exit $status
