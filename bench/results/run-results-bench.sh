#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the results benchmark in the bench preset and runs it on a real photograph (fetched
# by bench/engine/fetch-bench-images.sh into a cache outside the repository) and on the
# synthetic scene. Usage: bench/results/run-results-bench.sh [photo]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cmake --preset bench >/dev/null
cmake --build --preset bench --target outframe-results-bench >/dev/null
photo=${1:-}
if [[ -z "$photo" ]]; then
    images=$(bash bench/engine/fetch-bench-images.sh)
    photo="$images/wallpapers/BytheWater.jpg"
fi
export QT_QPA_PLATFORM=offscreen
build/bench/bench/results/outframe-results-bench "$photo"
echo
build/bench/bench/results/outframe-results-bench
