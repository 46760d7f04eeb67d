package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.issuepress.compose.flow.FloatBlock;
import org.issuepress.compose.flow.RowsBlock;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.Mark;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Line;
import org.issuepress.compose.text.RunStyle;
import org.issuepress.diag.Severity;
import org.issuepress.design.TextStyle;
import org.issuepress.model.Table;

/**
 * Sets a data table: column widths fitted to the content, header in the accent colour
 * (a group header spanning its columns), numbers right-aligned on one edge per column (the
 * block of figures centred under the header), text wrapped in its cell,
 * the 合计 row set off by a rule. A table wider than a column spans the page; a table
 * taller than the space left continues in the next column or page under its header again.
 */
final class Tables {
    private static final double PAD_X = 4;
    private static final double PAD_Y = 3;

    private final TextComposer text;
    private final Grid grid;
    private final TableLayout layout;
    /** The table being set, for messages about its characters. */
    private org.issuepress.diag.SourcePos pos;

    Tables(TextComposer text, Grid grid) {
        this.text = text;
        this.grid = grid;
        this.layout = new TableLayout(text, PAD_X);
    }

    /**
     * The table as a block of the flow, cut into parts where the columns end.
     *
     * @param maxSlots the most grid lines a part may take: a row that cannot fit under the
     *                 header in that many is refused
     */
    RowsBlock table(Table t, double columnWidth, double pageWidth, int maxSlots) {
        pos = t.pos();
        double[] widths = layout.widths(t, columnWidth, pageWidth);
        double width = sum(widths);
        boolean pageWide = width > columnWidth + 0.01;
        List<RowBox> header = header(t, widths);
        double[] figures = figureWidths(t, widths.length);
        List<RowBox> body = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            body.add(row(t.rows().get(i), i, widths, figures, false, i % 2 == 1));
        }
        if (t.total() != null) {
            body.add(row(t.total(), -1, widths, figures, true, false));
        }
        List<Line> title = t.title() == null ? List.of() : text.displayCentred(t.title(), "table_title", width);
        List<Line> note = t.note() == null ? List.of() : text.set(t.note(), "caption", width);
        text.glyphs().check(title, pos);
        text.glyphs().check(note, pos);
        Cuts cuts = new Cuts(t.pos(), width, pageWide, title, header, body, note);
        List<Table.Row> sources = new ArrayList<>(t.rows());
        if (t.total() != null) {
            sources.add(t.total());
        }
        for (int i = 0; i < body.size(); i++) {
            RowBox r = body.get(i);
            if (Math.ceil((Floats.TOP + cuts.headerHeight(true) + r.height + Floats.BOTTOM) / grid.slot()) > maxSlots) {
                refuseTallRow(t, sources.get(i), i, r);
            }
        }
        return new RowsBlock(body.size(), pageWide, cuts, t.pos());
    }

    /**
     * One table's parts. Its lines are set once; a cut only places them, so the flow may ask
     * for the same part again and again (fitting flows an article many times) cheaply.
     */
    private final class Cuts implements RowsBlock.Cutter {
        /** Rows a part keeps, at the foot of a column and at the head of the next: no row alone under a header. */
        private static final int MIN_ROWS = 2;
        private final org.issuepress.diag.SourcePos pos;
        private final double width;
        private final boolean pageWide;
        private final List<Line> title;
        private final List<RowBox> header;
        private final List<RowBox> body;
        private final List<Line> note;
        private final Map<List<Integer>, Optional<RowsBlock.Part>> made = new ConcurrentHashMap<>();

        Cuts(org.issuepress.diag.SourcePos pos, double width, boolean pageWide, List<Line> title, List<RowBox> header,
             List<RowBox> body, List<Line> note) {
            this.pos = pos;
            this.width = width;
            this.pageWide = pageWide;
            this.title = title;
            this.header = header;
            this.body = body;
            this.note = note;
        }

        double headerHeight(boolean first) {
            double h = header.stream().mapToDouble(r -> r.height).sum();
            return first && !title.isEmpty() ? h + title.size() * text.style("table_title").leading() + 3 : h;
        }

        private double noteHeight() {
            return note.isEmpty() ? 0 : 3 + note.size() * text.style("caption").leading();
        }

        private int slots(double height) {
            return (int) Math.ceil((height + Floats.BOTTOM) / grid.slot() - 1e-6);
        }

        @Override
        public RowsBlock.Part cut(int from, int maxSlots, boolean force) {
            return made.computeIfAbsent(List.of(from, maxSlots, force ? 1 : 0),
                    k -> Optional.ofNullable(rows(from, maxSlots, force)).map(n -> emit(from, n))).orElse(null);
        }

        /** How many rows from {@code from} go in the part, or null when the part cannot start here. */
        private Integer rows(int from, int maxSlots, boolean force) {
            double y = Floats.TOP + headerHeight(from == 0);
            int end = from;
            while (end < body.size()) {
                double after = y + body.get(end).height + (end + 1 == body.size() ? noteHeight() : 0);
                if (slots(after) > maxSlots) {
                    break;
                }
                y += body.get(end).height;
                end++;
            }
            int n = end - from;
            int left = body.size() - end;
            if (left > 0 && left < MIN_ROWS) {
                n -= MIN_ROWS - left;
            }
            if (n >= Math.min(MIN_ROWS, body.size() - from) && (n > 0 || slots(y + noteHeight()) <= maxSlots)) {
                return n;
            }
            return force ? Math.min(1, body.size() - from) : null;
        }

        private RowsBlock.Part emit(int from, int n) {
            List<TextRow> rows = new ArrayList<>();
            List<Mark> marks = new ArrayList<>();
            boolean first = from == 0;
            double y = Floats.TOP;
            if (first && !title.isEmpty()) {
                y = title(y, rows);
            }
            for (RowBox r : header) {
                // a header repeated on a continuation is page furniture; the table has one header
                y = r.emit(y, first ? rows : untagged(rows), marks);
            }
            for (int i = from; i < from + n; i++) {
                y = body.get(i).emit(y, rows, marks);
            }
            marks.add(new Mark.Rule(0, y, width, y, 0.8, "accent"));
            if (from + n == body.size()) {
                y = note(y + 3, rows);
            }
            TextFrame frame = new TextFrame(new Box(0, 0, width, y), rows, marks, "table", null);
            return new RowsBlock.Part(new FloatBlock(slots(y), pageWide, List.<Frame>of(frame), pos), from + n);
        }

        private double title(double y, List<TextRow> rows) {
            TextStyle s = text.style("table_title");
            double baseline = y + grid.baseline(s, s.leading());
            for (Line l : title) {
                rows.add(new TextRow(l, 0, baseline, StructKeys.of(pos) + StructKeys.TITLE));
                baseline += s.leading();
            }
            return y + title.size() * s.leading() + 3;
        }

        private double note(double y, List<TextRow> rows) {
            TextStyle s = text.style("caption");
            for (Line l : note) {
                rows.add(new TextRow(l, 0, y + grid.baseline(s, s.leading()), StructKeys.of(pos) + StructKeys.NOTE));
                y += s.leading();
            }
            return y;
        }
    }

    /** Adds rows without their keys: what is added there is not tagged. */
    private static List<TextRow> untagged(List<TextRow> rows) {
        return new java.util.AbstractList<>() {
            @Override
            public TextRow get(int i) {
                return rows.get(i);
            }

            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public void add(int i, TextRow r) {
                rows.add(i, r.keyed(null));
            }
        };
    }

    /** A row taller than a part of the table may be (a page, less the header) would run off the page. */
    private void refuseTallRow(Table t, Table.Row row, int index, RowBox r) {
        int tallest = 0;
        for (int c = 1; c < r.cells.size(); c++) {
            if (r.cells.get(c).height > r.cells.get(tallest).height) {
                tallest = c;
            }
        }
        String content = tallest < row.cells().size() ? row.cells().get(tallest).text() : "";
        text.glyphs().diagnostics().report(Severity.ERROR, "table-cell-too-long", row.pos() != null ? row.pos() : t.pos(),
                index < t.rows().size() ? String.valueOf(index + 1) : "合计", t.columns().get(tallest).name(),
                String.valueOf(content.codePointCount(0, content.length())), String.valueOf(r.cells.get(tallest).lines.size()));
    }

    /** The header: one row, or two when columns are grouped (the group over its columns). */
    private List<RowBox> header(Table t, double[] widths) {
        List<RowBox> rows = new ArrayList<>();
        List<Table.Column> cols = t.columns();
        if (!t.hasGroups()) {
            List<CellBox> cells = new ArrayList<>();
            double x = 0;
            for (int c = 0; c < cols.size(); c++) {
                cells.add(cell(cols.get(c).name(), x, widths[c], "table_head", Align.CENTRE).keyed(StructKeys.head(pos, 0, c)));
                x += widths[c];
            }
            rows.add(new RowBox(cells, sum(widths), "accent", null, 0, true));
            return rows;
        }
        List<CellBox> top = new ArrayList<>();
        List<CellBox> bottom = new ArrayList<>();
        double x = 0;
        for (int c = 0; c < cols.size(); ) {
            String group = cols.get(c).group();
            if (group == null) {
                CellBox spanning = cell(cols.get(c).name(), x, widths[c], "table_head", Align.CENTRE)
                        .keyed(StructKeys.head(pos, 0, top.size()));
                top.add(spanning.spanningRows());
                x += widths[c];
                c++;
                continue;
            }
            double gx = x;
            double gw = 0;
            int d = c;
            while (d < cols.size() && group.equals(cols.get(d).group())) {
                bottom.add(cell(cols.get(d).name(), x, widths[d], "table_head", Align.CENTRE)
                        .keyed(StructKeys.head(pos, 1, bottom.size())));
                gw += widths[d];
                x += widths[d];
                d++;
            }
            top.add(cell(group, gx, gw, "table_head", Align.CENTRE).keyed(StructKeys.head(pos, 0, top.size())));
            c = d;
        }
        double w = sum(widths);
        RowBox second = new RowBox(bottom, w, "accent", null, 0, true);
        RowBox first = new RowBox(top, w, "accent", null, 0, true);
        first.spanBelow(second);
        rows.add(first);
        rows.add(second);
        return rows;
    }

    private RowBox row(Table.Row r, int index, double[] widths, double[] figures, boolean total, boolean shaded) {
        List<CellBox> cells = new ArrayList<>();
        double x = 0;
        String style = total ? "table_title" : "table";
        for (int c = 0; c < widths.length; c++) {
            Table.Cell cell = c < r.cells().size() ? r.cells().get(c) : new Table.Cell("", null);
            CellBox box = cell.isNumber()
                    ? figure(cell.text(), x, widths[c], style, figures[c])
                    : cell(cell.text(), x, widths[c], style, c == 0 || !total ? Align.LEFT : Align.CENTRE);
            cells.add(box.keyed(StructKeys.cell(pos, index, c)));
            x += widths[c];
        }
        return new RowBox(cells, sum(widths), shaded ? "tint" : null, total ? "accent" : null, total ? 0.6 : 0, false);
    }

    /**
     * The widest figure of each column, total included: a column's figures share one right
     * edge, and that block of figures sits in the middle of the column, under its header —
     * flush right in a wide column they would drift away from it.
     */
    private double[] figureWidths(Table t, int n) {
        double[] w = new double[n];
        List<Table.Row> rows = new ArrayList<>(t.rows());
        if (t.total() != null) {
            rows.add(t.total());
        }
        for (Table.Row r : rows) {
            String style = r == t.total() ? "table_title" : "table";
            for (int c = 0; c < Math.min(n, r.cells().size()); c++) {
                Table.Cell cell = r.cells().get(c);
                if (cell.isNumber()) {
                    w[c] = Math.max(w[c], text.naturalWidth(cell.text(), style));
                }
            }
        }
        return w;
    }

    /** A number, right-aligned on its column's figure edge. */
    private CellBox figure(String content, double x, double width, String styleName, double block) {
        TextStyle s = text.style(styleName);
        double measure = Math.max(width - 2 * PAD_X, s.size());
        double edge = Math.min(measure, (measure + block) / 2);
        List<Line> lines = text.ragged(content, text.styles().run(styleName), measure);
        text.glyphs().check(lines, pos);
        List<Line> aligned = lines.stream().map(l -> l.shifted(edge - l.end())).toList();
        return new CellBox(aligned, x, width, s, Math.max(1, lines.size()) * tableLeading(s) + 2 * PAD_Y);
    }

    private CellBox cell(String content, double x, double width, String styleName, Align align) {
        TextStyle s = text.style(styleName);
        double measure = Math.max(width - 2 * PAD_X, s.size());
        List<Line> lines = content.isEmpty() ? List.of() : fitted(content, styleName, measure);
        text.glyphs().check(lines, pos);
        List<Line> aligned = new ArrayList<>();
        for (Line l : lines) {
            double dx = switch (align) {
                case LEFT -> 0;
                case CENTRE -> (measure - l.end()) / 2;
            };
            aligned.add(l.shifted(dx));
        }
        return new CellBox(aligned, x, width, s, Math.max(1, lines.size()) * tableLeading(s) + 2 * PAD_Y);
    }

    /**
     * The cell's lines, none wider than the cell: a run with no break opportunity (a long
     * number, a web address, a word typed without spaces) is broken by character where it
     * would cross the cell's edge, rather than run over the next cell and off the page.
     */
    private List<Line> fitted(String content, String styleName, double measure) {
        RunStyle run = text.styles().run(styleName);
        List<Line> lines = text.ragged(content, run, measure);
        if (lines.stream().allMatch(l -> l.end() <= measure + 0.01)) {
            return lines;
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.end() <= measure + 0.01) {
                out.add(l);
                continue;
            }
            String over = l.text();
            int start = 0;
            double w = 0;
            for (int i = 0; i < over.length(); ) {
                int cp = over.codePointAt(i);
                int n = Character.charCount(cp);
                double advance = text.naturalWidth(over.substring(i, i + n), styleName);
                if (w + advance > measure && i > start) {
                    out.addAll(text.ragged(over.substring(start, i), run, measure));
                    start = i;
                    w = 0;
                }
                w += advance;
                i += n;
            }
            out.addAll(text.ragged(over.substring(start), run, measure));
        }
        return out;
    }

    private static double tableLeading(TextStyle s) {
        return s.leading() > 0 ? s.leading() : s.size() * 1.4;
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }

    enum Align { LEFT, CENTRE }

    /** A cell's lines in its box from {@code left}, {@code width} wide; {@code height} is what the cell needs. */
    private final class CellBox {
        final List<Line> lines;
        final double left;
        final double width;
        final double x;
        final TextStyle style;
        final double height;
        boolean spansRows;
        String key;

        CellBox(List<Line> lines, double left, double width, TextStyle style, double height) {
            this.lines = lines;
            this.left = left;
            this.width = width;
            this.x = left + PAD_X;
            this.style = style;
            this.height = height;
        }

        CellBox keyed(String k) {
            key = k;
            return this;
        }

        CellBox spanningRows() {
            spansRows = true;
            return this;
        }

        void emit(double y, double rowHeight, List<TextRow> rows) {
            double lead = tableLeading(style);
            double block = lines.size() * lead;
            double baseline = y + (rowHeight - block) / 2 + grid.baseline(style, lead);
            for (Line l : lines) {
                rows.add(new TextRow(l, x, baseline, key));
                baseline += lead;
            }
        }
    }

    /** A table row: its cells, background, and a rule above it (the total row). */
    private final class RowBox {
        final List<CellBox> cells;
        final double width;
        final String fill;
        final String ruleColour;
        final double ruleWidth;
        final boolean head;
        double height;
        RowBox below;

        RowBox(List<CellBox> cells, double width, String fill, String ruleColour, double ruleWidth, boolean head) {
            this.cells = cells;
            this.width = width;
            this.fill = fill;
            this.ruleColour = ruleColour;
            this.ruleWidth = ruleWidth;
            this.head = head;
            this.height = cells.stream().filter(c -> !c.spansRows).mapToDouble(c -> c.height).max().orElse(0);
        }

        /** This row's cells that span two rows reach into {@code next}, which this row's fill covers. */
        void spanBelow(RowBox next) {
            below = next;
            next.filledAbove = true;
        }

        /** The row above filled this row's background (with the cells spanning both). */
        boolean filledAbove;

        double emit(double y, List<TextRow> rows, List<Mark> marks) {
            double h = height;
            if (fill != null && !filledAbove) {
                // one rectangle under both header rows: two meeting at an edge show a pale seam
                // through the cells that span them on screen
                marks.add(new Mark.Rect(0, y, width, below != null ? h + below.height : h, fill, null, 0));
            }
            if (ruleColour != null) {
                marks.add(new Mark.Rule(0, y, width, y, ruleWidth, ruleColour));
            }
            for (CellBox c : cells) {
                double ch = c.spansRows && below != null ? h + below.height : h;
                c.emit(y, ch, rows);
            }
            if (head && below != null) {
                // the group's line runs under the group headers only, not through a cell spanning both rows
                for (CellBox c : cells) {
                    if (!c.spansRows) {
                        marks.add(new Mark.Rule(c.left, y + h, c.left + c.width, y + h, 0.4, "paper"));
                    }
                }
            }
            return y + h;
        }
    }
}
