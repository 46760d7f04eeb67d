package org.issuepress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * The sample issue is as printed: it checks without errors, and its warnings are the
 * punctuation mixtures the printed issue has (kept in the data, not "fixed") and the few
 * run-out pages fitting leaves for the editor, and that the job ticket lacks a contact person
 * and a delivery date (the printed issue names neither), and the columns the flow could not run to
 * their foot (issue #20: 27 on 7 Dec 2026 at head_space 1, 14 at 0; ColumnFeetTest checks each is a column that ends short).
 * Proofreading's findings are judged one by one in SampleProofreadingTest and left out here.
 */
class SampleIssueCheckTest {

    @Test
    void theSampleIssueHasNoErrorsAndOnlyPunctuationWarnings() {
        List<String> found = BrokenInputsTest.check(SampleIssue.DIR);
        assertTrue(found.stream().noneMatch(f -> f.contains(": error: ")), String.join("\n", found));
        List<String> runOut = found.stream().filter(f -> f.contains("a run-out page")).toList();
        assertTrue(runOut.size() <= 3, "run-out pages fitting could not fill: " + runOut);
        List<String> shortColumns = found.stream().filter(f -> f.contains("lines above the foot of the text block")).toList();
        assertTrue(shortColumns.size() <= 27, "columns ending short: " + shortColumns); // 27 at head_space 1 (7 Dec 2026), 14 at 0
        List<String> proofread = proofread();
        List<String> other = found.stream().filter(f -> !f.contains("in Chinese text") && !f.contains("is a range written"))
                .filter(f -> !proofread.contains(f))
                .filter(f -> !runOut.contains(f) && !shortColumns.contains(f))
                .filter(f -> !f.endsWith("job ticket (委印单) lacks print.contact.name, print.delivery: the print shop would not know"
                        + " whom to call or when the copies are due — write them under print: in issue.yaml, e.g. contact:"
                        + " {unit: 郑州市农业信息中心, name: …, phone: 0371-…} and delivery: 2021-01-25"))
                .toList();
        assertEquals(List.of(), other, "warnings other than punctuation and the few run-out pages");
    }

    /** What the proofreading stage alone finds in the sample, worded as check words it. */
    private static List<String> proofread() {
        org.issuepress.diag.Diagnostics d = new org.issuepress.diag.Diagnostics();
        org.issuepress.proof.Proofreader.read(org.issuepress.load.IssueLoader.load(SampleIssue.DIR,
                new org.issuepress.diag.Diagnostics()), d);
        String prefix = SampleIssue.DIR.toAbsolutePath() + "/";
        return d.sorted().stream().map(org.issuepress.diag.Diagnostic::format).map(f -> f.replace(prefix, "")).toList();
    }

    @Test
    void itsMixedRangesAndHalfWidthCommasAreEachReportedOncePerFile() {
        List<String> found = BrokenInputsTest.check(SampleIssue.DIR);
        assertTrue(found.stream().anyMatch(f -> f.endsWith("articles/069-dibao.txt:19:113: warning: '2016-2020' is a range written"
                + " with '-', but line 21 writes '2016—2020' — write '2016—2020'")), String.join("\n", found));
        List<String> commas = found.stream().filter(f -> f.contains("articles/085-yulu.txt") && f.contains("comma")).toList();
        assertEquals(1, commas.size(), commas.toString());
        assertTrue(commas.get(0).contains("085-yulu.txt:19:10: warning: half-width comma ',' in Chinese text: '领导,科学'"), commas.get(0));
    }
}
