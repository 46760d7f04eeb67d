package org.issuepress.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.issuepress.compose.page.Box;
import org.issuepress.photo.Orientation;
import org.issuepress.photo.PhotoHeader;
import org.w3c.dom.Node;

/**
 * A photo's pixels as each edition needs them, as JPEG:
 * <ul>
 *   <li>print: CMYK or gray (PDF/X-1a allows nothing else), 300 ppi where the file has more
 *       than 450 at its printed size, quality 85 (see PRINT_QUALITY); a CMYK JPEG goes in unchanged (an editor
 *       who separated a photo for this printer keeps exactly that separation, at its
 *       resolution), as does a gray JPEG that needs no downsampling;</li>
 *   <li>screen: RGB or gray, at most 150 ppi, quality 80.</li>
 * </ul>
 * RGB photos are separated by {@link Separation}. Results are kept for the process (the
 * preview rebuilds often), keyed by file, its modification time and size, and the box.
 */
public final class Photos {
    static final double PRINT_PPI = 300;
    static final double PRINT_MAX_PPI = 450;
    static final double SCREEN_PPI = 150;
    /** Chosen by measurement (src/test/.../render/PhotoQualityBench, 12-MP camera-like photos at 300 ppi): every plate
     *  within 45.0–46.0 dB PSNR and SSIM ≥ 0.972 of the plate as separated, against 45.9–47.1 dB at 0.92 for 1.6–1.7×
     *  the bytes; 40 dB is commonly taken as not visible, and a plate pixel (85 µm) is finer than a 175 lpi cell. */
    private static final float PRINT_QUALITY = 0.85f;
    private static final float SCREEN_QUALITY = 0.80f;
    private static final long CACHE_BYTES = 128L << 20;
    private static final Map<Key, Cached> CACHE = new LinkedHashMap<>(64, 0.75f, true);
    private static long cached;

    private record Key(Path file, long modified, long size, double widthPt, double heightPt) {
    }

    /** Both editions' JPEGs of one photo, made from one decoding of the file. */
    /** A photo in memory, with its name in the build's store once a build has used one. */
    private record Cached(Versions versions, String storeKey) {
    }

    private record Versions(byte[] print, byte[] screen, Source source) {
        long size() {
            return print.length + screen.length;
        }

        /** As stored: the source, the print JPEG's length, both JPEGs. */
        byte[] bytes() {
            return java.nio.ByteBuffer.allocate(5 + print.length + screen.length)
                    .put((byte) source.ordinal()).putInt(print.length).put(print).put(screen).array();
        }

        /** @return null when the entry is not one {@link #bytes} wrote */
        static Versions read(byte[] entry) {
            if (entry.length < 5 || entry[0] < 0 || entry[0] >= Source.values().length) {
                return null;
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(entry);
            Source source = Source.values()[b.get()];
            int printLength = b.getInt();
            if (printLength < 0 || printLength > b.remaining()) {
                return null;
            }
            byte[] print = new byte[printLength];
            byte[] screen = new byte[b.get(print).remaining()];
            b.get(screen);
            return new Versions(print, screen, source);
        }
    }

    /** What a photo was, as the print shop may want to know. */
    public enum Source {
        /** RGB, separated here by the generic conversion */
        SEPARATED_FROM_RGB,
        /** CMYK as the editor supplied it */
        SUPPLIED_CMYK,
        GRAY
    }

    private Photos() {
    }

    /** The photo's JPEG for the print edition, for a photo that covers {@code box}. */
    public static byte[] forPrint(Path file, Box box) {
        return versions(file, box).print();
    }

    /** The photo's JPEG for screens, for a photo that covers {@code box}. */
    public static byte[] forScreen(Path file, Box box) {
        return versions(file, box).screen();
    }

    /**
     * Makes both JPEGs of a photo ahead of need: decoding, scaling and separating a camera
     * photo takes a few hundred milliseconds, which the build spreads over both cores
     * before rendering.
     *
     * @param store where a build keeps prepared photos between processes, or null
     * @return what the photo's file is, for the print shop's report
     */
    public static Source prepare(Path file, Box box, PhotoStore store) {
        return versions(file, box, store).source();
    }

