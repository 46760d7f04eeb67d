package org.issuepress.render;

import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import java.awt.Composite;

/**
 * OpenPDF's Graphics2D with text kept as text (not outlines) and colours kept as given.
 * PdfGraphics2D rebuilds every colour as a plain RGB {@link java.awt.Color} once an
 * AlphaComposite is set — and JFreeChart sets one around every plot — which would turn the
 * print edition's CMYK colours into RGB. Our charts use no transparency (print allows none),
 * so composites are remembered for {@link #getComposite()} but never passed on.
 */
final class ChartGraphics extends PdfGraphics2D {
    private Composite composite;

    ChartGraphics(PdfContentByte cb, float width, float height, FontMapper fonts) {
        super(cb, width, height, fonts, false, false, 0);
    }

    private ChartGraphics(ChartGraphics parent) {
        super(parent);
        this.composite = parent.composite;
    }

    @Override
    protected PdfGraphics2D createChild() {
        return new ChartGraphics(this);
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }
}
