#!/usr/bin/env bash
# The installed tool stands on its own. 1. `cmake --install` into a temporary prefix, copied
# elsewhere, builds the samples with the build tree moved away and no path to the source tree in
# the program; its fonts come from share/handout/fonts, --fonts or HANDOUT_FONTS_DIR. 2. The
# Debian package declares the libraries the program links, installs with apt-get, builds the
# samples as /usr/bin/handout, and is removed. 3. A build without tests does not need doctest.
# Usage: scripts/test-install.sh [BUILD_DIR] (default: build, already built). Needs root for apt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/${1:-build}"
work="$(mktemp -d)"
installed_package=0
cleanup() {
  [[ -d "$build.moved-away" ]] && mv "$build.moved-away" "$build"
  ((installed_package)) && apt-get remove -y -qq handout >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
unset HANDOUT_FONTS_DIR HANDOUT_CLINICAL_LEXICON_DIR

# Every handout in content/ has its PDF (which pdfinfo reads), MP3 and SSML in $1.
check_outputs() {
  local id count=0
  for handout in "$root"/content/handouts/*.xml; do
    id="$(basename "$handout" .xml)"
    for ext in pdf mp3 ssml; do
      [[ -s "$1/$id.$ext" ]] || fail "$1/$id.$ext is missing or empty"
    done
    pdfinfo "$1/$id.pdf" | grep -q '^Pages: *[1-9]' || fail "pdfinfo cannot read $1/$id.pdf"
    count=$((count + 1))
  done
  echo "  $count handouts built in $1"
}

echo "- cmake --install, then a build from a copy of the prefix"
cmake --install "$build" --prefix "$work/prefix" --strip >/dev/null
for file in bin/handout share/handout/fonts/AtkinsonHyperlegible-Regular.ttf \
  share/handout/schema/handout.xsd share/handout/clinical-lexicon/en.txt \
  share/handout/clinical-lexicon/es.txt share/doc/handout/README.md; do
  [[ -f "$work/prefix/$file" ]] || fail "cmake --install did not install $file"
done
cp -a "$work/prefix" "$work/copy"
rm -rf "$work/prefix"
grep -q "$root" "$work/copy/bin/handout" && fail "the installed program names the source tree $root"
mv "$build" "$build.moved-away"
mkdir "$work/run"
cp -r "$root/content" "$work/run/content"
cd "$work/run"
"$work/copy/bin/handout" build --content content --out out -q
check_outputs "$work/run/out"

echo "- the fonts folder: --fonts, HANDOUT_FONTS_DIR, and a clear error when there is none"
mv "$work/copy/share/handout/fonts" "$work/fonts"
set +e
message="$("$work/copy/bin/handout" build --content content --out out 2>&1)"
status=$?
set -e
[[ $status == 1 && $message == *"no fonts folder: looked in $work/copy/share/handout/fonts"* ]] ||
  fail "without fonts, expected exit 1 and where it looked, got $status: $message"
HANDOUT_FONTS_DIR="$work/fonts" "$work/copy/bin/handout" build --content content --out env -q
check_outputs "$work/run/env"
"$work/copy/bin/handout" build --fonts "$work/fonts" --content content --out option -q
check_outputs "$work/run/option"
cmp env/manifest.json option/manifest.json >/dev/null ||
  fail "the same fonts named by --fonts and HANDOUT_FONTS_DIR gave different builds"
mv "$build.moved-away" "$build"

echo "- cpack -G DEB, then apt-get install, a build with /usr/bin/handout, apt-get remove"
(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack -G DEB"; }
version="$("$build/src/cli/handout" --version | awk '{ print $2 }')"
deb="$work/package/handout_${version}_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || fail "cpack did not write $deb: $(ls "$work/package")"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "  Depends: $depends"
[[ $depends == *espeak-ng-data* ]] || fail "the package does not depend on espeak-ng-data"
[[ $depends == *liblouis-data* ]] || fail "the package does not depend on liblouis-data"
[[ $depends == *libvips42* ]] || fail "the package does not depend on libvips42 (opened, not linked)"
# Each shared library the program links (NEEDED) comes from a package the .deb depends on, or
# from one of their own dependencies (libtag1v5 is libtag1v5-vanilla's, for instance).
declared="$depends"
for package in $(sed -e 's/([^)]*)//g' -e 's/[,|]/ /g' <<<"$depends"); do
  declared+=", $(dpkg-query -W -f='${Depends}' "$package")"
done
program="$build/src/cli/handout"
while read -r soname; do
  library="$(ldd "$program" | awk -v soname="$soname" '$1 == soname { print $3 }')"
  package="$({ dpkg -S "$library" || dpkg -S "$(readlink -f "$library")" || true; } 2>/dev/null |
    head -n 1 | cut -d: -f1)"
  [[ -n $package ]] || fail "no Debian package holds $library"
  [[ $declared == *"$package"* ]] || fail "Depends lacks $package (for $soname)"
done < <(readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
apt-get install -y -o DPkg::Lock::Timeout=120 --reinstall "$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get install $deb"; }
installed_package=1
[[ "$(command -v handout)" == /usr/bin/handout ]] || fail "handout is not /usr/bin/handout"
rm -rf "$work/run/out"
/usr/bin/handout build --content content --out out -q
check_outputs "$work/run/out"
apt-get remove -y -o DPkg::Lock::Timeout=120 handout >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get remove handout"; }
installed_package=0
[[ ! -e /usr/bin/handout && ! -e /usr/share/handout ]] || fail "apt-get remove left files behind"

echo "- a build without tests configures without doctest"
cmake -S "$root" -B "$work/no-tests" -DBUILD_TESTING=OFF -DCMAKE_DISABLE_FIND_PACKAGE_doctest=ON \
  >"$work/no-tests.log" 2>&1 || { cat "$work/no-tests.log"; fail "configuring with BUILD_TESTING=OFF"; }
echo "install and package: all passed"
