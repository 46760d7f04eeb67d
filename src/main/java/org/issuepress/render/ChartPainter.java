package org.issuepress.render;

import com.lowagie.text.pdf.PdfContentByte;
import org.issuepress.compose.page.ChartFrame;

/** Draws a chart into its box. */
public class ChartPainter {
    private final Palette palette;

    public ChartPainter(Palette palette) {
        this.palette = palette;
    }

    public void paint(PdfContentByte cb, ChartFrame frame, double x, double top) {
        palette.stroke(cb, "rule");
        cb.setLineWidth(0.5f);
        cb.rectangle((float) x, (float) (top - frame.box().h()), (float) frame.box().w(), (float) frame.box().h());
        cb.stroke();
    }
}
