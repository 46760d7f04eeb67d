package org.issuepress.press;

import java.nio.file.Path;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.finish.OutputFiles;
import org.issuepress.load.FolderName;
import org.issuepress.load.IssueFolder;
import org.issuepress.model.Issue;

/**
 * Copying an issue folder and forgetting to change its id would replace the other issue's
 * editions: the output folder says which issue folder it was built from, and another folder
 * with the same id is told instead of silently taking its place.
 */
public final class OutputOwner {
    private OutputOwner() {
    }

    public static void check(Issue issue, Path outRoot, Diagnostics d) {
        String id = issue.info().id();
        if (id == null || FolderName.problem(id).isPresent()) {
            return;
        }
        String here = OutputFiles.sourceName(issue.dir());
        String typed = issue.dir().toAbsolutePath().normalize().toString(); // as the first builds recorded it
        OutputFiles.builtFrom(outRoot, id).filter(other -> !other.equals(here) && !other.equals(typed))
                .ifPresent(other -> d.report(Severity.ERROR, "output-other-issue", issue.info().idPos(),
                        IssueFolder.displayName(outRoot.resolve(id)), shown(other), id));
    }

    private static String shown(String folder) {
        try {
            return IssueFolder.displayName(Path.of(folder));
        } catch (RuntimeException e) {
            return folder; // not a path on this system: as recorded
        }
    }
}
