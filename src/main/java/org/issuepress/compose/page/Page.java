package org.issuepress.compose.page;

import java.util.List;

/**
 * One page of the issue as composed: its kind, its folio (0 for covers), which side of the
 * spread it is on, the running head, the anchors links point to, and its frames.
 *
 * @param sectionId  the section the page belongs to, or null
 * @param articleIds the articles on the page, in reading order: more than one where an article runs on under another
 * @param runningHead the text of the running head, or null for pages without chrome
 * @param width      the trimmed width in points when it is not the (the spine), else 0
 */
public record Page(int folio, PageKind kind, boolean inside, boolean recto, String sectionId,
                   List<String> articleIds, String runningHead, List<String> anchors, List<Frame> frames, double width) {

    public Page {
        articleIds = List.copyOf(articleIds);
        anchors = List.copyOf(anchors);
        frames = List.copyOf(frames);
    }

    /** A page of the trim width. */
    public Page(int folio, PageKind kind, boolean inside, boolean recto, String sectionId,
                List<String> articleIds, String runningHead, List<String> anchors, List<Frame> frames) {
        this(folio, kind, inside, recto, sectionId, articleIds, runningHead, anchors, frames, 0);
    }

    /** The article the page opens with (continued or starting), or null. */
    public String articleId() {
        return articleIds.isEmpty() ? null : articleIds.get(0);
    }

    /** Whether running head and folio are printed: not on covers, openers and blanks. */
    public boolean hasChrome() {
        return runningHead != null;
    }

    public String folioLabel() {
        return folio > 0 ? Integer.toString(folio) : "";
    }
}
