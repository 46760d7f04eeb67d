#!/usr/bin/env bash
# Times a cold build of the sample against Typst and WeasyPrint on the seed text (the real
# issue's words, set by compare/seed_docs.py as two justified columns on our page size), in
# alternating rounds so that every tool sees the same load; optionally against another jar of
# ours (BASE_JAR, kept in a folder of its own: the class archive lives beside the jar).
# Reports per tool the median wall and CPU time of the whole process, its pages, and per page.
# Needs: node + npm (Typst: the typst.ts node compiler from npm, installed into $TOOLS), and
# WeasyPrint (Debian: apt-get install weasyprint). Not a test: numbers are reported.
# usage: src/bench/compare.sh [ROUNDS]      env: BASE_JAR=/path/to/old/issue-press.jar TOOLS=dir
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
tools=${TOOLS:-${TMPDIR:-/tmp}/issue-press-compare}
seed=${SEED:-../shared/seed/000_7f3d7156026a3688.txt}
mkdir -p "$tools"
[ -d "$tools/node_modules/@myriaddreamin/typst-ts-node-compiler" ] ||
  (cd "$tools" && npm install --no-audit --no-fund --silent @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null)
command -v weasyprint >/dev/null || { echo "WeasyPrint missing: apt-get install weasyprint"; exit 1; }
[ -f target/issue-press.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 src/bench/compare/seed_docs.py "$seed" "$work"
printf '<?xml version="1.0"?><fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
  "$PWD/fonts" "$work/fc" > "$work/fonts.conf"
FONTCONFIG_FILE="$work/fonts.conf" fc-cache "$PWD/fonts" >/dev/null 2>&1 || true

declare -A cmd
cmd[ours]="java -jar target/issue-press.jar build issue-data/2021-01 --out $work/ours -q"
[ -n "${BASE_JAR:-}" ] && cmd[base]="java -jar $BASE_JAR build issue-data/2021-01 --out $work/base -q"
cmd[typst]="env NODE_PATH=$tools/node_modules node src/bench/compare/typst-compile.js $work/seed.typ fonts $work/typst.pdf"
cmd[weasyprint]="env FONTCONFIG_FILE=$work/fonts.conf weasyprint -q $work/seed.html $work/weasyprint.pdf"
echo "load average before the first round: $(cut -d" " -f1-3 /proc/loadavg)"
names=(ours ${BASE_JAR:+base} typst weasyprint)
for name in "${names[@]}"; do ${cmd[$name]} >/dev/null 2>&1 || true; done  # warm the disk cache and class archives
for r in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" ${cmd[$name]} >/dev/null 2>&1 || { echo "$name failed"; exit 1; }
    echo "$name $(cat "$work/t")" >> "$work/times"
  done
done
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages/ {print $2}'; }
{
  for name in "${names[@]}"; do
    case $name in
      ours|base) echo "pages $name $(pages "$work/$name/2021-01/2021-01-print.pdf")" ;;
      *) echo "pages $name $(pages "$work/$name.pdf")" ;;
    esac
  done
  cat "$work/times"
} | python3 src/bench/compare/summary.py "${names[@]}"
echo "load average after the last round: $(cut -d' ' -f1-3 /proc/loadavg)"
