package org.issuepress.support;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.issuepress.compose.Grid;
import org.issuepress.compose.page.Page;

/**
 * How much of the text block a rendered page uses, as a reader sees it: the page is rendered
 * at low resolution and, in each half of the text block (left and right), the lowest row with
 * ink is found; the page's fill is the mean of the two halves' depths, as a share of the block.
 */
public final class PageInk {
    /** 36 dpi: one pixel is 2 pt, enough to tell a grid line (18 pt) from the next. */
    private static final float DPI = 36;
    /** Gray below this is ink (paper is 255; the lightest tint the design uses is about 237). */
    private static final int INK = 245;

    private PageInk() {
    }

    /** The fill of each page of {@code doc} (the pages given alongside, in order), 0..1. */
    public static List<Double> fill(PDDocument doc, List<Page> pages, Grid grid) {
        if (doc.getNumberOfPages() != pages.size()) {
            throw new IllegalArgumentException(doc.getNumberOfPages() + " PDF pages for " + pages.size() + " composed pages");
        }
        PDFRenderer renderer = new PDFRenderer(doc);
        List<Double> out = new ArrayList<>();
        try {
            for (int i = 0; i < pages.size(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                out.add(fill(img, pages.get(i).recto(), grid));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static double fill(BufferedImage img, boolean recto, Grid grid) {
        double px = DPI / 72.0;
        int top = (int) Math.round(grid.blockTop() * px);
        int bottom = (int) Math.round((grid.blockTop() + grid.blockHeight()) * px);
        int left = (int) Math.round(grid.blockLeft(recto) * px);
        int width = (int) Math.round(grid.blockWidth() * px);
        double sum = 0;
        for (int half = 0; half < 2; half++) {
            int x0 = left + half * width / 2;
            int lowest = lowestInk(img.getRaster(), x0, x0 + width / 2, top, Math.min(bottom, img.getHeight() - 1));
            sum += lowest < 0 ? 0 : Math.min(1, (lowest + 1 - top) / (double) (bottom - top));
        }
        return sum / 2;
    }

    private static int lowestInk(Raster r, int x0, int x1, int top, int bottom) {
        for (int y = bottom; y >= top; y--) {
            for (int x = Math.max(0, x0); x < Math.min(x1, r.getWidth()); x++) {
                if (r.getSample(x, y, 0) < INK) {
                    return y;
                }
            }
        }
        return -1;
    }
}
