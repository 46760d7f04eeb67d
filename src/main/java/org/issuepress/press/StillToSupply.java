package org.issuepress.press;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.Printable;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Issue;

/**
 * The photos and charts the issue still lacks (its placeholders), for the terminal of check and
 * build: the editor learns there, not only in preflight.txt or the preview, what is still to
 * come, each at its line with where it goes — the cover photo in issue.yaml's {@code cover: photo:},
 * a photo in its article's [图 …] line, a chart's data in charts/. Words: {@code supply.*}.
 */
public final class StillToSupply {
    private StillToSupply() {
    }

    /** The lines to print, in the order of the issue (the cover first); empty when nothing is missing. */
    public static List<String> lines(Issue issue) {
        List<String> items = new ArrayList<>();
        if (issue.cover() != null && issue.cover().isPlaceholder()) {
            items.add(item(issue.cover().pos(), Phrase.of("supply.cover", caption(issue.cover().photoCaption()))));
        }
        List<Block> blocks = new ArrayList<>();
        if (issue.foreword() != null) {
            blocks.addAll(issue.foreword().blocks());
        }
        issue.articles().forEach(a -> blocks.addAll(a.blocks()));
        for (Block b : blocks) {
            if (b instanceof Figure f && f.isPlaceholder()) {
                items.add(item(f.pos(), Phrase.of("supply.photo", caption(f.caption()))));
            } else if (b instanceof ChartBlock c && c.isPlaceholder()) {
                items.add(item(c.pos(), Phrase.of("supply.chart", caption(c.title()))));
            }
        }
        if (items.isEmpty()) {
            return items;
        }
        List<String> out = new ArrayList<>();
        out.add(Messages.text("supply.head", String.valueOf(items.size())));
        out.addAll(items);
        return out;
    }

    private static String item(Object pos, Phrase what) {
        return Printable.escape("  " + pos + ": " + what.text(Messages.lang()));
    }

    private static String caption(String c) {
        return c == null || c.isBlank() ? "—" : c;
    }
}
