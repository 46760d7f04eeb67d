package org.issuepress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;
import org.issuepress.photo.Orientation;
import org.issuepress.photo.PhotoHeader;

/**
 * Whether a photo file can be printed: an image the renderer can read, of dimensions it can
 * afford to decode, sharp enough at the width it is printed. Only the image's header is read
 * (ImageIO gives the pixel size without decoding a pixel), so a huge or hostile file is refused
 * here, before the renderer would decode it.
 *
 * <p>Photos are scaled to the width of their frame, so the effective resolution is the
 * pixel width over the printed width (for photos no wider in proportion than the frame,
 * which is every ordinary 4:3 or 3:2 photo).
 */
public final class PhotoCheck {
    /** The body size of templates/design.yaml: widths below are counted in it. */
    static final double BODY_PT = 10.5;
    /** A photo in a column: the widest column of the design (2-column layouts, 23 em). */
    public static final double COLUMN_PT = 23 * BODY_PT;
    /** A 通栏 photo: the whole text block (48 em). */
    public static final double WIDE_PT = 48 * BODY_PT;
    /** Catalogue keys of where a photo is printed, named in the resolution message. */
    public static final String COLUMN = "image.placement.column";
    public static final String WIDE = "image.placement.wide";
    public static final String COVER = "image.placement.cover";
    public static final int GOOD_PPI = 300;
    /** Below this at its printed size a photo is soft to a reader's eye (#21): a warning naming the width it prints well at. */
    public static final int WARN_PPI = 250;
    static final int MIN_PPI = 150;
    /** Far beyond any print size here (30,000 px is 2.5 m at 300 ppi), small enough to decode safely. */
    static final int MAX_SIDE = 30_000;
    static final long MAX_PIXELS = 200_000_000L;
    static final long MAX_BYTES = 100L * 1024 * 1024;
    /** What a cover photo may lose of its width or height to the frame's shape unsaid; a 4:3 photo loses a quarter. */
    static final double MAX_CROP = 0.10;

    private final Diagnostics out;

    public record Pixels(int width, int height) {
        /** Height over width, as the frame follows it. */
        public double proportion() {
            return height / (double) width;
        }
    }

    public PhotoCheck(Diagnostics out) {
        this.out = out;
    }

    /**
     * @param ref       the file name as the editor wrote it
     * @param widthPt   the width the photo is printed at, in points
     * @param placement how the editor knows that width: the catalogue key of "a column" or "通栏" ({@link #COLUMN}, {@link #WIDE})
     */
    /** @return the photo's pixels as it stands upright, or empty when it cannot be printed (then reported) */
    public Optional<Pixels> check(Path file, String ref, SourcePos pos, double widthPt, String placement) {
        Optional<Pixels> px = pixels(file, ref, pos);
        px.ifPresent(p -> resolution(p, ref, pos, widthPt, placement));
        return px;
    }

    /**
     * The cover photo, which covers its frame (scaled until both sides fill it, the rest cut off):
     * its resolution is that of the side that fills the frame, and a photo of another shape
     * loses a strip on two sides, which the editor should hear of before the proof shows it.
     */
    public void checkCover(Path file, String ref, SourcePos pos, double widthPt, double heightPt) {
        pixels(file, ref, pos).ifPresent(px -> {
            double ptPerPx = Math.max(widthPt / px.width(), heightPt / px.height());
            resolution(px, ref, pos, px.width() * ptPerPx, COVER);
            double keptAcross = widthPt / (px.width() * ptPerPx);
            double keptDown = heightPt / (px.height() * ptPerPx);
            double kept = Math.min(keptAcross, keptDown);
            if (kept < 1 - MAX_CROP) {
                out.report(Severity.WARNING, keptAcross < keptDown ? "cover-photo-cropped.sides" : "cover-photo-cropped.top-bottom",
                        pos, ref, String.valueOf(px.width()), String.valueOf(px.height()), mm(widthPt), mm(heightPt),
                        String.valueOf(Math.round((1 - kept) * 100)), String.valueOf(needed(widthPt, GOOD_PPI)),
                        String.valueOf(needed(heightPt, GOOD_PPI)));
            }
        });
    }

    private static String mm(double pt) {
        return String.format(Locale.ROOT, "%.0f", pt / Design.PT_PER_MM);
    }

