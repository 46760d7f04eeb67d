package org.issuepress.bench;

import java.awt.Transparency;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.issuepress.support.TestPhotos;
import org.issuepress.support.TestProfiles;

/**
 * The sample issue with camera-like photos where the copy says, as the printed 2021.01 had
 * them: every [图] placeholder gets a file, so does the cover, and the first 46 articles two
 * photos each (after their first paragraph and after their middle one): 101 photos of 12 MP
 * (4000 × 3000 and 3000 × 4000), about 2 MB each at quality 90 as phones write them. Every
 * tenth is a CMYK JPEG (half of those Photoshop's inverted CMYK), every tenth greyscale, every
 * tenth tagged Adobe RGB (1998); a third of the portrait ones are stored landscape with EXIF
 * orientation 6, as a phone held upright stores them. The photos are kept between runs
 * (made again only when missing). Not a test: run by src/bench/photo-benchmark.sh.
 *
 * <p>usage: PhotoIssue SAMPLE_ISSUE_DIR OUT_ISSUE_DIR
 */
public final class PhotoIssue {
    static final int ARTICLES_WITH_TWO = 46;

    private PhotoIssue() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path out = Path.of(args[1]);
        copyText(sample, out);
        List<String> names = new ArrayList<>();
        names.add("cover.jpg");
        Files.writeString(out.resolve("issue.yaml"), Files.readString(out.resolve("issue.yaml"))
                .replace("  photo_caption: 伏羲山", "  photo: images/cover.jpg\n  photo_caption: 伏羲山"));
        List<Path> articles;
        try (Stream<Path> s = Files.list(out.resolve("articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int a = 0; a < articles.size(); a++) {
            Path file = articles.get(a);
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            List<Integer> paragraphs = new ArrayList<>();
            boolean front = lines.size() > 0 && lines.get(0).equals("---");
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (front) {
                    front = i == 0 || !l.equals("---");
                    continue;
                }
                if (l.startsWith("[图]")) {
                    String name = "p" + String.format("%03d", names.size()) + ".jpg";
                    names.add(name);
                    lines.set(i, "[图 images/" + name + "]" + l.substring(3));
                } else if (!l.isBlank() && !"#[-|>*".contains(l.substring(0, 1))) {
                    paragraphs.add(i);
                }
            }
            if (a < ARTICLES_WITH_TWO && !paragraphs.isEmpty()) {
                int[] after = {paragraphs.get(0), paragraphs.get(paragraphs.size() / 2)};
                for (int k = after.length - 1; k >= 0; k--) {
                    if (k == 1 && after[1] == after[0]) {
                        continue;
                    }
                    String name = "p" + String.format("%03d", names.size()) + ".jpg";
                    names.add(name);
                    lines.addAll(after[k] + 1, List.of("", "[图 images/" + name + "] 照片 " + name.substring(1, 4), ""));
                }
            }
            Files.write(file, lines);
        }
        Path images = Files.createDirectories(out.resolve("images"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> made = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Path file = images.resolve(names.get(i));
            int n = i;
            if (!Files.exists(file)) {
                made.add(pool.submit(() -> write(file, n)));
            }
        }
        for (Future<?> f : made) {
            f.get();
        }
        pool.shutdown();
        System.out.println(names.size() + " photos in " + out + " (" + made.size() + " made now)");
    }

    private static void copyText(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("accepted.yaml")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Photo {@code n}: its kind by n (see the class comment). */
    static void write(Path file, int n) {
        try {
            boolean portrait = n % 2 == 1;
            int w = portrait ? 3000 : 4000;
            int h = portrait ? 4000 : 3000;
            BufferedImage upright = scene(w, h, n);
            byte[] jpeg;
            if (n % 10 == 3) {
                jpeg = cmyk(upright, n % 20 == 3);
            } else if (n % 10 == 5) {
                BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
                grey.createGraphics().drawImage(upright, 0, 0, null);
                jpeg = jpeg(new IIOImage(grey, null, null));
            } else if (n % 10 == 7) {
                jpeg = jpeg(new IIOImage(adobeRgb(upright), null, null));
            } else if (portrait && n % 3 == 0) {
                TestPhotos.writeTurned(file, upright, 6); // stored 4000 × 3000, orientation 6
                return;
            } else {
                jpeg = jpeg(new IIOImage(upright, null, null));
            }
            Files.write(file, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Something like a photo of a village: sky, fields in bands, house-like blocks with sharp
     * edges, fine grain — so JPEG compresses it as it does a phone's photo (about 2 MB at 90).
     */
    static BufferedImage scene(int w, int h, int seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int horizon = h / 3 + r.nextInt(h / 6);
        int[][] houses = new int[12][];
        for (int k = 0; k < houses.length; k++) {
            int hw = w / 14 + r.nextInt(w / 10);
            int hx = r.nextInt(w - hw);
            int hh = h / 10 + r.nextInt(h / 6);
            houses[k] = new int[] {hx, horizon + r.nextInt(h / 8) - hh / 3, hw, hh, 0x808080 + r.nextInt(0x7F7F7F)};
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = x / (double) w;
                double v = y / (double) h;
                int red;
                int green;
                int blue;
                if (y < horizon) {
                    red = (int) (120 + 60 * v);
                    green = (int) (160 + 50 * v);
                    blue = (int) (220 - 20 * v);
                } else {
                    double band = Math.sin(40 * v * v + 3 * u + seed) * 0.5 + 0.5;
                    red = (int) (90 + 60 * band + 30 * Math.sin(90 * u));
                    green = (int) (110 + 70 * band);
                    blue = (int) (50 + 30 * band);
                }
                for (int[] house : houses) {
                    if (x >= house[0] && x < house[0] + house[2] && y >= house[1] && y < house[1] + house[3]) {
                        boolean window = ((x - house[0]) / 40 % 3 == 1) && ((y - house[1]) / 50 % 3 == 1);
                        int c = window ? 0x303840 : house[4];
                        red = (c >> 16) & 0xff;
                        green = (c >> 8) & 0xff;
                        blue = c & 0xff;
                    }
                }
                int grain = (int) (r.nextGaussian() * 5);
                row[x] = (clamp(red + grain) << 16) | (clamp(green + grain) << 8) | clamp(blue + grain);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static BufferedImage adobeRgb(BufferedImage rgb) {
        ComponentColorModel cm = new ComponentColorModel(new ICC_ColorSpace(TestProfiles.adobeRgb()), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster r = cm.createCompatibleWritableRaster(rgb.getWidth(), rgb.getHeight());
        int[] px = new int[3];
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                px[0] = (p >> 16) & 0xff;
                px[1] = (p >> 8) & 0xff;
                px[2] = p & 0xff;
                r.setPixel(x, y, px); // the same numbers, read as Adobe RGB: as a camera set to it writes them
            }
        }
        return new BufferedImage(cm, r, false, null);
    }

    /** A naive separation, stored plain or inverted with Photoshop's Adobe marker (transform 0). */
    private static byte[] cmyk(BufferedImage rgb, boolean inverted) throws IOException {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb.getRGB(x, y);
                int c = 255 - ((p >> 16) & 0xff);
                int m = 255 - ((p >> 8) & 0xff);
                int ye = 255 - (p & 0xff);
                int k = Math.min(c, Math.min(m, ye)) / 2;
                px[0] = c - k;
                px[1] = m - k;
                px[2] = ye - k;
                px[3] = k;
                if (inverted) {
                    for (int i = 0; i < 4; i++) {
                        px[i] = 255 - px[i];
                    }
                }
                raster.setPixel(x, y, px);
            }
        }
        byte[] b = jpeg(new IIOImage(raster, null, null));
        if (!inverted) {
            return b;
        }
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] marked = new byte[b.length + adobe.length];
        System.arraycopy(b, 0, marked, 0, 2);
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(b, 2, marked, 2 + adobe.length, b.length - 2);
        return marked;
    }

    private static byte[] jpeg(IIOImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.90f);
            writer.write(null, image, p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
