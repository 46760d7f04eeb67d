package org.issuepress.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Printable;
import org.issuepress.serve.Terminal;

/** What the editor sees on the terminal: stages with their times, then findings. */
final class Console implements Terminal {
    private final PrintStream out;
    private final boolean quiet;
    private final boolean terminal;
    private final boolean colour;
    private long stageStart;
    private String stage = "";
    private boolean counting;
    private boolean open;
    private final long start = System.nanoTime();

    Console(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
        this.terminal = System.console() != null;
        this.colour = terminal && System.getenv("NO_COLOR") == null;
    }

    @Override
    public synchronized void stage(String name) {
        stageStart = System.nanoTime();
        stage = name;
        counting = false;
        if (!quiet) {
            out.print(stageLabel());
            out.flush();
            open = true;
        }
    }

    /** A page count rewritten in place; only on a terminal, where it does not fill a log file. */
    @Override
    public synchronized void step(int done, int total) {
        if (!quiet && terminal) {
            out.printf(Locale.ROOT, "\r%s %d/%d", stageLabel(), done, total);
            out.flush();
            counting = true;
        }
    }

    @Override
    public synchronized void done(String detail) {
        if (!quiet) {
            if (counting) {
                out.print("\r\u001b[K" + stageLabel());
                counting = false;
            }
            out.printf(Locale.ROOT, " %s  %s%n", detail, dim(Messages.text("stage.seconds", String.format(Locale.ROOT, "%.1f", seconds(stageStart)))));
            open = false;
        }
    }

    private String stageLabel() {
        return bold("▸") + " " + padded(Messages.text("stage." + stage), 10);
    }

    /** A line; {@code ""} ends a stage line that a failure left open, and prints nothing more. */
    @Override
    public synchronized void info(String line) {
        if (!quiet) {
            boolean ended = endOpenStage();
            if (!(ended && line.isEmpty())) {
                out.println(Printable.escape(line));
            }
        }
    }

    /**
     * The stage a failure stopped, said so on its line ("▸ 排版  未完成，问题见下"): a stage
     * label standing alone reads like one still running, or like output cut off.
     */
    synchronized void stopped() {
        if (open && !quiet) {
            if (counting) {
                out.print("\r\u001b[K" + stageLabel());
                counting = false;
            }
            out.println(" " + Messages.text("stage.stopped"));
            open = false;
        }
    }

    @Override
    public synchronized void problem(Diagnostic d) {
        endOpenStage();
        problem(d, out);
    }

    private boolean endOpenStage() {
        if (!open) {
            return false;
        }
        out.println();
        open = false;
        return true;
    }

    private void problem(Diagnostic d, PrintStream to) {
        String line = d.format();
        to.println(d.isError() ? red(line) : yellow(line));
    }

    double total() {
        return seconds(start);
    }

    /** Every finding, errors and warnings, in file order; always shown, even with --quiet. */
    void diagnostics(Diagnostics d, PrintStream err) {
        for (Diagnostic x : d.sorted()) {
            problem(x, err);
        }
        if (d.dropped() > 0) {
            err.println(Messages.text("cli.dropped", String.valueOf(d.dropped())));
        }
    }

    /** {@code s} filled with spaces to {@code columns} terminal columns; a Chinese character takes two. */
    static String padded(String s, int columns) {
        int width = s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 ? 2 : 1).sum();
        return width >= columns ? s : s + " ".repeat(columns - width);
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
