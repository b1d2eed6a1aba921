#!/usr/bin/env bash
# Throughput of the Spark job in local[1] and local[2] against the CLI with --threads 2, on
# the same texts: our own texts (sample-texts and the test dev set), REPEAT times over under
# distinct names. Every run is a fresh JVM, so each figure includes start-up, model loading
# and JIT warm-up, as a real batch does; "in-run" is the time the tool itself reports
# (from its start to its last result: model load included, JVM and Spark start-up not).
#
#   src/test/bench/spark-bench.sh [REPEAT] [DIR...]      (default: 5 sample-texts src/test/resources/devset)
#
# SIZES="1 5 20 80" runs the three tools at each REPEAT in turn (a scaling curve: Spark's start-up
# and the JIT's compilations are paid once per JVM, so its speed-ups grow with the batch) and ends
# with one line per size: wall times, docs/s, local[2] / local[1] and local[2] / CLI.
# JVM_OPTS="..." passes JVM options to every run (e.g. JVM_OPTS=-XX:TieredStopAtLevel=1).
# SPARK_JAR=... and CLI_JAR=... run other builds' jars (e.g. main's, to compare two builds).
# CDS=1 gives each tool a class-data-sharing archive, made by a run on one text before the timed
# runs (not timed): the JVM then maps the classes it loaded instead of finding, reading and
# verifying them in the jars again (Spark's 200 jars weigh most).
#
# Needs target/eventex-cli.jar and target/eventex-spark.jar (mvn -q package -DskipTests) and
# Spark on the class path, taken from the project's provided dependencies.
set -euo pipefail
cd "$(dirname "$0")/../../.."
repeat=${1:-5}
shift || true
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(sample-texts src/test/resources/devset)
partitions=${PARTITIONS:-8}
spark_jar=${SPARK_JAR:-target/eventex-spark.jar}
cli_jar=${CLI_JAR:-target/eventex-cli.jar}
read -r -a jvm <<<"${JVM_OPTS:-}"

[ -f target/eventex-spark.jar ] && [ -f target/eventex-cli.jar ] || mvn -q package -DskipTests
cpfile=target/spark-bench.classpath
[ -f "$cpfile" ] || mvn -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
# spark-submit adds these itself (Spark's module options for Java 17)
opens="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
        java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done

