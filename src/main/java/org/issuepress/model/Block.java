package org.issuepress.model;

import org.issuepress.diag.SourcePos;

/** One block of an article body, in reading order; each knows the line it came from. */
public sealed interface Block permits Heading, Paragraph, ListItem, PullQuote, Figure, TableBlock, ChartBlock {
    SourcePos pos();
}
