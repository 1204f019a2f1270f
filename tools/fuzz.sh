#!/usr/bin/env bash
# Runs libFuzzer harnesses for a while each (docs/fuzzing.md):
#   tools/fuzz.sh FUZZ_BUILD_DIR [seconds] [harness…]
# Each starts from its seed corpus (fuzz/corpus/NAME, never written to) plus what earlier runs
# found (FUZZ_BUILD_DIR/work/NAME). A crash, leak, timeout or sanitizer report leaves the input in
# FUZZ_BUILD_DIR/artifacts/ and makes the script fail; the summary says how far each one got.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: fuzz.sh FUZZ_BUILD_DIR [seconds] [harness…]}
shift
seconds=${1:-30}
[ $# -gt 0 ] && shift
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    mapfile -t harnesses < <(ls "$root/fuzz/corpus")
fi

mkdir -p "$build/artifacts" "$build/logs"
failed=()
for name in "${harnesses[@]}"; do
    work="$build/work/$name"
    mkdir -p "$work"
    log="$build/logs/$name.log"
    status=0
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/$name" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$name-" "$work" "$root/fuzz/corpus/$name" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    corpus=$(find "$work" -type f | wc -l)
    if [ "$status" -ne 0 ]; then
        failed+=("$name")
        echo "FAIL  $name after ${runs:-?} runs ($coverage); see $log"
        grep -m1 -E 'ERROR: |runtime error|deadly signal|Timeout' "$log" || true
    else
        echo "ok    $name: ${runs:-?} runs in ${seconds} s, $coverage, corpus $corpus"
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzzing found problems in: ${failed[*]}"; exit 1; }
