#!/usr/bin/env bash
# Recreates the subset Noto CJK SC fonts in this folder from Debian's fonts-noto-cjk.
# apt-get install fonts-noto-cjk python3-fonttools fonts-lxgw-wenkai
set -euo pipefail
cd "$(dirname "$0")"
src=/usr/share/fonts/opentype/noto
U="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0370-03FF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+2500-257F,U+25A0-25FF,U+2600-26FF,U+2700-27BF,U+3000-303F,U+30FB-30FC,U+3200-32FF,U+3300-33FF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE10-FE1F,U+FE30-FE4F,U+FF00-FFEF"
subset() { # collection, output; face 2 of the collections is SC
  /usr/bin/python3 -m fontTools.subset "$src/$1" --font-number=2 --unicodes="$U" \
    --layout-features='*' --name-IDs='*' --name-languages='*' --notdef-outline --retain-gids --desubroutinize --output-file="$2"
}
subset NotoSerifCJK-Regular.ttc NotoSerifCJKsc-Regular.otf
subset NotoSansCJK-Regular.ttc NotoSansCJKsc-Regular.otf
subset NotoSansCJK-Bold.ttc NotoSansCJKsc-Bold.otf
cp /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf .
