package org.issuepress.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.compose.flow.FloatBlock;
import org.issuepress.compose.flow.RowsBlock;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.PrintSettings;
import org.issuepress.model.Table;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/** A table too long for one column or page continues in parts, each under the header again. */
class TablesTest {
    private static final SourcePos POS = new SourcePos("tables/t.yaml", 1, 1);

    @Test
    void aLongTableContinuesWithItsHeaderRepeated() {
        Grid grid = new Grid(TestFonts.design(), new PrintSettings(210, 285, 3, 100, "", 0.1, "", "", 4));
        TextComposer text = new TextComposer(new Styles(TestFonts.design(), TestFonts.fonts()), new GlyphCheck(new Diagnostics()));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(new Table.Row(List.of(new Table.Cell("第" + i + "村", null),
                    new Table.Cell(String.valueOf(i * 7), BigDecimal.valueOf(i * 7))), POS));
        }
        Table t = new Table("长表", List.of(new Table.Column("村名", null), new Table.Column("户数", null)), rows, null, null, POS);
        int maxSlots = grid.lines() - 4;
        RowsBlock table = new Tables(text, grid).table(t, grid.columnWidth(TestFonts.design().layout("survey")), 504, maxSlots);
        List<FloatBlock> parts = new ArrayList<>();
        for (int from = 0; from < table.rows(); ) {
            RowsBlock.Part part = table.cut(from, maxSlots, false);
            parts.add(part.block());
            from = part.end();
        }
        assertTrue(parts.size() >= 3, "80 rows need several parts: " + parts.size());
        List<String> all = new ArrayList<>();
        for (FloatBlock part : parts) {
            assertTrue(part.slots() <= maxSlots, "a part fits its space: " + part.slots());
            List<String> lines = ((TextFrame) part.frames().get(0)).rows().stream().map(TextRow::line)
                    .map(l -> l.text()).toList();
            int head = lines.indexOf("村名");
            assertTrue(head >= 0 && head <= 1 && lines.contains("户数"), "each part starts with the header: " + lines);
            lines.stream().filter(l -> l.startsWith("第")).forEach(all::add);
        }
        assertEquals(80, all.size(), "every row once");
        assertEquals("第1村", all.get(0));
        assertEquals("第80村", all.get(79));
    }
}
