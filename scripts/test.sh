#!/usr/bin/env bash
# README command 2: install what is needed, build warning-free, check formatting, and run every
# test twice: once in a normal build, once under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh
scripts/check-format.sh
# ctest runs each doctest case by name, and doctest splits filters at commas (CMake at
# semicolons): such a name would silently run nothing.
if grep -rnE 'TEST_CASE\("[^"]*[,;]' tests; then
  echo "test names must not contain ',' or ';'" >&2
  exit 1
fi

phase() { echo "== $1 (at ${SECONDS}s)"; }

phase "build (warnings are errors)"
scripts/build.sh build -DHANDOUT_WERROR=ON
phase "tests"
ctest --test-dir build --output-on-failure -j "$(nproc)"

phase "build with sanitizers"
scripts/build.sh build-sanitize -DHANDOUT_WERROR=ON -DHANDOUT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
phase "tests under sanitizers"
ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)"

phase "fuzzing (clang, libFuzzer)"
scripts/fuzz.sh 60
phase "done"
