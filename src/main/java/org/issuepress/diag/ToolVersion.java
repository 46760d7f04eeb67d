package org.issuepress.diag;

/** The tool's name and version as the print shop and `--version` read it (preflight.txt names the tool that checked). */
public final class ToolVersion {
    public static final String TEXT = "issue-press 0.1";

    private ToolVersion() {
    }
}
