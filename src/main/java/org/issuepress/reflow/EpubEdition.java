package org.issuepress.reflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Box;
import org.issuepress.compose.page.ChartFrame;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.design.Design;
import org.issuepress.diag.Lang;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.IssueInfo;
import org.issuepress.render.Photos;

/**
 * The EPUB 3 edition ({@code <id>.epub}): reflowable text for phones and e-readers, made from
 * the composed issue's model — the articles' blocks, and from the pages only where each
 * printed page begins and the size a chart or photo was printed at. Same issue, same bytes:
 * the identifier comes from the issue's id, every date from the issue's month.
 */
public final class EpubEdition {
    /** A chart's size when the issue was composed without it (its page's box is the design's). */
    static final Box DEFAULT_BOX = new Box(0, 0, 480, 320);

    private final Path templates;
    private final Design design;
    private final FontSet fonts;

    public EpubEdition(Path templates, Design design, FontSet fonts) {
        this.templates = templates;
        this.design = design;
        this.fonts = fonts;
    }

    public static String fileName(String id) {
        return id + ".epub";
    }

    /** @param webEdition the e-edition PDF: its first page is the book's cover picture */
    public byte[] make(ComposedIssue composed, byte[] webEdition) {
        byte[] cover = CoverImage.of(webEdition);
        IssueInfo info = composed.issue().info();
        Lang lang = Lang.parse(info.language()) == Lang.EN ? Lang.EN : Lang.ZH;
        Map<String, Box> boxes = printedBoxes(composed);
        ChartSvg charts = new ChartSvg(design, fonts);
        BookPlan plan = new BookPlan(composed, lang, (c, id) -> {
            Box b = boxes.getOrDefault(StructKeys.of(c.pos()), DEFAULT_BOX);
            return charts.svg(c.chart(), b.w(), b.h(), id);
        }, f -> Photos.forScreen(f.image(), boxes.getOrDefault(StructKeys.of(f.pos()), DEFAULT_BOX)));

        EpubTemplates t = new EpubTemplates(templates, "epub");
        Map<String, Object> vars = new HashMap<>();
        vars.put("lang", info.language() == null ? "zh-CN" : info.language());
        vars.put("info", info);
        vars.put("book", plan.book);
        vars.put("words", new EpubTemplates.Words(lang));
        vars.put("identifier", identifier(info));
        vars.put("date", info.date().toString());
        vars.put("modified", info.date() + "T00:00:00Z");
        vars.put("accent", design.colour("accent").rgb().toLowerCase(java.util.Locale.ROOT));

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("META-INF/container.xml", read(templates.resolve("epub/container.xml")));
        files.put("EPUB/package.opf", utf8(t.xml("package.opf", vars)));
        files.put("EPUB/" + EpubNames.document(EpubNames.CONTENTS), utf8(t.xml("contents.xhtml", vars)));
        files.put("EPUB/book.css", utf8(t.css("book.css", vars)));
        files.put("EPUB/cover.jpg", cover);
        for (EpubViews.DocView d : plan.documents) {
            vars.put("d", d);
            files.put("EPUB/" + d.file(), utf8(t.xml("document.xhtml", vars)));
        }
        plan.images.forEach((name, bytes) -> files.put("EPUB/" + name, bytes));
        return EpubZip.write(files, info.date().atStartOfDay());
    }

    /** The same issue's books share one identifier: a name-based UUID of its id and number. */
    static String identifier(IssueInfo info) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("issue-press/" + info.id() + "/" + info.number())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Where each chart and photo was printed, by its block's key: the SVG keeps the printed proportions. */
    static Map<String, Box> printedBoxes(ComposedIssue composed) {
        Map<String, Box> boxes = new HashMap<>();
        for (Page p : composed.pages()) {
            for (Frame f : p.frames()) {
                if (f instanceof ChartFrame c && c.key() != null) {
                    boxes.putIfAbsent(c.key(), c.box());
                } else if (f instanceof ImageFrame i && i.key() != null) {
                    boxes.putIfAbsent(i.key(), i.box());
                }
            }
        }
        return boxes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
