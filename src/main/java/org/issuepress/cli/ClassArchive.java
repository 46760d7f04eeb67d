package org.issuepress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.issuepress.diag.AtomicFiles;

/**
 * The class-data archive next to the jar ({@code issue-press.jsa}), which must never stop a
 * command: the JVM maps it without checking its length (a truncated one crashes it with
 * SIGBUS) and exits 1 when it cannot write one at exit. So the archive is used only when its
 * stamp ({@code issue-press.jsa.stamp}: the jar's size and time, the archive's size) says it
 * was made whole from this jar and its header looks like one; it is made under a temporary
 * name and moved into place only when the JVM that made it ended well; and it is not made at
 * all where that temporary file cannot be created (a read-only installation).
 */
final class ClassArchive {
    private static final Pattern TEMP = Pattern.compile("issue-press\\.jsa\\.(\\d+)\\.tmp");
    private final Path jar;
    private final Path archive;
    private final Path stamp;

    ClassArchive(Path jar) {
        this.jar = jar;
        this.archive = jar.resolveSibling("issue-press.jsa");
        this.stamp = jar.resolveSibling("issue-press.jsa.stamp");
    }

    Path file() {
        return archive;
    }

    /** Made whole from this very jar. */
    boolean usable() {
        try {
            List<String> s = List.of(Files.readString(stamp, StandardCharsets.US_ASCII).strip().split(" "));
            return s.size() == 3 && s.get(0).equals(jarIdentity()[0]) && s.get(1).equals(jarIdentity()[1])
                    && Long.parseLong(s.get(2)) == Files.size(archive) && looksLikeArchive(archive);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A temporary name for the JVM to write a new archive to at its exit, or empty when none
     * can be created here. Removes what earlier launches that were killed left.
     */
    Optional<Path> startWriting() {
        try {
            removeStaleTemps();
            Path temp = jar.resolveSibling("issue-press.jsa." + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp);
            return Optional.of(temp);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The JVM that wrote {@code temp} ended well: the archive replaces the old one, stamped. */
    void finish(Path temp) {
        try {
            if (Files.size(temp) == 0 || !looksLikeArchive(temp)) {
                Files.deleteIfExists(temp);
                return;
            }
            String[] id = jarIdentity();
            Files.deleteIfExists(stamp); // no moment where the stamp vouches for another file
            AtomicFiles.move(temp, archive);
            AtomicFiles.write(stamp, (id[0] + " " + id[1] + " " + Files.size(archive) + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            discard(temp);
        }
    }

    void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover temporary file is removed by the next launch
        }
    }

    /** The JVM crashed with the archive in use: never trust it again. */
    void forget() {
        try {
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            // unstamped, it is not used again anyway
        }
    }

    private void removeStaleTemps() throws IOException {
        try (Stream<Path> files = Files.list(jar.getParent())) {
            for (Path p : files.toList()) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private String[] jarIdentity() throws IOException {
        return new String[] {Long.toString(Files.size(jar)), Long.toString(Files.getLastModifiedTime(jar).toMillis())};
    }

    /** HotSpot's archive magic (0xf00baba2 static, 0xf00baba8 dynamic) in either byte order, then a version. */
    static boolean looksLikeArchive(Path file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 8) < 8) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        int little = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
        int big = (head[3] & 0xff) | (head[2] & 0xff) << 8 | (head[1] & 0xff) << 16 | (head[0] & 0xff) << 24;
        return (little & 0xfffffff0) == 0xf00baba0 || (big & 0xfffffff0) == 0xf00baba0;
    }
}
