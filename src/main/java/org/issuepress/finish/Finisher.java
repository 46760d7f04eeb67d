package org.issuepress.finish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.design.Design;

/**
 * The front door of the finish stage: turns the rendered PDF into the editions — page
 * boxes, navigation, metadata, stable names — written deterministically.
 */
public final class Finisher {
    private final ComposedIssue issue;

    public Finisher(ComposedIssue issue) {
        this.issue = issue;
    }

    /** The print edition: trim and bleed boxes on every page, navigation for proofing on screen. */
    public byte[] print(byte[] rendered) {
        try (PDDocument doc = Loader.loadPDF(rendered)) {
            check(doc);
            float bleed = (float) (issue.issue().print().bleed() * Design.PT_PER_MM);
            PageBoxes.print(doc, bleed);
            float mediaHeight = doc.getPage(0).getMediaBox().getHeight();
            new Navigation(issue).apply(doc, bleed, mediaHeight - bleed);
            DocumentInfo.apply(doc, issue.issue().info(), "print");
            StableFontNames.apply(doc);
            return save(doc, CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new IllegalStateException("finishing the print edition failed: " + e.getMessage(), e);
        }
    }

    private void check(PDDocument doc) {
        if (doc.getNumberOfPages() != issue.pages().size()) {
            throw new IllegalStateException("rendered " + doc.getNumberOfPages() + " pages for "
                    + issue.pages().size() + " composed pages");
        }
    }

    private static byte[] save(PDDocument doc, CompressParameters compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        doc.save(out, compression);
        return out.toByteArray();
    }
}
