package org.issuepress.diag;

import java.util.regex.Pattern;

/**
 * A value as an editor pastes it into a terminal after an option, in a command a message
 * suggests: quoted when bash or zsh would read it otherwise — 区县(市)扶贫篇 unquoted is a
 * syntax error, a folder with a space two arguments.
 */
public final class ShellArg {
    /** Letters (Chinese among them), digits and the punctuation of paths: nothing a shell reads as syntax. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}._/:@%+=,-]+");

    private ShellArg() {
    }

    public static String of(String value) {
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        // in double quotes only " \ $ and ` are still special
        return '"' + value.replaceAll("([\"\\\\$`])", "\\\\$1") + '"';
    }
}
