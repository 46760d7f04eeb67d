package org.issuepress.pdf;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Heading;
import org.issuepress.model.Issue;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;
import org.issuepress.model.PullQuote;
import org.issuepress.model.Table;
import org.issuepress.model.TableBlock;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TagTree;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.issuepress.support.TestPhotos;
import org.issuepress.support.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The e-edition is tagged (PDF/UA-1) and archival (PDF/A-2u), checked by veraPDF, and its tag
 * tree reads as the issue does: the sample, and a small issue with every kind of block (sub-heads,
 * a photo and a placeholder, a pull quote, a table, a chart, a list, a timeline, a paragraph long
 * enough to run into the next column). The print edition stays untagged.
 */
class TaggedEditionTest {
    static Built small;
    static byte[] smallWeb;
    private static TagTree.Node sampleTree;

    /** Reading every page's marked content is slow: the sample's tree is read once. */
    private static synchronized TagTree.Node sampleTree() {
        if (sampleTree == null) {
            try (PDDocument doc = SampleIssue.open()) {
                sampleTree = TagTree.read(doc);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return sampleTree;
    }

    @BeforeAll
    static void buildTheSmallIssue() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        TestPhotos.write(issue.resolve("images/a.jpg"), 1200, 800, 7);
        Path one = issue.resolve("articles/one.txt");
        Files.writeString(one, Files.readString(one).replace("[图] 一张照片的说明文字",
                "[图] 一张照片的说明文字\n\n[图 images/a.jpg] 一张真实的照片"));
        String sentence = "这一段很长，在第一栏里放不下，要接到下一栏去，标签里仍然是同一个段落。";
        Files.writeString(issue.resolve("articles/two.txt"), "---\ntitle: 第二篇\nkind: case\n---\n第二篇的正文，只有一段。\n\n"
                + "- 第一项\n- 第二项\n- 第三项\n\n" + sentence.repeat(40) + "\n");
        Diagnostics d = new Diagnostics();
        small = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
        smallWeb = Files.readAllBytes(small.files().get("test-01-web.pdf"));
    }

    @Test
    void theSampleEEditionPassesPdfUa1AndPdfA2u() {
        assertEquals(Map.of(), VeraPdf.failures(SampleIssue.webPdf(), PDFAFlavour.PDFUA_1), "PDF/UA-1 rules failed");
        assertEquals(Map.of(), VeraPdf.failures(SampleIssue.webPdf(), PDFAFlavour.PDFA_2_U), "PDF/A-2u rules failed");
    }

    @Test
    void theSmallIssuesEEditionPassesPdfUa1AndPdfA2u() {
        assertEquals(Map.of(), VeraPdf.failures(smallWeb, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules failed");
        assertEquals(Map.of(), VeraPdf.failures(smallWeb, PDFAFlavour.PDFA_2_U), "PDF/A-2u rules failed");
    }

    /** The validator does look: the untagged print edition fails PDF/UA-1 for want of a structure tree. */
    @Test
    void thePrintEditionIsNotPdfUa() throws IOException {
        byte[] print = Files.readAllBytes(small.files().get("test-01-print.pdf"));
        Map<String, String> failed = VeraPdf.failures(print, PDFAFlavour.PDFUA_1);
        assertTrue(failed.containsKey("7.1-11") && failed.containsKey("7.1-3"), failed.toString());
    }

    @Test
    void anArticleReadsInOrderWithAltTextAndTableHeaders() throws IOException {
        try (PDDocument doc = SampleIssue.open(smallWeb)) {
            TagTree.Node art = articles(TagTree.read(doc)).get(0);
            assertEquals(List.of("H1", "P", "P", "H2", "P", "H3", "P", "Figure", "Caption", "Figure", "Caption", "BlockQuote",
                    "Table", "Figure", "Caption"), art.kidTypes(), art.dump(20));
            assertEquals("第一篇文章 标题较长", art.kids().get(0).text());
            assertEquals("——副标题", art.kids().get(1).text());
            assertEquals("照片待补：一张照片的说明文字", art.kids().get(7).alt(), "a placeholder says the photo is to come");
            assertEquals("照片：一张真实的照片", art.kids().get(9).alt());
            assertEquals("一张真实的照片", art.kids().get(10).text());
            TagTree.Node table = art.kids().get(12);
            TagTree.Node header = table.kids().stream().filter(n -> n.type().equals("TR")).findFirst().orElseThrow();
            assertFalse(header.kids().isEmpty());
            for (TagTree.Node th : header.kids()) {
                assertEquals("TH", th.type(), header.dump(20));
                assertEquals(COSName.getPDFName("Column"), th.attributes().getDictionaryObject(COSName.getPDFName("Scope")));
                assertFalse(th.text().isEmpty(), "a header cell holds its text");
            }
            assertTrue(art.kids().get(13).alt().startsWith("图表："), art.kids().get(13).alt());
        }
    }

    @Test
    void listsAndTimelinesAreListsWithTheirDatesAsLabels() throws IOException {
        try (PDDocument doc = SampleIssue.open(smallWeb)) {
            List<TagTree.Node> arts = articles(TagTree.read(doc));
            TagTree.Node list = arts.get(1).kids().stream().filter(n -> n.type().equals("L")).findFirst().orElseThrow();
            assertEquals(List.of("第一项", "第二项", "第三项"), list.kids().stream().map(TagTree.Node::fullText).toList());
            TagTree.Node timeline = arts.get(2).kids().stream().filter(n -> n.type().equals("L")).findFirst().orElseThrow();
            TagTree.Node first = timeline.kids().get(0);
            assertEquals(List.of("Lbl", "LBody"), first.kidTypes());
            assertEquals("2016年3月21日", first.kids().get(0).text());
        }
    }

    @Test
    void aParagraphRunningIntoTheNextColumnIsOneParagraph() throws IOException {
        try (PDDocument doc = SampleIssue.open(smallWeb)) {
            TagTree.Node two = articles(TagTree.read(doc)).get(1);
            List<TagTree.Node> ps = two.kids().stream().filter(n -> n.type().equals("P")).toList();
            TagTree.Node longOne = ps.get(ps.size() - 1);
            assertEquals("这一段很长，在第一栏里放不下，要接到下一栏去，标签里仍然是同一个段落。".repeat(40), longOne.text());
            assertTrue(longOne.pieces() > 1, "painted in more than one column: " + longOne.pieces());
        }
    }

    /** Every article of the sample: its tags hold its text, in the model's order, and nothing else. */
    @Test
    void theSamplesArticlesReadAsWrittenAcrossColumnsAndPages() throws IOException {
        Issue issue = SampleIssue.built().composed().issue();
        List<Article> model = issue.articles().toList();
        {
            List<TagTree.Node> arts = articles(sampleTree());
            assertEquals(model.size(), arts.size());
            int acrossPages = 0;
            for (int i = 0; i < model.size(); i++) {
                assertEquals(squeeze(expected(model.get(i))), squeeze(withoutFigures(arts.get(i))), model.get(i).id());
                acrossPages += (int) arts.get(i).all().stream().filter(n -> n.type().equals("P") && n.pages() > 1).count();
            }
            assertTrue(acrossPages > 10, "paragraphs continued on the next page are one P each: " + acrossPages);
        }
    }

    @Test
    void everyLinkIsTaggedAndEveryPageIsLabelledAsBefore() throws IOException {
        try (PDDocument doc = SampleIssue.open()) {
            int annotations = 0;
            for (PDPage p : doc.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    annotations++;
                    assertTrue(a.getStructParent() >= 0, "a link has its structure parent");
                    assertTrue(a.getContents() != null && a.getContents().startsWith("转到第"), a.getContents());
                    assertTrue(a.isPrinted());
                }
            }
            int objr = sampleTree().all().stream().filter(n -> n.type().equals("Link")).mapToInt(TagTree.Node::links).sum();
            assertTrue(annotations > 40);
            assertEquals(annotations, objr, "every annotation is in a Link element");
            PDDocumentCatalog cat = doc.getDocumentCatalog();
            assertNotNull(cat.getDocumentOutline().getFirstChild(), "bookmarks are still there");
            assertTrue(cat.getViewerPreferences().displayDocTitle());
            assertEquals("zh-CN", cat.getLanguage());
            String xmp = new String(cat.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains(doc.getDocumentInformation().getTitle()), "XMP title as Info's");
        }
    }

    @Test
    void thePrintEditionCarriesNoStructure() throws IOException {
        try (PDDocument doc = SampleIssue.open(SampleIssue.printPdf())) {
            COSName content = COSName.getPDFName("IssuePressContent");
            assertNull(doc.getDocumentCatalog().getStructureTreeRoot());
            assertNull(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.MARK_INFO));
            assertNull(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(content), "the master's content map is gone");
        }
    }

    private static List<TagTree.Node> articles(TagTree.Node document) {
        return document.all().stream().filter(n -> n.type().equals("Art")).toList();
    }

    /** The text an article's tags should hold, photos' and charts' drawings aside. */
    private static String expected(Article a) {
        StringBuilder s = new StringBuilder(a.title()).append(a.subtitle() == null ? "" : a.subtitle());
        for (Block b : a.blocks()) {
            if (b instanceof Paragraph p) {
                s.append(p.text().plainText());
            } else if (b instanceof Heading h) {
                s.append(h.text().plainText());
            } else if (b instanceof ListItem li) {
                s.append(li.date() == null ? "" : li.date()).append(li.text().plainText());
            } else if (b instanceof PullQuote q) {
                q.lines().forEach(s::append);
            } else if (b instanceof Figure f) {
                s.append(f.caption() == null ? "" : f.caption());
            } else if (b instanceof ChartBlock c) {
                s.append(c.title() == null ? "" : c.title());
            } else if (b instanceof TableBlock tb) {
                Table t = tb.table();
                s.append(t.title() == null ? "" : t.title());
                String lastGroup = null;
                List<String> second = new ArrayList<>();
                for (Table.Column c : t.columns()) {
                    if (c.group() == null) {
                        s.append(c.name());
                    } else {
                        if (!c.group().equals(lastGroup)) {
                            s.append(c.group());
                        }
                        second.add(c.name());
                    }
                    lastGroup = c.group();
                }
                second.forEach(s::append);
                List<Table.Row> rows = new ArrayList<>(t.rows());
                if (t.total() != null) {
                    rows.add(t.total());
                }
                rows.forEach(r -> r.cells().forEach(c -> s.append(c.text())));
                s.append(t.note() == null ? "" : t.note());
            }
        }
        return s.toString();
    }

    private static String withoutFigures(TagTree.Node n) {
        if (n.type().equals("Figure")) {
            return "";
        }
        StringBuilder s = new StringBuilder(n.text());
        n.kids().forEach(k -> s.append(withoutFigures(k)));
        return s.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
