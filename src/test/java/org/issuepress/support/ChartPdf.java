package org.issuepress.support;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.model.Chart;
import org.issuepress.render.ChartPainter;
import org.issuepress.render.ColourMode;
import org.issuepress.render.Palette;

/** One chart drawn alone on a page of its own, through the same painter the issue uses. */
public final class ChartPdf {
    public static final float MARGIN = 20;

    private ChartPdf() {
    }

    public static byte[] render(Chart chart, double width, double height, ColourMode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle((float) width + 2 * MARGIN, (float) height + 2 * MARGIN));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        ChartPainter painter = new ChartPainter(new Palette(TestFonts.design(), mode), TestFonts.design(), TestFonts.fonts());
        painter.paint(writer.getDirectContent(), new ChartFrame(new Box(0, 0, width, height), chart), MARGIN,
                height + MARGIN);
        doc.close();
        return out.toByteArray();
    }
}
