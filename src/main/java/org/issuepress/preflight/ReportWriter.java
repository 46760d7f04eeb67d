package org.issuepress.preflight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.diag.PageName;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.ToolVersion;

/**
 * Preflight reports for people (preflight.txt, for the print shop, in the language of the run)
 * and for programs (preflight.json). Both name the tool, the file's date (taken from the issue,
 * so the same input gives the same report) and each file's SHA-256, and list every check with
 * its measured value; pages are named by printed folio and PDF page, as the preview names them.
 */
public final class ReportWriter {
    private static final String INDENT = "  ";
    private ReportWriter() {
    }

    public static String text(List<FileReport> reports, List<Phrase> notes) {
        return text(reports, notes, Messages.lang());
    }

    public static String text(List<FileReport> reports, List<Phrase> notes, Lang l) {
        StringBuilder s = new StringBuilder();
        String title = reports.stream().map(r -> r.measured().title()).filter(t -> t != null).findFirst().orElse("");
        String date = reports.stream().map(r -> r.measured().created()).filter(t -> t != null).findFirst().orElse("—");
        long errors = reports.stream().mapToLong(FileReport::errors).sum();
        long warnings = reports.stream().mapToLong(FileReport::warnings).sum();
        line(s, l, "report.title", title);
        line(s, l, "report.tool", ToolVersion.TEXT, date);
        // placeholders are errors in a --final build: with some left and no error, this is a proof, not the file to print
        long placeholders = reports.stream().mapToLong(FileReport::placeholders).max().orElse(0);
        line(s, l, errors > 0 ? "report.verdict.fail" : placeholders > 0 ? "report.verdict.proof" : "report.verdict.pass",
                String.valueOf(errors), String.valueOf(warnings), String.valueOf(placeholders));
        s.append('\n');
        for (FileReport r : reports) {
            line(s, l, "report.file", r.file(), Phrase.of("report.edition." + r.edition().name().toLowerCase(Locale.ROOT)));
            s.append(INDENT);
            line(s, l, "report.sha256", r.sha256());
            s.append(INDENT);
            line(s, l, "report.size", String.format(Locale.ROOT, "%.1f", r.bytes() / 1048576.0), r.version(), String.valueOf(r.pages()));
            for (ReportChecks.Check c : ReportChecks.of(r)) {
                s.append(INDENT).append(ReportChecks.line(r, c, l)).append('\n');
            }
            s.append(INDENT);
            if (r.findings().isEmpty()) {
                line(s, l, "report.findings.none");
            } else {
                line(s, l, "report.findings", String.valueOf(r.errors()), String.valueOf(r.warnings()));
                r.findings().forEach(f -> s.append(INDENT).append(INDENT).append(f.format(l)).append('\n'));
            }
            s.append('\n');
        }
        notes.forEach(n -> s.append(n.text(l)).append('\n'));
        return s.toString();
    }

    private static void line(StringBuilder s, Lang l, String key, Object... args) {
        s.append(Messages.text(l, key, args)).append('\n');
    }

    public static String json(List<FileReport> reports, Map<String, Object> extra) {
        Lang l = Messages.lang();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", ToolVersion.TEXT);
        root.put("language", l.code());
        List<Object> files = new ArrayList<>();
        for (FileReport r : reports) {
            Map<String, Object> f = new LinkedHashMap<>();
            Measures m = r.measured();
            f.put("file", r.file());
            f.put("edition", r.edition().name().toLowerCase(Locale.ROOT));
            f.put("bytes", r.bytes());
            f.put("sha256", r.sha256());
            f.put("created", m.created());
            f.put("pages", r.pages());
            f.put("pageLabels", r.labels());
            f.put("trim", r.trim());
            f.put("trimMm", List.of(round(m.trimWidthMm()), round(m.trimHeightMm())));
            f.put("bleedMm", Double.isNaN(m.bleedMm()) ? null : round(m.bleedMm()));
            f.put("pdfVersion", r.version());
            f.put("pdfx", r.pdfx());
            f.put("pdfxVersion", m.pdfxVersion());
            f.put("outputIntent", m.outputIntent());
            f.put("outputCondition", m.outputCondition());
            f.put("fonts", r.fonts());
            f.put("colourSpaces", r.colourSpaces());
            f.put("maxInkPercent", Math.round(r.maxInk()));
            f.put("smallestTypePt", extreme(r, m.smallestType()));
            f.put("thinnestRulePt", extreme(r, m.thinnestRule()));
            f.put("lowestImagePpi", extreme(r, m.lowestPpi()));
            f.put("images", r.images());
            f.put("placeholders", r.placeholders());
            Map<String, String> checks = new LinkedHashMap<>();
            ReportChecks.of(r).forEach(c -> checks.put(c.key(), ReportChecks.status(r, c)));
            f.put("checks", checks);
            f.put("errors", r.errors());
            f.put("warnings", r.warnings());
            List<Object> findings = new ArrayList<>();
            for (Finding x : r.findings()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("severity", x.severity().name().toLowerCase(Locale.ROOT));
                fm.put("code", x.code());
                fm.put("page", x.page());
                fm.put("folio", x.folio());
                fm.put("pageName", x.page() > 0 ? x.where(l) : null);
                fm.put("object", x.object(l));
                fm.put("message", x.message(l));
                fm.put("hint", x.hint(l));
                fm.put("source", x.source() == null ? null : x.source().toString());
                findings.add(fm);
            }
            f.put("findings", findings);
            files.add(f);
        }
        root.put("files", files);
        root.putAll(extra);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {"value": 6.5, "page": 14, "folio": "12", "pageName": "…"}; null when nothing was measured. */
    private static Map<String, Object> extreme(FileReport r, Measures.Extreme e) {
        if (!e.measured()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", round(e.value()));
        m.put("page", e.page());
        m.put("folio", r.label(e.page()));
        m.put("pageName", PageName.of(e.page(), r.label(e.page()), Messages.lang()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
