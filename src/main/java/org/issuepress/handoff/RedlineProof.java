package org.issuepress.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.issuepress.diag.Messages;

/**
 * The 核红 proof for the editors: each changed page as it was (left) and as it is now (right),
 * trimmed, with every line that differs outlined in red on both sides — a correction made is
 * red on the right, and nothing should be red that was not corrected. The pages are the print
 * files' own, drawn as forms (sharp at any zoom); the words above them are the proof's.
 */
final class RedlineProof {
    private static final float MARGIN = 28;
    private static final float GAP = 24;
    private static final float HEAD = 30;
    private static final float PAD = 1.5f;

    private RedlineProof() {
    }

    /**
     * @param before   the previous set's print file
     * @param after    this set's print file
     * @param pages    the changed pages of {@code after}
     * @param font     a TrueType font with the Chinese of the headings
     * @param previous the previous set's number, {@code number} this one's
     */
    static byte[] of(byte[] before, byte[] after, List<PagePrint> pages, Path font, int previous, int number)
            throws IOException {
        try (PDDocument old = Loader.loadPDF(before); PDDocument now = Loader.loadPDF(after); PDDocument out = new PDDocument()) {
            PDType0Font words = PDType0Font.load(out, font.toFile());
            LayerUtility layers = new LayerUtility(out);
            for (PagePrint p : pages) {
                boolean hadIt = p.page() <= old.getNumberOfPages();
                PDPage right = now.getPage(p.page() - 1);
                PDRectangle trim = right.getTrimBox();
                PDPage sheet = new PDPage(new PDRectangle(2 * trim.getWidth() + GAP + 2 * MARGIN,
                        trim.getHeight() + HEAD + 2 * MARGIN));
                out.addPage(sheet);
                List<PageLines.Line> newLines = PageLines.of(now, p.page());
                List<PageLines.Line> oldLines = hadIt ? PageLines.of(old, p.page()) : List.of();
                boolean[][] changed = PageLines.changed(oldLines, newLines);
                try (PDPageContentStream cs = new PDPageContentStream(out, sheet)) {
                    float leftX = MARGIN;
                    float rightX = MARGIN + trim.getWidth() + GAP;
                    if (hadIt) {
                        place(cs, layers.importPageAsForm(old, p.page() - 1), old.getPage(p.page() - 1).getTrimBox(), leftX,
                                oldLines, changed[0]);
                    }
                    place(cs, layers.importPageAsForm(now, p.page() - 1), trim, rightX, newLines, changed[1]);
                    float y = MARGIN + trim.getHeight() + 10;
                    heading(cs, words, leftX, y, hadIt ? Messages.text("proof.before", p.folio(), String.valueOf(previous))
                            : Messages.text("proof.new-page", p.folio()));
                    heading(cs, words, rightX, y, Messages.text("proof.after", p.folio(), String.valueOf(number)));
                }
            }
            // PDFBox would make the file's ID from the clock: from the two files compared instead
            java.security.MessageDigest md = PageFingerprints.sha256();
            md.update(before);
            md.update(after);
            byte[] id = java.util.Arrays.copyOf(md.digest(), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            out.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }

    /**
     * The page's trimmed area drawn with its lower left corner at ({@code x}, MARGIN), its changed
     * lines outlined in red in the page's own coordinates (the form's matrix moves both alike),
     * the page outlined thin grey.
     */
    private static void place(PDPageContentStream cs, PDFormXObject form, PDRectangle trim, float x,
                              List<PageLines.Line> lines, boolean[] changed) throws IOException {
        Matrix m = form.getMatrix();
        java.awt.geom.Point2D.Float corner = m.transformPoint(trim.getLowerLeftX(), trim.getLowerLeftY());
        cs.saveGraphicsState();
        cs.addRect(x, MARGIN, trim.getWidth(), trim.getHeight());
        cs.clip();
        cs.transform(Matrix.getTranslateInstance(x - corner.x, MARGIN - corner.y));
        cs.drawForm(form);
        cs.transform(m);
        cs.setStrokingColor(1f, 0f, 0f);
        cs.setLineWidth(1.2f);
        for (int i = 0; i < lines.size(); i++) {
            if (changed[i]) {
                PageLines.Line l = lines.get(i);
                cs.addRect(l.x() - PAD, l.y() - PAD, l.width() + 2 * PAD, l.height() + 2 * PAD);
            }
        }
        cs.stroke();
        cs.restoreGraphicsState();
        cs.setStrokingColor(0.6f);
        cs.setLineWidth(0.5f);
        cs.addRect(x, MARGIN, trim.getWidth(), trim.getHeight());
        cs.stroke();
    }

    private static void heading(PDPageContentStream cs, PDType0Font font, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(0f);
        cs.setFont(font, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
