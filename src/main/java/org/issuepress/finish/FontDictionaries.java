package org.issuepress.finish;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Each font dictionary a document's pages use, once, including those of the forms they draw. */
final class FontDictionaries {
    interface Visitor {
        void visit(COSDictionary font) throws IOException;
    }

    private FontDictionaries() {
    }

    static void forEach(PDDocument doc, Visitor v) throws IOException {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            fonts(page.getResources(), seen, v, 0);
        }
    }

    /** The cover spread's pages are forms: their fonts are in the forms' resources. */
    private static void fonts(PDResources res, Map<COSBase, Boolean> seen, Visitor v, int depth) throws IOException {
        if (res == null || depth > 8) {
            return;
        }
        COSDictionary fonts = res.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font && seen.put(font, Boolean.TRUE) == null) {
                    v.visit(font);
                }
            }
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject form && seen.put(form.getCOSObject(), Boolean.TRUE) == null) {
                fonts(form.getResources(), seen, v, depth + 1);
            }
        }
    }
}
