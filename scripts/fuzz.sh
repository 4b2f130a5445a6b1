#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60), seeded with
# the sample content and the good and bad input corpora, and the pictures with small PNGs and
# JPEGs of every kind ImageMagick makes here. Fails on any crash, leak or hang.
# Usage: scripts/fuzz.sh [SECONDS [BUILD_DIR]]
# BUILD_DIR: a clang build tree configured with -DHANDOUT_FUZZ=ON (scripts/test.sh passes its
# sanitizer build, which builds the fuzzers too); without it, build-fuzz is configured here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
build="${2:-}"
cd "$root"
if [[ -z "$build" ]]; then
  build=build-fuzz
  # One unit per module and -O1 with line tables only: the fuzzers need coverage and the
  # sanitizers' reports with lines, not the last bit of speed, and this build compiles every
  # writer (the manifest fuzzer links the command line), the longest part of this script.
  CC=clang CXX=clang++ cmake -S . -B "$build" -DHANDOUT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_UNITY_BUILD=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" >/dev/null
elif ! grep -q '^HANDOUT_FUZZ:BOOL=ON$' "$build/CMakeCache.txt"; then
  echo "$build is not configured with -DHANDOUT_FUZZ=ON" >&2
  exit 1
fi
cmake --build "$build" -j "$(nproc)" --target reader_fuzzer normaliser_fuzzer manifest_fuzzer image_fuzzer
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reader" "$work/normaliser" "$work/manifest" "$work/image"
cp content/*.xml content/*.pls content/handouts/*.xml tests/bad/*.xml tests/bad/*.pls tests/good/* "$work/reader/"
# The normaliser sees text, so its seeds are the samples' lines without markup.
i=0
sed -e 's/<[^>]*>//g' content/handouts/*.xml content/clinic.xml | grep -v '^\s*$' | while read -r line; do
  printf '%s' "$line" > "$work/normaliser/line-$((i++))"
done
# The manifest's seeds: manifests a build writes, of the samples and of a failed handout.
"$root/build/src/cli/handout" build --content content --out "$work/out" --formats pdf --quiet \
  >/dev/null 2>&1 && cp "$work/out/manifest.json" "$work/manifest/sample.json" || true
printf '{"tool_version":"1","handouts":{"a":{"source":"handouts/a.xml","formats":{"pdf":{"outputs":[{"name":"../x","size":1}]}}}}}' \
  >"$work/manifest/hostile.json"
# The pictures' seeds: small pictures in the forms the image tests make (tests/support/pictures.h).
picture() { convert -size 24x16 gradient:red-blue "$@"; }
picture "$work/image/rgb.png"
picture -alpha set -channel A -evaluate set 50% "$work/image/rgba.png"
picture -colorspace Gray "$work/image/grey.png"
picture -depth 16 "$work/image/deep.png"
picture "PNG8:$work/image/palette.png"
picture -interlace PNG "$work/image/interlaced.png"
picture -quality 85 "$work/image/baseline.jpg"
picture -interlace JPEG "$work/image/progressive.jpg"
picture -colorspace CMYK "$work/image/cmyk.jpg"
picture -orient RightTop "$work/image/turned.jpg"
# The fuzzers run side by side, sharing the cores.
fuzzers=(reader normaliser manifest image)
pids=()
for fuzzer in "${fuzzers[@]}"; do
  "$build/tests/fuzz/${fuzzer}_fuzzer" "$work/$fuzzer" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 >"$work/$fuzzer.log" 2>&1 &
  pids+=($!)
done
failed=0
for i in "${!fuzzers[@]}"; do
  fuzzer="${fuzzers[$i]}"
  if wait "${pids[$i]}"; then
    echo "fuzzing the $fuzzer for $seconds s: $(grep -o 'Done [0-9]* runs' "$work/$fuzzer.log"), no crash, leak or hang"
  else
    echo "fuzzing the $fuzzer FAILED:"
    tail -n 60 "$work/$fuzzer.log"
    failed=1
  fi
done
exit "$failed"
