package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.issuepress.support.Chromium;
import org.issuepress.support.DevTools;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * The preview as an editor uses it: open in a browser (headless Chromium), an article edited
 * on disk, the open page showing the new page by itself.
 */
class PreviewInBrowserTest {
    /** For everything else: only so that a broken preview fails the test instead of hanging it. */
    static final long PATIENCE_MILLIS = 120_000;
    static final String THUMBNAILS = "[...document.querySelectorAll('img.thumb')].map(i => ({page: +i.dataset.page, "
            + "src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0}))";
    static final String FINDINGS = "document.getElementById('finding-list').innerText";
    static final String BANNER_SHOWN = "!document.getElementById('banner').hidden";

    @Test
    void anEditShowsOnTheOpenPageAndAnErrorIsShownUntilFixed() throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "chromium is not installed (.ci/run installs it)");
        Path issue = TestIssues.minimalWith(null);
        Path out = Files.createTempDirectory("serve-out-");
        try (PreviewSession session = new PreviewSession(issue, TestFonts.ROOT.resolve("templates"),
                TestFonts.ROOT.resolve("fonts"), out, new PreviewServerTest.Recording(new java.util.ArrayList<>()));
             PreviewServer server = PreviewServer.start(session, TestFonts.ROOT.resolve("templates/serve"), 0)) {
            session.start();
            try (Chromium browser = Chromium.open(chromium.get(), server.url()); DevTools page = browser.page()) {
                Map<Integer, String> shown = waitForThumbnails(page, session);
                // the editions are built after the pages: let that finish so it does not slow the edit below
                waitUntil(page, "the editions are built", () -> session.board().get().editions().phase().equals("current"));
                page.eval("window.sameDocument = true");
                int two = session.board().get().pages().stream().filter(p -> p.title().equals("第二篇")).findFirst().orElseThrow().index();

                Path article = issue.resolve("articles/two.txt");
                Files.writeString(article, Files.readString(article).replace("只有一段。", "只有一段，在浏览器里看。"));
                long saved = System.nanoTime();
                Map<Integer, String> now = shown;
                // until the page's image has a new URL and has loaded (while it loads, it is not in the map)
                while ((now.get(two) == null || now.get(two).equals(shown.get(two)))
                        && System.nanoTime() - saved < PATIENCE_MILLIS * 1_000_000) {
                    Thread.sleep(20);
                    now = loadedThumbnails(page);
                }
                long millis = (System.nanoTime() - saved) / 1_000_000;
                assertTrue(now.get(two) != null && !now.get(two).equals(shown.get(two)),
                        "the edited page (" + two + ") shows its new image");
                for (Map.Entry<Integer, String> e : shown.entrySet()) {
                    if (e.getKey() != two) {
                        assertEquals(e.getValue(), now.get(e.getKey()), "page " + e.getKey() + " did not change and keeps its image");
                    }
                }
                assertTrue(page.eval("window.sameDocument === true").asBoolean(), "the page was not reloaded");

                Files.writeString(article, Files.readString(article).replace("kind: case", "kind: distrct"));
                waitUntil(page, "the error is listed", () -> page.eval(FINDINGS).asText().contains("'kind' cannot be 'distrct'"));
                assertTrue(page.eval(BANNER_SHOWN).asBoolean(), "the error is shown above the pages too");
                assertEquals(now, loadedThumbnails(page), "the last good pages stay");

                Files.writeString(article, Files.readString(article).replace("kind: distrct", "kind: case"));
                waitUntil(page, "the error is gone", () -> !page.eval(FINDINGS).asText().contains("distrct"));
                assertFalse(page.eval(BANNER_SHOWN).asBoolean());
                // reported, not asserted: the machines are shared (src/bench measures speed)
                System.out.println("preview in the browser: an edit showed " + millis + " ms after saving");
            }
        }
    }

    /** Waits until every page has its image loaded; returns each page's image URL. */
    static Map<Integer, String> waitForThumbnails(DevTools page, PreviewSession session) throws Exception {
        waitUntil(page, "every page shows its image", () -> {
            int pages = session.board().get().pages().size();
            return pages > 0 && loadedThumbnails(page).size() == pages;
        });
        return loadedThumbnails(page);
    }

    /** The pages whose images have loaded, with their URLs. */
    static Map<Integer, String> loadedThumbnails(DevTools page) throws IOException, InterruptedException {
        Map<Integer, String> out = new HashMap<>();
        for (JsonNode t : page.eval(THUMBNAILS)) {
            if (t.get("loaded").asBoolean() && t.hasNonNull("src")) {
                out.put(t.get("page").asInt(), t.get("src").asText());
            }
        }
        return out;
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(DevTools page, String what, Condition condition) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.holds()) {
            assertTrue(System.currentTimeMillis() < deadline, "gave up waiting until " + what);
            Thread.sleep(50);
        }
    }
}
