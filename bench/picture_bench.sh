#!/usr/bin/env bash
# Benchmark of issue 24 (pictures): the time and peak memory to prepare COUNT (default 12)
# phone-sized photos, 4000 × 3000 JPEGs (12 megapixels, quality 92, a gradient under a camera's
# grain), for print at about 200 dpi over 8.5 × 11 in: at most 1700 × 2200 pixels. Measured with
# GNU time (wall, CPU, maximum resident set size), in ROUNDS alternating rounds (default 3), the
# medians printed for:
#   A. `prepare_pictures` (bench/prepare_pictures.cpp): image::prepare() on every photo, one
#      after the other in one process, as a build's worker would: libvips's thumbnail (shrunk
#      while decoded), one worker thread, a baseline JPEG of quality 85;
#   A2. the same with image::prepare_all on 2 threads (every photo read first), as a handout
#      built alone can have them;
#   B. ImageMagick's convert, one process per photo (as a script would run it), at the same
#      settings: -auto-orient -resize 1700x2200> -strip -quality 85;
#   C. the same with -define jpeg:size=1700x1275 (the size shown), which lets libjpeg shrink
#      while it decodes, by a power of two, as A does: the fastest way to ask ImageMagick.
#   D. `handout build --formats pdf` of a handout whose twelve exercises each show one photo,
#      against E. the same handout without its figures: the time the pictures add to a build
#      (target: under 2 s), the PDF's size (target: under 3 MB) and the build's peak memory.
# The photos are made with the vips program (libvips-tools) in a temporary folder first.
#
# Usage: bench/picture_bench.sh    (about a minute)
#   COUNT=n ROUNDS=n   PREPARE=path/to/prepare_pictures (default build/bench/prepare_pictures)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${COUNT:-12}"
rounds="${ROUNDS:-3}"
prepare="${PREPARE:-$root/build/bench/prepare_pictures}"
[[ -x "$prepare" ]] || cmake --build "$root/build" --target prepare_pictures >/dev/null
for tool in vips /usr/bin/convert /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh)" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "libvips $(vips --version | awk '{ print $1 }' | sed 's/vips-//'), $(/usr/bin/convert -version | head -1 | awk '{ print $2, $3 }')"

# The photos: a gradient (red across, green down, blue along the diagonal) under Gaussian grain
# (sigma 12, a seed per photo), so that no two are alike and the JPEG has a photo's detail.
mkdir -p "$work/photos" "$work/a" "$work/a2" "$work/b" "$work/c"
vips xyz "$work/xy.v" 4000 3000
vips linear "$work/xy.v" "$work/rg.v" "0.055 0.07" "20 10"
vips bandmean "$work/xy.v" "$work/mean.v"
vips linear "$work/mean.v" "$work/b.v" 0.06 40
vips bandjoin "$work/rg.v $work/b.v" "$work/rgb.v"
for ((i = 0; i < count; i++)); do
  vips gaussnoise "$work/noise.v" 4000 3000 --mean 0 --sigma 12 --seed "$i"
  vips add "$work/rgb.v" "$work/noise.v" "$work/sum.v"
  vips cast "$work/sum.v" "$work/photos/photo-$i.jpg[Q=92]" uchar
