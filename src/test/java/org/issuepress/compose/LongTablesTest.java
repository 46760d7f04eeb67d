package org.issuepress.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.Mark;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Tables as editors make them: long, with long cells, with grouped headers; all inside the text block. */
class LongTablesTest {
    private static final String SENTENCE = "近年来，某市深入学习贯彻重要论述，始终把打赢脱贫攻坚战作为重大政治任务和第一民生工程。";

    private static Path issueWithTable(String tableYaml, String body) throws IOException {
        Path dir = TestIssues.minimalWith(null);
        Files.writeString(dir.resolve("tables/long.yaml"), tableYaml);
        Files.writeString(dir.resolve("articles/one.txt"), "---\ntitle: 第一篇\nkind: district\n---\n" + body + "\n");
        return dir;
    }

    private static String rows(int n) {
        StringBuilder y = new StringBuilder("title: 长表\ncolumns:\n  - name: 村\n  - name: 户数\nrows:\n");
        for (int i = 1; i <= n; i++) {
            y.append("  - [村").append(i).append(", ").append(i).append("]\n");
        }
        return y.toString();
    }

    private static ComposedIssue compose(Path dir, Diagnostics d) {
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        return p.compose(p.load(dir, d), d);
    }

    private static List<TextFrame> tables(ComposedIssue c, Page page) {
        return page.frames().stream().filter(f -> f instanceof TextFrame t && "table".equals(t.role()))
                .map(TextFrame.class::cast).toList();
    }

