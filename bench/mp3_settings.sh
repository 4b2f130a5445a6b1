#!/usr/bin/env bash
# Chooses the MP3 encoder's settings by measurement (issue 12): encodes the synthesized
# speech of the English samples (the `--wav` output, the very samples the MP3 is made from)
# with the `lame` program at each candidate setting, and prints for each the median CPU time
# of the encoding, the average bit rate, and the intelligibility word score of each sample
# (tests/integration/speech: pocketsphinx transcribes the whole recording against a language
# model of the handout's script; the score is the percentage of the script's words heard in
# order). `lame` uses the same libmp3lame 3.100 as `handout`, so the figures carry over.
#
# Usage: bench/mp3_settings.sh      (10 to 25 minutes: a whole transcription per sample and setting)
#   BUILD=build      the build folder holding src/cli/handout and the score tool
#   RUNS=n           timing repetitions per cell (default 3)
#   SETTINGS=...     the settings to try, one per line (default: the list below); a line may
#                    start with a sample rate ("16000 -V 6 -q 7"): the audio is then resampled to it
#                    with sox beforehand (libsoxr, as `handout` does; not in the CPU time)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/${BUILD:-build}"
runs="${RUNS:-3}"
handout="$build/src/cli/handout"
score="$build/tests/integration/speech/intelligibility_score"
[[ -x "$handout" && -x "$score" ]] || "$root/scripts/build.sh" "${BUILD:-build}" >/dev/null
samples=(dry-needling low-back-exercises)
default_settings="--cbr -b 64 -q 3
--cbr -b 64 -q 5
--cbr -b 64 -q 7
--cbr -b 80 -q 7
--abr 48 -q 5
-V 6 -q 5
-V 6 -q 7
-V 7 -q 7
16000 -V 6 -q 7
24000 --cbr -b 64 -q 5
16000 --cbr -b 40 -q 7
16000 -V 8 -q 7
16000 --cbr -b 48 -q 9
12000 -V 6 -q 7
11025 -V 6 -q 7"
mapfile -t settings <<<"${SETTINGS:-$default_settings}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$handout" build --content "$root/content" --out "$work/out" --wav --quiet "${samples[@]}" >/dev/null

cpu() { # CPU seconds (user + system) of one command
  /usr/bin/time -f '%U %S' -o "$work/time.txt" "$@" >/dev/null 2>&1
  awk '{ printf "%.3f\n", $1 + $2 }' "$work/time.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); $(lame --version | head -1)"
echo
echo "| rate, lame settings | CPU s, ${samples[0]} | kbit/s | word score, ${samples[*]} |"
echo "|---|---|---|---|"
for setting in "${settings[@]}"; do
  scores=()
  rate=""
  [[ $setting =~ ^([0-9]+)\ (.*)$ ]] && rate="${BASH_REMATCH[1]}" && setting="${BASH_REMATCH[2]}"
  for id in "${samples[@]}"; do
    mp3="$work/$id.mp3"
    wav="$work/out/$id.wav"
    if [[ -n $rate ]]; then
      sox "$wav" -r "$rate" "$work/$id-$rate.wav"
      wav="$work/$id-$rate.wav"
    fi
    for ((i = 0; i < runs; i++)); do
      # shellcheck disable=SC2086
      cpu lame --quiet --noreplaygain -m m $setting "$wav" "$mp3"
    done >"$work/cpu-$id.txt"
    scores+=("$("$score" "$mp3" "$work/out/$id.ssml")")
    if [[ $id == "${samples[0]}" ]]; then
      seconds="$(median <"$work/cpu-$id.txt")"
      duration="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$mp3")"
      kbps="$(awk -v b="$(stat -c %s "$mp3")" -v d="$duration" 'BEGIN { printf "%.1f", b * 8 / d / 1000 }')"
    fi
  done
  echo "| ${rate:-22050} Hz, \`$setting\` | $seconds | $kbps | ${scores[*]} |"
done
