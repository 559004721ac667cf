#!/usr/bin/env bash
# Gazette's benchmark: builds the synthetic corpus with Gazette (cold, then warm) and with Hugo (cold), and prints
# wall time, CPU time, peak memory and pages per second for each run.
#
# Usage (from anywhere, after `mvn -B package -DskipTests -pl generator/core,generator/cli -am`):
#   generator/bench/run.sh [N ...]                  # default: 1000 10000
#   GAZETTE_JAVA_OPTS="-Xmx2g -XX:+UseParallelGC" generator/bench/run.sh 100000
#
# Environment:
#   GAZETTE_JAVA_OPTS  JVM options for the Gazette runs (default: none)
#   GAZETTE_BENCH_DIR  work folder for corpora, outputs and logs (default: ${TMPDIR:-/tmp}/gazette-bench);
#                      a corpus is generated once per N and reused: delete the folder to regenerate it
#   GAZETTE_JAR        the CLI jar (default: generator/cli/target/gazette.jar); the launcher script beside it is used
#   GAZETTE_LAUNCHER   "java" to run plain `java -jar` instead of the launcher (default: the launcher)
#   GAZETTE_BENCH_IMAGES  "1" adds, for each N, cold and warm Gazette builds of the same corpus with a 2000×1333
#                      photo-like JPEG as the lead image of every third article (corpus-N-img; rows "gazette-img"),
#                      so the image stage's cost shows beside the plain rows (Hugo's side has no images to resize)
#   GAZETTE_BENCH_ROUNDS  cold builds of each tool for each N, Gazette's and Hugo's in turn, the order reversed
#                      every round (default 1); a line after each N gives the cold builds' ratios, of the medians when
#                      there are several rounds. These machines' speed changes from one quarter of an hour to the
#                      next (the same code's cold 10,000-article build took 13.3 s and 18.8 s eight minutes apart on
#                      2026-12-08), so a single pair says less than the medians of rounds taken in turn
#
# Needs Java 17 (java, javac), GNU time at /usr/bin/time (Debian: apt-get install time; the shell's built-in
# `time` cannot report memory), and for the comparison Hugo on the PATH (Debian: apt-get install hugo).
# Untimed: generating the corpus and the three seconds after it (see corpus), compiling this module's few
# classes, the launcher's first run (a build of the sample site, after which it makes its class-data archive),
# laying the corpus out as a Hugo site, reading each tool's input once before its cold build (see cached).
# pages = the .html files in the output folder (Gazette also writes list pages' page 2, 3 ... and month pages).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=$ROOT/generator/bench
WORK=${GAZETTE_BENCH_DIR:-${TMPDIR:-/tmp}/gazette-bench}
JAR=${GAZETTE_JAR:-$ROOT/generator/cli/target/gazette.jar}
# the launcher beside the jar sets the JVM options Gazette is tuned for; GAZETTE_LAUNCHER=java measures plain java -jar
if [ "${GAZETTE_LAUNCHER:-sh}" = java ]; then
    GAZETTE="java ${GAZETTE_JAVA_OPTS:-} -jar $JAR"
else
    GAZETTE="sh $(dirname "$JAR")/gazette"
fi
TIME=/usr/bin/time
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
ROUNDS=${GAZETTE_BENCH_ROUNDS:-1}
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: GAZETTE_BENCH_ROUNDS is not a number of rounds: $ROUNDS" >&2; exit 2; }

