package org.issuepress.preflight;

import java.util.Locale;
import java.util.function.Supplier;
import org.issuepress.diag.Phrase;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.issuepress.design.Design;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * Rules on what a page paints (after print.md): no RGB in print, total ink at most 320 %,
 * small text in pure black, reversed text not too small, rules not too thin, text away from
 * the trim, no transparency, images sharp enough, every glyph present, placeholders listed.
 */
final class PaintRules {
    static final double MAX_INK = 320;
    static final double MIN_TYPE = 6;
    static final double MIN_REVERSED = 7;
    static final double SMALL_TYPE = 12;
    static final double MIN_RULE = 0.1 * Design.PT_PER_MM;
    static final double SAFE = 5 * Design.PT_PER_MM;
    static final double PRINT_PPI = 300;
    static final double LOW_PPI = 150;
    /** The screen versions' target (render/Photos makes them at most 150 ppi): below it a photo blurs when zoomed. */
    static final double SCREEN_PPI = 150;

    private final Expectations expect;
    private final Sink out;
    /** The least of what the rules look at, for the report: measured here, where every run is looked at anyway. */
    Measures.Extreme smallestType = Measures.Extreme.NONE;
    Measures.Extreme thinnestRule = Measures.Extreme.NONE;
    Measures.Extreme lowestPpi = Measures.Extreme.NONE;

    PaintRules(Expectations expect, Sink out) {
        this.expect = expect;
        this.out = out;
    }

    boolean print() {
        return expect.edition() != Expectations.Edition.WEB;
    }

    void check(PageScan p) {
        int n = p.number;
        for (PageScan.Text t : p.texts) {
            if (t.invisible() || !inside(t.x(), t.y(), p.bleed)) {
                continue;
            }
            smallestType = smallestType.least(t.size(), n);
            // described only when a rule finds something: formatting every run costs more than checking it
            Supplier<Object> what = () -> Phrase.of("preflight.object.text", abbreviate(t.text()), fmt(t.size()));
            colour(n, what, t.fill());
            if (t.size() < MIN_TYPE) {
                out.error("type-size", n, what.get());
            }
            if (print() && t.size() < SMALL_TYPE && t.fill().isRichBlack()) {
                out.error("rich-black-text", n, what.get(), t.fill().toString());
            }
            if (print() && t.size() < MIN_REVERSED && t.fill().isWhite()) {
                out.error("reversed-small", n, what.get());
            }
            if (print() && t.size() < MIN_REVERSED && t.fill().inks() > 1) {
                out.warning("small-multi-ink", n, what.get(), String.valueOf(t.fill().inks()));
            }
            if (print() && p.trim != null && !safe(t, p.trim)) {
                out.error("safe-area", n, what.get());
            }
        }
        for (PageScan.Shape s : p.shapes) {
            if (!overlaps(s.box(), p.bleed)) {
                continue; // printer's marks in the slug
            }
            Supplier<Object> what = () -> Phrase.of(s.stroke() ? "preflight.object.rule" : "preflight.object.fill",
                    fmt(s.box().getLowerLeftX()), fmt(s.box().getLowerLeftY()), fmt(s.box().getWidth()), fmt(s.box().getHeight()));
            colour(n, what, s.paint());
            if (s.stroke() && s.lineWidth() > 0 && overlaps(s.box(), p.trim)) {
                thinnestRule = thinnestRule.least(s.lineWidth(), n);
            }
            if (print() && s.stroke() && s.lineWidth() > 0 && s.lineWidth() < MIN_RULE && overlaps(s.box(), p.trim)) {
                out.warning("thin-rule", n, what.get(), String.format(Locale.ROOT, "%.2f", s.lineWidth()));
            }
        }
        for (PageScan.Image im : p.images) {
            Phrase what = Phrase.of("preflight.object.image", String.valueOf(im.widthPx()), String.valueOf(im.heightPx()));
            if (print() && (im.colourSpace().contains("RGB") || im.colourSpace().equals("Lab"))) {
                out.error("rgb.image", n, what);
            }
            long ppi = Math.round(im.ppi()); // as reported: a 299.6 ppi photo is a 300 ppi photo
            lowestPpi = lowestPpi.least(ppi, n);
            if (print() && ppi < LOW_PPI) {
                out.error("image-resolution.low", n, what, String.valueOf(ppi));
            } else if (print() && ppi < PRINT_PPI) {
                out.warning("image-resolution.soft", n, what, String.valueOf(ppi));
            } else if (!print() && ppi < SCREEN_PPI) {
                out.warning("image-resolution.screen", n, what, String.valueOf(ppi), ReportChecks.whole(SCREEN_PPI));
            }
        }
        for (String t : p.transparency) {
            if (print()) {
                out.error("transparency", n, t);
            }
        }
        for (PageScan.MissingGlyph g : p.missing) {
            out.error("missing-glyph", n, Phrase.of("preflight.object.font", g.font()), String.valueOf(g.code()), abbreviate(g.near()));
        }
        for (PageScan.Placeholder ph : p.placeholders) {
            // a photo placeholder placed from issue.yaml is the cover's: its file goes into cover: photo:, not an article
            boolean chart = "chart".equals(ph.what());
            String key = chart ? "placeholder.chart" : ph.source() != null && ph.source().startsWith("issue.yaml:")
                    ? "placeholder.cover-photo" : "placeholder.photo";
            out.add(expect.finalRun() ? Severity.ERROR : Severity.WARNING, key, n,
                    Phrase.of(chart ? "preflight.object.chart" : "preflight.object.photo", ph.caption()),
                    ph.source() == null ? null : SourcePos.parse(ph.source()));
        }
    }

    private void colour(int page, Supplier<Object> what, Paint paint) {
        if (print() && paint.isRgb()) {
            out.error("rgb.colour", page, what.get(), paint.toString());
        }
        if (print() && paint.ink() > MAX_INK) {
            out.error("ink", page, what.get(), String.format(Locale.ROOT, "%.0f", paint.ink()));
        }
    }

    private static boolean inside(float x, float y, PDRectangle r) {
        return r == null || (x >= r.getLowerLeftX() && x <= r.getUpperRightX() && y >= r.getLowerLeftY() && y <= r.getUpperRightY());
    }

    private static boolean overlaps(PDRectangle a, PDRectangle b) {
        return b == null || (a.getUpperRightX() >= b.getLowerLeftX() && a.getLowerLeftX() <= b.getUpperRightX()
                && a.getUpperRightY() >= b.getLowerLeftY() && a.getLowerLeftY() <= b.getUpperRightY());
    }

    /** A text run's origin at least 5 mm inside the trim (its baseline start; the ascent is near). */
    private static boolean safe(PageScan.Text t, PDRectangle trim) {
        return t.x() >= trim.getLowerLeftX() + SAFE - 0.5 && t.x() <= trim.getUpperRightX() - SAFE
                && t.y() >= trim.getLowerLeftY() + SAFE - 0.5 && t.y() + t.size() * 0.88 <= trim.getUpperRightY() - SAFE + 0.5;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
