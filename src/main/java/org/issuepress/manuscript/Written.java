package org.issuepress.manuscript;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** Why a file of the issue folder could not be written, in the system's own short words ("No space left on device"). */
final class Written {
    private Written() {
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
