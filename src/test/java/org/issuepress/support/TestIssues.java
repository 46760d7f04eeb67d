package org.issuepress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small test issues: the minimal valid issue, optionally with a broken case's files laid over it. */
public final class TestIssues {
    public static final Path RESOURCES = TestFonts.ROOT.resolve("src/test/resources");

    private TestIssues() {
    }

    /** A fresh copy of the minimal issue with the files of {@code broken/<name>} over it. */
    public static Path minimalWith(String brokenCase) {
        try {
            Path dir = Files.createTempDirectory("issue-");
            copy(RESOURCES.resolve("issues/minimal"), dir);
            if (brokenCase != null) {
                copy(RESOURCES.resolve("broken").resolve(brokenCase), dir);
                Files.deleteIfExists(dir.resolve("expect"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of an issue folder, to change in a test. */
    public static Path copyOf(Path issue) {
        try {
            return copyOf(issue, Files.createTempDirectory("issue-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of an issue folder in {@code dir}, an empty folder. */
    public static Path copyOf(Path issue, Path dir) {
        try {
            copy(issue, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
