#!/usr/bin/env bash
# Builds the sample web pages, the exercise sampler's (tests/data/exercise-content) and the
# table sampler's (tests/data/table-content) with the
# handout program and checks them in Debian's headless Chromium with axe-core
# (tests/integration/web/js/check_pages.mjs). The samples are built in every format, so that
# their pages' links to the other formats are checked against the files the build made: in
# $HANDOUT_SHARED_BUILDS/epub-samples when set, the EPUB tests' shared build of them (the
# same command, under the same lock: tests/support/shared_build.h), else in a folder of its own.
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
samples="$out/samples"
build_samples=(env SOURCE_DATE_EPOCH=0 "$handout" build --quiet --content "$source_dir/content"
  --fonts "$source_dir/fonts")
if [[ -n "${HANDOUT_SHARED_BUILDS:-}" ]]; then
  mkdir -p "$HANDOUT_SHARED_BUILDS"
  samples="$HANDOUT_SHARED_BUILDS/epub-samples"
  flock "$HANDOUT_SHARED_BUILDS/epub-samples.lock" "${build_samples[@]}" --out "$samples"
else
  "${build_samples[@]}" --out "$samples"
fi
"$handout" build --quiet --content "$source_dir/tests/data/exercise-content" \
  --out "$out/exercises" --formats web
# Tables and checklists (issue 25)
"$handout" build --quiet --content "$source_dir/tests/data/table-content" \
  --out "$out/tables" --formats web
shots=()
[[ $# -ge 3 ]] && shots=(--screenshots "$3")
node "$js/check_pages.mjs" "${shots[@]}" "$samples"/*.html "$out"/exercises/*.html \
  "$out"/tables/*.html
