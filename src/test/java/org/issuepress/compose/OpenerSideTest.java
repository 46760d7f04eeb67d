package org.issuepress.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.design.Design;
import org.issuepress.design.FitRules;
import org.issuepress.diag.Diagnostics;
import org.issuepress.press.Loaded;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * Section openers on one side (fit.opener_side, #20 point 8): the sample composed with recto
 * openers puts all five on right-hand pages, each blank verso it needs reported, and the
 * inside pages still whole sheets.
 */
class OpenerSideTest {
    @Test
    void rectoOpenersStandOnRightHandPagesAndTheirBlankVersosAreReported() {
        Pipeline pipeline = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        Loaded l = pipeline.load(SampleIssue.DIR, d);
        Design g = l.design();
        FitRules f = g.fit();
        Design recto = new Design(g.page(), g.leading(), g.measure(), g.fonts(), g.styles(), g.rules(), g.layouts(), g.colours(),
                g.chart(), new FitRules(f.sparse(), f.runOnText(), f.runOnSpace(), f.headSpace(), f.headerGrow(), f.floatGrow(),
                        FitRules.RECTO), g.photos());
        ComposedIssue c = pipeline.compose(new Loaded(recto, l.fonts(), l.issue(), l.proof()), d);
        List<Page> openers = c.pages().stream().filter(p -> p.kind() == PageKind.OPENER).toList();
        assertEquals(5, openers.size());
        openers.forEach(p -> assertTrue(p.recto(), "opener " + p.sectionId() + " on folio " + p.folio()));
        long blanks = c.insidePages().stream().filter(p -> p.kind() == PageKind.BLANK).count();
        long reported = d.all().stream().filter(x -> x.code().equals("opener-blank")).count();
        assertTrue(reported >= 1 && reported <= blanks, reported + " opener blanks reported, " + blanks + " blank pages");
        assertEquals(0, c.insidePages().size() % l.issue().print().padTo(), "whole sheets");
    }
}
