package org.issuepress.finish;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Page boxes a print shop reads: the rendered media is trim plus bleed; TrimBox is the
 * finished page, BleedBox the artwork's extent. Trimming to the TrimBox gives the
 * electronic edition's page.
 */
final class PageBoxes {
    private PageBoxes() {
    }

    /** @param bleed in points */
    static void print(PDDocument doc, float bleed) {
        for (PDPage page : doc.getPages()) {
            PDRectangle media = page.getMediaBox();
            page.setBleedBox(media);
            page.setTrimBox(trim(media, bleed));
            page.setCropBox(media);
        }
    }

    static void trimmed(PDDocument doc, float bleed) {
        for (PDPage page : doc.getPages()) {
            PDRectangle trim = trim(page.getMediaBox(), bleed);
            page.setMediaBox(trim);
            page.setCropBox(trim);
            page.setTrimBox(trim);
            page.setBleedBox(trim);
        }
    }

    static PDRectangle trim(PDRectangle media, float bleed) {
        return new PDRectangle(media.getLowerLeftX() + bleed, media.getLowerLeftY() + bleed,
                media.getWidth() - 2 * bleed, media.getHeight() - 2 * bleed);
    }
}
