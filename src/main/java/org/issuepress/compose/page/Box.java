package org.issuepress.compose.page;

/** A rectangle in points, x from the left and y down from the top of the trimmed page. */
public record Box(double x, double y, double w, double h) {

    public Box moved(double dx, double dy) {
        return new Box(x + dx, y + dy, w, h);
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }
}
