package org.issuepress.model;

import org.issuepress.diag.SourcePos;

/**
 * What the editor planned for an article (版面计划): how many pages it fills and the folio it
 * starts on; either may be null (not planned). {@code pos} is the plan's place in issue.yaml.
 */
public record PagePlan(Integer pages, Integer start, SourcePos pos) {
    public static final PagePlan NONE = new PagePlan(null, null, null);

    public boolean planned() {
        return pages != null || start != null;
    }
}
