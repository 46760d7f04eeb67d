package org.issuepress.manuscript;

/** Extracted text compared without the spaces and line ends the page layout puts into it. */
final class PdfText {
    private PdfText() {
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\u00a0\u3000]", "");
    }
}
