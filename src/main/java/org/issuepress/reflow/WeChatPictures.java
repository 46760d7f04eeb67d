package org.issuepress.reflow;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.issuepress.chart.ChartBuilder;
import org.issuepress.chart.ChartStyle;
import org.issuepress.design.Design;
import org.issuepress.fonts.AwtFonts;
import org.issuepress.fonts.FontSet;
import org.issuepress.model.Chart;
import org.issuepress.model.Table;
import org.issuepress.render.ColourMode;
import org.issuepress.render.Palette;

/**
 * Pictures for the WeChat editor, which drops SVG and squeezes a wide table into the phone's
 * width until its figures wrap digit by digit: a chart drawn by the PDF's JFreeChart code as a
 * PNG, a wide table drawn as a PNG grid in slices (header in the accent colour, the total row bold),
 * both at {@value #SCALE}× for sharp text on phone screens.
 */
final class WeChatPictures {
    /** Tables with more columns than this are sent as pictures: five columns of figures do not fit a phone. */
    static final int MAX_TABLE_COLUMNS = 4;
    static final int SCALE = 2;
    private static final int PAD = 6;
    /** Between two slices of a wide table. */
    private static final int GAP = 12;
    private final ChartBuilder charts;
    private final AwtFonts fonts;
    private final Design design;

    WeChatPictures(Design design, FontSet fontSet) {
        this.design = design;
        this.fonts = new AwtFonts(fontSet, design.style(design.chart().text()).font());
        this.charts = new ChartBuilder(ChartStyle.of(design, new Palette(design, ColourMode.RGB)::awt, fonts::font));
    }

    static boolean wide(Table t) {
        return t.columns().size() > MAX_TABLE_COLUMNS;
    }

    byte[] chart(Chart chart, double width, double height) {
        BufferedImage image = canvas((int) Math.ceil(width), (int) Math.ceil(height));
        Graphics2D g = start(image);
        try {
            charts.build(chart, width, height).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /**
     * A wide table as a picture a phone can read: cut into slices of the first column and at
     * most {@value #MAX_TABLE_COLUMNS} − 1 others, stacked, each slice with its own head, so the
     * picture is never wider than a narrow table.
     */
    byte[] table(Table t) {
        Font body = fonts.font(design.style("table").font(), 11f);
        Font bold = fonts.font(design.style("table_head").font(), 11f);
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.columns().stream().map(c -> c.group() == null ? c.name() : c.group() + " " + c.name()).toList());
        t.rows().forEach(r -> rows.add(r.cells().stream().map(Table.Cell::text).toList()));
        if (t.total() != null) {
            rows.add(t.total().cells().stream().map(Table.Cell::text).toList());
        }
        FontMetrics m = canvas(1, 1).createGraphics().getFontMetrics(bold);
        int[] widths = new int[t.columns().size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], m.stringWidth(r.get(i)) + 2 * PAD);
            }
        }
        List<int[]> slices = new ArrayList<>();
        for (int from = 1; from < widths.length; from += MAX_TABLE_COLUMNS - 1) {
            int to = Math.min(widths.length, from + MAX_TABLE_COLUMNS - 1);
            int[] cols = new int[to - from + 1];
            for (int i = from; i < to; i++) {
                cols[i - from + 1] = i;
            }
            slices.add(cols);
        }
        int line = m.getHeight() + 2 * PAD;
        int sliceHeight = line * rows.size() + GAP;
        int width = slices.stream().mapToInt(cols -> java.util.Arrays.stream(cols).map(c -> widths[c]).sum()).max().orElse(0) + 1;
        BufferedImage image = canvas(width, sliceHeight * slices.size() - GAP + 1);
        Graphics2D g = start(image);
        try {
            for (int s = 0; s < slices.size(); s++) {
                slice(g, rows, slices.get(s), widths, s * sliceHeight, line, t.total() != null, body, bold, m.getAscent());
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** One slice of a table: these columns of every row, its head on the accent colour, the total in bold. */
    private void slice(Graphics2D g, List<List<String>> rows, int[] cols, int[] widths, int top, int line, boolean total,
                       Font body, Font bold, int ascent) {
        int width = java.util.Arrays.stream(cols).map(c -> widths[c]).sum();
        g.setColor(rgb("accent"));
        g.fillRect(0, top, width, line);
        for (int r = 0; r < rows.size(); r++) {
            boolean head = r == 0;
            g.setFont(head || total && r == rows.size() - 1 ? bold : body);
            int x = 0;
            for (int c : cols) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                int y = top + r * line;
                g.setColor(new Color(0xbbbbbb));
                g.drawRect(x, y, widths[c], line);
                g.setColor(head ? Color.WHITE : new Color(0x1a1a1a));
                int tx = c == 0 || head ? x + PAD : x + widths[c] - PAD - g.getFontMetrics().stringWidth(text);
                g.drawString(text, tx, y + PAD + ascent);
                x += widths[c];
            }
        }
    }

    private Color rgb(String name) {
        int[] v = design.colour(name).rgbValues();
        return new Color(v[0], v[1], v[2]);
    }

    private static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return out.toByteArray();
    }
}
