package org.issuepress.render;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import java.util.List;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Glyph;
import org.issuepress.compose.text.Line;

/**
 * Draws composed lines as real text: one text object per line, glyphs placed exactly with
 * TJ offsets, in the same font objects Flying Saucer embeds (one subset per font). A line
 * whose spacing leaves visible gaps (the Chinese–Latin gap) carries its true text as
 * ActualText, so copying and searching give the characters without added spaces.
 * Consecutive lines of one key are one piece of tagged content; lines without a key are
 * artifacts (see {@link ContentTags}).
 */
final class TextPainter {
    /** Gaps wider than this (in ems) make extractors guess a space. */
    static final double GAP_FOR_ACTUAL_TEXT = 0.08;
    private static final PdfName SPAN = new PdfName("Span");

    private static final String ROLE = "Span";
    private final Palette palette;
    private final ContentTags tags;

    TextPainter(Palette palette, ContentTags tags) {
        this.palette = palette;
        this.tags = tags;
    }

    /** @param x0 PDF x of the frame's left edge; @param yTop PDF y of the frame's top */
    void paint(PdfContentByte cb, List<TextRow> rows, double x0, double yTop) {
        // inside a figure (a placeholder) the lines are the figure's, not tagged on their own
        boolean own = !tags.isTagged();
        String open = null;
        for (TextRow row : rows) {
            if (own && !java.util.Objects.equals(open, row.key())) {
                if (open != null) {
                    tags.end();
                }
                open = row.key();
                if (open != null) {
                    tags.begin(ROLE, open);
                }
            }
            paintLine(cb, row.line(), x0 + row.x(), yTop - row.baseline());
        }
        if (open != null) {
            tags.end();
        }
    }

    private void paintLine(PdfContentByte cb, Line line, double x, double baseline) {
        List<Glyph> glyphs = line.glyphs();
        if (glyphs.isEmpty()) {
            return;
        }
        boolean actual = line.hasGapOver(GAP_FOR_ACTUAL_TEXT);
        if (actual) {
            PdfDictionary props = new PdfDictionary();
            props.put(PdfName.ACTUALTEXT, new PdfString(line.text(), PdfObject.TEXT_UNICODE));
            cb.beginMarkedContentSequence(SPAN, props, true);
        }
        cb.beginText();
        int start = 0;
        while (start < glyphs.size()) {
            int end = start + 1;
            while (end < glyphs.size() && sameRun(glyphs.get(start), glyphs.get(end))) {
                end++;
            }
            run(cb, glyphs.subList(start, end), x, baseline);
            start = end;
        }
        cb.endText();
        if (actual) {
            cb.endMarkedContentSequence();
        }
    }

    private static boolean sameRun(Glyph a, Glyph b) {
        return a.face() == b.face() && a.size() == b.size() && a.colour().equals(b.colour()) && a.hscale() == b.hscale();
    }

    private void run(PdfContentByte cb, List<Glyph> run, double x, double baseline) {
        Glyph first = run.get(0);
        palette.fill(cb, first.colour());
        cb.setFontAndSize(first.face().baseFont(), (float) first.size());
        cb.setHorizontalScaling((float) (first.hscale() * 100));
        cb.setTextMatrix((float) (x + first.x()), (float) baseline);
        PdfTextArray tj = new PdfTextArray();
        double perUnit = first.size() * first.hscale() / 1000;
        for (int i = 0; i < run.size(); i++) {
            Glyph g = run.get(i);
            tj.add(g.text());
            if (i + 1 < run.size()) {
                double pen = g.x() + g.face().advance(g.text().codePointAt(0)) * perUnit;
                double adjust = (pen - run.get(i + 1).x()) / perUnit;
                if (Math.abs(adjust) > 0.01) {
                    tj.add((float) adjust);
                }
            }
        }
        cb.showText(tj);
        if (first.hscale() != 1) {
            cb.setHorizontalScaling(100);
        }
    }
}
