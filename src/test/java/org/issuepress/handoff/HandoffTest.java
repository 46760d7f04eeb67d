package org.issuepress.handoff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The round trip of the sample issue: a first handoff, a second after one sentence was
 * corrected, a third with nothing changed. The pages the second lists are exactly those whose
 * pixels differ from the first's; its changed-pages file passes the print checks; its 核红
 * proof draws red round the corrected line; the third lists nothing; the 委印单 holds the
 * sample's facts; the first set is the same bytes after the others were made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoffTest {
    private static final String SENTENCE = "牵头做好扶贫扶志工作";
    private static final String CORRECTED = "牵头做好扶贫扶志和扶智工作";
    private Path issue;
    private Path out;
    private Lang before;
    private Handoff.Frozen first;
    private Handoff.Frozen second;
    private Handoff.Frozen third;
    private Map<String, byte[]> firstFiles;

    @BeforeAll
    void handOffThreeTimes() throws IOException {
        before = Messages.lang();
        Messages.use(Lang.ZH);
        issue = TestIssues.copyOf(SampleIssue.DIR);
        out = Files.createTempDirectory("handoff-out");
        first = handoff(Instant.parse("2021-01-10T02:00:00Z"));
        firstFiles = contents(first.folder());
        Path article = issue.resolve("articles/049-fuzhi.txt");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        assertEquals(1, text.split(SENTENCE, -1).length - 1, "the sentence corrected is in the article once");
        Files.writeString(article, text.replace(SENTENCE, CORRECTED), StandardCharsets.UTF_8);
        second = handoff(Instant.parse("2021-01-12T02:00:00Z"));
        third = handoff(Instant.parse("2021-01-13T02:00:00Z"));
    }

    @AfterAll
    void restoreLanguage() {
        Messages.use(before);
    }

    private Handoff.Frozen handoff(Instant at) throws IOException {
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        return new Handoff(p, TestFonts.ROOT.resolve("templates"), Progress.SILENT, Clock.fixed(at, ZoneOffset.UTC))
                .run(issue, out, new Diagnostics(), false, false);
    }

    @Test
    void theSetsAreNumberedAndTheFirstIsNeverRewritten() throws IOException {
        assertEquals(List.of(1, 2, 3), new HandoffSets(out, "2021-01").numbers());
        assertEquals(out.resolve("2021-01/handoff/01"), first.folder());
        Map<String, byte[]> now = contents(first.folder());
        assertEquals(firstFiles.keySet(), now.keySet());
        firstFiles.forEach((name, bytes) -> assertArrayEquals(bytes, now.get(name), name + " of set 01 rewritten"));
        assertTrue(Files.isRegularFile(out.resolve("2021-01/2021-01-print.pdf")), "the builds' own files are beside the sets");
        try (Stream<Path> s = Files.list(out.resolve("2021-01/handoff"))) {
            assertEquals(List.of("01", "02", "03"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no half set left");
        }
    }

    @Test
    void theChangedPagesAreExactlyThoseThatRenderDifferently() throws IOException {
        List<Integer> differ = differingPages(first.folder().resolve("2021-01-print.pdf"),
                second.folder().resolve("2021-01-print.pdf"));
        assertFalse(differ.isEmpty(), "the correction shows somewhere");
        SetRecord.Changes c = second.record().changes();
        List<Integer> listed = new ArrayList<>();
        second.record().prints().stream().filter(p -> c.changed().contains(p.folio())).forEach(p -> listed.add(p.page()));
        assertEquals(differ, listed, "changed pages (PDF pages) against the pages whose pixels differ");
        assertEquals(List.of(), c.moved());
        String txt = Files.readString(second.folder().resolve(Handoff.CHANGED_TXT), StandardCharsets.UTF_8);
        for (int page : differ) {
            assertTrue(txt.contains("第 " + page + " 页（PDF 第 " + page + " 页，第 " + PagePrint.signatureOf(page) + " 台）：有改动"), txt);
        }
        String ticket = Files.readString(second.folder().resolve(Handoff.TICKET_TXT), StandardCharsets.UTF_8);
        assertTrue(ticket.contains("改动页：第 " + differ.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElseThrow()
                + " 页有改动"), ticket);
        assertTrue(ticket.contains("需重新制版的台：第 " + PagePrint.signatureOf(differ.get(0))), ticket);
    }

    @Test
    void theChangedPagesFileHoldsThosePagesAndPassesThePrintChecks() throws IOException {
        byte[] pdf = Files.readAllBytes(second.folder().resolve(Handoff.CHANGED_PDF));
        List<String> folios = second.record().changes().changed();
        try (PDDocument d = Loader.loadPDF(pdf); PDDocument print = Loader.loadPDF(second.folder().resolve("2021-01-print.pdf").toFile())) {
            assertEquals(folios.size(), d.getNumberOfPages());
            assertEquals(folios, Arrays.asList(d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
            int page = Integer.parseInt(folios.get(0));
            assertEquals(print.getPage(page - 1).getTrimBox().toString(), d.getPage(0).getTrimBox().toString());
            assertEquals(print.getPage(page - 1).getBleedBox().toString(), d.getPage(0).getBleedBox().toString());
            assertEquals(print.getPage(page - 1).getMediaBox().toString(), d.getPage(0).getMediaBox().toString(), "with the marks' slug");
        }
        FileReport r = Preflight.check("changed-pages.pdf", pdf,
                new Expectations(Expectations.Edition.PRINT, 210, 285, 0, false).somePagesOnly());
        assertEquals(0, r.errors(), r.findings().toString());
        assertTrue(r.pdfx(), "declared PDF/X-1a with its output intent, as the print file");
        assertTrue(r.colourSpaces().contains("DeviceCMYK") && r.colourSpaces().stream().noneMatch(c -> c.contains("RGB")),
                "no RGB, as in the print file: " + r.colourSpaces());
    }

    @Test
    void theRedlineProofMarksTheCorrectedLineInRed() throws IOException {
        try (PDDocument proof = Loader.loadPDF(second.folder().resolve(Handoff.PROOF_PDF).toFile())) {
            assertEquals(second.record().changes().changed().size(), proof.getNumberOfPages());
            float scale = 2; // 144 dpi
            for (int i = 0; i < proof.getNumberOfPages(); i++) {
                float[] line = lineOf(proof, i + 1, "扶智", 0);
                if (line == null) {
                    continue;
                }
                BufferedImage img = new PDFRenderer(proof).renderImage(i, scale, ImageType.RGB);
                float width = proof.getPage(i).getMediaBox().getWidth();
                assertTrue(line[0] > width / 2, "the corrected text is on the right, the new side");
                int red = topEdgeRed(img, line, scale);
                assertTrue(red > 100, "a red edge over the corrected line: " + red + " red pixels");
                float[] kept = lineOf(proof, i + 1, "一是深入开展理论宣讲", width / 2);
                assertTrue(kept != null && kept[0] > width / 2, "an unchanged line of the same page, on the right");
                assertEquals(0, topEdgeRed(img, kept, scale), "no red over a line that did not change");
                return;
            }
        }
        throw new AssertionError("the corrected text is on no page of the proof");
    }

    @Test
    void theProofIsTheSameBytesWhenMadeAgain() throws IOException {
        byte[] old = Files.readAllBytes(first.folder().resolve("2021-01-print.pdf"));
        byte[] now = Files.readAllBytes(second.folder().resolve("2021-01-print.pdf"));
        List<PagePrint> changed = second.record().prints().stream()
                .filter(p -> second.record().changes().changed().contains(p.folio())).toList();
        byte[] again = RedlineProof.of(old, now, changed, TestFonts.ROOT.resolve("fonts/LXGWWenKai-Regular.ttf"), 1, 2);
        assertArrayEquals(Files.readAllBytes(second.folder().resolve(Handoff.PROOF_PDF)), again);
    }

    @Test
    void aHandoffWithoutChangeListsNone() throws IOException {
        SetRecord.Changes c = third.record().changes();
        assertTrue(c.none(), c.toString());
        assertFalse(Files.exists(third.folder().resolve(Handoff.CHANGED_PDF)));
        assertFalse(Files.exists(third.folder().resolve(Handoff.PROOF_PDF)));
        assertTrue(Files.readString(third.folder().resolve(Handoff.TICKET_TXT), StandardCharsets.UTF_8).contains("改动页：无"));
        assertTrue(Files.readString(third.folder().resolve(Handoff.CHANGED_TXT), StandardCharsets.UTF_8).contains("\n无\n"));
    }

    @Test
    void thePreviewSaysWhichPagesChangedSinceTheLastHandoff() throws IOException {
        byte[] firstPrint = Files.readAllBytes(first.folder().resolve("2021-01-print.pdf"));
        byte[] lastPrint = Files.readAllBytes(third.folder().resolve("2021-01-print.pdf"));
        assertEquals("上次交付：第 3 次（2021-01-13 10:00），此后没有页面改动", SinceLast.line(out, "2021-01", lastPrint).orElseThrow());
        String back = SinceLast.line(out, "2021-01", firstPrint).orElseThrow(); // as if the correction were undone
        assertTrue(back.startsWith("上次交付：第 3 次（2021-01-13 10:00）；此后：第 " + String.join("、", second.record().changes().changed())
                + " 页有改动"), back);
        assertTrue(SinceLast.line(Files.createTempDirectory("never"), "2021-01", lastPrint).isEmpty(), "nothing before a first handoff");
    }

    @Test
    void theJobTicketHoldsEveryFieldWithTheSamplesValues() throws IOException {
        String ticket = Files.readString(first.folder().resolve(Handoff.TICKET_TXT), StandardCharsets.UTF_8);
        for (String line : List.of("委印单位：郑州市农业信息中心", "联系人：（未填写，发出前请补上）", "电话：0371-67170759",
                "书刊名称：《郑州三农》脱贫攻坚纪实专刊", "期号：2021.01（总第82期）", "准印证号：[审郑州连]00013号", "开本：大16开",
                "成品尺寸：210 × 285 mm，四边出血各 3 mm", "内文页数：96 页（其中有意留白 0 页）", "印张：6 印张（6 个 16 页的台）",
                "封面纸张：（未填写，发出前请补上）", "内文纸张：120g铜版纸", "色数：封面 4+0，内文 4+4（四色 CMYK）",
                "装订方式：胶装，书脊宽 6.24 mm", "印数：1500 册", "交货日期：（未填写，发出前请补上）", "交付：第 1 次，2021-01-10 10:00")) {
            assertTrue(ticket.contains("\n" + line + "\n"), line + " in\n" + ticket);
        }
        for (String name : List.of("2021-01-print.pdf", "2021-01-cover.pdf", "preflight.txt", "preflight.json")) {
            String sha = Handoff.sha256(Files.readAllBytes(first.folder().resolve(name)));
            assertTrue(ticket.contains("  " + name + "  ") && ticket.contains("SHA-256 " + sha), name + " " + sha);
        }
        try (PDDocument pdf = Loader.loadPDF(first.folder().resolve(Handoff.TICKET_PDF).toFile())) {
            String shown = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (String word : List.of("委印单位", "郑州市农业信息中心", "0371-67170759", "大16开", "120g铜版纸", "1500册", "胶装，书脊宽6.24mm")) {
                assertTrue(shown.contains(word), word + " in the ticket's PDF");
            }
        }
        List<String> sums = Files.readAllLines(first.folder().resolve(Handoff.SUMS));
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], Handoff.sha256(Files.readAllBytes(first.folder().resolve(parts[1]))), line);
        }
    }

    @Test
    void anIssueWithErrorsIsNotHandedOff() throws IOException {
        Path broken = TestIssues.copyOf(SampleIssue.DIR);
        Files.delete(broken.resolve("articles/049-fuzhi.txt"));
        Path elsewhere = Files.createTempDirectory("handoff-refused");
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        assertThrows(EditorErrors.class, () -> new Handoff(p, TestFonts.ROOT.resolve("templates"), Progress.SILENT,
                Clock.systemUTC()).run(broken, elsewhere, new Diagnostics(), false, false));
        assertEquals(List.of(), new HandoffSets(elsewhere, "2021-01").numbers());
    }

    /** The 1-based pages whose pixels differ, rendered at 36 dpi. */
    static List<Integer> differingPages(Path a, Path b) throws IOException {
        List<Integer> differ = new ArrayList<>();
        try (PDDocument x = Loader.loadPDF(a.toFile()); PDDocument y = Loader.loadPDF(b.toFile())) {
            PDFRenderer rx = new PDFRenderer(x);
            PDFRenderer ry = new PDFRenderer(y);
            for (int i = 0; i < Math.max(x.getNumberOfPages(), y.getNumberOfPages()); i++) {
                if (i >= x.getNumberOfPages() || i >= y.getNumberOfPages()) {
                    differ.add(i + 1);
                    continue;
                }
                BufferedImage ix = rx.renderImage(i, 0.5f, ImageType.GRAY);
                BufferedImage iy = ry.renderImage(i, 0.5f, ImageType.GRAY);
                if (!Arrays.equals(pixels(ix), pixels(iy))) {
                    differ.add(i + 1);
                }
            }
        }
        return differ;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** Red pixels where a box round the line at {@code at} (x, baseline) has its top edge, over its first 150 pt. */
    private static int topEdgeRed(BufferedImage img, float[] at, float scale) {
        return red(img, (int) (at[0] * scale), (int) ((at[0] + 150) * scale), (int) ((at[1] - 12.5f) * scale),
                (int) ((at[1] - 9) * scale));
    }

    private static int red(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int bl = rgb & 0xff;
                if (r > 200 && g < 80 && bl < 80) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Where on a proof page (x, baseline from the top, in points) the line holding {@code text}
     * starts, the first right of {@code minX}; null if it is not there.
     */
    private static float[] lineOf(PDDocument doc, int page, String text, float minX) throws IOException {
        float[][] found = new float[1][];
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
                if (found[0] == null && line.contains(text) && !positions.isEmpty() && positions.get(0).getXDirAdj() > minX) {
                    TextPosition t = positions.get(0);
                    found[0] = new float[] {t.getXDirAdj(), t.getYDirAdj()};
                }
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return found[0];
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                all.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return all;
    }
}
