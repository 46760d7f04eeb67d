package org.issuepress.diag;

/**
 * How a page is named to a person: by the number printed on it (its page label: a folio, or
 * 封面/封底) and by its place in the PDF, which differ by the covers and the front matter. One
 * form for preflight.txt, preflight.json and the preview, so the print shop and the editor
 * speak of the same page.
 */
public final class PageName {
    private PageName() {
    }

    /**
     * @param pdfPage 1-based page of the PDF
     * @param label   the page label (folio digits, or a name such as 封面), null when the PDF has none
     */
    public static String of(int pdfPage, String label, Lang l) {
        return phrase(pdfPage, label).text(l);
    }

    /** The same, to be worded when the sentence it is part of is. */
    public static Phrase phrase(int pdfPage, String label) {
        String pdf = String.valueOf(pdfPage);
        if (label == null || label.isBlank()) {
            return Phrase.of("page.pdf", pdf);
        }
        boolean folio = label.chars().allMatch(Character::isDigit);
        return Phrase.of(folio ? "page.folio" : "page.named", label, pdf);
    }
}
