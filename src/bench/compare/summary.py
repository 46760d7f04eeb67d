#!/usr/bin/env python3
"""compare.sh's table: per tool the median wall and CPU seconds of the whole process, its pages,
the wall time per page and the peak memory, then the ratios the goals are stated in.
stdin: 'pages TOOL N' lines, then 'TOOL wall user sys maxrss_kB' lines, one per run."""
import statistics
import sys

names = sys.argv[1:]
pages, runs = {}, {n: [] for n in names}
for line in sys.stdin:
    f = line.split()
    if f[0] == "pages":
        pages[f[1]] = int(f[2])
    else:
        runs[f[0]].append((float(f[1]), float(f[2]) + float(f[3]), int(f[4]) / 1024))
per_page = {}
print(f"{'tool':<11} {'runs':>4} {'wall_s':>7} {'cpu_s':>7} {'pages':>5} {'ms/page':>8} {'peak_MB':>7}")
for n in names:
    wall = statistics.median(r[0] for r in runs[n])
    cpu = statistics.median(r[1] for r in runs[n])
    peak = statistics.median(r[2] for r in runs[n])
    per_page[n] = 1000 * wall / pages[n]
    print(f"{n:<11} {len(runs[n]):>4} {wall:>7.2f} {cpu:>7.2f} {pages[n]:>5} {per_page[n]:>8.1f} {peak:>7.0f}")
line = (f"time per page: typst/ours {per_page['typst'] / per_page['ours']:.2f} (goal >= 0.7), "
        f"weasyprint/ours {per_page['weasyprint'] / per_page['ours']:.1f} (goal >= 8)")
if "base" in per_page:
    line += f"; ours/base wall {per_page['ours'] / per_page['base']:.2f}"
print(line)
