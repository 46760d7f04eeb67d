package org.issuepress.diag;

/**
 * One problem an editor can act on: where it is, what is wrong, how to fix it.
 * Every stage reports through this one type; the code names the kind of problem for
 * tests and for the JSON reports.
 */
public record Diagnostic(Severity severity, String code, SourcePos pos, String message, String hint) {

    public static Diagnostic error(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, pos, message, hint);
    }

    public static Diagnostic warning(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: what — how to fix}, the form every editor tool understands. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(pos).append(": ").append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            s.append(" — ").append(hint);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
