package org.issuepress.compose.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Flows an article's blocks through the columns of successive pages on the baseline grid.
 * Text fills a column top to bottom and continues at the top of the next column, then the
 * next page; paragraphs split only where both parts keep two lines; headings keep with what
 * follows. Tables run on under the text before them and are cut between rows where a column
 * ends. Floats go to the bottom of the current column (or page) when they fit there, else
 * to the top of the next column (or page). The last page's columns are balanced.
 *
 * <p>Positions are grid-line indices from the top of the text block; the first page starts
 * below the article header.
 */
public final class ColumnFlow {
    private final int columns;
    private final int lines;
    private final int headerLines;

    public ColumnFlow(int columns, int lines, int headerLines) {
        this.columns = columns;
        this.lines = lines;
        this.headerLines = headerLines;
    }

    public List<FlowPage> flow(List<FlowBlock> blocks) {
        Run full = new Run(blocks, lines, columns);
        full.start(State.initial(blocks));
        full.runToEnd();
        List<FlowPage> pages = full.pages;
        State last = full.lastPageStart;
        if (columns < 2 || last == null) {
            return pages;
        }
        // balance the last page: the lowest common column bottom at which it still holds
        // everything, then at that depth as few columns as can reach it, the others a line
        // above (7 7 6 rather than 7 7 5)
        for (int limit = last.top(headerLines, pages.size() == 1) + 1; limit <= lines; limit++) {
            List<FlowPage> even = trial(last, limit, columns);
            if (even == null) {
                continue;
            }
            for (int deeper = 1; deeper < columns; deeper++) {
                List<FlowPage> fewer = trial(last, limit, deeper);
                if (fewer != null) {
                    even = fewer;
                    break;
                }
            }
            List<FlowPage> balanced = new ArrayList<>(pages.subList(0, pages.size() - 1));
            balanced.addAll(even);
            return balanced;
        }
        return pages;
    }

    /** The last page flowed from {@code last} with its first {@code deeper} columns ending at {@code limit}, the others a line above; null when it does not hold the rest. */
    private List<FlowPage> trial(State last, int limit, int deeper) {
        Run trial = new Run(last.blocks(), limit, deeper);
        trial.start(last);
        return trial.runWithinOnePage() ? trial.pages : null;
    }

    /** Where the flow stands when a page begins: the next block, the slot inside it, deferred floats. */
    private record State(int block, int slot, int placedOfBlock, List<FloatBlock> pendingColumn,
                         List<FloatBlock> pendingPage, boolean firstPage, List<FlowBlock> blocks) {
        static State initial(List<FlowBlock> blocks) {
            return new State(0, 0, 0, List.of(), List.of(), true, List.copyOf(blocks));
        }

        int top(int headerLines, boolean first) {
            return firstPage ? headerLines : 0;
        }
    }

    /**
     * One pass of the flow, with a bottom limit for the pages it makes: the first
     * {@code deeper} columns end at {@code limit}, the others a line above it.
     */
    private final class Run {
        /** The article's blocks, paragraphs set a line longer or shorter where a column foot asked for it. */
        final List<FlowBlock> blocks;
        final int limit;
        /** The paragraphs on the current page, to set one again. */
        final PageText text = new PageText();
        final List<FlowPage> pages = new ArrayList<>();
        State lastPageStart;
        List<Placement> placements;
        /** Columns of the current page left short, for the report. */
        List<FlowPage.ShortColumn> holes;
        int[] top = new int[columns];
        int[] bottom = new int[columns];
        int[] cursor = new int[columns];
        int col;
        int bi;
        int si;
        int placedOfBlock;
        boolean firstPage;
        Deque<FloatBlock> pendingColumn = new ArrayDeque<>();
        Deque<FloatBlock> pendingPage = new ArrayDeque<>();

        final int deeper;

        Run(List<FlowBlock> blocks, int limit, int deeper) {
            this.blocks = new ArrayList<>(blocks);
            this.limit = limit;
            this.deeper = deeper;
        }

        void start(State s) {
            for (int i = 0; i < blocks.size(); i++) {
                blocks.set(i, s.blocks().get(i));
            }
            bi = s.block();
            si = s.slot();
            placedOfBlock = s.placedOfBlock();
            pendingColumn = new ArrayDeque<>(s.pendingColumn());
            pendingPage = new ArrayDeque<>(s.pendingPage());
            firstPage = s.firstPage();
            newPage();
        }

