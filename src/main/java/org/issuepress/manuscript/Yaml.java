package org.issuepress.manuscript;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Scalars written so YAML reads them back as the same text: plain when that is safe, else double-quoted. */
final class Yaml {
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}（）()、·．.%％—/][\\p{L}\\p{N}（）()、·．.%％—/ \\-《》“”‘’，。；：？！]*");

    private Yaml() {
    }

    static String scalar(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean keyword = lower.matches("null|true|false|yes|no|on|off|~");
        if (!s.isEmpty() && SAFE.matcher(s).matches() && !keyword && !s.endsWith(" ")) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String flow(List<String> items) {
        return "[" + String.join(", ", items.stream().map(Yaml::scalar).toList()) + "]";
    }
}
