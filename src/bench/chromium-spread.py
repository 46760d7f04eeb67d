#!/usr/bin/env python3
"""Writes one article of an issue as plain HTML for headless Chromium, with the same fonts,
size, leading, measure and two columns as our design, so the two renderings can be compared:

  python3 src/bench/chromium-spread.py issue-data/2021-01/articles/021-gongyi.txt > /tmp/a.html
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=/tmp/chromium.pdf /tmp/a.html
"""
import html, os, re, sys

src = open(sys.argv[1], encoding='utf-8').read().split('\n')
end = src.index('---', 1)
meta = dict(re.match(r'(\w+):\s*(.*)', l).groups() for l in src[1:end] if re.match(r'\w+:', l))
fonts = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', 'fonts'))

def inline(s):
    s = html.escape(s)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)

body = []
for l in src[end + 1:]:
    l = l.strip()
    if not l or l.startswith('['):
        continue
    m = re.match(r'(#{1,3})\s*(.*)', l)
    if m:
        body.append('<h%d>%s</h%d>' % (len(m.group(1)) + 1, inline(m.group(2)), len(m.group(1)) + 1))
    else:
        body.append('<p>%s</p>' % inline(l))

print('''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: body; src: url("file://%(f)s/NotoSerifCJKsc-Regular.otf"); }
@font-face { font-family: head; src: url("file://%(f)s/NotoSansCJKsc-Bold.otf"); }
@page { size: 210mm 285mm; margin: 24mm 14.5mm 19.7mm 18.5mm; }
body { margin: 0; font: 10.5pt/18pt body; }
.cols { column-count: 2; column-gap: 21pt; }
h1 { font: 22pt/30pt head; margin: 0 0 18pt; column-span: all; }
h2, h3, h4 { font: 12.5pt/18pt head; margin: 18pt 0 0; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
b { font-family: head; }
</style></head><body><h1>%(t)s</h1><div class="cols">%(b)s</div></body></html>''' % {
    'f': fonts, 't': html.escape(meta.get('title', '')), 'b': '\n'.join(body)})
