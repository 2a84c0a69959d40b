#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file in the tree does not match .clang-format.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v clang-format >/dev/null || { echo "clang-format missing" >&2; exit 1; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else # an unpacked archive
    mapfile -t files < <(find src tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null)
fi
((${#files[@]} == 0)) && exit 0
clang-format --dry-run --Werror "${files[@]}"
