#!/usr/bin/env bash
# Measures `gazette serve` on the synthetic corpus: the time from saving an article to the reload signal the open
# pages receive, and to the served page showing the edit (median of ROUNDS edits, after the first build).
#
# Usage (after `mvn -B package -DskipTests -pl generator/core,generator/cli -am`):
#   generator/bench/serve-reload.sh [N] [ROUNDS]       # default: 10000 articles, 10 edits
# Uses the corpus of run.sh (the same GAZETTE_BENCH_DIR), generating it when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=$ROOT/generator/bench
WORK=${GAZETTE_BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench}
JAR=${GAZETTE_JAR:-$ROOT/generator/cli/target/gazette.jar}
N=${1:-10000}
ROUNDS=${2:-10}
PORT=${GAZETTE_PORT:-1414}
[ -f "$JAR" ] || { echo "serve-reload.sh: $JAR is missing: run mvn -B package -DskipTests -pl generator/core,generator/cli -am" >&2; exit 2; }

mkdir -p "$WORK/logs"
CLASSES=$WORK/classes
rm -rf "$CLASSES"
find "$BENCH/src/main/java" -name '*.java' -print0 | xargs -0 javac -d "$CLASSES"
corpus=$WORK/corpus-$N
if [ ! -f "$corpus/corpus.json" ]; then
    rm -rf "$corpus"
    java -cp "$CLASSES" vn.gazette.bench.CorpusGenerator "$N" "$corpus" --seed 1 >"$WORK/logs/$N-corpus.log"
fi
cp "$ROOT/content/provinces.yaml" "$corpus/provinces.yaml"
article=$(find "$corpus/articles" -name '*.md' | sort | sed -n 1p)
# the article's address: its path without .md, as a folder
page=/${article#"$corpus/"}
page=${page%.md}/

out=$WORK/serve-out-$N
rm -rf "$out" "$WORK/.serve-out-$N.cache"
log=$WORK/logs/$N-serve.log
sh "$(dirname "$JAR")/gazette" serve --source "$corpus" --output "$out" --port "$PORT" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    grep -q '^Serving ' "$log" && break
    kill -0 $server 2>/dev/null || { echo "serve-reload.sh: the server stopped, see $log" >&2; exit 1; }
    sleep 0.5
done
grep -q '^Serving ' "$log" || { echo "serve-reload.sh: the server did not start, see $log" >&2; exit 1; }
echo "Machine: $(nproc) cores; Java: $(java -version 2>&1 | head -n 1); $N articles; first build: $(grep -m1 -E '^(Built|Rebuilt)' "$log" || true)"
java -cp "$CLASSES" vn.gazette.bench.ServeReload "http://127.0.0.1:$PORT/" "$article" "$page" "$ROUNDS"
echo "Server log (a line per rebuild): $log"