        /** For balancing: runs on and says whether everything stayed on the page it started. */
        boolean runWithinOnePage() {
            stopAtNewPage = true;
            runToEnd();
            return !overflowed;
        }

        private boolean stopAtNewPage;
        /** The first grid line of the current page's columns (below the header on the first page). */
        private int pageTop;
        private boolean overflowed;

        void runToEnd() {
            while (bi < blocks.size()) {
                if (overflowed) {
                    return;
                }
                FlowBlock b = blocks.get(bi);
                if (b instanceof FloatBlock f) {
                    placeFloat(f);
                    bi++;
                } else if (b instanceof RowsBlock r) {
                    if (r.pageWide()) {
                        placeWideRows(r);
                    } else {
                        placeRows(r);
                    }
                    bi++;
                    si = 0;
                } else {
                    placeText();
                }
            }
            flushFloats();
            if (!overflowed) {
                pages.add(new FlowPage(placements, holes));
            }
        }

        private void newPage() {
            footTried = false;
            if (placements != null) {
                pages.add(new FlowPage(placements, holes));
                if (stopAtNewPage) {
                    overflowed = true;
                }
            }
            lastPageStart = new State(bi, si, placedOfBlock, List.copyOf(pendingColumn), List.copyOf(pendingPage), firstPage,
                    List.copyOf(blocks));
            placements = new ArrayList<>();
            holes = new ArrayList<>();
            text.clear();
            int t = firstPage ? headerLines : 0;
            pageTop = t;
            firstPage = false;
            Arrays.fill(top, t);
            for (int c = 0; c < columns; c++) {
                bottom[c] = Math.max(limit(c), t + 1);
            }
            Arrays.fill(cursor, t);
            col = 0;
            while (!pendingPage.isEmpty() && pendingPage.peek().slots() <= bottom[0] - cursor[0]) {
                FloatBlock f = pendingPage.poll();
                placements.add(new Placement(-1, cursor[0], null, f));
                for (int c = 0; c < columns; c++) {
                    cursor[c] += f.slots();
                    top[c] = cursor[c];
                }
            }
            pendingToColumnTop();
        }

        /** The bottom of column {@code c} on this pass's pages. */
        private int limit(int c) {
            return c < deeper ? limit : limit - 1;
        }

        private void nextColumn() {
            footTried = false;
            if (col + 1 < columns) {
                col++;
                pendingToColumnTop();
            } else {
                newPage();
            }
        }

        /** A table continues in the column: the floats waiting for a column top are placed under it. */
        private boolean holdFloats;

        private void pendingToColumnTop() {
            if (holdFloats) {
                return;
            }
            // under a continued table the floats are content below it, not the column's top
            boolean atTop = columnEmpty();
            while (!pendingColumn.isEmpty() && pendingColumn.peek().slots() <= bottom[col] - cursor[col]) {
                FloatBlock f = pendingColumn.poll();
                placements.add(new Placement(col, cursor[col], null, f));
                cursor[col] += f.slots();
                if (atTop) {
                    top[col] = cursor[col];
                }
            }
        }

        /**
         * The column has its whole height: the only place a float taller than the space can go
         * (over the bottom). In a column shortened by a page-wide float at its foot it would
         * run into that float; below the article header (pageTop > 0) it would run into the
         * bottom margin although a later page has the height for it (a table part is cut to
         * a page's height).
         */
        private boolean fullColumn() {
            return pageTop == 0 && cursor[col] == 0 && bottom[col] == Math.max(limit(col), 1);
        }

        private boolean columnEmpty() {
            return cursor[col] == top[col];
        }

        /**
         * Nothing on the page yet but page-wide floats: the next page-wide float may go at the
         * top. A float at the top of one column counts as content — it moves that column's top
         * down, and a page-wide float placed under it would lie over the other columns' text.
         */
        private boolean pageEmpty() {
            for (int c = 0; c < columns; c++) {
                if (cursor[c] != top[c] || top[c] != top[0]) {
                    return false;
                }
            }
            return col == 0;
        }

