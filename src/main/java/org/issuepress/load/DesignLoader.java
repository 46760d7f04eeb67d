package org.issuepress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issuepress.design.ChartDesign;
import org.issuepress.design.Colour;
import org.issuepress.design.Design;
import org.issuepress.design.TextStyle;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads templates/design.yaml and checks that its references (fonts, colours) resolve. */
public final class DesignLoader {
    public static final String FILE = "design.yaml";

    private DesignLoader() {
    }

    public static Design load(Path templates, Diagnostics out) {
        Path file = templates.resolve(FILE);
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            out.error("design-missing", SourcePos.file(name), "cannot read the design: " + e.getMessage(),
                    "the templates folder must hold design.yaml");
            out.throwIfErrors();
            return null;
        }
        Optional<Node> node = YamlSource.parse(text, name, 0, out);
        Design d = node.map(n -> new RecordBinder(name, 0, out).bind(n, Design.class)).orElse(null);
        if (d != null) {
            check(d, SourcePos.file(name), out);
        }
        out.throwIfErrors();
        return d;
    }

    private static void check(Design d, SourcePos where, Diagnostics out) {
        for (Map.Entry<String, TextStyle> e : d.styles().entrySet()) {
            if (!d.fonts().containsKey(e.getValue().font())) {
                out.error("design-font", where, "style '" + e.getKey() + "' uses unknown font '" + e.getValue().font() + "'",
                        "use one of " + d.fonts().keySet());
            }
            if (e.getValue().colour() != null && !d.colours().containsKey(e.getValue().colour())) {
                out.error("design-colour", where, "style '" + e.getKey() + "' uses unknown colour '" + e.getValue().colour() + "'",
                        "use one of " + d.colours().keySet());
            }
        }
        for (Map.Entry<String, Colour> e : d.colours().entrySet()) {
            Colour c = e.getValue();
            if (c.cmyk() == null || c.cmyk().size() != 4 || c.rgb() == null || !c.rgb().matches("#[0-9a-fA-F]{6}")) {
                out.error("design-colour", where, "colour '" + e.getKey() + "' needs cmyk: [c, m, y, k] and rgb: \"#rrggbb\"",
                        "write e.g. {cmyk: [0, 0, 0, 100], rgb: \"#231f20\"}");
            } else if (c.totalInk() > 320) {
                out.error("design-ink", where, "colour '" + e.getKey() + "' has " + c.totalInk() + " % total ink",
                        "keep C+M+Y+K at or below 320 % for coated paper");
            }
        }
        if (!d.styles().containsKey("body")) {
            out.error("design-style", where, "the design has no 'body' style", "add styles: body: {font: serif, size: 10}");
        }
        checkChart(d, where, out);
    }

    /** Charts are drawn long after loading: a wrong name here would otherwise fail mid-render. */
    private static void checkChart(Design d, SourcePos where, Diagnostics out) {
        ChartDesign c = d.chart();
        if (c == null) {
            out.error("design-chart", where, "the design has no 'chart' section",
                    "add chart: {text: chart, label: chart_label, unit: chart_unit, note: chart_note, axis: rule, "
                            + "axis_width: 0.5, grid: rule, grid_width: 0.3, series: [accent, gold]}");
            return;
        }
        for (String style : c.styles()) {
            if (style == null || !d.styles().containsKey(style)) {
                out.error("design-chart", where, "chart uses unknown style '" + style + "'",
                        "name one of the styles, e.g. chart");
            }
        }
        List<String> colours = new ArrayList<>(c.series());
        colours.add(c.axis());
        colours.add(c.grid());
        for (String colour : colours) {
            if (colour == null || !d.colours().containsKey(colour)) {
                out.error("design-chart", where, "chart uses unknown colour '" + colour + "'",
                        "use one of " + d.colours().keySet());
            }
        }
        if (c.series().size() < 2) {
            out.error("design-chart", where, "chart series needs at least two colours",
                    "list the colours series take in order, e.g. series: [accent, gold, grey]");
        }
    }
}
