package org.issuepress.model;

import java.util.List;
import org.issuepress.diag.SourcePos;

/** A display quote (引语), one printed line per entry. */
public record PullQuote(List<String> lines, SourcePos pos) implements Block {
    public PullQuote {
        lines = List.copyOf(lines);
    }
}
