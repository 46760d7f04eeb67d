package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.PageKind;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.load.IssueFolder;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Findings point at the pages they concern, where the composed issue tells. */
class FindingLinksTest {
    static Path issue;
    static ComposedIssue composed;
    static FindingLinks links;
    static String folder;

    @BeforeAll
    static void compose() {
        issue = TestIssues.minimalWith(null);
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        composed = p.compose(p.load(issue, d), d);
        folder = IssueFolder.displayName(issue) + "/";
        links = FindingLinks.of(composed, issue);
    }

    static int firstPage(String articleId) {
        for (int i = 0; i < composed.pages().size(); i++) {
            if (articleId.equals(composed.pages().get(i).articleId())) {
                return i;
            }
        }
        throw new AssertionError("no page of " + articleId);
    }

    static PreviewState.Finding at(String file, int line) {
        return links.link(Diagnostic.of(Severity.WARNING, "timeline-date", new SourcePos(folder + file, line, 1)), false);
    }

    @Test
    void anArticlesFindingLinksToItsFirstPageAndNamesTheFileInsideTheIssue() {
        PreviewState.Finding f = at("articles/three.txt", 5);
        assertEquals(List.of(firstPage("three")), f.pages());
        assertEquals("articles/three.txt:5:1", f.where());
        assertEquals("a timeline entry without a date at its start — start the entry with its date, e.g. - 2016年3月21日，…", f.what());
        assertEquals(folder + "articles/three.txt:5:1: warning: " + f.what(), f.text(), "the text is the terminal's");
    }

    @Test
    void aTablesFindingLinksToTheArticleThatPrintsIt() {
        assertEquals(List.of(firstPage("one")), at("tables/numbers.yaml", 3).pages());
    }

    @Test
    void theForewordsFindingLinksToTheForeword() {
        int foreword = composed.pages().stream().filter(p -> p.kind() == PageKind.FOREWORD).findFirst()
                .map(composed.pages()::indexOf).orElseThrow();
        assertEquals(List.of(foreword), at("foreword.txt", 1).pages());
    }

    @Test
    void aPlaceholderIsListedOnItsPageAndFindingsOnItsLineGoThere() {
        List<PreviewState.Finding> placeholders = links.placeholders();
        assertEquals(List.of("articles/one.txt:16:1"), placeholders.stream()
                .filter(f -> f.where().startsWith("articles/")).map(PreviewState.Finding::where).toList());
        PreviewState.Finding photo = placeholders.stream().filter(f -> f.where().startsWith("articles/")).findFirst().orElseThrow();
        assertEquals("Photo to supply: 一张照片的说明文字", photo.what());
        // outlined where its frame is: inside the page, below the top, not the whole page
        PreviewState.Spot spot = photo.spots().get(0);
        assertEquals(photo.pages().get(0), spot.page());
        assertTrue(spot.x() >= 0 && spot.y() > 0 && spot.x() + spot.w() <= 1 && spot.y() + spot.h() <= 1 && spot.w() < 1 && spot.h() < 1,
                "the placeholder's box on its page: " + spot);
        assertEquals(List.of(spot), at("articles/one.txt", 16).spots(), "a finding on its line is outlined there too");
        assertEquals("placeholder", photo.severity());
        int page = photo.pages().get(0);
        assertEquals("one", composed.pages().get(page).articleId());
        assertEquals(List.of(page), at("articles/one.txt", 16).pages());
    }

    @Test
    void aFindingInIssueYamlHasNoPageToGoTo() {
        assertEquals(List.of(), at("issue.yaml", 2).pages());
    }

    /** A run-out page's finding (at the article's file) points at that very page, not the article's first. */
    @Test
    void aRunOutPagesFindingLinksToThatPage() {
        // the folio of another article's page than the file's first: the finding follows the folio
        org.issuepress.compose.ArticleFit fit = composed.fits().get(composed.fits().size() - 1);
        String file = composed.fits().get(0).article().pos().file();
        assertTrue(fit.lastFolio() != composed.fits().get(0).folio(), "two articles on different pages");
        Diagnostic d = Diagnostic.of(Severity.WARNING, "page-sparse", SourcePos.file(file), String.valueOf(fit.lastFolio()), 40, 60, 20);
        int page = -1;
        for (int i = 0; i < composed.pages().size(); i++) {
            if (composed.pages().get(i).inside() && composed.pages().get(i).folio() == fit.lastFolio()) {
                page = i;
            }
        }
        assertEquals(java.util.List.of(page), links.link(d, false).pages());
    }
}
