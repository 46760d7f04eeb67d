package org.issuepress.fonts;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a CID-keyed CFF font subset so that it holds only the glyphs it uses.
 *
 * <p>OpenPDF subsets a CFF font by emptying the glyphs a document does not use, but keeps
 * all of them (65,535 for Noto CJK): their offsets, charset and FDSelect entries are a third
 * of every embedded font. Here the used glyphs get consecutive glyph ids and the charset maps
 * each back to its CID, so the PDF (which shows CIDs) needs no other change. Charstrings,
 * subroutines and dictionaries are copied byte for byte; only offsets are new, written as
 * five-byte integers so each dictionary's size is known before the offsets are.
 *
 * <p>A glyph is kept when its charstring is not OpenPDF's empty stand-in (a lone endchar),
 * or when {@code used} names its CID: an empty glyph can be real (a space).
 */
public final class CidFontCompactor {
    private static final int ENDCHAR = 14;
    private static final int CHARSET = 15;
    private static final int CHARSTRINGS = 17;
    private static final int PRIVATE = 18;
    private static final int SUBRS = 19;
    private static final int FDARRAY = 1200 + 36;
    private static final int FDSELECT = 1200 + 37;
    private static final int ROS = 1200 + 30;

    private final byte[] d;

    private CidFontCompactor(byte[] cff) {
        this.d = cff;
    }

    /**
     * @param used CIDs the document shows, as far as it says (its ToUnicode map)
     * @return the compacted font, or null when it is not a CID-keyed CFF font this understands
     */
    public static byte[] compact(byte[] cff, Set<Integer> used) {
        try {
            return new CidFontCompactor(cff).compact(used);
        } catch (RuntimeException e) {
            return null; // not a font laid out as expected: embedded as it is
        }
    }

