#!/usr/bin/env bash
# Builds the exercise sampler's web page (tests/data/exercise-content: it has pictures) with the
# handout program and checks in Debian's headless Chromium that it works offline once opened
# from a local HTTP server (tests/integration/web/js/offline_checks.mjs), and from file:// as
# before.
# Usage: check_offline.sh HANDOUT_PROGRAM SOURCE_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/script_start.sh" puppeteer-core "$@"
"$handout" build --quiet --content "$source_dir/tests/data/exercise-content" --out "$out" \
  --formats web
node "$js/offline_checks.mjs" "$out" exercise-sampler
