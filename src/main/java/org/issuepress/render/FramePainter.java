package org.issuepress.render;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.nio.file.Path;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.diag.SourcePos;

/**
 * Paints a frame into the page's content at its composed position. Placeholders are wrapped
 * in a marked-content sequence naming what is missing and where it comes from, so preflight
 * can find every one in the finished PDF; charts likewise, with their title and data file.
 * Photos, charts and placeholders are each one figure of the e-edition's tags, text is tagged
 * line by line with its rows' keys, the rest (rules, boxes, bullets) is an artifact.
 * Sources are named inside the issue folder: the PDF must not depend on where the issue is kept.
 */
public final class FramePainter {
    public static final PdfName PLACEHOLDER = new PdfName("IssuePressPlaceholder");
    /** Marks a chart's drawing, so preflight and tests can tell it from the page around it. */
    public static final PdfName CHART = new PdfName("IssuePressChart");
    private final PageMetrics metrics;
    private final TextPainter text;
    private final MarkPainter marks;
    private final ChartPainter charts;
    private final ColourMode mode;
    private final ContentTags tags;
    private final Path folder;

    FramePainter(PageMetrics metrics, Palette palette, ChartPainter charts, ContentTags tags, Path folder) {
        this.metrics = metrics;
        this.folder = folder;
        this.tags = tags;
        this.text = new TextPainter(palette, tags);
        this.marks = new MarkPainter(palette);
        this.charts = charts;
        this.mode = palette.mode();
    }

    private static final String FIGURE = "Figure";

    private void figure(String key) {
        if (key != null) {
            tags.begin(FIGURE, key);
        }
    }

    private void endFigure(String key) {
        if (key != null) {
            tags.end();
        }
    }

    private PdfString source(SourcePos pos) {
        return new PdfString(pos.inIssue(folder).toString(), PdfObject.TEXT_UNICODE);
    }

    public void paint(PdfContentByte cb, Frame frame) {
        double x = metrics.x(frame.box().x());
        double top = metrics.y(frame.box().y());
        cb.saveState();
        if (frame instanceof TextFrame t) {
            boolean placeholder = t.placeholder() != null;
            if (placeholder) {
                PdfDictionary props = new PdfDictionary();
                props.put(new PdfName("What"), new PdfString(t.placeholder().what()));
                props.put(new PdfName("Caption"), new PdfString(t.placeholder().caption() == null ? "" : t.placeholder().caption(),
                        PdfObject.TEXT_UNICODE));
                props.put(new PdfName("Source"), source(t.placeholder().pos()));
                tags.begin(FIGURE, StructKeys.of(t.placeholder().pos()));
                cb.beginMarkedContentSequence(PLACEHOLDER, props, true);
            }
            marks.paint(cb, t.marks(), x, top);
            text.paint(cb, t.rows(), x, top);
            if (placeholder) {
                cb.endMarkedContentSequence();
                tags.end();
            }
        } else if (frame instanceof ChartFrame c) {
            PdfDictionary props = new PdfDictionary();
            props.put(new PdfName("Title"), new PdfString(c.chart().title(), PdfObject.TEXT_UNICODE));
            props.put(new PdfName("Source"), source(c.chart().pos()));
            figure(c.key());
            cb.beginMarkedContentSequence(CHART, props, true);
            charts.paint(cb, c, x, top);
            cb.endMarkedContentSequence();
            endFigure(c.key());
        } else if (frame instanceof ImageFrame im) {
            figure(im.key());
            ImagePainter.paint(cb, im, x, top, mode);
            endFigure(im.key());
        }
        cb.restoreState();
    }
}