        private void placeText() {
            int emptyColumnsSkipped = 0;
            while (si < ((TextBlock) blocks.get(bi)).size() && !overflowed) {
                // the block itself may have been set again to close a column
                TextBlock b = (TextBlock) blocks.get(bi);
                int min = b.minFragment();
                if (columnEmpty()) {
                    while (si < b.leadingBlanks() && placedOfBlock == 0) {
                        si++;
                    }
                    if (si >= b.size()) {
                        break;
                    }
                }
                int avail = bottom[col] - cursor[col];
                if (avail <= 0) {
                    nextColumn(); // floats fill this column
                    continue;
                }
                int remaining = b.size() - si;
                if (remaining <= avail) {
                    if (b.keepWithNext() && !columnEmpty() && !nextFits(avail - remaining)) {
                        if (!closeFoot(b, avail)) {
                            nextColumn();
                        }
                        continue;
                    }
                    place(b, remaining);
                    break;
                }
                if (!b.splittable()) {
                    if (columnEmpty()) {
                        place(b, Math.max(1, avail));
                    } else if (closeFoot(b, avail)) {
                        continue;
                    }
                    nextColumn();
                    continue;
                }
                int k = avail;
                if (remaining - k < min) {
                    k = remaining - min;
                }
                if (k < min || k <= 0) {
                    // an empty column that cannot take a proper fragment either is left to the
                    // floats in it; only a column with room for two lines must take what it can
                    if (!columnEmpty() && closeFoot(b, avail)) {
                        continue;
                    }
                    if (!columnEmpty() || (avail < min && emptyColumnsSkipped++ < columns)) {
                        nextColumn();
                        continue;
                    }
                    k = Math.max(1, Math.min(avail, remaining));
                }
                place(b, k);
                nextColumn();
            }
            bi++;
            si = 0;
            placedOfBlock = 0;
        }

        /** Whether the column has been closed once already: a second try would undo the first. */
        private boolean footTried;

        /**
         * The column would be left {@code avail} lines short while the article goes on (a head
         * kept with its text, a paragraph that cannot leave two lines on each side): set a
         * paragraph again so that it is not — the block itself a line longer, so that it
         * splits, or shorter, so that it fits; or paragraphs above in the column a line
         * shorter each until the block fits (taking lines back), or a line longer each until
         * the column is full (running on), whichever sets fewer again. A line short is the
         * widow rule's and stays. When nothing closes it, the column is reported.
         */
        private boolean closeFoot(TextBlock b, int avail) {
            if (avail < 2 || footTried) {
                return false;
            }
            footTried = true;
            if (si == 0 && b.splittable()) {
                for (int d : new int[] {1, -1}) {
                    TextBlock other = b.reset(0, d);
                    if (other != null && fits(other, avail)) {
                        blocks.set(bi, other);
                        return true;
                    }
                }
            }
            int gain = 1;
            while (gain <= avail + 2 && !fits(b, avail + gain)) {
                gain++;
            }
            boolean takeBackFirst = gain < avail;
            if (takeBackFirst && resetAbove(-1, gain) || resetAbove(1, avail) || !takeBackFirst && resetAbove(-1, gain)) {
                return true;
            }
            holes.add(new FlowPage.ShortColumn(col, avail, bottom[col] < Math.max(limit(col), pageTop + 1), b.pos()));
            return false;
        }

        /** Whether {@code b} (from slot {@code si}) is placed in {@code room} lines rather than moved on. */
        private boolean fits(TextBlock b, int room) {
            int remaining = b.size() - si;
            if (remaining <= room) {
                return !b.keepWithNext() || nextFits(room - remaining);
            }
            if (!b.splittable()) {
                return false;
            }
            return Math.min(room, remaining - b.minFragment()) >= b.minFragment();
        }

