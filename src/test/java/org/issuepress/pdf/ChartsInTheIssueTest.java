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

    @Test
    void chartPagesHaveNoImagesAndNoRgb() throws IOException {
        try (PDDocument doc = SampleIssue.open()) {
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
