package org.issuepress.compose.text;

/**
 * The Knuth–Plass vocabulary: boxes (units, fixed width), glue (width that stretches and
 * shrinks) and penalties (the only places a line may end; a penalty's width counts only when
 * the line ends there, which is how a line-end mark is set half-width).
 */
sealed interface Item {
    double INFINITY = 10000;

    record Box(Unit unit, double width) implements Item {
    }

    record Glue(double width, double stretch, double shrink) implements Item {
    }

    record Penalty(double width, double cost) implements Item {
        boolean forced() {
            return cost <= -INFINITY;
        }

        boolean forbidden() {
            return cost >= INFINITY;
        }
    }
}
