package org.issuepress.diag;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files replaced whole or not at all: another process (a second serve, the next build, the
 * JVM mapping a class archive) may read the file at the same moment, and an interrupted write
 * must not leave half a file under the real name. Here with the diagnostics because every
 * stage that writes files depends on this package already.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** {@code bytes} written to a temporary file in the target's folder (made if missing), then moved over the target. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** {@code from} moved over {@code to} at once; a plain replace where the file system cannot move atomically. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
