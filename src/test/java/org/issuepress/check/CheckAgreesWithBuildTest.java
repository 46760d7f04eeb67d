package org.issuepress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.issuepress.cli.Main;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: {@code check} finds everything {@code build} refuses. Every broken case under
 * src/test/resources/broken/ goes through both commands; they must fail alike, with the same
 * errors, and the build must write nothing.
 */
class CheckAgreesWithBuildTest {

    static Stream<String> cases() throws IOException {
        return BrokenInputsTest.cases();
    }

    record Run(int code, Set<String> errors, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = Stream.concat(Stream.of(args), Stream.of("--templates", TestFonts.ROOT.resolve("templates").toString(),
                    "--fonts", TestFonts.ROOT.resolve("fonts").toString())).toArray(String[]::new);
            int code = Main.run(all);
            String text = err.toString(StandardCharsets.UTF_8);
            Set<String> errors = new TreeSet<>(text.lines().filter(l -> l.contains(": error: ")).toList());
            return new Run(code, errors, text);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkAndBuildRefuseItAlike(String name) throws IOException {
        Path issue = TestIssues.minimalWith(name);
        Path out = Files.createTempDirectory("out-");
        Run check = run("check", issue.toString(), "--out", out.toString());
        Run build = run("build", issue.toString(), "--out", out.toString());
        assertEquals(1, build.code(), "build refuses it: " + build.err());
        assertEquals(1, check.code(), "check refuses what build refuses: " + check.err());
        assertFalse(build.errors().isEmpty(), "build says why: " + build.err());
        assertEquals(build.errors(), check.errors(), "the same errors\ncheck:\n" + check.err() + "\nbuild:\n" + build.err());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(0, written.filter(p -> !p.getFileName().toString().equals(".cache")).count(), "nothing written");
        }
    }
}
