package org.issuepress.finish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.issuepress.design.Colour;
import org.issuepress.design.Design;

/**
 * Turns the print edition's CMYK colours into RGB for screens: a design colour becomes the
 * RGB equivalent the design gives for it, any other CMYK value is converted by the usual
 * formula. Only colour operators change; text and geometry stay as they are.
 */
final class RgbConversion {
    private final Map<Long, float[]> designRgb = new HashMap<>();
    private final Map<Object, Boolean> done = new IdentityHashMap<>();
    private final PDDocument doc;
    private final ColourOperatorRewriter fastPath = new ColourOperatorRewriter(this::rgb);

    RgbConversion(Design design, PDDocument doc) {
        this.doc = doc;
        for (Colour c : design.colours().values()) {
            int[] rgb = c.rgbValues();
            designRgb.put(key(c.c(), c.m(), c.y(), c.k()), new float[] {rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f});
        }
    }

    void convert(PDPage page) throws IOException {
        byte[] out = rewriteBytes(page.getContents().readAllBytes());
        page.setContents(new PDStream(doc, new ByteArrayInputStream(out), COSName.FLATE_DECODE));
        forms(page.getResources());
    }

    private void forms(PDResources res) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form && done.put(form.getCOSObject(), Boolean.TRUE) == null) {
                byte[] out = rewriteBytes(form.getContents().readAllBytes());
                try (OutputStream os = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                    os.write(out);
                }
                forms(form.getResources());
            }
        }
    }

    byte[] rewriteBytes(byte[] content) throws IOException {
        byte[] fast = fastPath.rewrite(content);
        return fast != null ? fast : rewriteTokens(content);
    }

    /** Through PDFBox's parser: for content the byte scanner leaves alone (inline images). */
    byte[] rewriteTokens(byte[] content) throws IOException {
        List<Object> tokens = new PDFStreamParser(content).parse();
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            String name = op.getName();
            if ((name.equals("k") || name.equals("K")) && operands.size() == 4) {
                float[] rgb = rgb(number(operands.get(0)), number(operands.get(1)), number(operands.get(2)), number(operands.get(3)));
                for (float v : rgb) {
                    out.add(new COSFloat(v));
                }
                out.add(Operator.getOperator(name.equals("k") ? "rg" : "RG"));
            } else {
                out.addAll(operands);
                out.add(op);
            }
            operands.clear();
        }
        out.addAll(operands);
        ByteArrayOutputStream bos = new ByteArrayOutputStream(content.length);
        new ContentStreamWriter(bos).writeTokens(out);
        return bos.toByteArray();
    }

    float[] rgb(float c, float m, float y, float k) {
        float[] d = designRgb.get(key(c, m, y, k));
        if (d != null) {
            return d;
        }
        return new float[] {round((1 - c) * (1 - k)), round((1 - m) * (1 - k)), round((1 - y) * (1 - k))};
    }

    private static float round(float v) {
        return Math.round(v * 1000) / 1000f;
    }

    private static float number(Object o) {
        return o instanceof COSNumber n ? n.floatValue() : 0;
    }

    /** The four values to a thousandth, packed (a formatted string here cost a third of the conversion). */
    private static long key(float c, float m, float y, float k) {
        return (thousandths(c) << 48) | (thousandths(m) << 32) | (thousandths(y) << 16) | thousandths(k);
    }

    private static long thousandths(float v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) & 0xffff;
    }
}
