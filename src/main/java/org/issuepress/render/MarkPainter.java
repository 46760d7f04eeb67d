package org.issuepress.render;

import com.lowagie.text.pdf.PdfContentByte;
import java.util.List;
import org.issuepress.compose.page.Mark;

/** Draws rules, boxes and dots of a frame in design colours. */
final class MarkPainter {
    private final Palette palette;

    MarkPainter(Palette palette) {
        this.palette = palette;
    }

    void paint(PdfContentByte cb, List<Mark> marks, double x0, double yTop) {
        for (Mark m : marks) {
            if (m instanceof Mark.Rect r) {
                rect(cb, r, x0, yTop);
            } else if (m instanceof Mark.Rule r) {
                palette.stroke(cb, r.colour());
                cb.setLineWidth((float) r.width());
                cb.moveTo((float) (x0 + r.x1()), (float) (yTop - r.y1()));
                cb.lineTo((float) (x0 + r.x2()), (float) (yTop - r.y2()));
                cb.stroke();
            } else if (m instanceof Mark.Dot d) {
                palette.fill(cb, d.colour());
                cb.circle((float) (x0 + d.cx()), (float) (yTop - d.cy()), (float) d.r());
                cb.fill();
            }
        }
    }

    private void rect(PdfContentByte cb, Mark.Rect r, double x0, double yTop) {
        float x = (float) (x0 + r.x());
        float y = (float) (yTop - r.y() - r.h());
        if (r.fill() != null) {
            palette.fill(cb, r.fill());
            cb.rectangle(x, y, (float) r.w(), (float) r.h());
            cb.fill();
        }
        if (r.stroke() != null && r.strokeWidth() > 0) {
            palette.stroke(cb, r.stroke());
            cb.setLineWidth((float) r.strokeWidth());
            cb.rectangle(x, y, (float) r.w(), (float) r.h());
            cb.stroke();
        }
    }
}
