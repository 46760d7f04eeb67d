package org.issuepress.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.render.PdfRenderer;

/**
 * Pages drawn large for the page viewer, when the editor opens one: sharp enough to read the
 * text, which the thumbnails need not be (they stay small so an edit is redrawn quickly). Only
 * the last few are kept.
 */
final class LargePages {
    static final float DPI = 144;
    private static final int KEEP = 12;
    private final Map<String, byte[]> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEEP;
        }
    };
    private volatile Source source;

    /** What the pages of the last good build are rendered from; {@code keys} are their fingerprints. */
    record Source(PdfRenderer renderer, PdfRenderer.Plan plan, List<String> keys) {
    }

    void source(Source s) {
        source = s;
    }

    /** The large image of the page with fingerprint {@code key}, or null when no page of the issue has it. */
    synchronized byte[] get(String key) {
        byte[] png = drawn.get(key);
        Source s = source;
        int page = s == null ? -1 : s.keys().indexOf(key);
        if (png != null || page < 0) {
            return png;
        }
        byte[] pdf = s.renderer().render(s.plan(), List.of(page));
        Raster.pages(pdf, s.plan().metrics().bleed(), DPI, (k, image) -> drawn.put(key, image));
        return drawn.get(key);
    }
}
