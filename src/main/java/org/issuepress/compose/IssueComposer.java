package org.issuepress.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * masthead, contents, section openers, articles — and numbers the pages. Articles are fitted
 * to pages part by part ({@link PartPlanner}); the issue is then fitted to whole sheets
 * ({@link SheetFit}). The contents shows the folios of this very layout: it is composed once
 * to learn how many pages it takes, then again with the real folios.
 */
public final class IssueComposer {
    private final Grid grid;
    private final TextComposer text;
    private final PageFrames frames;
    private final Design design;
    private final Diagnostics out;
    private final Styles styles;
    private final SetArticles set;

    public IssueComposer(Design design, FontSet fonts, Issue issue, Diagnostics out) {
        this(design, fonts, issue, out, SetArticles.NONE);
    }

    /** @param set the articles an earlier compose set, kept for this one (the preview's) */
    public IssueComposer(Design design, FontSet fonts, Issue issue, Diagnostics out, SetArticles set) {
        this.design = design;
        this.out = out;
        this.grid = new Grid(design, issue.print());
        this.styles = new Styles(design, fonts);
        this.text = new TextComposer(styles, new GlyphCheck(out));
        this.frames = new PageFrames(grid);
        this.set = set;
        set.start(List.of(design, fonts.faces(), issue.print()));
    }

    /** A part of a section with its articles ready to place, and what setting them reported. */
    private record Unit(Section section, Part part, List<PartPlanner.Setting> settings, List<Diagnostics> found) {
    }

    public ComposedIssue compose(Issue issue) {
        List<Unit> units = units(issue);
        PartPlanner planner = new PartPlanner(grid, design.fit());
        // parts start on a page of their own, so they are fitted independently: on two cores in parallel
        List<PartPlanner.Plan> plans = units.parallelStream().map(u -> planner.plan(u.settings())).toList();
        Layout forewordLayout = design.layout("foreword");
        List<FlowPage> foreword = issue.foreword() == null ? List.of()
                : new ArticleFlow(text, grid, "foreword").flow(issue.foreword().blocks(), forewordLayout, forewordLayout.headerLines(), false);
        Layout contentsLayout = design.layout("contents");
        int contentsPages = contents(issue, Map.of()).size();
        int firstFolio = 1 + foreword.size() + 1 + contentsPages;
        plans = new SheetFit(planner, issue.print().padTo(), folio -> design.fit().openerFits(folio % 2 == 1)).fit(firstFolio - 1, sections(units), units.stream().map(Unit::settings).toList(), plans);
        List<Entry> entries = entries(units, plans, firstFolio);
        Map<String, Integer> folios = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (PartPlanner.Piece p : entries.get(i).pieces()) {
                if (p.opens()) {
                    folios.put(p.article().id(), firstFolio + i);
                }
            }
        }
        List<FlowPage> contents = contents(issue, folios);
        if (contents.size() != contentsPages) {
            throw new IllegalStateException("contents changed length with real folios");
        }
        checkTitles(issue);
        List<ArticleFit> fits = FitReport.of(plans, folios, grid.lines());
        FitReport.report(fits, design.fit().sparse(), grid.lines(), out);
        // after fitting: flowing an article again (a grown chart, say) sets its captions again
        units.forEach(u -> u.found().forEach(out::addAll));
        out.throwIfErrors();

