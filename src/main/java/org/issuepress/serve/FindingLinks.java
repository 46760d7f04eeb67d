package org.issuepress.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Glyph;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.TableBlock;

/**
 * Which pages a finding concerns, and where on them, as far as the composed issue tells: an
 * article's file → the article's first page, a table or chart file → the first pages of the
 * articles using it (a table's frames outlined), the foreword → its page, a line with a
 * placeholder → the placeholder's page and box, a missing glyph → each place it is set, a
 * run-out page's finding → that page.
 * The composer knows where every frame and glyph is: the places are read from its pages, so
 * no finding needs to carry a rectangle. Files are named as in the findings (the loader names
 * both the same way).
 */
final class FindingLinks {
    static final String GLYPH_MISSING = "glyph-missing";
    private final Path folder;
    private final Map<String, List<Integer>> byFile = new LinkedHashMap<>();
    private final Map<String, Integer> byLine = new LinkedHashMap<>();
    private final Map<String, List<PreviewState.Spot>> spotsByLine = new LinkedHashMap<>();
    private final Map<String, List<PreviewState.Spot>> tableSpots = new LinkedHashMap<>();
    private final List<Missing> missing = new ArrayList<>();
    private final List<PreviewState.Finding> placeholders = new ArrayList<>();
    /** Inside pages by folio: a run-out page's finding names its folio. */
    private final Map<String, Integer> byFolio = new LinkedHashMap<>();
    private double width = 1;
    private double height = 1;

    /** A glyph its font lacks, where it is set. */
    private record Missing(String text, String articleFile, PreviewState.Spot spot) {
    }

    private FindingLinks(Path folder) {
        this.folder = folder;
    }

    /**
     * Links for when no issue has composed yet.
     *
     * @param folder the issue folder: the page names files inside it
     */
    static FindingLinks none(Path folder) {
        return new FindingLinks(folder);
    }

    static FindingLinks of(ComposedIssue issue, Path folder) {
        FindingLinks links = new FindingLinks(folder);
        links.width = issue.grid().trimWidth();
        links.height = issue.grid().trimHeight();
        Map<String, Article> firstPages = new LinkedHashMap<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        issue.issue().articles().forEach(a -> {
            firstPages.put(a.id(), a);
            articles.put(a.id(), a);
        });
        List<Page> pages = issue.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p.inside()) {
                links.byFolio.put(p.folioLabel(), i);
            }
            if (p.kind() == PageKind.FOREWORD && issue.issue().foreword() != null) {
                links.file(issue.issue().foreword().pos().file(), i);
            }
            Article a = p.articleId() == null ? null : articles.get(p.articleId());
            for (Frame f : p.frames()) {
                if (f instanceof TextFrame t) {
                    links.frame(t, i, a);
                }
            }
        }
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

    /** The finding as the page lists it, with the pages it concerns and where on them. */
    PreviewState.Finding link(Diagnostic d, boolean accepted) {
        String fileLine = d.pos().file() + ":" + d.pos().line();
        Integer exact = "page-sparse".equals(d.code()) ? byFolio.get(String.valueOf(d.args().get(0))) : byLine.get(fileLine);
        List<PreviewState.Spot> spots = spots(d, fileLine);
        List<Integer> pages = exact != null ? List.of(exact) : byFile.getOrDefault(d.pos().file(), List.of());
        if (exact == null && !spots.isEmpty()) {
            pages = spots.stream().map(PreviewState.Spot::page).distinct().toList();
        }
        String what = d.hint() == null || d.hint().isBlank() ? d.message() : d.message() + " — " + d.hint();
        return new PreviewState.Finding(id(d), d.severity().code(), local(d.pos()), what, d.format(), pages, spots,
                accepted);
    }

    /** Names a finding the same way in every build (its line may move; its code, file and words stay). */
    static String id(Diagnostic d) {
        return Integer.toHexString((d.code() + "|" + d.pos().file() + "|" + d.message(Lang.EN)).hashCode());
    }

    /** The photos and charts still to supply, each on its page. */
    List<PreviewState.Finding> placeholders() {
        return List.copyOf(placeholders);
    }

    private List<PreviewState.Spot> spots(Diagnostic d, String fileLine) {
        if (GLYPH_MISSING.equals(d.code())) {
            Object character = d.args().size() > 1 ? d.args().get(1) : null; // GlyphCheck: font, character, …
            return missing.stream().filter(m -> m.articleFile().equals(d.pos().file()) && m.text().equals(character))
                    .map(Missing::spot).toList();
        }
        List<PreviewState.Spot> placed = spotsByLine.get(fileLine);
        return placed != null ? placed : tableSpots.getOrDefault(d.pos().file(), List.of());
    }

    private void frame(TextFrame t, int page, Article a) {
        if (t.placeholder() != null) {
            placeholder(t.placeholder(), t.box(), page);
        }
        if ("table".equals(t.role()) && a != null) {
            for (Block b : a.blocks()) {
                if (b instanceof TableBlock tb) {
                    tableSpots.computeIfAbsent(tb.table().pos().file(), k -> new ArrayList<>()).add(spot(page, t.box()));
                }
            }
        }
        for (TextRow row : t.rows()) {
            for (Glyph g : row.line().glyphs()) {
                int cp = g.text().codePointAt(0);
                if (!g.face().covers(cp) && !Character.isWhitespace(cp)) {
                    double x = t.box().x() + row.x() + g.x();
                    double top = t.box().y() + row.baseline() - g.size() * 0.88;
                    missing.add(new Missing(g.text(), a == null ? "" : a.pos().file(),
                            spot(page, new Box(x, top, Math.max(g.end() - g.x(), g.size() * 0.5), g.size()))));
                }
            }
        }
    }

    /** The box on the trimmed page: a full-bleed photo's frame reaches into the bleed, which the preview does not show. */
    private PreviewState.Spot spot(int page, Box b) {
        double x = clamp(b.x() / width);
        double y = clamp(b.y() / height);
        return new PreviewState.Spot(page, x, y, clamp(b.right() / width) - x, clamp(b.bottom() / height) - y);
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }

    private void file(String file, int page) {
        List<Integer> list = byFile.computeIfAbsent(file, k -> new ArrayList<>());
        if (!list.contains(page)) {
            list.add(page);
        }
    }

    private void placeholder(TextFrame.Placeholder p, Box box, int page) {
        // findings on the same line (a figure's own) belong to this page
        String fileLine = p.pos().file() + ":" + p.pos().line();
        byLine.putIfAbsent(fileLine, page);
        PreviewState.Spot spot = spot(page, box);
        spotsByLine.computeIfAbsent(fileLine, k -> new ArrayList<>()).add(spot);
        String key = p.what().equals("chart") ? "serve.placeholder.chart" : "serve.placeholder.photo";
        String text = Messages.text(key, p.caption());
        placeholders.add(new PreviewState.Finding("ph-" + Integer.toHexString(p.pos().toString().hashCode()), "placeholder",
                local(p.pos()), text, p.pos() + ": " + text, List.of(page), List.of(spot), false));
    }

    /** A place inside the issue folder without the folder's name: the page is about that one issue. */
    private String local(SourcePos where) {
        return where.inIssue(folder).toString();
    }
}
