package org.issuepress.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.compose.flow.ColumnFlow;
import org.issuepress.compose.flow.FlowBlock;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.HeaderFrame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.design.Design;
import org.issuepress.design.Layout;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.Article;
import org.issuepress.model.ArticleKind;
import org.issuepress.model.Issue;
import org.issuepress.model.Part;
import org.issuepress.model.Section;

/**
 * The front door of the compose stage: lays out the whole issue — covers, foreword,
 * masthead, contents, section openers, articles — and numbers the pages. The contents
 * shows the folios of this very layout: it is composed once to learn how many pages it
 * takes, then again with the real folios.
 */
public final class IssueComposer {
    private final Grid grid;
    private final TextComposer text;
    private final PageFrames frames;
    private final Design design;
    private final Diagnostics out;

    public IssueComposer(Design design, FontSet fonts, Issue issue, Diagnostics out) {
        this.design = design;
        this.out = out;
        this.grid = new Grid(design, issue.print());
        this.text = new TextComposer(new Styles(design, fonts), new GlyphCheck(out));
        this.frames = new PageFrames(grid);
    }

    public ComposedIssue compose(Issue issue) {
        Map<String, Integer> headers = new HashMap<>();
        Map<String, Integer> tightHeaders = new HashMap<>();
        List<Article> order = new ArrayList<>();
        HeaderSize headerSize = new HeaderSize(text, grid);
        for (Section s : issue.sections()) {
            for (Part p : s.parts()) {
                for (int i = 0; i < p.articles().size(); i++) {
                    Article a = p.articles().get(i);
                    Layout l = layout(a);
                    boolean banner = l.banner() != null || (i == 0 && p.title() != null);
                    int content = headerSize.lines(a, l.measureEms(design.measure()) * design.em(), banner);
                    headers.put(a.id(), Math.max(l.headerLines(), content));
                    tightHeaders.put(a.id(), content);
                    order.add(a);
                }
            }
        }
        // articles are set independently of each other: on two cores in parallel, results kept in issue order
        Map<String, List<FlowPage>> flowed = new LinkedHashMap<>();
        List<Flowed> results = order.parallelStream()
                .map(a -> flowArticle(a, headers.get(a.id()), tightHeaders.get(a.id())))
                .toList();
        for (int i = 0; i < order.size(); i++) {
            flowed.put(order.get(i).id(), results.get(i).pages());
            headers.put(order.get(i).id(), results.get(i).headerLines());
        }
        Layout forewordLayout = design.layout("foreword");
        List<FlowPage> foreword = issue.foreword() == null ? List.of()
                : new ArticleFlow(text, grid).flow(issue.foreword().blocks(), forewordLayout, forewordLayout.headerLines(), false);
        Layout contentsLayout = design.layout("contents");
        int contentsPages = contents(issue, Map.of()).size();
        Map<String, Integer> folios = new HashMap<>();
        int folio = 1 + foreword.size() + 1 + contentsPages;
        for (Section s : issue.sections()) {
            folio++; // the section opener
            for (Article a : (Iterable<Article>) s.articles()::iterator) {
                folios.put(a.id(), folio);
                folio += flowed.get(a.id()).size();
            }
        }
        List<FlowPage> contents = contents(issue, folios);
        if (contents.size() != contentsPages) {
            throw new IllegalStateException("contents changed length with real folios");
        }
        checkTitles(issue);
        out.throwIfErrors();

        List<Page> pages = new ArrayList<>();
        CoverPages covers = new CoverPages(text, grid);
        pages.add(covers.front(issue));
        Sequence seq = new Sequence(pages);
        for (int i = 0; i < foreword.size(); i++) {
            int n = i;
            seq.add(PageKind.FOREWORD, null, null, "卷首语", n == 0 ? List.of("foreword") : List.of(),
                    r -> frames.frames(foreword.get(n), design.layout("foreword"), r));
        }
        seq.add(PageKind.MASTHEAD, null, null, null, List.of("masthead"), r -> List.of());
        for (int i = 0; i < contents.size(); i++) {
            int n = i;
            seq.add(PageKind.CONTENTS, null, null, "目录", n == 0 ? List.of("contents") : List.of(),
                    r -> frames.frames(contents.get(n), contentsLayout, r));
        }
        for (Section s : issue.sections()) {
            seq.add(PageKind.OPENER, s.id(), null, null, List.of(s.id()), r -> List.of());
            for (Part p : s.parts()) {
                for (int ai = 0; ai < p.articles().size(); ai++) {
                    Article a = p.articles().get(ai);
                    boolean firstOfPart = ai == 0;
                    List<FlowPage> fp = flowed.get(a.id());
                    for (int i = 0; i < fp.size(); i++) {
                        int n = i;
                        Layout layout = layout(a);
                        seq.add(PageKind.ARTICLE, s.id(), a.id(), runningHead(s, p), n == 0 ? List.of(a.id()) : List.of(), r -> {
                            List<Frame> f = new ArrayList<>();
                            if (n == 0) {
                                double left = frames.left(layout, r);
                                double width = layout.measureEms(design.measure()) * design.em();
                                f.add(new HeaderFrame(new Box(left, grid.blockTop(), width, headers.get(a.id()) * grid.slot()),
                                        a, s.title(), firstOfPart ? p.title() : null));
                            }
                            f.addAll(frames.frames(fp.get(n), layout, r));
                            return f;
                        });
                    }
                }
            }
        }
        while (seq.count() % issue.print().padTo() != 0) {
            seq.add(PageKind.BLANK, null, null, null, List.of(), r -> List.of());
        }
        pages.add(covers.back());
        pages.add(covers.spine(issue, seq.count()));
        return new ComposedIssue(issue, grid, pages, folios);
    }

