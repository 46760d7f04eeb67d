package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.compose.text.Line;
import org.issuepress.compose.text.RunStyle;
import org.issuepress.compose.text.Typesetter;
import org.issuepress.design.TextStyle;
import org.issuepress.design.TypeRules;
import org.issuepress.model.RichText;

/**
 * Sets text in a named design style: the bridge from the design's styles to the typesetter,
 * shared by every composer that puts text on the grid.
 */
public final class TextComposer {
    private final Styles styles;
    private final Typesetter typesetter;
    private final GlyphCheck glyphs;

    public TextComposer(Styles styles, GlyphCheck glyphs) {
        this.styles = styles;
        this.glyphs = glyphs;
        TypeRules r = styles.design().rules();
        this.typesetter = new Typesetter(r.latinGap(), r.maxStretch(), r.minLastLine());
    }

    public Styles styles() {
        return styles;
    }

    public GlyphCheck glyphs() {
        return glyphs;
    }

    /** Justified lines; bold spans in the {@code bold} style. */
    public List<Line> set(RichText text, String style, String bold, double measure, double indent) {
        return typesetter.set(text, styles.run(style), styles.run(bold), measure, indent);
    }

    /** The paragraph ready to be set again lines longer or shorter: see {@link Typesetter#resetter}. */
    public Typesetter.Resetter resetter(RichText text, String style, String bold, double measure, double indent) {
        return typesetter.resetter(text, styles.run(style), styles.run(bold), measure, indent);
    }

    public List<Line> set(String text, String style, double measure) {
        return typesetter.set(text, styles.run(style), measure);
    }

    public List<Line> set(String text, RunStyle style, double measure) {
        return typesetter.set(text, style, measure);
    }

    /** Lines at natural spacing, centred in the measure. */
    public List<Line> centred(String text, String style, double measure) {
        return centre(typesetter.setRagged(text, styles.run(style), measure), measure);
    }

    /** Display text, flush left, broken where a reader pauses (never inside a word, no one or two characters alone). */
    public List<Line> display(String text, String style, double measure) {
        return typesetter.setDisplay(text, styles.run(style), measure);
    }

    /** Display text centred in the measure. */
    public List<Line> displayCentred(String text, String style, double measure) {
        return centre(display(text, style, measure), measure);
    }

    public List<Line> ragged(String text, RunStyle style, double measure) {
        return typesetter.setRagged(text, style, measure);
    }

    public static List<Line> centre(List<Line> lines, double measure) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.shifted((measure - l.end()) / 2));
        }
        return out;
    }

    public double naturalWidth(String text, String style) {
        return Typesetter.naturalWidth(text, styles.run(style));
    }

    public TextStyle style(String name) {
        return styles.style(name);
    }
}
