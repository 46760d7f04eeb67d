package org.issuepress.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and reports the files that changed once things
 * have been quiet for a moment: saving a file is often several events (an editor writes a
 * temporary file and renames it), and they should make one rebuild, not several.
 */
final class FolderWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 60;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Predicate<Path> ignored;
    private final Consumer<Set<Path>> changed;
    private final Thread thread;

    /**
     * @param roots   the folders to watch, with all their subfolders (new ones too)
     * @param ignored paths whose changes do not count (and folders not to watch)
     * @param changed hears the changed paths after each quiet moment, on the watcher's thread
     */
    FolderWatcher(List<Path> roots, Predicate<Path> ignored, Consumer<Set<Path>> changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.changed = changed;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = Daemons.named("folder-watcher").newThread(this::run);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
                if (!ignored.test(dir)) {
                    dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE), dir);
                }
            }
        }
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (true) {
                // block until something happens; then collect until QUIET_MILLIS pass without an event
                WatchKey key = pending.isEmpty() ? service.take() : service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    changed.accept(Set.copyOf(pending));
                    pending.clear();
                    continue;
                }
                collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<Path> pending) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                pending.add(dir == null ? Path.of(".") : dir); // events were lost: something changed in there
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (ignored.test(path)) {
                continue;
            }
            pending.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path); // a new folder (images/ added): watch it and what was copied in with it
                } catch (IOException e) {
                    // gone again already; its parent's events still trigger the rebuild
                }
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
