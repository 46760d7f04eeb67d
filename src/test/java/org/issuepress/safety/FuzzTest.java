package org.issuepress.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.load.IssueLoader;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random edits of the sample issue's files, each loaded and checked: every
 * failure must be a reported error, never an exception escaping. Seeded, so a failure
 * repeats; bounded to a few seconds.
 */
class FuzzTest {
    static final long SEED = 20210101L;
    static final int MUTATIONS = 2000;
    /** Pieces an editor's mistakes (or a broken tool) put into YAML and text. */
    static final String[] PIECES = {":", ": ", "- ", "  ", "\t", "\"", "'", "**", "#", "> ", "[", "]", "[图", "[表 ", "[图表 ",
        "{", "}", "&a", "*a", "!!", "%", "@", "|", ">", "\n", "\n---\n", "---", "\r", "\u0000", "\u202E", "\uFFFD", "\uD800",
        "../", "/etc/passwd", "tables/", "kind: ", "title: ", "𠀀", "——", "……", "（", "）", "0x", "1e999", "-1", "null", "~"};

    @Test
    void randomEditsGiveReportedErrorsNeverExceptions() throws IOException {
        Path base = TestIssues.minimalWith(null);
        copySample(base);
        List<Path> files;
        try (Stream<Path> s = Files.walk(base)) {
            files = s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> originals = new ArrayList<>();
        for (Path f : files) {
            originals.add(Files.readString(f));
        }
        Random random = new Random(SEED);
        int errors = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            int which = random.nextInt(files.size());
            String mutated = mutate(originals.get(which), random);
            Files.write(files.get(which), mutated.getBytes(StandardCharsets.UTF_8));
            Diagnostics d = new Diagnostics();
            try {
                IssueLoader.load(base, d);
            } catch (EditorErrors e) {
                errors++;
                assertTrue(e.diagnostics().hasErrors(), "an EditorErrors without an error");
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutation " + i + " of " + base.relativize(files.get(which)) + " escaped as " + e + "\n---\n" + mutated);
            } finally {
                Files.writeString(files.get(which), originals.get(which));
            }
        }
        assertTrue(errors > MUTATIONS / 10, "the mutations do break things: " + errors + " errors");
    }

    /** The sample issue's timeline and a table of it join the minimal issue, so real data is mutated too. */
    private static void copySample(Path base) throws IOException {
        Files.copy(SampleIssue.DIR.resolve("articles/138-dashiji.txt"), base.resolve("articles/138-dashiji.txt"));
        Files.copy(SampleIssue.DIR.resolve("tables/yulu.yaml"), base.resolve("tables/yulu.yaml"));
        Files.writeString(base.resolve("articles/two.txt"), Files.readString(base.resolve("articles/two.txt")) + "[表 tables/yulu.yaml]\n");
        String issue = Files.readString(base.resolve("issue.yaml"));
        Files.writeString(base.resolve("issue.yaml"), issue.replace("      - articles/one.txt\n",
                "      - articles/one.txt\n      - articles/138-dashiji.txt\n"));
    }

    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(12)));
                case 2 -> {
                    int len = Math.min(b.length() - at, 1 + r.nextInt(40));
                    b.insert(r.nextInt(b.length() + 1), b.substring(at, at + len));
                }
                case 3 -> {
                    int nl = b.indexOf("\n", at);
                    if (nl >= 0) {
                        b.insert(nl + 1, " ".repeat(1 + r.nextInt(4)));
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, (char) (0x20 + r.nextInt(0x5000)));
                    }
                }
            }
        }
        return b.toString();
    }
}
