#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for
# SECONDS (default 30), starting from the seed corpora in fuzz/corpus/<target>. Inputs the
# fuzzer finds interesting are kept in build/fuzz/corpus/<target> between runs; a crash,
# leak, UB or an input over the memory limit stops with its input in build/fuzz/artifacts/
# (turn it into a regression test, then add it to fuzz/corpus/).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_protocol fuzz_journal fuzz_project fuzz_image)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p build/fuzz/artifacts
status=0
for target in "${targets[@]}"; do
    seeds=fuzz/corpus/${target#fuzz_}
    work=build/fuzz/corpus/${target#fuzz_}
    mkdir -p "$work"
    echo "== $target: ${seconds} s" >&2
    # 2.5 GB: the 2 GB the memory budget promises, plus the sanitizers' own overhead.
    if ! "build/fuzz/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2560 -timeout=20 \
        -artifact_prefix="build/fuzz/artifacts/$target-" -print_final_stats=1 \
        "$work" "$seeds" 2> "build/fuzz/$target.log"; then
        echo "$target: FAILED, see build/fuzz/$target.log and build/fuzz/artifacts/" >&2
        tail -40 "build/fuzz/$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build/fuzz/$target.log" \
            | sed "s/^/$target: /" >&2 || true
    fi
done
exit $status
