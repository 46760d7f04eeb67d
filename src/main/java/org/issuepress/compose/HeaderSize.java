package org.issuepress.compose;

import org.issuepress.design.TextStyle;
import org.issuepress.model.Article;

/**
 * How many grid lines an article's header takes: banner, title and subtitle as the
 * templates set them (styles "title" and "subtitle"), the rule under them, rounded up to
 * whole grid lines so the text below stays on the grid.
 */
final class HeaderSize {
    /** Height of the banner line and its margin (issue.css .banner). */
    static final double BANNER = 26;
    /** The rule under the header and the space before the text (issue.css .header-rule). */
    static final double FOOT = 30;

    private final TextComposer text;
    private final Grid grid;

    HeaderSize(TextComposer text, Grid grid) {
        this.text = text;
        this.grid = grid;
    }

    int lines(Article a, double width, boolean banner) {
        TextStyle title = text.style("title");
        TextStyle subtitle = text.style("subtitle");
        double h = banner ? BANNER : 0;
        h += lineCount(a.title(), "title", width) * title.leading();
        if (a.subtitle() != null) {
            h += 4 + lineCount(a.subtitle(), "subtitle", width) * subtitle.leading();
        }
        h += FOOT;
        return Math.max(3, (int) Math.ceil(h / grid.slot() - 1e-6));
    }

    private int lineCount(String s, String style, double width) {
        double natural = text.naturalWidth(s, style);
        // a browser-style engine breaks at the space between phrases first, so allow for it
        return natural <= width ? 1 : (int) Math.ceil(natural / (width * 0.9));
    }
}
