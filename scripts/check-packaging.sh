#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured and built tree (default build/ci) and checks it as a user
# would meet it: lintian with no error and no warning, the desktop entry, the AppStream
# metadata, the MIME type, the icons, the man pages and completions against --help, and the
# binaries run from the package unpacked into an empty folder. Also checks the Flatpak
# manifest for what can be checked offline. Called by scripts/run-tests.sh after the ci build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/ci}" && pwd)
cd "$root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-packaging: $*" >&2; exit 1; }
step() { echo "== packaging: $*" >&2; }

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
[[ -n "$version" ]] || fail "no VERSION in CMakeLists.txt"

step "cpack"
cpack --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/cpack/*.deb)
((${#debs[@]} == 1)) && [[ -f "${debs[0]}" ]] || fail "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB" >&2

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Version) == "$version-1" ]] || fail "Version $(field Version), not $version-1"
[[ $(field Section) == graphics ]] || fail "Section is $(field Section)"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer $(field Maintainer)"
depends=$(field Depends)
for pkg in libqt6svg6 qt6-image-formats-plugins qt6-qpa-plugins libqt6widgets6 libqt6network6 \
    libzip4 libqt6keychain1; do
    [[ ",$depends," =~ [,\ ]$pkg[\ ,\(] ]] || fail "Depends lacks $pkg: $depends"
done

step "lintian"
# --fail-on error,warning: any warning fails. Overrides live in packaging/debian/lintian-overrides,
# each with a comment naming the tag and why. (Not --show-overrides: with it, lintian 2.116
# exits 2 for an overridden tag.)
lintian --fail-on error,warning --display-info "$deb" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log" >&2; fail "lintian found errors or warnings"; }
grep -v '^running with root privileges' "$work/lintian.log" >&2 || true

step "unpack into an empty folder"
pkgroot="$work/root"
mkdir "$pkgroot"
dpkg -x "$deb" "$pkgroot"
share="$pkgroot/usr/share"
id=io.outframe.Outframe
for f in usr/bin/outframe usr/bin/outframe-cli "usr/share/applications/$id.desktop" \
    "usr/share/metainfo/$id.metainfo.xml" "usr/share/mime/packages/$id.xml" \
    "usr/share/icons/hicolor/scalable/apps/$id.svg" usr/share/man/man1/outframe.1.gz \
    usr/share/man/man1/outframe-cli.1.gz usr/share/bash-completion/completions/outframe-cli \
    usr/share/bash-completion/completions/outframe usr/share/zsh/vendor-completions/_outframe-cli \
    usr/share/zsh/vendor-completions/_outframe usr/share/doc/outframe/copyright \
    usr/share/doc/outframe/changelog.Debian.gz; do
    [[ -s "$pkgroot/$f" ]] || fail "the package lacks /$f"
done

step "desktop entry and AppStream metadata"
# desktop-file-validate exits 0 on warnings and hints: any output at all fails.
if ! desktop-file-validate "$share/applications/$id.desktop" >"$work/dfv.log" 2>&1 ||
    [[ -s "$work/dfv.log" ]]; then
    cat "$work/dfv.log" >&2
    fail "desktop-file-validate complained"
fi
grep -qx "Icon=$id" "$share/applications/$id.desktop" || fail "the desktop entry's Icon is not $id"
grep -q '^MimeType=.*application/x-outframe-project;' "$share/applications/$id.desktop" ||
    fail "the desktop entry does not list the project type"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" >"$work/as.log" 2>&1 ||
    { cat "$work/as.log" >&2; fail "appstreamcli validate failed"; }
! grep -Eq '^[EW]: ' "$work/as.log" || { cat "$work/as.log" >&2; fail "appstreamcli: warnings"; }
cat "$work/as.log" >&2
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$id.metainfo.xml" |
    head -1)
[[ "$release" == "$version" ]] || fail "the metainfo's newest release is $release, not $version"
changelog=$(zcat "$pkgroot/usr/share/doc/outframe/changelog.Debian.gz" | head -1)
[[ "$changelog" == "outframe ($version-1) "* ]] || fail "changelog.Debian starts: $changelog"

step "MIME type"
# update-mime-database compiles our XML with the system's: any complaint is a broken file.
mkdir -p "$work/mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/$id.xml" \
    "$work/mime/mime/packages/"
# (XDG_DATA_DIRS: otherwise it notes that the folder is not searched.)
if ! XDG_DATA_DIRS="$work/mime" update-mime-database "$work/mime/mime" >"$work/umd.log" 2>&1 ||
    [[ -s "$work/umd.log" ]]; then
    cat "$work/umd.log" >&2
    fail "update-mime-database complained"
fi
grep -qx 'application/x-outframe-project:\*\.outframe' "$work/mime/mime/globs" ||
    fail "no *.outframe glob in the compiled database"
grep -aq 'application/x-outframe-project' "$work/mime/mime/magic" ||
    fail "no magic rule for the project type in the compiled database"

step "icons"
# Each hicolor PNG must be the size its folder says (the PNG header's width and height).
for size in 16 22 24 32 48 64 128 256 512; do
    png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
    [[ -s "$png" ]] || fail "no ${size}x${size} icon"
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ "$dims" == "${size}x${size}" ]] || fail "the ${size}x${size} icon is $dims"
done

step "the unpacked binaries"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
mkdir -p "$HOME"
unset BFL_API_KEY BFL_API_BASE DBUS_SESSION_BUS_ADDRESS
cli="$pkgroot/usr/bin/outframe-cli"
out=$("$cli" --version)
[[ "$out" == "Outframe $version" ]] || fail "outframe-cli --version says: $out"
# The app prints its help and version without a display (no DISPLAY, no platform override).
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$pkgroot/usr/bin/outframe" --version)
[[ "$out" == "Outframe $version" ]] || fail "outframe --version says: $out"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$pkgroot/usr/bin/outframe" --help \
    >"$work/app-help.txt" || fail "outframe --help failed without a display"
# A 64 x 64 offline job, the package's own 48 px icon as the image.
icon48="$share/icons/hicolor/48x48/apps/$id.png"
"$cli" "$icon48" -o "$work/job.png" -W 64 -H 64 --engine local --json >"$work/job.json" ||
    fail "the offline job failed"
dims=$(od -An -tu1 -j16 -N8 "$work/job.png" | awk '{print $3*256+$4 "x" $7*256+$8}')
[[ "$dims" == 64x64 ]] || fail "the offline job wrote a $dims image"
grep -aq compositeWithTrainedAlgorithmicMedia "$work/job.png" ||
    fail "the offline job's output lacks the IPTC AI-generated marker"
grep -q '"status":"done"' "$work/job.json" || fail "the --json summary: $(cat "$work/job.json")"
# The same through standard input and output.
"$cli" - -o - -W 64 -H 64 --engine local <"$icon48" >"$work/pipe.png" || fail "the pipe job failed"
cmp -s <(head -c 8 "$work/pipe.png") <(printf '\x89PNG\r\n\x1a\n') ||
    fail "-o - did not write a PNG to standard output"

step "man pages and completions against --help"
"$cli" --help >"$work/cli-help.txt"
# What bash offers after "--": the completion function run as bash runs it.
bash_offers() { # completion file, command, function
    bash -c 'source "$1"; COMP_WORDS=("$2" --); COMP_CWORD=1; "$3"; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$@"
}
check_options() { # help file, man page, bash completion, command, function, zsh completion
    local help=$1 man=$2 bash_file=$3 command=$4 function=$5 zsh_file=$6 option
    local offered
    offered=$(bash_offers "$bash_file" "$command" "$function")
    for option in $(grep -oE '^ +(-[A-Za-z?], )*--[a-z][a-z-]*' "$help" | grep -oE -- '--[a-z-]+'); do
        zcat "$man" | grep -qF -- "${option//-/\\-}" || fail "$(basename "$man") lacks $option"
        grep -qx -- "$option" <<<"$offered" || fail "bash does not offer $option for $command"
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" "$zsh_file" ||
            fail "$(basename "$zsh_file") lacks $option"
    done
}
comp="$share/bash-completion/completions"
zcomp="$share/zsh/vendor-completions"
check_options "$work/cli-help.txt" "$share/man/man1/outframe-cli.1.gz" "$comp/outframe-cli" \
    outframe-cli _outframe_cli "$zcomp/_outframe-cli"
check_options "$work/app-help.txt" "$share/man/man1/outframe.1.gz" "$comp/outframe" \
    outframe _outframe "$zcomp/_outframe"
for page in outframe outframe-cli; do
    zcat "$share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"Outframe $version\"" ||
        fail "$page.1 is not for version $version"
done
bash -n "$share/bash-completion/completions/outframe-cli"
bash -n "$share/bash-completion/completions/outframe"
zsh -n "$share/zsh/vendor-completions/_outframe-cli"
zsh -n "$share/zsh/vendor-completions/_outframe"

step "Flatpak manifest"
python3 scripts/check-flatpak-manifest.py

echo "check-packaging: all good" >&2
