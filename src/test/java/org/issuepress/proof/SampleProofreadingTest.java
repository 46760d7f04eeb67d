package org.issuepress.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.load.IssueLoader;
import org.issuepress.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proofreading on the sample issue: the two errors issue 22 names are found where they are, and
 * every finding is one judged by hand (src/test/resources/proof/sample-findings.tsv): a rule that
 * starts crying wolf on the sample fails here.
 */
class SampleProofreadingTest {
    private static final Path SAMPLE = Path.of("issue-data/2021-01");
    private static List<String> found;
    private static ProofReport report;

    @BeforeAll
    static void read() {
        Issue issue = IssueLoader.load(SAMPLE, new Diagnostics());
        Diagnostics d = new Diagnostics();
        report = Proofreader.read(issue, d);
        found = d.sorted().stream().map(SampleProofreadingTest::row).toList();
    }

    private static String row(Diagnostic x) {
        return x.pos().inIssue(SAMPLE) + "\t" + x.key() + "\t" + x.args().get(1) + "\t" + x.args().get(2);
    }

    @Test
    void theTwoKnownErrorsAreFound() {
        assertTrue(found.contains("articles/021-gongyi.txt:8:1\tproof-word.jiezhi\t截止\t截至"), String.join("\n", found));
        assertTrue(found.contains("articles/100-gongzhun.txt:5:17\tproof-word.contents-title\t巩准\t巩淮"), String.join("\n", found));
    }

    @Test
    void everyFindingIsOneJudgedByHand() throws IOException {
        List<String> judged = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/proof/sample-findings.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    judged.add(line.substring(0, line.lastIndexOf('\t')));
                }
            }
        }
        assertEquals(List.of(), found.stream().filter(f -> !judged.contains(f)).toList(), "findings nobody judged");
    }

    @Test
    void theRateCountsARepeatedErrorAtMostThreeTimes() {
        // 23 × 截止 count 3; the rest as sample-findings.tsv lists them
        ErrorRate r = ErrorRate.of(report, 48, 38, 96, 3);
        assertEquals(177_840, r.charsChecked());
        assertTrue(r.errors() > 3 && r.errors() < 23, "errors " + r.errors());
        assertTrue(r.passes(), "the sample's estimate is under 万分之二: " + r.perTenThousand());
    }
}
