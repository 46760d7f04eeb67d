package org.issuepress.model;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * One article: its head as printed, its kind and its body blocks. {@code id} is unique in the
 * issue (the file name without extension) and names the article's anchor in the PDF.
 */
public record Article(String id, String title, String subtitle, String contentsTitle,
                      String runningHead, ArticleKind kind, List<Block> blocks, SourcePos pos) {

    public Article {
        blocks = List.copyOf(blocks);
    }

    /** The text of the contents entry: the editor's override or title and subtitle. */
    public String contentsEntry() {
        return contentsTitle != null ? contentsTitle : title;
    }

    public String runningHeadText() {
        return runningHead != null ? runningHead : title;
    }
}
