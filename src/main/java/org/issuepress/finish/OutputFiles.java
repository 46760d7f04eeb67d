package org.issuepress.finish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a build's files as one set: the print shop must never get a new print edition with
 * the old cover. Everything is written into a hidden folder {@code output/.<id>.new-<pid>-<n>}
 * beside the editions, then swapped in by two renames (the old folder aside, the new one in
 * its place), and the old set deleted. A process killed at any moment leaves the old set or
 * the new set whole: before the first rename the old folder is untouched, between the two the
 * old set is whole under {@code .<id>.old-…} and the next build puts it back before it starts.
 * The next build also removes what an interrupted one left (half-written folders, and the
 * {@code .part} files of earlier versions). The folder records which issue folder it was
 * built from ({@value #SOURCE_FILE}), so a build of another folder with the same {@code id}
 * is told instead of silently replacing it. The sets handed to the print shop, in
 * {@value #KEPT}/, are not the build's: they go with the folder from the old set to the new
 * (one rename), and an interrupted build gives them back to the folder before anything else.
 */
public final class OutputFiles {
    /** Holds the absolute path of the issue folder the editions were built from. */
    public static final String SOURCE_FILE = ".built-from";
    /** The handoff's frozen sets inside the output folder, carried from build to build. */
    public static final String KEPT = "handoff";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(new|old)-(\\d+)-\\d+");

    /** Where a build stands while it writes; tests stop or copy the folder at each point. */
    public enum Step { WRITING, FILE_WRITTEN, SET_WRITTEN, OLD_MOVED_ASIDE, NEW_IN_PLACE }

    /** Called at each {@link Step}; tests use it to see what a kill at that moment would leave. */
    @FunctionalInterface
    public interface Hook {
        Hook NONE = (step, name) -> { };

        void at(Step step, String name) throws IOException;
    }

    private final Path root;
    private final String id;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private Hook hook = Hook.NONE;

    /** The editions of issue {@code id} in {@code root/id/}; {@code id} is a checked folder name. */
    public OutputFiles(Path root, String id) {
        this.root = root;
        this.id = id;
    }

    public Path dir() {
        return root.resolve(id);
    }

    public OutputFiles hook(Hook h) {
        this.hook = h;
        return this;
    }

    public void put(String name, byte[] content) {
        files.put(name, content);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    /** The issue folder the editions in {@code root/id/} were built from, when they say. */
    public static Optional<String> builtFrom(Path root, String id) {
        Path f = root.resolve(id).resolve(SOURCE_FILE);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How {@value #SOURCE_FILE} names an issue folder: its real path, the same however it was reached. */
    public static String sourceName(Path issueDir) {
        Path abs = issueDir.toAbsolutePath().normalize();
        try {
            return abs.toRealPath().toString();
        } catch (IOException e) {
            return abs.toString();
        }
    }

    /**
     * Writes all files into a new folder and swaps it in for the old one.
     *
     * @param source the issue folder, recorded in the new set
     * @return the final paths of the files
     * @throws WriteFailed naming the file that could not be written (its final name) and why
     */
    public Map<String, Path> commit(Path source) throws IOException {
        Path dir = dir();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new WriteFailed(root, e);
        }
        recover();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WriteFailed(dir, new java.nio.file.NotDirectoryException(dir.toString()));
        }
        String tag = ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet();
        Path fresh = root.resolve("." + id + ".new-" + tag);
        Path aside = root.resolve("." + id + ".old-" + tag);
        boolean swapped = false;
        try {
            try {
                Files.createDirectory(fresh);
            } catch (IOException e) {
                throw new WriteFailed(dir, e);
            }
            Map<String, Path> done = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                write(fresh.resolve(e.getKey()), e.getValue(), dir.resolve(e.getKey()));
                done.put(e.getKey(), dir.resolve(e.getKey()));
                hook.at(Step.FILE_WRITTEN, e.getKey());
            }
            write(fresh.resolve(SOURCE_FILE), (sourceName(source) + "\n").getBytes(StandardCharsets.UTF_8),
                    dir.resolve(SOURCE_FILE));
            hook.at(Step.SET_WRITTEN, null);
            if (Files.isDirectory(dir.resolve(KEPT))) {
                move(dir.resolve(KEPT), fresh.resolve(KEPT), dir.resolve(KEPT));
            }
            boolean hadOld = Files.exists(dir);
            if (hadOld) {
                move(dir, aside, dir);
                hook.at(Step.OLD_MOVED_ASIDE, null);
            }
            move(fresh, dir, dir);
            swapped = true;
            hook.at(Step.NEW_IN_PLACE, null);
            if (hadOld) {
                deleteTree(aside);
            }
            return done;
        } finally {
            if (!swapped) {
                if (!Files.exists(dir) && Files.exists(aside)) {
                    move(aside, dir, dir); // the swap failed half-way: the old set goes back
                }
                giveBackKept(fresh);
                deleteTree(fresh);
            }
        }
    }

    /**
     * What an interrupted build of this id left: the old set put back if it was moved aside and
     * never replaced, then every half-made folder and stray temporary file removed. Folders of
     * a build still running in another process are left alone.
     */
    private void recover() throws IOException {
        Path dir = dir();
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(root)) {
            leftovers = s.filter(p -> ours(p.getFileName().toString())).sorted().toList();
        }
        for (Path p : leftovers) {
            if (p.getFileName().toString().contains(".old-") && !Files.exists(dir)) {
                move(p, dir, dir);
            }
        }
        for (Path p : leftovers) {
            giveBackKept(p);
            deleteTree(p);
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The handoff sets a half-done build took with it, back in the output folder (never deleted with the leftover). */
    private void giveBackKept(Path leftover) throws IOException {
        Path kept = leftover.resolve(KEPT);
        if (Files.isDirectory(kept) && !Files.exists(dir().resolve(KEPT))) {
            Files.createDirectories(dir());
            move(kept, dir().resolve(KEPT), dir().resolve(KEPT));
        }
    }

    /** A folder this id's builds make, left by a process that is no longer running. */
    private boolean ours(String name) {
        Matcher m = LEFTOVER.matcher(name);
        if (!m.matches() || !m.group(1).equals(id)) {
            return false;
        }
        long pid = Long.parseLong(m.group(3));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private void write(Path file, byte[] content, Path shownAs) throws WriteFailed {
        try {
            hook.at(Step.WRITING, shownAs.getFileName().toString());
            Files.createDirectories(file.getParent()); // an edition of many files (wechat/) has its folder
            Files.write(file, content);
            readableByAll(file);
        } catch (IOException e) {
            throw new WriteFailed(shownAs, e);
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

    private static void move(Path from, Path to, Path shownAs) throws WriteFailed {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new WriteFailed(shownAs, e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(f);
                } catch (NoSuchFileException e) {
                    // gone already
                }
            }
        }
    }
}
