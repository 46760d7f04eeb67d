package org.issuepress.reflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.issuepress.compose.page.Page;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Table;
import org.issuepress.model.TableBlock;
import org.issuepress.press.Built;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.support.EveryBlockIssue;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What a reader of the EPUB can reach and read: every article from the contents, every printed
 * folio from the page list (landing where that page's mark is), every table cell, every number
 * of a chart and every caption; and the same issue gives the same bytes.
 */
class EpubContentTest {

    @Test
    void everyArticleAndEveryPrintedFolioIsReachableInTheSample() {
        reachable(SampleIssue.built(), "2021-01");
    }

    @Test
    void everyArticleAndEveryPrintedFolioIsReachableWithEveryBlockKind() {
        reachable(EveryBlockIssue.built(), "test-01");
    }

    private static void reachable(Built built, String id) {
        EpubFiles epub = new EpubFiles(EpubCheckTest.epub(built, id));
        Map<String, String> toc = epub.navLinks("toc");
        for (Article a : built.composed().issue().articles().toList()) {
            String href = toc.entrySet().stream().filter(e -> e.getValue().equals(a.contentsEntry())).map(Map.Entry::getKey)
                    .map(k -> k.substring(0, k.indexOf('|'))).findFirst()
                    .orElseThrow(() -> new AssertionError(a.id() + " is not in the contents: " + toc.values()));
            assertEquals(List.of(a.title()), epub.texts("EPUB/" + href, "h1"), href);
        }
        Map<String, String> pages = epub.navLinks("page-list");
        List<String> folios = new ArrayList<>(pages.values());
        List<String> printed = built.composed().pages().stream().filter(p -> p.inside() && p.folio() > 0)
                .map(Page::folioLabel).toList();
        assertEquals(printed, folios, "the page list names every printed page, in order");
        for (String link : pages.keySet()) {
            String href = link.substring(0, link.indexOf('|'));
            String file = href.substring(0, href.indexOf('#'));
            String anchor = href.substring(href.indexOf('#') + 1);
            assertTrue(epub.text("EPUB/" + file).contains("id=\"" + anchor + "\""), href + " lands on its page's mark");
        }
    }

    @Test
    void tableCellsChartNumbersAndCaptionsAreInTheBook() {
        for (Built built : List.of(EveryBlockIssue.built(), SampleIssue.built())) {
            String id = built.composed().issue().info().id();
            EpubFiles epub = new EpubFiles(EpubCheckTest.epub(built, id));
            StringBuilder cells = new StringBuilder();
            StringBuilder all = new StringBuilder();
            for (String name : epub.names) {
                if (name.endsWith(".xhtml")) {
                    Document d = epub.xml(name);
                    all.append(d.getDocumentElement().getTextContent()).append('\n');
                    for (String tag : List.of("td", "th", "caption")) {
                        epub.texts(name, tag).forEach(t -> cells.append('|').append(t));
                    }
                    epub.texts(name, "desc").forEach(t -> all.append(t).append('\n'));
                }
            }
            cells.append('|');
            int tables = 0;
            int charts = 0;
            for (Article a : built.composed().issue().articles().toList()) {
                for (Block b : a.blocks()) {
                    if (b instanceof TableBlock t) {
                        tables++;
                        assertTrue(cells.indexOf("|" + t.table().title() + "|") >= 0, t.table().title());
                        List<Table.Row> rows = new ArrayList<>(t.table().rows());
                        if (t.table().total() != null) {
                            rows.add(t.table().total());
                        }
                        rows.forEach(r -> r.cells().forEach(c ->
                                assertTrue(cells.indexOf("|" + c.text() + "|") >= 0, t.table().title() + ": " + c.text())));
                    } else if (b instanceof ChartBlock c && !c.isPlaceholder()) {
                        charts++;
                        assertTrue(all.indexOf(c.title()) >= 0, c.title());
                        c.chart().series().forEach(s -> s.values().forEach(v ->
                                assertTrue(all.indexOf(v.toPlainString()) >= 0, c.title() + ": " + v.toPlainString())));
                    } else if (b instanceof ChartBlock c) {
                        assertTrue(all.indexOf(c.title()) >= 0, c.title());
                    } else if (b instanceof Figure f) {
                        assertTrue(all.indexOf(f.caption()) >= 0, f.caption());
                    }
                }
            }
            assertTrue(tables > 0 && charts > 0, id + " has tables and charts to look for");
        }
    }

    @Test
    void theSameIssueGivesTheSameBytesFromAnotherFolder() throws IOException {
        Built first = EveryBlockIssue.built();
        Path again = TestIssues.copyOf(first.composed().issue().dir());
        Built second = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(again, Files.createTempDirectory("again-"), new Diagnostics());
        assertArrayEquals(Files.readAllBytes(EpubCheckTest.epub(first, "test-01")),
                Files.readAllBytes(EpubCheckTest.epub(second, "test-01")));
    }

    @Test
    void photosAreAtMost1600PixelsAnd1MbWithTheirCaptionsAsAltText() throws IOException {
        EpubFiles epub = new EpubFiles(EpubCheckTest.epub(EveryBlockIssue.built(), "test-01"));
        List<String> photos = epub.names.stream().filter(n -> n.matches("EPUB/p\\d+\\.jpg")).toList();
        assertEquals(1, photos.size(), "the one photo with a file: " + epub.names);
        for (String name : photos) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(epub.bytes.get(name)));
            assertTrue(Math.max(image.getWidth(), image.getHeight()) <= 1600, name + " " + image.getWidth() + " px");
            assertTrue(epub.bytes.get(name).length <= 1 << 20, name + " under 1 MB");
        }
        assertTrue(epub.text("EPUB/a001.xhtml").contains("<img src=\"p01.jpg\" alt=\"一张照片的说明文字\"/>"));
        assertTrue(epub.text("EPUB/a001.xhtml").contains("还没有文件的照片"), "the placeholder's note and caption");
    }

    @Test
    void theMimetypeComesFirstStoredAndTheBookStaysSmall() throws IOException {
        Path file = EpubCheckTest.epub(SampleIssue.built(), "2021-01");
        EpubFiles epub = new EpubFiles(file);
        ZipEntry first = epub.entries.get(0);
        assertEquals("mimetype", first.getName());
        assertEquals(ZipEntry.STORED, first.getMethod());
        assertEquals("application/epub+zip", epub.text("mimetype"));
        assertTrue(Files.size(file) <= 5L << 20, "the sample's EPUB is " + Files.size(file) + " bytes");
        assertTrue(epub.names.stream().noneMatch(n -> n.matches("(?i).*\\.(otf|ttf|woff2?)")), "no fonts: " + epub.names);
    }
}
