package org.issuepress.preflight;

import java.util.List;
import java.util.Map;

/**
 * Preflight's result for one file: the facts a print shop reads first, what was measured, and
 * the findings. {@code labels} are the pages' printed numbers (the PDF's page labels), empty
 * when the file has none; {@code sha256} identifies the very file checked.
 */
public record FileReport(String file, Expectations.Edition edition, long bytes, String sha256, int pages, List<String> labels,
                         String trim, String version, boolean pdfx, Map<String, FontUse> fonts, List<String> colourSpaces,
                         double maxInk, int placeholders, int images, Measures measured, List<Finding> findings) {

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** The printed number of 1-based PDF page {@code page}, null when the file does not say. */
    public String label(int page) {
        return page >= 1 && page <= labels.size() ? labels.get(page - 1) : null;
    }
}
