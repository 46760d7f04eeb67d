package org.issuepress.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.compose.flow.ColumnFlow;
import org.issuepress.compose.flow.FlowBlock;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.flow.Slot;
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

/**
 * Composes an article's body blocks once and flows them through its layout's columns as often
 * as fitting asks, each time with its own {@link Fit}: sub-heads with a grid line more or less
 * space above, charts and the frames of photos still to come grown by a factor. Body text is composed once and never
 * changes between fits.
 */
final class ArticleFlow {
    private final Grid grid;
    private final TextBlocks text;
    private final Floats floats;
    private final Tables tables;

    ArticleFlow(TextComposer composer, Grid grid) {
        this(composer, grid, "body");
    }

    /** @param body the style paragraphs are set in (the foreword has its own) */
    ArticleFlow(TextComposer composer, Grid grid, String body) {
        this.grid = grid;
        this.text = new TextBlocks(composer, grid, body);
        this.floats = new Floats(composer, grid);
        this.tables = new Tables(composer, grid);
    }

    /** How an article is bent to fit: extra (or, negative, fewer) blank lines above each sub-head, float growth. */
    record Fit(int headSpace, double floatScale) {
        static final Fit PLAIN = new Fit(0, 1);
    }

    /** The old entry point: compose and flow in one go, without bending. */
    List<FlowPage> flow(List<Block> blocks, Layout layout, int headerLines, boolean timeline) {
        return prepare(blocks, layout, timeline).flow(headerLines, Fit.PLAIN);
    }

    Prepared prepare(List<Block> blocks, Layout layout, boolean timeline) {
        double col = grid.columnWidth(layout);
        double page = layout.measureEms(grid.design().measure()) * grid.design().em();
        List<FlowBlock> flow = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        Map<Integer, Block> growable = new HashMap<>();
        Block previous = null;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (pairs(b, k + 1 < blocks.size() ? blocks.get(k + 1) : null, layout, col)) {
                // two photos in a row of the copy stand side by side, in its order (not growable: one frame height for both)
                flow.add(floats.pair((Figure) b, (Figure) blocks.get(k + 1), col));
                previous = blocks.get(++k);
                continue;
            }
            if (b instanceof Paragraph p) {
                flow.add(text.paragraph(p, col));
            } else if (b instanceof Heading h) {
                TextBlock head = text.heading(h, col, timeline);
                if (previous instanceof Heading) {
                    flow.add(head.withoutLeadingBlanks());
                } else {
                    heads.add(flow.size());
                    flow.add(head);
                }
            } else if (b instanceof ListItem li) {
                flow.add(text.listItem(li, col));
            } else if (b instanceof PullQuote q) {
                flow.add(floats.quote(q, col));
            } else if (b instanceof Figure || b instanceof ChartBlock) {
                // a photo with its file keeps its frame: a taller frame would crop the picture
                if (!(b instanceof Figure f) || f.isPlaceholder()) {
                    growable.put(flow.size(), b);
                }
                flow.add(floatOf(b, layout, col, page, 1));
            } else if (b instanceof TableBlock t) {
                flow.add(tables.table(t.table(), col, page, grid.lines() - 4));
            }
            previous = b;
        }
        return new Prepared(flow, heads, growable, layout, col, page);
    }

    /** Narrowest column two photos share (in ems): each is then at least 9.5 em wide, as wide as a 3-column layout's photo is not. */
    static final double PAIR_MIN_EMS = 20;

    /** Whether {@code a} and {@code b} are two photos one after the other in a column, wide enough to share it. */
    private boolean pairs(Block a, Block b, Layout layout, double col) {
        return a instanceof Figure f && b instanceof Figure g && !(f.wide() && layout.columns() > 1) && !(g.wide() && layout.columns() > 1)
                && col >= PAIR_MIN_EMS * grid.design().em();
    }

    private FlowBlock floatOf(Block b, Layout layout, double col, double page, double scale) {
        if (b instanceof Figure f) {
            boolean wide = f.wide() && layout.columns() > 1;
            return floats.figure(f, wide ? page : col, wide, scale);
        }
        ChartBlock c = (ChartBlock) b;
        boolean wide = c.wide() && layout.columns() > 1;
        return floats.chart(c, wide ? page : col, wide, scale);
    }

    private record Flowed(int headerLines, Fit fit) {
    }

    /** An article's composed blocks, ready to flow with any fit. */
    final class Prepared {
        private final List<FlowBlock> blocks;
        private final List<Integer> heads;
        private final Map<Integer, Block> growable;
        private final Layout layout;
        private final double col;
        private final double page;
        private final Map<Double, Map<Integer, FlowBlock>> grown = new HashMap<>();
        /** Fitting tries the same header and bend many times (every look-back re-runs the part): flow each once. */
        private final Map<Flowed, List<FlowPage>> flowed = new java.util.concurrent.ConcurrentHashMap<>();

        private Prepared(List<FlowBlock> blocks, List<Integer> heads, Map<Integer, Block> growable, Layout layout,
                         double col, double page) {
            this.blocks = blocks;
            this.heads = heads;
            this.growable = growable;
            this.layout = layout;
            this.col = col;
            this.page = page;
        }

        boolean hasHeads() {
            return !heads.isEmpty();
        }

        boolean hasFloats() {
            return !growable.isEmpty();
        }

        List<FlowPage> flow(int headerLines, Fit fit) {
            return flowed.computeIfAbsent(new Flowed(headerLines, fit),
                    k -> List.copyOf(new ColumnFlow(layout.columns(), grid.lines(), headerLines).flow(blocks(fit))));
        }

        private List<FlowBlock> blocks(Fit fit) {
            if (fit.headSpace() == 0 && fit.floatScale() == 1) {
                return blocks;
            }
            List<FlowBlock> out = new ArrayList<>(blocks);
            for (int i : heads) {
                out.set(i, respaced((TextBlock) blocks.get(i), fit.headSpace()));
            }
            if (fit.floatScale() != 1) {
                Map<Integer, FlowBlock> g = grown.computeIfAbsent(fit.floatScale(), s -> new HashMap<>());
                growable.forEach((i, b) -> out.set(i, g.computeIfAbsent(i, k -> floatOf(b, layout, col, page, fit.floatScale()))));
            }
            return out;
        }
    }

    /** A sub-head with {@code delta} blank lines more above it (at least none). */
    private static TextBlock respaced(TextBlock head, int delta) {
        if (delta == 0) {
            return head;
        }
        int blanks = head.leadingBlanks();
        int keep = Math.max(0, blanks + delta);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < keep; i++) {
            slots.add(Slot.BLANK);
        }
        slots.addAll(head.slots().subList(blanks, head.size()));
        return new TextBlock(slots, head.splittable(), head.keepWithNext(), head.minFragment(), head.pos());
    }
}
