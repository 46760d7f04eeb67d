package org.issuepress.compose.page;

/**
 * A shape drawn with text frames: rules, filled boxes, dots. Coordinates are relative to the
 * frame's top-left in points; colours are design colour names.
 */
public sealed interface Mark {

    Mark moved(double dx, double dy);

    record Rule(double x1, double y1, double x2, double y2, double width, String colour) implements Mark {
        public Mark moved(double dx, double dy) {
            return new Rule(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width, colour);
        }
    }

    /** A rectangle; fill or stroke may be null. */
    record Rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth) implements Mark {
        public Mark moved(double dx, double dy) {
            return new Rect(x + dx, y + dy, w, h, fill, stroke, strokeWidth);
        }
    }

    record Dot(double cx, double cy, double r, String colour) implements Mark {
        public Mark moved(double dx, double dy) {
            return new Dot(cx + dx, cy + dy, r, colour);
        }
    }
}
