package org.issuepress.press;

import org.issuepress.design.Design;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.Issue;

/** What the load stage hands on: the design, its fonts parsed, and the issue read and checked. */
public record Loaded(Design design, FontSet fonts, Issue issue) {
}
