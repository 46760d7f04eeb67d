package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.issuepress.compose.flow.FlowBlock;
import org.issuepress.compose.flow.Slot;
import org.issuepress.compose.flow.TextBlock;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Line;
import org.issuepress.design.TextStyle;
import org.issuepress.model.Article;
import org.issuepress.model.Issue;
import org.issuepress.model.Part;
import org.issuepress.model.RichText;
import org.issuepress.model.Section;

/**
 * The contents as blocks for the column flow: a head per section (title and pinyin), a line
 * per part, and per article its folio, title and subtitle, each entry linked to its page.
 */
final class ContentsBlocks {
    private final TextComposer text;
    private final Grid grid;
    private final double em;

    ContentsBlocks(TextComposer text, Grid grid) {
        this.text = text;
        this.grid = grid;
        this.em = grid.design().em();
    }

    /** @param folios each article's first folio; missing ones print as a placeholder of the same width */
    List<FlowBlock> blocks(Issue issue, Map<String, Integer> folios, double width) {
        List<FlowBlock> blocks = new ArrayList<>();
        for (Section s : issue.sections()) {
            blocks.add(sectionHead(s, width));
            for (Part p : s.parts()) {
                if (p.title() != null) {
                    blocks.add(partHead(p, StructKeys.contents(s.id() + "/" + s.parts().indexOf(p)), width));
                }
                for (Article a : p.articles()) {
                    blocks.add(entry(a, folios.getOrDefault(a.id(), 888), width));
                }
            }
        }
        return blocks;
    }

    private TextBlock sectionHead(Section s, double width) {
        RichText t = new RichText(List.of(new RichText.Span(s.title(), false),
                new RichText.Span(s.pinyin() == null ? "" : " " + s.pinyin(), true)));
        List<Line> lines = text.set(t, "contents_section", "contents_pinyin", width, 0);
        List<Slot> slots = new ArrayList<>();
        slots.add(Slot.BLANK);
        slots.addAll(rows(lines, "contents_section", 0, StructKeys.contents(s.id())));
        return new TextBlock(slots, false, true, 2, null);
    }

    private TextBlock partHead(Part p, String key, double width) {
        List<Line> lines = text.set(p.title(), "contents_part", width);
        return new TextBlock(rows(lines, "contents_part", 0, key), false, true, 2, null);
    }

    private TextBlock entry(Article a, int folio, double width) {
        double indent = 3 * em;
        List<Line> number = text.set(String.format("%02d", folio), "contents_folio", indent);
        // display lines, never letter-spaced to fill; a title's second line hangs an em further
        // in, so it reads as the same entry and not as a new one
        double hang = text.style("contents_title").size();
        List<Line> title = text.display(a.contentsEntry(), "contents_title", width - indent);
        if (title.size() > 1) {
            title = text.display(a.contentsEntry(), "contents_title", width - indent - hang);
        }
        text.glyphs().check(title, a.pos());
        String key = StructKeys.contents(a.id());
        List<Slot> slots = new ArrayList<>(rows(title.subList(0, 1), "contents_title", indent, key));
        slots.addAll(rows(title.subList(1, title.size()), "contents_title", indent + hang, key));
        if (a.subtitle() != null) {
            List<Line> sub = text.display(a.subtitle(), "contents_sub", width - indent);
            slots.addAll(rows(sub, "contents_sub", indent, key));
        }
        TextStyle fs = text.style("contents_folio");
        Slot first = slots.get(0);
        List<TextRow> withNumber = new ArrayList<>();
        withNumber.add(new TextRow(number.get(0), 0, grid.baseline(fs, grid.slot()), key));
        withNumber.addAll(first.rows());
        slots.set(0, new Slot(withNumber, first.marks()));
        List<Slot> linked = new ArrayList<>();
        for (Slot s : slots) {
            linked.add(s.linked(a.id()));
        }
        return new TextBlock(linked, false, false, 2, a.pos());
    }

    private List<Slot> rows(List<Line> lines, String style, double x, String key) {
        double baseline = grid.baseline(text.style(style), grid.slot());
        List<Slot> slots = new ArrayList<>();
        for (Line l : lines) {
            slots.add(new Slot(List.of(new TextRow(l, x, baseline, key)), List.of()));
        }
        return slots;
    }
}
