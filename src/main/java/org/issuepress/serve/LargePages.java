package org.issuepress.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.render.PdfRenderer;

/**
 * Pages drawn large for the page viewer, when the editor opens or zooms one: at the resolution
 * the viewer shows them (up to {@link #MAX_DPI}), so that 一, · and the dot of a full stop can
 * be told apart at 400 %. Resolutions come in steps, so zooming back and forth draws nothing
 * again; only the last few images are kept.
 */
final class LargePages {
    static final float DPI = 144;
    /** A whole page at 600 dpi is about 3,500 × 5,000 pixels: sharper than any screen shows it. */
    static final int MAX_DPI = 600;
    private static final int STEP = 48;
    private static final int KEEP = 8;
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


    /**
     * The image of the page with fingerprint {@code key} at least {@code pixels} wide (0: at
     * {@link #DPI}), or null when no page of the issue has it.
     */
    synchronized byte[] get(String key, int pixels) {
        Source s = source;
        int page = s == null ? -1 : s.keys().indexOf(key);
        if (page < 0) {
            return null;
        }
        int dpi = dpi(pixels, s.plan().metrics().trimWidth());
        String name = key + "@" + dpi;
        byte[] png = drawn.get(name);
        if (png != null) {
            return png;
        }
        byte[] pdf = s.renderer().render(s.plan(), List.of(page));
        Raster.pages(pdf, s.plan().metrics().bleed(), dpi, (k, image) -> drawn.put(name, image));
        return drawn.get(name);
    }

    /** The resolution, in steps, that draws a page {@code widthPoints} wide at least {@code pixels} wide. */
    static int dpi(int pixels, double widthPoints) {
        if (pixels <= 0) {
            return (int) DPI;
        }
        int wanted = (int) Math.ceil(pixels * 72.0 / widthPoints);
        int stepped = (wanted + STEP - 1) / STEP * STEP;
        return Math.max((int) DPI, Math.min(MAX_DPI, stepped));
    }
}
