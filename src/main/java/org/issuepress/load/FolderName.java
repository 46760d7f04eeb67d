package org.issuepress.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.issuepress.diag.Printable;

/**
 * A name the tool turns into a folder or file name ({@code output/<id>/<id>-print.pdf}, the
 * photo cache): it must stay one plain name on every system the files travel to — no
 * separators or '..' (it would write, and the cache cleanup delete, outside {@code output/}),
 * no hidden or control characters, nothing Windows refuses (the print shop's machine).
 */
public final class FolderName {
    /** Room for {@code -cover.pdf} and a path under {@code output/} within Windows' 255 per name. */
    public static final int MAX_LENGTH = 64;
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*]");

    /** What is wrong with a name, as the variant of its message key ({@code id-unsafe.<problem>}). */
    public enum Problem {
        EMPTY, SEPARATOR, DOTS, LEADING_DOT, CONTROL, WINDOWS_CHARS, WINDOWS_RESERVED, TRAILING, LONG;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private FolderName() {
    }

    public static Optional<Problem> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.equals(".") || name.equals("..") || name.contains("..")) {
            return Optional.of(Problem.DOTS);
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of(Problem.SEPARATOR);
        }
        if (name.codePoints().anyMatch(Printable::hidden)) {
            return Optional.of(Problem.CONTROL);
        }
        if (name.startsWith(".")) {
            return Optional.of(Problem.LEADING_DOT);
        }
        if (WINDOWS_FORBIDDEN.matcher(name).find()) {
            return Optional.of(Problem.WINDOWS_CHARS);
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            return Optional.of(Problem.WINDOWS_RESERVED);
        }
        if (name.endsWith(" ") || name.endsWith(".") || name.startsWith(" ")) {
            return Optional.of(Problem.TRAILING);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(Problem.LONG);
        }
        return Optional.empty();
    }
}
