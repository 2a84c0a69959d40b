#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the 24 MP reference for bench_prepare: a 5120x2880 photograph-like wallpaper from
# Debian's plasma-workspace-wallpapers, enlarged to 6000x4000 with a little film grain so it
# compresses like a camera photo, saved as JPEG q92. Needs apt-get, dpkg and ImageMagick.
#   bench/service/make-reference.sh OUT.jpg
set -euo pipefail
out=${1:?usage: make-reference.sh OUT.jpg}
# ImageMagick is a benchmark-only tool: installed here, not by scripts/install-deps.sh.
command -v convert >/dev/null || apt-get install -y -q imagemagick >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download plasma-workspace-wallpapers >/dev/null 2>&1 && dpkg -x ./*.deb x)
src="$work/x/usr/share/wallpapers/SafeLanding/contents/images/5120x2880.jpg"
convert "$src" -resize '6000x4000^' -gravity center -extent 6000x4000 \
    -attenuate 0.4 +noise Gaussian -quality 92 "$out"
identify "$out"
