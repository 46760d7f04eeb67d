package org.issuepress.diag;

/**
 * A place in an editor's file: path as the editor knows it (relative to the issue folder's
 * parent where possible), 1-based line and column. Line 0 means "the file as a whole".
 */
public record SourcePos(String file, int line, int col) {

    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
    }

    public SourcePos withLine(int newLine, int newCol) {
        return new SourcePos(file, newLine, newCol);
    }

    /** The same file, {@code lines} further down (front matter and body offsets). */
    public SourcePos shift(int lines) {
        return new SourcePos(file, line + lines, col);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + Math.max(col, 1);
    }
}
