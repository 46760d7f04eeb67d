package org.issuepress.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issuepress.diag.SourcePos;
import org.junit.jupiter.api.Test;

/**
 * The suite of issue 22: sentences each holding one error a proofreader marks, one per line of
 * a pretend article; each must be found, of its kind, on its line, and the same sentences
 * corrected must give nothing at all. Recall per kind is printed for the issue's note.
 */
class InjectedErrorsTest {
    record Case(String code, String wrong, String right) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = InjectedErrorsTest.class.getResourceAsStream("/proof/injected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.add(new Case(f[0], f[1], f[2]));
                }
            }
        }
        return out;
    }

    private static List<Passage> article(List<String> lines) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(Passage.plain(lines.get(i), new SourcePos("a.txt", i + 1, 1), Place.BODY));
        }
        return out;
    }

    @Test
    void everyInjectedErrorIsFoundOfItsKindOnItsLine() throws IOException {
        List<Case> cases = cases();
        List<Hit> hits = Proofreader.hits(article(cases.stream().map(Case::wrong).toList()));
        Map<String, int[]> recall = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            int line = i + 1;
            boolean found = hits.stream().anyMatch(h -> h.passage().line() == line && h.kind().code().equals(c.code()));
            int[] n = recall.computeIfAbsent(c.code(), k -> new int[2]);
            n[0] += found ? 1 : 0;
            n[1]++;
            if (!found) {
                missed.add(line + ": " + c.wrong());
            }
        }
        recall.forEach((code, n) -> System.out.printf("recall %s: %d/%d%n", code, n[0], n[1]));
        recall.forEach((code, n) -> {
            assertTrue(n[1] >= 10, code + " has at least 10 cases");
            assertTrue(n[0] >= 0.9 * n[1], code + " recall " + n[0] + "/" + n[1] + ", missed " + missed);
        });
        assertEquals(List.of(), missed, "every injected error is found");
    }

    @Test
    void theCorrectedSentencesGiveNoFinding() throws IOException {
        List<Hit> hits = Proofreader.hits(article(cases().stream().map(Case::right).toList()));
        assertEquals(List.of(), hits.stream().map(h -> h.passage().line() + ": " + h.rule() + " " + h.found()).toList());
    }

    @Test
    void aFindingNamesTheCharacterItConcerns() {
        List<Hit> hits = Proofreader.hits(List.of(Passage.plain("近年来，截止2020年底全部脱贫。", new SourcePos("a.txt", 3, 5), Place.BODY)));
        assertEquals(1, hits.size());
        assertEquals("a.txt:3:9", Proofreader.diagnostic(hits.get(0)).pos().toString());
        assertEquals("'近年来，截止2020': 截止 (to end) before a time point; 'up to' a time is 截至",
                Proofreader.diagnostic(hits.get(0)).message(org.issuepress.diag.Lang.EN));
    }

    @Test
    void formsThatOnlyLookLikeErrorsAreLeftAlone() {
        List<String> right = List.of(
                "这是的的确确的事实，不能不了了之，也不能一了百了。",
                "游客前来观光采摘，贫困户入股分红，脱贫不稳定户得到帮扶。",
                "全年节约100元左右，接近三成，附近5个村。",
                "报名于5月1日截止，截止日期不再延长。",
                "近三年来，达到目的的办法很多。",
                "毕竟赛事已经结束。",
                "电话0371-67170759，2011-02-15发布，型号YJ-150。",
                "规范标识、挂牌。",
                "他说：“要坚持精准扶贫，",
                "“下一段接着说。”",
                "不断的努力终有回报，经过不断的努力，积极的态度。");
        List<Passage> passages = new ArrayList<>(article(right));
        // GB/T 15834-2011 4.4.3.4: a quotation over paragraphs opens each and closes only the last
        Passage open = passages.get(8);
        passages.set(8, new Passage(open.text(), open.file(), open.line(), open.col(), null, Place.BODY, true));
        assertEquals(List.of(), Proofreader.hits(passages).stream().map(h -> h.passage().line() + ": " + h.rule() + " " + h.found()).toList());
    }
}
