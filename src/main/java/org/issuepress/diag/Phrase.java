package org.issuepress.diag;

import java.util.List;

/**
 * A piece of a sentence that is itself in the catalogue ("half-width comma", "in 'print'"),
 * passed as an argument of a message and worded in the reader's language only when the
 * message is shown, so a diagnostic made once can be printed in either language.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, java.util.Arrays.asList(args));
    }

    public String text(Lang l) {
        return Messages.text(l, key, args.toArray());
    }

    @Override
    public String toString() {
        return text(Messages.lang());
    }
}
