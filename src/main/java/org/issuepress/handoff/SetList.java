package org.issuepress.handoff;

import java.util.List;
import org.issuepress.diag.Messages;

/** {@code handoff --list}: one line per set — number, date, pages, what changed since the set before. */
public final class SetList {
    private SetList() {
    }

    public static String text(List<SetRecord> sets) {
        if (sets.isEmpty()) {
            return Messages.text("handoff.list.none") + "\n";
        }
        StringBuilder s = new StringBuilder();
        for (SetRecord r : sets) {
            s.append(Messages.text("handoff.list.line", HandoffSets.name(r.number()), r.date(), String.valueOf(r.pages()),
                    changes(r.changes()))).append('\n');
        }
        return s.toString();
    }

    /** What changed, in a few words: the first set, none, or the folios and signatures. */
    public static String changes(SetRecord.Changes c) {
        if (c == null) {
            return Messages.text("handoff.list.first");
        }
        if (c.none()) {
            return Messages.text("changes.none");
        }
        StringBuilder s = new StringBuilder();
        if (!c.changed().isEmpty()) {
            s.append(Messages.text("changes.changed", String.join(Messages.text("changes.separator"), c.changed()),
                    String.valueOf(c.changed().size())));
        }
        if (!c.moved().isEmpty()) {
            if (!s.isEmpty()) {
                s.append(Messages.text("changes.then"));
            }
            s.append(Messages.text("handoff.list.moved", String.valueOf(c.moved().size())));
        }
        if (!c.signatures().isEmpty()) {
            s.append(Messages.text("handoff.list.signatures", c.signatures().stream().map(String::valueOf)
                    .reduce((a, b) -> a + Messages.text("changes.separator") + b).orElse("")));
        }
        return s.toString();
    }
}
