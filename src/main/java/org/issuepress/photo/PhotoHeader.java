package org.issuepress.photo;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A photo file's kind and EXIF orientation, from its first bytes and (for the formats that
 * keep EXIF in a chunk) its chunk headers; no pixel is decoded. ImageIO reads the EXIF block
 * of none of these formats as an orientation, so it is found here: in a JPEG's APP1 segment,
 * a TIFF's first directory, a PNG's eXIf chunk or a WebP's EXIF chunk.
 */
public record PhotoHeader(Kind kind, Orientation orientation) {
    /** What the file holds, by its signature (not its name: phones save HEIC as .jpg too). */
    public enum Kind {
        JPEG, PNG, TIFF, WEBP,
        /** HEIC/HEIF/AVIF: no Java reader; refused with how to convert */
        HEIF,
        OTHER
    }

    private static final int ORIENTATION_TAG = 0x0112;
    /** EXIF sits in the first 64 KB of a JPEG (one APP1 segment at most 64 KB); a little more for APP0 before it. */
    private static final int JPEG_PREFIX = 1 << 17;

    public static PhotoHeader read(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(JPEG_PREFIX, f.length())];
            f.readFully(head);
            Kind kind = kind(head);
            int tag = switch (kind) {
                case JPEG -> jpeg(head);
                case TIFF -> tiff(f);
                case PNG -> png(f);
                case WEBP -> webp(f);
                default -> 1;
            };
            return new PhotoHeader(kind, Orientation.of(tag));
        }
    }

    static Kind kind(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return Kind.JPEG;
        }
        if (h.length >= 8 && (h[0] & 0xFF) == 0x89 && ascii(h, 1, 3).equals("PNG")) {
            return Kind.PNG;
        }
        if (h.length >= 4 && (ascii(h, 0, 4).equals("II*\0") || ascii(h, 0, 4).equals("MM\0*"))) {
            return Kind.TIFF;
        }
        if (h.length >= 12 && ascii(h, 0, 4).equals("RIFF") && ascii(h, 8, 4).equals("WEBP")) {
            return Kind.WEBP;
        }
        if (h.length >= 12 && ascii(h, 4, 4).equals("ftyp")) {
            String brand = ascii(h, 8, 4);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")
                    || brand.startsWith("avi")) {
                return Kind.HEIF;
            }
        }
        return Kind.OTHER;
    }

    /** The segments before the image data: the first APP1 that starts with "Exif". */
    private static int jpeg(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // no length
                continue;
            }
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break; // the image data: EXIF comes before it
            }
            int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xE1 && len >= 8 && i + 4 + 6 <= b.length && ascii(b, i + 4, 6).equals("Exif\0\0")) {
                int start = i + 10;
                int end = Math.min(b.length, i + 2 + len);
                return start < end ? tiff(ByteBuffer.wrap(b, start, end - start).slice()) : 1;
            }
            i += 2 + len;
        }
        return 1;
    }

    /** A PNG's chunks up to its image data: eXIf (PNG 1.5) holds a TIFF header and directory. */
    private static int png(RandomAccessFile f) throws IOException {
        long at = 8;
        while (at + 8 <= f.length()) {
            f.seek(at);
            int len = f.readInt();
            byte[] type = new byte[4];
            f.readFully(type);
            String t = ascii(type, 0, 4);
            if (t.equals("eXIf")) {
                return chunk(f, len);
            }
            if (t.equals("IDAT") || t.equals("IEND") || len < 0) {
                return 1;
            }
            at += 12L + len;
        }
        return 1;
    }

    /** A WebP's RIFF chunks: an EXIF chunk (after the image data, as libwebp writes it). */
    private static int webp(RandomAccessFile f) throws IOException {
        long at = 12;
        while (at + 8 <= f.length()) {
            f.seek(at);
            byte[] type = new byte[4];
            f.readFully(type);
            int len = Integer.reverseBytes(f.readInt());
            if (len < 0) {
                return 1;
            }
            if (ascii(type, 0, 4).equals("EXIF")) {
                return chunk(f, len);
            }
            at += 8L + len + (len & 1);
        }
        return 1;
    }

    /** A chunk's EXIF, with or without the "Exif\0\0" prefix some writers put before the TIFF header. */
    private static int chunk(RandomAccessFile f, int len) throws IOException {
        byte[] exif = new byte[(int) Math.min(len, Math.min(JPEG_PREFIX, f.length() - f.getFilePointer()))];
        f.readFully(exif);
        int skip = exif.length >= 6 && ascii(exif, 0, 6).equals("Exif\0\0") ? 6 : 0;
        return tiff(ByteBuffer.wrap(exif, skip, exif.length - skip).slice());
    }

    /**
     * A TIFF file's first directory, wherever the writer put it (often after the pixels): the
     * header and that directory alone, read into one block as if it followed the header.
     */
    private static int tiff(RandomAccessFile f) throws IOException {
        byte[] header = new byte[8];
        f.seek(0);
        f.readFully(header);
        ByteBuffer h = ByteBuffer.wrap(header).order(header[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifd = h.getInt(4) & 0xFFFFFFFFL;
        if (ifd + 2 > f.length()) {
            return 1;
        }
        f.seek(ifd);
        byte[] count = new byte[2];
        f.readFully(count);
        int n = ByteBuffer.wrap(count).order(h.order()).getShort() & 0xFFFF;
        byte[] block = new byte[(int) Math.min(10L + 12L * n, 8 + f.length() - ifd)];
        System.arraycopy(header, 0, block, 0, 8);
        ByteBuffer.wrap(block).order(h.order()).putInt(4, 8);
        System.arraycopy(count, 0, block, 8, 2);
        f.readFully(block, 10, block.length - 10);
        return tiff(ByteBuffer.wrap(block));
    }

    /** The orientation entry of a TIFF header's first directory (IFD0), or 1. */
    static int tiff(ByteBuffer b) {
        try {
            if (b.remaining() < 8) {
                return 1;
            }
            String order = new String(new byte[] {b.get(0), b.get(1)}, StandardCharsets.ISO_8859_1);
            if (order.equals("II")) {
                b.order(ByteOrder.LITTLE_ENDIAN);
            } else if (order.equals("MM")) {
                b.order(ByteOrder.BIG_ENDIAN);
            } else {
                return 1;
            }
            int ifd = b.getInt(4);
            int n = b.getShort(ifd) & 0xFFFF;
            for (int k = 0; k < n; k++) {
                int e = ifd + 2 + 12 * k;
                if ((b.getShort(e) & 0xFFFF) == ORIENTATION_TAG) {
                    return b.getShort(e + 8) & 0xFFFF; // a SHORT: in the value field's first two bytes
                }
            }
            return 1;
        } catch (IndexOutOfBoundsException damaged) {
            return 1; // a directory pointing past its block: nothing to turn by
        }
    }

    private static String ascii(byte[] b, int from, int n) {
        return new String(b, from, n, StandardCharsets.ISO_8859_1);
    }
}
