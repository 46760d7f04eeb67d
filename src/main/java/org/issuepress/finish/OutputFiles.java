package org.issuepress.finish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a build's files so that a reader never sees half of one: everything is written under
 * temporary names first and moved into place only when all of it is complete. A failed build
 * leaves the previous files as they were.
 */
public final class OutputFiles {
    private final Path dir;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public OutputFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public void put(String name, byte[] content) {
        files.put(name, content);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    /** Writes all files, then moves them into place; returns the final paths. */
    public Map<String, Path> commit() throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + e.getKey() + ".", ".part");
                temps.put(e.getKey(), tmp);
                Files.write(tmp, e.getValue());
                readableByAll(tmp);
            }
            Map<String, Path> done = new LinkedHashMap<>();
            for (Map.Entry<String, Path> e : temps.entrySet()) {
                Path target = dir.resolve(e.getKey());
                move(e.getValue(), target);
                done.put(e.getKey(), target);
            }
            return done;
        } finally {
            for (Path t : temps.values()) {
                Files.deleteIfExists(t);
            }
        }
    }

    /** Temporary files are private to their owner; the finished editions are for everyone to read. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions apply
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
