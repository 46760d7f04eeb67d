package org.issuepress.reflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.model.Article;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Issue;
import org.issuepress.model.Masthead;
import org.issuepress.model.Part;
import org.issuepress.model.Section;
import org.issuepress.reflow.EpubViews.Book;
import org.issuepress.reflow.EpubViews.DocView;
import org.issuepress.reflow.EpubViews.ManifestItem;
import org.issuepress.reflow.EpubViews.NavEntry;
import org.issuepress.reflow.EpubViews.PageEntry;
import org.issuepress.reflow.EpubViews.Run;

/**
 * The book's files in reading order — cover, foreword, masthead, contents, one file per
 * article — with the contents by section → part → article, the page list, the manifest, and
 * the photos the articles show (name in the package → the file's bytes, made by
 * {@code photos}).
 */
final class BookPlan {
    final List<DocView> documents = new ArrayList<>();
    final Map<String, byte[]> images = new LinkedHashMap<>();
    final Book book;

    private final Lang lang;
    private final PageStarts pages;
    private final Map<String, String> articleFiles = new LinkedHashMap<>();

    /**
     * @param charts the SVG of a chart block (given a unique id)
     * @param photos a photo's bytes for the book
     */
    BookPlan(ComposedIssue composed, Lang lang, BiFunction<ChartBlock, String, String> charts, Function<Figure, byte[]> photos) {
        this(composed, lang, charts, photos, t -> null);
    }

    /** @param tables a table's picture's name, for where tables break (WeChat); null keeps it a table */
    BookPlan(ComposedIssue composed, Lang lang, BiFunction<ChartBlock, String, String> charts, Function<Figure, byte[]> photos,
             Function<org.issuepress.model.Table, String> tables) {
        Issue issue = composed.issue();
        this.lang = lang;
        this.pages = PageStarts.of(composed, keys(issue));
        BlockViews.Media media = new BlockViews.Media() {
            @Override
            public String chart(ChartBlock c, String id) {
                return charts.apply(c, id);
            }

            @Override
            public String photo(Figure f) {
                String name = String.format(java.util.Locale.ROOT, "p%02d.jpg", images.size() + 1);
                images.put(name, photos.apply(f));
                return name;
            }

            @Override
            public String table(org.issuepress.model.Table t) {
                return tables.apply(t);
            }
        };
        documents.add(new DocView(EpubNames.document(EpubNames.COVER), issue.info().fullTitle(), coverAlt(issue), "cover",
                null, null, List.of(), List.of(), null, List.of()));
        if (issue.foreword() != null) {
            documents.add(new DocView(EpubNames.document(EpubNames.FOREWORD), issue.foreword().title(), null, "foreword",
                    null, null, at(EpubNames.FOREWORD), new BlockViews(pages, media).of(issue.foreword().blocks()),
                    null, List.of()));
        }
        Masthead m = issue.masthead();
        documents.add(new DocView(EpubNames.document(EpubNames.MASTHEAD), word("epub.masthead"), null, "colophon",
                null, null, at(EpubNames.MASTHEAD), List.of(),
                List.of(m.committee(), m.staff(), m.imprint()).stream().filter(l -> !l.isEmpty()).toList(), List.of()));
        int n = 0;
        List<Article> all = issue.articles().toList();
        for (Section s : issue.sections()) {
            for (Part p : s.parts()) {
                for (Article a : p.articles()) {
                    String file = EpubNames.article(++n);
                    articleFiles.put(a.id(), file);
                    boolean last = a == all.get(all.size() - 1);
                    documents.add(new DocView(file, a.title(), a.subtitle(), "chapter", s.title(), p.title(),
                            at(a.id()), new BlockViews(pages, media).of(a.blocks()), null,
                            last ? at(PageStarts.END) : List.of()));
                }
            }
        }
        this.book = new Book(issue.info().fullTitle(), Messages.text(lang, "epub.print.source", issue.info().fullTitle()),
                !images.isEmpty() || documents.stream().anyMatch(DocView::hasSvg), manifest(), spine(), toc(issue),
                pageList(), at(EpubNames.CONTENTS), all.isEmpty() ? EpubNames.document(EpubNames.CONTENTS) : articleFiles.get(all.get(0).id()));
    }

