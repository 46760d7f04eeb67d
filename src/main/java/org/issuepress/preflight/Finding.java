package org.issuepress.preflight;

import org.issuepress.diag.Severity;

/**
 * One thing preflight found in a PDF: on which page (1-based, 0 for the whole file), in
 * which object (text, rule, image, font …), what is wrong and what to do; {@code source}
 * points back to the files when the PDF tells (placeholders do).
 */
public record Finding(Severity severity, String code, String file, int page, String object, String message,
                      String hint, String source) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        StringBuilder s = new StringBuilder(file);
        if (page > 0) {
            s.append(" page ").append(page);
        }
        s.append(": ").append(severity.label()).append(": ").append(message);
        if (object != null) {
            s.append(" [").append(object).append(']');
        }
        if (hint != null) {
            s.append(" — ").append(hint);
        }
        if (source != null) {
            s.append(" (").append(source).append(')');
        }
        return s.toString();
    }
}
