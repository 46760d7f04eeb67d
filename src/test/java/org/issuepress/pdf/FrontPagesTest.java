package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/** The front of the issue (#20 point 8): contents on one spread, the foreword in its own style without a running head. */
class FrontPagesTest {
    @Test
    void twoContentsPagesFaceEachOther() {
        List<Page> contents = SampleIssue.built().composed().pages().stream().filter(p -> p.kind() == PageKind.CONTENTS).toList();
        assertEquals(2, contents.size(), "the sample's contents take two pages");
        assertFalse(contents.get(0).recto(), "the contents start on a left-hand page, folio " + contents.get(0).folio());
        assertEquals(contents.get(0).folio() + 1, contents.get(1).folio());
    }

    @Test
    void theForewordIsSetInItsStyleUnderItsTitleOnly() {
        List<Page> pages = SampleIssue.built().composed().pages();
        int index = pages.indexOf(pages.stream().filter(p -> p.kind() == PageKind.FOREWORD).findFirst().orElseThrow());
        try (PDDocument doc = SampleIssue.open()) {
            List<PdfProbe.Char> chars = PdfProbe.chars(doc, index);
            long kai = chars.stream().filter(c -> c.font().contains("WenKai")).count();
            long serif = chars.stream().filter(c -> c.font().contains("Serif")).count();
            assertTrue(kai > 500 && serif == 0, "foreword set in 楷体 (design style foreword): " + kai + " kai, " + serif + " serif");
            float titleY = chars.stream().filter(c -> c.size() >= 20).map(PdfProbe.Char::y).min(Float::compare).orElseThrow();
            assertTrue(chars.stream().noneMatch(c -> c.y() < titleY - 30),
                    "nothing above the foreword's title (no running head)");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
