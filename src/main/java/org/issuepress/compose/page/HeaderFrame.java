package org.issuepress.compose.page;

import org.issuepress.model.Article;

/** The header of an article on its first page, spanning the columns; drawn by the templates. */
public record HeaderFrame(Box box, Article article, String sectionTitle, String partTitle) implements Frame {
}
