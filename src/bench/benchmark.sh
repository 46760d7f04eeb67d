#!/usr/bin/env bash
# Measures the full build of an issue (print, cover, e-edition, preflight), and the preview:
#   cold — a new JVM per build, as an editor runs it (`java -jar …`, which starts the tuned
#          build JVM of cli/Launcher.java): wall time and peak memory (RSS);
#   warm — rebuilds in one JVM, as the preview does: median wall time per stage, pages/s
#          and the composer's share.
#   preview — `serve` started as a new process: first page after start, all pages, and a
#          one-paragraph edit until its page is shown (median of 10; src/test/.../PreviewBenchmark.java).
# Not a test: these machines are shared and noisy, so numbers are reported, not asserted.
# usage: src/bench/benchmark.sh [ISSUE_DIR] [COLD_RUNS] [WARM_RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
issue=${1:-issue-data/2021-01}
cold=${2:-5}
warm=${3:-40}  # the JIT compiles for dozens of builds; the preview server runs hundreds
mvn -q -DskipTests package test-compile >/dev/null
out=$(mktemp -d)
echo "cold builds (new JVM each) of $issue:"
times=()
for i in $(seq "$cold"); do
  /usr/bin/time -f "%e %M" -o "$out/time" java -jar target/issue-press.jar build "$issue" --out "$out" -q 2>/dev/null
  read -r wall rss < "$out/time"
  printf '  run %d: %s s, peak RSS %d MB\n' "$i" "$wall" "$((rss / 1024))"
  times+=("$wall $rss")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{w[NR]=$1; r[NR]=$2} END {m=int((NR+1)/2); printf "cold median: %s s, peak RSS median %d MB\n", w[m], r[m]/1024}'
echo "warm rebuilds (one JVM):"
cp=$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
# the serial collector, as 'serve' runs with (see cli/Launcher.java)
/usr/bin/time -f "%M" -o "$out/warm" java -XX:+UseSerialGC -cp "target/test-classes:target/classes:$cp" \
  org.issuepress.bench.Benchmark "$issue" "$warm"
printf 'warm process peak RSS: %d MB\n' "$(( $(cat "$out/warm") / 1024 ))"
rm -rf "$out"
echo "the preview (serve, a new process each start):"
java -cp "target/test-classes:target/classes:$cp" org.issuepress.bench.PreviewBenchmark "$issue" \
  "${PREVIEW_ARTICLE:-articles/012-zhengzhou.txt}" "${PREVIEW_EDITS:-10}"
