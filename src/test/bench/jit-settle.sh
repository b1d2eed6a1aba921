#!/usr/bin/env bash
# When does the JIT settle in a batch? Runs `extract` on our own texts (sample-texts and the test
# dev set, REPEAT times over under distinct names) in a fresh JVM and samples every thread's CPU
# time from /proc/PID/task/*/stat once a second (Linux only). Prints the wall time, the process's
# CPU, the C2 compiler threads' CPU, their share of the CPU after the first 20 s, and when C2
# settled: the first second after which it used under 5% of the process's CPU in every later
# 5-second window.
#
#   src/test/bench/jit-settle.sh [REPEAT] [JVM option...]      (default: 5, no options)
#   THREADS=2 src/test/bench/jit-settle.sh 20 -XX:TieredStopAtLevel=1
#   JAR=/tmp/main-cli.jar src/test/bench/jit-settle.sh 5      (another build's jar, same texts)
#
# Needs target/eventex-cli.jar (mvn -q package -DskipTests). Run it on an idle machine: the
# compiler thread competes with the workers for cores.
set -euo pipefail
cd "$(dirname "$0")/../../.."
repeat=${1:-5}
shift || true
threads=${THREADS:-1}
jar=${JAR:-target/eventex-cli.jar}
[ -f "$jar" ] || mvn -q package -DskipTests

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for i in $(seq 1 "$repeat"); do
    for d in sample-texts src/test/resources/devset; do
        for f in "$d"/*.txt; do
            cp "$f" "$work/in/r$i-$(basename "$d")-$(basename "$f")"
        done
    done
done
docs=$(ls "$work/in" | wc -l)

hz=$(getconf CLK_TCK)
start=$(date +%s%N)
java "$@" -jar "$jar" extract -q --threads "$threads" -o "$work/out.jsonl" "$work/in" &
pid=$!
# one line per sample and thread: second, thread id, "c2" or "other", ticks (utime + stime); a
# thread that ends (the JVM adds and retires compiler threads) keeps its last count
while kill -0 "$pid" 2>/dev/null; do
    t=$(( ($(date +%s%N) - start) / 1000000000 ))
    awk -v t="$t" '{ match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2);
                     split(substr($0, RSTART + RLENGTH + 1), f, " ");
                     print t, $1, (name ~ /^C2 /) ? "c2" : "other", f[12] + f[13] }' \
        /proc/"$pid"/task/*/stat >> "$work/samples" 2>/dev/null || true
    sleep 1
done
wait "$pid" || { echo "extract failed" >&2; exit 1; }
end=$(date +%s%N)

awk -v hz="$hz" -v wall="$(( (end - start) / 1000000 ))" -v docs="$docs" -v threads="$threads" -v opts="$*" '
    { ticks[$1, $2] = $4; kind[$2] = $3; if ($1 > last) last = $1 }
    END {
        for (s = 0; s <= last; s++) {
            c2[s] = 0; all[s] = 0
            for (id in kind) {
                if ((s, id) in ticks) now[id] = ticks[s, id]
                all[s] += now[id] / hz
                if (kind[id] == "c2") c2[s] += now[id] / hz
            }
        }
        at = (last >= 20) ? 20 : last
        after_c2 = c2[last] - c2[at]; after_all = all[last] - all[at]
        settled = -1
        for (s = last; s >= 5; s -= 5) {
            d_all = all[s] - all[s - 5]; d_c2 = c2[s] - c2[s - 5]
            if (d_all > 0 && d_c2 / d_all >= 0.05) { settled = s; break }
        }
        printf "%d docs, --threads %d, options [%s]\n", docs, threads, opts
        printf "wall %.1f s, process CPU %.1f s, C2 CPU %.1f s\n", wall / 1000, all[last], c2[last]
        if (last < 20) printf "the run ended before 20 s\n"
        else printf "after 20 s: C2 %.1f s of %.1f s CPU (%.0f%%)\n", after_c2, after_all, (after_all > 0 ? 100 * after_c2 / after_all : 0)
        if (settled < 0) printf "C2 under 5%% of the CPU in every 5 s window from the start\n"
        else if (settled >= last - 5) printf "C2 did not settle (still >= 5%% of the CPU in the last 5 s window)\n"
        else printf "C2 settled after %d s (under 5%% of the CPU in every later 5 s window)\n", settled
    }' "$work/samples"