read -r -a sizes <<<"${SIZES:-$repeat}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# makes $work/in: the texts REPEAT times over under distinct names (hard links where the file system allows)
make_input() {
    rm -rf "$work/in"
    mkdir "$work/in"
    for i in $(seq 1 "$1"); do
        for d in "${dirs[@]}"; do
            for f in "$d"/*.txt; do
                ln "$f" "$work/in/r$i-$(basename "$d")-$(basename "$f")" 2>/dev/null \
                    || cp "$f" "$work/in/r$i-$(basename "$d")-$(basename "$f")"
            done
        done
    done
    docs=$(ls "$work/in" | wc -l)
    chars=$(cat "$work/in"/*.txt | wc -m)
    echo "texts: $docs ($chars chars), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JVM options: [${JVM_OPTS:-}], CDS=${CDS:-0}"
}
make_input "${sizes[0]}"

# [DOCS=N] run NAME COMMAND...: wall and CPU time of the command, and the in-run seconds it printed.
# CPU seconds per document do not depend on what else runs on the machine; wall times do.
declare -A cpu wall
run() {
    local name=$1
    shift
    local TIMEFORMAT="%R %U %S"
    local times
    times=$({ time "$@" >"$work/$name.out" 2>"$work/$name.err"; } 2>&1)
    local inrun
    inrun=$(grep -ho 'eventex: .*[0-9.]* s$' "$work/$name.out" "$work/$name.err" | tail -1 | grep -o '[0-9.]* s$' | cut -d' ' -f1)
    cpu[$name]=$(echo "$times" | awk '{ print $2 + $3 }')
    wall[$name]=$(echo "$times" | awk '{ print $1 }')
    echo "$times" | awk -v n="$name" -v d="${DOCS:-$docs}" -v r="$inrun" '{
        printf "%-16s wall %6.1f s %6.1f docs/s | in-run %6.1f s %6.1f docs/s | CPU %6.1f s %5.1f CPU-ms/doc\n",
            n, $1, d / $1, r, d / r, $2 + $3, 1000 * ($2 + $3) / d }'
}

mkdir "$work/one"
cp "$(ls "$work/in"/*.txt | head -1)" "$work/one/"
cds_cli=()
cds_spark=()
spark() {
    local m=$1
    shift
    java "${jvm[@]}" "${cds_spark[@]}" -Xmx2g $opens -Dspark.master="local[$m]" -Dspark.ui.enabled=false \
        -Dlogback.configurationFile=src/test/resources/logback-test.xml \
        -cp "$spark_jar:$(cat "$cpfile")" dev.eventex.spark.ExtractJob "$@"
}
if [ "${CDS:-0}" = 1 ]; then
    java "${jvm[@]}" -XX:ArchiveClassesAtExit="$work/cli.jsa" -jar "$cli_jar" extract -q -o "$work/cds.jsonl" "$work/one" >/dev/null 2>&1
    cds_spark=(-XX:ArchiveClassesAtExit="$work/spark.jsa")
    spark 2 --input "$work/one" --output "$work/cds-spark" >/dev/null 2>&1
    cds_cli=(-XX:SharedArchiveFile="$work/cli.jsa")
    cds_spark=(-XX:SharedArchiveFile="$work/spark.jsa")
    echo "CDS archives: cli $(du -m "$work/cli.jsa" | cut -f1) MB, spark $(du -m "$work/spark.jsa" | cut -f1) MB"
fi

summary=()
for size in "${sizes[@]}"; do
    [ "$size" = "${sizes[0]}" ] || make_input "$size"
    rm -rf "$work/spark1" "$work/spark2"
    run "cli --threads 2" java "${jvm[@]}" "${cds_cli[@]}" -jar "$cli_jar" extract --threads 2 -o "$work/cli.jsonl" "$work/in"
    for m in 1 2; do
        run "spark local[$m]" spark "$m" --input "$work/in" --output "$work/spark$m" --partitions "$partitions"
    done
    summary+=("$(awk -v d="$docs" -v c="${wall[cli --threads 2]}" -v l1="${wall[spark local[1]]}" -v l2="${wall[spark local[2]]}" 'BEGIN {
        printf "%6d texts: wall cli %6.1f s, local[1] %6.1f s, local[2] %6.1f s | docs/s %6.1f, %6.1f, %6.1f | local[2]/local[1] %.2fx, local[2]/cli %.2fx",
            d, c, l1, l2, d / c, d / l1, d / l2, l1 / l2, c / l2 }')")
done
# fixed cost (JVM, Spark, models, first document) from a run on one text; the rest is per document
DOCS=1 run "cli, 1 text" java "${jvm[@]}" "${cds_cli[@]}" -jar "$cli_jar" extract --threads 2 -o "$work/cli1.jsonl" "$work/one"
DOCS=1 run "spark[2], 1 text" spark 2 --input "$work/one" --output "$work/spark1doc"
awk -v d="$docs" -v c2="${cpu[cli --threads 2]}" -v c1="${cpu[cli, 1 text]}" -v s2="${cpu[spark local[2]]}" \
    -v s1="${cpu[spark[2], 1 text]}" -v l1="${cpu[spark local[1]]}" 'BEGIN {
    printf "fixed CPU: cli %.1f s, spark %.1f s; CPU-ms per further document: cli %.1f, spark local[1] %.1f, local[2] %.1f\n",
        c1, s1, 1000 * (c2 - c1) / (d - 1), 1000 * (l1 - s1) / (d - 1), 1000 * (s2 - s1) / (d - 1) }'
# the job's lines are the CLI's (same texts, same order-free content)
sort "$work/cli.jsonl" >"$work/cli.sorted"
cat "$work"/spark2/part-* | sort >"$work/spark.sorted"
cmp -s "$work/cli.sorted" "$work/spark.sorted" && echo "spark local[2] output = CLI output (sorted lines)" \
    || echo "spark local[2] output DIFFERS from the CLI output"
if [ ${#sizes[@]} -gt 1 ]; then
    echo "scaling (load average at the end $(cut -d' ' -f1-3 /proc/loadavg)):"
    printf '%s\n' "${summary[@]}"
fi
