package org.issuepress.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.diag.AtomicFiles;

/**
 * What one {@code serve} of an issue leaves for the next, in {@code output/.cache/<issue>/preview-<code>/}:
 * the page images (by fingerprint), the page list as last shown, and the page last looked at.
 * Named after the program's own build, so a new version of issue-press draws afresh.
 */
final class PreviewCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    /** What the page showed when the last serve stopped: shown at once by the next, while it checks. */
    record Shown(String title, List<PreviewState.PageEntry> pages) {
        Shown {
            pages = List.copyOf(pages);
        }
    }

    PreviewCache(Path outRoot, Path issueDir) {
        String name = issueDir.toAbsolutePath().normalize().getFileName().toString();
        this.dir = outRoot.resolve(".cache").resolve(name).resolve("preview-" + codeStamp());
        removeOthers();
    }

    /** Images drawn by other versions of the program are of no use to this one. */
    private void removeOthers() {
        try (var siblings = Files.list(dir.getParent())) {
            for (Path old : siblings.filter(p -> p.getFileName().toString().startsWith("preview-") && !p.equals(dir)).toList()) {
                try (var files = Files.walk(old)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            // none yet, or in use: tried again next time
        }
    }

    Path images() {
        return dir.resolve("pages");
    }

    /** The page last looked at, or 0. */
    int viewed() {
        try {
            return Integer.parseInt(Files.readString(dir.resolve("viewed")).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    void viewed(int page) {
        write("viewed", Integer.toString(page).getBytes(StandardCharsets.US_ASCII));
    }

    /** The pages as last shown, or null. */
    Shown shown() {
        try {
            return JSON.readValue(dir.resolve("shown.json").toFile(), Shown.class);
        } catch (IOException | RuntimeException e) {
            return null; // none yet, or from another version: composed afresh
        }
    }

    void shown(Shown s) {
        try {
            write("shown.json", JSON.writeValueAsBytes(s));
        } catch (IOException e) {
            // a cache only
        }
    }

    private void write(String name, byte[] bytes) {
        try {
            AtomicFiles.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            // a cache only: next time starts from the first page
        }
    }

    /** When the code was built: the jar's (or the classes folder's) time. */
    private static String codeStamp() {
        try {
            Path code = Path.of(PreviewCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Long.toHexString(Files.getLastModifiedTime(code).toMillis());
        } catch (Exception e) {
            return "0";
        }
    }
}
