package org.issuepress.load;

import org.issuepress.diag.SourcePos;

/** A file name written in the issue data, with where it was written (for "not found" messages). */
public record Ref(String path, SourcePos pos) {
}
