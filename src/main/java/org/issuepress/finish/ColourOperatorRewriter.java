package org.issuepress.finish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites the CMYK colour operators of a content stream ({@code c m y k k} and {@code K}) in
 * one pass over its bytes, copying everything else as it is. Parsing a page into PDFBox
 * tokens and writing them out again cost most of the e-edition's finishing; only the colour
 * operators change. Strings, names, comments and arrays are skipped the way a PDF reader
 * reads them, so a 'k' inside them is never taken for an operator. Content holding an inline
 * image (binary data between ID and EI) is left to the caller: {@link #rewrite} returns null.
 */
final class ColourOperatorRewriter {
    /** Converts four CMYK values (0–1) to three RGB values (0–1). */
    interface Conversion {
        float[] rgb(float c, float m, float y, float k);
    }

    private final Conversion conversion;

    ColourOperatorRewriter(Conversion conversion) {
        this.conversion = conversion;
    }

    /** The stream with its CMYK operators in RGB, or null when it holds an inline image. */
    byte[] rewrite(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 256);
        int copied = 0;
        // start and end of the operands since the last operator; only the last four matter
        int[] starts = new int[4];
        int[] ends = new int[4];
        int operands = 0;
        boolean allNumbers = true;
        int i = 0;
        int n = in.length;
        while (i < n) {
            int b = in[i] & 0xff;
            if (isWhite(b)) {
                i++;
            } else if (b == '%') {
                while (i < n && in[i] != '\n' && in[i] != '\r') {
                    i++;
                }
            } else if (isDelimiter(b)) {
                i = skipOperand(in, i);
                allNumbers = false;
                operands++;
            } else {
                int start = i;
                while (i < n && !isWhite(in[i] & 0xff) && !isDelimiter(in[i] & 0xff)) {
                    i++;
                }
                if (isNumber(in, start, i)) {
                    starts[operands % 4] = start;
                    ends[operands % 4] = i;
                    operands++;
                    continue;
                }
                if (i - start == 2 && in[start] == 'B' && in[start + 1] == 'I') {
                    return null;
                }
                boolean fill = i - start == 1 && in[start] == 'k';
                boolean stroke = i - start == 1 && in[start] == 'K';
                if ((fill || stroke) && operands == 4 && allNumbers) {
                    float[] cmyk = new float[4];
                    for (int o = 0; o < 4; o++) {
                        cmyk[o] = number(in, starts[o], ends[o]);
                        if (Float.isNaN(cmyk[o])) {
                            return null;
                        }
                    }
                    float[] rgb = conversion.rgb(cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
                    out.write(in, copied, starts[0] - copied);
                    String ops = format(rgb[0]) + " " + format(rgb[1]) + " " + format(rgb[2]) + (fill ? " rg" : " RG");
                    out.writeBytes(ops.getBytes(StandardCharsets.US_ASCII));
                    copied = i;
                }
                operands = 0;
                allNumbers = true;
            }
        }
        out.write(in, copied, n - copied);
        return out.toByteArray();
    }

    /** The index just after the string, name, array bracket or dictionary bracket at {@code i}. */
    private static int skipOperand(byte[] in, int i) {
        int n = in.length;
        int b = in[i];
        if (b == '(') {
            int depth = 0;
            while (i < n) {
                int c = in[i++];
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return n;
        }
        if (b == '<' && i + 1 < n && in[i + 1] != '<') {
            while (i < n && in[i] != '>') {
                i++;
            }
            return Math.min(n, i + 1);
        }
        if ((b == '<' || b == '>') && i + 1 < n && in[i + 1] == b) {
            return i + 2;
        }
        if (b == '/') {
            i++;
            while (i < n && !isWhite(in[i] & 0xff) && !isDelimiter(in[i] & 0xff)) {
                i++;
            }
            return i;
        }
        return i + 1;
    }

    private static boolean isWhite(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean isDelimiter(int b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}' || b == '/' || b == '%';
    }

    private static boolean isNumber(byte[] in, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            int c = in[i];
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == '.' || ((c == '-' || c == '+') && i == from))) {
                return false;
            }
        }
        return digit;
    }

    /** The number, or NaN for a malformed one such as {@code 1.2.3}. */
    private static float number(byte[] in, int from, int to) {
        try {
            return Float.parseFloat(new String(in, from, to - from, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    /** Up to three decimals, no trailing zeros: the same value always writes the same bytes. */
    static String format(float v) {
        int thousandths = Math.round(v * 1000);
        int abs = Math.abs(thousandths);
        StringBuilder s = new StringBuilder(8);
        if (thousandths < 0) {
            s.append('-');
        }
        s.append(abs / 1000);
        int fraction = abs % 1000;
        if (fraction != 0) {
            s.append('.').append((char) ('0' + fraction / 100));
            fraction %= 100;
            if (fraction != 0) {
                s.append((char) ('0' + fraction / 10));
                fraction %= 10;
                if (fraction != 0) {
                    s.append((char) ('0' + fraction));
                }
            }
        }
        return s.toString();
    }
}
