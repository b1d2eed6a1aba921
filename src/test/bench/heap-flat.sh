#!/usr/bin/env bash
# Peak heap of `extract -o FILE --threads 2` under -Xmx512m on a generated input of SIZE_MB
# megabytes: the repository's own texts (sample-texts and the dev set) copied over and over
# into many files under /tmp (generated here, never committed).
# Usage: src/test/bench/heap-flat.sh SIZE_MB [TIME_LIMIT_SECONDS]   (from the repository root, after `mvn package`)
# A time limit stops the run early (the figures then cover the part processed).
# Prints: documents written, elapsed, GC count, the largest heap before a GC (peak use) and
# after a GC (what survived: live set plus uncollected old garbage), from -Xlog:gc.
set -euo pipefail
size_mb=${1:?SIZE_MB}
limit=${2:-0}
jar=${JAR:-target/eventex-cli.jar}
dir=/tmp/eventex-bench-input-${size_mb}mb
if [[ ! -f $dir/.complete ]]; then
  rm -rf "$dir"; mkdir -p "$dir"
  srcs=(sample-texts/*.txt src/test/resources/devset/*.txt)
  per_copy=$(cat "${srcs[@]}" | wc -c)
  copies=$(((size_mb * 1024 * 1024 + per_copy - 1) / per_copy))
  for ((copy = 0; copy < copies; copy++)); do
    sub=$dir/$(printf 'c%05d' $copy); mkdir -p "$sub"
    cp "${srcs[@]}" "$sub/"
  done
  touch "$dir/.complete"
fi
echo "input: $dir: $(find "$dir" -name '*.txt' | wc -l) files, $(du -sm "$dir" | cut -f1) MB on disk"
log=/tmp/eventex-bench-gc-${size_mb}mb.log
out=/tmp/eventex-bench-out-${size_mb}mb.jsonl
partial=$(dirname "$out")/.$(basename "$out").partial
rm -f "$log" "$out" "$partial"
t0=$(date +%s)
set +e
if ((limit > 0)); then
  timeout --signal=KILL "$limit" java -Xmx512m -Xlog:gc:file="$log" -jar "$jar" extract -q -o "$out" --threads 2 "$dir"
else
  java -Xmx512m -Xlog:gc:file="$log" -jar "$jar" extract -q -o "$out" --threads 2 "$dir"
fi
rc=$?
set -e
t1=$(date +%s)
docs=$(cat "$out" "$partial" 2>/dev/null | wc -l || true)
echo "exit $rc after $((t1 - t0)) s; $docs result lines written"
# "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 301M->47M(512M) 3.456ms"
python3 - "$log" <<'PY'
import re, statistics, sys
pauses = [tuple(map(int, m.groups())) for m in
          (re.search(r"Pause Young .* (\d+)M->(\d+)M\((\d+)M\)", l) for l in open(sys.argv[1])) if m]
if not pauses:
    sys.exit("no GC pauses logged")
print(f"GC pauses: {len(pauses)}; peak heap before GC: {max(p[0] for p in pauses)} MB; "
      f"max heap after GC: {max(p[1] for p in pauses)} MB; heap capacity: {max(p[2] for p in pauses)} MB")
if len(pauses) >= 8:
    q = len(pauses) // 4
    parts = [pauses[:q], pauses[q:2 * q], pauses[2 * q:3 * q], pauses[3 * q:]]
    print("median heap after GC (live set + uncollected old garbage) by quarter of the run: "
          + ", ".join(f"{statistics.median(p[1] for p in part):.0f}" for part in parts) + " MB")
    print("median peak before GC by quarter: " + ", ".join(f"{statistics.median(p[0] for p in part):.0f}" for part in parts) + " MB")
PY
