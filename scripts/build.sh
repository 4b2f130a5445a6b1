#!/usr/bin/env bash
# Configures and builds one build tree. Usage: scripts/build.sh DIR [cmake options…]
# HANDOUT_BUILD_TARGETS (names separated by spaces) builds only those targets.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$1"
shift
# A new tree is generated for Ninja, which starts a target's compiles while the libraries it
# links are still being linked (Make's targets wait for them); a tree keeps its generator.
generator=()
[[ -f "$root/$dir/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S "$root" -B "$root/$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
targets=()
[[ -n "${HANDOUT_BUILD_TARGETS:-}" ]] && read -r -a targets <<<"$HANDOUT_BUILD_TARGETS"
cmake --build "$root/$dir" -j "$(nproc)" ${targets[@]+--target "${targets[@]}"}
