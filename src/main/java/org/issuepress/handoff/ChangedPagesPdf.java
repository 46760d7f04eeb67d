package org.issuepress.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * The print file with only the pages whose plates are made again: the same pages, boxes, bleed,
 * marks, output intent and PDF/X declaration (the shop's RIP takes it as it took the whole
 * file), each page labelled with its own folio.
 */
final class ChangedPagesPdf {
    private ChangedPagesPdf() {
    }

    static byte[] of(byte[] printPdf, List<PagePrint> pages) throws IOException {
        Set<Integer> keep = pages.stream().map(PagePrint::page).collect(Collectors.toSet());
        try (PDDocument doc = Loader.loadPDF(printPdf)) {
            for (int i = doc.getNumberOfPages(); i >= 1; i--) {
                if (!keep.contains(i)) {
                    doc.removePage(i - 1);
                }
            }
            PDPageLabels labels = new PDPageLabels(doc);
            for (int k = 0; k < pages.size(); k++) {
                PDPageLabelRange r = new PDPageLabelRange();
                String folio = pages.get(k).folio();
                if (folio.matches("\\d+")) {
                    r.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                    r.setStart(Integer.parseInt(folio));
                } else {
                    r.setPrefix(folio);
                }
                labels.setLabelItem(k, r);
            }
            doc.getDocumentCatalog().setPageLabels(labels);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
