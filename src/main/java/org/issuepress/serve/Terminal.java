package org.issuepress.serve;

import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;

/** Where the preview tells the editor's terminal what it does: stages, one line per rebuild, problems. */
public interface Terminal extends Progress {
    /** A line of progress; left out with {@code --quiet}. */
    void info(String line);

    /** A finding; shown even with {@code --quiet}. */
    void problem(Diagnostic d);
}
