#!/usr/bin/env bash
# Benchmark of batch builds (issue 5). On this machine, in one run, with generated handouts
# (copies of the samples under new ids, each with a sentence of its own so none are alike):
#   1. a full build of N handouts with -j 1, and with -j 2: the speedup of -j 2 over -j 1;
#   2. a full build of M handouts, then a no-op rebuild: the no-op's share of the full build;
#   3. the peak memory of each worker, as `handout build` reports it per handout.
# Targets: speedup >= 1.7 on 2 cores; no-op rebuild < 5 % of the full build.
#
# Usage: bench/batch_bench.sh            N=20 M=100 by default
#   HANDOUT=path/to/handout   the program to measure (default: build/src/cli/handout)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${N:-20}"
m="${M:-100}"
handout="${HANDOUT:-$root/build/src/cli/handout}"
[[ -x "$handout" ]] || "$root/scripts/build.sh" build >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A content folder with `count` handouts made from the samples.
generate() {
  local folder="$1" count="$2"
  mkdir -p "$folder/handouts"
  cp "$root/content/clinic.xml" "$root/content/lexicon.pls" "$folder/"
  local samples=("$root"/content/handouts/*.xml)
  for ((i = 0; i < count; i++)); do
    local sample="${samples[i % ${#samples[@]}]}"
    local base
    base="$(basename "$sample" .xml)"
    local id="$base-$i"
    sed -e "s/id=\"$base\"/id=\"$id\"/" \
      -e "0,/<\/heading>/s//<\/heading><p>This is copy number $i.<\/p>/" \
      "$sample" >"$folder/handouts/$id.xml"
  done
}

seconds() { # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

generate "$work/small" "$n"
generate "$work/large" "$m"
"$handout" check --content "$work/small" >/dev/null

# A first, unmeasured build warms the disk cache (fonts, voices, the program) for both runs.
seconds "$handout" build --content "$work/small" --out "$work/out-warm" -j 2 --quiet >/dev/null
j1=$(seconds "$handout" build --content "$work/small" --out "$work/out-j1" -j 1 --quiet)
j2=$(seconds "$handout" build --content "$work/small" --out "$work/out-j2" -j 2)
peak=$(grep -o 'peak memory [0-9]* MiB' "$work/last.log" | awk '{print $3}' | sort -n | tail -1)
identical=yes
for file in "$work"/out-j1/*.{pdf,mp3,ssml}; do
  cmp -s "$file" "$work/out-j2/$(basename "$file")" || identical=no
done
full=$(seconds "$handout" build --content "$work/large" --out "$work/out-large" -j 2 --quiet)
noop=$(seconds "$handout" build --content "$work/large" --out "$work/out-large" -j 2 --quiet)
grep -q "0 built, $m unchanged" "$work/last.log" || { echo "the no-op rebuild rebuilt something" >&2; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; handout: $handout"
echo
echo "| measurement | result |"
echo "|---|---|"
echo "| full build of $n handouts, -j 1 | ${j1} s |"
echo "| full build of $n handouts, -j 2 | ${j2} s |"
echo "| speedup of -j 2 over -j 1 (target >= 1.7) | $(awk -v a="$j1" -v b="$j2" 'BEGIN { printf "%.2f", a / b }') |"
echo "| -j 1 and -j 2 outputs byte-identical | $identical |"
echo "| peak memory of one worker | ${peak} MiB |"
echo "| full build of $m handouts, -j 2 | ${full} s |"
echo "| no-op rebuild of $m handouts | ${noop} s |"
echo "| no-op rebuild / full build (target < 5 %) | $(awk -v a="$noop" -v b="$full" 'BEGIN { printf "%.2f", 100 * a / b }') % |"
