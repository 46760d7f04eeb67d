package org.issuepress.serve;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.issuepress.diag.Diagnostic;

/**
 * What the terminal says about each rebuild: one line, then only the findings it has not shown
 * yet (the 31 warnings of the sample issue once, not after every save), and how many went away.
 */
final class RebuildReport {
    private final Terminal terminal;
    private Set<String> shown = Set.of();

    RebuildReport(Terminal terminal) {
        this.terminal = terminal;
    }

    /** @param changed the files that started the rebuild, as {@code PreviewState.Status} names them */
    void report(Rebuilder.Outcome o, String changed, long millis) {
        String when = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        String what = changed.isEmpty() ? "" : changed + " changed → ";
        if (o.ok()) {
            terminal.info(String.format(Locale.ROOT, "%s %s%d of %d pages redrawn in %.1f s", when, what, o.redrawn(),
                    o.pages().size(), millis / 1000.0));
        } else {
            terminal.info(when + " " + what + o.errors() + " error(s); " + (o.pages().isEmpty()
                    ? "no pages until they are fixed" : "the preview keeps the last good pages"));
        }
        Set<String> now = new HashSet<>();
        for (Diagnostic d : o.diagnostics()) {
            now.add(d.format());
            if (!shown.contains(d.format())) {
                terminal.problem(d);
            }
        }
        long fixed = shown.stream().filter(r -> !now.contains(r)).count();
        if (fixed > 0) {
            terminal.info("  " + fixed + " problem(s) fixed");
        }
        shown = now;
    }
}
