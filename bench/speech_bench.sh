#!/usr/bin/env bash
# Benchmark of the listening version (issue 4). Compares, on this machine and in one run:
#   A. the whole `handout build` of one sample handout (PDF, MP3 with chapters, SSML), and
#   B. the pipeline a person would write for the audio alone, on the same text:
#        espeak-ng -f text.txt --stdout | lame - out.mp3
# "The same text" is the words of the handout's SSML script (out/<id>.ssml) with the tags
# taken out, spoken by the same voice at the same rate. Each is run RUNS times from a clean
# output folder; the median wall time and the largest peak resident memory of any single
# process (GNU time's "Maximum resident set size") are reported. Target: A/B <= 1.
#
# Usage: bench/speech_bench.sh [handout-id]      (default: dry-needling)
#   HANDOUT=path/to/handout   the program to measure (default: build/src/cli/handout, else
#                             build-speech/src/cli/handout, built if missing)
#   RUNS=n                    repetitions (default 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
id="${1:-dry-needling}"
runs="${RUNS:-5}"
rate=150

handout="${HANDOUT:-}"
if [[ -z "$handout" ]]; then
  for candidate in "$root/build/src/cli/handout" "$root/build-speech/src/cli/handout"; do
    [[ -x "$candidate" ]] && handout="$candidate" && break
  done
fi
if [[ -z "$handout" ]]; then
  "$root/scripts/build.sh" build-speech >/dev/null
  handout="$root/build-speech/src/cli/handout"
fi
for tool in espeak-ng lame /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# seconds and peak kilobytes of one command, from GNU time
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    exit 1
  }
  cat "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
largest() { sort -n | tail -1; }

# The voice the handout's lang asks for (the pipeline gets the same one).
lang="$(grep -o ' lang="[^"]*"' "$root/content/handouts/$id.xml" | head -1 | cut -d'"' -f2)"
voice="$(echo "${lang:-en-us}" | tr 'A-Z' 'a-z')"

: >"$work/a.txt"
: >"$work/b.txt"
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/out"
  measure "$handout" build --content "$root/content" --out "$work/out" --rate "$rate" "$id" \
    >>"$work/a.txt"
  if [[ $i == 1 ]]; then
    sed -e 's/<[^>]*>/ /g' "$work/out/$id.ssml" >"$work/text.txt"
    cp "$work/out/$id.mp3" "$work/handout.mp3"
  fi
  rm -f "$work/pipeline.mp3"
  measure bash -c "espeak-ng -v '$voice' -s $rate -f '$work/text.txt' --stdout | lame --quiet - '$work/pipeline.mp3'" \
    >>"$work/b.txt"
done

a_time="$(cut -d' ' -f1 "$work/a.txt" | median)"
b_time="$(cut -d' ' -f1 "$work/b.txt" | median)"
a_mem="$(cut -d' ' -f2 "$work/a.txt" | largest)"
b_mem="$(cut -d' ' -f2 "$work/b.txt" | largest)"
duration() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1" 2>/dev/null || echo "?"; }

echo "handout: $id ($(wc -w <"$work/text.txt") words, voice $voice, $rate wpm), $runs runs, $(nproc) cores"
echo "program: $handout"
echo
echo "| | median wall time | peak memory (largest process) | audio length |"
echo "|---|---|---|---|"
echo "| A. handout build (PDF + MP3 + SSML) | ${a_time} s | $((a_mem / 1024)) MiB | $(duration "$work/handout.mp3") s |"
echo "| B. espeak-ng \| lame (audio only) | ${b_time} s | $((b_mem / 1024)) MiB | $(duration "$work/pipeline.mp3") s |"
echo
awk -v a="$a_time" -v b="$b_time" 'BEGIN { printf "ratio A/B: %.2f (target: at most 1.00)\n", a / b }'
