#!/usr/bin/env bash
# Installs every Debian package in scripts/packages.txt, or with `run` only those above its
# "tests only" line (what building and running the tool needs). Idempotent: when all are present
# it touches nothing, so repeated runs are fast and work offline.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-all}"
list() {
  if [[ $mode == run ]]; then sed '/^# ---- tests only/,$d' packages.txt; else cat packages.txt; fi
}
mapfile -t packages < <(list | grep -v '^\s*#' | grep -v '^\s*$')
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
# Node.js and npm (for the test-only JavaScript tools) may come from Debian or, as on these
# machines, from NodeSource, whose nodejs package conflicts with Debian's npm: take either.
[[ $mode == run ]] || command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[[ $mode == run ]] && exit 0
# pdf.js for the print integration tests, pinned by its lockfile; skipped when already installed.
pdfjs="$(pwd)/../tests/integration/print/js"
if [[ ! -d "$pdfjs/node_modules/pdfjs-dist" || "$pdfjs/package-lock.json" -nt "$pdfjs/node_modules" ]]; then
  (cd "$pdfjs" && npm ci --no-audit --no-fund --loglevel=error)
fi
# Ace by DAISY for the EPUB integration tests, pinned by its lockfile; it drives Debian's
# chromium (PUPPETEER_EXECUTABLE_PATH in the tests), so Puppeteer downloads no browser.
ace="$(pwd)/../tests/integration/epub/js"
if [[ ! -d "$ace/node_modules/@daisy/ace-cli" || "$ace/package-lock.json" -nt "$ace/node_modules" ]]; then
  (cd "$ace" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
# axe-core and puppeteer-core for the web page checks, driving Debian's chromium (no download).
webjs="$(pwd)/../tests/integration/web/js"
if [[ ! -d "$webjs/node_modules/axe-core" || "$webjs/package-lock.json" -nt "$webjs/node_modules" ]]; then
  (cd "$webjs" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
# The reference readability packages for the plain-language comparison (pure JavaScript).
plainjs="$(pwd)/../tests/integration/plain/js"
if [[ ! -d "$plainjs/node_modules/syllable" || "$plainjs/package-lock.json" -nt "$plainjs/node_modules" ]]; then
  (cd "$plainjs" && npm ci --no-audit --no-fund --loglevel=error)
fi
