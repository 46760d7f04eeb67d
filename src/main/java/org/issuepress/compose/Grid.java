package org.issuepress.compose;

import org.issuepress.design.Design;
import org.issuepress.design.Layout;
import org.issuepress.design.TextStyle;
import org.issuepress.model.PrintSettings;

/**
 * The page grid in points: trim size, text block position (mirrored for left and right
 * pages), baseline grid, and column geometry of a layout.
 */
public final class Grid {
    private final Design design;
    private final double trimWidth;
    private final double trimHeight;

    public Grid(Design design, PrintSettings print) {
        this.design = design;
        this.trimWidth = print.trimWidth() * Design.PT_PER_MM;
        this.trimHeight = print.trimHeight() * Design.PT_PER_MM;
    }

    public double trimWidth() {
        return trimWidth;
    }

    public double trimHeight() {
        return trimHeight;
    }

    /** Height of one grid slot: the body leading. */
    public double slot() {
        return design.leading();
    }

    public int lines() {
        return design.page().lines();
    }

    public double blockWidth() {
        return design.measurePt();
    }

    public double blockTop() {
        return design.page().marginTop() * Design.PT_PER_MM;
    }

    public double blockHeight() {
        return lines() * slot();
    }

    /** Left edge of the text block: the binding side is on the left of a right-hand page. */
    public double blockLeft(boolean recto) {
        double inner = design.page().marginInner() * Design.PT_PER_MM;
        return recto ? inner : trimWidth - inner - blockWidth();
    }

    /** Baseline of text in a style, measured from the top of its slot: the em box centred in the slot. */
    public double baseline(TextStyle style, double slotHeight) {
        return (slotHeight - style.size()) / 2 + 0.88 * style.size();
    }

    public double columnWidth(Layout layout) {
        return layout.columnEms(design.measure()) * design.em();
    }

    /** x of a column's left edge, from the text block's left edge. */
    public double columnX(Layout layout, int column) {
        return column * (columnWidth(layout) + layout.gutter() * design.em());
    }

    public Design design() {
        return design;
    }
}
