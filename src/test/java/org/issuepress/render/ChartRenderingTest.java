package org.issuepress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart;
import org.issuepress.model.Chart.ChartType;
import org.issuepress.support.ChartPdf;
import org.issuepress.support.PdfOps;
import org.issuepress.support.PdfProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each chart type drawn alone into a PDF and read back: vector only, its labels real text in
 * the issue's fonts, its colours in the edition's colour space.
 */
class ChartRenderingTest {
    private static final SourcePos POS = new SourcePos("charts/t.yaml", 1, 1);

    static Chart chart(ChartType type) {
        List<String> categories = List.of("巩义市", "登封市", "新密市", "航空港区");
        List<Chart.Series> series = switch (type) {
            case BAR, PIE -> List.of(series("脱贫人数", 29597, 25973, 16245, 877));
            case LINE -> List.of(series("脱贫人数", 29597, 25973, 16245, 877), series("脱贫户数", 9653, 6083, 3787, 237));
            case GROUPED_BAR, STACKED_BAR -> List.of(series("脱贫户数", 9653, 6083, 3787, 237),
                    series("脱贫人数", 29597, 25973, 16245, 877));
        };
        return new Chart(type, "测试图表", "人", categories, series, "资料来源：测试数据", "注：测试注释", List.of("航空港区"), POS);
    }

    private static Chart.Series series(String name, int... values) {
        return new Chart.Series(name, java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void labelsAreTextInTheIssuesFontsAndNothingIsAnImage(ChartType type) throws IOException {
        Chart c = chart(type);
        try (PDDocument doc = Loader.loadPDF(ChartPdf.render(c, 241.5, 174, ColourMode.CMYK))) {
            PDPage page = doc.getPage(0);
            assertEquals(0, PdfOps.images(page), "no image objects");
            assertEquals(0, PdfOps.operators(page).getOrDefault("BI", 0), "no inline images");
            List<PdfProbe.Char> chars = PdfProbe.chars(doc, 0);
            String text = chars.stream().map(PdfProbe.Char::text).collect(Collectors.joining());
            for (String category : c.categories()) {
                assertTrue(text.contains(category), category + " in " + text);
            }
            String figures = type == ChartType.STACKED_BAR ? "39250" : "29597"; // a stack shows its total (9653 + 29597)
            assertTrue(text.contains(figures), figures + " printed at its bar, point or slice: " + text);
            assertTrue(text.contains("资料来源：测试数据") && text.contains("注：测试注释"), "source and note: " + text);
            if (c.series().size() > 1) {
                assertTrue(text.contains("脱贫户数") && text.contains("脱贫人数"), "legend: " + text);
            }
            assertTrue(text.contains(type == ChartType.PIE ? "40.7%" : "人"), "unit or share: " + text);
            String approximate = type == ChartType.STACKED_BAR ? "约1114" : "约877";
            assertTrue(text.contains(approximate), "a figure the text gives as approximate: " + text);
            Set<String> fonts = chars.stream().map(ch -> ch.font().replaceFirst("^[A-Z]{6}\\+", "")).collect(
                    Collectors.toCollection(TreeSet::new));
            assertTrue(fonts.stream().allMatch(f -> f.startsWith("NotoSansCJKsc-Regular") || f.startsWith("LXGWWenKai")),
                    "only the chart styles' fonts: " + fonts);
            PdfProbe.Char gong = chars.stream().filter(ch -> ch.text().equals("巩")).findFirst().orElseThrow();
            assertTrue(gong.font().contains("NotoSansCJKsc-Regular"), gong.font());
            var design = org.issuepress.support.TestFonts.design();
            String style = type == ChartType.PIE ? design.chart().label() : design.chart().text(); // a slice's name sits with its figure
            assertEquals(design.style(style).size(), gong.size(), 0.01, "category labels in the chart style's size");
            for (PDFont f : fontsOf(page)) {
                assertTrue(f.isEmbedded() && f.getName().matches("[A-Z]{6}\\+.+"), f.getName() + " embedded as a subset");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void printColoursAreCmykOnly(ChartType type) throws IOException {
        try (PDDocument doc = Loader.loadPDF(ChartPdf.render(chart(type), 241.5, 174, ColourMode.CMYK))) {
            Map<String, Integer> ops = PdfOps.operators(doc.getPage(0));
            assertEquals(0, PdfOps.count(ops, PdfOps.RGB), "no RGB colour operators in print: " + ops);
            assertTrue(PdfOps.count(ops, PdfOps.CMYK) > 3, "the chart is coloured in CMYK: " + ops);
            assertEquals(0, ops.getOrDefault("gs", 0), "no transparency states: " + ops);
            assertEquals(0, ops.getOrDefault("sh", 0), "no shadings: " + ops);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void eEditionColoursAreRgb(ChartType type) throws IOException {
        try (PDDocument doc = Loader.loadPDF(ChartPdf.render(chart(type), 241.5, 174, ColourMode.RGB))) {
            Map<String, Integer> ops = PdfOps.operators(doc.getPage(0));
            assertEquals(0, PdfOps.count(ops, PdfOps.CMYK), "no CMYK in the e-edition: " + ops);
            assertTrue(ops.getOrDefault("rg", 0) > 3, "the chart is coloured in RGB: " + ops);
        }
    }

    @org.junit.jupiter.api.Test
    void figuresTurnedUprightOverNarrowBarsStayText() throws IOException {
        // a three-column article's width: the figures no longer fit across their bars
        Chart c = chart(ChartType.GROUPED_BAR);
        try (PDDocument doc = Loader.loadPDF(ChartPdf.render(c, 147, 106, ColourMode.CMYK))) {
            List<String> upright = new java.util.ArrayList<>();
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    if (t.getDir() != 0) {
                        upright.add(t.getUnicode());
                    }
                }
            };
            s.getText(doc);
            String turned = String.join("", upright);
            for (Chart.Series series : c.series()) {
                for (BigDecimal v : series.values()) {
                    assertTrue(turned.contains(v.toPlainString()), v + " upright, as text: " + turned);
                }
            }
        }
    }

    private static List<PDFont> fontsOf(PDPage page) throws IOException {
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (var form : PdfOps.forms(page)) {
            for (var n : form.getResources().getFontNames()) {
                fonts.add(form.getResources().getFont(n));
            }
        }
        assertTrue(!fonts.isEmpty(), "the chart's form carries its fonts");
        return fonts;
    }
}