    /** The pixel size from the header, or empty when the file is not a usable image (then reported). */
    Optional<Pixels> pixels(Path file, String ref, SourcePos pos) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                out.report(Severity.ERROR, "image-too-large", pos, ref, String.valueOf(Files.size(file) / 1048576),
                        String.valueOf(MAX_BYTES / 1048576));
                return Optional.empty();
            }
        } catch (IOException e) {
            return unreadable(ref, pos, e.getMessage());
        }
        PhotoHeader header;
        try {
            header = PhotoHeader.read(file);
        } catch (IOException e) {
            return unreadable(ref, pos, e.getMessage());
        }
        if (header.kind() == PhotoHeader.Kind.HEIF) {
            out.report(Severity.ERROR, "image-heif", pos, ref);
            return Optional.empty();
        }
        Orientation turn = header.orientation();
        Pixels px;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return unreadable(ref, pos, Phrase.of("image.not-an-image"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // as the photo stands: a phone's portrait photo is stored landscape with orientation 6
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                px = new Pixels(turn.uprightWidth(w, h), turn.uprightHeight(w, h));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return unreadable(ref, pos, e.getMessage());
        }
        if (px.width() <= 0 || px.height() <= 0 || px.width() > MAX_SIDE || px.height() > MAX_SIDE
                || (long) px.width() * px.height() > MAX_PIXELS) {
            out.report(Severity.ERROR, "image-dimensions", pos, ref, String.valueOf(px.width()), String.valueOf(px.height()),
                    String.valueOf(needed(WIDE_PT, GOOD_PPI)));
            return Optional.empty();
        }
        if (cutShort(file)) {
            out.report(Severity.ERROR, "image-cut-short", pos, ref);
            return Optional.empty();
        }
        return Optional.of(px);
    }

    /**
     * A file cut short in a copy or transfer keeps its header (the size above reads fine) and
     * loses its last rows, which ImageIO paints grey without an error. A whole JPEG ends with
     * its end marker and a whole PNG with its IEND chunk; only a file that does not is
     * decoded (sparsely: the reader still reads every byte) to know whether pixels are missing.
     */
    static boolean cutShort(Path file) {
        byte[] tail;
        byte[] head;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
            long n = f.length();
            head = new byte[(int) Math.min(8, n)];
            f.readFully(head);
            tail = new byte[(int) Math.min(64, n)];
            f.seek(n - tail.length);
            f.readFully(tail);
        } catch (IOException e) {
            return false; // reported as unreadable elsewhere
        }
        int end = tail.length;
        while (end > 0 && tail[end - 1] == 0) {
            end--; // some cameras pad after the end marker
        }
        boolean jpeg = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8;
        boolean png = head.length >= 4 && (head[1] & 0xFF) == 'P' && (head[2] & 0xFF) == 'N' && (head[3] & 0xFF) == 'G';
        if (jpeg && end >= 2 && (tail[end - 2] & 0xFF) == 0xFF && (tail[end - 1] & 0xFF) == 0xD9) {
            return false;
        }
        if (png && tail.length >= 8 && new String(tail, tail.length - 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IEND")) {
            return false;
        }
        return (jpeg || png) && decodeFails(file);
    }

    private static boolean decodeFails(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, true, true);
                boolean[] premature = {false};
                reader.addIIOReadWarningListener((source, w) -> premature[0] |= w.toLowerCase(Locale.ROOT).contains("premature end"));
                javax.imageio.ImageReadParam p = reader.getDefaultReadParam();
                p.setSourceSubsampling(8, 8, 0, 0);
                if (reader.getFormatName().equalsIgnoreCase("jpeg") && reader.getRawImageType(0) == null) {
                    reader.readRaster(0, p);
                } else {
                    reader.read(0, p);
                }
                return premature[0];
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return true; // the pixels end before the file says they do
        }
    }

    private void resolution(Pixels px, String ref, SourcePos pos, double widthPt, String placement) {
        double ppi = px.width() / (widthPt / 72);
        if (ppi >= WARN_PPI) {
            return;
        }
        Object[] args = {ref, String.valueOf(px.width()), String.valueOf(px.height()), String.valueOf((int) Math.floor(ppi)),
            Phrase.of(placement), String.format(Locale.ROOT, "%.0f", widthPt / Design.PT_PER_MM),
            String.valueOf(GOOD_PPI), String.valueOf(needed(widthPt, GOOD_PPI)), String.valueOf(MIN_PPI),
            String.valueOf((int) Math.floor(px.width() / (double) WARN_PPI * 25.4)), String.valueOf(WARN_PPI)};
        if (ppi < MIN_PPI) {
            out.report(Severity.ERROR, "image-resolution.blurred", pos, args);
        } else {
            out.report(Severity.WARNING, "image-resolution", pos, args);
        }
    }

    private Optional<Pixels> unreadable(String ref, SourcePos pos, Object why) {
        if (why == null) {
            out.report(Severity.ERROR, "image-unreadable", pos, ref);
        } else {
            out.report(Severity.ERROR, "image-unreadable.why", pos, ref, why);
        }
        return Optional.empty();
    }

    public static int needed(double widthPt, int ppi) {
        return (int) Math.ceil(widthPt / 72 * ppi);
    }
}
