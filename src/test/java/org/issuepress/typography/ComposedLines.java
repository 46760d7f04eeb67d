package org.issuepress.typography;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;

/**
 * The body lines of the sample issue's article pages, each with the characters the
 * electronic edition really has at its place (its crop box is the trim, so PDF positions
 * and composed positions share one origin).
 */
final class ComposedLines {
    /** A composed body line and what the PDF shows there. */
    record Placed(int page, TextFrame frame, TextRow row, List<PdfProbe.Char> chars) {
        double right() {
            return frame.box().x() + frame.box().w();
        }

        double left() {
            return frame.box().x() + row.x();
        }

        double baseline() {
            return frame.box().y() + row.baseline();
        }
    }

    private static List<Placed> all;

    private ComposedLines() {
    }

    static synchronized List<Placed> body() {
        if (all != null) {
            return all;
        }
        List<Placed> out = new ArrayList<>();
        List<Page> pages = SampleIssue.built().composed().pages();
        try (PDDocument doc = SampleIssue.open()) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Page p = pages.get(i);
                if (p.kind() != PageKind.ARTICLE && p.kind() != PageKind.FOREWORD) {
                    continue;
                }
                List<PdfProbe.Char> chars = PdfProbe.chars(doc, i);
                for (Frame f : p.frames()) {
                    if (f instanceof TextFrame t && t.role().equals("body")) {
                        for (TextRow r : t.rows()) {
                            out.add(new Placed(i, t, r, on(chars, t, r)));
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        all = out;
        return out;
    }

    private static List<PdfProbe.Char> on(List<PdfProbe.Char> chars, TextFrame t, TextRow r) {
        double y = t.box().y() + r.baseline();
        double x0 = t.box().x() + r.x() - 1;
        double x1 = t.box().x() + t.box().w() + 12;
        List<PdfProbe.Char> line = new ArrayList<>();
        for (PdfProbe.Char c : chars) {
            if (Math.abs(c.y() - y) < 0.6 && c.x() >= x0 && c.x() <= x1) {
                line.add(c);
            }
        }
        return line;
    }
}
