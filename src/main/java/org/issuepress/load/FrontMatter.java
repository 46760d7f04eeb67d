package org.issuepress.load;

import org.issuepress.diag.SourcePos;
import org.issuepress.model.ArticleKind;

/** The YAML between the two '---' lines at the top of an article file. */
@Doc("An article's head")
public record FrontMatter(
        @Required @Doc("the title as printed") String title,
        @Doc("the line under the title, e.g. ——巩义市脱贫攻坚工作纪实") String subtitle,
        @Required @Doc("policy, survey, district, department, case, profile or timeline") ArticleKind kind,
        @Doc("the contents entry when it differs from the title") String contentsTitle,
        @Doc("a shorter title for the running head") String runningHead,
        SourcePos pos) {
}
