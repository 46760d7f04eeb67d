package org.issuepress.reflow;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Heading;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;
import org.issuepress.model.PullQuote;
import org.issuepress.model.TableBlock;
import org.issuepress.reflow.EpubViews.BlockView;
import org.issuepress.reflow.EpubViews.Item;
import org.issuepress.reflow.EpubViews.Run;

/**
 * An article's blocks as the EPUB sets them: heads one level under the article's title,
 * neighbouring list items as one list (a timeline's with their dates as {@code <time>}),
 * tables, charts and photos with their captions, placeholders as a short note. The printed
 * pages that begin in a block are marked where they begin.
 */
final class BlockViews {
    /** What the views need besides the blocks: where pages begin, the charts' SVG and the photos' files. */
    interface Media {
        String chart(ChartBlock c, String id);

        /** The photo's file name in the package. */
        String photo(Figure f);

        /** A picture of the table for where tables break (WeChat), or null. */
        default String table(org.issuepress.model.Table t) {
            return null;
        }
    }

    private final PageStarts pages;
    private final Media media;
    private int serial;

    BlockViews(PageStarts pages, Media media) {
        this.pages = pages;
        this.media = media;
    }

    List<BlockView> of(List<Block> blocks) {
        List<BlockView> out = new ArrayList<>();
        String year = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof ListItem) {
                int end = i;
                while (end < blocks.size() && blocks.get(end) instanceof ListItem) {
                    end++;
                }
                out.add(list(blocks.subList(i, end), year));
                i = end - 1;
                continue;
            }
            if (b instanceof Heading h && h.level() == 1) {
                String y = h.text().plainText().strip();
                year = y.matches("\\d{4}年?") ? y.substring(0, 4) : year;
            }
            out.add(block(b));
        }
        return out;
    }

    private BlockView block(Block b) {
        List<PageStarts.Start> starts = pages.inBlock(StructKeys.of(b.pos()));
        List<Run> before = Runs.breaks(starts);
        String id = "b" + (++serial);
        if (b instanceof Paragraph p) {
            return view("p", 0, Runs.of(p.text(), starts), id);
        }
        if (b instanceof Heading h) {
            return view("h" + Math.min(4, h.level() + 1), 0, Runs.of(h.text(), starts), id);
        }
        if (b instanceof PullQuote q) {
            return new BlockView("quote", 0, List.of(), q.lines(), List.of(), null, null, null, null, null, before, id);
        }
        if (b instanceof TableBlock t) {
            return new BlockView("table", 0, List.of(), List.of(), List.of(), TableViews.of(t.table()), null, media.table(t.table()),
                    t.table().title(), t.table().note(), before, id);
        }
        if (b instanceof ChartBlock c) {
            return c.isPlaceholder() ? placeholder("chart", c.title(), before, id)
                    : new BlockView("chart", 0, List.of(), List.of(), List.of(), null, media.chart(c, id), null, c.title(),
                    c.chart().note(), before, id);
        }
        if (b instanceof Figure f) {
            return f.isPlaceholder() ? placeholder("photo", f.caption(), before, id)
                    : new BlockView("photo", 0, List.of(), List.of(), List.of(), null, null, media.photo(f), f.caption(),
                    null, before, id);
        }
        return list(List.of(b), null);
    }

    private static BlockView view(String kind, int level, List<Run> runs, String id) {
        return new BlockView(kind, level, runs, List.of(), List.of(), null, null, null, null, null, List.of(), id);
    }

    /** @param what photo or chart: the note says which the printed issue showed */
    private static BlockView placeholder(String what, String caption, List<Run> before, String id) {
        return new BlockView("placeholder", 0, List.of(), List.of(what), List.of(), null, null, null, caption, null, before, id);
    }

    private BlockView list(List<Block> items, String year) {
        List<Item> out = new ArrayList<>();
        boolean timeline = false;
        List<Run> before = new ArrayList<>();
        for (Block b : items) {
            ListItem l = (ListItem) b;
            List<PageStarts.Start> starts = pages.inBlock(StructKeys.of(l.pos()));
            if (out.isEmpty()) {
                before.addAll(Runs.breaks(starts));
                starts = List.of();
            }
            timeline |= l.date() != null;
            out.add(new Item(l.date(), TimeValue.of(l.date(), year), Runs.of(l.text(), starts)));
        }
        return new BlockView(timeline ? "timeline" : "list", 0, List.of(), List.of(), out, null, null, null, null, null,
                before, "b" + (++serial));
    }
}
