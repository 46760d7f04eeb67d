package org.issuepress.preflight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page whose content comes in several streams (the print edition's pages: the rendered
 * page wrapped in q … Q, then the printer's marks) parsed as one buffer. PDFBox reads an
 * array of streams through a reader that re-seeks across them at every token it peeks at,
 * a tenth of preflight's time. The page itself is not changed.
 */
final class OneContentStream {
    private OneContentStream() {
    }

    static PDPage of(PDPage page) throws IOException {
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray parts) || parts.size() < 2) {
            return page;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream(1 << 16);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.getObject(i) instanceof COSStream part) {
                try (InputStream in = part.createInputStream()) {
                    in.transferTo(joined);
                }
                joined.write('\n'); // streams meet at a token boundary (PDF 7.8.2)
            }
        }
        byte[] content = joined.toByteArray();
        PDResources resources = page.getResources(); // with the document's cache of fonts and images
        return new PDPage(page.getCOSObject()) {
            @Override
            public RandomAccessRead getContentsForStreamParsing() {
                return new RandomAccessReadBuffer(content);
            }

            @Override
            public PDResources getResources() {
                return resources;
            }
        };
    }
}
