package org.issuepress.finish;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.issuepress.model.PrintSettings;

/**
 * Declares PDF/X-1a:2001: the version keys, Trapped, and the output intent naming the
 * printing condition (by default Japan Color 2001 Coated, registered with the ICC as
 * JC200103, so the profile itself need not be embedded).
 */
final class PdfX {
    static final String VERSION = "PDF/X-1:2001";
    static final String CONFORMANCE = "PDF/X-1a:2001";

    private PdfX() {
    }

    static void declare(PDDocument doc, PrintSettings print) {
        doc.getDocument().setVersion(1.3f);
        doc.setVersion(1.3f);
        // new PDDocument() writes /Version /1.4 into the catalog, which overrides the header
        // and which setVersion(1.3) does not lower (PDF 1.3 has no such key)
        doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.VERSION);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCustomMetadataValue("GTS_PDFXVersion", VERSION);
        info.setCustomMetadataValue("GTS_PDFXConformance", CONFORMANCE);
        info.setTrapped("False");
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        intent.setItem(COSName.getPDFName("OutputConditionIdentifier"), new COSString(print.outputConditionId()));
        intent.setItem(COSName.getPDFName("OutputCondition"), new COSString(print.outputCondition()));
        intent.setItem(COSName.getPDFName("RegistryName"), new COSString("http://www.color.org"));
        intent.setItem(COSName.INFO, new COSString(print.outputCondition()));
        COSArray intents = new COSArray();
        intents.add(intent);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("OutputIntents"), intents);
    }
}
