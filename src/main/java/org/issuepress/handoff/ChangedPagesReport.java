package org.issuepress.handoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.diag.Messages;

/**
 * changed-pages.txt and .json: the pages changed since the previous set, by folio and by
 * signature (台), one line per page — the plates the shop makes again — and the pages that
 * only moved.
 */
final class ChangedPagesReport {
    private ChangedPagesReport() {
    }

    static String text(PageChanges c, int before, int number) {
        StringBuilder s = new StringBuilder();
        s.append(Messages.text("changes.heading", String.valueOf(number), String.valueOf(before))).append("\n\n");
        s.append(ChangeWords.pages(c)).append('\n');
        if (!c.none()) {
            s.append(ChangeWords.signatures(c)).append("\n\n");
            for (PagePrint p : c.changed()) {
                s.append("  ").append(Messages.text("changes.line.changed", p.folio(), String.valueOf(p.page()),
                        String.valueOf(p.signature()))).append('\n');
            }
            for (PageChanges.Moved m : c.moved()) {
                s.append("  ").append(Messages.text("changes.line.moved", m.to().folio(), String.valueOf(m.to().page()),
                        String.valueOf(m.to().signature()), m.from().folio())).append('\n');
            }
            for (PagePrint p : c.removed()) {
                s.append("  ").append(Messages.text("changes.line.removed", p.folio(), String.valueOf(p.page()))).append('\n');
            }
        }
        return s.toString();
    }

    static Map<String, Object> values(PageChanges c, int before, int number) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("set", number);
        v.put("since", before);
        v.put("changed", c.changed().stream().map(ChangedPagesReport::page).toList());
        List<Map<String, Object>> moved = new ArrayList<>();
        for (PageChanges.Moved m : c.moved()) {
            Map<String, Object> one = page(m.to());
            one.put("from_folio", m.from().folio());
            one.put("from_page", m.from().page());
            moved.add(one);
        }
        v.put("moved", moved);
        v.put("removed", c.removed().stream().map(ChangedPagesReport::page).toList());
        v.put("signatures", c.signatures());
        return v;
    }

    private static Map<String, Object> page(PagePrint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folio", p.folio());
        m.put("page", p.page());
        m.put("signature", p.signature());
        return m;
    }
}
