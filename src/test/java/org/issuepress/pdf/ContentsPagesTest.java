package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.compose.page.PageKind;
import org.issuepress.compose.page.Page;
import org.issuepress.model.Article;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the printed contents (seed lines "- 4 title") is on our contents pages with
 * the folio our PDF really starts that article on, and the entry links to that page.
 */
class ContentsPagesTest {
    private static final Pattern ENTRY = Pattern.compile("^- (\\d+) (.+)$");

    /** The 51 entries of the printed contents: title lines joined, subtitles (——…) left out. */
    static List<String> printedEntries() {
        String[] lines = SampleIssue.seed().split("\n");
        List<String> entries = new ArrayList<>();
        boolean inContents = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("目录 / CONTENTS")) {
                inContents = true;
            }
            if (inContents && l.equals("郑州市脱贫攻坚大事记") && !entries.isEmpty() && entries.size() >= 51) {
                break;
            }
            Matcher m = ENTRY.matcher(l);
            if (inContents && m.matches()) {
                String title = m.group(2);
                int j = i + 1;
                while (j < lines.length && !lines[j].isBlank() && !lines[j].startsWith("- ") && !lines[j].startsWith("——")) {
                    title += lines[j].strip();
                    j++;
                }
                entries.add(PdfProbe.squeeze(title));
                if (entries.size() == 51) {
                    break;
                }
            }
        }
        return entries;
    }

    @Test
    void allFiftyOneEntriesShowTheFolioTheirArticleStartsOnAndLinkThere() {
        List<String> entries = printedEntries();
        assertEquals(51, entries.size());
        List<Page> pages = SampleIssue.built().composed().pages();
        List<Integer> contentsPages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).kind() == PageKind.CONTENTS) {
                contentsPages.add(i);
            }
        }
        StringBuilder contentsText = new StringBuilder();
        contentsPages.forEach(i -> contentsText.append(SampleIssue.pageTexts().get(i)));
        String contents = PdfProbe.squeeze(contentsText.toString());
        try (PDDocument doc = SampleIssue.open()) {
            String[] labels = PdfProbe.labels(doc);
            for (String entry : entries) {
                Matcher m = Pattern.compile("(\\d{2,3})" + Pattern.quote(entry)).matcher(contents);
                assertTrue(m.find(), "contents entry missing: " + entry);
                String folio = m.group(1).replaceFirst("^0", "");
                Article article = SampleIssue.built().composed().issue().articles()
                        .filter(a -> PdfProbe.squeeze(a.contentsEntry()).equals(entry)).findFirst().orElseThrow();
                int start = firstPageWithTitle(doc, PdfProbe.squeeze(article.title()), contentsPages.get(contentsPages.size() - 1) + 1);
                assertEquals(folio, labels[start], "folio of '" + entry + "' on the contents page");
                assertTrue(linksTo(doc, contentsPages, m.group(1) + entry, m.group(1).length(), start),
                        "entry '" + entry + "' does not link to its page");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The article starts on the first page after the contents that shows its title large (a header, not a list). */
    private static int firstPageWithTitle(PDDocument doc, String title, int from) {
        for (int i = from; i < doc.getNumberOfPages(); i++) {
            StringBuilder large = new StringBuilder();
            PdfProbe.chars(doc, i).stream().filter(c -> c.size() >= 18).forEach(c -> large.append(c.text()));
            if (PdfProbe.squeeze(large.toString()).contains(title)) {
                return i;
            }
        }
        throw new AssertionError("no page carries the title " + title);
    }

    /** @param entry the folio and title as they read on the contents page; the title starts at {@code skip} */
    private static boolean linksTo(PDDocument doc, List<Integer> contentsPages, String entry, int skip, int target) {
        for (int p : contentsPages) {
            List<PdfProbe.Char> chars = PdfProbe.chars(doc, p);
            String squeezed = PdfProbe.squeeze(String.join("", chars.stream().map(PdfProbe.Char::text).toList()));
            int at = squeezed.indexOf(entry);
            if (at < 0) {
                continue;
            }
            PdfProbe.Char first = nonBlank(chars).get(at + skip);
            var crop = doc.getPage(p).getCropBox();
            return PdfProbe.links(doc, p).stream()
                    .anyMatch(l -> l.targetPage() == target && l.contains(first.x() + 1, first.y() - 2, crop));
        }
        return false;
    }

    private static List<PdfProbe.Char> nonBlank(List<PdfProbe.Char> chars) {
        List<PdfProbe.Char> out = new ArrayList<>();
        for (PdfProbe.Char c : chars) {
            for (int i = 0; i < c.text().length(); i++) {
                if (!Character.isWhitespace(c.text().charAt(i))) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
