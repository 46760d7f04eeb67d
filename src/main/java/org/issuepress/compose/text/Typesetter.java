package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.model.RichText;

/**
 * Sets a paragraph of styled text into justified lines of a given measure under the
 * Chinese rules: the front door of the text sub-stage (segment → items → breaks → lines).
 */
public final class Typesetter {
    private final double latinGap;
    private final double stretch;
    private final int minLastLine;

    /**
     * @param latinGap    Chinese–Latin gap in ems (0: none)
     * @param stretch     how far each gap may stretch, in ems, before a line is loose
     * @param minLastLine fewest characters on a paragraph's last line
     */
    public Typesetter(double latinGap, double stretch, int minLastLine) {
        this.latinGap = latinGap;
        this.stretch = stretch;
        this.minLastLine = minLastLine;
    }

    /** @param indent first-line indent in points */
    public List<Line> set(RichText text, RunStyle plain, RunStyle bold, double measure, double indent) {
        return set(text, plain, bold, measure, indent, false);
    }

    /** Lines at natural spacing, for centred or flush-left display text. */
    public List<Line> setRagged(String text, RunStyle style, double measure) {
        return set(RichText.plain(text), style, style, measure, 0, true);
    }

    /**
     * Display text (titles, heads, contents entries, pull quotes, captions): lines at natural
     * spacing, broken where a reader pauses ({@link DisplayBreaker}), flush left.
     */
    public List<Line> setDisplay(String text, RunStyle style, double measure) {
        List<Unit> units = Segmenter.units(text, style);
        if (units.isEmpty()) {
            return List.of();
        }
        ItemBuilder.Params params = new ItemBuilder.Params(0, latinGap, stretch, 0);
        List<Item> oneLine = new ItemBuilder(params).build(units);
        if (naturalWidth(oneLine) <= measure) {
            // most display text fits on one line: no need to ask the dictionary where words are
            return LineSetter.set(oneLine, List.of(oneLine.size() - 1), measure, true);
        }
        List<Item> items = new ItemBuilder(params, Junctions.of(units)).build(units);
        List<Integer> breaks = DisplayBreaker.breaks(items, measure);
        if (breaks == null) { // a unit wider than the measure: nothing fits, set it overfull as body text would
            breaks = LineBreaker.breaks(items, measure);
        }
        return LineSetter.set(items, breaks, measure, true);
    }

    private List<Line> set(RichText text, RunStyle plain, RunStyle bold, double measure, double indent, boolean ragged) {
        List<Unit> units = Segmenter.units(text, plain, bold);
        if (units.isEmpty()) {
            return List.of();
        }
        ItemBuilder builder = new ItemBuilder(new ItemBuilder.Params(indent, latinGap, stretch, minLastLine));
        List<Item> items = builder.build(units);
        List<Integer> breaks = LineBreaker.breaks(items, measure);
        return LineSetter.set(items, breaks, measure, ragged);
    }

    public List<Line> set(String text, RunStyle style, double measure) {
        return set(RichText.plain(text), style, style, measure, 0);
    }

    /**
     * Each line's share of {@code text} with the spaces inside it (a line's glyphs have none):
     * the words a template prints when the composer chose the breaks (article titles).
     */
    public static List<String> sourceLines(String text, List<Line> lines) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Line l : lines) {
            String ink = l.text();
            int start = at;
            int matched = 0;
            while (at < text.length() && matched < ink.length()) {
                if (CharClass.of(text.charAt(at)) != CharClass.SPACE) {
                    matched++;
                }
                at++;
            }
            out.add(text.substring(start, at).strip());
        }
        return out;
    }

    private static double naturalWidth(List<Item> items) {
        double w = 0;
        for (Item it : items) {
            if (it instanceof Item.Box b) {
                w += b.width();
            } else if (it instanceof Item.Glue g && g.stretch() < Item.INFINITY) {
                w += g.width();
            }
        }
        return w;
    }

    /**
     * The paragraph made ready to be set again ({@link Resetter#reset}): {@code delta} lines longer (negative: shorter) in the same measure, its
     * first {@code keep} lines as {@link #set} sets them and only the lines after them broken
     * again (the part of a paragraph at the top of a column is not touched), or null when its
     * spacing does not allow it: lines more by breaking as if the measure were narrower (by at
     * most 8 %) and justifying to the full measure, so the gaps open by 0.08 em at most; a line
     * fewer by breaking as if it were wider where the squeezable marks take the difference.
     * How a magazine fills a column foot without leaving white.
     */
    public Resetter resetter(RichText text, RunStyle plain, RunStyle bold, double measure, double indent) {
        List<Unit> units = Segmenter.units(text, plain, bold);
        List<Item> items = units.isEmpty() ? List.of()
                : new ItemBuilder(new ItemBuilder.Params(indent, latinGap, stretch, minLastLine)).build(units);
        return new Resetter(items, items.isEmpty() ? List.of() : LineBreaker.breaks(items, measure), measure, plain.size());
    }

    /** A paragraph's items and breaks as {@link #set} chose them, made once and set again as often as the flow asks. */
    public static final class Resetter {
        private final List<Item> items;
        private final List<Integer> set;
        private final double measure;
        private final double em;

        private Resetter(List<Item> items, List<Integer> set, double measure, double em) {
            this.items = items;
            this.set = set;
            this.measure = measure;
            this.em = em;
        }

        /** The lines set {@code delta} lines longer after the first {@code keep}, or null (see {@link Typesetter}). */
        public List<Line> reset(int keep, int delta) {
            if (keep >= set.size()) {
                return null;
            }
            int from = keep == 0 ? 0 : next(items, set.get(keep - 1) + 1);
            List<Item> tail = items.subList(from, items.size());
            int lines = set.size() - keep;
            double most = measure * 0.08;
            for (int step = 1; step * em * 0.25 <= most; step++) {
                double trial = measure - Math.signum(delta) * step * em * 0.25;
                List<Integer> breaks = LineBreaker.breaks(tail, trial);
                if (breaks.size() == lines + delta) {
                    List<Integer> all = new java.util.ArrayList<>(set.subList(0, keep));
                    breaks.forEach(i -> all.add(i + from));
                    List<Line> out = LineSetter.set(items, all, measure, false);
                    return out.stream().anyMatch(Line::overfull) ? null : out;
                }
                if ((breaks.size() - lines - delta) * Math.signum(delta) > 0) {
                    return null;
                }
            }
            return null;
        }
    }

    /** The first box at or after {@code i}: where a line after a break begins. */
    private static int next(List<Item> items, int i) {
        while (i < items.size() && !(items.get(i) instanceof Item.Box)) {
            i++;
        }
        return i;
    }

    /** Natural width of a text on one line, for headers that must fit a box. */
    public static double naturalWidth(String text, RunStyle style) {
        return Segmenter.units(text, style).stream().mapToDouble(Unit::width).sum();
    }
}
