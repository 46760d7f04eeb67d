package org.issuepress.render;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import org.issuepress.compose.page.ImageFrame;

/**
 * Places a photo so it covers its box (cropped by a clip where its crop says, never distorted): in CMYK for the
 * master the print editions are made from, in RGB at screen resolution for the preview.
 */
final class ImagePainter {
    private ImagePainter() {
    }

    static void paint(PdfContentByte cb, ImageFrame frame, double x, double top, ColourMode mode) {
        try {
            Image img = Image.getInstance(mode == ColourMode.CMYK ? Photos.forPrint(frame.image(), frame.box())
                    : Photos.forScreen(frame.image(), frame.box()));
            double w = frame.box().w();
            double h = frame.box().h();
            double scale = Math.max(w / img.getWidth(), h / img.getHeight());
            double iw = img.getWidth() * scale;
            double ih = img.getHeight() * scale;
            cb.rectangle((float) x, (float) (top - h), (float) w, (float) h);
            cb.clip();
            cb.newPath();
            // what the frame cannot hold is cut where the [图] line says: the photo's top kept, its middle, …
            double left = x + (w - iw) * frame.crop().across();
            double bottom = top - h + (h - ih) * (1 - frame.crop().down());
            cb.addImage(img, (float) iw, 0, 0, (float) ih, (float) left, (float) bottom);
        } catch (Exception e) {
            throw new IllegalStateException("cannot place image " + frame.image() + ": " + e.getMessage(), e);
        }
    }
}
