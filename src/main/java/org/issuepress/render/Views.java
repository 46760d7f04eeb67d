package org.issuepress.render;

import java.util.List;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.Page;
import org.issuepress.model.Article;

/** What the templates see: pages with positioned frames, headers and links, sections for openers. */
public final class Views {
    private Views() {
    }

    /** CSS for an absolutely positioned box; composed coordinates shifted by the bleed. */
    static String style(Box b, PageMetrics m) {
        // called for every frame of every page: String.format's locale machinery showed in profiles
        return "left:" + pt(m.x(b.x())) + ";top:" + pt(m.bleed() + b.y()) + ";width:" + pt(b.w()) + ";height:" + pt(b.h());
    }

    /** A length in points with three decimals, never in exponent notation. */
    static String pt(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000), 3).toPlainString() + "pt";
    }

    public record FrameView(String id, String style) {
    }

    public record LinkView(String href, String style) {
    }

    /** An article header: its box, the banner above it, the title and subtitle. */
    public record HeaderView(String style, Article article, String kind, String banner, String bannerPinyin,
                             String section, List<String> titleLines, List<String> subtitleLines) {
    }

    public record EntryView(String title, String subtitle, String folio, String href) {
    }

    public record SectionView(String id, String title, String pinyin, String letters, List<EntryView> entries, int number) {
        /** Openers list a long section in two columns. */
        static final int ONE_COLUMN = 12;

        public List<EntryView> left() {
            return entries.size() <= ONE_COLUMN ? entries : entries.subList(0, (entries.size() + 1) / 2);
        }

        public List<EntryView> right() {
            return entries.size() <= ONE_COLUMN ? List.of() : entries.subList((entries.size() + 1) / 2, entries.size());
        }
    }

    /**
     * A page for the templates.
     *
     * @param template the fragment file under templates/pages/
     * @param side     "recto" or "verso"
     */
    public record PageView(Page page, String template, String side, String classes, List<String> anchors,
                           List<FrameView> frames, List<HeaderView> headers, List<LinkView> links,
                           SectionView section, boolean last, String mediaWidth) {

        public String folio() {
            return page.folioLabel();
        }

        public boolean chrome() {
            return page.hasChrome();
        }

        public String runningHead() {
            return page.runningHead();
        }

        public boolean recto() {
            return page.recto();
        }

        public HeaderView header() {
            return headers.isEmpty() ? null : headers.get(0);
        }
    }
}
