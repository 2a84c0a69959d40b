#!/usr/bin/env bash
# Adds an SPDX header (copyright and licence) to every source file of the repository that has
# none; files that already name an SPDX-License-Identifier are left alone, so running it again
# (say after a merge brought new files) changes only the new files.
#   scripts/add-spdx.sh          add the missing headers
#   scripts/add-spdx.sh --check  list the files without one; exit 1 if there are any
# Formats that cannot carry a comment (JSON, images, test data) and files whose format is fixed
# (LICENSE, the Debian copyright and changelog) are not touched; nor are the translations
# (resources/translations/*.ts), which lupdate rewrites without comments (GPL-3.0-or-later, as
# the sources they translate).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

copyright="SPDX-FileCopyrightText: 2026 Outframe developers"
check=false
[[ "${1:-}" == --check ]] && check=true

# comment style and licence for a path; empty when the file is not ours to mark
style_of() {
    case $1 in
        *.cpp | *.h) echo "cpp GPL-3.0-or-later" ;;
        *.metainfo.xml) echo "xml CC0-1.0" ;; # as its metadata_license says
        *.xml | *.svg | *.ui) echo "xml GPL-3.0-or-later" ;; # .ui: Qt Designer forms
        *.1) echo "troff GPL-3.0-or-later" ;;
        CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.py | *.bash | *.desktop | \
            .ci/run | packaging/completions/_* | .clang-format | .gitignore | \
            scripts/debian-packages.txt)
            echo "hash GPL-3.0-or-later" ;;
        *) ;;
    esac
}

missing=0
while IFS= read -r -d '' file; do
    read -r style licence <<<"$(style_of "$file")" || true
    [[ -n "${style:-}" ]] || continue
    head -n 5 "$file" | grep -q 'SPDX-License-Identifier' && continue
    if $check; then
        echo "no SPDX header: $file"
        missing=1
        continue
    fi
    case $style in
        cpp) header="// $copyright"$'\n'"// SPDX-License-Identifier: $licence" ;;
        hash) header="# $copyright"$'\n'"# SPDX-License-Identifier: $licence" ;;
        troff) header=".\\\" $copyright"$'\n'".\\\" SPDX-License-Identifier: $licence" ;;
        xml) header="<!-- $copyright -->"$'\n'"<!-- SPDX-License-Identifier: $licence -->" ;;
    esac
    first=$(head -n 1 "$file")
    tmp=$(mktemp)
    # A first line that must stay first: a shebang, zsh's #compdef, the XML declaration.
    if [[ "$first" == '#!'* || "$first" == '#compdef'* || "$first" == '<?xml'* ]]; then
        { printf '%s\n' "$first" "$header"; tail -n +2 "$file"; } >"$tmp"
    else
        { printf '%s\n' "$header"; cat "$file"; } >"$tmp"
    fi
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
    echo "added: $file"
done < <(git ls-files -z)
exit $missing
