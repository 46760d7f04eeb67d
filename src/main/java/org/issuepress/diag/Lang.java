package org.issuepress.diag;

import java.util.Locale;

/**
 * The languages the tool speaks. Chosen by {@code --lang}, else by the environment variable
 * {@code ISSUE_PRESS_LANG}, else by the system locale (a Chinese locale gives Chinese).
 */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    public static final String ENV = "ISSUE_PRESS_LANG";
    /** System property the launcher passes to the build JVM, so both speak the same language. */
    public static final String PROPERTY = "issuepress.lang";

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code zh}, {@code zh_CN}, {@code zh-Hans}, {@code en_US.UTF-8} …; null when it names neither language. */
    public static Lang parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        return null;
    }

    /** The language {@code --lang zh} or {@code --lang=en} names among command-line arguments; null when none does. */
    public static Lang fromArgs(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && parse(value) != null) {
                return parse(value);
            }
        }
        return null;
    }

    /** The language of a run: {@code --lang}, else the property, the environment, the locale. */
    public static Lang chosen(String... args) {
        Lang l = fromArgs(args);
        return l != null ? l : fromEnvironment();
    }

    /** The language when no option names one: the property, the environment, the locale. */
    public static Lang fromEnvironment() {
        Lang l = parse(System.getProperty(PROPERTY));
        if (l == null) {
            l = parse(System.getenv(ENV));
        }
        if (l == null) {
            for (String v : new String[] {System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG")}) {
                if (v != null && !v.isBlank()) {
                    l = parse(v);
                    break;
                }
            }
        }
        if (l == null) {
            l = Locale.getDefault().getLanguage().equals("zh") ? ZH : EN;
        }
        return l;
    }
}
