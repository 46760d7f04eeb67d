package org.issuepress.serve;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The pages' images, by the fingerprint of what is on the page: a page whose fingerprint did
 * not change is not drawn again. At 60 dpi a page shows its layout and headings on a screen.
 */
final class PageImages {
    static final float DPI = 60;
    private final Map<String, byte[]> png = new ConcurrentHashMap<>();

    boolean has(String key) {
        return png.containsKey(key);
    }

    /** The PNG for a fingerprint, or null. */
    byte[] get(String key) {
        return png.get(key);
    }

    /**
     * Draws every page of a rendered PDF; page {@code k} is stored under {@code keys.get(k)}.
     * {@code drawn} hears the count done after each page.
     */
    void draw(byte[] pdf, List<String> keys, double bleed, IntConsumer drawn) {
        Raster.pages(pdf, bleed, DPI, (k, image) -> {
            png.put(keys.get(k), image);
            drawn.accept(k + 1);
        });
    }

    /** Forgets the images of pages no longer in the issue, so editing all day does not fill the memory. */
    void keepOnly(Collection<String> keys) {
        png.keySet().retainAll(keys);
    }
}
