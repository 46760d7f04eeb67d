package org.issuepress.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;

/** What the editor sees on the terminal: stages with their times, then findings. */
final class Console implements Progress {
    private final PrintStream out;
    private final boolean quiet;
    private final boolean colour;
    private long stageStart;
    private final long start = System.nanoTime();

    Console(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
        this.colour = System.console() != null && System.getenv("NO_COLOR") == null;
    }

    @Override
    public void stage(String name) {
        stageStart = System.nanoTime();
        if (!quiet) {
            out.printf(Locale.ROOT, "%s %-10s", bold("▸"), name);
            out.flush();
        }
    }

    @Override
    public void done(String detail) {
        if (!quiet) {
            out.printf(Locale.ROOT, " %s  %s%n", detail, dim(String.format(Locale.ROOT, "%.1f s", seconds(stageStart))));
        }
    }

    void info(String line) {
        if (!quiet) {
            out.println(line);
        }
    }

    double total() {
        return seconds(start);
    }

    /** Every finding, errors and warnings, in file order; always shown, even with --quiet. */
    void diagnostics(Diagnostics d, PrintStream err) {
        for (Diagnostic x : d.sorted()) {
            String line = x.format();
            err.println(x.isError() ? red(line) : yellow(line));
        }
        if (d.dropped() > 0) {
            err.println("… and " + d.dropped() + " more");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String dim(String s) {
        return colour ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    private String red(String s) {
        return colour ? "\u001b[31m" + s + "\u001b[0m" : s;
    }

    private String yellow(String s) {
        return colour ? "\u001b[33m" + s + "\u001b[0m" : s;
    }
}
