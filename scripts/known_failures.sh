#!/usr/bin/env bash
# Lists the tests that fail in a build directory, in the form of
# tests/known_failures.txt. Usage: scripts/known_failures.sh [build-dir]
set -euo pipefail
cd "${1:-build}"
ctest -j"$(nproc)" >/tmp/moat-ctest.log 2>&1 || true
sed -n '/The following tests FAILED/,$p' /tmp/moat-ctest.log |
  grep -E '^\s+[0-9]+ - ' | grep -v Disabled | sed -E 's/^\s+[0-9]+ - ([^ ]+) .*/\1/'
