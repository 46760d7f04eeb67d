package org.issuepress.reflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.issuepress.press.Built;
import org.issuepress.support.Chromium;
import org.issuepress.support.DevTools;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * The sample's article with the widest table, as a phone shows it (390 CSS px): the EPUB's
 * page (unpacked) and the WeChat file. The page never scrolls sideways, body text is at
 * least 16 px, and the EPUB's wide table scrolls inside its own box. Screenshots go to
 * $EPUB_SCREENSHOTS (default target/epub-screenshots).
 */
class ReflowInBrowserTest {
    private static final int PHONE = 390;

    @Test
    void anArticleWithAWideTableReadsOnAPhone() throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "chromium is not installed (.ci/run installs it)");
        Path shots = Path.of(Optional.ofNullable(System.getenv("EPUB_SCREENSHOTS")).orElse("target/epub-screenshots"));
        Files.createDirectories(shots);
        Built built = SampleIssue.built();
        EpubFiles epub = new EpubFiles(EpubCheckTest.epub(built, "2021-01"));
        Path unpacked = Files.createTempDirectory("epub-");
        for (Map.Entry<String, byte[]> e : epub.bytes.entrySet()) {
            Path f = unpacked.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        String article = epub.names.stream().filter(n -> n.endsWith(".xhtml"))
                .max(Comparator.comparingInt(n -> widestTable(epub.text(n)))).orElseThrow();
        assertTrue(widestTable(epub.text(article)) >= 5, "the sample has a table of five or more columns");

        try (Chromium browser = Chromium.open(chromium.get(), unpacked.resolve(article).toUri()); DevTools page = browser.page()) {
            // a reading system lays the book out at its screen's width (an EPUB page has no viewport of its own)
            page.viewport(PHONE, 844, false);
            page.eval("new Promise(r => setTimeout(r, 300))");
            assertReadable(page, "EPUB " + article);
            JsonNode table = page.eval("(() => { const s = document.querySelector('.scroll'); s.scrollIntoView(); "
                    + "const r = s.getBoundingClientRect(); return {scrolls: s.scrollWidth > s.clientWidth, "
                    + "right: r.right, overflow: getComputedStyle(s).overflowX}; })()");
            assertTrue(table.get("scrolls").asBoolean(), "the wide table is wider than its box: it scrolls there " + table);
            assertTrue(table.get("right").asDouble() <= PHONE + 0.5, "the table's box stays on the screen " + table);
            assertEquals("auto", table.get("overflow").asText());
            Files.write(shots.resolve("epub-table-390.png"), page.screenshot());
            page.eval("window.scrollTo(0, 0); new Promise(r => setTimeout(r, 100))");
            Files.write(shots.resolve("epub-article-390.png"), page.screenshot());
        }

        Path wechat = built.files().values().iterator().next().getParent().resolve(WeChatEdition.FOLDER);
        String stem = built.composed().issue().articles().toList().get(epubIndex(article) - 1).id();
        Path post;
        try (var files = Files.list(wechat)) {
            post = files.filter(f -> f.getFileName().toString().matches("\\d+-" + java.util.regex.Pattern.quote(stem) + "\\.html"))
                    .findFirst().orElseThrow();
        }
        try (Chromium browser = Chromium.open(chromium.get(), post.toUri()); DevTools page = browser.page()) {
            page.viewport(PHONE, 844, true);
            settle(page);
            assertReadable(page, "WeChat " + post.getFileName());
            Files.write(shots.resolve("wechat-article-390.png"), page.screenshot());
            page.eval("(() => { const i = document.querySelector('img'); if (i) i.scrollIntoView(); })()");
            Files.write(shots.resolve("wechat-table-390.png"), page.screenshot());
        }
    }

    /** Waits for the page after the phone's metrics are set: Chromium may load it again for them (its context is then new). */
    private static void settle(DevTools page) throws IOException, InterruptedException {
        for (int tries = 0; ; tries++) {
            try {
                page.eval("new Promise(r => setTimeout(r, 300))");
                return;
            } catch (IOException e) {
                if (tries >= 3 || !String.valueOf(e.getMessage()).contains("Execution context was destroyed")) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static void assertReadable(DevTools page, String what) throws IOException, InterruptedException {
        assertEquals(PHONE, page.eval("innerWidth").asInt(), what + ": laid out " + PHONE + " px wide");
        assertTrue(page.eval("document.documentElement.scrollWidth <= innerWidth").asBoolean(),
                what + ": the page does not scroll sideways at " + PHONE + " px");
        // body text: the indented paragraphs and the list items (captions and notes are set smaller on purpose)
        JsonNode body = page.eval("[...document.querySelectorAll('p, li')].filter(e => e.tagName == 'LI' "
                + "|| parseFloat(getComputedStyle(e).textIndent) > 0).map(e => parseFloat(getComputedStyle(e).fontSize))");
        assertTrue(body.size() > 3, what + ": has body text " + body);
        JsonNode small = page.eval("[...document.querySelectorAll('p, li')].filter(e => e.tagName == 'LI' "
                + "|| parseFloat(getComputedStyle(e).textIndent) > 0).map(e => parseFloat(getComputedStyle(e).fontSize))"
                + ".filter(s => s < 16)");
        assertEquals(0, small.size(), what + ": body text at least 16 px, found " + small);
    }

    private static int widestTable(String xhtml) {
        int widest = 0;
        int at = xhtml.indexOf("<tbody><tr>");
        while (at >= 0) {
            int end = xhtml.indexOf("</tr>", at);
            String row = xhtml.substring(at, end);
            widest = Math.max(widest, row.split("<t[hd][ >]", -1).length - 1);
            at = xhtml.indexOf("<tbody><tr>", end);
        }
        return widest;
    }

    /** a014.xhtml → 14 */
    private static int epubIndex(String name) {
        return Integer.parseInt(name.replaceAll("\\D", ""));
    }
}
