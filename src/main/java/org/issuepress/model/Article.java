package org.issuepress.model;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * One article: its head as printed, its kind and its body blocks. {@code id} is unique in the
 * issue (the file name without extension) and names the article's anchor in the PDF.
 */
public record Article(String id, String title, String subtitle, String contentsTitle,
                      String runningHead, ArticleKind kind, List<Block> blocks, SourcePos pos, PagePlan plan) {

    public Article {
        blocks = List.copyOf(blocks);
        plan = plan == null ? PagePlan.NONE : plan;
    }

    /** The article as loaded from its file, before issue.yaml gives it a page plan. */
    public Article(String id, String title, String subtitle, String contentsTitle,
                   String runningHead, ArticleKind kind, List<Block> blocks, SourcePos pos) {
        this(id, title, subtitle, contentsTitle, runningHead, kind, blocks, pos, PagePlan.NONE);
    }

    public Article withPlan(PagePlan p) {
        return new Article(id, title, subtitle, contentsTitle, runningHead, kind, blocks, pos, p);
    }

    /** The text of the contents entry: the editor's override or title and subtitle. */
    public String contentsEntry() {
        return contentsTitle != null ? contentsTitle : title;
    }

    public String runningHeadText() {
        return runningHead != null ? runningHead : title;
    }
}
