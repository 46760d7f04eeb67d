package org.issuepress.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Lang;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * An Excel table added to an article ({@code import x.xlsx --article …}), as issue #26 (items 12,
 * 15) found it: the line under the table (资料来源：…) became a row of empty cells and kept the
 * 合计 row among the rows, the table went after the article's closing 作者单位 line, a sheet
 * without a title row was titled Sheet1, and a 合计 on a rate column did not say it may be empty.
 */
class TableIntoArticleTest {

    /** A sheet as statistics offices send them: no title row, a 合计 row, a rate column, the source under it. */
    static Path sheet(Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            Object[][] rows = {{"村名", "户数", "脱贫率（%）"}, {"东村", 12, 95.0}, {"西村", 8, 90.0}, {"合计", 21, 92.5},
                {"资料来源：测试镇统计站"}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow r = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (rows[i][j] instanceof Number n) {
                        r.createCell(j).setCellValue(n.doubleValue());
                    } else {
                        r.createCell(j).setCellValue(rows[i][j].toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    @Test
    void theTableGoesBeforeTheClosingLineWithItsNoteTotalTitleAndSumErrors() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).stripTrailing() + "\n（作者单位：测试镇扶贫办）\n");
        // the article's own table has a wrong 合计 already: check reports it, so does adding a table to the article
        Path own = issue.resolve("tables/numbers.yaml");
        Files.writeString(own, Files.readString(own).replace("total: [合计, 15, 27]", "total: [合计, 15, 28]"));
        Path xlsx = sheet(Files.createTempDirectory("i26-xlsx-").resolve("帮扶资金.xlsx"));
        Diagnostics d = new Diagnostics();
        Importer.Result r = Importer.run(new Importer.Request(xlsx, issue, null, null, Path.of("articles/one.txt")), d);

        List<String> lines = Files.readAllLines(article);
        assertEquals("（作者单位：测试镇扶贫办）", lines.get(lines.size() - 1), "the byline stays last");
        String table = lines.get(lines.size() - 2);
        assertTrue(table.matches("\\[表 tables/one-[a-z0-9-]+\\.yaml\\]"), table);
        String yaml = Files.readString(issue.resolve(table.substring(3, table.length() - 1)));
        assertTrue(yaml.contains("title: 帮扶资金\n"), "the file's name, not Sheet1:\n" + yaml);
        assertTrue(yaml.contains("note: 资料来源：测试镇统计站"), yaml);
        assertTrue(yaml.contains("total:") && !yaml.contains("- [合计"), "the 合计 row is the total, not a row:\n" + yaml);

        List<Diagnostic> sums = d.all().stream().filter(x -> x.code().equals("table-total")).toList();
        assertEquals(3, sums.size(), "户数 and the rate column of the new table, 人数 of the article's own: " + d.all());
        assertTrue(sums.stream().anyMatch(x -> x.pos().file().endsWith("tables/numbers.yaml") && x.message().contains("28")), sums.toString());
        assertTrue(sums.stream().anyMatch(x -> x.message().contains("'户数'") && x.message().contains("21 but the rows add up to 20")),
                sums.toString());
        Diagnostic rate = sums.stream().filter(x -> x.message().contains("脱贫率")).findFirst().orElseThrow();
        assertTrue(rate.hint().contains("may be left empty with ''"), rate.hint());
        assertTrue(rate.hint(Lang.ZH).contains("这一格可以写 '' 留空"), rate.hint(Lang.ZH));
        assertEquals(1, r.tables());
    }

    @Test
    void aLineUnderTheTableInItsFirstCellIsItsNote() {
        List<List<TableGrid.Cell>> grid = List.of(
                List.of(cell("村名"), cell("户数")), List.of(cell("东村"), cell("12")), List.of(cell("合计"), cell("12")),
                List.of(new TableGrid.Cell("单位：户", 2, false), new TableGrid.Cell("", 1, true)));
        TableData t = TableGrid.table(grid);
        assertEquals("单位：户", t.note());
        assertEquals(List.of("合计", "12"), t.total());
        assertEquals(1, t.rows().size());
    }

    private static TableGrid.Cell cell(String text) {
        return new TableGrid.Cell(text, 1, false);
    }
}
