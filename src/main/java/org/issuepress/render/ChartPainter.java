package org.issuepress.render;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.geom.Rectangle2D;
import org.issuepress.chart.ChartBuilder;
import org.issuepress.chart.ChartStyle;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.design.Design;
import org.issuepress.fonts.AwtFonts;
import org.issuepress.fonts.FontSet;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into its box as vector graphics: JFreeChart paints into a PdfTemplate through
 * {@link ChartGraphics}, so bars and lines are PDF paths and labels are text in the issue's own
 * embedded fonts (searchable, copyable, sharp at any size), in the palette's colour mode.
 */
public class ChartPainter {
    private final ChartBuilder charts;
    private final AwtFonts fonts;

    public ChartPainter(Palette palette, Design design, FontSet fontSet) {
        this.fonts = new AwtFonts(fontSet, design.style(design.chart().text()).font());
        this.charts = new ChartBuilder(ChartStyle.of(design, palette::awt, fonts::font));
    }

    /** @param x PDF x of the box's left edge; @param top PDF y of its top */
    public void paint(PdfContentByte cb, ChartFrame frame, double x, double top) {
        float w = (float) frame.box().w();
        float h = (float) frame.box().h();
        JFreeChart chart = charts.build(frame.chart(), w, h);
        PdfTemplate template = cb.createTemplate(w, h);
        ChartGraphics g = new ChartGraphics(template, w, h, fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        cb.addTemplate(template, (float) x, (float) (top - h));
    }
}
