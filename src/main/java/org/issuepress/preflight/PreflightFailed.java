package org.issuepress.preflight;

import java.util.List;

/** Raised when a finished file has errors a print shop would reject: the build writes nothing. */
public final class PreflightFailed extends RuntimeException {
    private final transient List<FileReport> reports;

    public PreflightFailed(List<FileReport> reports) {
        super("preflight errors", null, false, false);
        this.reports = reports;
    }

    public List<FileReport> reports() {
        return reports;
    }

    public long errors() {
        return reports.stream().mapToLong(FileReport::errors).sum();
    }
}
