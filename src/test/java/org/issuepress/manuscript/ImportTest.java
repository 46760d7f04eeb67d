package org.issuepress.manuscript;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/** Word manuscripts made with POI, imported into a new issue made from the sample, then built. */
class ImportTest {

    /** A new issue from the sample with its cover line written: what an editor has after 'new' and one edit. */
    static Path freshIssue() throws Exception {
        Path dir = Files.createTempDirectory("i15-").resolve("2021-02");
        NextIssue.make(SampleIssue.DIR, dir, new Diagnostics());
        Path yaml = dir.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^  line:.*$", "  line: 测试封面主题"));
        return dir;
    }

    static String pdfText(Built built) throws Exception {
        Path web = built.files().values().stream().filter(f -> f.toString().endsWith("-web.pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(web.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static Built build(Path issue) throws Exception {
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        return p.build(issue, Files.createTempDirectory("i15-out-"), new Diagnostics());
    }

    @Test
    void aManuscriptWithEveryFeatureBecomesAnArticleThatBuilds() throws Exception {
        Path issue = freshIssue();
        Path docx = ManuscriptFiles.everything(Files.createTempDirectory("i15-docs-"));
        Diagnostics d = new Diagnostics();
        Importer.Result r = Importer.run(new Importer.Request(docx, issue, "区县(市)扶贫篇", null, null), d);

        assertEquals(issue.resolve("articles/001.txt"), r.article(), "a Chinese file name gives no ASCII slug");
        assertEquals("""
                ---
                title: 稻香村合作社 带动群众增收
                subtitle: ——某镇产业扶贫工作纪实
                kind: district
                ---
                近年来，某镇围绕产业扶贫，带动群众增收。
                # 一、基本情况
                **一是建强组织。**镇里成立合作社，吸纳农户入社。
                合作社当年分红。
                ## （一）脱贫成效
                [表 tables/001-1.yaml]
                [图 images/001-1.png] 合作社的蔬菜大棚
                村里修通了道路和水渠。
                全镇实现稳定脱贫。
                第一行
                第二行是新的一段。
                """, Files.readString(r.article()));
        assertEquals("""
                # yaml-language-server: $schema=../../schema/table.schema.json
                # imported from 稻香村合作社（定稿）.docx
                title: 表1 脱贫人口情况
                columns:
                  - name: 村名
                  - name: 户数
                    group: 脱贫人口
                  - name: 人数
                    group: 脱贫人口
                  - name: 备注
                rows:
                  - [东村, 12, 40, —]
                  - [西村, 8, 1025, —]
                total: [合计, 20, 1065, ""]
                note: 单位：户、人
                """, Files.readString(issue.resolve("tables/001-1.yaml")));
        assertTrue(Files.size(issue.resolve("images/001-1.png")) > 1000);
        assertTrue(Files.readString(issue.resolve("issue.yaml")).contains("""
                      - title: 区县(市)扶贫篇
                        pinyin: QUXIANSHI FUPINPIAN
                        articles:
                          - articles/001.txt
                """), Files.readString(issue.resolve("issue.yaml")));

        List<String> notes = d.sorted().stream().map(Diagnostic::format).toList();
        String a = issue.relativize(r.article()).toString();
        assertTrue(notes.stream().anyMatch(n -> n.contains(a + ":9:1: warning: a comment by 王编辑 is not in the article: 请核实分红金额")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains(a + ":13:1: warning: a tracked insertion was accepted: '和水渠。'")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains(a + ":13:1: warning: a tracked deletion was accepted, its text left out: '和桥梁'")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains(a + ":14:1: warning: a footnote is not in the article: 数据截至2020年底。")), notes.toString());
        assertEquals(4, d.warningCount(), notes.toString());
        assertFalse(d.hasErrors(), notes.toString());
        assertEquals(notes.size(), Files.readAllLines(r.notesFile()).size() - 2, "the notes file lists them too");

        String text = PdfText.squeeze(pdfText(build(issue)));
        for (String s : List.of("稻香村合作社", "一、基本情况", "一是建强组织。", "（一）脱贫成效", "脱贫人口", "1025", "1065",
                "合作社的蔬菜大棚", "村里修通了道路和水渠。", "第二行是新的一段。")) {
            assertTrue(text.contains(PdfText.squeeze(s)), s + " in the built issue");
        }
        assertFalse(text.contains("和桥梁"), "the deleted text is not printed");
    }

    @Test
    void whatCannotBeImportedIsRefusedWithWhatToDoAndNothingIsWritten() throws Exception {
        Path issue = freshIssue();
        Path docs = Files.createTempDirectory("i15-bad-");
        String before = Files.readString(issue.resolve("issue.yaml"));
        Path doc = Files.write(docs.resolve("旧稿.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Path fake = Files.writeString(docs.resolve("not-word.docx"), "plain text, not a Word document");
        Path good = ManuscriptFiles.district(docs.resolve("good.docx"));
        record Case(Path file, String section, String code) {
        }
        for (Case c : List.of(new Case(doc, "典型案例", "import-type"), new Case(fake, "典型案例", "import-unreadable"),
                new Case(good, "典型", "import-section-unknown"), new Case(good, "显著成就", "import-section-parts"),
                new Case(good, null, "import-section-missing"))) {
            Diagnostics d = new Diagnostics();
            org.junit.jupiter.api.Assertions.assertThrows(org.issuepress.diag.EditorErrors.class,
                    () -> Importer.run(new Importer.Request(c.file(), issue, c.section(), null, null), d));
            assertEquals(List.of(c.code()), d.all().stream().map(Diagnostic::code).toList(), c.toString());
        }
        assertEquals(before, Files.readString(issue.resolve("issue.yaml")));
        try (var files = Files.list(issue.resolve("articles"))) {
            assertEquals(0, files.count(), "no article written");
        }
    }
}
