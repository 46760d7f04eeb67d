package org.issuepress.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.issuepress.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** Floats and text never share grid lines of a column, whatever order they come in. */
class ColumnFlowOverlapTest {
    private static final SourcePos POS = new SourcePos("t.txt", 1, 1);

    @Test
    void aPageWideFloatAfterAColumnFloatDoesNotLieOverTheOtherColumn() {
        // a chart at the top of the first column, then a page-wide table, then text:
        // the table used to go under the chart, across the second column's text
        List<FlowBlock> blocks = List.of(column(12), pageWide(10), text(40), text(30), text(25));
        List<FlowPage> pages = new ColumnFlow(2, 38, 9).flow(blocks);
        assertNoOverlap(pages, 2);
        assertEquals(2, pages.stream().flatMap(p -> p.placements().stream()).filter(Placement::isFloat).count(),
                "both floats placed");
        assertEquals(95, pages.stream().flatMap(p -> p.placements().stream()).filter(p -> !p.isFloat())
                .mapToInt(Placement::height).sum(), "every line of text placed");
    }

    @Test
    void mixedFloatsAndTextNeverOverlap() {
        java.util.Random r = new java.util.Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            int columns = 2 + trial % 2;
            List<FlowBlock> blocks = new ArrayList<>();
            int n = 3 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(4);
                blocks.add(kind == 0 ? column(4 + r.nextInt(14)) : kind == 1 ? pageWide(4 + r.nextInt(16))
                        : text(2 + r.nextInt(30)));
            }
            List<FlowPage> pages = new ColumnFlow(columns, 38, 9).flow(blocks);
            try {
                assertNoOverlap(pages, columns);
                assertEquals(blocks.stream().filter(b -> b instanceof FloatBlock).count(),
                        pages.stream().flatMap(p -> p.placements().stream()).filter(Placement::isFloat).count(), "floats lost");
                assertEquals(blocks.stream().filter(b -> b instanceof TextBlock).mapToInt(b -> ((TextBlock) b).size()).sum(),
                        pages.stream().flatMap(p -> p.placements().stream()).filter(p -> !p.isFloat())
                                .mapToInt(Placement::height).sum(), "text lost");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + describe(blocks) + "\n" + describePages(pages), e);
            }
        }
    }

    private static void assertNoOverlap(List<FlowPage> pages, int columns) {
        for (int p = 0; p < pages.size(); p++) {
            int[][] used = new int[columns][60];
            for (Placement pl : pages.get(p).placements()) {
                List<Integer> cols = pl.column() < 0 ? range(columns) : List.of(pl.column());
                for (int c : cols) {
                    assertTrue(pl.slot() >= 0 && pl.slot() + pl.height() <= 38, "page " + p + ": lines " + pl.slot()
                            + "–" + (pl.slot() + pl.height()) + " are off the page");
                    for (int line = pl.slot(); line < pl.slot() + pl.height(); line++) {
                        used[c][line]++;
                        assertTrue(used[c][line] == 1, "page " + p + " column " + c + " line " + line + " taken twice");
                    }
                }
            }
        }
    }

    private static String describe(List<FlowBlock> blocks) {
        StringBuilder b = new StringBuilder();
        for (FlowBlock f : blocks) {
            b.append(f instanceof FloatBlock fb ? (fb.pageWide() ? "W" : "C") + fb.slots() : "T" + ((TextBlock) f).size()).append(' ');
        }
        return b.toString();
    }

    private static String describePages(List<FlowPage> pages) {
        StringBuilder b = new StringBuilder();
        for (FlowPage p : pages) {
            b.append("page:");
            for (Placement pl : p.placements()) {
                b.append(' ').append(pl.isFloat() ? "F" : "T").append(pl.column()).append('@').append(pl.slot()).append('+').append(pl.height());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    private static FloatBlock column(int slots) {
        return new FloatBlock(slots, false, List.of(), POS);
    }

    private static FloatBlock pageWide(int slots) {
        return new FloatBlock(slots, true, List.of(), POS);
    }

    private static TextBlock text(int lines) {
        return new TextBlock(Collections.nCopies(lines, new Slot(List.of(), List.of(new org.issuepress.compose.page.Mark.Dot(0, 0, 1, "text")))),
                true, false, 2, POS);
    }
}
