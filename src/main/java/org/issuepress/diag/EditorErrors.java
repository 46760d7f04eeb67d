package org.issuepress.diag;

/**
 * Raised to stop a build when the editor's input has errors. It carries the collected
 * diagnostics; the command line prints them and exits non-zero, never a stack trace.
 */
public final class EditorErrors extends RuntimeException {
    private final transient Diagnostics diagnostics;

    public EditorErrors(Diagnostics diagnostics) {
        super(diagnostics.errorCount() + " error(s)", null, false, false);
        this.diagnostics = diagnostics;
    }

    public static EditorErrors of(Diagnostic d) {
        Diagnostics ds = new Diagnostics();
        ds.report(d);
        return new EditorErrors(ds);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
