#!/usr/bin/env bash
# README command 1: install what the tool needs, build the tool (not the tests), and turn
# content/ into out/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" run
# A first configuration leaves the tests out (no doctest needed) and compiles each library as
# a unity build, which halves the compile time. A build tree that scripts/test.sh configured
# keeps its settings (tests, one unit per file), so the two share build/ in either order.
first=()
# Ninja starts a target's compiles while the libraries it links are still linking (Make waits).
[[ -f "$root/build/CMakeCache.txt" ]] || first=(-G Ninja -DBUILD_TESTING=OFF -DCMAKE_UNITY_BUILD=ON)
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${first[@]}" >/dev/null
cmake --build "$root/build" --target handout -j "$(nproc)"
cd "$root"
./build/src/cli/handout check --content content
./build/src/cli/handout build --content content --out out
pdfs=(out/*.pdf)
echo "outputs in $root/out: ${#pdfs[@]} handouts (each format of each; index.html, manifest.json)"
