package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.support.Chromium;
import org.issuepress.support.DevTools;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The preview's findings in each of the tool's languages (issue #26 item 1): the state sends a
 * finding's severity as a code and the page words it once, so a Chinese editor reads 警告 (not
 * "severity.警告") and the count beside 警告 is the number of warnings listed.
 */
class PreviewLanguagesInBrowserTest {
    private final Lang before = Messages.lang();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void inChinese() throws Exception {
        eachFindingIsLabelledAndCountedIn(Lang.ZH);
    }

    @Test
    void inEnglish() throws Exception {
        eachFindingIsLabelledAndCountedIn(Lang.EN);
    }

    private void eachFindingIsLabelledAndCountedIn(Lang lang) throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "chromium is not installed (.ci/run installs it)");
        Messages.use(lang);
        Path issue = TestIssues.minimalWith(null); // its short last pages are warnings
        Path out = Files.createTempDirectory("serve-out-");
        try (PreviewSession session = new PreviewSession(issue, TestFonts.ROOT.resolve("templates"),
                TestFonts.ROOT.resolve("fonts"), out, new PreviewServerTest.Recording(new ArrayList<>()));
             PreviewServer server = PreviewServer.start(session, TestFonts.ROOT.resolve("templates/serve"), 0)) {
            session.start();
            try (Chromium browser = Chromium.open(chromium.get(), server.url()); DevTools page = browser.page()) {
                PreviewInBrowserTest.waitForThumbnails(page, session);
                List<PreviewState.Finding> findings = session.board().get().findings();
                // counted without trusting the field under test: what is neither an error nor a photo to supply
                long warnings = findings.stream().filter(f -> !f.accepted() && !f.severity().equals("placeholder")
                        && !f.severity().equals("error")).count();
                assumeTrue(warnings > 0, "the minimal issue has warnings");
                PreviewInBrowserTest.waitUntil(page, "the findings are listed",
                        () -> page.eval("document.querySelectorAll('#finding-list .finding').length").asInt() == findings.size());
                JsonNode labels = page.eval("[...document.querySelectorAll('#finding-list .finding .sev')].map(s => s.textContent)");
                List<String> expected = findings.stream().map(f -> Messages.text(lang, PageWords.PREFIX + "severity."
                        + (f.severity().equals("placeholder") ? "placeholder" : f.severity().equals("error") ? "error" : "warning"))).sorted().toList();
                List<String> shown = new ArrayList<>();
                labels.forEach(l -> shown.add(l.asText()));
                assertEquals(expected, shown.stream().sorted().toList(), "each finding's label, in " + lang);
                assertFalse(shown.stream().anyMatch(s -> s.startsWith("severity.")), "no catalogue key shows: " + shown);
                assertEquals(String.valueOf(warnings),
                        page.eval("document.querySelector('[data-count=warning]').textContent").asText(),
                        "the count beside " + Messages.text(lang, "severity.warning") + " is the warnings listed");
            }
        }
    }
}