for n in "${SIZES[@]}"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "run.sh: not a number of articles: $n" >&2; exit 2; }
done
[ -x "$TIME" ] || { echo "run.sh: $TIME is missing (Debian: apt-get install time)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "run.sh: $JAR is missing: run mvn -B package -DskipTests -pl generator/core,generator/cli -am" >&2; exit 2; }

mkdir -p "$WORK/logs"
# aside PATH...: moves earlier outputs out of the way instead of deleting them; the trash goes when the script ends.
# On ext4 without a journal (these benchmark machines' disks) the kernel passes over recently freed inodes, for up to
# five minutes, for every file it creates (recently_deleted in fs/ext4/ialloc.c, an aid to recovery after a crash):
# a cold build begun just after deleting the last build's 25,817 files spent 13.7 s of system CPU instead of 4.4 s
# (26.5 s against 21.7 s of wall time, 10,000 articles, 2026-12-07), and Hugo's cold build after deleting its own
# output would pay the same
TRASH=$WORK/trash
aside() {
    local path
    for path in "$@"; do
        if [ -e "$path" ]; then
            mkdir -p "$TRASH"
            mv "$path" "$(mktemp -d "$TRASH/XXXXXX")/"
        fi
    done
}
# (a run begun within minutes of the last one's end may pay for that deletion in its first builds)
trap 'rm -rf "$TRASH"' EXIT
CLASSES=$WORK/classes
rm -rf "$CLASSES"
find "$BENCH/src/main/java" -name '*.java' -print0 | xargs -0 javac -d "$CLASSES"
# untimed: the launcher's first build after the jar changed records the classes it loads and then makes its
# class-data archive (gazette.jsa) of them; that is installation, not a build, so it is done here rather than inside
# the first timed build. It is a build of the project's sample site, as a user's first build would be, so that the
# archive holds the classes a build loads (a `--version` run records nothing)
rm -rf "$WORK/sample-out" "$WORK/.sample-out.cache"
# shellcheck disable=SC2086
$GAZETTE build -q --no-cache --source "$ROOT/content" --output "$WORK/sample-out" >/dev/null

# corpus N DIR LOG [OPTION...]: generates the corpus of N articles into DIR unless it is there, and gives it the
# sample's province vocabulary. After generating it waits three seconds: a scan trusts no stamp of a file written in
# the two seconds before it (SourceTree.RACY_MILLIS: such a file can be written again within the same second of its
# time), so a cold build begun at once would leave the last seconds' files to be read again by the warm build, which
# would then not measure a warm build (on 2026-12-06, 38,055 of 100,000 articles: 6.01 s of front matter read instead
# of 1.32 s)
corpus() {
    local n=$1 dir=$2 log=$3
    shift 3
    if [ ! -f "$dir/corpus.json" ]; then
        aside "$dir"
        java -cp "$CLASSES" vn.gazette.bench.CorpusGenerator "$n" "$dir" --seed 1 "$@" >"$log"
        sleep 3
    fi
    cp "$ROOT/content/provinces.yaml" "$dir/provinces.yaml"
}

# cached DIR: reads every file under DIR once, untimed, so that each tool's cold build finds its input in the page
# cache. Hugo's site is laid out just before Hugo builds it, so its files are there; the corpus may not be, once
# another run has needed the memory (Hugo's cold build of 100,000 articles takes 12.8 GB), and a cold build would
# then also measure the disk: on 2026-12-08, 100,000 articles, Gazette's content stage took 21.09 s with the corpus
# dropped from the page cache (posix_fadvise DONTNEED) against 7.03 s with it there
cached() {
    find "$1" -type f -exec cat {} + >/dev/null
}

# measure N TOOL RUN OUTDIR COMMAND...: runs COMMAND under GNU time and prints one row; leaves the row's wall and
# CPU seconds in MEASURED_WALL and MEASURED_CPU. Its log is N-TOOL-RUN.log, with ROUND_TAG (-2, -3 ...) after RUN
measure() {
    local n=$1 tool=$2 run=$3 out=$4
    shift 4
    local name=$n-$tool-$run${ROUND_TAG:-}
    local log=$WORK/logs/$name.log times=$WORK/logs/$name.time status=ok
    "$TIME" -f '%e %U %S %M' -o "$times" "$@" >"$log" 2>&1 || status="FAILED (exit $?, see $log)"
    local wall user sys rss
    read -r wall user sys rss < <(tail -n 1 "$times")
    MEASURED_WALL=$wall
    MEASURED_CPU=$(LC_ALL=C awk -v user="$user" -v sys="$sys" 'BEGIN { printf "%.2f", user + sys }')
    local pages
    pages=$(find "$out" -name '*.html' 2>/dev/null | wc -l)
    LC_ALL=C awk -v n="$n" -v tool="$tool" -v run="$run" -v wall="$wall" -v user="$user" -v sys="$sys" \
        -v rss="$rss" -v pages="$pages" 'BEGIN {
            printf "%8d  %-11s  %-4s  %8.2f  %8.2f  %13.0f  %7d  %8.0f\n", n, tool, run, wall, user + sys, rss / 1024,
                pages, (wall > 0 ? pages / wall : 0) }'
    if [ "$status" != ok ]; then
        echo "          $tool $run $status"
    elif [ "$tool" != hugo ]; then
        local problems
        problems=$(grep -c -E ': (error|warning): ' "$log" || true)
        [ "$problems" -eq 0 ] || echo "          gazette reported $problems problems: see $log"
    fi
}

