package org.issuepress.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code names is in the catalogue: the string literals passed as keys to
 * {@code Messages.text}, {@code Messages.optional}, {@code Phrase.of}, {@code Diagnostic.of},
 * {@code Diagnostics.report} and preflight's findings. A literal ending in '.' starts a key
 * made at run time ({@code "punct.kind." + kind}): some key must start with it. And no
 * sentence is printed from code: a literal with two English words given to println, print,
 * printf or format of System.out/err fails.
 */
class MessageKeysInCodeTest {
    private static final Path SOURCES = Path.of("src/main/java/org/issuepress");
    /** Calls whose first argument is a key. */
    private static final Pattern FIRST = Pattern.compile("(?:Messages\\.text|Messages\\.optional|Phrase\\.of|Messages\\.has)\\(\\s*(?:(?:l|lang|Lang\\.\\w+|[a-z]\\w*\\(\\)),\\s*)?([^,)]*)");
    /** Calls whose second argument is a key (the first is the severity). */
    private static final Pattern SECOND = Pattern.compile("(?:Diagnostic\\.of|\\.report)\\(\\s*Severity\\.\\w+,\\s*([^,]+),");
    /** Preflight's sink: {@code out.error(key, …)}, {@code out.add(severity, key, …)}. */
    private static final Pattern PREFLIGHT = Pattern.compile("out\\.(?:error|warning)\\(\\s*([^,]+),|out\\.add\\([^,]+,\\s*([^,]+),");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PRINTED = Pattern.compile("System\\.(?:out|err)\\.(?:println|print|printf|format)\\(\\s*\"([^\"]*)\"");
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,}");

    @Test
    void everyKeyInTheCodeIsInTheCatalogue() throws IOException {
        ResourceBundle en = Messages.bundle(Lang.EN);
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path file : sources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            String name = SOURCES.relativize(file).toString();
            List<String> keys = new ArrayList<>();
            collect(FIRST, code, "", keys);
            collect(SECOND, code, "", keys);
            if (name.startsWith("preflight")) {
                collect(PREFLIGHT, code, "preflight.", keys);
            }
            for (String key : keys) {
                seen++;
                boolean found = key.endsWith(".")
                        ? en.keySet().stream().anyMatch(k -> k.startsWith(key))
                        : en.containsKey(key);
                if (!found) {
                    missing.add(name + ": " + key);
                }
            }
        }
        assertTrue(seen > 150, "the scan finds the keys (" + seen + ")");
        assertTrue(missing.isEmpty(), "keys not in the catalogue: " + missing);
    }

    @Test
    void noSentenceIsPrintedFromCode() throws IOException {
        List<String> printed = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = PRINTED.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (SENTENCE.matcher(m.group(1)).find()) {
                    printed.add(SOURCES.relativize(file) + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertTrue(printed.isEmpty(), "sentences printed from code instead of the catalogue: " + printed);
    }

    /** An option's help written in code stays English in a Chinese --help: help texts are catalogue keys too. */
    @Test
    void noOptionHelpIsWrittenInCode() throws IOException {
        Pattern inline = Pattern.compile("@(?:Option|Parameters|Command)\\([^)]*\\bdescription\\s*=");
        List<String> inCode = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = inline.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                inCode.add(SOURCES.relativize(file) + ": " + m.group());
            }
        }
        assertTrue(inCode.isEmpty(), "help written in code instead of the catalogue (use descriptionKey): " + inCode);
    }

    private static void collect(Pattern call, String code, String prefix, List<String> keys) {
        Matcher m = call.matcher(code);
        while (m.find()) {
            String arg = m.group(1) != null ? m.group(1) : m.group(2);
            Matcher lit = LITERAL.matcher(arg);
            while (lit.find()) {
                // a key is the argument, or a branch of a ?: — not a literal compared or appended to something
                String before = arg.substring(0, lit.start()).strip();
                if (before.isEmpty() || before.endsWith("?") || before.endsWith(":")) {
                    boolean start = arg.substring(lit.end()).strip().startsWith("+");
                    keys.add(prefix + lit.group(1) + (start && !lit.group(1).endsWith(".") ? "." : ""));
                }
            }
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
