package org.issuepress.render;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * How good a photo's print version is, by measurement, to choose the decoding's subsampling
 * and the print JPEG's quality: PSNR (dB) and SSIM (8 × 8 windows) against a reference made
 * the slow, right way (every pixel decoded, averaged over each output pixel's area).
 * <ul>
 *   <li>subsampling n (every n-th pixel decoded, then scaled as Photos scales): the RGB result
 *       against the reference, in luminance;</li>
 *   <li>JPEG quality q: each C M Y K plate after encoding and decoding against the plate as
 *       separated (the worst plate is reported).</li>
 * </ul>
 * Not a test: run by src/bench/photo-benchmark.sh on the generated photos.
 *
 * <p>usage: PhotoQualityBench PRINTED_WIDTH_PT PHOTO...
 */
public final class PhotoQualityBench {
    private PhotoQualityBench() {
    }

    public static void main(String[] args) throws Exception {
        double widthPt = Double.parseDouble(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            BufferedImage full = read(file, 1);
            int w = (int) Math.round(widthPt / 72 * Photos.PRINT_PPI);
            int h = (int) Math.round(w * full.getHeight() / (double) full.getWidth());
            BufferedImage reference = Cmyk.toRgbImage(Cmyk.scaled(full.getRaster(), w / (double) full.getWidth()));
            System.out.printf(Locale.ROOT, "%s (%d × %d → %d × %d at 300 ppi):%n", file.getFileName(), full.getWidth(), full.getHeight(), w, h);
            for (int n = 1; n <= 4; n++) {
                long t = System.nanoTime();
                BufferedImage sub = read(file, n);
                BufferedImage made = Photos.scaled(sub, w / (double) sub.getWidth());
                double ms = (System.nanoTime() - t) / 1e6;
                System.out.printf(Locale.ROOT, "  subsampling %d: PSNR %.1f dB, SSIM %.4f, %.0f ms decode+scale%n", n,
                        psnr(luma(reference), luma(made)), ssim(luma(reference), luma(made), w, h), ms);
            }
            Raster plates = Separation.of(rgb(reference));
            for (float q : new float[] {0.70f, 0.75f, 0.80f, 0.85f, 0.90f, 0.92f}) {
                byte[] jpeg = Photos.jpegForBench(plates, q);
                Raster back = decode(jpeg);
                double worstPsnr = Double.MAX_VALUE;
                double worstSsim = 1;
                for (int b = 0; b < 4; b++) {
                    double[] a = band(plates, b);
                    double[] c = band(back, b);
                    worstPsnr = Math.min(worstPsnr, psnr(a, c));
                    worstSsim = Math.min(worstSsim, ssim(a, c, w, h));
                }
                System.out.printf(Locale.ROOT, "  CMYK JPEG q %.2f: %6d bytes, worst plate PSNR %.1f dB, SSIM %.4f%n", q, jpeg.length, worstPsnr,
                        worstSsim);
            }
        }
    }

    private static BufferedImage rgb(BufferedImage img) {
        return img;
    }

    static BufferedImage read(Path file, int n) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            ImageReadParam p = r.getDefaultReadParam();
            p.setSourceSubsampling(n, n, 0, 0);
            BufferedImage img = r.read(0, p);
            BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            out.createGraphics().drawImage(img, 0, 0, null);
            return out;
        }
    }

    private static Raster decode(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            return r.readRaster(0, null);
        }
    }

    private static double[] luma(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        double[] out = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                out[y * w + x] = 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
            }
        }
        return out;
    }

    private static double[] band(Raster r, int b) {
        double[] out = new double[r.getWidth() * r.getHeight()];
        r.getSamples(0, 0, r.getWidth(), r.getHeight(), b, out);
        return out;
    }

    static double psnr(double[] a, double[] b) {
        double se = 0;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            se += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return 10 * Math.log10(255.0 * 255 / Math.max(1e-9, se / n));
    }

    /** Mean SSIM over 8 × 8 windows (Wang et al. 2004, C1 = (0.01·255)², C2 = (0.03·255)²). */
    static double ssim(double[] a, double[] b, int w, int h) {
        double c1 = 6.5025;
        double c2 = 58.5225;
        double sum = 0;
        int windows = 0;
        for (int y = 0; y + 8 <= h; y += 8) {
            for (int x = 0; x + 8 <= w; x += 8) {
                double ma = 0;
                double mb = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        ma += a[(y + j) * w + x + i];
                        mb += b[(y + j) * w + x + i];
                    }
                }
                ma /= 64;
                mb /= 64;
                double va = 0;
                double vb = 0;
                double cov = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        double da = a[(y + j) * w + x + i] - ma;
                        double db = b[(y + j) * w + x + i] - mb;
                        va += da * da;
                        vb += db * db;
                        cov += da * db;
                    }
                }
                va /= 63;
                vb /= 63;
                cov /= 63;
                sum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                windows++;
            }
        }
        return sum / windows;
    }
}
