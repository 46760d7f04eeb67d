package org.issuepress.press;

import org.issuepress.design.Design;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.Issue;
import org.issuepress.proof.ProofReport;

/** What the load stage hands on: the design, its fonts parsed, the issue read and checked, and what proofreading counted. */
public record Loaded(Design design, FontSet fonts, Issue issue, ProofReport proof) {
}
