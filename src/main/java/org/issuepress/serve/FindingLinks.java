package org.issuepress.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.diag.Diagnostic;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.TableBlock;

/**
 * Which pages a finding concerns, as far as the composed issue tells: an article's file → the
 * article's first page, a table or chart file → the first pages of the articles using it, the
 * foreword → its page, a line with a placeholder → the placeholder's page, a run-out page's
 * finding → that page. Files are named as
 * in the findings (the loader names both the same way).
 */
final class FindingLinks {
    private final String folder;
    private final Map<String, List<Integer>> byFile = new LinkedHashMap<>();
    private final Map<String, Integer> byLine = new LinkedHashMap<>();
    private final List<PreviewState.Finding> placeholders = new ArrayList<>();
    /** Inside pages by folio: a run-out page's finding names its folio. */
    private final Map<String, Integer> byFolio = new LinkedHashMap<>();

    private FindingLinks(String folder) {
        this.folder = folder;
    }

    /**
     * Links for when no issue has composed yet.
     *
     * @param folder the issue folder as findings name it, followed by '/': the page names files without it
     */
    static FindingLinks none(String folder) {
        return new FindingLinks(folder);
    }

    static FindingLinks of(ComposedIssue issue, String folder) {
        FindingLinks links = new FindingLinks(folder);
        Map<String, Article> firstPages = new LinkedHashMap<>();
        List<Page> pages = issue.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p.inside()) {
                links.byFolio.put(p.folioLabel(), i);
            }
            if (p.kind() == PageKind.FOREWORD && issue.issue().foreword() != null) {
                links.file(issue.issue().foreword().pos().file(), i);
            }
            for (Frame f : p.frames()) {
                if (f instanceof TextFrame t && t.placeholder() != null) {
                    links.placeholder(t.placeholder(), i);
                }
            }
        }
        issue.issue().articles().forEach(a -> firstPages.put(a.id(), a));
        for (int i = 0; i < pages.size(); i++) {
            for (String id : pages.get(i).articleIds()) {
                Article a = firstPages.remove(id);
                if (a == null) {
                    continue;
                }
                links.file(a.pos().file(), i);
                for (Block b : a.blocks()) {
                    if (b instanceof TableBlock t) {
                        links.file(t.table().pos().file(), i);
                    } else if (b instanceof ChartBlock c && c.chart() != null) {
                        links.file(c.chart().pos().file(), i);
                    }
                }
            }
        }
        return links;
    }

    /** The finding as the page lists it, with the pages it concerns. */
    PreviewState.Finding link(Diagnostic d) {
        Integer exact = "page-sparse".equals(d.code()) ? byFolio.get(String.valueOf(d.args().get(0)))
                : byLine.get(d.pos().file() + ":" + d.pos().line());
        List<Integer> pages = exact != null ? List.of(exact) : byFile.getOrDefault(d.pos().file(), List.of());
        String what = d.hint() == null || d.hint().isBlank() ? d.message() : d.message() + " — " + d.hint();
        return new PreviewState.Finding(d.severity().label(), local(d.pos().toString()), what, d.format(), pages);
    }

    /** The photos and charts still to supply, each on its page. */
    List<PreviewState.Finding> placeholders() {
        return List.copyOf(placeholders);
    }

    private void file(String file, int page) {
        List<Integer> list = byFile.computeIfAbsent(file, k -> new ArrayList<>());
        if (!list.contains(page)) {
            list.add(page);
        }
    }

    private void placeholder(TextFrame.Placeholder p, int page) {
        // the source is file:line:col; findings on the same line (a figure's own) belong to this page
        int lastColon = p.source().lastIndexOf(':');
        String fileLine = lastColon > 0 ? p.source().substring(0, lastColon) : p.source();
        byLine.putIfAbsent(fileLine, page);
        String what = "chart".equals(p.what()) ? "图表待补" : "图片待补";
        String text = what + "：" + p.caption();
        placeholders.add(new PreviewState.Finding("placeholder", local(p.source()), text, p.source() + ": " + text, List.of(page)));
    }

    /** A place inside the issue folder without the folder's name: the page is about that one issue. */
    private String local(String where) {
        return where.startsWith(folder) ? where.substring(folder.length()) : where;
    }
}
