package org.issuepress.preflight;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Preflight catches what a print shop would reject, naming the page and the object. */
class PreflightTest {

    /** A copy of the templates with one change a designer might make. */
    static Path templatesWith(String from, String to) throws IOException {
        Path dir = Files.createTempDirectory("templates-");
        Path src = TestFonts.ROOT.resolve("templates");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = dir.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        Path css = dir.resolve("issue.css");
        String text = Files.readString(css);
        assertTrue(text.contains(from), "the style sheet has " + from);
        Files.writeString(css, text.replace(from, to));
        return dir;
    }

    static Pipeline pipeline(Path templates) {
        return new Pipeline(templates, TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
    }

    @Test
    void anRgbColourInATemplateIsCaughtWithItsPageAndElement() throws IOException {
        Path templates = templatesWith(".folio { position: absolute;", ".folio { color: #00a0e9 !important; position: absolute;");
        Path out = Files.createTempDirectory("out-");
        PreflightFailed failed = assertThrows(PreflightFailed.class,
                () -> pipeline(templates).build(TestIssues.minimalWith(null), out, new Diagnostics()));
        List<Finding> rgb = failed.reports().get(0).findings().stream().filter(f -> f.code().equals("rgb")).toList();
        assertTrue(!rgb.isEmpty(), failed.reports().get(0).findings().toString());
        Finding first = rgb.get(0);
        assertTrue(first.page() > 0, "names the page");
        assertTrue(first.object().startsWith("text '"), "names the element: " + first.object());
        assertTrue(first.message().contains("DeviceRGB"), first.message());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void placeholdersAreWarningsInProofsAndErrorsInTheFinalBuild() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Built proof = pipeline(TestFonts.ROOT.resolve("templates")).build(issue, Files.createTempDirectory("o"), new Diagnostics());
        FileReport print = proof.preflight().get(0);
        assertTrue(print.findings().stream().anyMatch(f -> f.code().equals("placeholder") && !f.isError()
                && f.source().toString().equals("articles/one.txt:16:1")), print.findings().toString());
        PreflightFailed failed = assertThrows(PreflightFailed.class, () -> pipeline(TestFonts.ROOT.resolve("templates"))
                .build(issue, Files.createTempDirectory("o"), new Diagnostics(), true));
        assertTrue(failed.reports().get(0).findings().stream().anyMatch(f -> f.code().equals("placeholder") && f.isError()));
    }

    @Test
    void smallTypeAndRichBlackAreCaught() throws IOException {
        Path templates = templatesWith(".folio { position: absolute;", ".folio { font-size: 5pt !important; color: cmyk(0.6, 0.4, 0.4, 1) !important; position: absolute;");
        PreflightFailed failed = assertThrows(PreflightFailed.class,
                () -> pipeline(templates).build(TestIssues.minimalWith(null), Files.createTempDirectory("o"), new Diagnostics()));
        List<String> codes = failed.reports().get(0).findings().stream().map(Finding::code).toList();
        assertTrue(codes.contains("type-size") && codes.contains("rich-black-text"), codes.toString());
    }

    /** A page with one line of text in the given font. */
    private static byte[] pageWithText(java.util.function.Function<org.apache.pdfbox.pdmodel.PDDocument, org.apache.pdfbox.pdmodel.font.PDFont> font)
            throws IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font.apply(doc), 10);
                cs.newLineAtOffset(100, 400);
                cs.showText("Zhengzhou");
                cs.endText();
            }
            var bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void aFontLeftOutOfTheFileIsAnErrorAndAnEmbeddedSubsetIsNot() throws IOException {
        var web = new Expectations(Expectations.Edition.WEB, 0, 0, 0, false).lightly();
        byte[] standard = pageWithText(d -> new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
        FileReport bad = Preflight.check("standard.pdf", standard, web);
        assertTrue(bad.findings().stream().anyMatch(f -> f.code().equals("font-embedding") && f.isError()
                && f.object().equals("font Helvetica")), bad.findings().toString());
        byte[] embedded = pageWithText(d -> {
            try {
                return org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, TestFonts.ROOT.resolve("fonts/LXGWWenKai-Regular.ttf").toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        FileReport good = Preflight.check("embedded.pdf", embedded, web);
        assertTrue(good.findings().stream().noneMatch(f -> f.code().startsWith("font-")), good.findings().toString());
    }

    /**
     * A code the font has no glyph for prints nothing (or a box): reported on each page it is
     * shown on, with the font and the text before it, even after the same font was found
     * complete for other codes on earlier pages.
     */
    @Test
    void aGlyphTheFontLacksIsAnErrorOnEveryPageItIsShown() throws IOException {
        byte[] pdf;
        List<Integer> pages = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(SampleIssue.printPdf())) {
            for (int i = 9; pages.size() < 2; i += pages.isEmpty() ? 1 : 11) {
                PDPage page = doc.getPage(i);
                COSName font = null;
                for (COSName n : page.getResources().getFontNames()) {
                    if (page.getResources().getFont(n).getName().contains("NotoSerif")) {
                        font = n;
                    }
                }
                if (font == null) {
                    continue; // a page without body text (a section opener)
                }
                pages.add(i);
                // written raw: PDFBox would refuse to encode a glyph the font lacks; no subset holds CID 0xFFFE
                byte[] extra = ("BT /" + font.getName() + " 10 Tf 100 100 Td <FFFE> Tj ET\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                PDStream s = new PDStream(doc, new java.io.ByteArrayInputStream(extra));
                org.apache.pdfbox.cos.COSArray contents = new org.apache.pdfbox.cos.COSArray();
                page.getContentStreams().forEachRemaining(c -> contents.add(c.getCOSObject()));
                contents.add(s.getCOSObject());
                page.getCOSObject().setItem(COSName.CONTENTS, contents);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        FileReport r = Preflight.check("print.pdf", pdf, new Expectations(Expectations.Edition.PRINT, 210, 285, 51, false));
        List<Finding> missing = r.findings().stream().filter(f -> f.code().equals("missing-glyph")).toList();
        assertEquals(pages.stream().map(i -> i + 1).toList(), missing.stream().map(Finding::page).toList(), r.findings().toString());
        assertTrue(missing.get(0).object().contains("NotoSerif") && missing.get(0).isError(), missing.get(0).toString());
    }
}
