package org.issuepress.compose.page;

/** A clickable area linking to an anchor (a contents entry to its article's first page). */
public record LinkFrame(Box box, String target) implements Frame {
}
