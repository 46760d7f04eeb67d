package org.issuepress.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects what the stages find instead of throwing at the first problem, so an editor sees
 * every mistake at once. Caps the count so a badly broken file does not flood the terminal.
 * Stages may report from several threads.
 */
public final class Diagnostics {
    private static final int MAX = 500;
    private final List<Diagnostic> items = new ArrayList<>();
    private int dropped;
    private final List<Diagnostic> accepted = new ArrayList<>();
    private Predicate<Diagnostic> accepts = d -> false;

    /**
     * Warnings the editors marked as intended (the accepted.yaml): kept apart from now
     * on, listed as accepted instead of reported again.
     */
    public synchronized void accepting(Predicate<Diagnostic> intended) {
        accepts = intended;
    }

    /** The warnings reported that the editors had accepted, in the order reported. */
    public synchronized List<Diagnostic> accepted() {
        return List.copyOf(accepted);
    }

    private synchronized void keepAccepted(Diagnostic d) {
        if (!accepted.contains(d)) {
            accepted.add(d);
        }
    }

    /** Synchronized: the composer sets articles in parallel. */
    public synchronized void report(Diagnostic d) {
        if (!d.isError() && accepts.test(d)) {
            keepAccepted(d);
            return;
        }
        if (items.size() >= MAX) {
            dropped++;
            return;
        }
        if (!items.contains(d)) {
            items.add(d);
        }
    }

    /** A finding whose words are {@code key} (and {@code key.hint}) in the message catalogue. */
    public void report(Severity severity, String key, SourcePos pos, Object... args) {
        report(Diagnostic.of(severity, key, pos, args));
    }

    public void addAll(Diagnostics other) {
        other.items.forEach(this::report);
        other.accepted().forEach(this::keepAccepted);
        dropped += other.dropped;
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    public int dropped() {
        return dropped;
    }

    /** In file order, errors and warnings interleaved as they occur in the files. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.pos().file())
                .thenComparingInt(d -> d.pos().line())
                .thenComparingInt(d -> d.pos().col()));
        return copy;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Stops the current stage when something went wrong that later stages cannot work around. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new EditorErrors(this);
        }
    }
}
