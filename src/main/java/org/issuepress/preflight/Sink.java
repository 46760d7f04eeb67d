package org.issuepress.preflight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/** Collects findings for one file, capped per kind so a systematic fault reads as one line per page. */
final class Sink {
    private static final int PER_CODE_AND_PAGE = 3;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private IntFunction<String> folios = n -> null;

    Sink(String file) {
        this.file = file;
    }

    /** How the file's pages are numbered in print (its page labels), for naming pages as the preview does. */
    void folios(IntFunction<String> f) {
        folios = f;
    }

    /** A finding worded by catalogue key {@code preflight.<key>}; {@code object} is a String or a Phrase. */
    void error(String key, int page, Object object, Object... args) {
        add(Severity.ERROR, key, page, object, null, args);
    }

    void warning(String key, int page, Object object, Object... args) {
        add(Severity.WARNING, key, page, object, null, args);
    }

    void add(Severity s, String key, int page, Object object, SourcePos source, Object... args) {
        int n = counts.merge(Diagnostic.codeOf(key) + "#" + page, 1, Integer::sum);
        if (n <= PER_CODE_AND_PAGE) {
            findings.add(new Finding(s, key, file, page, page > 0 ? folios.apply(page) : null, object,
                    Arrays.asList(args), source));
        }
    }

    List<Finding> findings() {
        return findings;
    }
}
