package org.issuepress.model;

import org.issuepress.diag.SourcePos;

/**
 * A list item. In a timeline the item's leading date (2016年3月21日) is split off into
 * {@code date} so the design can set it apart; elsewhere {@code date} is null.
 */
public record ListItem(String date, RichText text, SourcePos pos) implements Block {
}
