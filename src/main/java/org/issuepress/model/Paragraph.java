package org.issuepress.model;

import org.issuepress.diag.SourcePos;

public record Paragraph(RichText text, SourcePos pos) implements Block {
}
