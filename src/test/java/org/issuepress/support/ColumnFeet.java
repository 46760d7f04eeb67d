package org.issuepress.support;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.Grid;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.design.Layout;
import org.issuepress.model.Article;

/**
 * Where each text column of an article page ends, as a reader sees it: the page is rendered
 * and, in each column of the layout of the article at the page's foot, the lowest row with
 * ink is found (text, rules, photo frames alike), in grid lines from the top of the text block.
 * A page either goes on with its last article on the next page (every column should reach the
 * foot) or ends it there (its columns should be balanced).
 */
public final class ColumnFeet {
    /** 72 dpi: one pixel is a point, a quarter of a grid line's 18 pt is told apart. */
    private static final float DPI = 72;
    private static final int INK = 245;

    /** One article page's column feet, in grid lines (a column without ink: 0). */
    public record Feet(Page page, boolean continues, double[] depth) {
        public double deepest() {
            double m = 0;
            for (double d : depth) {
                m = Math.max(m, d);
            }
            return m;
        }

        public double shallowest() {
            double m = Double.MAX_VALUE;
            for (double d : depth) {
                m = Math.min(m, d);
            }
            return m;
        }

        /** The shortest column's lines above the deepest one. */
        public double spread() {
            return deepest() - shallowest();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("f" + page.folio() + (continues ? " (goes on)" : " (ends)") + ":");
            for (double d : depth) {
                s.append(String.format(Locale.ROOT, " %.1f", d));
            }
            return s.toString();
        }
    }

    private ColumnFeet() {
    }

    /** The feet of every article page of the e-edition {@code doc}, whose pages are {@code shown} in order. */
    public static List<Feet> of(PDDocument doc, List<Page> shown, ComposedIssue issue) {
        Grid grid = issue.grid();
        PDFRenderer renderer = new PDFRenderer(doc);
        List<Feet> out = new ArrayList<>();
        try {
            for (int i = 0; i < shown.size(); i++) {
                Page p = shown.get(i);
                if (p.kind() != PageKind.ARTICLE) {
                    continue;
                }
                String last = p.articleIds().get(p.articleIds().size() - 1);
                boolean continues = i + 1 < shown.size() && shown.get(i + 1).kind() == PageKind.ARTICLE
                        && last.equals(shown.get(i + 1).articleId());
                Layout layout = layout(issue, last);
                BufferedImage img = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                out.add(new Feet(p, continues, depths(img, p.recto(), grid, layout)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Layout layout(ComposedIssue issue, String articleId) {
        Article a = issue.issue().articles().filter(x -> x.id().equals(articleId)).findFirst().orElseThrow();
        return issue.grid().design().layout(a.kind().key());
    }

    private static double[] depths(BufferedImage img, boolean recto, Grid grid, Layout layout) {
        double px = DPI / 72.0;
        double measure = layout.measureEms(grid.design().measure()) * grid.design().em();
        double left = grid.blockLeft(recto) + (grid.blockWidth() - measure) / 2;
        int top = (int) Math.round(grid.blockTop() * px);
        int bottom = (int) Math.round((grid.blockTop() + grid.blockHeight()) * px);
        double[] d = new double[layout.columns()];
        for (int c = 0; c < d.length; c++) {
            int x0 = (int) Math.round((left + grid.columnX(layout, c)) * px);
            int x1 = (int) Math.round((left + grid.columnX(layout, c) + grid.columnWidth(layout)) * px);
            int lowest = lowestInk(img.getRaster(), x0, x1, top, Math.min(bottom, img.getHeight() - 1));
            d[c] = lowest < 0 ? 0 : (lowest + 1 - top) / (grid.slot() * px);
        }
        return d;
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
