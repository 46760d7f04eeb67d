package org.issuepress.diag;

/** How bad a finding is: errors stop a build, warnings are reported and let it go on. */
public enum Severity {
    ERROR, WARNING;

    /**
     * "error" / "warning" in every language: what a program is sent (the preview's
     * {@code /api/state}), which words it once from the catalogue's {@code severity.<code>}.
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label(Messages.lang());
    }

    /** "error" / "错误": the word before the message, from the catalogue. */
    public String label(Lang l) {
        return Messages.text(l, "severity." + code());
    }
}
