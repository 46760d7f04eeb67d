package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.issuepress.compose.flow.Slot;
import org.issuepress.compose.flow.TextBlock;
import org.issuepress.compose.page.Mark;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Line;
import org.issuepress.compose.text.Typesetter;
import org.issuepress.design.TextStyle;
import org.issuepress.model.Heading;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;

/**
 * Composes the blocks that run in a column — paragraphs, sub-heads, list items, timeline
 * entries — into grid slots of a given column width.
 */
final class TextBlocks {
    private static final int MIN_FRAGMENT = 2;
    private final TextComposer text;
    private final Grid grid;
    private final double em;
    /** The style paragraphs are set in: "body", or the foreword's own. */
    private final String body;

    TextBlocks(TextComposer text, Grid grid) {
        this(text, grid, "body");
    }

    TextBlocks(TextComposer text, Grid grid, String body) {
        this.text = text;
        this.grid = grid;
        this.em = grid.design().em();
        this.body = body;
    }

    TextBlock paragraph(Paragraph p, double width) {
        // two of the paragraph's own characters: the foreword's style is larger than the body's
        double indent = grid.design().rules().indent() * grid.design().style(body).size();
        List<Line> lines = text.set(p.text(), body, "bold", width, indent);
        text.glyphs().check(lines, p.pos());
        String key = StructKeys.of(p.pos());
        Map<List<Integer>, Optional<List<Slot>>> other = new ConcurrentHashMap<>();
        // set again only when the flow asks (a column foot to fill), once per change
        Map<Boolean, Typesetter.Resetter> made = new ConcurrentHashMap<>(1);
        TextBlock.Reset reset = (keep, d) -> other.computeIfAbsent(List.of(keep, d), k -> Optional.ofNullable(
                made.computeIfAbsent(true, x -> text.resetter(p.text(), body, "bold", width, indent)).reset(keep, d))
                .map(l -> rows(l, body, 0, key))).orElse(null);
        return new TextBlock(rows(lines, body, 0, key), true, false, MIN_FRAGMENT, p.pos(), reset);
    }

    /**
     * A sub-head takes whole grid lines: {@code lines} in its style counts the space above
     * (dropped at the top of a column) and below. Level 1 gets a rule under it.
     */
    TextBlock heading(Heading h, double width, boolean timeline) {
        String styleName = timeline && h.level() == 1 ? "year" : "head" + Math.min(h.level(), 3);
        TextStyle style = text.style(styleName);
        List<Line> lines = text.display(h.text().plainText(), styleName, width);
        text.glyphs().check(lines, h.pos());
        int total = Math.max(style.lines(), 1);
        int before = total / 2;
        int after = Math.max(0, total - 1 - before);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            slots.add(Slot.BLANK);
        }
        List<Slot> textSlots = rows(lines, styleName, 0, StructKeys.of(h.pos()));
        if (h.level() == 1) {
            double y = grid.slot() - 1.5;
            int lastIdx = textSlots.size() - 1;
            Slot last = textSlots.get(lastIdx);
            List<Mark> marks = new ArrayList<>(last.marks());
            marks.add(new Mark.Rule(0, y, timeline ? width : Math.min(width, lines.get(lines.size() - 1).end() + em), y,
                    0.6, style.colour()));
            textSlots.set(lastIdx, new Slot(last.rows(), marks));
        }
        slots.addAll(textSlots);
        for (int i = 0; i < after; i++) {
            slots.add(Slot.BLANK);
        }
        return new TextBlock(slots, false, true, MIN_FRAGMENT, h.pos());
    }

    /** A list item: a bullet in the margin of a hanging indent. */
    TextBlock listItem(ListItem item, double width) {
        if (item.date() != null) {
            return timelineEntry(item, width);
        }
        double hang = 1.5 * em;
        List<Line> lines = text.set(item.text(), "list", "bold", width - hang, 0);
        text.glyphs().check(lines, item.pos());
        List<Slot> slots = rows(lines, "list", hang, StructKeys.of(item.pos()));
        TextStyle s = text.style("list");
        double cy = grid.baseline(s, grid.slot()) - s.size() * 0.35;
        Slot first = slots.get(0);
        List<Mark> marks = new ArrayList<>(first.marks());
        marks.add(new Mark.Rect(0.45 * em, cy - 0.2 * em, 0.4 * em, 0.4 * em, "accent", null, 0));
        slots.set(0, new Slot(first.rows(), marks));
        return new TextBlock(slots, true, false, MIN_FRAGMENT, item.pos());
    }

    /**
     * A 大事记 entry: the date on its own line in the accent style, the text indented under
     * it, a dot on the timeline's spine.
     */
    private TextBlock timelineEntry(ListItem item, double width) {
        double hang = 1.4 * em;
        List<Line> date = text.set(item.date(), "date", width - hang);
        List<Line> body = text.set(item.text(), "list", "bold", width - hang, 0);
        text.glyphs().check(date, item.pos());
        text.glyphs().check(body, item.pos());
        List<Slot> slots = new ArrayList<>(rows(date, "date", hang, StructKeys.of(item.pos()) + StructKeys.DATE));
        slots.addAll(rows(body, "list", hang, StructKeys.of(item.pos())));
        double spine = 0.45 * em;
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            List<Mark> marks = new ArrayList<>(s.marks());
            marks.add(new Mark.Rule(spine, 0, spine, grid.slot(), 0.5, "rule"));
            if (i == 0) {
                double cy = grid.baseline(text.style("date"), grid.slot()) - 0.36 * em;
                marks.add(new Mark.Dot(spine, cy, 0.22 * em, "accent"));
            }
            slots.set(i, new Slot(s.rows(), marks));
        }
        // the date line does not count: two lines of the entry's text go with it
        return new TextBlock(slots, true, false, MIN_FRAGMENT + 1, item.pos());
    }

    /** One slot per line, the baseline placed for the style on the grid. */
    private List<Slot> rows(List<Line> lines, String styleName, double x, String key) {
        TextStyle style = text.style(styleName);
        double baseline = grid.baseline(style, grid.slot());
        List<Slot> slots = new ArrayList<>();
        for (Line l : lines) {
            slots.add(new Slot(List.of(new TextRow(l, x, baseline, key)), List.of()));
        }
        return slots;
    }
}
