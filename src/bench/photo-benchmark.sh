#!/usr/bin/env bash
# Builds the sample with ~100 camera-like photos of 12 MP (src/test/.../bench/PhotoIssue.java:
# EXIF 6, CMYK, inverted CMYK, grey, Adobe RGB; kept in $PHOTO_ISSUE between runs) and, in
# the same run, the text-only sample, each as an editor runs it (`java -jar`, a new JVM):
#   text-only cold, photos cold (no photo cache), photos with the cache; wall time and peak
#   memory (RSS) of each, the median of RUNS; then the sizes of the print and e-edition PDFs.
# Not a test: these machines are shared and noisy, so numbers are reported, not asserted.
# Targets of #21: cold ≤ 2.5× text-only, cached ≤ 1.2×, peak ≤ 800 MB, print ≤ 40 MB, e-edition ≤ 15 MB.
# CPU seconds (user + sys, all threads) are printed too: on a shared machine they vary less than wall time.
# usage: src/bench/photo-benchmark.sh [RUNS]   (JAR=… measures another build of the tool, e.g. the code before)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
issue=${PHOTO_ISSUE:-/tmp/issue-press-photos/issue}
jar=${JAR:-target/issue-press.jar}
[ -f "$jar" ] || mvn -q -o -DskipTests package >/dev/null
mvn -q -o test-compile >/dev/null
cp=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$cp" org.issuepress.bench.PhotoIssue issue-data/2021-01 "$issue"
work=$(mktemp -d)
measure() { # label, issue, out, clear-cache?, key (the median's file)
  local all=()
  for i in $(seq "$runs"); do
    [ "$4" = yes ] && rm -rf "$3/.cache"
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" java -jar "$jar" build "$2" --out "$3" -q >/dev/null 2>&1 || true
    all+=("$(cat "$work/time")")
  done
  printf '%s\n' "${all[@]}" | sort -n | awk -v l="$1" '{w[NR]=$1; r[NR]=$2; c[NR]=$3+$4; s=s " " $1} END {m=int((NR+1)/2); printf "%-22s median %6.2f s (runs:%s), CPU %.1f s, peak RSS %d MB\n", l, w[m], s, c[m], r[m]/1024}'
  printf '%s\n' "${all[@]}" | sort -n | awk '{w[NR]=$1} END {print w[int((NR+1)/2)]}' > "$work/$5"
}
# a first run of a new jar writes its class archive (cli/ClassArchive): not part of any figure
java -jar "$jar" build issue-data/2021-01 --out "$work/warmup" -q >/dev/null 2>&1 || true
measure "text-only cold" issue-data/2021-01 "$work/textout" no text
measure "photos cold (no cache)" "$issue" "$work/photosout" yes cold
measure "photos with cache" "$issue" "$work/photosout" no cached
awk -v t="$(cat "$work/text")" -v c="$(cat "$work/cold")" -v w="$(cat "$work/cached")" \
  'BEGIN {printf "cold / text-only: %.2f×, cached / text-only: %.2f×\n", c / t, w / t}'
for f in "$work"/textout/*/*.pdf "$work"/photosout/*/*.pdf; do
  printf '%-60s %7.1f MB\n' "${f#"$work"/}" "$(echo "$(stat -c %s "$f") / 1048576" | bc -l)"
done
rm -rf "$work"
