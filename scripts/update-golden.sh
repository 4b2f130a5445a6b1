#!/usr/bin/env bash
# Rewrites tests/golden/sample-outputs.sha256 from the samples built by ./build's handout.
# Run it only when a change is meant to alter output bytes, and say so in the commit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
SOURCE_DATE_EPOCH=0 "$root/build/src/cli/handout" build --quiet --content "$root/content" --out "$out" >/dev/null
(cd "$out" && sha256sum -- *.pdf *.mp3 *.ssml *.html *.epub) > "$root/tests/golden/sample-outputs.sha256"
cat "$root/tests/golden/sample-outputs.sha256"
