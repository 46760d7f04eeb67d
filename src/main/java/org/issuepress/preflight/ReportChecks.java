package org.issuepress.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.PageName;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.Severity;

/**
 * The checks a report lists for a file, each with what was measured and the limit, and
 * whether a finding of that kind came up: a print shop sees what was checked, not only what
 * failed. Words: {@code report.check.*} (what) and {@code report.value.*} (the value).
 */
final class ReportChecks {
    /** One line: what was checked, its value, and the codes of the findings that belong to it. */
    record Check(String key, Phrase value, Set<String> codes) {
    }

    private ReportChecks() {
    }

    static List<Check> of(FileReport r) {
        Measures m = r.measured();
        boolean web = r.edition() == Expectations.Edition.WEB;
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("trim", m.expectedWidthMm() > 0
                ? Phrase.of("report.value.trim.expected", mm(m.trimWidthMm()), mm(m.trimHeightMm()), size(m.expectedWidthMm()),
                size(m.expectedHeightMm()))
                : Phrase.of("report.value.trim", mm(m.trimWidthMm()), mm(m.trimHeightMm())), Set.of("trim-size", "trim-box")));
        if (!web) {
            checks.add(new Check("bleed", Double.isNaN(m.bleedMm()) ? Phrase.of("report.value.none")
                    : Phrase.of("report.value.bleed", mm(m.bleedMm())), Set.of("bleed")));
        }
        checks.add(new Check("boxes", Phrase.of("report.value.boxes"), Set.of("boxes")));
        if (!web) {
            checks.add(new Check("pdfx", m.pdfxVersion() == null ? Phrase.of("report.value.pdfx.none")
                    : Phrase.of("report.value.pdfx", m.pdfxVersion(), m.outputIntent() == null ? "—" : m.outputIntent(),
                    m.outputCondition() == null ? "—" : m.outputCondition()), Set.of("pdfx", "output-intent")));
        }
        checks.add(new Check("colour", Phrase.of(web ? "report.value.colour.web" : "report.value.colour.print",
                String.join(", ", r.colourSpaces())), Set.of("rgb")));
        if (!web) {
            checks.add(new Check("ink", Phrase.of("report.value.ink", whole(r.maxInk()), whole(PaintRules.MAX_INK)), Set.of("ink")));
        }
        checks.add(new Check("type", extreme(r, m.smallestType(), "report.value.type", pt(m.smallestType().value()),
                whole(PaintRules.MIN_TYPE), whole(PaintRules.MIN_REVERSED)),
                Set.of("type-size", "rich-black-text", "reversed-small", "small-multi-ink", "safe-area")));
        checks.add(new Check("rule", extreme(r, m.thinnestRule(), "report.value.rule", pt(m.thinnestRule().value()),
                pt(PaintRules.MIN_RULE)), Set.of("thin-rule")));
        long embedded = r.fonts().values().stream().filter(FontUse::embedded).count();
        long subset = r.fonts().values().stream().filter(FontUse::subset).count();
        checks.add(new Check("fonts", Phrase.of("report.value.fonts", String.valueOf(r.fonts().size()), String.valueOf(embedded),
                String.valueOf(subset), String.join(", ", r.fonts().keySet())), Set.of("font-embedding", "font-subset", "missing-glyph")));
        checks.add(new Check("images", r.images() == 0 ? Phrase.of("report.value.images.none")
                : extreme(r, m.lowestPpi(), web ? "report.value.images.web" : "report.value.images", String.valueOf(r.images()),
                whole(m.lowestPpi().value()), whole(web ? PaintRules.SCREEN_PPI : PaintRules.PRINT_PPI), whole(PaintRules.LOW_PPI)),
                Set.of("image-resolution")));
        if (!web) {
            checks.add(new Check("transparency", Phrase.of("report.value.transparency"), Set.of("transparency")));
        }
        checks.add(new Check("placeholders", Phrase.of("report.value.placeholders", String.valueOf(r.placeholders())),
                Set.of("placeholder")));
        checks.add(new Check("pages", Phrase.of(r.edition() == Expectations.Edition.PRINT ? "report.value.pages.print"
                : "report.value.pages", String.valueOf(r.pages())), Set.of("page-count")));
        if (web) {
            checks.add(new Check("navigation", Phrase.of("report.value.navigation", String.valueOf(Math.max(0, m.bookmarks())),
                    String.valueOf(Math.max(0, m.links()))), Set.of("bookmarks", "links", "page-labels", "lang", "metadata")));
        } else {
            checks.add(new Check("annotations", Phrase.of("report.value.annotations"), Set.of("annotation")));
        }
        return checks;
    }

    /** "ok", "warning" or "error": the worst finding of the check's kinds. */
    static String status(FileReport r, Check c) {
        Severity worst = null;
        for (Finding f : r.findings()) {
            if (c.codes().contains(f.code())) {
                worst = f.isError() ? Severity.ERROR : worst == null ? Severity.WARNING : worst;
            }
        }
        return worst == null ? "ok" : worst == Severity.ERROR ? "error" : "warning";
    }

    static String line(FileReport r, Check c, Lang l) {
        return Messages.text(l, "report.line", Phrase.of("report.status." + status(r, c)), Phrase.of("report.check." + c.key()),
                c.value());
    }

    /** The value with the page it was met on; "not measured" for a file whose pages were checked lightly. */
    private static Phrase extreme(FileReport r, Measures.Extreme e, String key, Object... args) {
        if (!e.measured()) {
            return Phrase.of(r.edition() == Expectations.Edition.WEB ? "report.value.in-print" : "report.value.none");
        }
        Object[] withPage = java.util.Arrays.copyOf(args, args.length + 1);
        withPage[args.length] = PageName.phrase(e.page(), r.label(e.page()));
        return Phrase.of(key, withPage);
    }

    static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String pt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A size as ordered: 210 for 210 mm, 426.2 for a cover spread with a 6.24 mm spine. */
    static String size(double v) {
        return Math.abs(v - Math.rint(v)) < 0.05 ? whole(v) : mm(v);
    }

    static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
