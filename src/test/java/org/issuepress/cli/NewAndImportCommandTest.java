package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.manuscript.ManuscriptFiles;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/** The editor's steps for the next issue, through the command line: new, import, check, build. */
class NewAndImportCommandTest {

    @Test
    void theNextIssueFromTheSampleWithTwoManuscriptsAndATableBuilds() throws Exception {
        Path root = Files.createTempDirectory("i15-cli-");
        Path issue = root.resolve("2021-02");
        CommandLineTest.Run made = CommandLineTest.run("new", issue.toString(), "--from", SampleIssue.DIR.toString());
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("issue 2021.02, number 83"), made.out());
        String yaml = Files.readString(issue.resolve("issue.yaml"));
        assertTrue(yaml.contains("id: 2021-02\n") && yaml.contains("issue: \"2021.02\"\nnumber: 83\n"), yaml);
        assertTrue(yaml.contains("  - {role: 主编, names: [林全峰]}") && yaml.contains("    pinyin: QUXIANSHI FUPINPIAN\n        articles: []"),
                "standing data and sections kept, articles emptied: " + yaml);
        assertTrue(yaml.contains("\nspecial:   #") && yaml.contains("\nsubject:   #") && yaml.contains("\nkeywords:   #")
                && yaml.contains("\n  photographer:   #") && yaml.contains("\n# foreword: foreword.txt"), "this issue's own data emptied: " + yaml);
        assertFalse(yaml.contains("021-gongyi") || yaml.contains("line: 登封") || yaml.contains("陈智军"), yaml);

        CommandLineTest.Run again = CommandLineTest.run("new", issue.toString(), "--from", SampleIssue.DIR.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("the folder already exists; 'new' never writes over an issue"), again.err());

        CommandLineTest.Run fresh = CommandLineTest.run("check", "--quiet", issue.toString());
        assertEquals(1, fresh.code());
        List<String> findings = fresh.err().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
        // the cover line and the articles, and the job ticket's contact person and delivery date (each issue its own)
        assertEquals(3, findings.size(), "what is missing, not a wall of errors: " + fresh.err());
        assertTrue(fresh.err().contains("warning: the job ticket (委印单) lacks print.contact.name, print.delivery"), fresh.err());
        assertTrue(fresh.err().contains("error: the cover line is not written yet — write this issue's cover line"), fresh.err());
        assertTrue(fresh.err().contains("error: the issue has no articles yet — import a manuscript with 'import FILE.docx --into"),
                fresh.err());

        Path docs = Files.createTempDirectory("i15-docs-");
        Path one = ManuscriptFiles.district(docs.resolve("巩义市.docx"));
        Path two = ManuscriptFiles.caseStudy(docs.resolve("hongqi cun.docx"));
        Path table = ManuscriptFiles.workbook(docs.resolve("脱贫人口.xlsx"));
        CommandLineTest.Run noSection = CommandLineTest.run("import", one.toString(), "--into", issue.toString());
        assertEquals(1, noSection.code());
        assertTrue(noSection.err().contains("which section does the article go into? — give --section with one of: 伟大号召, "
                + "显著成就 › 综述, 显著成就 › 区县(市)扶贫篇"), noSection.err());
        CommandLineTest.Run i1 = CommandLineTest.run("import", one.toString(), "--into", issue.toString(), "--section", "区县(市)扶贫篇");
        assertEquals(0, i1.code(), i1.err());
        assertTrue(i1.out().contains("articles/001.txt, listed in 显著成就 › 区县(市)扶贫篇") && i1.out().contains("  kind: district (from the section's name; give --kind to choose another)"), i1.out());
        CommandLineTest.Run i2 = CommandLineTest.run("import", two.toString(), "--into", issue.toString(), "--section", "典型案例");
        assertEquals(0, i2.code(), i2.err());
        assertTrue(Files.exists(issue.resolve("articles/002-hongqi-cun.txt")), i2.out());
        CommandLineTest.Run i3 = CommandLineTest.run("import", table.toString(), "--into", issue.toString(),
                "--article", "articles/001.txt");
        assertEquals(0, i3.code(), i3.err());
        assertTrue(Files.readString(issue.resolve("articles/001.txt")).endsWith("[表 tables/001-xlsx-1.yaml]\n"),
                Files.readString(issue.resolve("articles/001.txt")));

        Path yamlFile = issue.resolve("issue.yaml");
        Files.writeString(yamlFile, Files.readString(yamlFile).replaceFirst("(?m)^  line:.*$", "  line: 新的一期"));
        CommandLineTest.Run build = CommandLineTest.run("build", issue.toString(), "--out", root.resolve("out").toString());
        assertEquals(0, build.code(), build.err());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(root.resolve("out/2021-02/2021-02-web.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("测试区县扎实推进脱贫攻坚。") && text.contains("村里修了路，建了厂。") && text.contains("测试脱贫人口"), text);
            assertFalse(text.contains("null"), "a regular issue has no special title, and no 'null' in its place: " + text);
        }
        assertTrue(build.err().contains("section '伟大号召' has no articles yet: it is left out of this build"), build.err());
        assertTrue(build.err().contains("'综述' of section '显著成就' has no articles yet"), build.err());
    }
}
