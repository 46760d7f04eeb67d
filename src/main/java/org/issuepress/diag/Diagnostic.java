package org.issuepress.diag;

import java.util.List;

/**
 * One problem an editor can act on: where it is, what is wrong, how to fix it.
 * Every stage reports through this one type. Its words are looked up in the message
 * catalogue when shown, in the reader's language: {@code key} for what is wrong,
 * {@code key.hint} for how to fix it. The code — what tests and the JSON reports name — is the
 * key up to its first dot, so one kind of problem may have several sentences
 * ({@code ref-outside.absolute}, {@code ref-outside.link}) and keep one code.
 */
public record Diagnostic(Severity severity, String key, SourcePos pos, List<Object> args) {

    public Diagnostic {
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    /** A diagnostic whose words are {@code key} and {@code key.hint} in the catalogue. */
    public static Diagnostic of(Severity severity, String key, SourcePos pos, Object... args) {
        return new Diagnostic(severity, key, pos, java.util.Arrays.asList(args));
    }

    /** The kind of problem, for tests and the JSON reports: the key up to its first dot. */
    public String code() {
        return codeOf(key);
    }

    /** The code of a catalogue key: the key up to its first dot (a variant's words share its code). */
    public static String codeOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in the current language. */
    public String message() {
        return message(Messages.lang());
    }

    public String message(Lang l) {
        return Messages.text(l, key, args.toArray());
    }

    /** How to fix it, in the current language; null when there is nothing to add. */
    public String hint() {
        return hint(Messages.lang());
    }

    public String hint(Lang l) {
        return Messages.optional(l, key + ".hint", args.toArray());
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
            s.append(Messages.text(l, "diag.then")).append(h);
        }
        return Printable.escape(s.toString());
    }

    @Override
    public String toString() {
        return format();
    }
}
