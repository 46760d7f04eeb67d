package org.issuepress.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium for browser tests, driven through the DevTools protocol. It gets a
 * fresh profile and a debugging port of its own choosing, and is killed with every process it
 * started when closed (or when the test JVM exits first).
 */
public final class Chromium implements AutoCloseable {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser");
    private static final long START_PATIENCE_MILLIS = 60_000;
    private static final long QUIT_PATIENCE_SECONDS = 5;
    private final Process process;
    private final Path profile;
    private final Thread killer;

    private Chromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
        this.killer = new Thread(this::kill, "kill-chromium");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** The browser on the PATH, if there is one. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser showing {@code url}. */
    public static Chromium open(Path binary, URI url) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,900", url.toString())
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        return new Chromium(p, profile);
    }

    /** The DevTools connection to the page the browser opened. */
    public DevTools page() throws IOException, InterruptedException {
        return DevTools.connectToPage(port());
    }

    /** The debugging port, from the file Chromium writes into its profile once it listens. */
    private int port() throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.currentTimeMillis() + START_PATIENCE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("chromium exited with " + process.exitValue() + ": " + log());
            }
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium did not open its debugging port: " + log());
    }

    public String log() {
        try {
            return Files.readString(profile.resolve("chromium.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /**
     * Asks the browser to quit, so it ends its own helper processes and collects them, then kills
     * whatever is left: the helpers are listed first, as a dead browser's children are nobody's.
     */
    private void kill() {
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            process.waitFor(QUIT_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