    private static Versions versions(Path file, Box box) {
        return versions(file, box, null);
    }

    private static Versions versions(Path file, Box box, PhotoStore store) {
        try {
            Key key = new Key(file.toAbsolutePath(), Files.getLastModifiedTime(file).toMillis(), Files.size(file), box.w(), box.h());
            Cached hit;
            synchronized (CACHE) {
                hit = CACHE.get(key);
            }
            if (hit != null && (store == null || hit.storeKey() != null)) {
                if (store != null) {
                    store.markUsed(hit.storeKey()); // kept on disk though this process has it in memory
                }
                return hit.versions();
            }
            String storeKey = store == null ? null : storeKey(Files.readAllBytes(file), box);
            Versions made;
            if (hit != null) { // made for the preview: now also kept for the next process
                made = hit.versions();
                store.put(storeKey, made.bytes());
            } else {
                made = store == null ? make(file, box) : stored(file, box, store, storeKey);
            }
            if (store != null) {
                store.markUsed(storeKey);
            }
            synchronized (CACHE) {
                Cached old = CACHE.put(key, new Cached(made, storeKey));
                if (old == null) {
                    cached += made.size();
                }
                Iterator<Cached> eldest = CACHE.values().iterator();
                while (cached > CACHE_BYTES && eldest.hasNext()) {
                    cached -= eldest.next().versions().size();
                    eldest.remove();
                }
            }
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the photo " + file + ": " + e.getMessage(), e);
        }
    }

    /** Changes whenever what {@link #make} produces changes: stored photos are then made again. */
    private static final String RECIPE = "photos-3";

    private static Versions stored(Path file, Box box, PhotoStore store, String key) throws IOException {
        byte[] entry = store.get(key);
        Versions v = entry == null ? null : Versions.read(entry);
        if (v == null) {
            v = make(file, box);
            store.put(key, v.bytes());
        }
        return v;
    }

