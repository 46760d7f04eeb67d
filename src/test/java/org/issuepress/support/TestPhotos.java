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

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
