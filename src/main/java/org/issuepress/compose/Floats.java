package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.compose.flow.FloatBlock;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.Mark;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Line;
import org.issuepress.design.TextStyle;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.PullQuote;

/**
 * Composes the blocks that are placed whole — photos, chart, pull quotes — into floats of
 * whole grid lines, with their captions.
 */
final class Floats {
    /** Space above a float's content, matching the top of text on the first grid line. */
    static final double TOP = 3.5;
    /** Space between a float's content and text below it. */
    static final double BOTTOM = 9;
    static final String PHOTO_LABEL = "图片待补";
    static final String CHART_LABEL = "图表待补";

    private final TextComposer text;
    private final Grid grid;
    private final double em;

    Floats(TextComposer text, Grid grid) {
        this.text = text;
        this.grid = grid;
        this.em = grid.design().em();
    }

    /** @param scale how much taller than the design's proportion, when fitting grows the photo to fill a page */
    FloatBlock figure(Figure f, double width, boolean pageWide, double scale) {
        // the photo's own proportion within the design's limits (a placeholder's as designed, grown by fitting)
        double imageH = Math.round(width * grid.design().photos().proportion(f.proportion(), pageWide) * scale);
        Box image = new Box(0, TOP, width, imageH);
        List<Frame> frames = new ArrayList<>();
        if (f.isPlaceholder()) {
            frames.add(placeholder(image, PHOTO_LABEL, "photo", f.caption(), f.pos()));
        } else {
            frames.add(new ImageFrame(image, f.image(), StructKeys.of(f.pos()), f.crop()));
        }
        double y = caption(f.caption(), width, TOP + imageH + 5, f.pos(), frames);
        return new FloatBlock(slots(y + BOTTOM), pageWide, frames, f.pos());
    }

    /**
     * Two photos the copy puts in a row (改造前, 改造后: one [图] line after the other) side by
     * side in one float, in the copy's order left to right, each with its caption under it:
     * one frame height for both (the first photo's proportion within the design's limits; the
     * second is cropped to it where its 裁= says), so the pair reads as one picture.
     */
    FloatBlock pair(Figure left, Figure right, double width) {
        double gap = em;
        double w = (width - gap) / 2;
        double imageH = Math.round(w * grid.design().photos().proportion(left.proportion() > 0 ? left.proportion() : right.proportion(), false));
        List<Frame> frames = new ArrayList<>();
        double bottom = TOP + imageH;
        Figure[] both = {left, right};
        for (int i = 0; i < 2; i++) {
            Figure f = both[i];
            List<Frame> own = new ArrayList<>();
            Box image = new Box(0, TOP, w, imageH);
            if (f.isPlaceholder()) {
                own.add(placeholder(image, PHOTO_LABEL, "photo", f.caption(), f.pos()));
            } else {
                own.add(new ImageFrame(image, f.image(), StructKeys.of(f.pos()), f.crop()));
            }
            bottom = Math.max(bottom, caption(f.caption(), w, TOP + imageH + 5, f.pos(), own));
            double dx = i * (w + gap);
            own.forEach(fr -> frames.add(PageFrames.moved(fr, dx, 0)));
        }
        return new FloatBlock(slots(bottom + BOTTOM), false, frames, left.pos());
    }

    /** @param scale how much taller the plot is than the design's proportion (fitting) */
    FloatBlock chart(ChartBlock c, double width, boolean pageWide, double scale) {
        double h = Math.round(width * (pageWide ? 0.42 : 0.72) * scale);
        List<Frame> frames = new ArrayList<>();
        String title = c.title();
        if (c.isPlaceholder()) {
            frames.add(placeholder(new Box(0, TOP, width, h), CHART_LABEL, "chart", title, c.pos()));
        } else {
            checkGlyphs(c);
            h += footHeight(c, width);
            frames.add(new ChartFrame(new Box(0, TOP, width, h), c.chart(), StructKeys.of(c.pos())));
        }
        double y = caption(title, width, TOP + h + 5, c.pos(), frames);
        return new FloatBlock(slots(y + BOTTOM), pageWide, frames, c.pos());
    }

