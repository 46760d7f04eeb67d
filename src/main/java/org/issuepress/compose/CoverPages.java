package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.compose.page.TextFrame;
import org.issuepress.compose.page.TextRow;
import org.issuepress.compose.text.Line;
import org.issuepress.design.Design;
import org.issuepress.design.TextStyle;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.BindingStyle;
import org.issuepress.model.Cover;
import org.issuepress.model.Issue;
import org.issuepress.model.IssueInfo;
import org.issuepress.model.PrintSettings;

/**
 * The cover's pages: front cover (its photo or the photo's marked placeholder), back cover,
 * and the spine, as wide as the book block is thick, with its title set top to bottom.
 */
final class CoverPages {
    private final TextComposer text;
    private final Grid grid;

    CoverPages(TextComposer text, Grid grid) {
        this.text = text;
        this.grid = grid;
    }

    Page front(Issue issue) {
        double bleed = issue.print().bleed() * Design.PT_PER_MM;
        double top = Design.COVER_PHOTO_TOP - bleed;
        Box box = new Box(-bleed, top, grid.trimWidth() + 2 * bleed, grid.trimHeight() + bleed - top);
        Cover c = issue.cover();
        Frame photo;
        if (!c.isPlaceholder()) {
            photo = new ImageFrame(box, c.photo(), StructKeys.of(c.pos()));
        } else {
            String caption = c.photoCaption() == null ? "封面照片"
                    : c.photoCaption() + (c.photographer() == null ? "" : "（摄影：" + c.photographer() + "）");
            photo = new Floats(text, grid).placeholder(box, "封面照片待补", "photo", caption, c.pos());
        }
        return new Page(0, PageKind.COVER, false, true, null, List.of(), null, List.of("cover"), List.of(photo));
    }

    Page back() {
        return new Page(0, PageKind.BACK_COVER, false, false, null, List.of(), null, List.of("back-cover"), List.of());
    }

    /**
     * The spine for a book block of {@code insidePages} pages: the magazine's title, the issue
     * and the special title, one character under the other, as Chinese spines are read; plain
     * when too narrow for them (a warning), none when the issue is saddle-stitched (null).
     */
    Page spine(Issue issue, int insidePages, Diagnostics out) {
        PrintSettings print = issue.print();
        if (print.bindingFor(insidePages) == BindingStyle.SADDLE) {
            return null; // saddle-stitched: the covers fold at the middle, there is no spine
        }
        double mm = print.spineWidth(insidePages);
        double width = mm * Design.PT_PER_MM;
        TextStyle style = text.style("spine");
        // the text is never clipped: below the minimum (or too narrow for a character) the spine is plain
        if (mm < print.spineTextMin() || style.size() + 2 * Design.PT_PER_MM > width) {
            out.report(Severity.WARNING, "spine-narrow", SourcePos.file(issue.cover().pos().file()),
                    String.format(Locale.ROOT, "%.1f", mm), String.format(Locale.ROOT, "%.1f", print.spineTextMin()), insidePages);
            return new Page(0, PageKind.SPINE, false, false, null, List.of(), null, List.of("spine"), List.of(), width);
        }
        IssueInfo info = issue.info();
        List<String> groups = new ArrayList<>();
        groups.add(info.title());
        groups.add(info.issueLabel());
        if (info.special() != null) {
            groups.add(info.special());
        }
        double step = style.size() * 1.08;
        List<TextRow> rows = new ArrayList<>();
        double y = 0;
        for (int g = 0; g < groups.size(); g++) {
            String s = groups.get(g);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                List<Line> l = TextComposer.centre(text.ragged(ch, text.styles().run("spine"), width), width);
                y += step;
                rows.add(new TextRow(l.get(0), 0, y - style.size() * 0.12));
                i += Character.charCount(cp);
            }
            y += step * 1.2;
        }
        double h = y;
        double top = (grid.trimHeight() - h) / 2;
        List<TextRow> placed = rows.stream().map(r -> r.moved(0, 0)).toList();
        TextFrame frame = new TextFrame(new Box(0, top, width, h), placed, List.of(), "spine", null);
        return new Page(0, PageKind.SPINE, false, false, null, List.of(), null, List.of("spine"), List.of(frame), width);
    }
}
