package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.model.Table;
import org.issuepress.model.TableBlock;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/** The seed's three tables in the print PDF: complete, and their figures right-aligned. */
class TablesInTheIssueTest {

    static List<Table> tables() {
        return SampleIssue.built().composed().issue().articles().flatMap(a -> a.blocks().stream())
                .filter(b -> b instanceof TableBlock).map(b -> ((TableBlock) b).table()).toList();
    }

    @Test
    void everyCellOfTheThreeTablesIsPrinted() {
        List<Table> tables = tables();
        assertEquals(3, tables.size());
        List<String> pages = SampleIssue.pageTexts().stream().map(PdfProbe::squeeze).toList();
        for (Table t : tables) {
            String page = pages.get(pageOf(t));
            List<Table.Row> rows = new ArrayList<>(t.rows());
            if (t.total() != null) {
                rows.add(t.total());
            }
            for (Table.Column c : t.columns()) {
                assertTrue(page.contains(PdfProbe.squeeze(c.name())), t.title() + ": header " + c.name());
            }
            for (Table.Row r : rows) {
                for (Table.Cell cell : r.cells()) {
                    assertTrue(page.contains(PdfProbe.squeeze(cell.text())), t.title() + ": cell " + cell.text());
                }
            }
        }
    }

    @Test
    void figuresOfAColumnShareOneRightEdge() throws IOException {
        int checked = 0;
        try (PDDocument doc = SampleIssue.open()) {
            for (Table t : tables()) {
                if (t.rows().stream().noneMatch(r -> r.cells().stream().skip(1).anyMatch(Table.Cell::isNumber))) {
                    continue;
                }
                int page = pageOf(t);
                List<List<Token>> lines = lines(PdfProbe.chars(doc, page));
                Map<Integer, List<Float>> rights = new TreeMap<>();
                Map<Integer, List<Float>> lefts = new TreeMap<>();
                List<Table.Row> rows = new ArrayList<>(t.rows());
                rows.add(t.total());
                for (Table.Row r : rows) {
                    List<Token> found = find(lines, r);
                    for (int c = 1; c < r.cells().size(); c++) {
                        rights.computeIfAbsent(c, k -> new ArrayList<>()).add(found.get(c).right);
                        lefts.computeIfAbsent(c, k -> new ArrayList<>()).add(found.get(c).left);
                    }
                }
                for (Map.Entry<Integer, List<Float>> e : rights.entrySet()) {
                    List<Float> x = e.getValue();
                    float spread = max(x) - min(x);
                    assertTrue(spread <= 0.5f, t.title() + " column " + t.columns().get(e.getKey()).name()
                            + ": right edges spread " + spread + " pt " + x);
                    checked++;
                }
                // figures of different lengths: flush right, not centred or flush left
                assertTrue(lefts.values().stream().anyMatch(x -> max(x) - min(x) > 2), t.title() + ": left edges " + lefts);
            }
        }
        assertEquals(3 + 6, checked, "the number columns of the district and 雨露计划 tables");
    }

    private record Token(String text, float left, float right) {
    }

    /** The row's cells as consecutive tokens of one printed line, starting with its label. */
    private static List<Token> find(List<List<Token>> lines, Table.Row r) {
        for (List<Token> line : lines) {
            for (int i = 0; i + r.cells().size() <= line.size(); i++) {
                boolean match = true;
                for (int c = 0; c < r.cells().size() && match; c++) {
                    match = line.get(i + c).text.equals(PdfProbe.squeeze(r.cells().get(c).text()));
                }
                if (match) {
                    return line.subList(i, i + r.cells().size());
                }
            }
        }
        throw new AssertionError("row not found on one line: " + r.cells());
    }

    /** Characters on one baseline, cut into tokens where there is a gap. */
    private static List<List<Token>> lines(List<PdfProbe.Char> chars) {
        Map<Integer, List<PdfProbe.Char>> byBaseline = new TreeMap<>();
        for (PdfProbe.Char ch : chars) {
            if (!ch.text().isBlank()) {
                byBaseline.computeIfAbsent(Math.round(ch.y() * 4), k -> new ArrayList<>()).add(ch);
            }
        }
        List<List<Token>> lines = new ArrayList<>();
        for (List<PdfProbe.Char> line : byBaseline.values()) {
            line.sort(Comparator.comparingDouble(PdfProbe.Char::x));
            List<Token> tokens = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float left = 0;
            float right = 0;
            for (PdfProbe.Char ch : line) {
                if (text.length() > 0 && ch.x() - right > 1.5f) {
                    tokens.add(new Token(text.toString(), left, right));
                    text.setLength(0);
                }
                if (text.length() == 0) {
                    left = ch.x();
                }
                text.append(ch.text());
                right = ch.end();
            }
            tokens.add(new Token(text.toString(), left, right));
            lines.add(tokens);
        }
        return lines;
    }

    /** The page with the table's title and its first row (the contents page names it too). */
    private static int pageOf(Table t) {
        List<String> pages = SampleIssue.pageTexts();
        String first = PdfProbe.squeeze(t.rows().get(0).cells().get(0).text());
        for (int i = 0; i < pages.size(); i++) {
            String p = PdfProbe.squeeze(pages.get(i));
            if (p.contains(PdfProbe.squeeze(t.title())) && p.contains(first)) {
                return i;
            }
        }
        throw new AssertionError("table not printed: " + t.title());
    }

    private static float max(List<Float> x) {
        return x.stream().max(Float::compare).orElseThrow();
    }

    private static float min(List<Float> x) {
        return x.stream().min(Float::compare).orElseThrow();
    }
}
