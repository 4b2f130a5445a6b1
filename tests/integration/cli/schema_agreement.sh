#!/usr/bin/env bash
# The published schemas and the reader agree: xmllint accepts every sample and good input,
# and rejects every bad input except those the schema language cannot express (listed, with
# the reason, in tests/bad/schema-cannot-express.txt).
set -uo pipefail
root="$1"
cd "$root"
failures=0
# Every file's verdict, from one xmllint per schema: loading a schema is most of a run's time.
# xmllint prints "<file> validates" for each file it accepts, and parse or validity errors else.
files=(content/clinic.xml content/lexicon.pls content/handouts/*.xml tests/good/* tests/bad/*.xml tests/bad/*.pls)
declare -A accepted
for schema in docs/schema/handout.xsd docs/schema/clinic.xsd docs/schema/lexicon.xsd; do
  mine=()
  for file in "${files[@]}"; do
    case "${file##*/}" in
      clinic*) [ "$schema" = docs/schema/clinic.xsd ] && mine+=("$file") ;;
      *.pls) [ "$schema" = docs/schema/lexicon.xsd ] && mine+=("$file") ;;
      *) [ "$schema" = docs/schema/handout.xsd ] && mine+=("$file") ;;
    esac
  done
  while read -r line; do
    accepted["${line% validates}"]=1
  done < <(xmllint --noout --nonet --schema "$schema" "${mine[@]}" 2>&1 | grep ' validates$')
done
validates() { [ -n "${accepted[$1]:-}" ]; }

for file in content/clinic.xml content/lexicon.pls content/handouts/*.xml tests/good/*; do
  validates "$file" || { echo "FAIL: the schema rejects good input $file"; failures=$((failures + 1)); }
done
declare -A inexpressible
while read -r name; do inexpressible["$name"]=1; done < <(grep -v '^#' tests/bad/schema-cannot-express.txt | cut -d: -f1)
for file in tests/bad/*.xml tests/bad/*.pls; do
  name="${file##*/}"
  if [ -n "${inexpressible[$name]:-}" ]; then
    validates "$file" || { echo "FAIL: $name is listed as inexpressible but the schema rejects it"; failures=$((failures + 1)); }
  else
    validates "$file" && { echo "FAIL: the schema accepts bad input $name"; failures=$((failures + 1)); }
  fi
done
echo "schema agreement: $failures failure(s)"
exit $((failures > 0))
