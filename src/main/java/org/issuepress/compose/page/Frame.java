package org.issuepress.compose.page;

/**
 * Something placed on a page at a fixed box: composed text (with its rules and shapes), a
 * chart, a photo, or an article header the templates render. The renderer turns each frame
 * into one positioned element; frames are painted in list order, which is reading order.
 */
public sealed interface Frame permits TextFrame, HeaderFrame, ChartFrame, ImageFrame, LinkFrame {
    Box box();
}
