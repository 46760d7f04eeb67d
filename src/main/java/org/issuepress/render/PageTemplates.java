package org.issuepress.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.issuepress.compose.page.Page;
import org.issuepress.model.Article;
import org.issuepress.model.Issue;
import org.issuepress.model.Part;
import org.issuepress.model.Section;

/**
 * The templates of the pages, run for one plan after another. The preview plans the issue on
 * every edit, and an edit changes a few pages: a page whose view and issue-wide values are what
 * they were gets the document its templates made last time, and the templates are checked and
 * read again only when a file of the templates folder changed. A build makes one of these per
 * build and so runs everything once.
 *
 * <p>What a page's document may depend on, and all the templates get: its view without the
 * composed frames' content and the issue-wide values, of the issue all but the articles' body
 * text (which the composer sets and paints, not the templates).
 */
public final class PageTemplates {
    private final Path templates;
    private List<String> stamp;
    private HtmlBuilder builder;
    private List<Object> context;
    private String css;
    private Map<Views.PageView, String> previous = Map.of();
    private Map<Views.PageView, String> current = new ConcurrentHashMap<>();
    private final AtomicInteger ran = new AtomicInteger();

    public PageTemplates(Path templates) {
        this.templates = templates;
    }

    /**
     * Starts a plan with these issue-wide values: checks the templates when they changed (a
     * broken one is the designer's error at its line), and forgets the documents made from
     * other templates or values, and those of pages the last plan did not ask for.
     */
    synchronized Run start(Map<String, Object> vars) {
        readTemplates();
        List<Object> ctx = new ArrayList<>();
        vars.forEach((k, v) -> ctx.add(k.equals("issue") ? withoutText((Issue) v) : v));
        boolean same = ctx.equals(context);
        previous = same ? current : Map.of();
        current = new ConcurrentHashMap<>();
        context = ctx;
        ran.set(0);
        if (!same || css == null) {
            try {
                css = builder.css(vars); // the style sheet depends on the same values
            } catch (RuntimeException e) {
                context = null;
                throw e;
            }
        }
        return new Run(builder, vars, css, previous, current, ran);
    }

    private synchronized void readTemplates() {
        List<String> now = stamp();
        if (!now.equals(stamp)) {
            stamp = null;
            TemplateErrors.checkWellFormed(templates);
            builder = new HtmlBuilder(templates);
            stamp = now;
            context = null;
            css = null;
        }
    }

    /** One plan's run of the templates. */
    static final class Run {
        private final HtmlBuilder builder;
        private final Map<String, Object> vars;
        private final String css;
        private final Map<Views.PageView, String> previous;
        private final Map<Views.PageView, String> current;
        private final AtomicInteger ran;

        private Run(HtmlBuilder builder, Map<String, Object> vars, String css, Map<Views.PageView, String> previous,
                    Map<Views.PageView, String> current, AtomicInteger ran) {
            this.builder = builder;
            this.vars = vars;
            this.css = css;
            this.previous = previous;
            this.current = current;
            this.ran = ran;
        }

        String css() {
            return css;
        }

        /** A page's document: made last time for the same view, or made now. */
        String page(Views.PageView view) {
            Views.PageView seen = seen(view);
            String doc = previous.get(seen);
            if (doc == null) {
                doc = builder.page(vars, seen);
                ran.incrementAndGet();
            }
            current.put(seen, doc);
            return doc;
        }
    }

    /** For how many pages the last plan ran the templates (tests). */
    int ran() {
        return ran.get();
    }

    /** Every file of the templates folder but the preview's own page, with its time and size. */
    private List<String> stamp() {
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(Files::isRegularFile).filter(f -> !templates.relativize(f).startsWith("serve")).sorted()
                    .map(PageTemplates::stampOf).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a missing folder is reported when the design is read
        }
    }

    private static String stampOf(Path f) {
        try {
            return f + " " + Files.getLastModifiedTime(f).to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + Files.size(f);
        } catch (IOException e) {
            return f.toString();
        }
    }

    /**
     * A page's view as the templates get it: the page without its composed frames (painted
     * into the page by FramePainter; the templates place them by {@code p.frames()}) and the
     * headers' articles without body text. A page's document depends on nothing else, and this
     * is cheap to compare (a page's frames hold every glyph).
     */
    private static Views.PageView seen(Views.PageView v) {
        Page p = v.page();
        Page bare = new Page(p.folio(), p.kind(), p.inside(), p.recto(), p.sectionId(), p.articleIds(), p.runningHead(),
                p.anchors(), List.of(), p.width());
        List<Views.HeaderView> headers = v.headers().stream().map(h -> new Views.HeaderView(h.style(), withoutText(h.article()),
                h.kind(), h.banner(), h.bannerPinyin(), h.section(), h.titleLines(), h.subtitleLines())).toList();
        return new Views.PageView(bare, v.template(), v.side(), v.classes(), v.anchors(), v.frames(), headers, v.links(),
                v.section(), v.last(), v.mediaWidth());
    }

    /** The issue as the templates may use it: the articles without their body text. */
    private static Issue withoutText(Issue i) {
        List<Section> sections = i.sections().stream().map(s -> new Section(s.id(), s.title(), s.pinyin(),
                s.parts().stream().map(p -> new Part(p.title(), p.pinyin(), p.articles().stream().map(PageTemplates::withoutText).toList()))
                        .toList())).toList();
        return new Issue(i.info(), i.cover(), i.masthead(), i.foreword(), sections, i.backCover(), i.print(), i.dir());
    }

    private static Article withoutText(Article a) {
        return new Article(a.id(), a.title(), a.subtitle(), a.contentsTitle(), a.runningHead(), a.kind(), List.of(), a.pos(), a.plan());
    }
}
