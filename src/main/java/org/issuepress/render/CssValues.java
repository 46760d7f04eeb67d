package org.issuepress.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.issuepress.compose.Grid;
import org.issuepress.design.Design;

/** The page geometry the style sheet needs, as CSS lengths computed from the design. */
final class CssValues {
    private CssValues() {
    }

    static Map<String, String> of(Grid grid, PageMetrics m) {
        Design d = grid.design();
        double b = m.bleed();
        double mm = Design.PT_PER_MM;
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "mediaWidth", m.mediaWidth());
        put(v, "mediaHeight", m.mediaHeight());
        put(v, "blockWidth", grid.blockWidth());
        put(v, "blockTop", b + grid.blockTop());
        put(v, "blockLeftRecto", b + grid.blockLeft(true));
        put(v, "blockLeftVerso", b + grid.blockLeft(false));
        put(v, "headTop", b + d.page().headBaseline() * mm - 8);
        put(v, "folioTop", b + grid.trimHeight() - d.page().folioBaseline() * mm - 9.5);
        put(v, "folioLeftRecto", b + grid.blockLeft(true) + grid.blockWidth() - 40);
        put(v, "coverLeft", b + 18 * mm);
        put(v, "coverRight", b + 18 * mm);
        put(v, "openerLeft", b + 25 * mm);
        put(v, "openerRight", b + 25 * mm + 262);
        put(v, "forewordTop", b + grid.blockTop() + 10);
        put(v, "mastLeft", b + 30 * mm);
        put(v, "mastTop", b + 30 * mm);
        put(v, "mastCoverTop", b + 62 * mm);
        put(v, "mastBodyTop", b + 82 * mm);
        return v;
    }

    private static void put(Map<String, String> v, String key, double pt) {
        v.put(key, String.format(Locale.ROOT, "%.3fpt", pt));
    }
}
