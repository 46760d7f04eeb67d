package org.issuepress.finish;

import java.io.IOException;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays back cover, spine and front cover side by side on one sheet, each cut to its part:
 * the back cover keeps its outer bleed, the spine its top and bottom bleed, the front cover
 * its outer bleed. The trim is the whole wrap: twice the page plus the spine.
 */
final class CoverSpread {
    private final PDDocument doc;
    private final PDDocument source;
    private final float bleed;

    CoverSpread(PDDocument doc, PDDocument source, float bleed) {
        this.doc = doc;
        this.source = source;
        this.bleed = bleed;
    }

    /** @param spine the spine's page, or -1 for a saddle-stitched issue: the covers meet at the fold */
    void build(int back, int spine, int front) throws IOException {
        PDRectangle page = source.getPage(front).getMediaBox();
        float trimW = page.getWidth() - 2 * bleed;
        float spineW = spine < 0 ? 0 : source.getPage(spine).getMediaBox().getWidth() - 2 * bleed;
        float height = page.getHeight();
        float width = 2 * trimW + spineW + 2 * bleed;
        PDPage sheet = new PDPage(new PDRectangle(width, height));
        doc.addPage(sheet);
        LayerUtility layers = new LayerUtility(doc);
        try (PDPageContentStream cs = new PDPageContentStream(doc, sheet)) {
            // back cover: from the left bleed to the spine
            place(cs, layers.importPageAsForm(source, back), 0, 0, bleed + trimW);
            // spine: its page's trim sits between the covers
            if (spine >= 0) {
                place(cs, layers.importPageAsForm(source, spine), bleed + trimW - bleed, bleed + trimW, spineW);
            }
            // front cover: from the spine to the right bleed; its left bleed is cut off
            place(cs, layers.importPageAsForm(source, front), bleed + trimW + spineW - bleed, bleed + trimW + spineW,
                    trimW + bleed);
        }
        PDRectangle trim = new PDRectangle(bleed, bleed, width - 2 * bleed, height - 2 * bleed);
        sheet.setTrimBox(trim);
        sheet.setBleedBox(sheet.getMediaBox());
    }

    /**
     * Draws a page at {@code at} (its own left edge), showing only the strip from {@code clipX}
     * of width {@code clipW}.
     */
    private void place(PDPageContentStream cs, PDFormXObject form, float at, float clipX, float clipW) throws IOException {
        cs.saveGraphicsState();
        cs.addRect(clipX, 0, clipW, form.getBBox().getHeight());
        cs.clip();
        cs.transform(Matrix.getTranslateInstance(at, 0));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }
}
