package org.issuepress.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.issuepress.compose.page.Mark;
import org.issuepress.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** The column flow on made-up blocks: splitting, keeping, floats and balancing. */
class ColumnFlowTest {
    static final SourcePos POS = SourcePos.file("test");

    static TextBlock para(int lines) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            slots.add(new Slot(List.of(), List.of(new Mark.Dot(0, 0, 1, "text"))));
        }
        return new TextBlock(slots, true, false, 2, POS);
    }

    static TextBlock heading() {
        return new TextBlock(List.of(Slot.BLANK, new Slot(List.of(), List.of(new Mark.Dot(0, 0, 1, "accent")))), false, true, 2, POS);
    }

    static FloatBlock figure(int slots, boolean wide) {
        return new FloatBlock(slots, wide, List.of(), POS);
    }

    /** A table of one-line rows under a one-line header, cut as Tables cuts: two rows at least on each side. */
    static RowsBlock table(int rows, boolean wide) {
        return new RowsBlock(rows, wide, (from, maxSlots, force) -> {
            int n = Math.min(rows - from, maxSlots - 1);
            if (rows - from - n == 1) {
                n--;
            }
            if (n < Math.min(2, rows - from)) {
                if (!force) {
                    return null;
                }
                n = 1;
            }
            return new RowsBlock.Part(figure(1 + n, wide), from + n);
        }, POS);
    }

    /** Lines per column of each page: [page][column]. */
    static List<int[]> heights(List<FlowPage> pages, int columns) {
        List<int[]> out = new ArrayList<>();
        for (FlowPage p : pages) {
            int[] h = new int[columns];
            for (Placement pl : p.placements()) {
                if (!pl.isFloat()) {
                    h[pl.column()] += pl.height();
                }
            }
            out.add(h);
        }
        return out;
    }

    @Test
    void aParagraphSplitsBetweenColumnsLeavingTwoLinesOnEachSide() {
        // column of 10 lines, header of 3 on the first page: 7 + 10 + ... lines
        List<FlowBlock> blocks = List.of(para(6), para(3), para(9));
        List<FlowPage> pages = new ColumnFlow(2, 10, 3).flow(blocks);
        for (FlowPage p : pages) {
            for (Placement pl : p.placements()) {
                assertTrue(pl.isFloat() || pl.height() >= 2, "no single line fragment: " + pl);
            }
        }
        // the 3-line paragraph cannot split 1 + 2 after 6 lines in a 7-line column: it moves whole
        Placement second = pages.get(0).placements().get(1);
        assertEquals(1, second.column());
        assertEquals(3, second.height());
    }

    @Test
    void aHeadingIsNeverLastInAColumn() {
        // a second page follows, so the first is not balanced
        List<FlowBlock> blocks = List.of(para(6), heading(), para(5), para(10), para(10));
        List<FlowPage> pages = new ColumnFlow(2, 10, 0).flow(blocks);
        Placement head = pages.get(0).placements().get(1);
        assertEquals(0, head.column(), "the heading, its space and two lines fit under the 6 lines");
        blocks = List.of(para(8), heading(), para(5), para(10), para(10));
        pages = new ColumnFlow(2, 10, 0).flow(blocks);
        head = pages.get(0).placements().get(1);
        assertEquals(1, head.column(), "no room for heading and two lines: the heading moves on");
        assertEquals(0, head.slot(), "and drops its space above at the top of the column");
        assertEquals(1, head.height());
    }

    /** A paragraph that can also be set a line longer ({@code longer}) or shorter ({@code shorter}). */
    static TextBlock resettable(int lines, boolean longer, boolean shorter) {
        TextBlock p = para(lines);
        return new TextBlock(p.slots(), true, false, 2, POS,
                (keep, d) -> d == 1 && longer || d == -1 && shorter ? para(lines + d).slots() : null);
    }

    /**
     * Issue #20: a heading that does not fit at a column foot with two lines of its text takes
     * a line back from the paragraph above (5 → 4 lines), so that it and two lines fit, rather
     * than leave the three lines empty; its space above stays as designed.
     */
    @Test
    void aHeadingAtAColumnFootTakesALineBackFromTheParagraphAbove() {
        List<FlowBlock> blocks = List.of(resettable(5, true, true), heading(), para(5), para(10), para(10));
        FlowPage page = new ColumnFlow(2, 8, 0).flow(blocks).get(0);
        Placement above = page.placements().get(0);
        Placement head = page.placements().get(1);
        assertEquals(4, above.height(), "the paragraph set a line shorter");
        assertEquals(0, head.column());
        assertEquals(4, head.slot());
        assertEquals(2, head.height(), "its blank line above kept");
        assertEquals(List.of(2, 3), List.of(page.placements().get(2).height(), page.placements().get(3).height()),
                "two lines of its text under it, the rest in the next column");
        assertEquals(8, heights(List.of(page), 2).get(0)[0], "the column runs to its foot");
        assertTrue(page.shortColumns().isEmpty());
    }

    /** Where no line can be taken back, the paragraphs above run a line longer each until the column is full. */
    @Test
    void aHeadingAtAColumnFootLetsTheParagraphsAboveRunOn() {
        List<FlowBlock> blocks = List.of(resettable(3, true, false), resettable(3, true, false), heading(), para(5), para(10));
        FlowPage page = new ColumnFlow(2, 8, 0).flow(blocks).get(0);
        assertEquals(4, page.placements().get(0).height());
        assertEquals(4, page.placements().get(1).height());
        Placement head = page.placements().get(2);
        assertEquals(1, head.column(), "the heading starts the next column");
        assertEquals(0, head.slot());
        assertEquals(1, head.height(), "its space above dropped at the column's top");
        assertTrue(page.shortColumns().isEmpty());
    }

    /** A paragraph that cannot leave two lines on each side is set a line longer itself so that it splits 2 + 2. */
    @Test
    void aParagraphThatWouldLeaveAWidowIsSetALineLonger() {
        List<FlowBlock> blocks = List.of(para(6), resettable(3, true, false), para(10));
        FlowPage page = new ColumnFlow(2, 8, 0).flow(blocks).get(0);
        assertEquals(8, heights(List.of(page), 2).get(0)[0], "6 + 2 lines in the first column");
        assertEquals(2, page.placements().get(2).height(), "the paragraph's other two lines top the next column");
    }

    /** With nothing above that can be set again, the hole stays and the page says so, for the report. */
    @Test
    void aColumnThatCannotBeClosedIsReported() {
        List<FlowBlock> blocks = List.of(para(5), heading(), para(5), para(10), para(10));
        FlowPage page = new ColumnFlow(2, 8, 0).flow(blocks).get(0);
        assertEquals(1, page.placements().get(1).column(), "the heading moved on");
        assertEquals(List.of(new FlowPage.ShortColumn(0, 3, false, POS)), page.shortColumns());
        TextBlock spaced = new TextBlock(List.of(Slot.BLANK, Slot.BLANK, heading().slots().get(1)), false, true, 2, POS);
        blocks = List.of(para(4), spaced, para(5), para(10), para(10));
        Placement head = new ColumnFlow(2, 8, 0).flow(blocks).get(0).placements().get(1);
        assertEquals(1, head.column(), "a heading never gives up its space above to stay at a foot");
    }

    /** A heading keeps with the header and two rows of a table after it, as with two lines of text. */
    @Test
    void aHeadingKeepsWithTheStartOfATable() {
        List<FlowBlock> blocks = List.of(para(5), heading(), table(10, false), para(10), para(10));
        List<FlowPage> pages = new ColumnFlow(2, 10, 0).flow(blocks);
        Placement head = pages.get(0).placements().get(1);
        Placement table = pages.get(0).placements().get(2);
        assertEquals(0, head.column(), "the heading and the table's header and two rows fit under the 5 lines");
        assertEquals(0, table.column());
        assertEquals(7, table.slot(), "the table right under the heading");
        assertEquals(3, table.height(), "its header and two rows; the rest in the next column");
        blocks = List.of(para(6), heading(), table(10, false), para(10), para(10));
        head = new ColumnFlow(2, 10, 0).flow(blocks).get(0).placements().get(1);
        assertEquals(1, head.column(), "not at the foot of the column with the table's header alone");
    }

    /** A table a column holds is not cut: it waits for the next column and the text after it fills this one. */
    @Test
    void aShortTableThatDoesNotFitTheRestOfTheColumnMovesWholeAndTextFillsTheColumn() {
        List<FlowBlock> blocks = List.of(para(7), table(4, false), para(6), para(10), para(10));
        List<FlowPage> pages = new ColumnFlow(2, 10, 0).flow(blocks);
        List<Placement> tables = pages.get(0).placements().stream().filter(Placement::isFloat).toList();
        assertEquals(1, tables.size(), "one part: " + tables);
        assertEquals(1, tables.get(0).column());
        assertEquals(0, tables.get(0).slot());
        assertEquals(5, tables.get(0).height());
        assertEquals(10, heights(pages, 2).get(0)[0], "the text after the table fills the first column");
    }

    /** A page-wide table starts at the foot of the page's columns with as many rows as fit; the rest tops the next page. */
    @Test
    void aWideTableStartsAtTheFootOfThePageAndContinuesOnTheNext() {
        List<FlowBlock> blocks = List.of(para(3), table(12, true), para(10), para(10), para(10));
        List<FlowPage> pages = new ColumnFlow(2, 10, 0).flow(blocks);
        Placement first = pages.get(0).placements().stream().filter(Placement::isFloat).findFirst().orElseThrow();
        assertEquals(-1, first.column());
        assertEquals(3, first.slot(), "under the three lines of text before it");
        assertEquals(7, first.height(), "its header and six rows");
        Placement rest = pages.get(1).placements().stream().filter(Placement::isFloat).findFirst().orElseThrow();
        assertEquals(-1, rest.column());
        assertEquals(0, rest.slot());
        assertEquals(7, rest.height(), "the header again and the other six rows");
    }

    @Test
    void aFigureThatFitsGoesToTheBottomOfItsColumnAndTextFlowsAboveIt() {
        List<FlowBlock> blocks = List.of(para(3), figure(4, false), para(10), para(12), para(12));
        List<FlowPage> pages = new ColumnFlow(2, 12, 0).flow(blocks);
        Placement fig = pages.get(0).placements().stream().filter(Placement::isFloat).findFirst().orElseThrow();
        assertEquals(0, fig.column());
        assertEquals(8, fig.slot(), "at the bottom of a 12-line column");
        int col0Text = pages.get(0).placements().stream().filter(p -> !p.isFloat() && p.column() == 0)
                .mapToInt(Placement::height).sum();
        assertEquals(8, col0Text, "text fills the column down to the figure");
    }

    @Test
    void aFigureThatDoesNotFitWaitsForTheTopOfTheNextColumn() {
        List<FlowBlock> blocks = List.of(para(9), figure(4, false), para(4), para(12), para(12));
        List<FlowPage> pages = new ColumnFlow(2, 12, 0).flow(blocks);
        Placement fig = pages.get(0).placements().stream().filter(Placement::isFloat).findFirst().orElseThrow();
        assertEquals(1, fig.column());
        assertEquals(0, fig.slot());
    }

    @Test
    void aWideFloatGoesToTheTopOfTheNextPageWhenThePageIsBegun() {
        List<FlowBlock> blocks = new ArrayList<>(List.of(para(10), figure(5, true)));
        blocks.addAll(Collections.nCopies(4, para(8)));
        List<FlowPage> pages = new ColumnFlow(2, 12, 0).flow(blocks);
        Placement wide = pages.stream().flatMap(p -> p.placements().stream()).filter(Placement::isFloat).findFirst().orElseThrow();
        assertEquals(-1, wide.column());
        assertTrue(wide.slot() == 0 || wide.slot() + 5 == 12, "top or bottom of a page, spanning the columns");
    }

    @Test
    void theLastPagesColumnsAreBalanced() {
        List<FlowBlock> blocks = new ArrayList<>(Collections.nCopies(5, para(4)));
        List<FlowPage> pages = new ColumnFlow(3, 30, 0).flow(blocks);
        assertEquals(1, pages.size());
        int[] h = heights(pages, 3).get(0);
        int max = Math.max(h[0], Math.max(h[1], h[2]));
        int min = Math.min(h[0], Math.min(h[1], h[2]));
        assertTrue(max - min <= 4 && max <= 8, "balanced: " + h[0] + "/" + h[1] + "/" + h[2]);
    }
}
