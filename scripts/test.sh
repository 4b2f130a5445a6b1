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
# A name clang-format wrapped onto the next line counts too.
if grep -rlZ --include='*.cpp' 'TEST_CASE(' tests |
  xargs -0 perl -0777 -ne 'while (/TEST_CASE\(\s*"([^"]*)"/g) {
    my $name = $1; print "$ARGV: $name\n" if $name =~ /[,;]/ }' | grep .; then
  echo "test names must not contain ',' or ';'" >&2
  exit 1
fi

phase() { echo "== $1 (at ${SECONDS}s)"; }

phase "build (warnings are errors)"
# The tests and the program, as README command 1 builds it (scripts/run.sh: a unity build, each
# module compiled in a few large units), whatever scripts/run.sh configured before. Every file
# compiled on its own took this build 40 % more compiler time (1123 CPU-s against 807), and a
# clang -fsyntax-only of each of the program's files, to keep that check alone, as much again.
# No debug information: the tests never read it, and it made a third of the compile time and
# most of the link time of 70 MB test programs. The sanitizer build below keeps line tables
# (-g1), for its reports.
# The tests' own code at -O1 (tests/CMakeLists.txt), the program's at -O2: the optimizer on the
# tests' long functions of assertions took most of this build's time.
scripts/build.sh build -DHANDOUT_WERROR=ON -DBUILD_TESTING=ON -DCMAKE_UNITY_BUILD=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g0 -DNDEBUG" -DHANDOUT_TEST_COMPILE_OPTIONS=-O1
phase "tests"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
ctest --test-dir build --output-on-failure -j "$(nproc)" | tee -a "$log"

phase "install and package"
scripts/test-install.sh build

phase "build with sanitizers and the fuzzers (clang)"
# One clang build serves the tests under the sanitizers and the fuzzers (libFuzzer is clang's):
# a third build of every module, only for the fuzzers, took a tenth of this script. A unity
# build, as the first; -O1 with line tables (-g1) keeps the sanitizers' reports with
# lines and runs the tests faster than -O0. The fuzzers' coverage (-fsanitize=fuzzer-no-link)
# is compiled into every module, and only the fuzz targets link libFuzzer. Built: what the
# sanitizers watch (the target sanitizer_suite, tests/CMakeLists.txt says why) and the fuzzers.
HANDOUT_BUILD_TARGETS="sanitizer_suite reader_fuzzer normaliser_fuzzer manifest_fuzzer image_fuzzer" \
  CC=clang CXX=clang++ scripts/build.sh build-sanitize -DHANDOUT_WERROR=ON -DHANDOUT_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_UNITY_BUILD=ON -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1"
phase "tests under sanitizers"
# LeakSanitizer (clang 14) misreads the thread-local blocks of libraries opened with dlopen on
# glibc 2.36 and crashes at exit scanning them ("Tracer caught signal 11",
# github.com/google/sanitizers/issues/1322): libvips is opened so when a picture is read. Leaks
# are still found in every other kind of memory.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}intercept_tls_get_addr=0"
# The unit tests, each program once with all its cases: a sanitized process takes a fifth of a
# second to start and to scan for leaks at its end, and ctest would start one per case (700).
# Both at once, each program in its own folder as ctest runs it.
unit_test() { (cd "$(dirname "$1")" && "./$(basename "$1")" --no-intro) >"$1.log" 2>&1 ||
  { cat "$1.log"; echo "$1 failed" >&2; return 1; }; }
export -f unit_test
find build-sanitize/tests/unit -name '*_unit_tests' -type f -executable -print0 |
  xargs -0 -P "$(nproc)" -I{} bash -c 'unit_test "$1"' _ {}
unit_cases=$(cat build-sanitize/tests/unit/*/*_unit_tests.log |
  awk '/test cases:/ { total += $4 } END { print total }')
echo "unit tests under sanitizers: $unit_cases cases passed"
# Then the integration tests that run the program itself (tests/CMakeLists.txt lists their
# programs), but for those labelled validator, the slowest judges, which judge files the first
# suite already judged and spend their time in their own code, while the sanitizers watch only
# ours; nor those labelled rebuild, which build everything again or kill a build to compare
# files: they judge outputs and timing, and their code is the same every other build test runs.
programs=$(tr ';' '|' <build-sanitize/tests/sanitized_programs.txt)
ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)" -LE '^(validator|rebuild)$' \
  -R "^($programs):" | tee -a "$log"

phase "fuzzing (clang, libFuzzer)"
scripts/fuzz.sh 15 build-sanitize
phase "done"
# One closing line for both suites, the install and package phase and the four fuzzers (every
# step above stops the script on failure, so reaching here means nothing failed).
ran=$(grep -o 'tests failed out of [0-9]*' "$log" | awk '{ total += $5 } END { print total }')
echo "$((ran + unit_cases + 5)) passed, 0 failed"
