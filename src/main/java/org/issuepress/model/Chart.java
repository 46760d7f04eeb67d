package org.issuepress.model;

import java.math.BigDecimal;
import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * Chart data from charts/*.yaml: categories along one axis, one or more series of values,
 * the unit of the values, and a note printed under the plot (where the numbers come from,
 * how they differ). {@code approximate} names the categories whose figures the text gives
 * as approximations. The loader has checked that every series has one value per category.
 */
public record Chart(ChartType type, String title, String unit, List<String> categories,
                    List<Series> series, String source, String note, List<String> approximate, SourcePos pos) {

    public enum ChartType {
        BAR, GROUPED_BAR, STACKED_BAR, LINE, PIE;

        /** Spelt as in the YAML files. */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        approximate = approximate == null ? List.of() : List.copyOf(approximate);
    }

    /**
     * The same in every run (an enum hashes by identity): the preview keeps page images between
     * runs by a fingerprint of what is on the page.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(type.name(), title, unit, categories, series, source, note, approximate, pos);
    }

    /** Whether the text gives this category's figures as approximations (约2700). */
    public boolean isApproximate(String category) {
        return approximate.stream().anyMatch(name -> names(category, name));
    }

    /** A category is named by its label or by its first line ("新郑市" for "新郑市\n2013年"). */
    public static boolean names(String category, String name) {
        return category.equals(name) || category.split("\n", 2)[0].equals(name);
    }

    /** Every text the chart prints from the data, for the glyph check. */
    public List<String> texts() {
        List<String> t = new java.util.ArrayList<>(categories);
        series.forEach(s -> t.add(s.name()));
        if (unit != null) {
            t.add(unit);
        }
        if (source != null) {
            t.add(source);
        }
        if (note != null) {
            t.add(note);
        }
        return t;
    }
}
