package org.issuepress.reflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.HeaderFrame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.model.Issue;

/**
 * Where each printed page begins in the reflowed text, so that a reader told "第 23 页" finds
 * it: the first thing on the page in reading order — a block (by the key compose gave its
 * lines, see {@link TextRow}) and how many of its characters earlier pages set, or an
 * article's header, or a front page (foreword, masthead, contents). A page with nothing of
 * its own (a blank, an opener) begins where the next page does; pages after the last text
 * begin at the end of the last article.
 */
final class PageStarts {
    /** Where pages begin: at a block's character, at the start of a document, or at the very end. */
    record Place(String block, int offset, String document) {
        static Place block(String key, int offset) {
            return new Place(key, offset, null);
        }

        static Place document(String name) {
            return new Place(null, 0, name);
        }
    }

    /** A printed page: its folio as printed and where it begins. */
    record Start(String folio, Place place) {
    }

    static final String END = "end";

    private final List<Start> starts;

    private PageStarts(List<Start> starts) {
        this.starts = List.copyOf(starts);
    }

    /**
     * @param blocks the keys of the issue's blocks (a key with a suffix — a table cell, a
     *               caption — is placed at its block)
     */
    static PageStarts of(ComposedIssue composed, Set<String> blocks) {
        Map<String, Integer> setSoFar = new LinkedHashMap<>();
        List<Start> starts = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (Page page : composed.pages()) {
            if (!page.inside() || page.folio() <= 0) {
                continue;
            }
            Place place = null;
            for (Frame f : page.frames()) {
                if (place == null) {
                    place = first(f, blocks, setSoFar);
                }
                if (f instanceof TextFrame t) {
                    for (TextRow r : t.rows()) {
                        if (r.key() != null) {
                            setSoFar.merge(r.key(), r.line().text().length(), Integer::sum);
                        }
                    }
                }
            }
            if (place == null) {
                place = ofKind(page, composed.issue());
            }
            if (place == null) {
                waiting.add(page.folioLabel());
                continue;
            }
            for (String w : waiting) {
                starts.add(new Start(w, place));
            }
            waiting.clear();
            starts.add(new Start(page.folioLabel(), place));
        }
        for (String w : waiting) {
            starts.add(new Start(w, Place.document(END)));
        }
        return new PageStarts(starts);
    }

    List<Start> all() {
        return starts;
    }

    /** The pages that begin in this block, in page order. */
    List<Start> inBlock(String key) {
        return starts.stream().filter(s -> key.equals(s.place().block())).toList();
    }

    /** The pages that begin with this document (an article's id, foreword, masthead, contents, end). */
    List<Start> atDocument(String name) {
        return starts.stream().filter(s -> name.equals(s.place().document())).toList();
    }

    private static Place first(Frame f, Set<String> blocks, Map<String, Integer> setSoFar) {
        if (f instanceof HeaderFrame h) {
            return Place.document(h.article().id());
        }
        if (f instanceof ImageFrame i && i.key() != null) {
            return Place.block(blockOf(i.key(), blocks), 0);
        }
        if (f instanceof ChartFrame c && c.key() != null) {
            return Place.block(blockOf(c.key(), blocks), 0);
        }
        if (f instanceof TextFrame t) {
            for (TextRow r : t.rows()) {
                if (r.key() == null) {
                    continue;
                }
                if (blocks.contains(r.key())) {
                    return Place.block(r.key(), setSoFar.getOrDefault(r.key(), 0));
                }
                String block = blockOf(r.key(), blocks);
                if (blocks.contains(block)) {
                    return Place.block(block, 0);
                }
            }
        }
        return null;
    }

    /** The block a part's key belongs to: {@code file:3:1#r2.1} → {@code file:3:1}. */
    private static String blockOf(String key, Set<String> blocks) {
        int hash = key.lastIndexOf('#');
        return hash > 0 && blocks.contains(key.substring(0, hash)) ? key.substring(0, hash) : key;
    }

    /** A page without a block of its own: the front pages begin their document, an opener its section's first article. */
    private static Place ofKind(Page page, Issue issue) {
        if (page.kind() == PageKind.FOREWORD || page.kind() == PageKind.MASTHEAD || page.kind() == PageKind.CONTENTS) {
            return Place.document(page.kind().template());
        }
        if (page.kind() == PageKind.OPENER) {
            return issue.sections().stream().filter(s -> s.id().equals(page.sectionId())).findFirst()
                    .flatMap(s -> s.articles().findFirst()).map(a -> Place.document(a.id())).orElse(null);
        }
        if (page.articleId() != null && page.kind() == PageKind.ARTICLE) {
            return Place.document(page.articleId());
        }
        return null;
    }

}
