package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.model.Section;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * A page names its section once besides the running head (#20 point 6): 典型案例 stood three
 * times on f71, and in 人物风采 headers the red tag was printed over the small label.
 */
class SectionLabelsTest {
    /** Below the running head (PDFBox reads it about 40 pt down the e-edition's page; the text block starts lower). */
    private static final float BELOW_HEAD = 50;

    @Test
    void noPageNamesItsSectionTwiceBesidesTheRunningHead() {
        List<String> titles = SampleIssue.built().composed().issue().sections().stream().map(Section::title).toList();
        List<String> bad = new ArrayList<>();
        int labelled = 0;
        try (PDDocument doc = SampleIssue.open()) {
            for (int p = 1; p < doc.getNumberOfPages() - 1; p++) {
                StringBuilder furniture = new StringBuilder();
                for (PdfProbe.Char c : PdfProbe.chars(doc, p)) {
                    // the labels are set in 黑体 (sans); the body and captions name sections in their own faces
                    if (c.y() > BELOW_HEAD && c.font().contains("Sans") && c.size() < 10) {
                        furniture.append(c.text());
                    }
                }
                for (String t : titles) {
                    int n = count(furniture.toString(), t);
                    labelled += n;
                    if (n > 1) {
                        bad.add("PDF page " + (p + 1) + " names " + t + " " + n + " times");
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int n = labelled;
        assertTrue(n > 10, () -> "only " + n + " section labels found: the test reads the wrong text");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static int count(String s, String t) {
        int n = 0;
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + t.length())) {
            n++;
        }
        return n;
    }
}