# median X...: the median of the numbers
median() {
    printf '%s\n' "$@" | sort -g | LC_ALL=C awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
    "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo "Java: $(java -version 2>&1 | head -n 1); GAZETTE_JAVA_OPTS='${GAZETTE_JAVA_OPTS:-}'"
if command -v hugo >/dev/null; then echo "Hugo: $(hugo version)"; else echo "Hugo: not on the PATH, skipped"; fi
echo
printf "%8s  %-11s  %-4s  %8s  %8s  %13s  %7s  %8s\n" articles tool run "wall s" "CPU s" "peak RSS MiB" pages pages/s

for n in "${SIZES[@]}"; do
    corpus=$WORK/corpus-$n
    corpus "$n" "$corpus" "$WORK/logs/$n-corpus.log"
    out=$WORK/gazette-out-$n
    site=$WORK/hugo-site-$n
    hout=$WORK/hugo-out-$n
    tools=(gazette)
    if command -v hugo >/dev/null; then
        tools=(gazette hugo)
        aside "$site" "$hout"
        cp -r "$BENCH/hugo" "$site"
        java -cp "$CLASSES" vn.gazette.bench.HugoSite "$corpus" "$site" >"$WORK/logs/$n-hugo-site.log"
    fi

    gazette_walls=() gazette_cpus=() hugo_walls=() hugo_cpus=()
    for round in $(seq "$ROUNDS"); do
        ROUND_TAG=$([ "$round" = 1 ] || echo "-$round")
        order=("${tools[@]}")
        if [ $((round % 2)) = 0 ] && [ ${#tools[@]} = 2 ]; then order=(hugo gazette); fi
        for tool in "${order[@]}"; do
            if [ "$tool" = gazette ]; then
                # cold: no output and no build cache (.gazette-out-N.cache beside the output)
                aside "$out" "$WORK/.gazette-out-$n.cache"
                cached "$corpus"
                # shellcheck disable=SC2086 # GAZETTE_JAVA_OPTS holds several options
                measure "$n" gazette cold "$out" $GAZETTE build --source "$corpus" --output "$out"
                gazette_walls+=("$MEASURED_WALL") gazette_cpus+=("$MEASURED_CPU")
            else
                # cold: no output, no resource cache, no lock file from an earlier run
                aside "$hout" "$site/.hugo_cache"
                cached "$site"
                measure "$n" hugo cold "$hout" env HUGO_CACHEDIR="$site/.hugo_cache" \
                    hugo --source "$site" --destination "$hout" --ignoreCache --noBuildLock
                hugo_walls+=("$MEASURED_WALL") hugo_cpus+=("$MEASURED_CPU")
            fi
        done
    done
    ROUND_TAG=

    # warm: the same build again, with the cache and the output of the last cold build
    # shellcheck disable=SC2086
    measure "$n" gazette warm "$out" $GAZETTE build --source "$corpus" --output "$out"
    # edit: one article's body changed, then built again (the incremental case)
    first=$(find "$corpus/articles" -name '*.md' | sort | sed -n 1p)
    printf '\nĐoạn thêm vào lúc đo thời gian xây dựng lại.\n' >>"$first"
    # shellcheck disable=SC2086
    measure "$n" gazette edit "$out" $GAZETTE build --source "$corpus" --output "$out"

    if [ "${GAZETTE_BENCH_IMAGES:-0}" = 1 ]; then
        icorpus=$WORK/corpus-$n-img
        corpus "$n" "$icorpus" "$WORK/logs/$n-img-corpus.log" --images
        iout=$WORK/gazette-out-$n-img
        aside "$iout" "$WORK/.gazette-out-$n-img.cache"
        cached "$icorpus"
        # shellcheck disable=SC2086
        measure "$n" gazette-img cold "$iout" $GAZETTE build --source "$icorpus" --output "$iout"
        # shellcheck disable=SC2086
        measure "$n" gazette-img warm "$iout" $GAZETTE build --source "$icorpus" --output "$iout"
    fi

    if [ ${#hugo_walls[@]} -gt 0 ]; then
        LC_ALL=C awk -v n="$n" -v rounds="$ROUNDS" -v gw="$(median "${gazette_walls[@]}")" \
            -v gc="$(median "${gazette_cpus[@]}")" -v hw="$(median "${hugo_walls[@]}")" \
            -v hc="$(median "${hugo_cpus[@]}")" 'BEGIN {
                printf "%8d  cold, Gazette against Hugo%s: %.2f s against %.2f s, %.2fx wall; CPU %.2f s against %.2f s, %.2fx\n",
                    n, (rounds > 1 ? " (medians of " rounds " rounds in turn)" : ""), gw, hw, gw / hw, gc, hc, gc / hc }'
    fi
done
echo
echo "Logs (Gazette's stage timings, Hugo's page counts): $WORK/logs/"
