package org.issuepress.handoff;

import java.util.List;
import java.util.stream.Collectors;
import org.issuepress.diag.Messages;

/** The changed pages said in words, by printed folio and by signature (台), as the ticket and changed-pages.txt say them. */
final class ChangeWords {
    private ChangeWords() {
    }

    static String pages(PageChanges c) {
        if (c.none()) {
            return Messages.text("changes.none");
        }
        StringBuilder s = new StringBuilder();
        if (!c.changed().isEmpty()) {
            s.append(Messages.text("changes.changed", folios(c.changed()), String.valueOf(c.changed().size())));
        }
        if (!c.moved().isEmpty()) {
            append(s, Messages.text("changes.moved", c.moved().stream()
                    .map(m -> Messages.text("changes.moved.one", m.to().folio(), m.from().folio()))
                    .collect(Collectors.joining(Messages.text("changes.separator")))));
        }
        if (!c.removed().isEmpty()) {
            append(s, Messages.text("changes.removed", folios(c.removed())));
        }
        return s.toString();
    }

    static String signatures(PageChanges c) {
        if (c.signatures().isEmpty()) {
            return Messages.text("changes.none");
        }
        return Messages.text("changes.signatures", c.signatures().stream().map(String::valueOf)
                .collect(Collectors.joining(Messages.text("changes.separator"))), String.valueOf(c.signatures().size()));
    }

    static String folios(List<PagePrint> pages) {
        return pages.stream().map(PagePrint::folio).collect(Collectors.joining(Messages.text("changes.separator")));
    }

    private static void append(StringBuilder s, String more) {
        if (!s.isEmpty()) {
            s.append(Messages.text("changes.then"));
        }
        s.append(more);
    }
}
