package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word manuscript (.docx, also as WPS saves it) in the article format: the title and
 * subtitle from the Title/Subtitle styles or the first lines, heads from heading styles or
 * numbering, one paragraph per line (a manual line break starts a new one, the 两个全角空格
 * indent is dropped), bold runs as {@code **…**}, tables and pictures with their lines.
 */
final class DocxConverter {
    /** A caption is a short line after a picture; □ and ▲ are how manuscripts mark one. */
    private static final int MAX_CAPTION = 60;
    private final XWPFDocument doc;
    private final String base;
    private final ParagraphReader reader;
    private final Heads heads;
    private String title;
    private String subtitle;
    private final List<String> lines = new ArrayList<>();
    private final List<Converted.Table> tables = new ArrayList<>();
    private final List<Converted.Image> images = new ArrayList<>();
    private final List<Converted.LineNote> notes = new ArrayList<>();
    /** The picture line waiting for its caption, or -1. */
    private int uncaptioned = -1;
    /** The table just written (for its 单位/注 line), or -1. */
    private int lastTable = -1;

    /** @param base the article's file name without extension: its tables and pictures are named after it */
    DocxConverter(XWPFDocument doc, String base) {
        this.doc = doc;
        this.base = base;
        this.reader = new ParagraphReader(doc);
        this.heads = new Heads(doc);
    }

    Converted convert() {
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (e instanceof XWPFTable t) {
                table(t);
            } else if (e instanceof XWPFSDT sdt) {
                String text = sdt.getContent().getText().strip();
                if (!text.isEmpty()) {
                    add(text);
                }
            }
        }
        return new Converted(title, subtitle, lines, tables, images, notes);
    }

    private void paragraph(XWPFParagraph p) {
        Inline in = reader.read(p);
        String plain = in.plain().strip();
        int kind = heads.kind(p, plain);
        int at = lines.size();
        in.notes().forEach(n -> notes.add(new Converted.LineNote(title == null && kind <= 0 && lines.isEmpty() ? -1 : at, n)));
        if (plain.isEmpty() && in.items().stream().noneMatch(Inline.Picture.class::isInstance)) {
            return;
        }
        if (kind == Heads.TITLE || title == null && lines.isEmpty() && kind == Heads.BODY && !plain.isEmpty()) {
            title = title == null ? plain : title + " " + plain;
            return;
        }
        if (kind == Heads.SUBTITLE || subtitle == null && lines.isEmpty() && plain.startsWith("—")) {
            subtitle = plain;
            return;
        }
        if (uncaptioned >= 0 && kind <= 0 && caption(plain)) {
            lines.set(uncaptioned, lines.get(uncaptioned) + " " + plain.replaceFirst("^[□▲△■]\\s*", ""));
            uncaptioned = -1;
            return;
        }
        if (lastTable >= 0 && TableData.isNote(plain)) {
            Converted.Table t = tables.get(lastTable);
            tables.set(lastTable, new Converted.Table(t.path(), t.data().withNote(plain)));
            lastTable = -1;
            return;
        }
        boolean numbered = numbered(p);
        if (numbered && kind == Heads.BODY || numbered && kind > 0 && Heads.numbered(plain) == 0) {
            notes.add(new Converted.LineNote(at, new Inline.Note("numbering", List.of())));
        }
        if (kind > 0) {
            add("#".repeat(kind) + " " + plain);
            return;
        }
        for (Object block : in.blocks()) {
            if (block instanceof Inline.Picture pic && pic.data() == null) {
                linked(pic.link());
            } else if (block instanceof Inline.Picture pic) {
                picture(pic.data());
            } else {
                String text = ((String) block).strip();
                if (!text.isEmpty() && !text.equals("****")) {
                    add(text);
                }
            }
        }
    }

    /**
     * Numbered by Word: in the paragraph's own properties, or by its style (List Number and the
     * like, or a style based on one), where POI's getNumID does not look. numId 0 switches it off.
     */
    private boolean numbered(XWPFParagraph p) {
        if (p.getNumID() != null) {
            return p.getNumID().signum() != 0;
        }
        String id = p.getStyleID();
        for (int depth = 0; id != null && doc.getStyles() != null && depth < 16; depth++) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style == null) {
                return false;
            }
            CTStyle ct = style.getCTStyle();
            if (ct.isSetPPr() && ct.getPPr().isSetNumPr() && ct.getPPr().getNumPr().isSetNumId()) {
                return ct.getPPr().getNumPr().getNumId().getVal().signum() != 0;
            }
            id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
        }
        return false;
    }

    private void add(String line) {
        lines.add(line);
        uncaptioned = -1;
        lastTable = -1;
    }

    private static boolean caption(String plain) {
        return plain.length() <= MAX_CAPTION && (plain.matches("^[□▲△■图].*") || !plain.matches(".*[。！？]$"));
    }

    private void picture(XWPFPictureData data) {
        String ext = data.suggestFileExtension().toLowerCase(Locale.ROOT);
        String file = switch (ext) {
            case "jpeg", "jpg" -> "jpg";
            case "png" -> "png";
            case "tif", "tiff" -> "tif";
            default -> null;
        };
        if (file == null) {
            notes.add(new Converted.LineNote(lines.size(), new Inline.Note("picture-format", List.of(ext))));
            add("[图]");
        } else {
            String path = "images/" + base + "-" + (images.size() + 1) + "." + file;
            images.add(new Converted.Image(path, data.getData()));
            add("[图 " + path + "]");
        }
        uncaptioned = lines.size() - 1;
    }

    /** A linked picture: a [图] line (its caption joins it, not the text) and a note naming where it was. */
    private void linked(String link) {
        notes.add(new Converted.LineNote(lines.size(), new Inline.Note("picture-linked", List.of(linkName(link)))));
        add("[图]");
        uncaptioned = lines.size() - 1;
    }

    /** file:///C:/Users/…/村貌.jpg → C:/Users/…/村貌.jpg, decoded, as the author would recognise it. */
    private static String linkName(String link) {
        try {
            String s = java.net.URLDecoder.decode(link.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            return s.replaceFirst("^file:/{0,3}", "");
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private void table(XWPFTable t) {
        TableData data = WordTables.convert(t);
        String path = "tables/" + base + "-" + (tables.size() + 1) + ".yaml";
        // the line before a table, when short and not a sentence, is its title (表1 全市…)
        int before = lines.size() - 1;
        if (before >= 0 && lines.get(before).length() <= 40 && !lines.get(before).startsWith("[")
                && !lines.get(before).startsWith("#") && !lines.get(before).matches(".*[。；：:]$")) {
            data = data.withTitle(lines.remove(before).replace("**", ""));
        } else {
            String named = "表" + (tables.size() + 1);
            data = data.withTitle(named);
            notes.add(new Converted.LineNote(lines.size(), new Inline.Note("table-title", List.of(path, named))));
        }
        tables.add(new Converted.Table(path, data));
        add("[表 " + path + "]");
        lastTable = tables.size() - 1;
    }
}