    private List<FlowPage> contents(Issue issue, Map<String, Integer> folios) {
        Layout layout = design.layout("contents");
        List<FlowBlock> blocks = new ContentsBlocks(text, grid).blocks(issue, folios, grid.columnWidth(layout));
        return new ColumnFlow(layout.columns(), grid.lines(), layout.headerLines()).flow(blocks);
    }

    /**
     * An article's pages. When its last page would carry only a few lines, the header gives
     * up its spare white space (down to what its title needs) if that brings the text back
     * onto the pages before: a page with three lines on it helps no reader.
     */
    private Flowed flowArticle(Article a, int header, int tightHeader) {
        Layout l = layout(a);
        boolean timeline = a.kind() == ArticleKind.TIMELINE;
        List<FlowPage> pages = new ArticleFlow(text, grid).flow(a.blocks(), l, header, timeline);
        if (pages.size() > 1 && tightHeader < header && textLines(pages.get(pages.size() - 1)) <= SPARSE_TAIL * l.columns()) {
            List<FlowPage> tight = new ArticleFlow(text, grid).flow(a.blocks(), l, tightHeader, timeline);
            if (tight.size() < pages.size()) {
                return new Flowed(tight, tightHeader);
            }
        }
        return new Flowed(pages, header);
    }

    /** An article's pages and the grid lines its header takes on the first. */
    private record Flowed(List<FlowPage> pages, int headerLines) {
    }

    /** Lines per column below which a last page counts as nearly empty. */
    static final int SPARSE_TAIL = 3;

    private static int textLines(FlowPage page) {
        return page.placements().stream().filter(pl -> !pl.isFloat()).mapToInt(pl -> pl.height()).sum();
    }

    private Layout layout(Article a) {
        return design.layout(a.kind().key());
    }

    private static String runningHead(Section s, Part p) {
        return p.title() != null ? s.title() + " · " + p.title() : s.title();
    }

    /** A title must fit its header: at most two lines at the header's width. */
    private void checkTitles(Issue issue) {
        double width = grid.blockWidth();
        issue.articles().forEach(a -> {
            double w = text.naturalWidth(a.title(), "title");
            if (w > 2 * width) {
                out.report(Severity.WARNING, "title-long", a.pos(), (int) Math.ceil(w / width));
            }
        });
    }

    /** Inside pages numbered from 1; odd folios are right-hand pages. */
    private static final class Sequence {
        private final List<Page> pages;
        private int folio = 1;

        Sequence(List<Page> pages) {
            this.pages = pages;
        }

        /** Inside pages so far. */
        int count() {
            return folio - 1;
        }

        void add(PageKind kind, String section, String article, String head, List<String> anchors,
                 java.util.function.Function<Boolean, List<Frame>> content) {
            boolean recto = folio % 2 == 1;
            pages.add(new Page(folio, kind, true, recto, section, article, head, anchors, content.apply(recto)));
            folio++;
        }
    }
}
