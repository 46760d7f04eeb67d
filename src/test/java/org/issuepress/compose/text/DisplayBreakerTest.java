package org.issuepress.compose.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;

/** Display lines break where a reader pauses: the sample's heads that broke mechanically (#20 point 5). */
class DisplayBreakerTest {
    private static final RunStyle HEAD = new RunStyle(TestFonts.fonts().face("sans_bold"), 10, "text");
    private static final Typesetter SETTER = new Typesetter(0.25, 0.1, 2);

    private static List<String> lines(String text, double ems) {
        return SETTER.setDisplay(text, HEAD, ems * 10).stream().map(Line::text).toList();
    }

    @Test
    void aHeadBreaksAfterItsCommaNotInsideAWord() {
        // f71 split 干/群 at a 14-em column
        List<String> l = lines("软弱涣散村变示范村，干群合力答好“民生卷”。", 14);
        assertEquals(List.of("软弱涣散村变示范村，", "干群合力答好“民生卷”。"), l);
    }

    @Test
    void noWordIsSplitAndNoLineHoldsTwoCharactersOrFewer() {
        String[] heads = {"三、扶贫政策暖人心、毅然返捐显品质", "一、家境贫寒造就不屈人生", "三、创设“好人家家庭墙”，优化励志脱贫社会风气。",
            "三、部门联动共同推进,全面开辟扶贫项目建设绿色通道", "二、实施“一村一品”工程，提高贫困群众收入。"};
        for (String h : heads) {
            for (int ems = 6; ems <= 16; ems++) {
                List<String> l = lines(h, ems);
                assertEquals(h, String.join("", l));
                for (String line : l) {
                    long chars = line.codePoints().filter(Character::isIdeographic).count();
                    assertTrue(chars >= 3 || l.size() == 1, () -> "short line " + line + " in " + l);
                }
                String joined = String.join("|", l);
                for (String w : List.of("毅然", "不屈", "家庭墙", "工程", "项目", "好人家家庭墙")) {
                    if (h.contains(w) && ems >= 9) { // narrower, the 8-em quoted term itself must break
                        assertTrue(!joined.contains(split(w, joined)), () -> w + " split in " + joined);
                    }
                }
            }
        }
    }

    /** The first way {@code w} appears split by a line break in {@code joined}, or a marker that never occurs. */
    private static String split(String w, String joined) {
        for (int i = 1; i < w.length(); i++) {
            String s = w.substring(0, i) + "|" + w.substring(i);
            if (joined.contains(s)) {
                return s;
            }
        }
        return "\u0000";
    }

    @Test
    void aTwoLineHeadIsBalanced() {
        List<String> l = lines("着力实施改造提升工程 保障贫困乡村饮水安全", 14);
        assertEquals(List.of("着力实施改造提升工程", "保障贫困乡村饮水安全"), l);
    }

    @Test
    void aTailOfTwoCharactersIsNotLeftAlone() {
        // 体系 alone on f19: a line of 15 ems would take all but the last word
        String h = "建立健全稳定脱贫长效机制和防返贫监测体系";
        for (int ems = 10; ems <= 19; ems++) {
            List<String> l = lines(h, ems);
            assertTrue(l.size() == 1 || l.get(l.size() - 1).length() > 2, () -> String.join("|", l));
        }
    }
}
