package org.issuepress.reflow;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.chart.ChartBuilder;
import org.issuepress.chart.ChartStyle;
import org.issuepress.design.Design;
import org.issuepress.fonts.AwtFonts;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.Chart;
import org.issuepress.render.ColourMode;
import org.issuepress.render.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart as inline SVG, drawn by the same JFreeChart code as the PDF's through JFreeSVG: the
 * labels stay text, the picture scales to the screen. The SVG carries the chart's title and,
 * as its description, every number it shows, for readers who do not see it. Fonts are named,
 * never embedded: the reader's own Chinese fonts draw the labels.
 */
final class ChartSvg {
    /** The families readers have, after the design's own (which most do not). */
    static final String FALLBACK_FONTS = "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", sans-serif";

    private final ChartBuilder charts;

    ChartSvg(Design design, FontSet fonts) {
        AwtFonts awt = new AwtFonts(fonts, design.style(design.chart().text()).font());
        this.charts = new ChartBuilder(ChartStyle.of(design, new Palette(design, ColourMode.RGB)::awt, awt::font));
    }

    /**
     * @param width  and @param height the chart's size in points (as printed: labels are laid out for it)
     * @param id     unique in the document: names the SVG and prefixes its clip paths
     */
    String svg(Chart chart, double width, double height, String id) {
        JFreeChart jf = charts.build(chart, width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-"); // else a nanoTime: the same issue would give other bytes
        g.setFontFunction(family -> '"' + family + "\", " + FALLBACK_FONTS);
        try {
            jf.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        String svg = g.getSVGElement(id, false, new ViewBox(0, 0, (int) Math.ceil(width), (int) Math.ceil(height)), null, null);
        int open = svg.indexOf('>') + 1;
        String head = svg.substring(0, open - 1)
                + " role=\"img\" aria-labelledby=\"" + id + "-title\" aria-describedby=\"" + id + "-desc\">";
        return head + "<title id=\"" + id + "-title\">" + Xml.escape(chart.title()) + "</title><desc id=\"" + id + "-desc\">"
                + Xml.escape(description(chart)) + "</desc>" + svg.substring(open);
    }

    /** Every value by category and series, with the unit, the source and the note: 巩义市：户数 9653，人数 29597。 */
    static String description(Chart c) {
        List<String> parts = new ArrayList<>();
        if (c.unit() != null) {
            parts.add("单位：" + c.unit() + "。");
        }
        for (int i = 0; i < c.categories().size(); i++) {
            List<String> values = new ArrayList<>();
            for (Chart.Series s : c.series()) {
                BigDecimal v = s.values().get(i);
                values.add((c.series().size() > 1 ? s.name() + " " : "") + (v == null ? "—" : v.toPlainString()));
            }
            parts.add(c.categories().get(i).replace('\n', ' ') + "：" + String.join("，", values) + "。");
        }
        if (c.source() != null) {
            parts.add(c.source());
        }
        if (c.note() != null) {
            parts.add(c.note());
        }
        return String.join("", parts);
    }
}
