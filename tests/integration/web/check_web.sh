#!/usr/bin/env bash
# Builds the sample web pages, the exercise sampler's (tests/data/exercise-content) and the
# table sampler's (tests/data/table-content; tables and checklists, issue 25) with the handout
# program and checks them in Debian's headless Chromium with axe-core
# (tests/integration/web/js/check_pages.mjs). Each content folder is built in every format, so
# that the pages' links to the other formats are checked against the files the build made: in
# $HANDOUT_SHARED_BUILDS/samples-<name> when set, the build the EPUB, DAISY and other tests share
# (the same command, under the same lock: tests/support/shared_build.h), else in a folder of
# its own.
# Usage: check_web.sh HANDOUT_PROGRAM SOURCE_DIR [SCREENSHOT_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/script_start.sh" axe-core "$@"
# Builds `content` as the shared build `name`; prints the folder it is in.
built() {
  local name="$1" content="$2" folder="$out/$1"
  local build=(env SOURCE_DATE_EPOCH=0 "$handout" build --quiet --content "$content"
    --fonts "$source_dir/fonts")
  if [[ -n "${HANDOUT_SHARED_BUILDS:-}" ]]; then
    mkdir -p "$HANDOUT_SHARED_BUILDS"
    folder="$HANDOUT_SHARED_BUILDS/samples-$name"
    flock "$HANDOUT_SHARED_BUILDS/samples-$name.lock" "${build[@]}" --out "$folder" >&2
  else
    "${build[@]}" --out "$folder" >&2
  fi
  echo "$folder"
}
samples="$(built out "$source_dir/content")"
exercises="$(built out-exercises "$source_dir/tests/data/exercise-content")"
tables="$(built out-tables "$source_dir/tests/data/table-content")"
shots=()
[[ $# -ge 3 ]] && shots=(--screenshots "$3")
node "$js/check_pages.mjs" "${shots[@]}" "$samples"/*.html "$exercises"/*.html "$tables"/*.html
