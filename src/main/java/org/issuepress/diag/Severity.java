package org.issuepress.diag;

/** How bad a finding is: errors stop a build, warnings are reported and let it go on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
