package org.issuepress.proof;

import org.issuepress.diag.SourcePos;

/**
 * One stretch of text as a reader sees it (a paragraph, a heading, a title, a cover line),
 * markup removed, with the column each of its characters has in the editor's file, so a
 * finding names the file, line and column of the very character.
 *
 * @param cols   the 1-based column of each char of {@code text} on {@code line} (null: {@code col} onwards)
 * @param quoteRunsOn the next paragraph opens with “: a quotation running over paragraphs may leave this one open
 */
public record Passage(String text, String file, int line, int col, int[] cols, Place place, boolean quoteRunsOn) {

    public SourcePos at(int index) {
        int c = cols == null || cols.length == 0 ? col + index : cols[Math.min(Math.max(index, 0), cols.length - 1)];
        return new SourcePos(file, line, c);
    }

    public static Passage plain(String text, SourcePos pos, Place place) {
        return new Passage(text, pos.file(), pos.line(), Math.max(pos.col(), 1), null, place, false);
    }
}
