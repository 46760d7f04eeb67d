package org.issuepress.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.util.List;
import org.issuepress.model.Chart;
import org.issuepress.model.Chart.ChartType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar, grouped bar, stacked bar and line charts: categories along the bottom, values up a
 * value axis that starts at 0 (a bar's length is its value), horizontal gridlines only, every
 * value printed at its bar or point — turned upright when the bars are too narrow for it — and
 * a stack's total over the stack.
 */
final class CategoryCharts {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Share of the tallest stack below which a segment is too thin to hold its figure. */
    private static final double THIN_SEGMENT = 0.08;
    private final ChartStyle s;

    CategoryCharts(ChartStyle s) {
        this.s = s;
    }

    JFreeChart build(Chart c, double width, double height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.Series series : c.series()) {
            for (int i = 0; i < c.categories().size(); i++) {
                data.addValue(series.values().get(i), series.name(), c.categories().get(i));
            }
        }
        double top = c.type() == ChartType.STACKED_BAR ? maxStack(c) : maxValue(c);
        boolean upright = c.type() != ChartType.STACKED_BAR && c.type() != ChartType.LINE && !labelsFit(c, width);
        double labelRoom = upright ? widestLabel(c) + 4 : s.label.getSize2D() + 5;
        double plotHeight = height * 0.6;
        double margin = Math.max(0.1, labelRoom / Math.max(plotHeight - labelRoom, 1));
        AxisSteps steps = AxisSteps.over(top * (1 + margin));
        boolean inWan = ChineseNumbers.countsInWan(steps.upper());
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(c), valueAxis(steps, inWan), renderer(c, top, upright));
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(2, 0, 0, 2));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(s.grid);
        plot.setRangeGridlineStroke(s.gridStroke);
        plot.setRangeZeroBaselineVisible(false);
        plot.setDrawingSupplier(drawingSupplier());
        if (c.type() == ChartType.STACKED_BAR && c.series().size() > 1) {
            stackTotals(plot, c);
        }
        boolean legend = c.series().size() > 1;
        return Decor.chart(plot, c, s, unitLine(c, inWan), legend);
    }

    /**
     * Over the value axis, in the ticks' unit: 单位：人次, or for a single series its name with
     * the unit, 脱贫村数量（个）; on an axis counted in 万, each unit counted so (单位：万户、万人).
     */
    static String unitLine(Chart c, boolean inWan) {
        String given = c.unit() == null || c.unit().isBlank() ? null : c.unit().strip();
        String unit = inWan ? (given == null ? "万" : "万" + given.replace("、", "、万")) : given;
        if (c.series().size() == 1) {
            String name = c.series().get(0).name();
            return unit == null ? name : name + "（" + unit + "）";
        }
        return unit == null ? null : "单位：" + unit;
    }

    private CategoryAxis categoryAxis(Chart c) {
        CategoryAxis x = new CategoryAxis(null);
        x.setTickLabelFont(s.text);
        x.setTickLabelPaint(s.textColour);
        x.setAxisLinePaint(s.axis);
        x.setAxisLineStroke(s.axisStroke);
        x.setTickMarksVisible(false);
        x.setLowerMargin(0.03);
        x.setUpperMargin(0.03);
        x.setCategoryMargin(c.type() == ChartType.LINE ? 0 : 0.3);
        x.setMaximumCategoryLabelLines(3);
        // a label may use its category's whole slot, the gaps between bars included, so that
        // 巩义市 or 2015年底 stays on one line (JFreeChart measures against the bars' width alone)
        double slot = (1 - x.getLowerMargin() - x.getUpperMargin()) / (1 - x.getLowerMargin() - x.getUpperMargin()
                - x.getCategoryMargin());
        x.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
                new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                        CategoryLabelWidthType.CATEGORY, (float) (slot * 0.94))));
        x.setTickLabelInsets(new RectangleInsets(3, 1, 0, 1));
        return x;
    }

    /** Zero to the last grid line, a line at every step, the ticks in the axis's unit (bare numbers). */
    private NumberAxis valueAxis(AxisSteps steps, boolean inWan) {
        NumberAxis y = new NumberAxis(null);
        y.setTickLabelFont(s.text);
        y.setTickLabelPaint(s.textColour);
        y.setAxisLineVisible(false);
        y.setTickMarksVisible(false);
        y.setRange(0, steps.upper());
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(steps.step(), ChineseNumbers.axis(inWan)));
        y.setTickLabelInsets(new RectangleInsets(0, 0, 0, 3));
        y.setMinorTickMarksVisible(false);
        return y;
    }

    private AbstractCategoryItemRenderer renderer(Chart c, double top, boolean upright) {
        if (c.type() == ChartType.LINE) {
            return line(c);
        }
        BarRenderer r = c.type() == ChartType.STACKED_BAR ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter()); // flat colour: the gradient painter would add RGB shadings
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(0.16);
        r.setDefaultLegendShape(Decor.square(6));
        r.setDefaultItemLabelFont(s.label);
        r.setDefaultItemLabelsVisible(true);
        for (int i = 0; i < c.series().size(); i++) {
            Color fill = s.series(i);
            r.setSeriesPaint(i, fill);
            r.setSeriesOutlinePaint(i, fill);
            r.setSeriesItemLabelPaint(i, c.type() == ChartType.STACKED_BAR ? s.labelOn(fill) : s.labelColour);
        }
        if (c.type() == ChartType.STACKED_BAR) {
            r.setDefaultItemLabelGenerator(new ValueLabels(c, top * THIN_SEGMENT));
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        } else {
            r.setDefaultItemLabelGenerator(new ValueLabels(c, 0));
            r.setDefaultPositiveItemLabelPosition(upright ? upright() : above());
            r.setPositiveItemLabelPositionFallback(null);
        }
        return r;
    }

    private LineAndShapeRenderer line(Chart c) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setDrawOutlines(false); // an outline would take JFreeChart's default grey
        r.setUseFillPaint(false);
        r.setDefaultItemLabelFont(s.label);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelGenerator(new ValueLabels(c, 0));
        r.setDefaultPositiveItemLabelPosition(above());
        r.setItemLabelAnchorOffset(3);
        for (int i = 0; i < c.series().size(); i++) {
            r.setSeriesPaint(i, s.series(i));
            r.setSeriesOutlinePaint(i, s.series(i));
            r.setSeriesItemLabelPaint(i, s.labelColour);
            r.setSeriesStroke(i, new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(i, new Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4));
        }
        return r;
    }

    private static ItemLabelPosition above() {
        return new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    }

    /** Read from below, like a vertical axis title: for bars narrower than their figures. */
    private static ItemLabelPosition upright() {
        return new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT,
                -Math.PI / 2);
    }

    /** Whether every figure fits across its bar (estimated from the frame width, before layout). */
    private boolean labelsFit(Chart c, double width) {
        double plot = width * 0.86;
        int perCategory = c.type() == ChartType.GROUPED_BAR ? c.series().size() : 1;
        double bar = plot / c.categories().size() * 0.7 / perCategory;
        bar = Math.min(bar, plot * 0.16);
        return widestLabel(c) <= bar + 2;
    }

    private double widestLabel(Chart c) {
        double widest = 0;
        for (Chart.Series series : c.series()) {
            for (int i = 0; i < series.values().size(); i++) {
                String figure = ChineseNumbers.value(series.values().get(i));
                if (c.isApproximate(c.categories().get(i))) {
                    figure = "约" + figure;
                }
                widest = Math.max(widest, textWidth(figure, s.label));
            }
        }
        return widest;
    }

    private void stackTotals(CategoryPlot plot, Chart c) {
        for (int i = 0; i < c.categories().size(); i++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Chart.Series series : c.series()) {
                sum = sum.add(series.values().get(i));
            }
            // a hair above the stack, like the figures over plain bars
            String figure = (c.isApproximate(c.categories().get(i)) ? "约" : "") + ChineseNumbers.value(sum);
            CategoryTextAnnotation a = new CategoryTextAnnotation(figure, c.categories().get(i),
                    sum.doubleValue() + maxStack(c) * 0.015);
            a.setFont(s.label);
            a.setPaint(s.labelColour);
            a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(a);
        }
    }

    /** Our colours for anything JFreeChart would otherwise colour itself. */
    private DefaultDrawingSupplier drawingSupplier() {
        List<Color> colours = java.util.stream.IntStream.range(0, 6).mapToObj(s::series).toList();
        Color[] paints = colours.toArray(new Color[0]);
        return new DefaultDrawingSupplier(paints, paints, paints,
                new BasicStroke[] {s.gridStroke}, new BasicStroke[] {s.gridStroke},
                DefaultDrawingSupplier.createStandardSeriesShapes());
    }

    private static double maxValue(Chart c) {
        return c.series().stream().flatMap(x -> x.values().stream()).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
    }

    private static double maxStack(Chart c) {
        double max = 0;
        for (int i = 0; i < c.categories().size(); i++) {
            double sum = 0;
            for (Chart.Series series : c.series()) {
                sum += series.values().get(i).doubleValue();
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, FRC).getWidth();
    }
}
