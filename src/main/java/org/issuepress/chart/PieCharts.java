package org.issuepress.chart;

import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.text.AttributedString;
import org.issuepress.model.Chart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.Rotation;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;

/**
 * A pie, for the parts of one whole only (the loader refuses anything else): slices clockwise
 * from twelve o'clock in the series colours, parted by thin paper-coloured lines, each labelled
 * outside with its name, its figure and its share — the figure first, since that is what the
 * text quotes.
 */
final class PieCharts {
    private final ChartStyle s;

    PieCharts(ChartStyle s) {
        this.s = s;
    }

    JFreeChart build(Chart c) {
        Chart.Series series = c.series().get(0);
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (int i = 0; i < c.categories().size(); i++) {
            data.setValue(c.categories().get(i), series.values().get(i));
        }
        PiePlot<String> plot = new PiePlot<>(data);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setShadowGenerator(null);
        plot.setCircular(true);
        plot.setStartAngle(90);
        plot.setDirection(Rotation.CLOCKWISE);
        plot.setIgnoreZeroValues(true);
        plot.setInteriorGap(0.02);
        plot.setInsets(new RectangleInsets(2, 0, 2, 0));
        plot.setAutoPopulateSectionPaint(false);
        plot.setAutoPopulateSectionOutlinePaint(false);
        plot.setAutoPopulateSectionOutlineStroke(false);
        for (int i = 0; i < c.categories().size(); i++) {
            plot.setSectionPaint(c.categories().get(i), s.series(i));
        }
        plot.setDefaultSectionPaint(s.series(0));
        plot.setDefaultSectionOutlinePaint(s.paper);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(0.6f));
        plot.setSectionOutlinesVisible(true);
        plot.setLabelGenerator(new Labels(c, unit(c)));
        plot.setLabelFont(s.label);
        plot.setLabelPaint(s.labelColour);
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelOutlineStroke(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(s.axis);
        plot.setLabelLinkStroke(s.axisStroke);
        plot.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        plot.setLabelPadding(new RectangleInsets(1, 2, 1, 2));
        plot.setLabelGap(0.02);
        plot.setMaximumLabelWidth(0.3);
        plot.setLegendItemShape(Decor.square(6));
        // each label carries its unit (9861人次), so no 单位 line
        return Decor.chart(plot, c, s, null, false);
    }

    private static String unit(Chart c) {
        return c.unit() == null ? "" : c.unit().strip();
    }

    /** 短期技能培训 / 9861人次 30.8% — name on the first line, figure and share on the second. */
    private static final class Labels implements PieSectionLabelGenerator {
        private final Chart chart;
        private final String unit;

        Labels(Chart chart, String unit) {
            this.chart = chart;
            this.unit = unit;
        }

        @Override
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            Number n = dataset.getValue(key);
            if (n == null) {
                return null;
            }
            double total = 0;
            for (int i = 0; i < dataset.getItemCount(); i++) {
                Number v = dataset.getValue(i);
                total += v == null ? 0 : v.doubleValue();
            }
            BigDecimal v = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            String about = chart.isApproximate(key.toString()) ? "约" : "";
            return key + "\n" + about + ChineseNumbers.value(v) + unit + " " + ChineseNumbers.percent(v.doubleValue() / total);
        }

        @Override
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }
}
