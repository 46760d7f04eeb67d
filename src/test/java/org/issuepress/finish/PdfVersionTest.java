package org.issuepress.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * PDF/X-1a:2001 is PDF 1.3, in the header and with no newer /Version in the catalog (which
 * overrides the header from 1.4 on): the cover spread, made in a new PDFBox document, carried
 * /Version /1.4 under a 1.3 header, and preflight, reading only the header, passed it.
 */
class PdfVersionTest {

    @Test
    void bothPrintFilesArePdf13InHeaderAndCatalog() throws IOException {
        for (byte[] pdf : new byte[][]{SampleIssue.coverPdf(), SampleIssue.printPdf()}) {
            try (PDDocument doc = SampleIssue.open(pdf)) {
                assertEquals(1.3f, doc.getDocument().getVersion(), 0.001, "header");
                String catalog = doc.getDocumentCatalog().getCOSObject().getNameAsString(COSName.VERSION);
                assertNull(catalog, "no /Version in the catalog (PDF 1.3 has none): " + catalog);
            }
        }
    }

    @Test
    void preflightReadsTheCatalogVersionToo() throws IOException {
        byte[] changed;
        try (PDDocument doc = SampleIssue.open(SampleIssue.coverPdf())) {
            doc.getDocumentCatalog().getCOSObject().setName(COSName.VERSION, "1.4");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            changed = out.toByteArray();
        }
        FileReport r = Preflight.check("cover.pdf", changed, new Expectations(Expectations.Edition.COVER, 0, 0, 0, false));
        assertTrue(r.findings().stream().anyMatch(f -> f.isError() && f.message().contains("/Version /1.4")), r.findings().toString());
    }
}
