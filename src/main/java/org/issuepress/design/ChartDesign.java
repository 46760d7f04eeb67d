package org.issuepress.design;

import java.util.List;

/**
 * The one chart style of the issue, so every chart reads alike: the text styles for tick
 * labels and legend ({@code text}), values on bars and slices ({@code label}), the unit over the
 * value axis ({@code unit}) and the note under the plot ({@code note}); the colours and widths of
 * axis lines and gridlines; and the colours series take, in order.
 */
public record ChartDesign(String text, String label, String unit, String note, String axis, double axisWidth,
                          String grid, double gridWidth, List<String> series) {

    public ChartDesign {
        series = series == null ? List.of() : List.copyOf(series);
    }

    /** The colour of the n-th series; more series than colours reuse them in order. */
    public String seriesColour(int n) {
        return series.get(n % series.size());
    }

    public List<String> styles() {
        return List.of(text, label, unit, note);
    }
}