    /** The source and note lines under the plot take their room on top of the plot's. */
    private double footHeight(ChartBlock c, double width) {
        TextStyle s = text.style(grid.design().chart().note());
        double h = 0;
        for (String foot : new String[] {c.chart().source(), c.chart().note()}) {
            if (foot != null && !foot.isBlank()) {
                h += 2 + Math.ceil(text.naturalWidth(foot.strip(), grid.design().chart().note()) / width) * s.leadingOr(s.size() * 1.4);
            }
        }
        return h;
    }

    /** A chart's labels are drawn by JFreeChart, past the composer: check their characters here. */
    private void checkGlyphs(ChartBlock c) {
        for (String label : c.chart().texts()) {
            for (String line : label.split("\\n")) {
                if (!line.isBlank()) {
                    text.glyphs().check(text.set(line.strip(), grid.design().chart().text(), 1e6), c.pos());
                }
            }
        }
    }

    /** A pull quote: lines as the editor broke them, centred between two accent rules. */
    FloatBlock quote(PullQuote q, double width) {
        TextStyle s = text.style("quote");
        double measure = width - 2 * em;
        double pad = 8;
        List<TextRow> rows = new ArrayList<>();
        double baseline = TOP + pad + grid.baseline(s, s.leading());
        for (String l : q.lines()) {
            List<Line> lines = text.displayCentred(l, "quote", measure);
            text.glyphs().check(lines, q.pos());
            for (Line line : lines) {
                rows.add(new TextRow(line, em, baseline, StructKeys.of(q.pos())));
                baseline += s.leading();
            }
        }
        double bottom = baseline - s.leading() + (s.leading() - grid.baseline(s, s.leading())) + pad;
        List<Mark> marks = List.of(
                new Mark.Rule(0, TOP, width, TOP, 1.2, s.colour()),
                new Mark.Rule(0, bottom, width, bottom, 0.6, s.colour()));
        TextFrame frame = new TextFrame(new Box(0, 0, width, bottom + 1), rows, marks, "quote", null);
        return new FloatBlock(slots(bottom + BOTTOM), false, List.of(frame), q.pos());
    }

    /** A marked box standing in for a photo or chart we have no file or data for. */
    TextFrame placeholder(Box box, String label, String what, String caption, SourcePos pos) {
        List<Line> lines = text.centred(label, "placeholder", box.w());
        TextStyle s = text.style("placeholder");
        double baseline = box.h() / 2 + s.size() * 0.35;
        List<TextRow> rows = lines.stream().map(l -> new TextRow(l, 0, baseline)).toList();
        List<Mark> marks = List.of(
                new Mark.Rect(0, 0, box.w(), box.h(), "tint", "placeholder", 0.5),
                new Mark.Rule(0, 0, box.w(), box.h(), 0.3, "rule"),
                new Mark.Rule(0, box.h(), box.w(), 0, 0.3, "rule"));
        return new TextFrame(box, rows, marks, "placeholder", new TextFrame.Placeholder(what, caption, pos));
    }

    /** Caption lines under a photo or chart, a small accent square before the first (the printed □). */
    private double caption(String caption, double width, double y, SourcePos pos, List<Frame> frames) {
        if (caption == null || caption.isBlank()) {
            return y;
        }
        TextStyle s = text.style("caption");
        double indent = s.size() * 1.1;
        List<Line> lines = text.display(caption, "caption", width - indent);
        text.glyphs().check(lines, pos);
        List<TextRow> rows = new ArrayList<>();
        double baseline = grid.baseline(s, s.leading());
        for (Line l : lines) {
            rows.add(new TextRow(l, indent, baseline, StructKeys.of(pos) + StructKeys.CAPTION));
            baseline += s.leading();
        }
        double h = lines.size() * s.leading();
        double sq = s.size() * 0.62;
        double top = grid.baseline(s, s.leading()) - s.size() * 0.72;
        List<Mark> marks = List.of(new Mark.Rect(0, top, sq, sq, null, "accent", 0.7));
        frames.add(new TextFrame(new Box(0, y, width, h), rows, marks, "caption", null));
        return y + h;
    }

    int slots(double height) {
        return (int) Math.ceil(height / grid.slot() - 1e-6);
    }
}
