package org.issuepress.handoff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The fingerprints of every page of a print file, read from the finished PDF the shop gets.
 * The look hashes the page's boxes, its content stream and the streams of the images and forms
 * it draws; fonts are left out, since a page shows glyphs by CID and a font subset that gained
 * a glyph for another page paints this one as before. The content hashes what the page shows
 * inside its tagged (non-artifact) marked content — the strings shown, fonts and sizes, the
 * images drawn — in order and without positions.
 */
public final class PageFingerprints {
    private PageFingerprints() {
    }

    public static List<PagePrint> of(byte[] printPdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(printPdf)) {
            String[] labels = labels(doc);
            List<PagePrint> result = new ArrayList<>();
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                String folio = labels != null && labels.length >= n && labels[n - 1] != null ? labels[n - 1] : String.valueOf(n);
                MessageDigest look = sha256();
                look.update(boxes(page).getBytes(StandardCharsets.US_ASCII));
                MessageDigest content = sha256();
                walk(page.getContents(), page.getResources(), look, content, 0);
                result.add(new PagePrint(n, folio, PagePrint.signatureOf(n), hex(look), hex(content)));
            }
            return result;
        }
    }

    private static String[] labels(PDDocument doc) throws IOException {
        PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
        return labels == null ? null : labels.getLabelsByPageIndices();
    }

    private static String boxes(PDPage page) {
        return page.getMediaBox() + " " + page.getBleedBox() + " " + page.getTrimBox();
    }

    /** Hashes one content stream (a page's or a form's) into both digests. */
    private static void walk(InputStream stream, PDResources res, MessageDigest look, MessageDigest content, int depth)
            throws IOException {
        byte[] bytes;
        try (InputStream in = stream) {
            bytes = in == null ? new byte[0] : in.readAllBytes();
        }
        look.update(bytes);
        PDFStreamParser parser = new PDFStreamParser(bytes);
        List<COSBase> operands = new ArrayList<>();
        Deque<Boolean> marked = new ArrayDeque<>(); // per open sequence: is it real content?
        boolean real = depth > 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = op.getName();
            switch (name) {
                case "BDC", "BMC" -> {
                    boolean artifact = !operands.isEmpty() && COSName.getPDFName("Artifact").equals(operands.get(0));
                    marked.push(real);
                    real = !artifact;
                }
                case "EMC" -> real = marked.isEmpty() ? depth > 0 : marked.pop();
                case "Tj", "TJ", "'", "\"", "Tf" -> {
                    if (real) {
                        content.update(name.getBytes(StandardCharsets.US_ASCII));
                        operands.forEach(o -> update(content, o));
                    }
                }
                case "Do" -> {
                    if (!operands.isEmpty() && operands.get(0) instanceof COSName xo && res != null && depth < 8) {
                        drawn(res.getXObject(xo), look, real ? content : sha256(), depth);
                    }
                }
                default -> { }
            }
            operands.clear();
        }
    }

    private static void drawn(PDXObject x, MessageDigest look, MessageDigest content, int depth) throws IOException {
        if (x instanceof PDFormXObject form) {
            walk(form.getContentStream().createInputStream(), form.getResources(), look, content, depth + 1);
        } else if (x != null) {
            COSStream s = x.getCOSObject();
            try (InputStream in = s.createRawInputStream()) {
                byte[] raw = in.readAllBytes();
                look.update(raw);
                content.update(raw);
            }
        }
    }

    private static void update(MessageDigest md, COSBase o) {
        if (o instanceof COSString s) {
            md.update(s.getBytes());
        } else if (o instanceof COSArray a) {
            for (COSBase e : a) {
                if (e instanceof COSString s) {
                    md.update(s.getBytes()); // the kerning between strings is position: left out
                }
            }
        } else if (o instanceof COSName n) {
            md.update(n.getName().getBytes(StandardCharsets.UTF_8));
        } else {
            md.update(String.valueOf(o).getBytes(StandardCharsets.US_ASCII));
        }
        md.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    }
}
