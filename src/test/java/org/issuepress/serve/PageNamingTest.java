package org.issuepress.serve;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.page.PageKind;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Finding;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print shop and the editor speak of the same pages, in words they read: preflight.txt in
 * Chinese lists every check with its value and limit, names its tool, date and each file's
 * SHA-256; a page is named by its printed folio and its PDF page, the same way in the report,
 * preflight.json and the preview's page list.
 */
class PageNamingTest {
    static Built built;
    static List<PreviewState.PageEntry> preview;

    @BeforeAll
    static void build() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("naming-"), new Diagnostics());
        preview = PageList.of(built.composed());
    }

    @Test
    void theChineseReportListsEveryCheckWithItsValue() throws Exception {
        // the files are written in the language of the run (English in tests); the same report in Chinese:
        String zh = org.issuepress.preflight.ReportWriter.text(built.preflight(), List.of(), Lang.ZH);
        for (String check : List.of("【合格】成品尺寸：", "【合格】出血：每页至少 3.0 mm（要求 3 mm）", "PDF/X-1a:2001；输出意图 ",
                "【合格】色彩空间：DeviceCMYK", "最高总墨量：", "%（上限 320%）", "【合格】最小字号：", "【合格】最细线条：",
                "【合格】字体：共 ", "【合格】页数：", "（装订要求为 4 的倍数）", "检查工具 issue-press", "文件日期 2022-03-01")) {
            assertTrue(zh.contains(check), check + " in\n" + zh);
        }
        Path print = built.files().get("test-01-print.pdf");
        String sha = HexFormat.of().formatHex(sha256(Files.readAllBytes(print)));
        assertTrue(zh.contains("SHA-256 " + sha), "the SHA-256 of the file written");
        String en = Files.readString(built.files().get("preflight.txt"));
        assertTrue(en.contains("[ok] trim size: ") && en.contains("[ok] bleed: at least 3.0 mm") && en.contains("SHA-256 " + sha)
                && en.contains("binding: saddle-stitched"), en); // the minimal issue is thin
    }

    @Test
    void reportJsonAndPreviewNameThePagesAlike() throws IOException {
        FileReport print = built.preflight().get(0);
        FileReport web = built.preflight().get(2);
        List<String> insideLabels = preview.stream().filter(PreviewState.PageEntry::inside).map(PreviewState.PageEntry::label).toList();
        assertEquals(insideLabels, print.labels(), "the print edition's pages carry the folios the preview shows");
        List<String> pages = preview.stream().filter(e -> !e.kind().equals(PageKind.SPINE.template()))
                .map(PreviewState.PageEntry::label).toList();
        assertEquals(pages, web.labels(), "the e-edition's pages carry the preview's names (封面, folios, 封底; the spine is on the cover spread)");
        Finding placeholder = web.findings().stream().filter(f -> f.code().equals("placeholder") && f.page() > 1).findFirst()
                .orElseThrow();
        String label = preview.get(placeholder.page() - 1).label();
        assertEquals("第 " + label + " 页（PDF 第 " + placeholder.page() + " 页）", placeholder.where(Lang.ZH));
        assertEquals("page " + label + " (PDF page " + placeholder.page() + ")", placeholder.where(Lang.EN));
        String json = Files.readString(built.files().get("preflight.json"));
        assertTrue(json.contains("\"folio\" : \"" + label + "\"") && json.contains("\"pageName\" : \"" + placeholder.where(Messages.lang())),
                "the JSON names the page alike");
    }

    private static byte[] sha256(byte[] b) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }
}
