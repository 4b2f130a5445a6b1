#!/usr/bin/env bash
# README command 1: install what is needed, build, and turn content/ into out/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" build
cd "$root"
./build/src/cli/handout check --content content
./build/src/cli/handout build --content content --out out