done
photos=("$work"/photos/*.jpg)
echo "photos: $count × $(vipsheader "${photos[0]}" | cut -d: -f2- | cut -d, -f1 | sed 's/^ *//'), $(du -sh "$work/photos" | cut -f1) in all"
rm -f "$work"/*.v

# Runs a command under GNU time; prints "wall cpu max_rss_kb".
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/time"
}
convert_each() { # folder, then convert's options
  local folder="$1"
  shift
  for photo in "${photos[@]}"; do
    /usr/bin/convert "$@" "$photo" -auto-orient -resize '1700x2200>' -strip -quality 85 \
      "$folder/$(basename "$photo")"
  done
}
export -f convert_each
export photos_list="${photos[*]}"

# D and E: one handout of twelve exercises, with and without a photo in each.
handout="${HANDOUT:-$root/build/src/cli/handout}"
for variant in with without; do
  mkdir -p "$work/$variant/handouts" "$work/$variant/images"
  cp "$root/content/clinic.xml" "$work/$variant/"
  {
    echo "<handout id=\"photos\" lang=\"en-US\"><title>Twelve exercises</title><section><heading>Program</heading>"
    for ((i = 0; i < count; i++)); do
      echo "<exercise><name>Exercise $i</name>"
      if [[ $variant == with ]]; then
        cp "${photos[i]}" "$work/$variant/images/"
        echo "<figure src=\"images/$(basename "${photos[i]}")\"><description>A person does exercise $i.</description></figure>"
      fi
      echo "<p>Move slowly and breathe.</p><dose sets=\"2\" reps=\"10\"/></exercise>"
    done
    echo "</section></handout>"
  } >"$work/$variant/handouts/photos.xml"
done
build_pdf() { rm -rf "$work/out-$1" && "$handout" build --content "$work/$1" --out "$work/out-$1" --formats pdf --quiet -j 1; }
export -f build_pdf
export work handout

for ((round = 0; round < rounds; round++)); do
  measure bash -c 'build_pdf with' >>"$work/d.times"
  measure bash -c 'build_pdf without' >>"$work/e.times"
  measure "$prepare" 1700 2200 "$work/a" "${photos[@]}" >>"$work/a.times"
  measure "$prepare" -j 2 1700 2200 "$work/a2" "${photos[@]}" >>"$work/a2.times"
  measure bash -c 'photos=($photos_list); convert_each "$0"' "$work/b" >>"$work/b.times"
  measure bash -c 'photos=($photos_list); convert_each "$0" -define jpeg:size=1700x1275' "$work/c" >>"$work/c.times"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
row() { # label, times file
  local wall cpu rss
  wall=$(cut -d' ' -f1 "$2" | median)
  cpu=$(cut -d' ' -f2 "$2" | median)
  rss=$(cut -d' ' -f3 "$2" | sort -n | tail -1)
  printf '| %s | %s s | %s s | %d MiB |\n' "$1" "$wall" "$cpu" "$((rss / 1024))"
}
echo
echo "| $count photos, 4000 × 3000, to at most 1700 × 2200, $rounds rounds | median wall | median CPU | peak memory (largest process) |"
echo "|---|---|---|---|"
row "A. image::prepare, one process" "$work/a.times"
row "A2. image::prepare_all, 2 threads" "$work/a2.times"
row "B. convert -resize, a process per photo" "$work/b.times"
row "C. convert -define jpeg:size -resize, a process per photo" "$work/c.times"
row "D. handout build --formats pdf, $count exercises with a photo each" "$work/d.times"
row "E. the same handout without its figures" "$work/e.times"
echo
echo "D - E: $(awk -v d="$(cut -d' ' -f1 "$work/d.times" | median)" -v e="$(cut -d' ' -f1 "$work/e.times" | median)" 'BEGIN { printf "%.2f", d - e }') s wall," \
  "$(awk -v d="$(cut -d' ' -f2 "$work/d.times" | median)" -v e="$(cut -d' ' -f2 "$work/e.times" | median)" 'BEGIN { printf "%.2f", d - e }') s CPU (target: under 2 s);" \
  "the PDF with photos: $(stat -c %s "$work/out-with/photos.pdf" | awk '{ printf "%.2f MB", $1 / 1e6 }') (target: under 3 MB)"
echo
cmp -s <(cat "$work"/a/*) <(cat "$work"/a2/*) || echo "A and A2 made different bytes!"
echo "output sizes: A $(du -sh "$work/a" | cut -f1), B $(du -sh "$work/b" | cut -f1), C $(du -sh "$work/c" | cut -f1);" \
  "A's first: $(vipsheader "$work/a/photo-0.jpg" | cut -d: -f2- | cut -d, -f1 | sed 's/^ *//')"
