package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * A designer's mistake in templates/ or fonts/ is reported at its file, with line and column
 * where there is one, exit code 1, by check as by build, and never as an internal error or a
 * Java class name.
 */
class DesignerMistakesTest {

    record Run(int code, String err) {
    }

    static Run run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    /** check and build with these templates and fonts: both exit 1 with {@code expected} in what they say. */
    private static void bothSay(Path templates, Path fonts, String expected) throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Path out = Files.createTempDirectory("out-");
        for (String command : new String[]{"check", "build"}) {
            Run r = command.equals("check")
                    ? run(command, issue.toString(), "--templates", templates.toString(), "--fonts", fonts.toString())
                    : run(command, issue.toString(), "--templates", templates.toString(), "--fonts", fonts.toString(),
                    "--out", out.toString());
            assertEquals(1, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains(expected), command + " says\n" + r.err());
            assertFalse(r.err().contains("internal error") || r.err().matches("(?s).*\\b(java|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error).*"),
                    command + " names no Java class: " + r.err());
        }
    }

    private static Path copy(String folder) throws IOException {
        Path dir = Files.createTempDirectory(folder + "-");
        Path from = TestFonts.ROOT.resolve(folder);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!folder.equals("fonts")) {
                    Files.copy(f, to);
                } else {
                    Files.createSymbolicLink(to, f); // the fonts are large: linked, and the one to break replaced
                }
            }
        }
        return dir;
    }

    /** A copy of the templates with the first {@code from} in {@code file} replaced. */
    private static Path templatesWith(String file, String from, String to) throws IOException {
        Path templates = copy("templates");
        Path f = templates.resolve(file);
        Files.writeString(f, Files.readString(f).replaceFirst(from, to));
        return templates;
    }

    @Test
    void aBrokenTagInATemplateIsAtItsLineAndColumn() throws IOException {
        // the line of the first <div, wherever edits to the template have moved it
        java.util.List<String> lines = Files.readAllLines(TestFonts.ROOT.resolve("templates/pages/article.html"));
        int line = 1 + java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("<div")).findFirst().orElseThrow();
        bothSay(templatesWith("pages/article.html", "<div", "<div <<"), TestFonts.ROOT.resolve("fonts"),
                "pages/article.html:" + line + ":8: error: the template is not well-formed XML");
    }

    @Test
    void anExpressionThymeleafCannotRunIsAtItsLineAndColumn() throws IOException {
        bothSay(templatesWith("page.html", "<body", "<body th:text=\"\\${nosuch.thing()}\""), TestFonts.ROOT.resolve("fonts"),
                "page.html:14:7: error: the template cannot be run");
    }

    @Test
    void anEmptyFontFileIsNamedWithItsRoleInTheDesign() throws IOException {
        Path fonts = copy("fonts");
        Files.delete(fonts.resolve("LXGWWenKai-Regular.ttf"));
        Files.createFile(fonts.resolve("LXGWWenKai-Regular.ttf"));
        bothSay(TestFonts.ROOT.resolve("templates"), fonts,
                "LXGWWenKai-Regular.ttf: error: the font file is empty (0 bytes); templates/design.yaml uses it as fonts.kai");
    }

    @Test
    void aFontFileCutShortIsNamedAsDamaged() throws IOException {
        Path fonts = copy("fonts");
        byte[] whole = Files.readAllBytes(TestFonts.ROOT.resolve("fonts/NotoSansCJKsc-Bold.otf"));
        Files.delete(fonts.resolve("NotoSansCJKsc-Bold.otf"));
        Files.write(fonts.resolve("NotoSansCJKsc-Bold.otf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        bothSay(TestFonts.ROOT.resolve("templates"), fonts, "NotoSansCJKsc-Bold.otf: error: the font file cannot be read: it is cut short");
    }
}
