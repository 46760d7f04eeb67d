package org.issuepress.preflight;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A quick look at a page: the device colours its operators set and the placeholders it
 * marks, from the content tokens alone, without laying out text. Enough for an edition whose
 * pages were checked in full as another edition (the e-edition, made from the print pages).
 * The transformation matrix is followed (q, Q, cm, a form's matrix) because the e-edition's
 * photos are its own (the screen versions), so their resolution is measured here, not in print.
 */
final class ColourOperators {
    private ColourOperators() {
    }

    static void scan(PDPage page, PageScan scan) throws IOException {
        scan(page, page.getResources(), scan, 0, new Matrix());
    }

    private static void scan(PDContentStream stream, PDResources res, PageScan scan, int depth, Matrix start) throws IOException {
        if (depth > 8) {
            return;
        }
        Matrix ctm = start.clone();
        Deque<Matrix> saved = new ArrayDeque<>();
        List<Object> operands = new ArrayList<>();
        PDRectangle none = new PDRectangle(0, 0, 0, 0);
        for (Object t : new PDFStreamParser(stream).parse()) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            String space = switch (op.getName()) {
                case "rg", "RG" -> "DeviceRGB";
                case "k", "K" -> "DeviceCMYK";
                case "g", "G" -> "DeviceGray";
                default -> null;
            };
            if (op.getName().equals("q")) {
                saved.push(ctm.clone());
            } else if (op.getName().equals("Q")) {
                ctm = saved.isEmpty() ? ctm : saved.pop();
            } else if (op.getName().equals("cm") && operands.size() == 6) {
                float[] m = numbers(operands);
                ctm.concatenate(new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]));
            } else if (space != null) {
                float[] c = numbers(operands);
                scan.shapes.add(new PageScan.Shape(op.getName().equals("RG") || op.getName().equals("K") || op.getName().equals("G"),
                        new Paint(space, c), none, 1));
            } else if (op.getName().equals("BDC") && operands.size() == 2
                    && PageScanner.PLACEHOLDER.equals(operands.get(0)) && operands.get(1) instanceof COSDictionary d) {
                scan.placeholders.add(new PageScan.Placeholder(d.getString(COSName.getPDFName("What")),
                        d.getString(COSName.getPDFName("Caption")), d.getString(COSName.getPDFName("Source"))));
            } else if (op.getName().equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName name && res != null) {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDFormXObject form) {
                    Matrix inForm = form.getMatrix().multiply(ctm);
                    scan(form, form.getResources() != null ? form.getResources() : res, scan, depth + 1, inForm);
                } else if (x instanceof PDImageXObject img) {
                    // its placed size, for its resolution; where exactly it sits is the full scan's business
                    scan.images.add(new PageScan.Image(img.getWidth(), img.getHeight(), Math.abs(ctm.getScalingFactorX()),
                            Math.abs(ctm.getScalingFactorY()), img.getColorSpace().getName(), none));
                }
            }
            operands.clear();
        }
    }

    private static float[] numbers(List<Object> operands) {
        float[] c = new float[operands.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = operands.get(i) instanceof COSNumber n ? n.floatValue() : 0;
        }
        return c;
    }
}
