#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the benchmark's photographs into a cache outside the repository (never into it):
#   - the public-domain/CC0 images Debian's python3-skimage ships,
#   - the large wallpapers of plasma-workspace-wallpapers (largest size of each),
# with `apt-get download` + `dpkg -x`, so nothing is installed system-wide. Also installs
# libopencv-dev, the benchmark-only dependency for the OpenCV rows (not a build dependency of
# Outframe: it is deliberately not in scripts/debian-packages.txt).
# Prints the images folder. Usage: fetch-bench-images.sh [cache-dir]
set -euo pipefail
cache=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/outframe-bench}
images="$cache/images"
mkdir -p "$cache/debs" "$cache/root" "$images/skimage" "$images/wallpapers"

sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
if ! dpkg-query -W -f='${Status}' libopencv-dev 2>/dev/null | grep -q "install ok installed"; then
    echo "Installing libopencv-dev (benchmark only)" >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        libopencv-dev >&2
fi

cd "$cache/debs"
for pkg in python3-skimage plasma-workspace-wallpapers; do
    if ! ls "$pkg"_*.deb >/dev/null 2>&1; then
        apt-get download "$pkg" >&2
    fi
    [[ -e "$cache/root/.$pkg" ]] || { dpkg -x "$pkg"_*.deb "$cache/root" && touch "$cache/root/.$pkg"; }
done

data=$(find "$cache/root" -type d -path '*skimage/data' | head -n1)
for name in astronaut.png coffee.png chelsea.png rocket.jpg brick.png grass.png gravel.png; do
    [[ -f "$data/$name" ]] && cp -u "$data/$name" "$images/skimage/"
done

# Each wallpaper ships in several sizes: keep the one with the most pixels.
for dir in "$cache/root/usr/share/wallpapers"/*/; do
    name=$(basename "$dir")
    best=$(find "$dir/contents/images" -maxdepth 1 -type f \( -name '*.jpg' -o -name '*.png' \) \
        -printf '%f\n' 2>/dev/null | awk -Fx '{ split($2, h, "."); print $1 * h[1], $0 }' |
        sort -n | tail -n1 | cut -d' ' -f2)
    [[ -n "$best" ]] && cp -u "$dir/contents/images/$best" "$images/wallpapers/$name.${best##*.}"
done
echo "$images"
