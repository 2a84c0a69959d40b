#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the offline engine's benchmark end to end (about 5-10 minutes on two cores):
#   1. fetches the photographs and OpenCV (fetch-bench-images.sh, cache outside the repo),
#   2. builds outframe-engine-bench in the Release "bench" preset,
#   3. runs the held-out-band comparison (results table, per-case CSV, contact sheet),
#   4. measures each method's peak memory on a 4 MP ring in a process of its own.
# Usage: bench/engine/run-engine-bench.sh [output-dir]   (default: build/bench/engine-results)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$repo/build/bench/engine-results}
mkdir -p "$out"

images=$("$repo/bench/engine/fetch-bench-images.sh")
cd "$repo"
cmake --preset bench >/dev/null
cmake --build --preset bench --target outframe-engine-bench
bench="$repo/build/bench/bench/engine/outframe-engine-bench"
export QT_QPA_PLATFORM=offscreen

{
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

start=$(date +%s)
"$bench" --images "$images" --out "$out/results.md" --sheet "$out/contact-sheet.png" \
    >"$out/cases.csv"
echo "main run: $(($(date +%s) - start)) s, load after: $(cut -d' ' -f1-3 /proc/loadavg)" \
    >>"$out/machine.txt"

: >"$out/peak-memory.txt"
for method in replicate reflect push-pull "OpenCV Telea" "OpenCV NS" "ours, 1 thread" \
    "ours, 2 threads"; do
    "$bench" --images "$images" --peak "$method" >>"$out/peak-memory.txt" 2>/dev/null || true
done
cat "$out/results.md" "$out/peak-memory.txt" "$out/machine.txt"
echo "Contact sheet: $out/contact-sheet.png"
