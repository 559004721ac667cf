#!/usr/bin/env bash
# The search row of the benchmark: for each N, the index of the corpus-N site that run.sh built (its output folder
# $GAZETTE_BENCH_DIR/gazette-out-N), its size and shard count, and for 20 fixed queries the bytes the browser
# received and the time to the first results, in headless Chromium (the system's chromium and chromedriver).
#
# Usage (after run.sh N has built the site): generator/bench/search.sh [N ...]    # default: 1000 10000
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${GAZETTE_BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
for n in "${SIZES[@]}"; do
    out=$WORK/gazette-out-$n
    [ -f "$out/search-index/index.json" ] || { echo "search.sh: no index in $out: run generator/bench/run.sh $n first" >&2; exit 2; }
    echo "== $n articles"
    mvn -B -o -q -f "$ROOT/pom.xml" test -pl generator/core -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dgazette.searchBench="$out" -Dsurefire.printSummary=false 2>&1 | grep -v -E '^\[|^SLF4J|^$' || true
done
