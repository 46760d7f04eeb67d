package org.issuepress.serve;

import java.nio.file.Path;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.load.IssueFolder;

/**
 * A rebuild that failed for a reason other than the issue's or the templates' data (those come
 * as editor errors, templates mapped by render/TemplateErrors), as a finding: a bug to report.
 */
final class Failures {
    private Failures() {
    }

    static Diagnostic of(Throwable e, Path templates) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return Diagnostic.of(Severity.ERROR, "internal.preview", SourcePos.file(IssueFolder.displayName(templates)),
                nl < 0 ? m : m.substring(0, nl));
    }
}
