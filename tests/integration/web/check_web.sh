#!/usr/bin/env bash
# Builds the sample web pages, the exercise sampler's (tests/data/exercise-content) and the
# table sampler's (tests/data/table-content) with the
# handout program and checks them in Debian's headless Chromium with axe-core
# (tests/integration/web/js/check_pages.mjs).
# Usage: check_web.sh HANDOUT_PROGRAM SOURCE_DIR [SCREENSHOT_DIR]
set -euo pipefail
handout="$1"
source_dir="$2"
js="$source_dir/tests/integration/web/js"
if [[ ! -d "$js/node_modules/axe-core" ]]; then
  echo "axe-core is not installed: run scripts/install-deps.sh" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$handout" build --quiet --content "$source_dir/content" --out "$out/samples" --formats web
"$handout" build --quiet --content "$source_dir/tests/data/exercise-content" \
  --out "$out/exercises" --formats web
# Tables and checklists (issue 25)
"$handout" build --quiet --content "$source_dir/tests/data/table-content" \
  --out "$out/tables" --formats web
shots=()
[[ $# -ge 3 ]] && shots=(--screenshots "$3")
node "$js/check_pages.mjs" "${shots[@]}" "$out"/samples/*.html "$out"/exercises/*.html \
  "$out"/tables/*.html
