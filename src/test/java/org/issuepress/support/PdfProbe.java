package org.issuepress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a finished PDF the way a checker would: glyphs with positions and fonts, links, labels. */
public final class PdfProbe {
    private PdfProbe() {
    }

    /**
     * A drawn character: x and y of its origin in PDF points from the page's top-left (y down,
     * as PDFBox reports), its advance width, font name and size as drawn (points).
     */
    public record Char(String text, float x, float y, float width, String font, float size) {
        public float end() {
            return x + width;
        }
    }

    /** Every character of a page (0-based index) in content order. */
    public static List<Char> chars(PDDocument doc, int pageIndex) {
        List<Char> out = new ArrayList<>();
        try {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    out.add(new Char(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                            t.getFont().getName(), t.getYScale()));
                }
            };
            s.setStartPage(pageIndex + 1);
            s.setEndPage(pageIndex + 1);
            s.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public record Link(float x0, float y0, float x1, float y1, int targetPage) {
        /**
         * Whether a point given as {@link Char} gives it (from the crop box's top-left, y down)
         * lies in the link's rectangle (PDF user space).
         */
        public boolean contains(float x, float yTop, org.apache.pdfbox.pdmodel.common.PDRectangle crop) {
            float ux = crop.getLowerLeftX() + x;
            float uy = crop.getUpperRightY() - yTop;
            return ux >= x0 && ux <= x1 && uy >= y0 && uy <= y1;
        }
    }

    public static List<Link> links(PDDocument doc, int pageIndex) {
        List<Link> out = new ArrayList<>();
        try {
            PDPage page = doc.getPage(pageIndex);
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo go
                        && go.getDestination() instanceof PDPageDestination d) {
                    var r = l.getRectangle();
                    out.add(new Link(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY(),
                            doc.getPages().indexOf(d.getPage())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The page labels readers see (the printed folios), by page index. */
    public static String[] labels(PDDocument doc) {
        try {
            PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
            return labels == null ? new String[0] : labels.getLabelsByPageIndices();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
