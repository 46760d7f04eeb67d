package org.issuepress.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * Every command the README and the editors' guides show can be pasted into bash as it stands
 * (issue #26 item 13: {@code --section 区县(市)扶贫篇} unquoted is a syntax error), and the
 * README tells a developer what the tests need (item 18).
 */
class PastableCommandsTest {
    private static final List<Path> DOCS = List.of(TestFonts.ROOT.resolve("README.md"), GuidesTest.EN, GuidesTest.ZH);
    /** A command in a code block, or in an inline code span that starts like one. */
    private static final Pattern INLINE = Pattern.compile("`((?:java -jar |import |issue-press )[^`]*)`");

    static List<String> commands(Path doc) throws IOException {
        List<String> found = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (fenced && line.strip().startsWith("java -jar ")) {
                found.add(line.strip());
            } else if (!fenced) {
                Matcher m = INLINE.matcher(line);
                while (m.find()) {
                    if (m.group(1).contains("--section ")) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyCommandShownParsesInBash() throws Exception {
        int checked = 0;
        for (Path doc : DOCS) {
            for (String command : commands(doc)) {
                // -n: read the command, run nothing; "…" stands for what the editor fills in
                Process p = new ProcessBuilder("bash", "-n", "-c", command.replace("…", "x")).redirectErrorStream(true).start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.waitFor(), doc.getFileName() + ": " + command + "\n" + said);
                checked++;
            }
        }
        assertTrue(checked >= 6, "commands found: " + checked);
    }

    @Test
    void theReadmeSaysTheTestsNeedChromiumAndWhatTheyCost() throws IOException {
        String readme = Files.readString(TestFonts.ROOT.resolve("README.md"));
        int tests = readme.indexOf("mvn -B -o test");
        assertTrue(tests >= 0, "the README shows how to run the tests");
        String around = readme.substring(Math.max(0, tests - 1500), Math.min(readme.length(), tests + 1500));
        assertTrue(around.contains("Chromium"), around);
        assertTrue(around.matches("(?s).*\\d+ minutes.*") && around.matches("(?s).*\\d(\\.\\d)? GB.*"), around);
    }
}
