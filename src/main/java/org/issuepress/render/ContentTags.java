package org.issuepress.render;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.util.ArrayList;
import java.util.List;

/**
 * Marked content for the e-edition's tags, written as pages are painted: everything on a page
 * is an artifact (running heads, folios, rules, colour fields) except the pieces of real
 * content, each wrapped in a sequence with its own marked-content id. For every page the list
 * of those pieces — role and structure key, in id order — goes into the master's catalog under
 * {@link #CATALOG_KEY}, where the finish stage builds the structure tree from it (and removes it).
 * The marked content itself is harmless in print, as the placeholders' marks already were.
 */
final class ContentTags {
    /** Per page an array of strings "role key", index = MCID. */
    static final PdfName CATALOG_KEY = new PdfName("IssuePressContent");
    private static final PdfName MCID = new PdfName("MCID");
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final List<List<String>> pages = new ArrayList<>();
    private List<String> page;
    private PdfContentByte cb;
    private boolean tagged;

    /** The page starts in artifact mode. */
    void startPage(PdfContentByte content) {
        cb = content;
        page = new ArrayList<>();
        pages.add(page);
        tagged = false;
        cb.beginMarkedContentSequence(ARTIFACT);
    }

    /** From here to {@link #end()} is real content of {@code role}, part of the structure element {@code key}. */
    void begin(String role, String key) {
        if (tagged) {
            throw new IllegalStateException("tagged content inside tagged content: " + key);
        }
        cb.endMarkedContentSequence();
        PdfDictionary props = new PdfDictionary();
        props.put(MCID, new PdfNumber(page.size()));
        cb.beginMarkedContentSequence(new PdfName(role), props, true);
        page.add(role + " " + key);
        tagged = true;
    }

    void end() {
        cb.endMarkedContentSequence();
        cb.beginMarkedContentSequence(ARTIFACT);
        tagged = false;
    }

    boolean isTagged() {
        return tagged;
    }

    void finishPage() {
        if (tagged) {
            end();
        }
        cb.endMarkedContentSequence();
    }

    /** The pieces of every page, for the catalog. */
    PdfObject catalogEntry() {
        PdfArray all = new PdfArray();
        for (List<String> p : pages) {
            PdfArray a = new PdfArray();
            p.forEach(s -> a.add(new PdfString(s, PdfObject.TEXT_UNICODE)));
            all.add(a);
        }
        return all;
    }
}
