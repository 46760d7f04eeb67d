package org.issuepress.reflow;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The book's cover picture: the e-edition's first page (the front cover as printed, in RGB)
 * drawn {@value #WIDTH} pixels wide — enough for a library's shelf and a phone's screen,
 * small enough to keep the book light.
 */
final class CoverImage {
    static final int WIDTH = 800;

    private CoverImage() {
    }

    static byte[] of(byte[] webEdition) {
        try (PDDocument doc = Loader.loadPDF(webEdition)) {
            float width = doc.getPage(0).getCropBox().getWidth();
            BufferedImage image = new PDFRenderer(doc).renderImage(0, WIDTH / width, ImageType.RGB);
            return jpeg(image, 0.85f);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the e-edition was made in this process: does not happen
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream s = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(s);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(image, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }
}
