package org.issuepress.preflight;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.issuepress.design.Design;
import org.issuepress.diag.Phrase;

/**
 * Rules on the file as a whole: PDF/X declaration and output intent, page boxes and size,
 * page count for binding, fonts embedded and subset; for the electronic edition bookmarks,
 * links, page labels, language and metadata.
 */
final class DocumentRules {
    private static final Phrase INFO = Phrase.of("preflight.object.info");
    private static final Phrase CATALOG = Phrase.of("preflight.object.catalog");
    private static final Phrase OUTLINE = Phrase.of("preflight.object.outline");
    private static final Phrase ANNOTATIONS = Phrase.of("preflight.object.annotations");
    private final Expectations expect;
    private final Sink out;
    /** Font name → embedded, subset; filled while checking, reported in the summary. */
    final Map<String, FontUse> fonts = new TreeMap<>();
    /** The least bleed of the pages in mm (print only), NaN when not measured. */
    double bleedMm = Double.NaN;
    String pdfxVersion;
    String outputIntent;
    String outputCondition;
    /** Bookmarks and links of an electronic edition, -1 when not counted (print). */
    int bookmarks = -1;
    int links = -1;

    DocumentRules(Expectations expect, Sink out) {
        this.expect = expect;
        this.out = out;
    }

    void check(PDDocument doc) throws IOException {
        if (doc.isEncrypted()) {
            out.error("encrypted", 0, null);
        }
        boolean print = expect.edition() != Expectations.Edition.WEB;
        if (print) {
            pdfx(doc);
        } else {
            navigation(doc);
        }
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            boxes(page, n, print);
            fonts(page.getResources(), n, 0);
            if (print) {
                annotations(page, n);
            }
        }
        if (expect.edition() == Expectations.Edition.PRINT && !expect.somePages() && doc.getNumberOfPages() % 4 != 0) {
            out.error("page-count", 0, null, String.valueOf(doc.getNumberOfPages()));
        }
    }

    private void pdfx(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String version = info.getCustomMetadataValue("GTS_PDFXVersion");
        String conformance = info.getCustomMetadataValue("GTS_PDFXConformance"); // PDF/X-1a:2001 says more than PDF/X-1:2001
        pdfxVersion = conformance != null ? conformance : version;
        if (version == null) {
            out.error("pdfx.version", 0, INFO);
        }
        if (info.getTrapped() == null) {
            out.error("pdfx.trapped", 0, INFO);
        }
        if (info.getTitle() == null || info.getCreationDate() == null || info.getModificationDate() == null) {
            out.error("pdfx.info", 0, INFO);
        }
        version(doc, version);
        COSArray intents = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("OutputIntents"));
        boolean found = false;
        if (intents != null) {
            for (int i = 0; i < intents.size(); i++) {
                if (intents.getObject(i) instanceof COSDictionary d && "GTS_PDFX".equals(d.getNameAsString(COSName.S))) {
                    outputIntent = d.getString(COSName.getPDFName("OutputConditionIdentifier"));
                    outputCondition = d.getString(COSName.getPDFName("OutputCondition"));
                    found = outputIntent != null;
                }
            }
        }
        if (!found) {
            out.error("output-intent", 0, CATALOG);
        }
    }

    /**
     * The header and the catalog's /Version (which overrides the header from PDF 1.4 on) are
     * read separately: PDFBox's own getVersion() looks at the catalog only when the header is
     * 1.4 or more, so a 1.3 header over a 1.4 catalog passed as 1.3. PDF/X-1a:2001 is PDF 1.3;
     * the 2003 edition allows 1.4.
     */
    private void version(PDDocument doc, String declared) {
        float allowed = declared != null && declared.contains("2003") ? 1.4f : 1.3f;
        String allowedText = String.format(Locale.ROOT, "%.1f", allowed);
        float header = doc.getDocument().getVersion();
        if (header > allowed + 1e-4f) {
            out.error("pdfx.header-version", 0, Phrase.of("preflight.object.header"), String.format(Locale.ROOT, "%.1f", header),
                    allowedText);
        }
        String catalog = doc.getDocumentCatalog().getCOSObject().getNameAsString(COSName.VERSION);
        if (catalog != null) {
            float v;
            try {
                v = Float.parseFloat(catalog);
            } catch (NumberFormatException e) {
                v = Float.MAX_VALUE;
            }
            if (v > allowed + 1e-4f) {
                out.error("pdfx.catalog-version", 0, CATALOG, catalog, allowedText);
            }
        }
    }

    private void boxes(PDPage page, int n, boolean print) {
        PDRectangle media = page.getMediaBox();
        PDRectangle trim = page.getCOSObject().containsKey(COSName.TRIM_BOX) ? page.getTrimBox() : null;
        if (print && trim == null) {
            out.error("trim-box", n, null);
            return;
        }
        if (trim == null) {
            trim = media;
        }
        PDRectangle bleed = page.getBleedBox();
        if (!within(trim, bleed) || !within(bleed, media)) {
            out.error("boxes", n, null);
        }
        double mm = Design.PT_PER_MM;
        if (print) {
            double least = Math.min(Math.min(trim.getLowerLeftX() - bleed.getLowerLeftX(), bleed.getUpperRightX() - trim.getUpperRightX()),
                    Math.min(trim.getLowerLeftY() - bleed.getLowerLeftY(), bleed.getUpperRightY() - trim.getUpperRightY()));
            bleedMm = Double.isNaN(bleedMm) ? least / mm : Math.min(bleedMm, least / mm);
            if (least < 3 * mm - 0.1) {
                out.error("bleed", n, null, String.format(Locale.ROOT, "%.1f", least / mm));
            }
        }
        if (expect.trimWidthMm() > 0) {
            double w = trim.getWidth() / mm;
            double h = trim.getHeight() / mm;
            if (Math.abs(w - expect.trimWidthMm()) > 0.1 || Math.abs(h - expect.trimHeightMm()) > 0.1) {
                out.error("trim-size", n, null, String.format(Locale.ROOT, "%.1f", w), String.format(Locale.ROOT, "%.1f", h),
                        ReportChecks.size(expect.trimWidthMm()), ReportChecks.size(expect.trimHeightMm()));
            }
        }
    }

    private static boolean within(PDRectangle inner, PDRectangle outer) {
        float e = 0.01f;
        return inner.getLowerLeftX() >= outer.getLowerLeftX() - e && inner.getLowerLeftY() >= outer.getLowerLeftY() - e
                && inner.getUpperRightX() <= outer.getUpperRightX() + e && inner.getUpperRightY() <= outer.getUpperRightY() + e;
    }

    private void fonts(PDResources res, int n, int depth) throws IOException {
        if (res == null || depth > 8) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            // read from the dictionaries: building PDFBox fonts would parse every font program
            COSDictionary all = res.getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary f = all == null ? null : all.getCOSDictionary(name);
            if (f == null) {
                continue;
            }
            String fontName = f.getNameAsString(COSName.BASE_FONT, "(unnamed)");
            boolean embedded = embedded(f);
            boolean subset = fontName.matches("[A-Z]{6}\\+.*");
            if (fonts.put(fontName, new FontUse(embedded, subset)) == null) {
                if (!embedded) {
                    out.error("font-embedding", n, Phrase.of("preflight.object.font", fontName));
                } else if (!subset) {
                    out.warning("font-subset", n, Phrase.of("preflight.object.font", fontName));
                }
            }
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), n, depth + 1);
            }
        }
    }

    /** A Type 3 font draws its own glyphs; any other is embedded when its descriptor holds a font file. */
    static boolean embedded(COSDictionary font) {
        if (COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))) {
            return true;
        }
        COSDictionary desc = font.getCOSDictionary(COSName.FONT_DESC);
        COSArray kids = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (desc == null && kids != null && kids.size() > 0 && kids.getObject(0) instanceof COSDictionary cid) {
            desc = cid.getCOSDictionary(COSName.FONT_DESC);
        }
        return desc != null && (desc.containsKey(COSName.FONT_FILE) || desc.containsKey(COSName.FONT_FILE2)
                || desc.containsKey(COSName.FONT_FILE3));
    }

    private void annotations(PDPage page, int n) throws IOException {
        PDRectangle bleed = page.getBleedBox();
        for (PDAnnotation a : page.getAnnotations()) {
            PDRectangle r = a.getRectangle();
            if (r != null && r.getUpperRightX() > bleed.getLowerLeftX() && r.getLowerLeftX() < bleed.getUpperRightX()
                    && r.getUpperRightY() > bleed.getLowerLeftY() && r.getLowerLeftY() < bleed.getUpperRightY()) {
                out.error("annotation", n, a.getSubtype());
            }
        }
    }

    private void navigation(PDDocument doc) throws IOException {
        var cat = doc.getDocumentCatalog();
        if (cat.getLanguage() == null) {
            out.error("lang", 0, CATALOG);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info.getTitle() == null || info.getAuthor() == null || info.getSubject() == null) {
            out.error("metadata", 0, INFO);
        }
        if (cat.getPageLabels() == null) {
            out.error("page-labels", 0, CATALOG);
        }
        bookmarks = 0;
        if (cat.getDocumentOutline() != null) {
            for (PDOutlineItem top : cat.getDocumentOutline().children()) {
                bookmarks++;
                for (PDOutlineItem child : top.children()) {
                    bookmarks++;
                }
            }
        }
        if (bookmarks == 0) {
            out.error("bookmarks.none", 0, OUTLINE);
        } else if (expect.articles() > 0 && bookmarks < expect.articles()) {
            out.error("bookmarks.few", 0, OUTLINE, String.valueOf(bookmarks), String.valueOf(expect.articles()));
        }
        links = 0;
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink) {
                    links++;
                }
            }
        }
        if (links == 0) {
            out.error("links.none", 0, ANNOTATIONS);
        } else if (expect.articles() > 0 && links < expect.articles()) {
            out.error("links.few", 0, ANNOTATIONS, String.valueOf(links), String.valueOf(expect.articles()));
        }
    }
}
