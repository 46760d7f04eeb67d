package org.issuepress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's structure tree read back as a reader would: each element with its type, alternate
 * text, attributes and the text of the marked content it holds, in tree order.
 */
public final class TagTree {
    /** One structure element: its type, its own text (from its marked content), alt text, kids. */
    public record Node(String type, String text, String alt, COSDictionary attributes, int links, int pages, int pieces, List<Node> kids) {
        /** Every element below this one (and it), depth first. */
        public List<Node> all() {
            List<Node> out = new ArrayList<>();
            out.add(this);
            kids.forEach(k -> out.addAll(k.all()));
            return out;
        }

        /** The text of this element and everything below it, in tree order. */
        public String fullText() {
            StringBuilder s = new StringBuilder(text);
            kids.forEach(k -> s.append(k.fullText()));
            return s.toString();
        }

        /** The kids' types, in order. */
        public List<String> kidTypes() {
            return kids.stream().map(Node::type).toList();
        }

        /** The tree as indented lines, texts cut to {@code width} characters. */
        public String dump(int width) {
            StringBuilder s = new StringBuilder();
            dump(s, "", width);
            return s.toString();
        }

        private void dump(StringBuilder s, String indent, int width) {
            s.append(indent).append(type);
            if (alt != null) {
                s.append(" Alt=\"").append(alt).append('"');
            }
            if (attributes != null) {
                attributes.entrySet().stream().filter(e -> !e.getKey().getName().equals("O"))
                        .forEach(e -> s.append(' ').append(e.getKey().getName()).append('=').append(e.getValue()));
            }
            if (links > 0) {
                s.append(" +").append(links).append(" link annotation(s)");
            }
            if (!text.isEmpty()) {
                String t = text.length() > width ? text.substring(0, width) + "…" : text;
                s.append(" \"").append(t).append('"');
            }
            s.append('\n');
            kids.forEach(k -> k.dump(s, indent + "  ", width));
        }
    }

    private final PDDocument doc;
    private final Map<COSDictionary, Map<Integer, String>> texts = new java.util.IdentityHashMap<>();

    /** The document's own pages: a page made from a structure element's /Pg has no resource cache (fonts parsed again). */
    private final Map<COSDictionary, PDPage> pages = new java.util.IdentityHashMap<>();

    private TagTree(PDDocument doc) {
        this.doc = doc;
        doc.getPages().forEach(p -> pages.put(p.getCOSObject(), p));
    }

    /** The Document element (the root's only kid), or null when the file has no structure tree. */
    public static Node read(PDDocument doc) {
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return null;
        }
        TagTree t = new TagTree(doc);
        Object first = root.getKids().get(0);
        return t.node((PDStructureElement) first);
    }

    private Node node(PDStructureElement e) {
        StringBuilder text = new StringBuilder();
        List<Node> kids = new ArrayList<>();
        java.util.Set<COSDictionary> pages = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int links = 0;
        int pieces = 0;
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement child) {
                kids.add(node(child));
            } else if (k instanceof Integer mcid) {
                pieces++;
                text.append(text(e.getPage(), mcid));
                pages.add(e.getPage().getCOSObject());
            } else if (k instanceof PDMarkedContentReference mcr) {
                pieces++;
                PDPage p = mcr.getPage() != null ? mcr.getPage() : e.getPage();
                text.append(text(p, mcr.getMCID()));
                pages.add(p.getCOSObject());
            } else if (k instanceof PDObjectReference) {
                links++;
            }
        }
        COSDictionary a = e.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.A);
        return new Node(e.getStructureType(), text.toString(), e.getAlternateDescription(), a, links, pages.size(), pieces, kids);
    }

    private String text(PDPage page, int mcid) {
        return texts.computeIfAbsent(page.getCOSObject(), d -> extract(pages.getOrDefault(d, page))).getOrDefault(mcid, "");
    }

    private Map<Integer, String> extract(PDPage page) {
        try {
            Extractor x = new Extractor();
            x.processPage(page);
            Map<Integer, String> out = new HashMap<>();
            x.out.forEach((k, v) -> out.put(k, v.toString()));
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Text per marked-content id (nested sequences count for the id around them), ActualText in place of its glyphs. */
    private static final class Extractor extends PDFMarkedContentExtractor {
        final Map<Integer, StringBuilder> out = new HashMap<>();
        private final java.util.Deque<Integer> ids = new java.util.ArrayDeque<>();
        private final java.util.Deque<Boolean> actual = new java.util.ArrayDeque<>();
        private int actualDepth;

        @Override
        public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, COSDictionary props) {
            int id = props == null ? -1 : props.getInt(org.apache.pdfbox.cos.COSName.MCID, -1);
            int current = id >= 0 ? id : ids.isEmpty() ? -1 : ids.peek();
            ids.push(current);
            String text = props == null ? null : props.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT);
            if (text != null && current >= 0 && actualDepth == 0) {
                out.computeIfAbsent(current, k -> new StringBuilder()).append(text);
            }
            actual.push(text != null);
            actualDepth += text != null ? 1 : 0;
        }

        @Override
        public void endMarkedContentSequence() {
            if (!ids.isEmpty()) {
                ids.pop();
                actualDepth -= actual.pop() ? 1 : 0;
            }
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (actualDepth == 0 && !ids.isEmpty() && ids.peek() >= 0) {
                out.computeIfAbsent(ids.peek(), k -> new StringBuilder()).append(t.getUnicode());
            }
        }
    }

    /** Prints the tag tree of a PDF: {@code TagTree file.pdf [width]}. */
    public static void main(String[] args) throws IOException {
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(new java.io.File(args[0]))) {
            System.out.print(read(d).dump(args.length > 1 ? Integer.parseInt(args[1]) : 40));
        }
    }
}
