package org.issuepress.preflight;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.Severity;

/** Collects findings for one file, capped per kind so a systematic fault reads as one line per page. */
final class Sink {
    private static final int PER_CODE_AND_PAGE = 3;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();

    Sink(String file) {
        this.file = file;
    }

    void error(String code, int page, String object, String message, String hint) {
        add(Severity.ERROR, code, page, object, message, hint, null);
    }

    void warning(String code, int page, String object, String message, String hint) {
        add(Severity.WARNING, code, page, object, message, hint, null);
    }

    void add(Severity s, String code, int page, String object, String message, String hint, String source) {
        String key = code + "#" + page;
        int n = counts.merge(key, 1, Integer::sum);
        if (n <= PER_CODE_AND_PAGE) {
            findings.add(new Finding(s, code, file, page, object, message, hint, source));
        }
    }

    List<Finding> findings() {
        return findings;
    }
}
