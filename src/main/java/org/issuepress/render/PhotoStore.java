package org.issuepress.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.issuepress.diag.AtomicFiles;

/**
 * Prepared photos kept on disk between builds (output/.cache/&lt;issue&gt;/photos), so a new
 * process does not decode, scale and separate every camera photo again: one file per photo,
 * named by a hash of the photo's bytes, its box and the recipe. What a build no longer uses is
 * removed by {@link #keepOnlyUsed}. A damaged or missing entry is simply made again.
 */
public final class PhotoStore {
    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public PhotoStore(Path dir) {
        this.dir = dir;
    }

    void markUsed(String key) {
        used.add(key);
    }

    byte[] get(String key) {
        try {
            return Files.readAllBytes(dir.resolve(key));
        } catch (IOException e) {
            return null;
        }
    }

    void put(String key, byte[] value) {
        try {
            AtomicFiles.write(dir.resolve(key), value);
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }

    /** Removes the entries this build did not use (photos replaced or taken out). */
    public void keepOnlyUsed() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!used.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // as above
        }
    }
}
