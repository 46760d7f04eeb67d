package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * The sample issue carries the printed magazine's text: compared as runs of 8 characters
 * (ideographs, Latin letters, digits; punctuation and white space dropped).
 */
class SeedCoverageTest {
    private static final Pattern KEEP = Pattern.compile("[0-9A-Za-z\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}]");
    private static final int N = 8;

    static String filtered(String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = KEEP.matcher(s);
        while (m.find()) {
            b.append(m.group());
        }
        return b.toString();
    }

    static List<String> grams(String s) {
        List<String> g = new java.util.ArrayList<>();
        for (int i = 0; i + N <= s.length(); i++) {
            g.add(s.substring(i, i + N));
        }
        return g;
    }

    @Test
    void pdfCarriesAtLeast97PercentOfTheSeedsRuns() {
        Set<String> pdf = new HashSet<>(grams(filtered(String.join("\n", SampleIssue.pageTexts()))));
        List<String> seed = grams(filtered(SampleIssue.seed()));
        long found = seed.stream().filter(pdf::contains).count();
        double share = 100.0 * found / seed.size();
        System.out.printf("seed runs found in the PDF: %.2f %%%n", share);
        assertTrue(share >= 97, String.format("only %.2f %% of the seed's runs are in the PDF", share));
    }

    @Test
    void atMost8PercentOfThePdfsRunsAreNotInTheSeed() {
        Set<String> seed = new HashSet<>(grams(filtered(SampleIssue.seed())));
        List<String> pdf = grams(filtered(String.join("\n", SampleIssue.pageTexts())));
        long absent = pdf.stream().filter(g -> !seed.contains(g)).count();
        double share = 100.0 * absent / pdf.size();
        System.out.printf("PDF runs not in the seed: %.2f %%%n", share);
        assertTrue(share <= 8, String.format("%.2f %% of the PDF's runs are not in the seed", share));
    }
}
