package org.issuepress.finish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.issuepress.compose.page.Frame;
import org.issuepress.compose.page.ImageFrame;
import org.issuepress.compose.page.Page;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.render.Photos;

/**
 * The e-edition's photos: each print photo on a page (CMYK, up to 300 ppi) is replaced by
 * the screen version made from the editor's file (RGB, at most 150 ppi), so colours come from
 * the original rather than from the separation. A print photo is recognised by its bytes,
 * which the renderer took from {@link Photos} for the same file and box.
 */
final class ScreenPhotos {
    private final PDDocument doc;
    private int replaced;

    ScreenPhotos(PDDocument doc) {
        this.doc = doc;
    }

    void replace(PDPage pdf, Page composed) throws IOException {
        for (Frame f : composed.frames()) {
            if (f instanceof ImageFrame im) {
                byte[] print = Photos.forPrint(im.image(), im.box());
                if (!replace(pdf.getResources(), print, im)) {
                    // the file was saved again while this build ran: its print version is not the rendered one
                    throw EditorErrors.of(Diagnostic.of(Severity.ERROR, "photo-changed",
                            SourcePos.file(im.image().getFileName().toString())));
                }
            }
        }
    }

    /** How many photos were replaced. */
    int replaced() {
        return replaced;
    }

    private boolean replace(PDResources res, byte[] print, ImageFrame im) throws IOException {
        if (res == null) {
            return false;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img && sameBytes(img.getCOSObject(), print)) {
                res.put(name, JPEGFactory.createFromByteArray(doc, Photos.forScreen(im.image(), im.box())));
                replaced++;
                return true;
            }
            if (x instanceof PDFormXObject form && replace(form.getResources(), print, im)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameBytes(COSStream s, byte[] expected) throws IOException {
        if (s.getLength() != expected.length) {
            return false;
        }
        try (InputStream in = s.createRawInputStream()) {
            return Arrays.equals(in.readAllBytes(), expected);
        }
    }
}
