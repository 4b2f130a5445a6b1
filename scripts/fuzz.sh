#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60), seeded with
# the sample content and the good and bad input corpora. Fails on any crash, leak or hang.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
cd "$root"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DHANDOUT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target reader_fuzzer normaliser_fuzzer
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reader" "$work/normaliser"
cp content/*.xml content/*.pls content/handouts/*.xml tests/bad/*.xml tests/bad/*.pls tests/good/* "$work/reader/"
# The normaliser sees text, so its seeds are the samples' lines without markup.
i=0
sed -e 's/<[^>]*>//g' content/handouts/*.xml content/clinic.xml | grep -v '^\s*$' | while read -r line; do
  printf '%s' "$line" > "$work/normaliser/line-$((i++))"
done
# The two fuzzers run side by side, one per core.
pids=()
for fuzzer in reader normaliser; do
  "build-fuzz/tests/fuzz/${fuzzer}_fuzzer" "$work/$fuzzer" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 >"$work/$fuzzer.log" 2>&1 &
  pids+=($!)
done
failed=0
for i in 0 1; do
  fuzzer=$([[ $i == 0 ]] && echo reader || echo normaliser)
  if wait "${pids[$i]}"; then
    echo "fuzzing the $fuzzer for $seconds s: $(grep -o 'Done [0-9]* runs' "$work/$fuzzer.log"), no crash, leak or hang"
  else
    echo "fuzzing the $fuzzer FAILED:"
    tail -n 60 "$work/$fuzzer.log"
    failed=1
  fi
done
exit "$failed"
