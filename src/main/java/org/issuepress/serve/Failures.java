package org.issuepress.serve;

import java.nio.file.Path;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.load.IssueFolder;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A rebuild that failed for a reason other than the issue's data, as a finding: a template
 * the editor is changing (the preview watches templates/ too) where Thymeleaf says the
 * mistake is, anything else as a bug to report.
 */
final class Failures {
    private Failures() {
    }

    static Diagnostic of(Throwable e, Path templates) {
        TemplateProcessingException where = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException tp && tp.getTemplateName() != null && tp.getLine() != null) {
                where = tp; // the innermost one knows the line
            }
        }
        if (where != null) {
            String name = where.getTemplateName();
            Path file = templates.resolve(name.contains(".") ? name : name + ".html");
            String message = where.getMessage().replaceFirst(" \\(template: .*\\)$", "");
            return Diagnostic.of(Severity.ERROR, "template", new SourcePos(IssueFolder.displayName(file), where.getLine(),
                    where.getCol() == null ? 1 : where.getCol()), message);
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return Diagnostic.of(Severity.ERROR, "internal.preview", SourcePos.file(IssueFolder.displayName(templates)),
                nl < 0 ? m : m.substring(0, nl));
    }
}
