package org.issuepress.finish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.StructKeys;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.model.Article;
import org.issuepress.model.ArticleKind;
import org.issuepress.model.Block;
import org.issuepress.model.ChartBlock;
import org.issuepress.model.Figure;
import org.issuepress.model.Heading;
import org.issuepress.model.Issue;
import org.issuepress.model.ListItem;
import org.issuepress.model.Paragraph;
import org.issuepress.model.Part;
import org.issuepress.model.PullQuote;
import org.issuepress.model.Section;
import org.issuepress.model.Table;
import org.issuepress.model.TableBlock;

/**
 * The e-edition's logical structure (PDF/UA): built from the issue's model, in the issue's
 * order — Document → Sect (cover, foreword, masthead, contents, back cover) and a Part per
 * section → an Art per article → H1, the subtitle, sub-heads, P, L/LI, BlockQuote, Figure with
 * alternate text and its Caption, Table/TR/TH/TD, Link. Whatever order the pages painted
 * in, the tree reads as the articles do; content is found by the keys render recorded for each
 * marked-content id (a paragraph's pieces in two columns or on two pages are one P).
 */
final class StructureTree {
    /** Where render leaves the content map in the master (see render's ContentTags). */
    static final COSName CONTENT = COSName.getPDFName("IssuePressContent");
    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");

    private record Mark(int page, int mcid) {
    }

    /** The marked content recorded under one key: a structure element's content. */
    private static final class Piece {
        final String role;
        final List<Mark> marks = new ArrayList<>();
        boolean used;

        Piece(String role) {
            this.role = role;
        }
    }

    private final ComposedIssue composed;
    private final Issue issue;
    private final Lang lang;
    private final PDDocument doc;
    private final Map<String, Piece> pieces = new LinkedHashMap<>();
    private final List<COSArray> parents = new ArrayList<>();
    private final COSArray nums = new COSArray();
    private int nextKey;

    private StructureTree(ComposedIssue composed, PDDocument doc) {
        this.composed = composed;
        this.issue = composed.issue();
        this.doc = doc;
        this.lang = lang(issue);
    }

    /** The e-edition speaks the issue's language, whatever the editor's console does. */
    static Lang lang(Issue issue) {
        return Lang.parse(issue.info().language()) == Lang.ZH ? Lang.ZH : Lang.EN;
    }

