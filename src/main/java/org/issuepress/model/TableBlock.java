package org.issuepress.model;

import org.issuepress.diag.SourcePos;

public record TableBlock(Table table, SourcePos pos) implements Block {
}
