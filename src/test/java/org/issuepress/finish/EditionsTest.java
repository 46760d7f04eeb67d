package org.issuepress.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.issuepress.compose.page.Page;
import org.issuepress.preflight.FileReport;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The three files the sample issue build hands over, checked as the print shop and a reader would. */
class EditionsTest {
    private static final double MM = 72 / 25.4;

    /**
     * OpenPDF keeps all 65,535 glyph slots of a CJK font; the editions carry only the glyphs
     * used, and each still draws (preflight, which found no missing glyph, looks every shown
     * code up in its font).
     */
    @Test
    void theCjkFontsHoldOnlyTheGlyphsTheIssueUses() throws IOException {
        for (String edition : List.of("print", "web")) {
            try (PDDocument doc = SampleIssue.open(edition.equals("print") ? SampleIssue.printPdf() : SampleIssue.webPdf())) {
                java.util.Map<String, Integer> glyphs = new java.util.TreeMap<>();
                for (PDPage page : doc.getPages()) {
                    for (COSName n : page.getResources().getFontNames()) {
                        if (page.getResources().getFont(n) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t
                                && t.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType0 cff) {
                            glyphs.put(t.getName().substring(7), cff.getCFFFont().getNumCharStrings());
                        }
                    }
                }
                assertEquals(3, glyphs.size(), glyphs.toString());
                glyphs.forEach((font, n) -> assertTrue(n > 300 && n < 5000, edition + " " + font + ": " + n + " glyphs"));
            }
        }
    }

    @Test
    void thePrintEditionDeclaresPdfX1aWithItsOutputIntent() throws IOException {
        try (PDDocument doc = SampleIssue.open(SampleIssue.printPdf())) {
            assertEquals("PDF/X-1:2001", doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion"));
            assertEquals("PDF/X-1a:2001", doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXConformance"));
            assertEquals("False", doc.getDocumentInformation().getTrapped());
            assertEquals(1.3f, doc.getVersion(), 0.001);
            COSArray intents = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("OutputIntents"));
            COSDictionary intent = (COSDictionary) intents.getObject(0);
            assertEquals("GTS_PDFX", intent.getNameAsString(COSName.S));
            assertEquals("JC200103", intent.getString(COSName.getPDFName("OutputConditionIdentifier")));
            assertTrue(doc.getNumberOfPages() % 4 == 0, doc.getNumberOfPages() + " pages bind in fours");
            for (PDPage page : doc.getPages()) {
                PDRectangle media = page.getMediaBox();
                PDRectangle bleed = page.getBleedBox();
                assertTrue(media.getWidth() > bleed.getWidth() + 10 * MM, "a slug for the marks outside the bleed");
                assertTrue(page.getAnnotations().isEmpty(), "no annotations in a PDF/X file");
            }
        }
    }

    @Test
    void preflightFindsNoRgbAndNoErrorsInTheSampleIssuesFiles() {
        List<FileReport> reports = SampleIssue.built().preflight();
        assertEquals(3, reports.size());
        for (FileReport r : reports) {
            assertEquals(0, r.errors(), r.file() + ": " + r.findings());
        }
        FileReport print = reports.get(0);
        assertTrue(print.colourSpaces().stream().allMatch(s -> s.equals("DeviceCMYK") || s.equals("DeviceGray") || s.equals("Separation")),
                "print colour spaces: " + print.colourSpaces());
        assertTrue(print.maxInk() <= 320, "ink " + print.maxInk());
        long missing = SampleIssue.built().composed().issue().articles().flatMap(a -> a.blocks().stream())
                .filter(b -> b instanceof org.issuepress.model.Figure f && f.isPlaceholder()
                        || b instanceof org.issuepress.model.ChartBlock c && c.isPlaceholder()).count();
        assertTrue(missing > 0);
        assertEquals(missing, print.placeholders(), "every photo and chart we have no file for is listed");
        FileReport web = reports.get(2);
        assertEquals(List.of("DeviceRGB"), web.colourSpaces());
    }

    @Test
    void theCoverSpreadIsTwoPagesPlusASpineFollowingPageCountAndPaper() throws IOException {
        int inside = (int) SampleIssue.built().composed().pages().stream().filter(Page::inside).count();
        double spine = Math.ceil(inside / 2.0) * 0.13;
        try (PDDocument doc = SampleIssue.open(SampleIssue.coverPdf())) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle trim = doc.getPage(0).getTrimBox();
            assertEquals(2 * 210 + spine, trim.getWidth() / MM, 0.05);
            assertEquals(285, trim.getHeight() / MM, 0.05);
            assertEquals(trim.getWidth() + 6 * MM, doc.getPage(0).getBleedBox().getWidth(), 0.1);
            String text = PdfProbe.squeeze(String.join("", PdfProbe.chars(doc, 0).stream().map(PdfProbe.Char::text).toList()));
            assertTrue(text.contains("郑州三农") && text.contains("欢迎关注《郑州三农》电子版"), "front and back cover on the sheet");
        }
    }

    @Test
    void theElectronicEditionHasBookmarksLabelsLanguageAndMetadata() throws IOException {
        try (PDDocument doc = SampleIssue.open()) {
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertEquals("《郑州三农》2021.01 脱贫攻坚纪实专刊", doc.getDocumentInformation().getTitle());
            assertEquals("郑州市农业信息中心", doc.getDocumentInformation().getAuthor());
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                for (PDOutlineItem child : top.children()) {
                    titles.add(child.getTitle());
                }
            }
            SampleIssue.built().composed().issue().articles()
                    .forEach(a -> assertTrue(titles.contains(a.title()), "bookmark for " + a.title()));
            String[] labels = PdfProbe.labels(doc);
            List<Page> pages = SampleIssue.built().composed().pages();
            assertEquals("封面", labels[0]);
            assertEquals("封底", labels[doc.getNumberOfPages() - 1]);
            for (int i = 1; i < doc.getNumberOfPages() - 1; i++) {
                assertEquals(pages.get(i).folioLabel(), labels[i], "label of page " + i);
            }
            PDRectangle media = doc.getPage(5).getMediaBox();
            assertEquals(210, media.getWidth() / MM, 0.05, "trimmed: no bleed, no marks");
        }
    }

    @Test
    void qpdfFindsNothingWrongInAnyOfTheFiles() throws Exception {
        Assumptions.assumeTrue(installed("qpdf"), "qpdf is installed (CI installs it)");
        for (Path f : SampleIssue.built().files().values()) {
            if (!f.toString().endsWith(".pdf")) {
                continue;
            }
            Process p = new ProcessBuilder("qpdf", "--check", f.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), f + ": " + out);
            assertTrue(out.contains("No syntax or stream encoding errors"), out);
        }
    }

    static boolean installed(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void theReportsAreWrittenNextToTheEditions() throws IOException {
        Path txt = SampleIssue.built().files().get("preflight.txt");
        Path json = SampleIssue.built().files().get("preflight.json");
        assertTrue(Files.readString(txt).contains("PDF/X-1a:2001"));
        assertTrue(Files.readString(json).contains("\"signatures\""));
    }
}
