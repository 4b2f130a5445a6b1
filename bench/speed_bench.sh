#!/usr/bin/env bash
# Benchmark of issue 12 (speed): prints every figure in one run, with the machine's
# description. Run it on an otherwise idle machine; it takes two to three minutes.
#
#   1. One handout (dry-needling), in PAIRS alternating rounds (default 5), each a whole process
#      from an empty output folder: CPU time (user + system, the process and its children) and
#      wall time of
#        A. `handout build --formats pdf,audio` (PDF, MP3 with chapters, SSML: the outputs the
#           issue measured);
#        E. `handout build` of every format (also the web page, EPUB and braille), for the record;
#        B. `espeak-ng --stdout | lame - out.mp3` on the handout's spoken words (the SSML
#           without its tags), both programs at their defaults, same voice, same rate;
#        C. eSpeak NG synthesizing the handout's own script (`espeak-ng -m`, to a file);
#        D. `lame` encoding that very audio (the handout's `--wav` output, resampled by sox
#           beforehand to the MP3's rate if it differs, with libsoxr as `handout` does) at the
#           settings `handout` uses;
#        F. the floor: eSpeak NG, libsoxr and LAME alone, driven at `handout`'s settings in one
#           process and thread, speaking the handout's script into an MP3 and nothing else
#           (bench/library_floor.cpp, built with the tests).
#      Ratios of the medians: A / B (target <= 0.5) and A / (C + D) (target <= 1.3); for the
#      record F / B (the least A / B could be with these libraries at these settings) and A / F
#      (what the tool adds to them). The spread is the smallest and largest ratio within one
#      round.
#   2. A batch of BATCH (default 100) handouts made from the samples, `-j 2`: handouts per
#      minute (target >= 120).
#   3. `handout watch`: from saving an edit of dry-needling to its new MP3 and PDF in place,
#      EDITS times (default 5): the median (target <= 1.0 s).
#   5. `handout check` of one generated handout of N sections (N = 1,250 to 20,000), each a
#      one-word heading and a one-word paragraph: wall time and time per section against the
#      smallest (target: linear, so the ratio stays near 1; 20,000 sections in under 2 s). Up to
#      10,000 sections the handout is valid and every format checks it; 20,000 sections pass the
#      reader's 20,000-word limit, so the reader alone reads it whole and refuses it.
#   4. Peak memory of one worker (as `handout build` reports it: the worker and the
#      synthesizer process it forks) for dry-needling (target <= 48 MiB) and for a generated
#      handout near the reader's 20,000-word limit (target <= 64 MiB).
#
# Usage: bench/speed_bench.sh
#   HANDOUT=path/to/handout   the program to measure (default: build/src/cli/handout)
#   FLOOR=path/to/library_floor  row F's program (default: build/bench/library_floor)
#   ONLY=one|batch|watch|memory|size  run only that section (default: all five)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
handout="${HANDOUT:-$root/build/src/cli/handout}"
floor="${FLOOR:-$root/build/bench/library_floor}"
pairs="${PAIRS:-5}"
batch="${BATCH:-100}"
edits="${EDITS:-5}"
only="${ONLY:-all}"
case "$only" in all | one | batch | watch | memory | size) ;; *) echo "ONLY=one, batch, watch, memory or size" >&2; exit 2 ;; esac
runs() { [[ "$only" == all || "$only" == "$1" ]]; }
id=dry-needling
rate=150
# handout's MP3 settings, read from src/speech/mp3_encoder.h so that D cannot drift from them.
setting() { sed -n "s/^inline constexpr int $1 = \([0-9]*\);/\1/p" "$root/src/speech/mp3_encoder.h"; }
mp3_rate="$(setting mp3_sample_rate)"
lame_settings=(--cbr -b "$(setting mp3_bit_rate_kbps)" -q "$(setting mp3_algorithm_quality)")
[[ -n $mp3_rate && ${lame_settings[2]} != "" && ${lame_settings[4]} != "" ]] ||
  { echo "cannot read the MP3 settings from src/speech/mp3_encoder.h" >&2; exit 1; }
