package org.issuepress.chart;

import java.math.BigDecimal;
import org.issuepress.model.Chart;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * The figure printed at a bar, point or stack segment: the data's own number, formatted by
 * {@link ChineseNumbers}, with 约 where the text gives it as an approximation. Values below {@code hideBelow} get no label — a stack segment too thin
 * to hold one (its figure is in the table beside the chart).
 */
final class ValueLabels implements CategoryItemLabelGenerator {
    private final double hideBelow;
    private final Chart chart;

    ValueLabels(Chart chart, double hideBelow) {
        this.chart = chart;
        this.hideBelow = hideBelow;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number n = dataset.getValue(row, column);
        if (n == null || Math.abs(n.doubleValue()) < hideBelow) {
            return null;
        }
        String figure = ChineseNumbers.value(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
        return chart.isApproximate(dataset.getColumnKey(column).toString()) ? "约" + figure : figure;
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }
}
