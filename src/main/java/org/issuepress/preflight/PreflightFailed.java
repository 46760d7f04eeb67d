package org.issuepress.preflight;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Raised when a finished file has errors a print shop would reject: the build writes nothing. */
public final class PreflightFailed extends RuntimeException {
    private final transient List<FileReport> reports;
    private final transient Path folder;

    /** @param folder the issue folder the files were made from: the terminal names sources as messages do */
    public PreflightFailed(List<FileReport> reports, Path folder) {
        super("preflight errors", null, false, false);
        this.reports = reports;
        this.folder = folder;
    }

    public List<FileReport> reports() {
        return reports;
    }

    public long errors() {
        return reports.stream().mapToLong(FileReport::errors).sum();
    }

    /** The findings {@code which} selects, each a line for the editor's terminal. */
    public Stream<String> lines(Predicate<Finding> which) {
        return reports.stream().flatMap(r -> r.findings().stream()).filter(which).map(f -> f.format(folder));
    }
}
