package org.issuepress.manuscript;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * What a paragraph is by its style or numbering: Word's Title, Subtitle and Heading 1–3
 * (their English names, WPS's and Chinese Word's 标题、副标题、标题 1, or an outline level),
 * or, in manuscripts typed without styles, a short line starting with the numbering the
 * periodical's heads use: 一、 ▶ ■ (level 1), (一) （一） (level 2), 1. 1、 (level 3).
 */
final class Heads {
    static final int TITLE = -1;
    static final int SUBTITLE = -2;
    static final int BODY = 0;
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+、|[▶►■●◆]).*");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)].*");
    private static final Pattern LEVEL3 = Pattern.compile("^\\d{1,2}[.．、](?!\\d).*");
    private static final Pattern HEADING = Pattern.compile("(heading|标题)([1-9])");
    /** A head is a short line that is not a sentence; a longer numbered line is a paragraph. */
    private static final int MAX_HEAD = 30;

    private final XWPFDocument doc;

    Heads(XWPFDocument doc) {
        this.doc = doc;
    }

    int kind(XWPFParagraph p, String plain) {
        String style = styleName(p);
        if (style.equals("title") || style.equals("标题")) {
            return TITLE;
        }
        if (style.equals("subtitle") || style.equals("副标题")) {
            return SUBTITLE;
        }
        var m = HEADING.matcher(style);
        if (m.matches()) {
            return Math.min(3, Integer.parseInt(m.group(2)));
        }
        Integer outline = outlineLevel(p);
        if (outline != null && outline < 9) {
            return Math.min(3, outline + 1);
        }
        return numbered(plain);
    }

    static int numbered(String plain) {
        String t = plain.strip();
        if (t.length() > MAX_HEAD || t.matches(".*[。；，：:;,]$")) {
            return BODY;
        }
        return LEVEL1.matcher(t).matches() ? 1 : LEVEL2.matcher(t).matches() ? 2 : LEVEL3.matcher(t).matches() ? 3 : BODY;
    }

    /** The style's name, lower case without spaces: "heading 1", "Heading1" and "标题 1" all read heading1 / 标题1. */
    private String styleName(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = s != null && s.getName() != null ? s.getName() : id;
        return name.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private Integer outlineLevel(XWPFParagraph p) {
        CTPPr pr = p.getCTP().getPPr();
        if (pr != null && pr.isSetOutlineLvl()) {
            return pr.getOutlineLvl().getVal().intValue();
        }
        String id = p.getStyleID();
        XWPFStyle s = id == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        CTPPrGeneral spr = s == null ? null : s.getCTStyle().getPPr();
        return spr != null && spr.isSetOutlineLvl() ? spr.getOutlineLvl().getVal().intValue() : null;
    }
}
