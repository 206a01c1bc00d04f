#!/usr/bin/env bash
# Draws Nianbao's own icons (the application icon and the 检查 icon) with ImageMagick into
# bundles/cn.nianbao.app/icons. Every shape is given on a 16-unit grid and scaled to the size drawn, so the
# 16 px icon keeps its lines on whole pixels and the 32/64/128 px ones are the same picture, not an upscale.
# The standard commands' icons (new, open, save, undo, redo, export, import) are the Eclipse platform's own,
# copied into icons/eclipse (see icons/eclipse/ABOUT.md); they are not drawn here.
# Usage: releng/scripts/draw-icons.sh   (needs ImageMagick's convert)
set -euo pipefail
out="$(cd "$(dirname "$0")/../.." && pwd)/bundles/cn.nianbao.app/icons"

# The application icon: a report page with the red header band of an official document (红头), a table
# ruled under it, and a round red seal at the lower right.
app_icon() {
    local size=$1 file=$2 s
    s=$(awk "BEGIN { print $size / 16 }")
    convert -size "${size}x$size" xc:none \
        -draw "scale $s,$s
               fill '#ffffff' stroke '#6b6b6b' stroke-width 0.9 rectangle 2.5,0.5 13.5,15.5
               fill '#c8161d' stroke none rectangle 3,1 13,4
               fill '#f7d774' rectangle 5,2.2 11,2.8
               stroke '#8a8a8a' stroke-width 0.6 fill none
               line 4,6.5 12,6.5  line 4,9 12,9  line 4,11.5 12,11.5  line 7,6.5 7,14  line 4,14 12,14
               stroke '#c8161d' stroke-width 0.9 fill '#ffffffb0' circle 11,12.3 13.1,12.3
               fill '#c8161d' stroke none circle 11,12.3 11.9,12.3" \
        -depth 8 "PNG32:$file"
}

# The 检查 icon: a green disc with a white tick drawn as a stroke (not a character).
check_icon() {
    local size=$1 file=$2 s
    s=$(awk "BEGIN { print $size / 16 }")
    convert -size "${size}x$size" xc:none \
        -draw "scale $s,$s
               fill '#2e8b3a' stroke '#1f6a2a' stroke-width 0.8 circle 8,8 8,15.2
               fill none stroke '#ffffff' stroke-width 2.1 stroke-linecap round stroke-linejoin round
               polyline 4.4,8.3 7,10.9 11.7,5.4" \
        -depth 8 "PNG32:$file"
}

app_icon 16 "$out/nianbao16.png"
app_icon 32 "$out/nianbao16@2x.png"
app_icon 32 "$out/nianbao32.png"
app_icon 64 "$out/nianbao32@2x.png"
app_icon 48 "$out/nianbao48.png"
app_icon 64 "$out/nianbao64.png"
app_icon 128 "$out/nianbao128.png"
check_icon 16 "$out/check.png"
check_icon 32 "$out/check@2x.png"
check_icon 32 "$out/check32.png"
check_icon 64 "$out/check32@2x.png"