    private static String storeKey(byte[] photo, Box box) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(photo);
            md.update((RECIPE + " " + box.w() + " " + box.h()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest()) + ".photo";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Versions make(Path file, Box box) throws IOException {
        try {
            return convert(file, box);
        } catch (OutOfMemoryError e) {
            // the pixels and their copies were what did not fit: the photo's size is the matter, not damage
            throw new TooLarge(file);
        }
    }

    private static Versions convert(Path file, Box box) throws IOException {
        Decoded d = decode(file, box);
        Orientation turn = d.orientation();
        double ppi = ppi(turn.uprightWidth(d.width(), d.height()), turn.uprightHeight(d.width(), d.height()), box);
        if (d.cmyk() != null) {
            // separated by the editor: printed as supplied (a JPEG byte for byte) when it stands
            // upright at no more than the resolution kept for print; else its own C M Y K, turned
            // and downsampled, as a CMYK JPEG
            boolean asSupplied = d.jpeg() && turn == Orientation.UPRIGHT && ppi <= PRINT_MAX_PPI;
            Raster plain = Cmyk.plain(d.cmyk(), d.adobe());
            if (ppi > PRINT_MAX_PPI) {
                plain = Cmyk.scaled(plain, PRINT_PPI / ppi);
                ppi = PRINT_PPI;
            }
            plain = turn.upright(plain);
            byte[] print = asSupplied ? Files.readAllBytes(file) : jpeg(plain, PRINT_QUALITY);
            return new Versions(print, screen(Cmyk.toRgb(plain), ppi), Source.SUPPLIED_CMYK);
        }
        BufferedImage img = d.image();
        boolean gray = img.getColorModel().getNumColorComponents() == 1;
        byte[] print;
        BufferedImage forScreen;
        double screenPpi = ppi;
        if (gray && d.jpeg() && ppi <= PRINT_MAX_PPI && turn == Orientation.UPRIGHT) {
            print = Files.readAllBytes(file);
            forScreen = img;
        } else {
            // scaled while still as stored, turned once small: the full-size raster is never copied
            BufferedImage printed = ppi > PRINT_MAX_PPI ? scaled(img, PRINT_PPI / ppi) : img;
            printed = turn.upright(gray ? gray(printed) : rgb(printed));
            print = gray ? jpeg(printed, PRINT_QUALITY) : jpeg(Separation.of(printed), PRINT_QUALITY);
            forScreen = printed;
            if (ppi > PRINT_MAX_PPI) { // the screen version from the smaller image: half of it
                screenPpi = PRINT_PPI;
            }
        }
        return new Versions(print, screen(forScreen, screenPpi), gray ? Source.GRAY : Source.SEPARATED_FROM_RGB);
    }

    private static byte[] screen(BufferedImage img, double ppi) throws IOException {
        BufferedImage s = ppi > SCREEN_PPI ? scaled(img, SCREEN_PPI / ppi) : img;
        return jpeg(s.getColorModel().getNumColorComponents() == 1 ? gray(s) : rgb(s), SCREEN_QUALITY);
    }

    /** Resolution of a photo scaled to cover the box (as ImagePainter places it). */
    static double ppi(int width, int height, Box box) {
        return 72 * Math.min(width / box.w(), height / box.h());
    }

    /** Either an image Java can draw, or the raw components of a CMYK JPEG (which it cannot). */
    /**
     * @param adobe the Adobe marker's colour transform of a CMYK JPEG (0: CMYK, 2: YCCK; both
     *              stored inverted, as Photoshop writes them), -1 without a marker (stored as is)
     */
    private record Decoded(BufferedImage image, Raster cmyk, int adobe, boolean jpeg, Orientation orientation) {
        int width() {
            return image != null ? image.getWidth() : cmyk.getWidth();
        }

        int height() {
            return image != null ? image.getHeight() : cmyk.getHeight();
        }
    }

    /**
     * Decodes the photo, every n-th pixel of every n-th row when it has far more pixels than
     * its print needs or than a photo may take in memory: a 14000 × 14000 16-bit PNG under
     * the pixel cap would otherwise take gigabytes. A photo of up to twice the resolution
     * kept for print (450 ppi), as every camera photo in a column is, is decoded whole.
     *
     * @throws CutShort when the file ends before its pixels do (ImageIO then paints the rest grey)
     */
    private static Decoded decode(Path file, Box box) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a JPEG, PNG, TIFF or WebP image");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                reader.setInput(in);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                boolean jpeg = reader.getFormatName().equalsIgnoreCase("jpeg");
                Orientation turn = PhotoHeader.read(file).orientation();
                ImageReadParam param = subsampled(reader, box, turn);
                Decoded d;
                if (jpeg && reader.getRawImageType(0) == null) {
                    // four components: ImageIO reads the raster but will not make it an image
                    d = new Decoded(null, reader.readRaster(0, param), adobe(reader.getImageMetadata(0)), true, turn);
                } else {
                    BufferedImage img = reader.read(0, param);
                    d = img.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_CMYK
                            ? new Decoded(null, img.getRaster(), -1, false, turn) // a CMYK TIFF
                            : new Decoded(img, null, -1, jpeg, turn);
                }
                if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
                    throw new CutShort(file);
                }
                return d;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Most bytes a photo's decoded pixels may take (a 50-megapixel 8-bit RGB photo is 150 MB). */
    static final long MAX_DECODED_BYTES = 192L << 20;

    /** @return null (decode every pixel) or a parameter decoding every n-th pixel */
    private static ImageReadParam subsampled(ImageReader reader, Box box, Orientation turn) throws IOException {
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        double ppi = ppi(turn.uprightWidth((int) w, (int) h), turn.uprightHeight((int) w, (int) h), box);
        // still twice the most kept for print: the downsampling that follows filters what point sampling skips
        int n = Math.max(1, (int) Math.floor(ppi / (2 * PRINT_MAX_PPI)));
        int bytes = bytesPerPixel(reader);
        while (((w + n - 1) / n) * ((h + n - 1) / n) * bytes > MAX_DECODED_BYTES) {
            n++;
        }
        if (n == 1) {
            return null;
        }
        ImageReadParam p = reader.getDefaultReadParam();
        p.setSourceSubsampling(n, n, 0, 0);
        return p;
    }

    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier t = reader.getRawImageType(0);
        if (t == null) {
            return 4; // a CMYK JPEG: four 8-bit components
        }
        int bits = 0;
        for (int b : t.getSampleModel().getSampleSize()) {
            bits += b;
        }
        return Math.max(1, (bits + 7) / 8);
    }

