package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher reports changes anywhere below its folders, folders made after it started too.
 * (It waits for reports, but nothing here is timed: the generous wait only keeps a broken
 * watcher from hanging the build, and a burst of changes may come in one report or several.)
 */
class FolderWatcherTest {
    private static final long PATIENCE_SECONDS = 20;

    @TempDir
    Path root;

    final BlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();

    /** What the reports name until they have named all of {@code expected}. */
    Set<Path> until(Set<Path> expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        while (!seen.containsAll(expected)) {
            Set<Path> r = reports.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertNotNull(r, "no report of " + expected + "; so far " + seen);
            seen.addAll(r);
        }
        return seen;
    }

    @Test
    void changesBelowTheFolderAreReportedAndNewFoldersAreWatched() throws Exception {
        Files.createDirectories(root.resolve("articles"));
        try (FolderWatcher w = new FolderWatcher(List.of(root), p -> p.getFileName().toString().endsWith(".swp"), reports::add)) {
            Path a = root.resolve("articles/a.txt");
            Path b = root.resolve("articles/b.txt");
            Files.writeString(a, "1");
            Files.writeString(b, "2");
            Files.writeString(root.resolve("articles/.a.txt.swp"), "ignored");
            Path last = root.resolve("articles/c.txt");
            Files.writeString(last, "3"); // written after the ignored file: once it is reported, that one would have been
            assertEquals(Set.of(a, b, last), until(Set.of(a, b, last)), "the files, without the ignored one");

            Path images = root.resolve("images");
            Files.createDirectories(images);
            until(Set.of(images));
            Path photo = images.resolve("photo.jpg");
            Files.writeString(photo, "x");
            assertEquals(Set.of(photo), until(Set.of(photo)), "a change in a folder made after the watcher started");
        }
    }
}
