package org.issuepress.preflight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.diag.Messages;

/** Preflight reports for people (preflight.txt) and for programs (preflight.json). */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static String text(List<FileReport> reports, List<String> notes) {
        StringBuilder s = new StringBuilder();
        for (FileReport r : reports) {
            s.append(r.file()).append('\n');
            s.append(String.format(Locale.ROOT, "  %s edition, %d pages, trim %s, PDF %s%s, %.1f MB%n",
                    r.edition().name().toLowerCase(Locale.ROOT), r.pages(), r.trim(), r.version(),
                    r.pdfx() ? " (PDF/X-1a:2001)" : "", r.bytes() / 1048576.0));
            s.append("  fonts: ");
            List<String> fonts = new ArrayList<>();
            r.fonts().forEach((k, v) -> fonts.add(k + " (" + v + ")"));
            s.append(String.join(", ", fonts)).append('\n');
            s.append("  colour spaces: ").append(String.join(", ", r.colourSpaces()));
            s.append(String.format(Locale.ROOT, "; highest total ink %.0f %%%n", r.maxInk()));
            s.append(String.format(Locale.ROOT, "  images: %d; placeholders: %d%n", r.images(), r.placeholders()));
            s.append(String.format(Locale.ROOT, "  %d error(s), %d warning(s)%n", r.errors(), r.warnings()));
            r.findings().forEach(f -> s.append("  ").append(f.format()).append('\n'));
            s.append('\n');
        }
        notes.forEach(n -> s.append(n).append('\n'));
        return s.toString();
    }

    public static String json(List<FileReport> reports, Map<String, Object> extra) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> files = new ArrayList<>();
        for (FileReport r : reports) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", r.file());
            f.put("edition", r.edition().name().toLowerCase(Locale.ROOT));
            f.put("bytes", r.bytes());
            f.put("pages", r.pages());
            f.put("trim", r.trim());
            f.put("pdfVersion", r.version());
            f.put("pdfx", r.pdfx());
            f.put("fonts", r.fonts());
            f.put("colourSpaces", r.colourSpaces());
            f.put("maxInkPercent", Math.round(r.maxInk()));
            f.put("images", r.images());
            f.put("placeholders", r.placeholders());
            f.put("errors", r.errors());
            f.put("warnings", r.warnings());
            List<Object> findings = new ArrayList<>();
            for (Finding x : r.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", x.severity().label());
                m.put("code", x.code());
                m.put("page", x.page());
                m.put("object", x.object(Messages.lang()));
                m.put("message", x.message());
                m.put("hint", x.hint());
                m.put("source", x.source());
                findings.add(m);
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
}
