package org.issuepress.diag;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in an editor's file: path as the editor knows it (relative to the issue folder's
 * parent where possible), 1-based line and column. Line 0 means "the file as a whole".
 * Files we hand on (the PDFs, the preflight report) name the place {@link #inIssue inside the
 * issue folder} instead: the same issue gives the same bytes from any folder, and the print
 * shop does not learn where the editor keeps it.
 */
public record SourcePos(String file, int line, int col) {
    private static final Pattern WRITTEN = Pattern.compile("(.+):(\\d{1,9}):(\\d{1,9})");

    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
    }

    /** The place {@link #toString} wrote (as a PDF mark carries it). */
    public static SourcePos parse(String written) {
        Matcher m = WRITTEN.matcher(written);
        return m.matches() ? new SourcePos(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : file(written);
    }

    /** How messages name a file: relative to the working directory when it is inside it, else absolute. */
    public static String displayName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    public SourcePos withLine(int newLine, int newCol) {
        return new SourcePos(file, newLine, newCol);
    }

    /** The same file, {@code lines} further down (front matter and body offsets). */
    public SourcePos shift(int lines) {
        return new SourcePos(file, line + lines, col);
    }

    /**
     * The same place named relative to the issue folder with '/' between names, on every
     * system ({@code articles/012-zhengzhou.txt:5:1}); a file not inside the folder keeps its name.
     */
    public SourcePos inIssue(Path folder) {
        try {
            Path root = folder.toAbsolutePath().normalize();
            Path abs = Path.of(file).toAbsolutePath().normalize(); // named as displayName names it
            if (abs.equals(root) || !abs.startsWith(root)) {
                return this;
            }
            return new SourcePos(root.relativize(abs).toString().replace(File.separatorChar, '/'), line, col);
        } catch (InvalidPathException e) {
            return this;
        }
    }

    /** Undoes {@link #inIssue}: a place named inside the issue folder, named as messages name files. */
    public SourcePos fromIssue(Path folder) {
        try {
            return Path.of(file).isAbsolute() ? this : new SourcePos(displayName(folder.resolve(file)), line, col);
        } catch (InvalidPathException e) {
            return this;
        }
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + Math.max(col, 1);
    }
}
