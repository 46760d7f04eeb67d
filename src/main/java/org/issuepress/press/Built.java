package org.issuepress.press;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.preflight.FileReport;

/** What a build leaves: the composed issue, the files written (name → final path) and each file's preflight report. */
public record Built(ComposedIssue composed, Map<String, Path> files, List<FileReport> preflight) {
}
