#!/usr/bin/env bash
# README command 1: install what the tool needs, build the tool (not the tests), and turn
# content/ into out/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" run
# A first configuration leaves the tests out (no doctest needed); a build tree that
# scripts/test.sh configured keeps them, so the two scripts share build/ in either order.
testing=()
[[ -f "$root/build/CMakeCache.txt" ]] || testing=(-DBUILD_TESTING=OFF)
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${testing[@]}" >/dev/null
cmake --build "$root/build" --target handout -j "$(nproc)"
cd "$root"
./build/src/cli/handout check --content content
./build/src/cli/handout build --content content --out out
pdfs=(out/*.pdf)
echo "outputs in $root/out: ${#pdfs[@]} handouts (<id>.pdf, <id>.mp3, <id>.ssml; manifest.json)"