[[ -x "$handout" ]] || "$root/scripts/build.sh" build >/dev/null
[[ -x "$floor" ]] || cmake --build "$root/build" --target library_floor >/dev/null
for tool in espeak-ng lame sox /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh)" >&2; exit 1; }
done

work="$(mktemp -d)"
watcher=""
cleanup() {
  [[ -n "$watcher" ]] && kill "$watcher" 2>/dev/null && wait "$watcher" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
measure() { # appends "cpu wall" of one command to file $1
  local into="$1"
  shift
  /usr/bin/time -f '%U %S %e' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    exit 1
  }
  awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' "$work/time.txt" >>"$into"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column_of() { cut -d' ' -f"$2" "$work/$1.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The handout's script, spoken words and audio, from one unmeasured build (which also warms
# the disk cache for every program measured).
"$handout" build --content "$root/content" --out "$work/ref" --wav --quiet "$id" >/dev/null
sed -e 's/<[^>]*>/ /g' "$work/ref/$id.ssml" >"$work/text.txt"
lang="$(grep -o ' lang="[^"]*"' "$root/content/handouts/$id.xml" | head -1 | cut -d'"' -f2)"
voice="$(echo "${lang:-en-us}" | tr 'A-Z' 'a-z')"
sox "$work/ref/$id.wav" -r "$mp3_rate" "$work/resampled.wav"

if runs one; then
  : >"$work/a.txt" && : >"$work/b.txt" && : >"$work/c.txt" && : >"$work/d.txt" && : >"$work/e.txt"
  : >"$work/f.txt"
  for ((i = 1; i <= pairs; i++)); do
    rm -rf "$work/out" "$work/all"
    measure "$work/a.txt" "$handout" build --content "$root/content" --out "$work/out" \
      --formats pdf,audio --rate "$rate" --quiet "$id"
    measure "$work/e.txt" "$handout" build --content "$root/content" --out "$work/all" \
      --rate "$rate" --quiet "$id"
    measure "$work/b.txt" bash -c "espeak-ng -v '$voice' -s $rate -f '$work/text.txt' --stdout |
      lame --quiet - '$work/pipeline.mp3'"
    measure "$work/c.txt" espeak-ng -v "$voice" -s "$rate" -m -f "$work/ref/$id.ssml" \
      -w "$work/espeak.wav"
    measure "$work/d.txt" lame --quiet --noreplaygain -m m "${lame_settings[@]}" \
      "$work/resampled.wav" "$work/lame.mp3"
    measure "$work/f.txt" "$floor" "$work/ref/$id.ssml" "$voice" "$rate" "$work/floor.mp3"
  done
  cmp -s "$work/out/$id.mp3" "$work/ref/$id.mp3" && same=yes || same=no

  per_round() { # min and max over rounds of A / B, A / (C + D), F / B or A / F; column $2
    paste -d' ' <(column_of a "$2") <(column_of b "$2") <(column_of c "$2") <(column_of d "$2") \
      <(column_of f "$2") |
      awk -v which="$1" '{ r = which == "B" ? $1 / $2 : which == "CD" ? $1 / ($3 + $4) \
          : which == "FB" ? $5 / $2 : $1 / $5
        lo = NR == 1 || r < lo ? r : lo; hi = NR == 1 || r > hi ? r : hi }
        END { printf "%.2f–%.2f", lo, hi }'
  }
  for field in 1 2; do
    for name in a b c d f; do eval "m_${name}_$field=$(column_of $name $field | median)"; done
  done
fi

# 2. A batch of generated handouts: copies of the samples, each with a sentence of its own.
generate() { # folder, count
  mkdir -p "$1/handouts"
  cp "$root/content/clinic.xml" "$root/content/lexicon.pls" "$1/"
  local samples=("$root"/content/handouts/*.xml) i sample base
  for ((i = 0; i < $2; i++)); do
    sample="${samples[i % ${#samples[@]}]}"
    base="$(basename "$sample" .xml)"
    sed -e "s/id=\"$base\"/id=\"$base-$i\"/" \
      -e "0,/<\/heading>/s//<\/heading><p>This is copy number $i.<\/p>/" \
      "$sample" >"$1/handouts/$base-$i.xml"
  done
}
if runs batch; then
  generate "$work/batch" "$batch"
  start=$(date +%s.%N)
  "$handout" build --content "$work/batch" --out "$work/batch-out" -j 2 --quiet >/dev/null
  batch_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
fi

# 3. watch: save an edit (a new file renamed over the old one, as editors do), then wait until
# both the MP3 and the PDF have been replaced.
if runs watch; then
  mkdir -p "$work/live/handouts"
  cp "$root/content/clinic.xml" "$root/content/lexicon.pls" "$work/live/"
  cp "$root/content/handouts/$id.xml" "$work/live/handouts/"
  "$handout" watch --content "$work/live" --out "$work/live-out" >"$work/watch.log" 2>&1 &
  watcher=$!
  until grep -q '^watching' "$work/watch.log"; do sleep 0.05; done
  # The wait uses bash's own commands only: a loop of `stat` and `sleep` processes took CPU
  # from the build it measured (on 2 cores, the build's two processes use both). A hard link
  # keeps each old file's inode, so a new file cannot get its number; `read -t` on a pipe that
  # never speaks sleeps 5 ms.
  mkfifo "$work/never"
  exec 9<>"$work/never"
  : >"$work/watch.txt"
  for ((i = 1; i <= edits; i++)); do
    ln -f "$work/live-out/$id.mp3" "$work/old.mp3"
    ln -f "$work/live-out/$id.pdf" "$work/old.pdf"
    sed -e "0,/<\/heading>/s//<\/heading><p>Edit number $i.<\/p>/" "$root/content/handouts/$id.xml" \
      >"$work/live/edit.tmp"
    start=$EPOCHREALTIME
    mv "$work/live/edit.tmp" "$work/live/handouts/$id.xml"
    while [[ "$work/live-out/$id.mp3" -ef "$work/old.mp3" || "$work/live-out/$id.pdf" -ef "$work/old.pdf" ]]; do
      read -r -t 0.005 -u 9 || true
    done
    end=$EPOCHREALTIME
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }' >>"$work/watch.txt"
    sleep 0.5
  done
  exec 9>&-
  kill "$watcher" && wait "$watcher" 2>/dev/null || true
  watcher=""
  watch_median="$(median <"$work/watch.txt")"
fi

# 4. Peak memory per worker: dry-needling, and a handout near the reader's 20,000 words (the
# sections of dry-needling repeated under new ids).
peak_of() { grep -o 'peak memory [0-9]* MiB' "$1" | awk '{ print $3 }'; }
if runs memory; then
  "$handout" build --content "$root/content" --out "$work/mem" "$id" >"$work/mem.log"
  mkdir -p "$work/long/handouts"
  cp "$root/content/clinic.xml" "$root/content/lexicon.pls" "$work/long/"
  awk -v copies="${COPIES:-31}" '
    /<section id="/ && !started { started = 1 }
    started && !ended { body = body $0 "\n" }
    !started { print }
    /<contact\/>/ { ended = 1; sub(/[ ]*<contact\/>\n$/, "", body)
      for (k = 0; k < copies; k++) { copy = body; gsub(/id="/, "id=\"c" k "-", copy); printf "%s", copy }
      print "  <contact/>"; print "</handout>" }' "$root/content/handouts/$id.xml" \
    | sed -e "s/id=\"$id\"/id=\"long\"/" >"$work/long/handouts/long.xml"
  long_words="$("$handout" check --content "$work/long" >/dev/null && sed -e 's/<[^>]*>/ /g' "$work/long/handouts/long.xml" | wc -w)"
  /usr/bin/time -f '%U %S %e %M' -o "$work/long-time.txt" \
    "$handout" build --content "$work/long" --out "$work/long-out" >"$work/long.log"
  long_line="$(grep -o '([^)]*)' "$work/long.log" | head -1)"
fi

# 5. check of N sections.
if runs size; then
  : >"$work/size.txt"
  for n in 1250 2500 5000 9000 20000; do
    mkdir -p "$work/size-$n/handouts"
    cp "$root/content/clinic.xml" "$work/size-$n/"
    awk -v n="$n" 'BEGIN { printf "<handout id=\"sections\" lang=\"en-US\"><title>Sections</title>"
      for (i = 0; i < n; i++) printf "<section><heading>%d</heading><p>Word</p></section>", i
      print "</handout>" }' >"$work/size-$n/handouts/sections.xml"
    /usr/bin/time -f '%e' -o "$work/size-time.txt" \
      "$handout" check --content "$work/size-$n" >/dev/null 2>&1 || true
    echo "$n $(tail -1 "$work/size-time.txt")" >>"$work/size.txt"
  done
fi

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ { print $2 }') GiB, load average before: $load_before"
echo "versions: $("$handout" --version 2>/dev/null | head -1) ($handout), $(espeak-ng --version | cut -d' ' -f1-4), $(lame --version | head -1 | cut -d' ' -f1-4)"
echo
if runs one; then
  echo "| $id, $pairs alternating rounds | median CPU s | median wall s |"
  echo "|---|---|---|"
  echo "| A. handout build --formats pdf,audio (PDF + MP3 + SSML) | $m_a_1 | $m_a_2 |"
  echo "| E. handout build, every format (adds web page, EPUB, braille) | $(column_of e 1 | median) | $(column_of e 2 | median) |"
  echo "| B. espeak-ng \\| lame (defaults) | $m_b_1 | $m_b_2 |"
  echo "| C. espeak-ng, the handout's script | $m_c_1 | $m_c_2 |"
  echo "| D. lame ${lame_settings[*]}, the handout's audio at $mp3_rate Hz | $m_d_1 | $m_d_2 |"
  echo "| F. eSpeak NG, libsoxr and LAME alone at handout's settings (the floor) | $m_f_1 | $m_f_2 |"
  echo
fi
echo "| figure | result | spread over rounds | target |"
echo "|---|---|---|---|"
if runs one; then
  echo "| A / B, CPU | $(ratio "$m_a_1" "$m_b_1") | $(per_round B 1) | <= 0.5 |"
  echo "| A / B, wall | $(ratio "$m_a_2" "$m_b_2") | $(per_round B 2) | |"
  echo "| A / (C + D), CPU | $(ratio "$m_a_1" "$(awk -v c="$m_c_1" -v d="$m_d_1" 'BEGIN { print c + d }')") | $(per_round CD 1) | <= 1.3 |"
  echo "| A / (C + D), wall | $(ratio "$m_a_2" "$(awk -v c="$m_c_2" -v d="$m_d_2" 'BEGIN { print c + d }')") | $(per_round CD 2) | |"
  echo "| F / B, CPU: the floor of A / B with these libraries and settings | $(ratio "$m_f_1" "$m_b_1") | $(per_round FB 1) | |"
  echo "| A / F, CPU: what handout adds to its libraries' work | $(ratio "$m_a_1" "$m_f_1") | $(per_round AF 1) | |"
  echo "| same MP3 bytes in every round | $same | | yes |"
fi
runs batch && echo "| batch of $batch handouts, -j 2 | $batch_seconds s: $(awk -v n="$batch" -v s="$batch_seconds" 'BEGIN { printf "%.0f", 60 * n / s }') handouts per minute | | >= 120 |"
runs watch && echo "| watch: save to new MP3 and PDF, median of $edits | $watch_median s | $(sort -n "$work/watch.txt" | head -1)–$(sort -n "$work/watch.txt" | tail -1) s | <= 1.0 s |"
if runs memory; then
  echo "| peak memory of one worker, $id | $(peak_of "$work/mem.log") MiB | | <= 48 MiB |"
  echo "| peak memory of one worker, $long_words-word handout | $(peak_of "$work/long.log") MiB | | <= 64 MiB |"
  echo
  echo "long handout: $long_line; CPU $(awk '{ printf "%.1f", $1 + $2 }' "$work/long-time.txt") s, wall $(cut -d' ' -f3 "$work/long-time.txt") s"
fi
if runs size; then
  base_per="$(head -1 "$work/size.txt" | awk '{ print $2 / $1 }')"
  while read -r n seconds; do
    echo "| check, $n sections$( ((n > 10000)) && echo ' (refused: over the word limit)') | $seconds s | time per section / 1,250's: $(awk -v s="$seconds" -v n="$n" -v b="$base_per" 'BEGIN { printf "%.2f", s / n / b }') | linear; 20,000 under 2 s |"
  done <"$work/size.txt"
fi
