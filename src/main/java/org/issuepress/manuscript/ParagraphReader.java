package org.issuepress.manuscript;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Reads a paragraph's runs in document order, straight from its XML, because the article
 * needs what Word's own run list hides: runs inside tracked insertions (kept — the article is
 * the manuscript with its changes accepted), deleted text (dropped, and listed), and the
 * references of footnotes and comments (listed with their text, which has no place in an
 * article).
 */
final class ParagraphReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final XWPFDocument doc;

    ParagraphReader(XWPFDocument doc) {
        this.doc = doc;
    }

    Inline read(XWPFParagraph p) {
        List<Inline.Item> items = new ArrayList<>();
        List<Inline.Note> notes = new ArrayList<>();
        walk(p.getCTP(), p, items, notes, false);
        return new Inline(items, notes);
    }

    private void walk(XmlObject parent, XWPFParagraph p, List<Inline.Item> items, List<Inline.Note> notes, boolean inserted) {
        try (XmlCursor c = parent.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                XmlObject child = c.getObject();
                String name = localName(c.getName());
                switch (name) {
                    case "r" -> {
                        int before = items.size();
                        run((CTR) child, p, items, notes);
                        if (inserted) {
                            String text = textOf(items.subList(before, items.size()));
                            if (!text.isBlank()) {
                                notes.add(new Inline.Note("inserted", List.of(text)));
                            }
                        }
                    }
                    case "ins", "moveTo" -> walk(child, p, items, notes, true);
                    case "del", "moveFrom" -> {
                        String text = deletedText(child);
                        if (!text.isBlank()) {
                            notes.add(new Inline.Note("deleted", List.of(text)));
                        }
                    }
                    case "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml" ->
                            walk(child, p, items, notes, inserted);
                    default -> {
                        // pPr, bookmarks, comment ranges, proofing marks: nothing to print
                    }
                }
            } while (c.toNextSibling());
        }
    }

    private void run(CTR r, XWPFParagraph p, List<Inline.Item> items, List<Inline.Note> notes) {
        XWPFRun run = new XWPFRun(r, p);
        boolean bold = run.isBold();
        try (XmlCursor c = r.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                switch (localName(c.getName())) {
                    case "t" -> items.add(new Inline.Text(c.getTextValue(), bold));
                    case "tab" -> items.add(new Inline.Text(" ", bold));
                    case "br", "cr" -> {
                        String type = c.getAttributeText(new QName(W, "type"));
                        if (type == null || type.equals("textWrapping")) {
                            items.add(new Inline.Break());
                        }
                    }
                    case "noBreakHyphen" -> items.add(new Inline.Text("-", bold));
                    case "footnoteReference", "endnoteReference" -> notes.add(footnote(c, localName(c.getName())));
                    case "commentReference" -> notes.add(comment(c));
                    case "object", "pict" -> notes.add(new Inline.Note("object", List.of()));
                    default -> {
                        // rPr, drawing (its pictures are taken below), lastRenderedPageBreak …
                    }
                }
            } while (c.toNextSibling());
        }
        for (XWPFPicture pic : run.getEmbeddedPictures()) {
            if (pic.getPictureData() != null) {
                items.add(new Inline.Picture(pic.getPictureData(), null));
            } else {
                linked(pic, p).ifPresent(link -> items.add(new Inline.Picture(null, link)));
            }
        }
    }

    /**
     * A picture Word links to instead of holding ("Insert › Picture › Link to File"): its
     * blip names an external relationship; the photo is on the author's computer, not here.
     */
    private static java.util.Optional<String> linked(XWPFPicture pic, XWPFParagraph p) {
        var fill = pic.getCTPicture() == null ? null : pic.getCTPicture().getBlipFill();
        if (fill == null || fill.getBlip() == null || fill.getBlip().getLink() == null || fill.getBlip().getLink().isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            var rel = p.getPart().getPackagePart().getRelationship(fill.getBlip().getLink());
            return java.util.Optional.of(rel == null ? "" : rel.getTargetURI().toString());
        } catch (RuntimeException e) {
            return java.util.Optional.of("");
        }
    }

    private Inline.Note footnote(XmlCursor c, String kind) {
        String id = c.getAttributeText(new QName(W, "id"));
        String text = "";
        if (kind.equals("footnoteReference") && id != null && id.matches("-?\\d+")) {
            XWPFFootnote f = doc.getFootnoteByID(new BigInteger(id).intValue());
            if (f != null) {
                text = f.getParagraphs().stream().map(XWPFParagraph::getText).reduce((a, b) -> a + " " + b).orElse("").strip();
            }
        }
        return new Inline.Note(kind.equals("footnoteReference") ? "footnote" : "endnote", List.of(text));
    }

    private Inline.Note comment(XmlCursor c) {
        String id = c.getAttributeText(new QName(W, "id"));
        XWPFComment comment = id == null ? null : doc.getCommentByID(id);
        String author = comment == null || comment.getAuthor() == null ? "" : comment.getAuthor();
        String text = comment == null ? "" : comment.getText().strip();
        return new Inline.Note("comment", List.of(author, text));
    }

    /** The text of a tracked deletion: its runs' w:delText. */
    private static String deletedText(XmlObject del) {
        StringBuilder s = new StringBuilder();
        for (XmlObject t : del.selectPath("declare namespace w='" + W + "' .//w:delText")) {
            try (XmlCursor c = t.newCursor()) {
                s.append(c.getTextValue());
            }
        }
        return s.toString();
    }

    private static String textOf(List<Inline.Item> items) {
        StringBuilder s = new StringBuilder();
        items.forEach(i -> {
            if (i instanceof Inline.Text t) {
                s.append(t.text());
            }
        });
        return s.toString();
    }

    private static String localName(QName n) {
        return n == null ? "" : n.getLocalPart();
    }
}
