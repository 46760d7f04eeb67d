package org.issuepress.serve;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Phrase;

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
        Object what = changed.isEmpty() ? "" : Phrase.of("serve.changed", changed);
        if (o.ok()) {
            terminal.info(Messages.text("serve.redrawn", when, what, String.valueOf(o.redrawn()), String.valueOf(o.pages().size()),
                    String.format(Locale.ROOT, "%.1f", millis / 1000.0)));
        } else {
            terminal.info(Messages.text(o.pages().isEmpty() ? "serve.failed.no-pages" : "serve.failed.last-good", when, what,
                    String.valueOf(o.errors())));
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
            terminal.info("  " + Messages.text("serve.fixed", String.valueOf(fixed)));
        }
        shown = now;
    }
}
