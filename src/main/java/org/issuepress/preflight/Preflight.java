package org.issuepress.preflight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.issuepress.design.Design;
import org.issuepress.diag.Severity;

/**
 * The front door of the preflight stage: checks a finished PDF the way a print shop's
 * preflight would (print.md), with PDFBox, and says what it found with page and object.
 */
public final class Preflight {
    private Preflight() {
    }

    public static FileReport check(String name, byte[] pdf, Expectations expect) {
        Sink out = new Sink(name);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            DocumentRules docRules = new DocumentRules(expect, out);
            docRules.check(doc);
            PaintRules paint = new PaintRules(expect, out);
            TreeSet<String> spaces = new TreeSet<>();
            double maxInk = 0;
            int placeholders = 0;
            int images = 0;
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                PDRectangle trim = page.getCOSObject().containsKey(COSName.TRIM_BOX) ? page.getTrimBox() : page.getMediaBox();
                PageScan scan = new PageScan(n, trim, page.getBleedBox());
                if (expect.light()) {
                    ColourOperators.scan(page, scan);
                } else {
                    new PageScanner(page, scan).processPage(page);
                }
                paint.check(scan);
                for (PageScan.Text t : scan.texts) {
                    spaces.add(t.fill().space());
                }
                for (PageScan.Shape s : scan.shapes) {
                    spaces.add(s.paint().space());
                    if (overlapsBleed(s, scan)) {
                        maxInk = Math.max(maxInk, s.paint().ink());
                    }
                }
                for (PageScan.Image im : scan.images) {
                    spaces.add(im.colourSpace());
                }
                placeholders += scan.placeholders.size();
                images += scan.images.size();
            }
            PDRectangle trim = doc.getNumberOfPages() == 0 ? null : doc.getPage(0).getTrimBox();
            String trimSize = trim == null ? "" : String.format(Locale.ROOT, "%.1f × %.1f mm",
                    trim.getWidth() / Design.PT_PER_MM, trim.getHeight() / Design.PT_PER_MM);
            boolean pdfx = doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion") != null;
            return new FileReport(name, expect.edition(), pdf.length, doc.getNumberOfPages(), trimSize,
                    String.valueOf(doc.getVersion()), pdfx, docRules.fonts, List.copyOf(spaces), maxInk, placeholders,
                    images, List.copyOf(out.findings()));
        } catch (IOException e) {
            out.add(Severity.ERROR, "unreadable", 0, null, "not a readable PDF: " + e.getMessage(), "rebuild the file", null);
            return new FileReport(name, expect.edition(), pdf.length, 0, "", "", false, java.util.Map.of(), List.of(), 0, 0, 0,
                    List.copyOf(out.findings()));
        }
    }

    private static boolean overlapsBleed(PageScan.Shape s, PageScan scan) {
        PDRectangle b = scan.bleed;
        return b == null || (s.box().getUpperRightX() > b.getLowerLeftX() && s.box().getLowerLeftX() < b.getUpperRightX()
                && s.box().getUpperRightY() > b.getLowerLeftY() && s.box().getLowerLeftY() < b.getUpperRightY());
    }

    /** Several files, in the given order. */
    public static List<FileReport> checkAll(List<String> names, List<byte[]> pdfs, List<Expectations> expects) {
        return checkAll(names, pdfs, expects, n -> {
        });
    }

    /** Several files, in the given order; {@code checked} hears the count done after each. */
    public static List<FileReport> checkAll(List<String> names, List<byte[]> pdfs, List<Expectations> expects,
                                            java.util.function.IntConsumer checked) {
        List<FileReport> reports = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            reports.add(check(names.get(i), pdfs.get(i), expects.get(i)));
            checked.accept(i + 1);
        }
        return reports;
    }
}
