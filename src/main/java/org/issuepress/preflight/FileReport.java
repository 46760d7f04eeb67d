package org.issuepress.preflight;

import java.util.List;
import java.util.Map;

/** Preflight's result for one file: the facts a print shop reads first, and the findings. */
public record FileReport(String file, Expectations.Edition edition, long bytes, int pages, String trim, String version,
                         boolean pdfx, Map<String, String> fonts, List<String> colourSpaces, double maxInk,
                         int placeholders, int images, List<Finding> findings) {

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
