package org.issuepress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What a page's content streams do, its form XObjects included: the operators used (colour
 * operators tell RGB from CMYK) and the images drawn, which a vector chart must not have.
 */
public final class PdfOps {
    /**
     * Operators that set a DeviceRGB colour. (sc/scn set colours in a named colour space: the
     * print edition uses one, the registration colour of its marks; preflight checks which.)
     */
    public static final List<String> RGB = List.of("rg", "RG");
    public static final List<String> CMYK = List.of("k", "K");

    private PdfOps() {
    }

    /** Operator name → count, over the page and every form it draws. */
    public static Map<String, Integer> operators(PDPage page) {
        Map<String, Integer> ops = new TreeMap<>();
        walk(page, page.getResources(), ops, new ArrayList<>());
        return ops;
    }

    /** Images drawn on the page, in forms too. */
    public static int images(PDPage page) {
        List<PDImageXObject> images = new ArrayList<>();
        walk(page, page.getResources(), new TreeMap<>(), images);
        return images.size();
    }

    /** The forms on the page (a chart is drawn as one). */
    public static List<PDFormXObject> forms(PDPage page) {
        List<PDFormXObject> forms = new ArrayList<>();
        try {
            PDResources res = page.getResources();
            for (COSName n : res.getXObjectNames()) {
                if (res.getXObject(n) instanceof PDFormXObject f) {
                    forms.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    public static Map<String, Integer> operators(PDFormXObject form) {
        Map<String, Integer> ops = new TreeMap<>();
        walk(form, form.getResources(), ops, new ArrayList<>());
        return ops;
    }

    public static int count(Map<String, Integer> ops, List<String> names) {
        return names.stream().mapToInt(n -> ops.getOrDefault(n, 0)).sum();
    }

    private static void walk(PDContentStream stream, PDResources res, Map<String, Integer> ops, List<PDImageXObject> images) {
        try {
            for (Object token : new PDFStreamParser(stream).parse()) {
                if (token instanceof Operator o) {
                    ops.merge(o.getName(), 1, Integer::sum);
                }
            }
            if (res == null) {
                return;
            }
            for (COSName n : res.getXObjectNames()) {
                PDXObject x = res.getXObject(n);
                if (x instanceof PDImageXObject image) {
                    images.add(image);
                } else if (x instanceof PDFormXObject form) {
                    walk(form, form.getResources(), ops, images);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
