package org.issuepress.compose;

import org.issuepress.compose.text.RunStyle;
import org.issuepress.design.Design;
import org.issuepress.design.TextStyle;
import org.issuepress.fonts.FontSet;

/** Resolves the design's named styles to fonts the composer measures with. */
public final class Styles {
    private final Design design;
    private final FontSet fonts;

    public Styles(Design design, FontSet fonts) {
        this.design = design;
        this.fonts = fonts;
    }

    public TextStyle style(String name) {
        return design.style(name);
    }

    public RunStyle run(String name) {
        TextStyle s = design.style(name);
        return new RunStyle(fonts.face(s.font()), s.size(), s.colour());
    }

    /** The same style in another colour (white table heads, accent dates …). */
    public RunStyle run(String name, String colour) {
        TextStyle s = design.style(name);
        return new RunStyle(fonts.face(s.font()), s.size(), colour);
    }

    public FontSet fonts() {
        return fonts;
    }

    public Design design() {
        return design;
    }
}
