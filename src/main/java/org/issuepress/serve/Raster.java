package org.issuepress.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Draws rendered pages as PNG images of the trimmed page (the bleed cut off), with PDFBox. */
final class Raster {
    private Raster() {
    }

    /** Hears each page's image as it is drawn. */
    interface Sink {
        void page(int index, byte[] png);
    }

    /** Draws every page of {@code pdf} at {@code dpi}; {@code bleed} in points on every side. */
    static void pages(byte[] pdf, double bleed, float dpi, Sink sink) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int k = 0; k < doc.getNumberOfPages(); k++) {
                PDPage page = doc.getPage(k);
                PDRectangle media = page.getMediaBox();
                float b = (float) bleed;
                page.setCropBox(new PDRectangle(media.getLowerLeftX() + b, media.getLowerLeftY() + b,
                        media.getWidth() - 2 * b, media.getHeight() - 2 * b));
                sink.page(k, png(renderer.renderImageWithDPI(k, dpi, ImageType.RGB)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
