package org.issuepress.compose.page;

import java.util.List;
import org.issuepress.model.Article;

/**
 * The header of an article on its first page, spanning the columns; drawn by the templates,
 * with the title's and subtitle's lines as the composer broke them (display breaks).
 */
public record HeaderFrame(Box box, Article article, String sectionTitle, String partTitle,
                          List<String> titleLines, List<String> subtitleLines) implements Frame {
    public HeaderFrame {
        titleLines = List.copyOf(titleLines);
        subtitleLines = List.copyOf(subtitleLines);
    }
}