    /** Takes the content map out of the master: the print editions carry no structure. */
    static COSArray take(PDDocument doc) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSBase map = catalog.getDictionaryObject(CONTENT);
        catalog.removeItem(CONTENT);
        return map instanceof COSArray a ? a : new COSArray();
    }

    /**
     * Builds the tree into {@code doc}, whose pages are the composed pages on screen (not the spine, no blank page).
     *
     * @param content the master's content map, one array per composed page
     * @param links   the contents' link annotations by the anchor they go to
     */
    static void build(ComposedIssue composed, PDDocument doc, COSArray content, Map<String, List<Navigation.Placed>> links) {
        new StructureTree(composed, doc).build(content, links);
    }

    private void build(COSArray content, Map<String, List<Navigation.Placed>> links) {
        int n = 0;
        for (int i = 0; i < composed.pages().size(); i++) {
            if (!Editions.onScreen(composed.pages().get(i))) {
                continue;
            }
            COSArray onPage = i < content.size() && content.getObject(i) instanceof COSArray a ? a : new COSArray();
            COSArray elems = new COSArray();
            for (int m = 0; m < onPage.size(); m++) {
                String entry = ((COSString) onPage.getObject(m)).getString();
                int space = entry.indexOf(' ');
                pieces.computeIfAbsent(entry.substring(space + 1), k -> new Piece(entry.substring(0, space))).marks.add(new Mark(n, m));
                elems.add(COSNull.NULL);
            }
            parents.add(elems);
            n++;
        }
        nextKey = n;
        COSDictionary root = new COSDictionary();
        root.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
        COSDictionary document = elem(root, "Document");
        tree(document, links);
        COSDictionary parentTree = new COSDictionary();
        COSArray all = new COSArray();
        for (int p = 0; p < parents.size(); p++) {
            if (parents.get(p).size() > 0) {
                doc.getPage(p).getCOSObject().setInt(COSName.STRUCT_PARENTS, p);
                all.add(COSInteger.get(p));
                all.add(parents.get(p));
            }
        }
        all.addAll(nums);
        parentTree.setItem(COSName.NUMS, all);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.setItem(COSName.MARK_INFO, markInfo);
    }

    private void tree(COSDictionary document, Map<String, List<Navigation.Placed>> links) {
        COSDictionary cover = elem(document, "Sect");
        figure(cover, StructKeys.of(issue.cover().pos()), text("tag.cover-photo", coverCaption()));
        owned(cover, "cover#");
        if (issue.foreword() != null) {
            COSDictionary foreword = elem(document, "Sect");
            content(foreword, "H1", "foreword#title");
            blocks(foreword, issue.foreword().blocks(), false);
        }
        owned(elem(document, "Sect"), "masthead#");
        contents(elem(document, "Sect"), links);
        for (Section s : issue.sections()) {
            COSDictionary part = elem(document, "Part");
            content(part, "H1", s.id() + "#title");
            owned(part, s.id() + "#");
            for (Part p : s.parts()) {
                for (Article a : p.articles()) {
                    COSDictionary art = elem(part, "Art");
                    content(art, "H1", a.id() + "#title");
                    content(art, "P", a.id() + "#subtitle");
                    blocks(art, a.blocks(), a.kind() == ArticleKind.TIMELINE);
                }
            }
        }
        owned(elem(document, "Sect"), "back#");
        // anything the model does not place (a template's new text) still belongs to the document
        List<String> rest = pieces.entrySet().stream().filter(e -> !e.getValue().used).map(Map.Entry::getKey).toList();
        if (!rest.isEmpty()) {
            COSDictionary sect = elem(document, "Sect");
            rest.forEach(k -> content(sect, pieces.get(k).role.equals("Span") ? "P" : pieces.get(k).role, k));
        }
    }

    private String coverCaption() {
        String c = issue.cover().photoCaption() == null ? issue.info().fullTitle() : issue.cover().photoCaption();
        return issue.cover().photographer() == null ? c : c + " / " + issue.cover().photographer();
    }

    /** The contents: its head, then a TOC entry per section, part and article, each article's a link. */
    private void contents(COSDictionary sect, Map<String, List<Navigation.Placed>> links) {
        content(sect, "H1", "contents#title");
        owned(sect, "contents#");
        COSDictionary toc = elem(sect, "TOC");
        for (Section s : issue.sections()) {
            content(elem(toc, "TOCI"), "P", StructKeys.contents(s.id()));
            for (int i = 0; i < s.parts().size(); i++) {
                Part p = s.parts().get(i);
                if (p.title() != null) {
                    content(elem(toc, "TOCI"), "P", StructKeys.contents(s.id() + "/" + i));
                }
                for (Article a : p.articles()) {
                    COSDictionary entry = elem(toc, "TOCI");
                    COSDictionary link = contentOrEmpty(entry, "Link", StructKeys.contents(a.id()));
                    for (Navigation.Placed l : links.getOrDefault(a.id(), List.of())) {
                        objectReference(link, l);
                    }
                }
            }
        }
    }

    /** An annotation as a kid of its Link element, and the element as the annotation's parent. */
    private void objectReference(COSDictionary link, Navigation.Placed l) {
        COSDictionary objr = new COSDictionary();
        objr.setItem(COSName.TYPE, OBJR);
        objr.setItem(COSName.PG, doc.getPage(l.page()));
        objr.setItem(COSName.OBJ, l.annotation());
        kids(link).add(objr);
        l.annotation().getCOSObject().setInt(COSName.STRUCT_PARENT, nextKey);
        nums.add(COSInteger.get(nextKey++));
        nums.add(link);
    }

    private void blocks(COSDictionary parent, List<Block> blocks, boolean timeline) {
        COSDictionary list = null;
        int level = 1;
        for (Block b : blocks) {
            String key = StructKeys.of(b.pos());
            if (!(b instanceof ListItem)) {
                list = null;
            }
            if (b instanceof Paragraph) {
                content(parent, "P", key);
            } else if (b instanceof Heading h) {
                // article title is H1; sub-heads follow without skipping a level
                int l = Math.min(Math.min(h.level() + 1, level + 1), 6);
                if (content(parent, "H" + l, key) != null) {
                    level = l;
                }
            } else if (b instanceof ListItem li) {
                if (list == null) {
                    list = elem(parent, "L");
                }
                COSDictionary item = elem(list, "LI");
                if (li.date() != null) {
                    content(item, "Lbl", key + StructKeys.DATE);
                }
                contentOrEmpty(item, "LBody", key);
            } else if (b instanceof PullQuote) {
                content(parent, "BlockQuote", key);
            } else if (b instanceof Figure f) {
                String caption = f.caption() == null ? "" : f.caption();
                figure(parent, key, text(f.isPlaceholder() ? "tag.photo-to-come" : "tag.photo", caption));
                content(parent, "Caption", key + StructKeys.CAPTION);
            } else if (b instanceof ChartBlock c) {
                String title = c.title() == null ? "" : c.title();
                figure(parent, key, text(c.isPlaceholder() ? "tag.chart-to-come" : "tag.chart", title));
                content(parent, "Caption", key + StructKeys.CAPTION);
            } else if (b instanceof TableBlock t) {
                table(parent, t.table());
            }
        }
    }

    /** Header cells scoped to their columns (a group spans its columns, a lone column both header rows). */
    private void table(COSDictionary parent, Table t) {
        COSDictionary table = elem(parent, "Table");
        content(table, "Caption", StructKeys.of(t.pos()) + StructKeys.TITLE);
        List<Table.Column> cols = t.columns();
        COSDictionary top = elem(table, "TR");
        if (!t.hasGroups()) {
            for (int c = 0; c < cols.size(); c++) {
                head(top, StructKeys.head(t.pos(), 0, c), 1, 1);
            }
        } else {
            COSDictionary second = elem(table, "TR");
            int i = 0;
            int j = 0;
            for (int c = 0; c < cols.size(); ) {
                String group = cols.get(c).group();
                if (group == null) {
                    head(top, StructKeys.head(t.pos(), 0, i++), 1, 2);
                    c++;
                    continue;
                }
                int d = c;
                while (d < cols.size() && group.equals(cols.get(d).group())) {
                    head(second, StructKeys.head(t.pos(), 1, j++), 1, 1);
                    d++;
                }
                head(top, StructKeys.head(t.pos(), 0, i++), d - c, 1);
                c = d;
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            row(table, t, r);
        }
        if (t.total() != null) {
            row(table, t, -1);
        }
        content(parent, "P", StructKeys.of(t.pos()) + StructKeys.NOTE);
    }

    private void row(COSDictionary table, Table t, int r) {
        COSDictionary tr = elem(table, "TR");
        for (int c = 0; c < t.columns().size(); c++) {
            contentOrEmpty(tr, "TD", StructKeys.cell(t.pos(), r, c));
        }
    }

    private void head(COSDictionary tr, String key, int colSpan, int rowSpan) {
        COSDictionary th = contentOrEmpty(tr, "TH", key);
        COSDictionary a = new COSDictionary();
        a.setItem(COSName.O, COSName.getPDFName("Table"));
        a.setItem(SCOPE, COLUMN);
        if (colSpan > 1) {
            a.setInt(COSName.getPDFName("ColSpan"), colSpan);
        }
        if (rowSpan > 1) {
            a.setInt(COSName.getPDFName("RowSpan"), rowSpan);
        }
        th.setItem(COSName.A, a);
    }

    private void figure(COSDictionary parent, String key, String alt) {
        COSDictionary f = content(parent, "Figure", key);
        if (f != null) {
            f.setItem(COSName.ALT, new COSString(alt));
        }
    }

    /** The pieces under a key prefix not yet placed, in page and paint order, as the templates tagged them. */
    private void owned(COSDictionary parent, String prefix) {
        for (Map.Entry<String, Piece> e : pieces.entrySet()) {
            if (!e.getValue().used && e.getKey().startsWith(prefix)) {
                content(parent, e.getValue().role, e.getKey());
            }
        }
    }

    private String text(String key, String arg) {
        return Messages.text(lang, key, arg);
    }

    private COSDictionary contentOrEmpty(COSDictionary parent, String type, String key) {
        COSDictionary e = content(parent, type, key);
        return e != null ? e : elem(parent, type);
    }

    /** An element holding the content recorded under {@code key}, or null (nothing recorded, or placed already). */
    private COSDictionary content(COSDictionary parent, String type, String key) {
        Piece piece = pieces.get(key);
        if (piece == null || piece.used) {
            return null;
        }
        piece.used = true;
        COSDictionary e = elem(parent, type);
        int first = piece.marks.get(0).page();
        PDPage page = doc.getPage(first);
        e.setItem(COSName.PG, page);
        for (Mark m : piece.marks) {
            if (m.page() == first) {
                kids(e).add(COSInteger.get(m.mcid()));
            } else {
                COSDictionary mcr = new COSDictionary();
                mcr.setItem(COSName.TYPE, MCR);
                mcr.setItem(COSName.PG, doc.getPage(m.page()));
                mcr.setInt(COSName.MCID, m.mcid());
                kids(e).add(mcr);
            }
            parents.get(m.page()).set(m.mcid(), e);
        }
        return e;
    }

    private static COSDictionary elem(COSDictionary parent, String type) {
        COSDictionary e = new COSDictionary();
        e.setItem(COSName.TYPE, STRUCT_ELEM);
        e.setItem(COSName.S, COSName.getPDFName(type));
        e.setItem(COSName.P, parent);
        kids(parent).add(e);
        return e;
    }

    private static COSArray kids(COSDictionary e) {
        COSBase k = e.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) {
            return a;
        }
        COSArray a = new COSArray();
        e.setItem(COSName.K, a);
        return a;
    }
}
