package org.issuepress.manuscript;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.ArticleKind;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The sample's own articles typed into Word (heads as heading styles, lead-ins in bold, the
 * table as a Word table with its title above it) and imported again: the article file and the
 * built pages are the sample's.
 */
class RoundTripTest {

    /** A .docx of an article file, as a district office would send it. */
    static Path docx(Path article, Path out) throws Exception {
        List<String> lines = Files.readAllLines(article);
        WordDocs w = new WordDocs(false);
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        for (String l : lines.subList(1, end)) {
            if (l.startsWith("title: ")) {
                w.styled("Title", l.substring(7));
            } else if (l.startsWith("subtitle: ")) {
                w.styled("Subtitle", l.substring(10));
            }
        }
        for (String l : body(lines.subList(end + 1, lines.size()))) {
            if (l.startsWith("#")) {
                int level = l.indexOf(' ');
                w.styled("Heading" + level, l.substring(level + 1));
            } else if (l.startsWith("[表 ")) {
                table(w, SampleIssue.DIR.resolve(l.substring(3, l.length() - 1)));
            } else {
                w.paragraph(l);
            }
        }
        return w.save(out);
    }

    /** The body as Word can carry it: without blank lines and charts (a chart is data, not a manuscript's). */
    static List<String> body(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("[图表")).toList();
    }

    @SuppressWarnings("unchecked")
    private static void table(WordDocs w, Path yaml) throws Exception {
        Map<String, Object> t = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml));
        w.doc.createParagraph().createRun().setText((String) t.get("title"));
        List<String> header = ((List<Map<String, Object>>) t.get("columns")).stream().map(c -> (String) c.get("name")).toList();
        List<List<String>> rows = new ArrayList<>();
        ((List<List<Object>>) t.get("rows")).forEach(r -> rows.add(r.stream().map(String::valueOf).toList()));
        rows.add(((List<Object>) t.get("total")).stream().map(String::valueOf).toList());
        w.table(List.of(header), rows);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws Exception {
        Map<String, Object> t = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        t.replaceAll((k, v) -> String.valueOf(v)); // 9653 and "9653" are the same cell
        return t;
    }

    private static void roundTrip(String name, String section, String sampleTable) throws Exception {
        Path sample = SampleIssue.DIR.resolve("articles/" + name + ".txt");
        Path issue = ImportTest.freshIssue();
        Path doc = docx(sample, Files.createTempDirectory("i15-rt-").resolve(name.substring(4) + ".docx"));
        Diagnostics d = new Diagnostics();
        Importer.Result r = Importer.run(new Importer.Request(doc, issue, section, null, null), d);
        assertFalse(d.hasErrors(), d.sorted().toString());

        List<String> mine = Files.readAllLines(r.article());
        List<String> theirs = Files.readAllLines(sample);
        int end = theirs.subList(1, theirs.size()).indexOf("---") + 1;
        List<String> expected = new ArrayList<>(theirs.subList(0, end + 1));
        String importedTable = null;
        for (String l : body(theirs.subList(end + 1, theirs.size()))) {
            if (l.startsWith("[表 ")) {
                importedTable = "tables/" + org.issuepress.load.IssueFolder.stem(r.article()) + "-1.yaml";
                l = "[表 " + importedTable + "]";
            }
            expected.add(l);
        }
        assertEquals(String.join("\n", expected), String.join("\n", mine), "the article file is the sample's");
        if (sampleTable != null) {
            assertEquals(yaml(SampleIssue.DIR.resolve(sampleTable)).toString().replace("\"", ""),
                    yaml(issue.resolve(importedTable)).toString().replace("\"", ""), "the table is the sample's");
        }

        // the built pages carry the sample's text: every paragraph and head, every cell of its table
        Built built = ImportTest.build(issue);
        String printed = PdfText.squeeze(bodyText(built));
        String everything = PdfText.squeeze(ImportTest.pdfText(built));
        for (String l : expected.subList(end + 1, expected.size())) {
            if (!l.startsWith("[表 ")) {
                String text = PdfText.squeeze(l.replaceFirst("^#+ ", "").replace("**", ""));
                assertTrue(printed.contains(text), "printed: " + l);
            }
        }
        if (sampleTable != null) {
            for (String cell : String.valueOf(yaml(SampleIssue.DIR.resolve(sampleTable)).get("rows")).split("[\\[\\],]")) {
                assertTrue(everything.contains(PdfText.squeeze(cell)), "printed cell: " + cell);
            }
        }
    }

    @Test
    void aDistrictArticleTypedIntoWordComesBackAsTheSamplesArticle() throws Exception {
        roundTrip("021-gongyi", "区县(市)扶贫篇", null);
    }

    @Test
    void anArticleWithATableComesBackWithTheSamplesTable() throws Exception {
        roundTrip("085-yulu", "行业扶贫篇", "tables/yulu.yaml");
    }

    @Test
    void theKindFollowsTheSection() {
        Targets.Target t = new Targets.Target("显著成就", "xianzhuchengjiu", "区县(市)扶贫篇", null);
        assertEquals(ArticleKind.DISTRICT, Importer.guessKind(t));
    }

    /**
     * The e-edition's body text, column by column, pages joined: a paragraph that runs from one
     * page to the next reads on, without the running head, folio or a float between.
     */
    private static String bodyText(Built built) throws Exception {
        Path web = built.files().values().stream().filter(f -> f.toString().endsWith("-web.pdf")).findFirst().orElseThrow();
        List<org.issuepress.compose.page.Page> shown = built.composed().pages().stream()
                .filter(org.issuepress.finish.Editions::onScreen).toList();
        StringBuilder out = new StringBuilder();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(web.toFile())) {
            for (int i = 0; i < shown.size(); i++) {
                org.apache.pdfbox.text.PDFTextStripperByArea s = new org.apache.pdfbox.text.PDFTextStripperByArea();
                List<String> regions = new ArrayList<>();
                for (org.issuepress.compose.page.Frame f : shown.get(i).frames()) {
                    if (f instanceof org.issuepress.compose.page.TextFrame t && t.role().equals("body")) {
                        String name = "r" + regions.size();
                        s.addRegion(name, new java.awt.geom.Rectangle2D.Double(t.box().x() - 2, t.box().y() - 2, t.box().w() + 4, t.box().h() + 4));
                        regions.add(name);
                    }
                }
                s.extractRegions(doc.getPage(i));
                regions.forEach(r -> out.append(s.getTextForRegion(r)));
            }
        }
        return out.toString();
    }
}
