#!/usr/bin/env bash
# Runs the whole suite again and again on a loaded machine, to find tests that depend on timing
# (docs/hardening.md):
#   tools/suite-under-load.sh BUILD_DIR RUNS [--stress] [ctest arguments]
# --stress keeps stress-ng busy on every core (CPU, memory and disk workers) for the whole time;
# without it, bring your own load (a parallel build, the fuzzers). Each run's log stays in
# BUILD_DIR/under-load/; one line per run says how it went and what the load was.
set -euo pipefail
build=${1:?usage: suite-under-load.sh BUILD_DIR RUNS [--stress] [ctest arguments]}
runs=${2:?usage: suite-under-load.sh BUILD_DIR RUNS [--stress] [ctest arguments]}
shift 2
stress=0
if [ "${1:-}" = "--stress" ]; then
    stress=1
    shift
fi
jobs=$(nproc 2>/dev/null || echo 2)
out="$build/under-load"
mkdir -p "$out"

stress_pid=
if [ "$stress" = 1 ]; then
    command -v stress-ng >/dev/null || { echo "stress-ng is not installed (apt-get install stress-ng)"; exit 2; }
    stress-ng --cpu "$jobs" --vm 1 --vm-bytes 1G --hdd 1 --hdd-bytes 256M --timeout 0 --quiet &
    stress_pid=$!
    trap 'kill "$stress_pid" 2>/dev/null || true' EXIT
fi

failures=0
for run in $(seq 1 "$runs"); do
    log="$out/run-$run.log"
    start=$(date +%s)
    status=0
    (cd "$build" && ctest --parallel "$jobs" --output-on-failure "$@") >"$log" 2>&1 || status=$?
    seconds=$(($(date +%s) - start))
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    summary=$(grep -E '^[0-9]+% tests passed' "$log" || echo "no summary")
    if [ "$status" -ne 0 ]; then
        failures=$((failures + 1))
        failed=$(sed -n 's/^[[:space:]]*[0-9]* - \(.*\) (.*)$/\1/p' "$log" | tr '\n' ' ')
        echo "run $run: FAILED in ${seconds} s, load $load: $summary; $failed"
    else
        echo "run $run: passed in ${seconds} s, load $load: $summary"
    fi
done
echo "$failures of $runs runs failed"
[ "$failures" -eq 0 ]