    private byte[] compact(Set<Integer> used) {
        if (d.length < 4 || d[0] != 1) {
            return null;
        }
        Index names = new Index(d[2] & 0xff);
        Index tops = new Index(names.end);
        Index strings = new Index(tops.end);
        Index gsubrs = new Index(strings.end);
        if (names.count != 1) {
            return null;
        }
        List<Entry> top = dict(tops.start(0), tops.end(0));
        if (find(top, ROS) == null || find(top, CHARSTRINGS) == null || find(top, FDARRAY) == null || find(top, FDSELECT) == null) {
            return null;
        }
        Index charStrings = new Index(find(top, CHARSTRINGS).operand(0));
        int glyphs = charStrings.count;
        int[] cids = charset(find(top, CHARSET).operand(0), glyphs);
        int[] fds = fdSelect(find(top, FDSELECT).operand(0), glyphs);
        Index fdArray = new Index(find(top, FDARRAY).operand(0));

        List<Integer> keep = new ArrayList<>();
        for (int g = 0; g < glyphs; g++) {
            int len = charStrings.end(g) - charStrings.start(g);
            if (g == 0 || used.contains(cids[g]) || !(len == 1 && d[charStrings.start(g)] == ENDCHAR)) {
                keep.add(g);
            }
        }

        byte[] newCharset = newCharset(keep, cids);
        byte[] newFdSelect = newFdSelect(keep, fds);
        byte[] newCharStrings = index(keep.stream().map(g -> slice(charStrings.start(g), charStrings.end(g))).toList());

        // private dicts and their local subroutines, each subrs INDEX right after its dict
        List<byte[]> privates = new ArrayList<>();
        List<Integer> privateSizes = new ArrayList<>();
        List<List<Entry>> fdDicts = new ArrayList<>();
        for (int i = 0; i < fdArray.count; i++) {
            List<Entry> fd = dict(fdArray.start(i), fdArray.end(i));
            fdDicts.add(fd);
            Entry p = find(fd, PRIVATE);
            if (p == null) {
                // OpenPDF leaves out the private dicts of font dicts only .notdef uses; CFF
                // requires one (strict readers refuse the font): an empty one has all defaults
                privates.add(new byte[0]);
                privateSizes.add(0);
                continue;
            }
            int size = p.operand(0);
            int at = p.operand(1);
            List<Entry> priv = dict(at, at + size);
            Entry subrs = find(priv, SUBRS);
            List<Entry> kept = without(priv, SUBRS);
            int privSize = size(kept) + (subrs == null ? 0 : 6);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            write(b, kept);
            if (subrs != null) {
                writeEntry(b, SUBRS, privSize);
                Index local = new Index(at + subrs.operand(0));
                b.write(d, local.offset, local.end - local.offset);
            }
            privates.add(b.toByteArray());
            privateSizes.add(privSize);
        }

        List<Entry> topKept = without(without(without(without(top, CHARSET), CHARSTRINGS), FDARRAY), FDSELECT);
        int topSize = size(topKept) + 2 * 6 + 2 * 7;
        int topIndexSize = 2 + 1 + 2 * 4 + topSize; // one entry, offSize 4
        int headerAndNames = names.end;
        int afterTop = headerAndNames + topIndexSize;
        int charsetAt = afterTop + (strings.end - strings.offset) + (gsubrs.end - gsubrs.offset);
        int fdSelectAt = charsetAt + newCharset.length;
        int charStringsAt = fdSelectAt + newFdSelect.length;
        int fdArrayAt = charStringsAt + newCharStrings.length;
        int fdDictSize = 0;
        List<byte[]> fdBytes = new ArrayList<>();
        // FD dict sizes do not depend on the offsets written into them (five-byte operands)
        for (List<Entry> fd : fdDicts) {
            fdDictSize += size(without(fd, PRIVATE)) + 11;
        }
        int fdIndexSize = 2 + 1 + 4 * (fdDicts.size() + 1) + fdDictSize;
        int privateAt = fdArrayAt + fdIndexSize;
        for (int i = 0; i < fdDicts.size(); i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            write(b, without(fdDicts.get(i), PRIVATE));
            writeInt(b, privateSizes.get(i));
            writeInt(b, privateAt);
            b.write(PRIVATE);
            fdBytes.add(b.toByteArray());
            privateAt += privates.get(i).length;
        }

        ByteArrayOutputStream top2 = new ByteArrayOutputStream();
        write(top2, topKept);
        writeEntry(top2, CHARSET, charsetAt);
        writeEntry(top2, CHARSTRINGS, charStringsAt);
        writeEntry(top2, FDSELECT, fdSelectAt);
        writeEntry(top2, FDARRAY, fdArrayAt);

        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length / 2);
        out.write(d, 0, headerAndNames);
        out.writeBytes(index(List.of(top2.toByteArray()), 4));
        out.write(d, strings.offset, strings.end - strings.offset);
        out.write(d, gsubrs.offset, gsubrs.end - gsubrs.offset);
        out.writeBytes(newCharset);
        out.writeBytes(newFdSelect);
        out.writeBytes(newCharStrings);
        out.writeBytes(index(fdBytes, 4));
        for (byte[] p : privates) {
            out.writeBytes(p);
        }
        byte[] result = out.toByteArray();
        if (result.length != privateAt) {
            throw new IllegalArgumentException("layout mismatch");
        }
        return result;
    }

    private int[] charset(int at, int glyphs) {
        int[] cids = new int[glyphs];
        int format = d[at] & 0xff;
        int p = at + 1;
        int g = 1;
        if (format == 0) {
            for (; g < glyphs; g++, p += 2) {
                cids[g] = card16(p);
            }
        } else if (format == 1 || format == 2) {
            while (g < glyphs) {
                int first = card16(p);
                int left = format == 1 ? d[p + 2] & 0xff : card16(p + 2);
                p += format == 1 ? 3 : 4;
                for (int i = 0; i <= left && g < glyphs; i++) {
                    cids[g++] = first + i;
                }
            }
        } else {
            throw new IllegalArgumentException("charset format " + format);
        }
        return cids;
    }

    private int[] fdSelect(int at, int glyphs) {
        int[] fds = new int[glyphs];
        int format = d[at] & 0xff;
        if (format == 0) {
            for (int g = 0; g < glyphs; g++) {
                fds[g] = d[at + 1 + g] & 0xff;
            }
        } else if (format == 3) {
            int ranges = card16(at + 1);
            for (int r = 0; r < ranges; r++) {
                int p = at + 3 + 3 * r;
                int first = card16(p);
                int next = card16(p + 3);
                for (int g = first; g < next && g < glyphs; g++) {
                    fds[g] = d[p + 2] & 0xff;
                }
            }
        } else {
            throw new IllegalArgumentException("FDSelect format " + format);
        }
        return fds;
    }

    /** Format 2: runs of consecutive CIDs. */
    private static byte[] newCharset(List<Integer> keep, int[] cids) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(2);
        for (int i = 1; i < keep.size(); ) {
            int first = cids[keep.get(i)];
            int j = i;
            while (j + 1 < keep.size() && cids[keep.get(j + 1)] == cids[keep.get(j)] + 1 && j + 1 - i < 0xffff) {
                j++;
            }
            writeCard16(b, first);
            writeCard16(b, j - i);
            i = j + 1;
        }
        return b.toByteArray();
    }

    /** Format 3: runs of glyphs in the same font dict. */
    private static byte[] newFdSelect(List<Integer> keep, int[] fds) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < keep.size(); i++) {
            int fd = fds[keep.get(i)];
            if (ranges.isEmpty() || ranges.get(ranges.size() - 1)[1] != fd) {
                ranges.add(new int[] {i, fd});
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(3);
        writeCard16(b, ranges.size());
        for (int[] r : ranges) {
            writeCard16(b, r[0]);
            b.write(r[1]);
        }
        writeCard16(b, keep.size());
        return b.toByteArray();
    }

    private static byte[] index(List<byte[]> items) {
        long total = 1;
        for (byte[] i : items) {
            total += i.length;
        }
        return index(items, total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4);
    }

    private static byte[] index(List<byte[]> items, int offSize) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeCard16(b, items.size());
        if (items.isEmpty()) {
            return b.toByteArray();
        }
        b.write(offSize);
        int off = 1;
        writeOffset(b, off, offSize);
        for (byte[] i : items) {
            off += i.length;
            writeOffset(b, off, offSize);
        }
        for (byte[] i : items) {
            b.writeBytes(i);
        }
        return b.toByteArray();
    }

    private static void writeOffset(ByteArrayOutputStream b, int v, int size) {
        for (int s = size - 1; s >= 0; s--) {
            b.write(v >>> (8 * s));
        }
    }

    private byte[] slice(int from, int to) {
        byte[] s = new byte[to - from];
        System.arraycopy(d, from, s, 0, s.length);
        return s;
    }

    private int card16(int p) {
        return ((d[p] & 0xff) << 8) | (d[p + 1] & 0xff);
    }

    private static void writeCard16(ByteArrayOutputStream b, int v) {
        b.write(v >>> 8);
        b.write(v);
    }

    /** A CFF INDEX at an offset: item i spans start(i) to end(i); the INDEX ends at end. */
    private final class Index {
        final int offset;
        final int count;
        final int offSize;
        final int end;

        Index(int offset) {
            this.offset = offset;
            this.count = card16(offset);
            this.offSize = count == 0 ? 0 : d[offset + 2] & 0xff;
            this.end = count == 0 ? offset + 2 : dataStart() + off(count);
        }

        private int dataStart() {
            return offset + 3 + (count + 1) * offSize - 1;
        }

        private int off(int i) {
            int p = offset + 3 + i * offSize;
            int v = 0;
            for (int k = 0; k < offSize; k++) {
                v = (v << 8) | (d[p + k] & 0xff);
            }
            return v;
        }

        int start(int i) {
            return dataStart() + off(i);
        }

        int end(int i) {
            return dataStart() + off(i + 1);
        }
    }

    /** One dictionary entry: its operator (12 x as 1200 + x), operands and the bytes of both. */
    private record Entry(int op, List<Integer> operands, int from, int to) {
        int operand(int i) {
            return operands.get(i);
        }
    }

    private List<Entry> dict(int from, int to) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> operands = new ArrayList<>();
        int start = from;
        int p = from;
        while (p < to) {
            int b = d[p] & 0xff;
            if (b <= 21) {
                int op = b == 12 ? 1200 + (d[p + 1] & 0xff) : b;
                p += b == 12 ? 2 : 1;
                entries.add(new Entry(op, List.copyOf(operands), start, p));
                operands.clear();
                start = p;
            } else if (b == 28) {
                operands.add((int) (short) card16(p + 1));
                p += 3;
            } else if (b == 29) {
                operands.add(((d[p + 1] & 0xff) << 24) | ((d[p + 2] & 0xff) << 16) | ((d[p + 3] & 0xff) << 8) | (d[p + 4] & 0xff));
                p += 5;
            } else if (b == 30) {
                p++;
                while ((d[p] & 0x0f) != 0x0f && (d[p] & 0xf0) != 0xf0) {
                    p++;
                }
                p++;
                operands.add(0); // a real number: kept as bytes, never an offset
            } else if (b >= 32 && b <= 246) {
                operands.add(b - 139);
                p++;
            } else if (b >= 247 && b <= 250) {
                operands.add((b - 247) * 256 + (d[p + 1] & 0xff) + 108);
                p += 2;
            } else if (b >= 251 && b <= 254) {
                operands.add(-(b - 251) * 256 - (d[p + 1] & 0xff) - 108);
                p += 2;
            } else {
                throw new IllegalArgumentException("byte " + b + " in a dict");
            }
        }
        return entries;
    }

    private static Entry find(List<Entry> dict, int op) {
        for (Entry e : dict) {
            if (e.op() == op) {
                return e;
            }
        }
        return null;
    }

    private static List<Entry> without(List<Entry> dict, int op) {
        return dict.stream().filter(e -> e.op() != op).toList();
    }

    private static int size(List<Entry> dict) {
        int n = 0;
        for (Entry e : dict) {
            n += e.to() - e.from();
        }
        return n;
    }

    private void write(ByteArrayOutputStream b, List<Entry> dict) {
        for (Entry e : dict) {
            b.write(d, e.from(), e.to() - e.from());
        }
    }

    /** An entry with one offset operand: six bytes (29, four bytes, operator) or seven for 12 x. */
    private static void writeEntry(ByteArrayOutputStream b, int op, int value) {
        writeInt(b, value);
        if (op >= 1200) {
            b.write(12);
            b.write(op - 1200);
        } else {
            b.write(op);
        }
    }

    private static void writeInt(ByteArrayOutputStream b, int v) {
        b.write(29);
        b.write(v >>> 24);
        b.write(v >>> 16);
        b.write(v >>> 8);
        b.write(v);
    }
}
