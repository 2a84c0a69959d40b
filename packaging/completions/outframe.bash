# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for outframe(1)
_outframe()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W '--help --help-all --version' -- "$cur"))
        return
    fi
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -X '!*.@(png|PNG|jpg|JPG|jpeg|JPEG|webp|WEBP|tif|tiff|TIF|TIFF|bmp|BMP|gif|GIF|outframe)' -- "$cur")
        $(compgen -d -- "$cur"))
}
complete -F _outframe outframe
