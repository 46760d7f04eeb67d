package org.issuepress.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.flow.Placement;
import org.issuepress.compose.flow.Slot;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.HeaderFrame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.LinkFrame;
import org.issuepress.compose.page.Mark;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.design.Layout;

/**
 * Turns a flowed page (grid lines in columns) into frames at page coordinates, once the
 * page's side is known (the text block sits towards the binding). Body text comes first in
 * column order, then the floats, so extracted text reads in column order without captions
 * breaking into a paragraph.
 */
final class PageFrames {
    private final Grid grid;

    PageFrames(Grid grid) {
        this.grid = grid;
    }

    /** The left edge of a layout's text: the block's, or centred in it for a narrower layout. */
    double left(Layout layout, boolean recto) {
        double measure = layout.measureEms(grid.design().measure()) * grid.design().em();
        return grid.blockLeft(recto) + (grid.blockWidth() - measure) / 2;
    }

    List<Frame> frames(FlowPage page, Layout layout, boolean recto) {
        double left = left(layout, recto);
        double top = grid.blockTop();
        double slot = grid.slot();
        double colW = grid.columnWidth(layout);
        List<Placement> text = new ArrayList<>();
        List<Placement> floats = new ArrayList<>();
        for (Placement p : page.placements()) {
            (p.isFloat() ? floats : text).add(p);
        }
        text.sort(Comparator.comparingInt(Placement::column).thenComparingInt(Placement::slot));
        floats.sort(Comparator.comparingInt((Placement p) -> p.column() < 0 ? -1 : p.column()).thenComparingInt(Placement::slot));
        List<Frame> frames = new ArrayList<>();
        for (List<Placement> run : contiguous(text)) {
            Placement first = run.get(0);
            double x = left + grid.columnX(layout, first.column());
            double y = top + first.slot() * slot;
            List<TextRow> rows = new ArrayList<>();
            List<Mark> marks = new ArrayList<>();
            List<Frame> links = new ArrayList<>();
            int i = 0;
            for (Placement p : run) {
                for (Slot s : p.slots()) {
                    double dy = i * slot;
                    s.rows().forEach(r -> rows.add(r.moved(0, dy)));
                    s.marks().forEach(m -> marks.add(m.moved(0, dy)));
                    if (s.link() != null) {
                        links.add(new LinkFrame(new Box(x, y + dy, colW, slot), s.link()));
                    }
                    i++;
                }
            }
            frames.add(new TextFrame(new Box(x, y, colW, i * slot), rows, marks, "body", null));
            frames.addAll(links);
        }
        for (Placement p : floats) {
            double x = left + (p.column() < 0 ? 0 : grid.columnX(layout, p.column()));
            double y = top + p.slot() * slot;
            for (Frame f : p.floated().frames()) {
                frames.add(moved(f, x, y));
            }
        }
        return frames;
    }

    /** Text placements that follow each other without a gap in the same column form one frame. */
    private static List<List<Placement>> contiguous(List<Placement> sorted) {
        List<List<Placement>> runs = new ArrayList<>();
        List<Placement> cur = null;
        for (Placement p : sorted) {
            if (cur != null) {
                Placement last = cur.get(cur.size() - 1);
                if (last.column() == p.column() && last.slot() + last.height() == p.slot()) {
                    cur.add(p);
                    continue;
                }
            }
            cur = new ArrayList<>();
            cur.add(p);
            runs.add(cur);
        }
        return runs;
    }

    static Frame moved(Frame f, double dx, double dy) {
        if (f instanceof TextFrame t) {
            return new TextFrame(t.box().moved(dx, dy), t.rows(), t.marks(), t.role(), t.placeholder());
        }
        if (f instanceof ChartFrame c) {
            return new ChartFrame(c.box().moved(dx, dy), c.chart(), c.key());
        }
        if (f instanceof ImageFrame im) {
            return new ImageFrame(im.box().moved(dx, dy), im.image(), im.key(), im.crop());
        }
        if (f instanceof LinkFrame l) {
            return new LinkFrame(l.box().moved(dx, dy), l.target());
        }
        HeaderFrame h = (HeaderFrame) f;
        return new HeaderFrame(h.box().moved(dx, dy), h.article(), h.sectionTitle(), h.partTitle(), h.titleLines(),
                h.subtitleLines());
    }
}
