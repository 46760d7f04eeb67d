package org.issuepress.handoff;

import java.util.List;

/**
 * The shop's name of a trim size (开本): 大16开 is 210 × 285 mm, cut from a 大度 sheet. Sizes
 * without a name of their own are given in millimetres.
 */
final class Formats {
    private record Format(String name, double width, double height) {
    }

    private static final List<Format> KNOWN = List.of(
            new Format("大16开", 210, 285), new Format("16开", 185, 260),
            new Format("大32开", 140, 203), new Format("32开", 130, 184),
            new Format("A4", 210, 297));

    private Formats() {
    }

    static String name(double width, double height) {
        for (Format f : KNOWN) {
            if (Math.abs(f.width() - width) < 0.5 && Math.abs(f.height() - height) < 0.5) {
                return f.name();
            }
        }
        return JobTicket.mm(width) + " × " + JobTicket.mm(height) + " mm";
    }
}
