#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test twice: a normal build with
# warnings as errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build; then runs
# the fuzz targets for 30 s each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

scripts/check-format.sh

for preset in ci asan; do
    echo "== $preset: configure and build" >&2
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    echo "== $preset: tests" >&2
    ctest --preset "$preset" -j2
done

# Each parser and loader under libFuzzer for 30 s (4 targets: about 2 minutes, plus the
# instrumented build of core and service). A crash fails CI; its input is in
# build/fuzz/artifacts/.
echo "== fuzz: 30 s per target" >&2
scripts/fuzz.sh 30
