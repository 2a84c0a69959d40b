#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The German window as an artist sees it, for docs/screenshots/german.jpg: the built app under
# a German locale, an image opened and one offline result generated, the screen captured.
#   xvfb-run -a -s "-screen 0 1520x950x24" scripts/german-screenshot.sh IMAGE [OUT.jpg]
# Needs ImageMagick (import, convert) and xdotool. A fresh home keeps the artist's own
# settings, recent files and recovery offers out of the picture.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
image=$(realpath "$1")
out=${2:-$root/docs/screenshots/german.jpg}
app=${OUTFRAME_APP:-$root/build/ci/src/app/outframe}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# Qt reads the locale from these variables itself; the C library needs no German locale
# installed. LC_CTYPE keeps the text encoding UTF-8 where de_DE.UTF-8 is not generated.
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    LANG=de_DE.UTF-8 LANGUAGE=de LC_CTYPE=C.UTF-8 BFL_API_KEY= \
    "$app" "$image" &
pid=$!
sleep 5
xdotool search --sync --onlyvisible --class outframe windowactivate --sync 2>/dev/null || true
xdotool key --clearmodifiers ctrl+Return # no key: the offline engine, free
sleep 8
import -window root "$home/shot.png"
kill "$pid"
wait "$pid" 2>/dev/null || true
convert "$home/shot.png" -strip -quality 82 "$out"
echo "$out: $(du -k "$out" | cut -f1) KB"
