package org.issuepress.compose.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.issuepress.model.RichText;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

class TypesetterTest {
    static final RunStyle BODY = new RunStyle(TestFonts.fonts().face("serif"), 10, "text");
    static final RunStyle BOLD = new RunStyle(TestFonts.fonts().face("sans_bold"), 10, "text");
    static final Typesetter SETTER = new Typesetter(0.25, 0.1, 2);
    static final String PARA = "脱贫攻坚战打响以来，郑州市先后3批派出1000多支工作队、1000余名第一书记、近3万名帮扶责任人，"
            + "他们风里来、雨里去，舍小家为大家，深入脱贫攻坚一线，入万家门、访万家贫、解万家难，有些甚至为此献出了宝贵生命。"
            + "他们用行动告诉世人，什么是坚强，什么是坚定，什么是大爱。“五个一批”就是发展生产脱贫一批——易地搬迁脱贫一批……";

    private List<Line> set(String text) {
        return SETTER.set(RichText.plain(text), BODY, BOLD, 240, 20);
    }

    @Test
    void everyLineButTheLastEndsFlushWithTheMeasure() {
        List<Line> lines = set(PARA);
        assertTrue(lines.size() > 5);
        for (Line l : lines.subList(0, lines.size() - 1)) {
            assertEquals(240, l.end(), 0.5, () -> "ragged: " + l.text());
        }
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        for (int width = 150; width <= 260; width += 7) {
            for (Line l : SETTER.set(RichText.plain(PARA), BODY, BOLD, width, 20)) {
                String t = l.text();
                assertFalse("，。、；：？！）》」』】…”’".indexOf(t.charAt(0)) >= 0, () -> "starts with a closing mark: " + t);
                assertFalse("（《「『【“‘".indexOf(t.charAt(t.length() - 1)) >= 0, () -> "ends with an opening mark: " + t);
                assertFalse(t.endsWith("—") && !t.endsWith("——"), () -> "dash split: " + t);
            }
        }
    }

    @Test
    void closingMarkAfterBoldTextDoesNotStartALine() {
        RichText text = new RichText(List.of(new RichText.Span("一是突出主体责任", true),
                new RichText.Span("。市委市政府积极履行脱贫攻坚主体责任，每月召开市委常委会、政府常务会研判部署。", false)));
        for (int width = 60; width <= 200; width += 10) {
            for (Line l : SETTER.set(text, BODY, BOLD, width, 0)) {
                assertFalse(l.text().startsWith("。"), l.text());
            }
        }
    }

    @Test
    void digitsGetAQuarterEmGapWithoutASpaceCharacter() {
        Line l = set("全市有161个贫困村").get(0);
        assertEquals("全市有161个贫困村", l.text());
        Glyph you = l.glyphs().get(2);
        Glyph one = l.glyphs().get(3);
        assertEquals(2.5, one.x() - you.end(), 0.01);
    }

    @Test
    void adjacentMarksTakeLessThanTwoEms() {
        Line l = set("他说：“好。”我们走。").get(0);
        List<Glyph> g = l.glyphs();
        for (int i = 0; i + 1 < g.size(); i++) {
            if ("：“。”".contains(g.get(i).text()) && "：“。”".contains(g.get(i + 1).text())) {
                assertTrue(g.get(i + 1).x() - g.get(i).x() < 15, "advance between " + g.get(i).text() + g.get(i + 1).text());
            }
        }
    }

    @Test
    void lastLineHasAtLeastTwoCharacters() {
        for (int width = 100; width <= 260; width += 3) {
            List<Line> lines = SETTER.set(RichText.plain(PARA), BODY, BOLD, width, 20);
            String last = lines.get(lines.size() - 1).text().replaceAll("[\\p{P}]", "");
            assertTrue(last.length() >= 2, "last line '" + last + "' at width " + width);
        }
    }

    /**
     * Issue #20: a paragraph set again a line longer after its first lines (the part above a
     * column's foot untouched) holds the same text, every line but the last still flush, and
     * its first lines as they were; a line longer than the spacing allows is refused.
     */
    @Test
    void aParagraphIsSetALineLongerAfterTheLinesItKeeps() {
        RichText text = RichText.plain(PARA + PARA);
        List<Line> plain = SETTER.set(text, BODY, BOLD, 230, 20);
        Typesetter.Resetter again = SETTER.resetter(text, BODY, BOLD, 230, 20);
        List<Line> longer = again.reset(2, 1);
        assertEquals(plain.size() + 1, longer.size());
        assertEquals(plain.stream().map(Line::text).reduce("", String::concat), longer.stream().map(Line::text).reduce("", String::concat));
        assertEquals(plain.subList(0, 2), longer.subList(0, 2), "the lines kept are the same lines");
        for (Line l : longer.subList(0, longer.size() - 1)) {
            assertEquals(230, l.end(), 0.5, "flush: " + l.text());
        }
        assertEquals(null, again.reset(plain.size() - 2, 5), "five lines more from two would open every gap");
    }
}
