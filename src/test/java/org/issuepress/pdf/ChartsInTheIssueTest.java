package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.issuepress.model.Chart;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Table;
import org.issuepress.model.TableBlock;
import org.issuepress.support.PdfOps;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * The sample issue's charts in the print PDF: each one drawn, as vectors, its labels text a
 * reader can search and copy, in the issue's own fonts, in CMYK.
 */
class ChartsInTheIssueTest {

    /** A chart as found in the PDF: its title, text and what else its marked content holds. */
    record Found(int page, String title, String text, List<String> fonts, int images) {
    }

    static List<Found> charts(PDDocument doc) throws IOException {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
            x.processPage(doc.getPage(i));
            for (PDMarkedContent m : x.getMarkedContents()) {
                collect(m, i, found);
            }
        }
        return found;
    }

    private static void collect(PDMarkedContent m, int page, List<Found> found) {
        if ("IssuePressChart".equals(m.getTag())) {
            StringBuilder text = new StringBuilder();
            List<String> fonts = new ArrayList<>();
            int[] images = {0};
            walk(m, text, fonts, images);
            String title = m.getProperties() == null ? null : m.getProperties().getString("Title");
            found.add(new Found(page, title, text.toString(), fonts, images[0]));
        }
        for (Object o : m.getContents()) {
            if (o instanceof PDMarkedContent inner) {
                collect(inner, page, found);
            }
        }
    }

    private static void walk(PDMarkedContent m, StringBuilder text, List<String> fonts, int[] images) {
        for (Object o : m.getContents()) {
            if (o instanceof TextPosition t) {
                text.append(t.getUnicode());
                fonts.add(t.getFont().getName());
            } else if (o instanceof PDImageXObject) {
                images[0]++;
            } else if (o instanceof PDMarkedContent inner) {
                walk(inner, text, fonts, images);
            }
        }
    }

    static List<Chart> sampleCharts() {
        return SampleIssue.built().composed().issue().articles().flatMap(a -> a.blocks().stream())
                .filter(b -> b instanceof ChartBlock c && !c.isPlaceholder()).map(b -> ((ChartBlock) b).chart()).toList();
    }

    @Test
    void everyChartIsDrawnWithItsLabelsAsTextInTheIssuesFonts() throws IOException {
        List<Chart> charts = sampleCharts();
        assertTrue(charts.size() >= 5, "the sample's charts: " + charts.size());
        try (PDDocument doc = SampleIssue.open()) {
            List<Found> found = charts(doc);
            assertEquals(charts.size(), found.size(), "one drawing per chart: " + found);
            for (Chart c : charts) {
                Found f = found.stream().filter(x -> c.title().equals(x.title())).findFirst()
                        .orElseThrow(() -> new AssertionError("not drawn: " + c.title()));
                String text = PdfProbe.squeeze(f.text());
                for (String category : c.categories()) {
                    assertTrue(text.contains(PdfProbe.squeeze(category)), c.title() + ": label " + category + " in " + text);
                }
                if (c.type() != Chart.ChartType.STACKED_BAR) {
                    for (Chart.Series s : c.series()) {
                        for (var v : s.values()) {
                            if (v.signum() != 0) {
                                assertTrue(text.contains(v.toPlainString()), c.title() + ": figure " + v + " in " + text);
                            }
                        }
                    }
                }
                assertTrue(f.fonts().stream().allMatch(n -> n.matches("[A-Z]{6}\\+(NotoSansCJKsc|LXGWWenKai).*")),
                        c.title() + " in the issue's fonts: " + f.fonts());
                assertEquals(0, f.images(), c.title() + " is vector");
            }
        }
    }

    /** Charts show the issue's numbers, never derived or invented ones: each figure is in the seed. */
    @Test
    void everyFigureOfEveryChartIsPrintedInTheSeed() {
        String seed = SampleIssue.seed();
        for (Chart c : sampleCharts()) {
            for (Chart.Series s : c.series()) {
                for (var v : s.values()) {
                    // the whole figure: 4213 must not be found inside 14213 or 4213.5
                    var figure = java.util.regex.Pattern.compile("(?<![\\d.])" + java.util.regex.Pattern.quote(v.toPlainString())
                            + "(?!\\d|\\.\\d)");
                    assertTrue(figure.matcher(seed).find(), c.title() + ": " + v + " is not a figure of the seed");
                }
            }
            if (c.type() == Chart.ChartType.STACKED_BAR) {
                for (int i = 0; i < c.categories().size(); i++) {
                    int k = i;
                    var total = c.series().stream().map(x -> x.values().get(k)).reduce(java.math.BigDecimal.ZERO,
                            java.math.BigDecimal::add);
                    assertTrue(seed.contains(total.toPlainString()), c.title() + ": the stack of " + c.categories().get(i)
                            + " adds up to " + total + ", which the seed does not give");
                }
            }
        }
    }

    /** A chart drawn from a table shows that table's numbers, row for row: a copying slip fails here. */
    @Test
    void chartsFromTablesAgreeWithTheirTables() {
        Table districts = table("全市脱贫任务完成情况");
        Table yulu = table("2016-2020 雨露计划培训明细");
        assertEquals(column(districts, 1), series(chart("各区县(市)脱贫人口"), 0));
        assertEquals(column(districts, 2), series(chart("各区县(市)脱贫人口"), 1));
        assertEquals(column(districts, 3), series(chart("各区县(市)脱贫村数量"), 0));
        assertEquals(districts.rows().stream().map(r -> r.cells().get(0).text()).toList(),
                chart("各区县(市)脱贫人口").categories());
        Chart byYear = chart("2016年以来雨露计划培训情况");
        for (int s = 0; s < byYear.series().size(); s++) {
            assertEquals(column(yulu, s + 1), series(byYear, s), byYear.series().get(s).name());
        }
        assertEquals(yulu.total().cells().subList(1, 6).stream().map(Table.Cell::number).toList(),
                chart("2016年以来雨露计划各类培训构成（累计31995人次）").series().get(0).values());
    }

    private static Table table(String title) {
        return SampleIssue.built().composed().issue().articles().flatMap(a -> a.blocks().stream())
                .filter(b -> b instanceof TableBlock t && t.table().title().equals(title))
                .map(b -> ((TableBlock) b).table()).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    private static Chart chart(String title) {
        return sampleCharts().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title));
    }

    private static List<java.math.BigDecimal> column(Table t, int c) {
        return t.rows().stream().map(r -> r.cells().get(c).number()).toList();
    }

    private static List<java.math.BigDecimal> series(Chart c, int s) {
        return c.series().get(s).values();
    }

    @Test
    void chartPagesHaveNoImagesAndNoRgbInThePrintEdition() throws IOException {
        try (PDDocument doc = SampleIssue.open(SampleIssue.printPdf())) {
            List<Integer> pages = charts(doc).stream().map(Found::page).distinct().toList();
            assertTrue(!pages.isEmpty());
            for (int i : pages) {
                PDPage page = doc.getPage(i);
                assertEquals(0, PdfOps.images(page), "page " + (i + 1) + " has an image");
                Map<String, Integer> ops = PdfOps.operators(page);
                assertEquals(0, PdfOps.count(ops, PdfOps.RGB), "page " + (i + 1) + " paints in RGB: " + ops);
                assertEquals(0, ops.getOrDefault("BI", 0), "inline image on page " + (i + 1));
            }
        }
    }
}
