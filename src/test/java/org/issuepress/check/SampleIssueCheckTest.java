package org.issuepress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * The sample issue is as printed: it checks without errors, and its warnings are the
 * punctuation mixtures the printed issue has (kept in the data, not "fixed"), the few
 * run-out pages fitting leaves for the editor, and the columns the flow could not run to their
 * foot (issue #20: 14 on 7 Dec 2026; ColumnFeetTest checks each is a column that ends short).
 */
class SampleIssueCheckTest {

    @Test
    void theSampleIssueHasNoErrorsAndOnlyPunctuationWarnings() {
        List<String> found = BrokenInputsTest.check(SampleIssue.DIR);
        assertTrue(found.stream().noneMatch(f -> f.contains(": error: ")), String.join("\n", found));
        List<String> runOut = found.stream().filter(f -> f.contains("a run-out page")).toList();
        assertTrue(runOut.size() <= 3, "run-out pages fitting could not fill: " + runOut);
        List<String> shortColumns = found.stream().filter(f -> f.contains("lines above the foot of the text block")).toList();
        assertTrue(shortColumns.size() <= 14, "columns ending short: " + shortColumns);
        List<String> other = found.stream().filter(f -> !f.contains("in Chinese text") && !f.contains("is a range written"))
                .filter(f -> !runOut.contains(f) && !shortColumns.contains(f)).toList();
        assertEquals(List.of(), other, "warnings other than punctuation and the few run-out pages");
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
