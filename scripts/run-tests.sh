#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then builds and runs every test twice: a normal build with
# warnings as errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build. After the
# normal build, the .deb and the desktop integration are checked (scripts/check-packaging.sh);
# last, the fuzz targets run for 30 s each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

scripts/check-format.sh
# Every source file names its licence (scripts/add-spdx.sh adds the header to new files).
scripts/add-spdx.sh --check

for preset in ci asan; do
    echo "== $preset: configure and build" >&2
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    echo "== $preset: tests" >&2
    ctest --preset "$preset" -j2
    if [[ $preset == ci ]]; then
        echo "== ci: packaging" >&2
        scripts/check-packaging.sh build/ci
    fi
done

# Each parser and loader under libFuzzer for 30 s (4 targets: about 2 minutes, plus the
# instrumented build of core and service). A crash fails CI; its input is in
# build/fuzz/artifacts/.
echo "== fuzz: 30 s per target" >&2
scripts/fuzz.sh 30
