package org.issuepress.compose;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.Article;

/**
 * Articles already set by an earlier compose of the issue, for the next one: the preview
 * composes the whole issue on every edit, and setting the text of fifty articles is most of
 * that, though an edit changes one. An article is set again when it, or the design, the fonts
 * or the print settings, changed; what setting it reported is reported again with it. A build
 * starts with none ({@link #NONE}) and sets everything.
 */
public final class SetArticles {
    /** Keeps nothing: every compose sets every article. */
    public static final SetArticles NONE = new SetArticles(false);

    private final boolean keeping;
    private List<Object> context;
    private Map<Key, Kept> previous = Map.of();
    private Map<Key, Kept> current = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    private SetArticles(boolean keeping) {
        this.keeping = keeping;
    }

    /** One that keeps the articles of each compose for the next. */
    public static SetArticles keeping() {
        return new SetArticles(true);
    }

    /** An article as its layout sets it: with or without a banner above the header. */
    record Key(Article article, boolean banner) {
    }

    /** A set article and what setting it reported (also while fitting flowed it later). */
    record Kept(PartPlanner.Setting setting, Diagnostics found) {
        /** The same, for this compose's article (equal to the one set; the pages tell articles apart by identity). */
        Kept of(Article a) {
            PartPlanner.Setting s = setting;
            return s.article() == a ? this
                    : new Kept(new PartPlanner.Setting(a, s.layout(), s.prepared(), s.header(), s.tightHeader()), found);
        }
    }

    /**
     * Starts a compose in {@code context} (what else setting depends on: design, fonts, print):
     * a different context forgets every article; the articles of the last compose not asked for
     * again in this one are forgotten at the next, so a day of editing does not fill the memory.
     */
    synchronized void start(List<Object> context) {
        if (!keeping) {
            return;
        }
        previous = context.equals(this.context) ? current : Map.of();
        reused.set(0);
        current = new ConcurrentHashMap<>();
        this.context = context;
    }

    /** The article as the last compose set it, or null. */
    Kept get(Key key) {
        Kept k = previous.get(key);
        if (k != null) {
            reused.incrementAndGet();
            current.put(key, k);
        }
        return k;
    }

    /** How many articles the last compose took from the one before (tests). */
    int reused() {
        return reused.get();
    }

    void put(Key key, Kept kept) {
        if (keeping) {
            current.put(key, kept);
        }
    }
}
