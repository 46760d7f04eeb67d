package org.issuepress.press;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.diag.Phrase;
import org.issuepress.finish.Editions;
import org.issuepress.model.BindingStyle;
import org.issuepress.proof.ErrorRate;

/**
 * What the print shop reads in the preflight report besides the checks: the binding and its
 * sheets, the print run, the photos and how they were separated — as sentences for
 * preflight.txt and as values for preflight.json.
 */
final class ReportNotes {
    private final List<Phrase> text = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    ReportNotes(Editions.Binding b, int copies, PhotoStage.Count photos) {
        text.add(Phrase.of(b.style() == BindingStyle.SADDLE ? "report.binding.saddle" : "report.binding", String.valueOf(b.insidePages()),
                String.valueOf(b.blankPages()), b.sheets("report.sheets"),
                String.format(Locale.ROOT, "%.2f", b.spineMm()), b.paper(),
                String.format(Locale.ROOT, "%.2f", b.caliperMm())));
        values.put("binding", b);
        if (copies > 0) {
            text.add(Phrase.of("report.copies", String.valueOf(copies)));
            values.put("copies", copies);
        }
        if (photos.total() > 0) {
            text.add(photos.note());
            values.put("photos", photos);
        }
    }

    /** The 编校差错率 as proofreading estimates it (the print shop sees what the editors were told). */
    void proof(Phrase sentence, ErrorRate rate) {
        text.add(Phrase.of("report.proof", sentence));
        values.put("proofreading", rate);
    }

    /**
     * The editions preflight does not check — the EPUB and the WeChat folder — each file with
     * its size and SHA-256, so that what is handed on can be told from another build's.
     */
    ReportNotes unchecked(Map<String, byte[]> made) {
        List<Map<String, Object>> files = new ArrayList<>();
        made.forEach((name, bytes) -> {
            if (!name.endsWith(".pdf")) {
                String sha = org.issuepress.preflight.Preflight.sha256(bytes);
                text.add(Phrase.of("report.unchecked-file", name, String.valueOf(bytes.length), sha));
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", name);
                f.put("bytes", bytes.length);
                f.put("sha256", sha);
                files.add(f);
            }
        });
        if (!files.isEmpty()) {
            values.put("unchecked", files);
        }
        return this;
    }

    List<Phrase> text() {
        return text;
    }

    Map<String, Object> values() {
        return values;
    }
}
