#!/usr/bin/env bash
# run-fuzz.sh SECONDS FUZZ_BINARY...
#
# Runs each libFuzzer target for SECONDS.  Target build/fuzz/bin/fuzz_X
# keeps its corpus in build/fuzz/corpus/fuzz_X; seeds are read from
# tests/fuzz/corpus/fuzz_X (or tests/fuzz/corpus/X) when present, and a
# dictionary from tests/fuzz/fuzz_X.dict.  A crash, leak, timeout or UB report
# fails the target; its input is saved under build/fuzz/artifacts/fuzz_X/.
# Prints one TAP-style line per target ("ok - fuzz_X" / "not ok - fuzz_X")
# and exits 1 if any target failed.
set -u
secs=${1:?usage: run-fuzz.sh SECONDS FUZZ_BINARY...}
shift
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1

if [ $# -eq 0 ]; then
    echo "No fuzz targets exist yet (tests/fuzz/fuzz_*.c)."
    exit 0
fi

failed=0
for bin in "$@"; do
    name=$(basename "$bin")
    corpus=build/fuzz/corpus/$name
    artifacts=build/fuzz/artifacts/$name
    log=build/fuzz/logs/$name.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    seeds=()
    for s in "tests/fuzz/corpus/$name" "tests/fuzz/corpus/${name#fuzz_}"; do
        [ -d "$s" ] && seeds+=("$s")
    done
    opts=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048
          -artifact_prefix="$artifacts/" -print_final_stats=1)
    [ -f "tests/fuzz/$name.dict" ] && opts+=(-dict="tests/fuzz/$name.dict")

    echo "fuzzing $name for ${secs}s (corpus $corpus${seeds:+, seeds ${seeds[*]}})"
    # The first corpus folder receives new inputs; seed folders are only read.
    if "$bin" "${opts[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        echo "ok - $name (${runs:-?} runs, corpus $(ls "$corpus" | wc -l) inputs)"
    else
        failed=1
        echo "not ok - $name: see $log"
        grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -n 12 | sed 's/^/#   /'
    fi
done
exit $failed
