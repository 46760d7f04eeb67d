package org.issuepress.finish;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.issuepress.design.Design;

/**
 * Crop marks at the trim corners and registration targets at the middle of each side, in
 * the registration colour (every separation), drawn in the slug outside the bleed so they
 * never reach the live area. Spread pages also get fold marks where the spine meets the covers.
 */
final class PrinterMarks {
    /** Marks start this far beyond the bleed edge and are this long (mm). */
    static final double GAP = 0.5;
    static final double LENGTH = 6;
    /** Space beyond the bleed that the marks need (mm). */
    static final double SLUG = GAP + LENGTH + 0.5;
    static final float LINE = 0.25f;

    private PrinterMarks() {
    }

    static PDSeparation registration() {
        PDSeparation sep = new PDSeparation();
        sep.setColorantName("All");
        sep.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, floats(0, 1));
        f.setItem(COSName.C0, floats(0, 0, 0, 0));
        f.setItem(COSName.C1, floats(1, 1, 1, 1));
        f.setItem(COSName.N, COSInteger.ONE);
        sep.setTintTransform(new PDFunctionType2(f));
        return sep;
    }

    private static COSArray floats(float... v) {
        COSArray a = new COSArray();
        for (float x : v) {
            a.add(new COSFloat(x));
        }
        return a;
    }

    /** @param folds x positions (PDF points) of fold lines, e.g. the spine's edges */
    static void draw(PDPageContentStream cs, PDRectangle trim, double bleedMm, double... folds) throws IOException {
        float mm = (float) Design.PT_PER_MM;
        float off = (float) ((bleedMm + GAP) * mm);
        float len = (float) (LENGTH * mm);
        PDSeparation reg = registration();
        cs.saveGraphicsState();
        cs.setStrokingColor(new PDColor(new float[] {1}, reg));
        cs.setNonStrokingColor(new PDColor(new float[] {1}, reg));
        cs.setLineWidth(LINE);
        float x0 = trim.getLowerLeftX();
        float y0 = trim.getLowerLeftY();
        float x1 = trim.getUpperRightX();
        float y1 = trim.getUpperRightY();
        for (float x : new float[] {x0, x1}) {
            for (float y : new float[] {y0, y1}) {
                float sx = x == x0 ? -1 : 1;
                float sy = y == y0 ? -1 : 1;
                line(cs, x + sx * off, y, x + sx * (off + len), y);
                line(cs, x, y + sy * off, x, y + sy * (off + len));
            }
        }
        for (double f : folds) {
            line(cs, (float) f, y1 + off, (float) f, y1 + off + len);
            line(cs, (float) f, y0 - off, (float) f, y0 - off - len);
        }
        float r = 2.2f * mm;
        float mid = off + len / 2;
        target(cs, (x0 + x1) / 2, y1 + mid, r);
        target(cs, (x0 + x1) / 2, y0 - mid, r);
        target(cs, x0 - mid, (y0 + y1) / 2, r);
        target(cs, x1 + mid, (y0 + y1) / 2, r);
        cs.restoreGraphicsState();
    }

    private static void line(PDPageContentStream cs, float ax, float ay, float bx, float by) throws IOException {
        cs.moveTo(ax, ay);
        cs.lineTo(bx, by);
        cs.stroke();
    }

    /** A registration target: a circle with a cross through it. */
    private static void target(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
        cs.stroke();
        line(cs, cx - 1.5f * r, cy, cx + 1.5f * r, cy);
        line(cs, cx, cy - 1.5f * r, cx, cy + 1.5f * r);
    }
}