        /**
         * Sets paragraphs of the column {@code delta} lines longer (±1 each, ±2 where one is long
         * enough to hide it), nearest the foot first, until they make {@code count} lines; false,
         * changing nothing, when they cannot.
         */
        private boolean resetAbove(int delta, int count) {
            if (delta > 0 && count > bottom[col] - cursor[col]) {
                return false;
            }
            List<PageText.Candidate> candidates = text.candidates(col, bi);
            for (int most = 1; most <= 2; most++) {
                List<PageText.Candidate> chosen = new ArrayList<>();
                List<TextBlock> others = new ArrayList<>();
                List<Integer> steps = new ArrayList<>();
                int got = 0;
                for (PageText.Candidate c : candidates) {
                    TextBlock mine = (TextBlock) blocks.get(c.block());
                    for (int n = Math.min(most, count - got); n >= 1; n--) {
                        TextBlock other = mine.reset(c.keep(), delta * n);
                        if (other != null && c.allows(delta * n, other.minFragment())) {
                            chosen.add(c);
                            others.add(other);
                            steps.add(delta * n);
                            got += n;
                            break;
                        }
                    }
                    if (got == count) {
                        for (int k = 0; k < chosen.size(); k++) {
                            text.replace(placements, chosen.get(k), others.get(k), steps.get(k), bottom[col]);
                            blocks.set(chosen.get(k).block(), others.get(k));
                            cursor[col] += steps.get(k);
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A table runs on under the text before it: whole when it fits the rest of the
         * column; a table longer than a column with as many rows as fit, the rest in the next
         * columns (the row index is the block's slot, so a page can start inside the table).
         * A column that cannot take the header and two rows is left; a column left empty by
         * every try takes one row anyway.
         */
        private void placeRows(RowsBlock b) {
            int emptyColumnsSkipped = 0;
            boolean started = false;
            while (!overflowed && (!started || si < b.rows())) {
                int avail = bottom[col] - cursor[col];
                RowsBlock.Part part = avail > 0 ? b.cut(si, avail, false) : null;
                if (si == 0 && !columnEmpty() && (part == null || part.end() < b.rows()) && textFollows()) {
                    RowsBlock.Part whole = b.cut(0, Math.max(limit, 1), false);
                    if (whole != null && whole.end() == b.rows()) {
                        // a table a column holds is not cut: it waits for the next column like
                        // a float, and the text after it fills the rest of this one
                        placeFloat(whole.block());
                        return;
                    }
                }
                if (part == null && columnEmpty() && avail > 0 && emptyColumnsSkipped++ >= columns) {
                    part = b.cut(si, Math.max(avail, 1), true);
                }
                if (part == null) {
                    nextColumn();
                    continue;
                }
                placements.add(new Placement(col, cursor[col], null, part.block()));
                cursor[col] += part.block().slots();
                si = part.end();
                started = true;
                if (holdFloats) {
                    holdFloats = false;
                    pendingToColumnTop();
                }
                if (si < b.rows()) {
                    // the table goes on at the top of the next column; floats waiting for it come after
                    holdFloats = true;
                    nextColumn();
                }
            }
            if (holdFloats) {
                holdFloats = false;
                pendingToColumnTop();
            }
        }

        /**
         * A table across the columns starts at the top of an empty page, or at the foot of
         * this page's columns when its header and two rows fit there (the text to come fills
         * the columns above it); the rest continues from the top of the next pages.
         */
        private void placeWideRows(RowsBlock b) {
            int from = 0;
            boolean placed = false;
            if (pageEmpty() || col == 0) {
                boolean atTop = pageEmpty();
                RowsBlock.Part part = b.cut(0, atTop ? bottom[0] - cursor[0] : roomAtBottomOfAll(), false);
                if (part != null) {
                    int h = part.block().slots();
                    int y = atTop ? cursor[0] : minBottom() - h;
                    placements.add(new Placement(-1, y, null, part.block()));
                    for (int c = 0; c < columns; c++) {
                        if (atTop) {
                            cursor[c] += h;
                            top[c] = cursor[c];
                        } else {
                            bottom[c] = y;
                        }
                    }
                    from = part.end();
                    placed = true;
                }
            }
            while (!placed || from < b.rows()) {
                RowsBlock.Part part = b.cut(from, Math.max(limit, 1), false);
                if (part == null) {
                    part = b.cut(from, Math.max(limit, 1), true);
                }
                pendingPage.add(part.block());
                from = part.end();
                placed = true;
            }
        }

        /** Text comes after the current block: something to fill a column's rest. */
        private boolean textFollows() {
            return blocks.subList(bi + 1, blocks.size()).stream().anyMatch(b -> b instanceof TextBlock);
        }

        /** Whether the start the block after a heading must keep with it fits in {@code room} lines. */
        private boolean nextFits(int room) {
            if (bi + 1 >= blocks.size()) {
                return true;
            }
            FlowBlock next = blocks.get(bi + 1);
            if (next instanceof RowsBlock r) {
                return r.pageWide() || room > 0 && r.cut(0, room, false) != null;
            }
            if (!(next instanceof TextBlock t)) {
                return true;
            }
            int content = t.size() - t.leadingBlanks();
            return room >= t.leadingBlanks() + (t.splittable() ? Math.min(content, t.minFragment()) : content);
        }

        private void place(TextBlock b, int n) {
            Placement p = new Placement(col, cursor[col], b.slots().subList(si, si + n), null);
            placements.add(p);
            text.add(p, bi, si);
            cursor[col] += n;
            si += n;
            placedOfBlock += n;
        }

        private void placeFloat(FloatBlock f) {
            if (f.pageWide()) {
                if (pageEmpty() && f.slots() <= bottom[0] - cursor[0]) {
                    placements.add(new Placement(-1, cursor[0], null, f));
                    for (int c = 0; c < columns; c++) {
                        cursor[c] += f.slots();
                        top[c] = cursor[c];
                    }
                    return;
                }
                if (col == 0 && f.slots() <= roomAtBottomOfAll()) {
                    // above whatever already sits at the foot of any column
                    int y = minBottom() - f.slots();
                    for (int c = 0; c < columns; c++) {
                        bottom[c] = y;
                    }
                    placements.add(new Placement(-1, y, null, f));
                    return;
                }
                pendingPage.add(f);
                return;
            }
            int avail = bottom[col] - cursor[col];
            if (f.slots() <= avail && pendingColumn.isEmpty()) {
                if (columnEmpty()) {
                    placements.add(new Placement(col, cursor[col], null, f));
                    cursor[col] += f.slots();
                    top[col] = cursor[col];
                } else {
                    bottom[col] -= f.slots();
                    placements.add(new Placement(col, bottom[col], null, f));
                }
                return;
            }
            pendingColumn.add(f);
        }

        /** Grid lines free at the foot of every column, under each column's text and two lines more. */
        private int roomAtBottomOfAll() {
            int highest = 0;
            for (int c = 0; c < columns; c++) {
                highest = Math.max(highest, Math.max(cursor[c], top[c] + 2));
            }
            return minBottom() - highest;
        }

        private int minBottom() {
            int m = Integer.MAX_VALUE;
            for (int c = 0; c < columns; c++) {
                m = Math.min(m, bottom[c]);
            }
            return m;
        }

        private void flushFloats() {
            int guard = 0;
            while ((!pendingColumn.isEmpty() || !pendingPage.isEmpty()) && guard++ < 1000 && !overflowed) {
                if (!pendingColumn.isEmpty()) {
                    FloatBlock f = pendingColumn.peek();
                    if (f.slots() <= bottom[col] - cursor[col] || columnEmpty() && fullColumn()) {
                        pendingColumn.poll();
                        placements.add(new Placement(col, cursor[col], null, f));
                        cursor[col] += f.slots();
                        continue;
                    }
                    nextColumn();
                    continue;
                }
                if (pageEmpty() && (pendingPage.peek().slots() <= minBottom() - cursor[0] || cursor[0] == pageTop)) {
                    FloatBlock f = pendingPage.poll();
                    placements.add(new Placement(-1, cursor[0], null, f));
                    for (int c = 0; c < columns; c++) {
                        cursor[c] += f.slots();
                        top[c] = cursor[c];
                    }
                    continue;
                }
                if (fitsBelowAll(pendingPage.peek().slots())) {
                    FloatBlock f = pendingPage.poll();
                    int y = maxCursor();
                    placements.add(new Placement(-1, y, null, f));
                    for (int c = 0; c < columns; c++) {
                        cursor[c] = y + f.slots();
                    }
                    continue;
                }
                newPage();
            }
        }

        private boolean fitsBelowAll(int slots) {
            return maxCursor() + slots <= bottom[0];
        }

        private int maxCursor() {
            int m = 0;
            for (int c = 0; c < columns; c++) {
                m = Math.max(m, cursor[c]);
            }
            return m;
        }
    }
}
