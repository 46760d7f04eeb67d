package org.issuepress.finish;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.LinkFrame;
import org.issuepress.compose.page.Page;
import org.issuepress.model.Article;
import org.issuepress.model.Section;

/**
 * What a reader navigates by: bookmarks (sections → articles, Chinese titles), the contents
 * entries linked to their pages, page labels equal to the printed folios. Each link is printable
 * (PDF/A), says in words where it goes (PDF/UA) and is kept for the structure tree.
 */
final class Navigation {
    private final ComposedIssue issue;
    private final Map<String, Integer> anchors = new HashMap<>();
    private final Map<String, List<Placed>> placed = new java.util.LinkedHashMap<>();

    /** A link annotation and the index of the page it is on. */
    record Placed(int page, PDAnnotationLink annotation) {
    }

    Navigation(ComposedIssue issue) {
        this.issue = issue;
        List<Page> pages = issue.pages();
        for (int i = 0; i < pages.size(); i++) {
            for (String a : pages.get(i).anchors()) {
                anchors.putIfAbsent(a, i);
            }
        }
    }

    /** @param dx, dy how composed page coordinates map to this document's (bleed offset) */
    void apply(PDDocument doc, float dx, float top) throws IOException {
        links(doc, dx, top);
        outline(doc);
        labels(doc);
    }

    private PDPageDestination destination(PDDocument doc, String anchor) {
        Integer index = anchors.get(anchor);
        if (index == null) {
            throw new IllegalStateException("no page for anchor " + anchor);
        }
        PDPageFitDestination d = new PDPageFitDestination();
        d.setPage(doc.getPage(index));
        return d;
    }

    /** The links made by {@link #apply}, by the anchor they go to, in page order. */
    Map<String, List<Placed>> links() {
        return placed;
    }

    private void links(PDDocument doc, float dx, float top) throws IOException {
        List<Page> pages = issue.pages();
        Map<String, String> titles = new HashMap<>();
        issue.issue().articles().forEach(a -> titles.put(a.id(), a.contentsEntry()));
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            for (Frame f : pages.get(i).frames()) {
                if (!(f instanceof LinkFrame l)) {
                    continue;
                }
                PDAnnotationLink link = new PDAnnotationLink();
                float x = dx + (float) l.box().x();
                float y = top - (float) (l.box().y() + l.box().h());
                link.setRectangle(new PDRectangle(x, y, (float) l.box().w(), (float) l.box().h()));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                PDActionGoTo go = new PDActionGoTo();
                go.setDestination(destination(doc, l.target()));
                link.setAction(go);
                link.setPrinted(true);
                Page to = pages.get(anchors.get(l.target()));
                link.setContents(org.issuepress.diag.Messages.text(StructureTree.lang(issue.issue()), "tag.link",
                        titles.getOrDefault(l.target(), l.target()), to.folioLabel()));
                page.getAnnotations().add(link);
                page.getCOSObject().setName(org.apache.pdfbox.cos.COSName.getPDFName("Tabs"), "S");
                placed.computeIfAbsent(l.target(), k -> new java.util.ArrayList<>()).add(new Placed(i, link));
            }
        }
    }

    private void outline(PDDocument doc) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(item(doc, "封面", "cover"));
        if (issue.issue().foreword() != null) {
            outline.addLast(item(doc, issue.issue().foreword().title(), "foreword"));
        }
        outline.addLast(item(doc, "目录", "contents"));
        for (Section s : issue.issue().sections()) {
            PDOutlineItem si = item(doc, s.title(), s.id());
            for (Article a : (Iterable<Article>) s.articles()::iterator) {
                si.addLast(item(doc, a.title(), a.id()));
            }
            si.openNode();
            outline.addLast(si);
        }
        outline.addLast(item(doc, "封底", "back-cover"));
        outline.openNode();
    }

    private PDOutlineItem item(PDDocument doc, String title, String anchor) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(doc, anchor));
        return item;
    }

    /**
     * Page labels for a file of inside pages only (the print edition): its folios from {@code first} on, so the
     * print shop's viewer names the pages as printed, as preflight.txt and the preview do.
     */
    static void folios(PDDocument doc, int first) {
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange r = new PDPageLabelRange();
        r.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        r.setStart(Math.max(1, first));
        labels.setLabelItem(0, r);
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    /** 封面, then the folios 1, 2, 3 … of the inside pages, then 封底. */
    private void labels(PDDocument doc) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        List<Page> pages = issue.pages();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            Page p = pages.get(i);
            PDPageLabelRange r = new PDPageLabelRange();
            if (!p.inside()) {
                r.setPrefix(i == 0 ? "封面" : "封底");
            } else if (i == 0 || !pages.get(i - 1).inside()) {
                r.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                r.setStart(p.folio());
            } else {
                continue;
            }
            labels.setLabelItem(i, r);
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }
}
