package org.issuepress.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** 《期刊编校差错率计算方法》 as ProofReport and ErrorRate apply it. */
class ErrorRateTest {
    private static Hit hit(Kind kind, String rule, String text, String suggested, Place place) {
        Passage p = Passage.plain(text, new SourcePos("a.txt", 1, 1), place);
        return new Hit(kind, rule, p, 0, text.length(), suggested);
    }

    @Test
    void aWrongCharacterIsOneTwoToFiveAreTwoMoreAreFour() {
        assertEquals(1.0, new ProofReport(List.of(hit(Kind.WORD, "x", "截止", "截至", Place.BODY)), 0).weightedErrors());
        assertEquals(2.0, new ProofReport(List.of(hit(Kind.WORD, "x", "嚶嚶", "嘤嘤", Place.BODY)), 0).weightedErrors());
        assertEquals(4.0, new ProofReport(List.of(hit(Kind.WORD, "x", "甲乙丙丁戊己", "子丑寅卯辰巳", Place.BODY)), 0).weightedErrors());
    }

    @Test
    void onTheCoverAnErrorCountsTwice() {
        assertEquals(2.0, new ProofReport(List.of(hit(Kind.WORD, "x", "截止", "截至", Place.COVER)), 0).weightedErrors());
    }

    @Test
    void oneErrorRepeatedCountsAtMostThreeTimes() {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            hits.add(hit(Kind.WORD, "jiezhi", "截止", "截至", Place.BODY));
        }
        assertEquals(3.0, new ProofReport(hits, 0).weightedErrors());
    }

    @Test
    void numberUsageIsATenthEachAndAtMostOne() {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            hits.add(hit(Kind.NUMBER, "date-form", "二〇二〇年" + i + "月", "2020年" + i + "月", Place.BODY));
        }
        assertEquals(1.0, new ProofReport(hits, 0).weightedErrors(), 1e-9);
        assertEquals(0.2, new ProofReport(hits.subList(0, 2), 0).weightedErrors(), 1e-9);
    }

    @Test
    void formErrorsAreCountedApartAndMoreThanFiveFail() {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hits.add(hit(Kind.FORM, "permit", "[审]" + i, "[审] " + i, Place.IMPRINT));
        }
        ProofReport r = new ProofReport(hits, 0);
        assertEquals(0.0, r.weightedErrors());
        ErrorRate rate = ErrorRate.of(r, 48, 38, 96, 4);
        assertEquals(6, rate.formErrors());
        assertFalse(rate.passes());
    }

    @Test
    void charactersCheckedAreCharsPerLineTimesLinesTimesPagesWithCoversAtHalf() {
        ErrorRate r = ErrorRate.of(new ProofReport(List.of(hit(Kind.WORD, "x", "截止", "截至", Place.BODY)), 0), 48, 38, 96, 4);
        assertEquals(48L * 38 * 98, r.charsChecked());
        assertEquals("0.06", r.perTenThousand()); // 1 in 178,752
        assertTrue(r.passes());
        List<Hit> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(hit(Kind.WORD, "x" + i, "截止", "截至", Place.BODY));
        }
        assertFalse(ErrorRate.of(new ProofReport(many, 0), 48, 38, 96, 4).passes(), "40 in 178,752 is above 2 in 10,000");
    }
}
