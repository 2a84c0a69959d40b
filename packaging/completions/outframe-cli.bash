# SPDX-FileCopyrightText: 2026 Outframe developers
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for outframe-cli(1)
_outframe_cli()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        -o|--output)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --format) COMPREPLY=($(compgen -W 'png jpeg webp' -- "$cur")); return ;;
        --mode) COMPREPLY=($(compgen -W 'high fast' -- "$cur")); return ;;
        --engine) COMPREPLY=($(compgen -W 'flux local' -- "$cur")); return ;;
        --safety-tolerance) COMPREPLY=($(compgen -W '0 1 2 3 4 5' -- "$cur")); return ;;
        --anchor) COMPREPLY=($(compgen -W 'centre left right top bottom' -- "$cur")); return ;;
        --aspect) COMPREPLY=($(compgen -W '1:1 4:5 9:16 16:9 3:2 21:9' -- "$cur")); return ;;
        # Values with nothing to complete.
        -W|--width|-H|--height|-x|--offset-x|-y|--offset-y|--scale|--prompt|--api-base|--timeout|--layer|--seed|--extend|--formats|--jobs|--variations)
            return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W '--output --format --width --height --offset-x --offset-y
            --auto-crop --scale --prompt --mode --safety-tolerance --engine --api-base
            --no-keep-original --timeout --json --plan --resume --layer --seed --verbose
            --extend --aspect --formats --anchor --jobs --variations --help --version' -- "$cur"))
        return
    fi
    # The input: an image or a project.
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -X '!*.@(png|PNG|jpg|JPG|jpeg|JPEG|webp|WEBP|tif|tiff|TIF|TIFF|bmp|BMP|gif|GIF|outframe)' -- "$cur")
        $(compgen -d -- "$cur"))
}
complete -F _outframe_cli outframe-cli
