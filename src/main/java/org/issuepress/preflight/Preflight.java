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
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
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
        return check(name, pdf, expect, List.of(scan(pdf, expect, 0, 1)));
    }

    /**
     * What part {@code part} of {@code parts} of the file's pages paint (the pages split in
     * runs of about equal length): the slow half of preflight, which threads can share.
     */
    public static ScannedPages scan(byte[] pdf, Expectations expect, int part, int parts) {
        List<PageScan> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            GlyphPresence glyphs = new GlyphPresence();
            for (int i = n * part / parts; i < n * (part + 1) / parts; i++) {
                PDPage page = doc.getPage(i);
                PDRectangle trim = page.getCOSObject().containsKey(COSName.TRIM_BOX) ? page.getTrimBox() : page.getMediaBox();
                PageScan scan = new PageScan(i + 1, trim, page.getBleedBox());
                if (expect.light()) {
                    ColourOperators.scan(page, scan);
                } else {
                    PDPage whole = OneContentStream.of(page);
                    new PageScanner(whole, scan, glyphs).processPage(whole);
                }
                pages.add(scan);
            }
            return new ScannedPages(pages, null);
        } catch (IOException e) {
            return new ScannedPages(pages, e);
        }
    }

    /** The report on a file whose pages were scanned in {@code parts}, in page order. */
    public static FileReport check(String name, byte[] pdf, Expectations expect, List<ScannedPages> parts) {
        Sink out = new Sink(name);
        String sha256 = sha256(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (ScannedPages part : parts) {
                if (part.failure != null) {
                    throw part.failure;
                }
            }
            List<String> labels = labels(doc);
            out.folios(n -> n <= labels.size() ? labels.get(n - 1) : null);
            DocumentRules docRules = new DocumentRules(expect, out);
            docRules.check(doc);
            PaintRules paint = new PaintRules(expect, out);
            TreeSet<String> spaces = new TreeSet<>();
            double maxInk = 0;
            int placeholders = 0;
            int images = 0;
            for (ScannedPages part : parts) {
                for (PageScan scan : part.pages) {
                    paint.check(scan);
                    for (PageScan.Text t : scan.texts) {
                        spaces.add(t.fill().space());
                    }
                    for (PageScan.Shape sh : scan.shapes) {
                        spaces.add(sh.paint().space());
                        if (overlapsBleed(sh, scan)) {
                            maxInk = Math.max(maxInk, sh.paint().ink());
                        }
                    }
                    for (PageScan.Image im : scan.images) {
                        spaces.add(im.colourSpace());
                    }
                    placeholders += scan.placeholders.size();
                    images += scan.images.size();
                }
            }
            PDRectangle trim = doc.getNumberOfPages() == 0 ? null : doc.getPage(0).getTrimBox();
            double w = trim == null ? 0 : trim.getWidth() / Design.PT_PER_MM;
            double h = trim == null ? 0 : trim.getHeight() / Design.PT_PER_MM;
            String trimSize = trim == null ? "" : String.format(Locale.ROOT, "%.1f × %.1f mm", w, h);
            boolean pdfx = docRules.pdfxVersion != null;
            Measures measured = new Measures(w, h, expect.trimWidthMm(), expect.trimHeightMm(), docRules.bleedMm,
                    docRules.pdfxVersion, docRules.outputIntent, docRules.outputCondition,
                    paint.smallestType, paint.thinnestRule, paint.lowestPpi, docRules.bookmarks, docRules.links,
                    doc.getDocumentInformation().getTitle(), date(doc.getDocumentInformation().getCreationDate()));
            return new FileReport(name, expect.edition(), pdf.length, sha256, doc.getNumberOfPages(), labels, trimSize,
                    String.valueOf(doc.getVersion()), pdfx, docRules.fonts, List.copyOf(spaces), maxInk, placeholders,
                    images, measured, List.copyOf(out.findings()));
        } catch (IOException e) {
            out.add(Severity.ERROR, "unreadable", 0, null, null, String.valueOf(e.getMessage()));
            return new FileReport(name, expect.edition(), pdf.length, sha256, 0, List.of(), "", "", false, java.util.Map.of(),
                    List.of(), 0, 0, 0, Measures.NONE, List.copyOf(out.findings()));
        }
    }

    /** The pages' printed numbers: the page labels, as a PDF reader shows them (封面, 1, 2 …, 封底). */
    private static List<String> labels(PDDocument doc) throws IOException {
        PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
        return labels == null ? List.of() : java.util.Collections.unmodifiableList(java.util.Arrays.asList(labels.getLabelsByPageIndices()));
    }

    /** yyyy-MM-dd in the date's own time zone (the month in Beijing time), null when there is none. */
    private static String date(java.util.Calendar c) {
        return c == null ? null : String.format(Locale.ROOT, "%04d-%02d-%02d", c.get(java.util.Calendar.YEAR),
                c.get(java.util.Calendar.MONTH) + 1, c.get(java.util.Calendar.DAY_OF_MONTH));
    }

    public static String sha256(byte[] file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pages scanned by {@link #scan}, or why the file could not be read; read by {@link #check} only. */
    public static final class ScannedPages {
        private final List<PageScan> pages;
        private final IOException failure;

        private ScannedPages(List<PageScan> pages, IOException failure) {
            this.pages = pages;
            this.failure = failure;
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
