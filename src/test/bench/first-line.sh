#!/usr/bin/env bash
# Time from `java -jar eventex-cli.jar extract FILE` start to its first result line on stdout.
# Usage: src/test/bench/first-line.sh [RUNS] [FILE]   (from the repository root, after `mvn package`)
# Prints each run in ms, then the median.
set -euo pipefail
runs=${1:-7}
file=${2:-sample-texts/vietnam-japan-visit.txt}
jar=${JAR:-target/eventex-cli.jar}
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  ms=$(java ${JAVA_OPTS:-} -jar "$jar" extract "$file" 2>/dev/null | {
    IFS= read -r _line
    end=$(date +%s%N)
    cat >/dev/null
    echo $(((end - start) / 1000000))
  })
  echo "run $i: ${ms} ms"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median of %d runs: %d ms (min %d, max %d)\n", NR, m, a[1], a[NR]}'
