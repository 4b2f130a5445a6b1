# Sourced by check_web.sh and check_offline.sh: their arguments, HANDOUT_PROGRAM and
# SOURCE_DIR, as $handout and $source_dir, the checks' scripts folder as $js, and a stop with
# a clear message when the npm package the checks need ($1, e.g. axe-core) is not installed;
# $out, a temporary folder deleted on exit.
handout="$2"
source_dir="$3"
js="$source_dir/tests/integration/web/js"
if [[ ! -d "$js/node_modules/$1" ]]; then
  echo "$1 is not installed: run scripts/install-deps.sh" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