    private String word(String key) {
        return Messages.text(lang, key);
    }

    private List<Run> at(String document) {
        return Runs.breaks(pages.atDocument(document));
    }

    private String coverAlt(Issue issue) {
        var c = issue.cover();
        return Messages.text(lang, "epub.cover.alt", issue.info().fullTitle(), c.line() == null ? "" : c.line(),
                c.photoCaption() == null ? "" : c.photoCaption(), c.photographer() == null ? "" : c.photographer());
    }

    /** Every block's key, as compose keys its lines. */
    private static Set<String> keys(Issue issue) {
        Set<String> keys = new HashSet<>();
        List<Block> blocks = new ArrayList<>();
        if (issue.foreword() != null) {
            blocks.addAll(issue.foreword().blocks());
        }
        issue.articles().forEach(a -> blocks.addAll(a.blocks()));
        blocks.forEach(b -> keys.add(StructKeys.of(b.pos())));
        return keys;
    }

    private List<ManifestItem> manifest() {
        List<ManifestItem> items = new ArrayList<>();
        items.add(new ManifestItem("nav", EpubNames.document(EpubNames.CONTENTS), "application/xhtml+xml", "nav"));
        items.add(new ManifestItem("css", "book.css", "text/css", null));
        items.add(new ManifestItem("cover-image", "cover.jpg", "image/jpeg", "cover-image"));
        for (DocView d : documents) {
            items.add(new ManifestItem(idOf(d.file()), d.file(), "application/xhtml+xml", d.hasSvg() ? "svg" : null));
        }
        images.keySet().forEach(name -> items.add(new ManifestItem(idOf(name), name, "image/jpeg", null)));
        return items;
    }

    /** The reading order: the contents page after the masthead, as printed. */
    private List<String> spine() {
        List<String> spine = new ArrayList<>();
        for (DocView d : documents) {
            spine.add(idOf(d.file()));
            if (d.type().equals("colophon")) {
                spine.add("nav");
            }
        }
        return spine;
    }

    private static String idOf(String file) {
        return "f-" + file.replace('.', '-');
    }

    private List<NavEntry> toc(Issue issue) {
        List<NavEntry> toc = new ArrayList<>();
        if (issue.foreword() != null) {
            toc.add(new NavEntry(issue.foreword().title(), EpubNames.document(EpubNames.FOREWORD), List.of()));
        }
        toc.add(new NavEntry(word("epub.masthead"), EpubNames.document(EpubNames.MASTHEAD), List.of()));
        for (Section s : issue.sections()) {
            List<NavEntry> children = new ArrayList<>();
            for (Part p : s.parts()) {
                List<NavEntry> articles = p.articles().stream()
                        .map(a -> new NavEntry(a.contentsEntry(), articleFiles.get(a.id()), List.of())).toList();
                if (p.title() == null) {
                    children.addAll(articles);
                } else if (!articles.isEmpty()) {
                    children.add(new NavEntry(p.title(), articles.get(0).href(), articles));
                }
            }
            if (!children.isEmpty()) {
                toc.add(new NavEntry(s.title(), children.get(0).href(), children));
            }
        }
        return toc;
    }

    /** Each printed page's folio and where it begins: the file holding its mark. */
    private List<PageEntry> pageList() {
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (DocView d : documents) {
            marks(d.start(), d.file(), fileOf);
            d.blocks().forEach(b -> {
                marks(b.before(), d.file(), fileOf);
                marks(b.runs(), d.file(), fileOf);
                b.items().forEach(i -> marks(i.runs(), d.file(), fileOf));
            });
            marks(d.end(), d.file(), fileOf);
        }
        marks(at(EpubNames.CONTENTS), EpubNames.document(EpubNames.CONTENTS), fileOf);
        return pages.all().stream().filter(s -> fileOf.containsKey(s.folio()))
                .map(s -> new PageEntry(s.folio(), fileOf.get(s.folio()) + "#" + EpubNames.pageId(s.folio()))).toList();
    }

    private static void marks(List<Run> runs, String file, Map<String, String> fileOf) {
        runs.stream().filter(Run::pageBreak).forEach(r -> fileOf.putIfAbsent(r.folio(), file));
    }
}