        List<Page> pages = new ArrayList<>();
        CoverPages covers = new CoverPages(text, grid);
        pages.add(covers.front(issue));
        Sequence seq = new Sequence(pages);
        for (int i = 0; i < foreword.size(); i++) {
            int n = i;
            // no running head: the foreword's own title names the page (#20 point 8)
            seq.add(PageKind.FOREWORD, null, List.of(), "", n == 0 ? List.of("foreword") : List.of(),
                    r -> frames.frames(foreword.get(n), design.layout("foreword"), r));
        }
        // contents of two pages face each other: when they would start on a right-hand page
        // (turning over to the second), the masthead follows them instead of preceding them
        boolean contentsSpread = contents.size() == 2 && (2 + foreword.size()) % 2 == 1;
        if (!contentsSpread) {
            seq.add(PageKind.MASTHEAD, null, List.of(), null, List.of("masthead"), r -> List.of());
        }
        for (int i = 0; i < contents.size(); i++) {
            int n = i;
            seq.add(PageKind.CONTENTS, null, List.of(), "目录", n == 0 ? List.of("contents") : List.of(),
                    r -> frames.frames(contents.get(n), contentsLayout, r));
        }
        if (contentsSpread) {
            seq.add(PageKind.MASTHEAD, null, List.of(), null, List.of("masthead"), r -> List.of());
        }
        for (Entry e : entries) {
            if (e.kind() == PageKind.OPENER) {
                seq.add(PageKind.OPENER, e.section().id(), List.of(), null, List.of(e.section().id()), r -> List.of());
            } else if (e.kind() == PageKind.BLANK) {
                seq.add(PageKind.BLANK, null, List.of(), null, List.of(), r -> List.of());
            } else {
                List<String> ids = e.pieces().stream().map(p -> p.article().id()).distinct().toList();
                List<String> anchors = e.pieces().stream().filter(PartPlanner.Piece::opens).map(p -> p.article().id()).toList();
                seq.add(PageKind.ARTICLE, e.section().id(), ids, runningHead(e), anchors,
                        r -> articleFrames(e, r));
            }
        }
        while (seq.count() % issue.print().padTo() != 0) {
            seq.add(PageKind.BLANK, null, List.of(), null, List.of(), r -> List.of());
        }
        pages.add(covers.back());
        Page spine = covers.spine(issue, seq.count(), out);
        if (spine != null) {
            pages.add(spine);
        }
        return new ComposedIssue(issue, grid, pages, folios, fits);
    }

    private List<Unit> units(Issue issue) {
        record Job(Section s, Part p, int index, Article a) {
        }
        List<Job> jobs = new ArrayList<>();
        for (Section s : issue.sections()) {
            for (Part p : s.parts()) {
                for (int i = 0; i < p.articles().size(); i++) {
                    jobs.add(new Job(s, p, i, p.articles().get(i)));
                }
            }
        }
        // setting the text is the costly part and independent per article
        Map<Article, SetArticles.Kept> settings = new HashMap<>();
        jobs.parallelStream().map(j -> {
            Layout l = layout(j.a());
            boolean banner = l.banner() != null || (j.index() == 0 && j.p().title() != null);
            SetArticles.Key key = new SetArticles.Key(j.a(), banner);
            SetArticles.Kept kept = set.get(key);
            if (kept == null) {
                kept = setArticle(j.a(), l, banner);
                set.put(key, kept);
            }
            return kept.of(j.a());
        }).toList().forEach(k -> settings.put(k.setting().article(), k));
        List<Unit> units = new ArrayList<>();
        for (Section s : issue.sections()) {
            for (Part p : s.parts()) {
                List<SetArticles.Kept> kept = p.articles().stream().map(settings::get).toList();
                units.add(new Unit(s, p, kept.stream().map(SetArticles.Kept::setting).toList(),
                        kept.stream().map(SetArticles.Kept::found).toList()));
            }
        }
        return units;
    }

    /** One article set in its layout; what setting it finds goes to its own findings, kept with it. */
    private SetArticles.Kept setArticle(Article a, Layout l, boolean banner) {
        Diagnostics found = new Diagnostics();
        TextComposer own = new TextComposer(styles, new GlyphCheck(found));
        int content = new HeaderSize(own, grid).lines(a, l.measureEms(design.measure()) * design.em(), banner);
        ArticleFlow.Prepared prepared = new ArticleFlow(own, grid).prepare(a.blocks(), l, a.kind() == ArticleKind.TIMELINE);
        return new SetArticles.Kept(new PartPlanner.Setting(a, l, prepared, Math.max(l.headerLines(), content), content), found);
    }

    /** For each part, whether it is the first of its section (an opener page comes before it). */
    private static List<Boolean> sections(List<Unit> units) {
        List<Boolean> first = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            first.add(i == 0 || units.get(i - 1).section() != units.get(i).section());
        }
        return first;
    }

    /** One inside page after the contents: a section opener, a blank page, or article pieces. */
    private record Entry(PageKind kind, Section section, Part part, List<PartPlanner.Piece> pieces) {
    }

    /**
     * The pages after the contents in order. An article planned to start on a later folio than
     * it comes to gets blank pages before it, one that starts a right-hand page a blank verso.
     */
    private List<Entry> entries(List<Unit> units, List<PartPlanner.Plan> plans, int firstFolio) {
        List<Entry> entries = new ArrayList<>();
        Section current = null;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (unit.section() != current) {
                current = unit.section();
                if (!design.fit().openerFits((firstFolio + entries.size()) % 2 == 1)) {
                    // fitting could not bring the opener to its side: a blank page does
                    FitReport.openerBlank(current, firstFolio + entries.size(), out);
                    entries.add(new Entry(PageKind.BLANK, null, null, List.of()));
                }
                entries.add(new Entry(PageKind.OPENER, current, null, List.of()));
            }
            for (List<PartPlanner.Piece> page : plans.get(u).pages()) {
                PartPlanner.Piece first = page.get(0);
                if (first.opens() && first.headerTop() == 0) {
                    int folio = firstFolio + entries.size();
                    Integer start = first.article().plan().start();
                    int blanks = start != null ? Math.max(0, start - folio)
                            : first.layout().startsRecto() && folio % 2 == 0 ? 1 : 0;
                    if (start != null && start != folio) {
                        FitReport.startMissed(first.article(), folio, out);
                    }
                    for (int b = 0; b < blanks; b++) {
                        entries.add(new Entry(PageKind.BLANK, null, null, List.of()));
                    }
                }
                entries.add(new Entry(PageKind.ARTICLE, unit.section(), unit.part(), page));
            }
        }
        return entries;
    }

    private List<Frame> articleFrames(Entry e, boolean recto) {
        List<Frame> f = new ArrayList<>();
        for (PartPlanner.Piece p : e.pieces()) {
            if (p.opens()) {
                double left = frames.left(p.layout(), recto);
                double width = p.layout().measureEms(design.measure()) * design.em();
                boolean firstOfPart = e.part().articles().get(0) == p.article();
                HeaderSize size = new HeaderSize(text, grid);
                f.add(new HeaderFrame(new Box(left, grid.blockTop() + p.headerTop() * grid.slot(), width, p.headerLines() * grid.slot()),
                        p.article(), e.section().title(), firstOfPart ? e.part().title() : null,
                        size.titleLines(p.article(), width), size.subtitleLines(p.article(), width)));
            }
            f.addAll(frames.frames(p.flow(), p.layout(), recto));
        }
        return f;
    }

    private List<FlowPage> contents(Issue issue, Map<String, Integer> folios) {
        Layout layout = design.layout("contents");
        List<FlowBlock> blocks = new ContentsBlocks(text, grid).blocks(issue, folios, grid.columnWidth(layout));
        return new ColumnFlow(layout.columns(), grid.lines(), layout.headerLines()).flow(blocks);
    }

    private Layout layout(Article a) {
        return design.layout(a.kind().key());
    }

    /**
     * The right-hand page's running head: the section (and part), or the shorter title the
     * article on the page asks for in its front matter (the article the page begins with).
     */
    private static String runningHead(Entry e) {
        String own = e.pieces().get(0).article().runningHead();
        if (own != null) {
            return own;
        }
        return e.part().title() != null ? e.section().title() + " · " + e.part().title() : e.section().title();
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

        void add(PageKind kind, String section, List<String> articles, String head, List<String> anchors,
                 Function<Boolean, List<Frame>> content) {
            boolean recto = folio % 2 == 1;
            pages.add(new Page(folio, kind, true, recto, section, articles, head, anchors, content.apply(recto)));
            folio++;
        }
    }
}
