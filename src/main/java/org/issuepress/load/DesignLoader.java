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
import org.issuepress.diag.Severity;
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
            out.report(Severity.ERROR, "design-missing", SourcePos.file(name), e.getMessage());
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
                out.report(Severity.ERROR, "design-font", where, e.getKey(), e.getValue().font(), String.join(", ", d.fonts().keySet()));
            }
            if (e.getValue().colour() != null && !d.colours().containsKey(e.getValue().colour())) {
                out.report(Severity.ERROR, "design-colour.unknown", where, e.getKey(), e.getValue().colour(),
                        String.join(", ", d.colours().keySet()));
            }
        }
        for (Map.Entry<String, Colour> e : d.colours().entrySet()) {
            Colour c = e.getValue();
            if (c.cmyk() == null || c.cmyk().size() != 4 || c.rgb() == null || !c.rgb().matches("#[0-9a-fA-F]{6}")) {
                out.report(Severity.ERROR, "design-colour", where, e.getKey());
            } else if (c.totalInk() > 320) {
                out.report(Severity.ERROR, "design-ink", where, e.getKey(), String.valueOf(c.totalInk()));
            }
        }
        if (!d.styles().containsKey("body")) {
            out.report(Severity.ERROR, "design-style", where);
        }
        checkChart(d, where, out);
    }

    /** Charts are drawn long after loading: a wrong name here would otherwise fail mid-render. */
    private static void checkChart(Design d, SourcePos where, Diagnostics out) {
        ChartDesign c = d.chart();
        if (c == null) {
            out.report(Severity.ERROR, "design-chart", where);
            return;
        }
        for (String style : c.styles()) {
            if (style == null || !d.styles().containsKey(style)) {
                out.report(Severity.ERROR, "design-chart.style", where, style);
            }
        }
        List<String> colours = new ArrayList<>(c.series());
        colours.add(c.axis());
        colours.add(c.grid());
        for (String colour : colours) {
            if (colour == null || !d.colours().containsKey(colour)) {
                out.report(Severity.ERROR, "design-chart.colour", where, colour, String.join(", ", d.colours().keySet()));
            }
        }
        if (c.series().size() < 2) {
            out.report(Severity.ERROR, "design-chart.series", where);
        }
    }
}
