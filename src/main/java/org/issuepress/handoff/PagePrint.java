package org.issuepress.handoff;

/**
 * One print page as handed off: its 1-based page in the print file, its printed folio, its
 * signature (台, 16 pages each), and two fingerprints: {@code look}, of everything painted on
 * it (two pages with the same look print the same plate), and {@code content}, of the
 * article content alone, without folio, running head and where on the page it stands (a page
 * that only moved keeps its content).
 */
public record PagePrint(int page, String folio, int signature, String look, String content) {
    /** Pages per signature (台) of the inside pages, as the binding report counts them. */
    public static final int SIGNATURE_PAGES = 16;

    public static int signatureOf(int page) {
        return (page - 1) / SIGNATURE_PAGES + 1;
    }
}
