package org.issuepress.diag;

import java.util.List;

/**
 * One problem an editor can act on: where it is, what is wrong, how to fix it.
 * Every stage reports through this one type; the code names the kind of problem for
 * tests and for the JSON reports, and is the key of its sentence in the message catalogue
 * ({@code <code>} for what is wrong, {@code <code>.hint} for how to fix it), so the words are
 * looked up in the reader's language when shown and tests can assert code and arguments.
 *
 * <p>{@code fixedMessage}/{@code fixedHint} carry text from before the catalogue; they are
 * being moved into it (a test lists the codes still outside).
 */
public record Diagnostic(Severity severity, String code, SourcePos pos, List<Object> args,
                         String fixedMessage, String fixedHint) {

    public Diagnostic {
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    /** A diagnostic whose words are {@code code} and {@code code.hint} in the catalogue. */
    public static Diagnostic of(Severity severity, String code, SourcePos pos, Object... args) {
        return new Diagnostic(severity, code, pos, List.of(nonNull(args)), null, null);
    }

    /** Old form with English text in code; being replaced by catalogue keys. */
    public static Diagnostic error(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, pos, List.of(), message, hint);
    }

    /** Old form with English text in code; being replaced by catalogue keys. */
    public static Diagnostic warning(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, pos, List.of(), message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in the current language. */
    public String message() {
        return message(Messages.lang());
    }

    public String message(Lang l) {
        if (fixedMessage != null) {
            return fixedMessage;
        }
        return Messages.text(l, code, args.toArray());
    }

    /** How to fix it, in the current language; null when there is nothing to add. */
    public String hint() {
        return hint(Messages.lang());
    }

    public String hint(Lang l) {
        if (fixedMessage != null) {
            return fixedHint;
        }
        return Messages.optional(l, code + ".hint", args.toArray());
    }

    /**
     * {@code file:line:col: error: what — how to fix}, the form every editor tool understands;
     * on one line whatever a file name or quoted text holds ({@link Printable}).
     */
    public String format() {
        return format(Messages.lang());
    }

    public String format(Lang l) {
        StringBuilder s = new StringBuilder();
        s.append(pos).append(": ").append(severity.label(l)).append(": ").append(message(l));
        String h = hint(l);
        if (h != null && !h.isBlank()) {
            s.append(" — ").append(h);
        }
        return Printable.escape(s.toString());
    }

    @Override
    public String toString() {
        return format();
    }

    private static Object[] nonNull(Object[] args) {
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = "";
            }
        }
        return copy;
    }
}
