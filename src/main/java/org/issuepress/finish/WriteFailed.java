package org.issuepress.finish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file of the output could not be written: which one (its final name, never the hidden
 * folder or temporary name it was being written under) and why, in words a person acts on.
 */
public final class WriteFailed extends IOException {
    /** The causes we can name; {@code OTHER} shows the system's own words. */
    public enum Reason {
        DISK_FULL, DENIED, READ_ONLY, NOT_A_FOLDER, OTHER;

        /** The catalogue key of its words. */
        public String key() {
            return "write-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final transient Path file;
    private final Reason reason;
    private final String detail;

    public WriteFailed(Path file, IOException cause) {
        super(file + ": " + detail(cause), cause);
        this.file = file;
        this.reason = reason(cause);
        this.detail = detail(cause);
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The system's description of the cause, for {@link Reason#OTHER}. */
    public String detail() {
        return detail;
    }

    private static Reason reason(IOException e) {
        String text = detail(e).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")) {
            return Reason.DISK_FULL;
        }
        if (text.contains("read-only file system")) {
            return Reason.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return Reason.DENIED;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || text.contains("not a directory") || text.contains("file exists")) {
            return Reason.NOT_A_FOLDER;
        }
        return Reason.OTHER;
    }

    private static String detail(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "?" : e.getMessage();
    }
}
