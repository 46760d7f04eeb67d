package org.issuepress.model;

import org.issuepress.diag.SourcePos;

/** A sub-head; level 1 is the highest (一、 or ▶), 3 the lowest. */
public record Heading(int level, RichText text, SourcePos pos) implements Block {
}
