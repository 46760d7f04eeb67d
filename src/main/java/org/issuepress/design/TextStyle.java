package org.issuepress.design;

/**
 * A type style: font role (a key of {@link Design#fonts()}), size and leading in points,
 * colour name, and how many grid lines a block in this style takes (0: as many as its lines need).
 */
public record TextStyle(String font, double size, double leading, String colour, int lines) {

    public double leadingOr(double grid) {
        return leading > 0 ? leading : grid;
    }
}
