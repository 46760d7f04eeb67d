package org.issuepress.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.issuepress.diag.Phrase;

/** Key spelling: Java component names to YAML keys, and "did you mean" for misspelt keys. */
public final class YamlNames {
    private YamlNames() {
    }

    /** photoCaption → photo_caption */
    public static String key(String component) {
        StringBuilder s = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** GROUPED_BAR → grouped_bar: how an enum constant is written in YAML. */
    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** A hint naming the closest known key, or listing the known keys. */
    public static Phrase suggest(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> Phrase.of("yaml.did-you-mean", k))
                .orElse(Phrase.of("yaml.known-keys", String.join(", ", known)));
    }

    /** The known name the wrong one is most likely a misspelling of, if any is close enough. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= Math.max(2, best.length() / 3)) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
