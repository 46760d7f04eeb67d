package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;
import org.junit.jupiter.api.Test;

class PunctuationCheckTest {

    static List<String> check(String... lines) {
        Diagnostics d = new Diagnostics();
        PunctuationCheck p = new PunctuationCheck(d);
        for (int i = 0; i < lines.length; i++) {
            p.line(lines[i], new SourcePos("a.txt", i + 1, 1));
        }
        p.finish();
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aHalfWidthCommaBetweenChineseCharactersIsAWarningWithTheFullWidthForm() {
        assertEquals(List.of("a.txt:1:5: warning: half-width comma ',' in Chinese text: '领导,科学' — write '领导，科学'"),
                check("加强领导,科学谋划"));
    }

    @Test
    void onlyTheFirstOccurrenceOfAKindIsReportedWithTheCount() {
        List<String> found = check("第一段,有逗号。", "第二段,也有,逗号:还有冒号。");
        assertEquals(List.of(
                "a.txt:1:4: warning: half-width comma ',' in Chinese text: '一段,有逗' (first of 3 in this file) — write '一段，有逗'",
                "a.txt:2:10: warning: half-width colon ':' in Chinese text: '逗号:还有' — write '逗号：还有'"), found);
    }

    @Test
    void parenthesesAreSuggestedAsAPairAndCountedOnce() {
        assertEquals(List.of("a.txt:1:3: warning: half-width parentheses '( )' in Chinese text: '区县(市)对口' (first of 2 in this file)"
                        + " — write '区县（市）对口'"),
                check("区县(市)对口帮扶", "**(一)加强领导。**"));
    }

    @Test
    void punctuationBetweenDigitsOrLatinTextIsLeftAlone() {
        assertEquals(List.of(), check("共计1,000元，10:30开会，Hello, world! (OK) 见images/a.jpg"));
    }

    @Test
    void fullWidthDigitsAreReported() {
        assertEquals(List.of("a.txt:1:3: warning: full-width letter or digit: '共计１２０' (first of 3 in this file) — write '共计120'"),
                check("共计１２０元"));
    }

    @Test
    void rangesWrittenBothWaysInOneFileAreAMixture() {
        assertEquals(List.of("a.txt:1:1: warning: '2016-2020' is a range written with '-', but line 2 writes '2018—2020' — write '2016—2020'"),
                check("2016-2020年，全市", "2018—2020年"));
        assertEquals(List.of(), check("2016-2020年", "2018-2020年"), "one style throughout is no mixture");
    }
}
