package org.issuepress.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages' images, by the fingerprint of what is on the page: a page whose fingerprint did
 * not change is not drawn again. Images are of the trimmed page (the bleed is cut off), at a
 * resolution that shows the layout and reads headings on a screen.
 */
final class PageImages {
    static final float DPI = 60;
    private final Map<String, byte[]> png = new ConcurrentHashMap<>();

    boolean has(String key) {
        return png.containsKey(key);
    }

    /** The PNG for a fingerprint, or null. */
    byte[] get(String key) {
        return png.get(key);
    }

    /**
     * Draws every page of a rendered PDF; page {@code k} is stored under {@code keys.get(k)}.
     * {@code drawn} hears the count done after each page.
     */
    void draw(byte[] pdf, List<String> keys, double bleed, IntConsumer drawn) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int k = 0; k < keys.size(); k++) {
                PDPage page = doc.getPage(k);
                PDRectangle media = page.getMediaBox();
                page.setCropBox(new PDRectangle(media.getLowerLeftX() + (float) bleed, media.getLowerLeftY() + (float) bleed,
                        media.getWidth() - 2 * (float) bleed, media.getHeight() - 2 * (float) bleed));
                BufferedImage image = renderer.renderImageWithDPI(k, DPI, ImageType.RGB);
                png.put(keys.get(k), encode(image));
                drawn.accept(k + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the images of pages no longer in the issue, so editing all day does not fill the memory. */
    void keepOnly(Collection<String> keys) {
        png.keySet().retainAll(keys);
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
