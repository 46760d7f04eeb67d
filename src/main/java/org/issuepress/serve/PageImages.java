package org.issuepress.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.issuepress.diag.AtomicFiles;

/**
 * The pages' images, by the fingerprint of what is on the page: a page whose fingerprint did
 * not change is not drawn again. At 60 dpi a page shows its layout and headings on a screen.
 * With a folder, the images are also kept on disk, so the next {@code serve} of the issue draws
 * only the pages that changed since (and shows the first ones before it has composed).
 */
final class PageImages {
    static final float DPI = 60;
    private final Map<String, byte[]> png = new ConcurrentHashMap<>();
    private final Path dir;

    /** Only in memory (tests). */
    PageImages() {
        this(null);
    }

    /** @param dir where the images are kept between runs, or null */
    PageImages(Path dir) {
        this.dir = dir;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** The PNG for a fingerprint, or null. */
    byte[] get(String key) {
        byte[] image = png.get(key);
        if (image == null && dir != null) {
            try {
                image = Files.readAllBytes(file(key));
                png.put(key, image);
            } catch (IOException e) {
                return null; // not drawn yet, or damaged: drawn again
            }
        }
        return image;
    }

    /**
     * Draws every page of a rendered PDF; page {@code k} is stored under {@code keys.get(k)}.
     * {@code drawn} hears the count done after each page.
     */
    void draw(byte[] pdf, List<String> keys, double bleed, IntConsumer drawn) {
        Raster.pages(pdf, bleed, DPI, (k, image) -> {
            png.put(keys.get(k), image);
            store(keys.get(k), image);
            drawn.accept(k + 1);
        });
    }

    /** Forgets the images of pages no longer in the issue, so editing all day does not fill the memory or the disk. */
    void keepOnly(Collection<String> keys) {
        png.keySet().retainAll(keys);
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Set<String> kept = new HashSet<>();
        keys.forEach(k -> kept.add(k + ".png"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!kept.contains(f.getFileName().toString()) && f.getFileName().toString().endsWith(".png")) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // a cache: what is not removed now is removed next time
        }
    }

    private void store(String key, byte[] image) {
        if (dir == null) {
            return;
        }
        try {
            // whole or not at all: another serve of the issue may read it at the same moment
            AtomicFiles.write(file(key), image);
        } catch (IOException e) {
            // a cache: the image is in memory, and is drawn again next time
        }
    }

    private Path file(String key) {
        return dir.resolve(key + ".png");
    }
}
