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

    /** A key written twice silently keeps the last text; the catalogues merge by union, so this can happen. */
    @Test
    void noKeyIsWrittenTwice() throws java.io.IOException {
        for (String file : new String[] {"messages.properties", "messages_zh.properties"}) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            java.util.List<String> lines = java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("src/main/resources/org/issuepress/i18n", file));
            boolean continued = false;
            for (String line : lines) {
                String t = line.strip();
                boolean key = !continued && !t.isEmpty() && !t.startsWith("#") && !t.startsWith("!");
                continued = t.endsWith("\\") && !t.endsWith("\\\\");
                if (key) {
                    int eq = t.indexOf('=');
                    String k = (eq < 0 ? t : t.substring(0, eq)).strip();
                    if (seen.merge(k, 1, Integer::sum) == 2) {
                        twice.add(k);
                    }
                }
            }
            assertTrue(twice.isEmpty(), file + " writes these keys twice: " + twice);
        }
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
    void aSampleOfMessagesInEachLanguage() {
        SourcePos at = new SourcePos("articles/a.txt", 5, 3);
        Diagnostic comma = Diagnostic.of(Severity.WARNING, "punct-width", at, Phrase.of("punct.kind.comma"), "领导,科学",
                Phrase.of("punct.times", "67"), "领导，科学");
        assertEquals("articles/a.txt:5:3: 警告: 中文里用了半角逗号“,”：“领导,科学”（本文件共 67 处，这是第一处）——应为“领导，科学”",
                comma.format(Lang.ZH));
        assertEquals("articles/a.txt:5:3: warning: half-width comma ',' in Chinese text: '领导,科学' (first of 67 in this file)"
                + " — write '领导，科学'", comma.format(Lang.EN));
        Diagnostic key = Diagnostic.of(Severity.ERROR, "yaml-unknown-key", at, "titel", Phrase.of("yaml.in", "cover"),
                Phrase.of("yaml.did-you-mean", "title"));
        assertEquals("articles/a.txt:5:3: 错误: 不认识的键“titel”（在“cover”里）——是不是要写“title”？", key.format(Lang.ZH));
        assertEquals("articles/a.txt:5:3: error: unknown key 'titel' in 'cover' — did you mean 'title'?", key.format(Lang.EN));
        assertEquals("出血只有 2.0 mm，不足 3 mm", Messages.text(Lang.ZH, "preflight.bleed", "2.0"));
        assertEquals("bleed 2.0 mm, less than 3 mm", Messages.text(Lang.EN, "preflight.bleed", "2.0"));
        assertEquals("第 12 页（PDF 第 14 页）", PageName.of(14, "12", Lang.ZH));
        assertEquals("封面 (PDF page 1)", PageName.of(1, "封面", Lang.EN));
    }

    @Test
    void theLanguageComesFromTheOptionThenTheEnvironment() {
        assertEquals(Lang.ZH, Lang.fromArgs("check", "--lang", "zh", "x"));
        assertEquals(Lang.EN, Lang.fromArgs("check", "--lang=en_US.UTF-8", "x"));
        assertEquals(null, Lang.fromArgs("check", "x", "--", "--lang", "zh"), "after -- it is a file name");
        assertEquals(Lang.EN, Lang.chosen("check", "x"), "tests set -Dissuepress.lang=en");
    }

    @Test
    void aDiagnosticIsWordedInTheLanguageAsked() {
        Diagnostic d = Diagnostic.of(Severity.ERROR, "title-long", new SourcePos("a.txt", 3, 7), 3);
        assertEquals("a.txt:3:7: 错误: ", d.format(Lang.ZH).substring(0, "a.txt:3:7: 错误: ".length()));
        assertTrue(d.format(Lang.EN).startsWith("a.txt:3:7: error: "));
    }
}
