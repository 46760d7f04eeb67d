package org.issuepress.compose;

import java.util.List;
import org.issuepress.compose.text.Typesetter;
import org.issuepress.design.TextStyle;
import org.issuepress.model.Article;
import org.issuepress.model.ArticleKind;

/**
 * How many grid lines an article's header takes: the section's name at its top, banner,
 * title and subtitle as the templates set them (styles "title" and "subtitle"), the rule
 * under them, rounded up to whole grid lines so the text below stays on the grid. The title
 * and subtitle lines are chosen here (display breaks) and printed as chosen, so the depth
 * reckoned is the depth drawn.
 */
final class HeaderSize {
    /** Height of the banner line and its margin (issue.css .banner). */
    static final double BANNER = 26;
    /** The rule under the header and the space before the text (issue.css .header-rule). */
    static final double FOOT = 30;
    /** The section's name under the rule at the header's top (issue.css .header-section: 4 pt + a 10 pt line). */
    static final double TOP = 14;
    /** District and survey titles are set 24/32 instead of 22/30 (issue.css .article-header.district .title). */
    private static final double LARGE = 24.0 / 22;

    private final TextComposer text;
    private final Grid grid;

    HeaderSize(TextComposer text, Grid grid) {
        this.text = text;
        this.grid = grid;
    }

    int lines(Article a, double width, boolean banner) {
        TextStyle title = text.style("title");
        TextStyle subtitle = text.style("subtitle");
        double h = TOP + (banner ? BANNER : 0);
        double scale = a.kind() == ArticleKind.DISTRICT || a.kind() == ArticleKind.SURVEY ? LARGE : 1;
        h += titleLines(a, width).size() * title.leading() * scale;
        if (a.subtitle() != null) {
            h += 4 + subtitleLines(a, width).size() * subtitle.leading();
        }
        h += FOOT;
        return Math.max(3, (int) Math.ceil(h / grid.slot() - 1e-6));
    }

    /** The title's lines as the header prints them: broken where a reader pauses, balanced. */
    List<String> titleLines(Article a, double width) {
        double scale = a.kind() == ArticleKind.DISTRICT || a.kind() == ArticleKind.SURVEY ? LARGE : 1;
        return Typesetter.sourceLines(a.title(), text.display(a.title(), "title", width / scale));
    }

    List<String> subtitleLines(Article a, double width) {
        return a.subtitle() == null ? List.of()
                : Typesetter.sourceLines(a.subtitle(), text.display(a.subtitle(), "subtitle", width));
    }
}
