#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (.clang-format) would write.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard '*.cpp' '*.h' '*.h.in')
clang-format --dry-run --Werror "${files[@]}"
echo "formatting: ${#files[@]} files clean"
