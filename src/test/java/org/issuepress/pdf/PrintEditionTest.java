package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/** The print edition's pages, fonts and text as a print shop and a reader would check them. */
class PrintEditionTest {
    private static final double MM = 72 / 25.4;

    /** The printed issue had 140 pages; fitted, with articles run on, the sample takes fewer. */
    @Test
    void theIssueHas80To170Pages() throws IOException {
        try (PDDocument doc = SampleIssue.open()) {
            int n = doc.getNumberOfPages();
            assertTrue(n >= 80 && n <= 170, n + " pages");
        }
    }

    @Test
    void everyPrintPageIsTrimmedTo210By285WithBleed() throws IOException {
        try (PDDocument doc = SampleIssue.open(SampleIssue.printPdf())) {
            for (PDPage page : doc.getPages()) {
                PDRectangle trim = page.getTrimBox();
                assertEquals(210, trim.getWidth() / MM, 0.05);
                assertEquals(285, trim.getHeight() / MM, 0.05);
                assertEquals(216, page.getBleedBox().getWidth() / MM, 0.05);
                assertEquals(291, page.getBleedBox().getHeight() / MM, 0.05);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubsetAndTheDesignsFontsAreAllUsed() throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument doc = SampleIssue.open(SampleIssue.printPdf())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), f.getName() + " is not a subset");
                    assertTrue(f instanceof PDType0Font, f.getName() + " is not a CID font");
                    names.add(f.getName().substring(7));
                }
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("NotoSerifCJKsc-Regular")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("NotoSansCJKsc-Bold")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("NotoSansCJKsc-Regular")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("LXGWWenKai")), names.toString());
        assertEquals(4, names.size(), "one subset per font: " + names);
    }

    @Test
    void bodyTextIsSetInTheSerifAndTitlesInTheSans() throws IOException {
        try (PDDocument doc = SampleIssue.open()) {
            int start = pageOf(doc, "凝心聚力上下齐心坚决打赢打好脱贫攻坚战");
            List<PdfProbe.Char> chars = PdfProbe.chars(doc, start);
            assertTrue(chars.stream().anyMatch(c -> c.text().contains("近") && c.font().contains("NotoSerif") && Math.abs(c.size() - 10.5f) < 0.01),
                    "the first paragraph in 10.5 pt serif");
            assertTrue(chars.stream().anyMatch(c -> c.text().equals("凝") && c.font().contains("NotoSansCJKsc-Bold") && c.size() >= 18),
                    "the title in the bold sans");
        }
    }

    @Test
    void theCoverTheMastheadAndTheBackCoverCarryTheIssuesIdentity() {
        List<String> texts = SampleIssue.pageTexts();
        String cover = PdfProbe.squeeze(texts.get(0));
        for (String s : List.of("郑州三农", "脱贫攻坚纪实专刊", "2021.01", "总第82期", "登封贫困村易地搬迁", "[审郑州连]00013号")) {
            assertTrue(cover.contains(s), "cover lacks " + s);
        }
        String masthead = texts.stream().filter(t -> t.contains("编委主任")).findFirst().map(PdfProbe::squeeze).orElseThrow();
        for (String s : List.of("李喜安", "林全峰", "印数", "1500册", "准印证号", "伏羲山", "陈智军")) {
            assertTrue(masthead.contains(s), "masthead lacks " + s);
        }
        assertTrue(texts.get(texts.size() - 1).contains("欢迎关注《郑州三农》电子版"));
    }

    @Test
    void theTimelineKeepsEveryYearInOrder() {
        String all = PdfProbe.squeeze(String.join("", SampleIssue.pageTexts()));
        int at = all.indexOf("郑州市脱贫攻坚大事记", all.indexOf("大事记DASHIJI") + 1);
        int last = at;
        for (String y : List.of("2016年3月21日", "2017年2月8日", "2018年1月29日", "2019年3月19日", "2020年11月3日")) {
            int i = all.indexOf(y, last);
            assertTrue(i > last, y + " out of order");
            last = i;
        }
    }

    static int pageOf(PDDocument doc, String title) {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            StringBuilder large = new StringBuilder();
            PdfProbe.chars(doc, i).stream().filter(c -> c.size() >= 18).forEach(c -> large.append(c.text()));
            if (PdfProbe.squeeze(large.toString()).contains(title)) {
                return i;
            }
        }
        throw new AssertionError(title);
    }
}
