#!/usr/bin/env bash
# Rewrites tests/golden/sample-outputs.sha256 from the samples built by ./build's handout.
# Run it only when a change is meant to alter output bytes, and say so in the commit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
SOURCE_DATE_EPOCH=0 "$root/build/src/cli/handout" build --quiet --content "$root/content" --out "$out" >/dev/null
(cd "$out" && sha256sum -- *.pdf *.mp3 *.ssml *.html *.epub *.brf *.pef *.daisy.zip *.picture-*) > "$root/tests/golden/sample-outputs.sha256"
cat "$root/tests/golden/sample-outputs.sha256"
# The same samples from a clinic.xml without <publish>: no QR code, no WOAF, and the line
# naming the other formats sends the patient to the front desk (tests/integration/cli/
# qr_code_test.cpp).
mkdir "$out/content" "$out/no-publish"
cp -r "$root/content/." "$out/content"
sed -i '/<publish /d' "$out/content/clinic.xml"
SOURCE_DATE_EPOCH=0 "$root/build/src/cli/handout" build --quiet --content "$out/content" --out "$out/no-publish" >/dev/null
(cd "$out/no-publish" && sha256sum -- *.pdf *.mp3) > "$root/tests/golden/sample-outputs-no-publish.sha256"
cat "$root/tests/golden/sample-outputs-no-publish.sha256"