    /** The file ends before its pixels do: cut short in a copy or transfer. */
    public static final class CutShort extends IOException {
        CutShort(Path file) {
            super("cut short: " + file.getFileName());
        }
    }

    /** The photo's decoded pixels did not fit in the memory the program has; its size, for the editor. */
    public static final class TooLarge extends RuntimeException {
        private final int width;
        private final int height;

        public TooLarge(int width, int height) {
            super("too large to decode: " + width + " × " + height + " pixels", null, false, false);
            this.width = width;
            this.height = height;
        }

        TooLarge(Path file) {
            this(size(file)[0], size(file)[1]);
        }

        /** The size from the header; 0 × 0 when even that cannot be read (the advice holds). */
        private static int[] size(Path file) {
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                try {
                    reader.setInput(in, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            } catch (IOException | RuntimeException unreadable) {
                return new int[] {0, 0};
            }
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        /** As 8-bit RGB in memory, as the editor's image programs count it. */
        public long megabytes() {
            return (long) width * height * 3 / (1 << 20);
        }
    }

    /** The Adobe marker's transform (Photoshop writes CMYK JPEGs inverted and marks them), or -1. */
    private static int adobe(IIOMetadata meta) {
        Node marker = find(meta.getAsTree("javax_imageio_jpeg_image_1.0"), "app14Adobe");
        if (marker == null) {
            return -1;
        }
        Node transform = marker.getAttributes().getNamedItem("transform");
        return transform == null ? 0 : Integer.parseInt(transform.getNodeValue());
    }

    private static Node find(Node n, String name) {
        if (name.equals(n.getNodeName())) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Downscaled: by area ({@link BoxFilter}) to half or less, then bilinear for the step of
     * less than half that is left; the result 8-bit RGB or grey on white.
     */
    static BufferedImage scaled(BufferedImage src, double factor) {
        int w = Math.max(1, (int) Math.round(src.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(src.getHeight() * factor));
        int type = src.getColorModel().getNumColorComponents() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage img = src;
        if (factor <= 0.5) {
            img = BoxFilter.scaled(src, factor); // still in the photo's colour model: converted small
        } else {
            img = draw(img, w, h, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return img.getWidth() == w && img.getHeight() == h && img.getType() == type ? img
                : draw(img, w, h, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, int type, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE); // transparent parts of a PNG print as paper
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** As 8-bit RGB on white (transparent parts of a PNG print as paper). */
    private static BufferedImage rgb(BufferedImage src) {
        return src.getType() == BufferedImage.TYPE_INT_RGB ? src : onWhite(src, BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage gray(BufferedImage src) {
        return src.getType() == BufferedImage.TYPE_BYTE_GRAY ? src : onWhite(src, BufferedImage.TYPE_BYTE_GRAY);
    }

    private static BufferedImage onWhite(BufferedImage src, int type) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, src.getWidth(), src.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        return jpeg(new IIOImage(img, null, null), quality);
    }

    /** As the print JPEG is written, for the quality benchmark (src/test/.../PhotoQualityBench). */
    static byte[] jpegForBench(Raster cmyk, float quality) throws IOException {
        return jpeg(cmyk, quality);
    }

    /** A raster of four components is written as it is (no Adobe marker: not inverted). */
    private static byte[] jpeg(Raster cmyk, float quality) throws IOException {
        return jpeg(new IIOImage(cmyk, null, null), quality);
    }

    private static byte[] jpeg(IIOImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, image, p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
