#!/usr/bin/env python3
"""The seed text (the real issue, as plain text) as one Typst and one HTML document set like
our body pages (210 x 285 mm, two justified columns of Noto Serif CJK SC 10 pt, first-line
indent of two characters), so that other typesetters can be timed on the same words.
usage: seed_docs.py SEED.txt OUT_DIR"""
import html
import pathlib
import sys

seed, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
paras = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]


def typst_escape(s):
    return "".join("\\" + c if c in "\\#*_`$<>@[]=-+/~\"'" else c for c in s)


typ = ['#set page(width: 210mm, height: 285mm, margin: (x: 18mm, y: 20mm), columns: 2)',
       '#set text(font: "Noto Serif CJK SC", size: 10pt, lang: "zh", region: "cn")',
       '#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.8em)', '']
typ += [typst_escape(p) + "\n" for p in paras]
(out / "seed.typ").write_text("\n".join(typ), encoding="utf-8")

css = """@page { size: 210mm 285mm; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC"; font-size: 10pt; line-height: 1.8; columns: 2; column-gap: 6mm; }
p { text-align: justify; text-indent: 2em; margin: 0; }"""
body = "\n".join("<p>" + html.escape(p) + "</p>" for p in paras)
(out / "seed.html").write_text(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style>'
                               f'</head><body>\n{body}\n</body></html>\n', encoding="utf-8")
