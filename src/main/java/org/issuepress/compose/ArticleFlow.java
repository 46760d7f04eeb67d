package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.compose.flow.ColumnFlow;
import org.issuepress.compose.flow.FlowBlock;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.flow.TextBlock;
import org.issuepress.design.Layout;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Heading;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;
import org.issuepress.model.PullQuote;
import org.issuepress.model.TableBlock;

/** Composes an article's body blocks and flows them through its layout's columns. */
final class ArticleFlow {
    private final Grid grid;
    private final TextBlocks text;
    private final Floats floats;
    private final Tables tables;

    ArticleFlow(TextComposer composer, Grid grid) {
        this.grid = grid;
        this.text = new TextBlocks(composer, grid);
        this.floats = new Floats(composer, grid);
        this.tables = new Tables(composer, grid);
    }

    List<FlowPage> flow(List<Block> blocks, Layout layout, int headerLines, boolean timeline) {
        double col = grid.columnWidth(layout);
        double page = layout.measureEms(grid.design().measure()) * grid.design().em();
        List<FlowBlock> flow = new ArrayList<>();
        Block previous = null;
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                flow.add(text.paragraph(p, col));
            } else if (b instanceof Heading h) {
                TextBlock head = text.heading(h, col, timeline);
                flow.add(previous instanceof Heading ? head.withoutLeadingBlanks() : head);
            } else if (b instanceof ListItem li) {
                flow.add(text.listItem(li, col));
            } else if (b instanceof PullQuote q) {
                flow.add(floats.quote(q, col));
            } else if (b instanceof Figure f) {
                boolean wide = f.wide() && layout.columns() > 1;
                flow.add(floats.figure(f, wide ? page : col, wide));
            } else if (b instanceof ChartBlock c) {
                boolean wide = c.wide() && layout.columns() > 1;
                flow.add(floats.chart(c, wide ? page : col, wide));
            } else if (b instanceof TableBlock t) {
                flow.addAll(tables.table(t.table(), col, page, grid.lines() - 4));
            }
            previous = b;
        }
        return new ColumnFlow(layout.columns(), grid.lines(), headerLines).flow(flow);
    }
}
