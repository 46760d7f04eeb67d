package org.issuepress.support;

import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * RGB colour profiles as cameras and phones embed them, built from their published primaries
 * (matrix/TRC ICC v2 display profiles, D50-adapted by Bradford as ICC requires): Adobe RGB
 * (1998) and Display P3. No profile file is copied into the repository.
 */
public final class TestProfiles {
    private TestProfiles() {
    }

    /** Adobe RGB (1998): primaries of its specification, D65, gamma 563/256. */
    public static ICC_Profile adobeRgb() {
        return profile("Adobe RGB (1998)", new double[][] {{0.64, 0.33}, {0.21, 0.71}, {0.15, 0.06}}, gammaCurve(563 / 256.0));
    }

    /** Display P3 (what iPhones tag): DCI-P3 primaries, D65, the sRGB tone curve. */
    public static ICC_Profile displayP3() {
        return profile("Display P3", new double[][] {{0.680, 0.320}, {0.265, 0.690}, {0.150, 0.060}}, srgbCurve());
    }

    /** The RGB → XYZ (D65) matrix of the primaries, by columns R G B. */
    public static double[][] toXyz(double[][] xy) {
        double[] w = xyz(0.3127, 0.3290);
        double[][] p = new double[3][];
        for (int i = 0; i < 3; i++) {
            p[i] = xyz(xy[i][0], xy[i][1]);
        }
        double[][] m = {{p[0][0], p[1][0], p[2][0]}, {p[0][1], p[1][1], p[2][1]}, {p[0][2], p[1][2], p[2][2]}};
        double[] s = solve(m, w);
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[r][c] = m[r][c] * s[c];
            }
        }
        return out;
    }

    private static double[] xyz(double x, double y) {
        return new double[] {x / y, 1, (1 - x - y) / y};
    }

    private static double[] solve(double[][] m, double[] v) {
        double det = det(m);
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] k = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int r = 0; r < 3; r++) {
                k[r][c] = v[r];
            }
            out[c] = det(k) / det;
        }
        return out;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** Bradford D65 → D50, as ICC PCS needs. */
    private static final double[][] D65_TO_D50 = {
        {1.0478112, 0.0228866, -0.0501270}, {0.0295424, 0.9904844, -0.0170491}, {-0.0092345, 0.0150436, 0.7521316}};

    private static ICC_Profile profile(String name, double[][] primaries, byte[] curve) {
        double[][] m = toXyz(primaries);
        double[][] a = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 3; k++) {
                    a[r][c] += D65_TO_D50[r][k] * m[k][c];
                }
            }
        }
        String[] sigs = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        byte[][] data = {desc(name), text("no copyright, built from published primaries"), xyzTag(0.9642, 1.0, 0.8249),
            xyzTag(a[0][0], a[1][0], a[2][0]), xyzTag(a[0][1], a[1][1], a[2][1]), xyzTag(a[0][2], a[1][2], a[2][2]), curve, curve, curve};
        int offset = 128 + 4 + 12 * sigs.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(4 + 12 * sigs.length).putInt(sigs.length);
        for (int i = 0; i < sigs.length; i++) {
            table.put(ascii(sigs[i])).putInt(offset + body.size()).putInt(data[i].length);
            body.writeBytes(data[i]);
            while (body.size() % 4 != 0) {
                body.write(0);
            }
        }
        int size = offset + body.size();
        ByteBuffer h = ByteBuffer.allocate(128).putInt(size).putInt(0).putInt(0x02100000).put(ascii("mntr")).put(ascii("RGB "))
                .put(ascii("XYZ ")).put(new byte[12]).put(ascii("acsp")).putInt(0).putInt(0).putInt(0).putInt(0).putLong(0).putInt(0)
                .putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        ByteBuffer all = ByteBuffer.allocate(size).put(h.array()).put(table.array()).put(body.toByteArray());
        return ICC_Profile.getInstance(all.array());
    }

    private static byte[] gammaCurve(double gamma) {
        return ByteBuffer.allocate(14).put(ascii("curv")).putInt(0).putInt(1).putShort((short) Math.round(gamma * 256)).array();
    }

    private static byte[] srgbCurve() {
        int n = 1024;
        ByteBuffer b = ByteBuffer.allocate(12 + 2 * n).put(ascii("curv")).putInt(0).putInt(n);
        for (int i = 0; i < n; i++) {
            double v = i / (double) (n - 1);
            double lin = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            b.putShort((short) Math.round(lin * 65535));
        }
        return b.array();
    }

    private static byte[] xyzTag(double x, double y, double z) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0).putInt(s15(x)).putInt(s15(y)).putInt(s15(z)).array();
    }

    private static byte[] desc(String name) {
        byte[] a = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(12 + a.length + 8 + 3 + 67).put(ascii("desc")).putInt(0).putInt(a.length).put(a).putInt(0).putInt(0)
                .putShort((short) 0).put((byte) 0).put(new byte[67]).array();
    }

    private static byte[] text(String s) {
        byte[] a = (s + "\0").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(8 + a.length).put(ascii("text")).putInt(0).put(a).array();
    }

    private static int s15(double v) {
        return (int) Math.round(v * 65536);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
