package org.issuepress.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The two catalogues hold the same keys, and every pattern is a valid MessageFormat with the same arguments. */
class MessageCatalogueTest {

    @Test
    void bothLanguagesHaveEveryKey() {
        Set<String> en = new TreeSet<>(Messages.bundle(Lang.EN).keySet());
        Set<String> zh = new TreeSet<>(Messages.bundle(Lang.ZH).keySet());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertTrue(onlyEn.isEmpty(), "keys without a Chinese text: " + onlyEn);
        assertTrue(onlyZh.isEmpty(), "keys without an English text: " + onlyZh);
    }

    @Test
    void patternsParseAndTakeTheSameArguments() {
        ResourceBundle en = Messages.bundle(Lang.EN);
        ResourceBundle zh = Messages.bundle(Lang.ZH);
        for (String key : en.keySet()) {
            if (isHelp(key)) {
                continue; // picocli's format (%n, ${DEFAULT-VALUE}), not MessageFormat
            }
            int a = new MessageFormat(en.getString(key)).getFormatsByArgumentIndex().length;
            int b = new MessageFormat(zh.getString(key)).getFormatsByArgumentIndex().length;
            assertEquals(a, b, "'" + key + "' takes " + a + " argument(s) in English and " + b + " in Chinese");
        }
    }

    /** Keys picocli reads for help and usage. */
    static boolean isHelp(String key) {
        return key.startsWith("usage.") || key.startsWith("help.") || key.startsWith("issue-press.")
                || key.startsWith("mixinStandardHelpOptions.") || key.startsWith("helpCommand.");
    }

    @Test
    void aDiagnosticIsWordedInTheLanguageAsked() {
        Diagnostic d = Diagnostic.of(Severity.ERROR, "title-long", new SourcePos("a.txt", 3, 7), 3);
        assertEquals("a.txt:3:7: 错误: ", d.format(Lang.ZH).substring(0, "a.txt:3:7: 错误: ".length()));
        assertTrue(d.format(Lang.EN).startsWith("a.txt:3:7: error: "));
    }
}
