#!/usr/bin/env bash
# The published schemas and the reader agree: xmllint accepts every sample and good input,
# and rejects every bad input except those the schema language cannot express (listed, with
# the reason, in tests/bad/schema-cannot-express.txt).
set -uo pipefail
root="$1"
cd "$root"
failures=0
schema_for() {
  case "$(basename "$1")" in
    clinic*) echo docs/schema/clinic.xsd ;;
    *.pls) echo docs/schema/lexicon.xsd ;;
    *) echo docs/schema/handout.xsd ;;
  esac
}
validates() { xmllint --noout --nonet --schema "$(schema_for "$1")" "$1" >/dev/null 2>&1; }

for file in content/clinic.xml content/lexicon.pls content/handouts/*.xml tests/good/*; do
  validates "$file" || { echo "FAIL: the schema rejects good input $file"; failures=$((failures + 1)); }
done
mapfile -t inexpressible < <(grep -v '^#' tests/bad/schema-cannot-express.txt | cut -d: -f1)
for file in tests/bad/*.xml tests/bad/*.pls; do
  name=$(basename "$file")
  if printf '%s\n' "${inexpressible[@]}" | grep -qx "$name"; then
    validates "$file" || { echo "FAIL: $name is listed as inexpressible but the schema rejects it"; failures=$((failures + 1)); }
  else
    validates "$file" && { echo "FAIL: the schema accepts bad input $name"; failures=$((failures + 1)); }
  fi
done
echo "schema agreement: $failures failure(s)"
exit $((failures > 0))
