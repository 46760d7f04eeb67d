package org.issuepress.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photo-like test images: smooth colour fields with grain, so JPEG compresses them about as
 * much as a real photo (a flat image would shrink to nothing, pure noise would not shrink).
 */
public final class TestPhotos {
    private TestPhotos() {
    }

    /** Writes a {@code width} × {@code height} RGB photo as JPEG or PNG (by the name's ending). */
    public static Path write(Path file, int width, int height, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x / (double) width;
                double v = y / (double) height;
                int red = channel(120 + 80 * Math.sin(6 * u + 2 * v + seed) + 20 * r.nextGaussian());
                int green = channel(140 + 70 * Math.cos(5 * v - 3 * u) + 20 * r.nextGaussian());
                int blue = channel(100 + 90 * Math.sin(9 * u * v) + 20 * r.nextGaussian());
                img.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        String name = file.getFileName().toString();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes a JPEG of a photo that stands as {@code upright} shows it, stored as a camera with
     * the given EXIF orientation stores it, with that orientation in an Exif APP1 segment. The
     * stored pixels follow the EXIF table of where stored row 0 and column 0 are seen (not the
     * code under test): 1 top/left, 2 top/right, 3 bottom/right, 4 bottom/left, 5 left/top,
     * 6 right/top, 7 right/bottom, 8 left/bottom.
     */
    public static Path writeTurned(Path file, BufferedImage upright, int orientation) {
        String[][] sides = {{"top", "left"}, {"top", "right"}, {"bottom", "right"}, {"bottom", "left"},
            {"left", "top"}, {"right", "top"}, {"right", "bottom"}, {"left", "bottom"}};
        String row0 = sides[orientation - 1][0];
        String col0 = sides[orientation - 1][1];
        boolean rowsAreColumns = row0.equals("left") || row0.equals("right");
        int uw = upright.getWidth();
        int uh = upright.getHeight();
        int sw = rowsAreColumns ? uh : uw;
        int sh = rowsAreColumns ? uw : uh;
        BufferedImage stored = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                // stored row y lies at distance y from the side row 0 is seen at; column x likewise
                int ux;
                int uy;
                if (rowsAreColumns) {
                    ux = row0.equals("left") ? y : uw - 1 - y;
                    uy = col0.equals("top") ? x : uh - 1 - x;
                } else {
                    uy = row0.equals("top") ? y : uh - 1 - y;
                    ux = col0.equals("left") ? x : uw - 1 - x;
                }
                stored.setRGB(x, y, upright.getRGB(ux, uy));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            ImageIO.write(stored, "jpg", jpeg);
            return Files.write(file, withOrientation(jpeg.toByteArray(), orientation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with an Exif APP1 segment (big-endian TIFF, one entry: Orientation) right after SOI. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        int len = 2 + 6 + tiff.length;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Four flat quarters, as a photo stands: red top left, green top right, blue bottom left, white bottom right. */
    public static BufferedImage quarters(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean left = x < width / 2;
                boolean top = y < height / 2;
                img.setRGB(x, y, top ? (left ? 0xE02020 : 0x20C020) : (left ? 0x2020E0 : 0xFFFFFF));
            }
        }
        return img;
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