    /**
     * A table too tall for the column under the article's header but not for a page went
     * over the bottom margin (preflight then refused the print file): it must continue in the
     * next column or page, each part under the header again, all inside the text block.
     */
    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {32, 34, 40, 70})
    void aLongTableInTwoColumnsStaysInsideTheTextBlock(int n) throws IOException {
        String text = SENTENCE.repeat(3);
        Path dir = issueWithTable(rows(n), text + "\n\n[表 tables/long.yaml]\n\n" + text);
        ComposedIssue c = compose(dir, new Diagnostics());
        double bottom = c.grid().blockTop() + c.grid().blockHeight();
        List<String> villages = new ArrayList<>();
        for (Page page : c.pages()) {
            for (TextFrame t : tables(c, page)) {
                assertTrue(t.box().y() + t.box().h() <= bottom + 0.5,
                        "page " + page.folio() + ": the table part ends at " + (t.box().y() + t.box().h()) + ", the text block at " + bottom);
                List<String> lines = t.rows().stream().map(TextRow::line).map(l -> l.text()).toList();
                assertTrue(lines.indexOf("村") >= 0 && lines.indexOf("村") <= 1, "each part under the header: " + lines);
                lines.stream().filter(l -> l.startsWith("村") && l.length() > 1).forEach(villages::add);
            }
        }
        assertEquals(n, villages.size(), "every row once: " + villages);
    }

    /** The body frame on the page that ends where {@code table} starts, in its column, or null. */
    private static TextFrame textAbove(Page page, TextFrame table) {
        return page.frames().stream().filter(f -> f instanceof TextFrame t && "body".equals(t.role()))
                .map(TextFrame.class::cast)
                .filter(t -> Math.abs(t.box().x() - table.box().x()) < 0.5 && Math.abs(t.box().bottom() - table.box().y()) < 0.5)
                .findFirst().orElse(null);
    }

    private static String lastLine(TextFrame t) {
        return t.rows().get(t.rows().size() - 1).line().text();
    }

    /**
     * A table after body text runs on directly under the paragraph before it, in the same
     * column, and the text after it follows below it: a table set as a float went to the foot
     * of the column (or the next one) and left the paragraph after it above it, or the
     * column's rest empty.
     */
    @Test
    void aShortTableStartsDirectlyUnderTheParagraphBeforeIt() throws IOException {
        String before = SENTENCE.repeat(2) + "表前一段到此为止。";
        String after = "表后一段从这里开始。" + SENTENCE.repeat(2);
        String more = ("\n\n" + SENTENCE.repeat(4)).repeat(12);
        Path dir = issueWithTable(rows(3), SENTENCE.repeat(3) + "\n\n" + before + "\n\n[表 tables/long.yaml]\n\n" + after + more);
        ComposedIssue c = compose(dir, new Diagnostics());
        Page page = c.pages().stream().filter(p -> !tables(c, p).isEmpty()).findFirst().orElseThrow();
        TextFrame table = tables(c, page).get(0);
        assertEquals(3, table.rows().stream().filter(r -> r.line().text().matches("村\\d+")).count(), "the table whole: " + table.rows());
        TextFrame above = textAbove(page, table);
        assertTrue(above != null && lastLine(above).endsWith("为止。"),
                "the paragraph before the table ends right above it, in its column: " + (above == null ? "no text above" : lastLine(above)));
        boolean laterTextAbove = page.frames().stream().filter(f -> f instanceof TextFrame t && "body".equals(t.role()))
                .map(TextFrame.class::cast)
                .filter(t -> Math.abs(t.box().x() - table.box().x()) < 0.5 && t.box().y() < table.box().y())
                .flatMap(t -> t.rows().stream()).anyMatch(r -> r.line().text().startsWith("表后一段"));
        assertTrue(!laterTextAbove, "the paragraph after the table is not set above it");
    }

    /**
     * A long table starts in the rest of the column under the text before it, then continues
     * in the next columns and pages, each part under the header again; no part is a header
     * alone or keeps one row of the table alone (the caption and header never end a column).
     */
    @ParameterizedTest(name = "{0} sentences before")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aLongTableStartsMidColumnAndEveryPartKeepsTwoRows(int sentences) throws IOException {
        Path dir = issueWithTable(rows(45), SENTENCE.repeat(sentences) + "\n\n[表 tables/long.yaml]\n\n" + SENTENCE.repeat(6));
        ComposedIssue c = compose(dir, new Diagnostics());
        List<TextFrame> parts = new ArrayList<>();
        Page first = null;
        for (Page page : c.pages()) {
            if (first == null && !tables(c, page).isEmpty()) {
                first = page;
            }
            parts.addAll(tables(c, page));
        }
        assertTrue(parts.size() >= 2, "45 rows take more than one column: " + parts.size());
        TextFrame above = textAbove(first, parts.get(0));
        if (above == null) {
            // at the top of the next column only when title, header and two rows (about five
            // grid lines) do not fit under the text
            TextFrame table = parts.get(0);
            List<TextFrame> body = first.frames().stream().filter(f -> f instanceof TextFrame t && "body".equals(t.role()))
                    .map(TextFrame.class::cast).toList();
            assertTrue(!body.isEmpty(), "the table starts on the page of the text before it");
            double left = (c.grid().blockTop() + c.grid().blockHeight() - body.get(0).box().bottom()) / c.grid().slot();
            boolean columnTop = body.stream().noneMatch(t -> Math.abs(t.box().x() - table.box().x()) < 0.5 && t.box().y() < table.box().y());
            assertTrue(left < 5 && columnTop, "the table moved on although " + left + " lines were left under the text before it");
        } else {
            assertTrue(lastLine(above).endsWith("工程。"), "the table starts under the text before it");
        }
        List<String> heads = new ArrayList<>();
        for (TextFrame part : parts) {
            List<String> lines = part.rows().stream().map(r -> r.line().text()).toList();
            heads.add(lines.get(0));
            long rows = lines.stream().filter(l -> l.matches("村\\d+")).count();
            assertTrue(rows >= 2, "a part with " + rows + " row(s): " + lines);
        }
        assertEquals("长表", heads.get(0), "the first part under the title");
        assertTrue(heads.subList(1, heads.size()).stream().allMatch("村"::equals), "later parts under the header again: " + heads);
    }

    /** A run with no break opportunity wider than its cell is broken by character, not clipped at the page edge. */
    @Test
    void anUnbreakableRunIsBrokenInsideItsCell() throws IOException {
        String run = "ABCDEFGHIJ".repeat(20);
        Path dir = issueWithTable("title: 表\ncolumns:\n  - name: 地址\n  - name: 户数\nrows:\n  - [" + run + ", 12]\n",
                "正文。\n\n[表 tables/long.yaml]");
        Diagnostics d = new Diagnostics();
        ComposedIssue c = compose(dir, d);
        assertTrue(!d.hasErrors(), d.sorted().toString());
        TextFrame table = c.pages().stream().flatMap(p -> tables(c, p).stream()).findFirst().orElseThrow();
        StringBuilder cell = new StringBuilder();
        for (TextRow r : table.rows()) {
            assertTrue(r.x() + r.line().end() <= table.box().w() + 0.5, "a line inside the table: " + r.line().text());
            if (r.line().text().matches("[A-J]+")) {
                cell.append(r.line().text());
            }
        }
        assertEquals(run, cell.toString(), "the whole run, over several lines");
    }

    /** 10,000 characters cannot fit a page however they break: refused at the row, with the cell's column. */
    @Test
    void aCellTooLongForAPageIsRefusedAtItsRowAndColumn() throws IOException {
        Path dir = issueWithTable("title: 表\ncolumns:\n  - name: 甲\n  - name: 说明\nrows:\n  - [1, 2]\n  - [3, \""
                + "a".repeat(10_000) + "\"]\n", "正文。\n\n[表 tables/long.yaml]");
        Diagnostics d = new Diagnostics();
        try {
            compose(dir, d);
        } catch (EditorErrors e) {
            d.addAll(e.diagnostics());
        }
        List<String> found = d.sorted().stream().map(Diagnostic::format).toList();
        assertTrue(found.stream().anyMatch(f -> f.contains("tables/long.yaml:7:")
                && f.contains("error: row 2, column '说明': the cell's 10000 characters take")), found.toString());
    }

    /**
     * The header cell that spans both rows of a grouped header (地区 over 脱贫人口's 户数 and
     * 人数) has no rule through it, and the two header rows are one fill (adjacent fills show
     * a pale seam on screen).
     */
    @Test
    void aHeaderCellSpanningTwoRowsHasNoRuleThroughIt() {
        ComposedIssue c = compose(TestIssues.minimalWith(null), new Diagnostics());
        TextFrame table = c.pages().stream().flatMap(p -> tables(c, p).stream()).findFirst().orElseThrow();
        TextRow region = table.rows().stream().filter(r -> r.line().text().equals("地区")).findFirst().orElseThrow();
        TextRow households = table.rows().stream().filter(r -> r.line().text().equals("户数")).findFirst().orElseThrow();
        double groupStart = households.x() - 1;
        for (Mark m : table.marks()) {
            if (m instanceof Mark.Rule r && r.colour().equals("paper")) {
                assertTrue(Math.min(r.x1(), r.x2()) >= region.x() + region.line().end() && Math.min(r.x1(), r.x2()) > 0,
                        "a paper rule through the spanning cell 地区: " + r);
            }
        }
        long headerFills = table.marks().stream().filter(m -> m instanceof Mark.Rect r && "accent".equals(r.fill())).count();
        assertEquals(1, headerFills, "one fill under both header rows");
        assertTrue(groupStart > region.x(), "the group's columns are right of 地区");
    }
}
