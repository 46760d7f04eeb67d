package org.issuepress.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.issuepress.diag.Lang;
import org.issuepress.finish.Editions;
import org.issuepress.model.BindingStyle;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Finding;
import org.issuepress.preflight.Preflight;
import org.issuepress.preflight.ReportWriter;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * What preflight.txt tells the print shop besides the checks, as issue #26 (item 10, 17) found it
 * wanting: the e-edition's photos measured (they read 0 ppi), the cover's size against the one
 * ordered, the signatures of a thin issue, the paper of a saddle-stitched one, and a verdict that
 * does not call a proof with placeholders the file for press.
 */
class PreflightReportWordsTest {

    /** A one-page screen PDF with a 300 × 200 pixel image drawn at two sizes: 150 and 75 ppi. */
    private static byte[] screenPageWithImage() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 50, 500, 144, 96); // 300 px across 2 in
                cs.saveGraphicsState();
                cs.transform(new org.apache.pdfbox.util.Matrix(2, 0, 0, 2, 50, 50));
                cs.drawImage(img, 0, 0, 144, 96); // twice that size: 75 ppi
                cs.restoreGraphicsState();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theEEditionsPhotosAreMeasuredAndJudgedAgainstTheScreenTarget() throws IOException {
        // checked lightly, as a build checks the e-edition (its pages are the print pages)
        FileReport r = Preflight.check("x-web.pdf", screenPageWithImage(),
                new Expectations(Expectations.Edition.WEB, 0, 0, 0, false).lightly());
        assertEquals(75, r.measured().lowestPpi().value(), 0.5, "the smaller of the two placements, not 0");
        List<Finding> photos = r.findings().stream().filter(f -> f.code().equals("image-resolution")).toList();
        assertEquals(1, photos.size(), "the 75 ppi one; 150 ppi is the target met");
        assertEquals("电子版图片分辨率只有 75 ppi，低于屏幕阅读目标 150 ppi", photos.get(0).message(Lang.ZH));
        String text = ReportWriter.text(List.of(r), List.of(), Lang.ZH);
        assertTrue(text.contains("【注意】图片：2 张，最低分辨率 75 ppi，在PDF 第 1 页（屏幕阅读目标 150 ppi"), text);
    }

    @Test
    void anIssueOfFewerThanSixteenPagesIsOneSmallSignature() {
        Editions.Binding twelve = new Editions.Binding(12, 0, 0, 12, 0, "80g胶版纸", 0.1, BindingStyle.SADDLE);
        assertEquals("1 个 12 页印张", twelve.sheets("report.sheets").text(Lang.ZH));
        assertEquals("one signature of 12", twelve.sheets("stage.finish.sheets").text(Lang.EN));
        Editions.Binding forty = new Editions.Binding(40, 0, 2, 8, 3, "80g胶版纸", 0.1, BindingStyle.PERFECT);
        assertEquals("2 个 16 页印张 + 1 个 8 页印张", forty.sheets("report.sheets").text(Lang.ZH));
    }

    @Test
    void aSaddleStitchedIssueNamesItsPaperAndTheRgbPhotosHowTheyWereSeparated() {
        Editions.Binding saddle = new Editions.Binding(12, 0, 0, 12, 0, "80g胶版纸", 0.1, BindingStyle.SADDLE);
        List<String> lines = new ReportNotes(saddle, 0, new PhotoStage.Count(2, 1, 0)).text().stream().map(p -> p.text(Lang.ZH)).toList();
        assertEquals("装订：骑马钉，无书脊；内文 12 页（其中有意留白 0 页）= 1 个 12 页印张；纸张：80g胶版纸", lines.get(0));
        assertTrue(lines.get(1).startsWith("图片：共 3 张 —— 2 张 RGB 由 issue-press 按通用方法分色为 CMYK"), lines.get(1));
    }

    @Test
    void theCoverSpreadIsCheckedAgainstItsOrderedSizeAndAProofIsNotCalledFinal() throws IOException {
        String txt = Files.readString(SampleIssue.built().files().get("preflight.txt"));
        // 2 × 210 mm + the 6.24 mm spine of 96 pages of 0.13 mm paper
        assertTrue(txt.contains("trim size: 426.2 × 285.0 mm (ordered: 426.2 × 285 mm)"), txt);
        // the sample's photos are still to come: 9 placeholders, which a --final build refuses
        assertTrue(txt.lines().toList().get(2).startsWith("Result: passed as a proof, not yet for press — 0 error(s)"), txt);
        assertTrue(txt.contains("9 placeholder(s) left"), txt);
    }
}
