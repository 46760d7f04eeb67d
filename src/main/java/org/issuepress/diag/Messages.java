package org.issuepress.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the tool shows a person, looked up by key in the chosen language's catalogue:
 * {@code org/issuepress/i18n/messages.properties} (English, also the fallback) and
 * {@code messages_zh.properties} (Simplified Chinese), read as UTF-8, filled by
 * {@link MessageFormat} (so a literal apostrophe is written {@code ''}). Code holds keys,
 * never sentences; a test checks that both catalogues have the same keys.
 */
public final class Messages {
    public static final String BUNDLE = "org.issuepress.i18n.messages";
    private static volatile Lang lang = Lang.fromEnvironment();

    private Messages() {
    }

    public static Lang lang() {
        return lang;
    }

    /** Set once by the command line before anything is printed (and by tests). */
    public static void use(Lang l) {
        lang = l;
    }

    /** The text of {@code key} in the current language, {@code args} filled in. */
    public static String text(String key, Object... args) {
        return text(lang, key, args);
    }

    public static String text(Lang l, String key, Object... args) {
        String pattern = pattern(l, key);
        if (pattern == null) {
            throw new MissingResourceException("no message '" + key + "' in the catalogue", BUNDLE, key);
        }
        return format(l, pattern, args);
    }

    /** The text of {@code key}, or null when the catalogue has no such key (optional hints). */
    public static String optional(Lang l, String key, Object... args) {
        String pattern = pattern(l, key);
        return pattern == null ? null : format(l, pattern, args);
    }

    public static boolean has(String key) {
        return pattern(Lang.EN, key) != null;
    }

    public static ResourceBundle bundle(Lang l) {
        // ROOT fallback control: an English machine must not hand a Chinese user the English file
        return ResourceBundle.getBundle(BUNDLE, l.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String pattern(Lang l, String key) {
        ResourceBundle b = bundle(l);
        return b.containsKey(key) ? b.getString(key) : null;
    }

    private static String format(Lang l, String pattern, Object... given) {
        Object[] args = given.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Phrase p) {
                args[i] = p.text(l);
            }
        }
        if (args.length == 0 && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        MessageFormat f = new MessageFormat(pattern, l.locale());
        return f.format(args);
    }
}
