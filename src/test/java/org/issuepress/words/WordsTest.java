package org.issuepress.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static List<String> words(String s) {
        return Words.of(s).stream().map(Word::text).toList();
    }

    @Test
    void theSamplesHeadsKeepTheirWordsWhole() {
        // the words an art director found split at line ends in the sample's heads (issue 20)
        assertTrue(words("干群齐心奋力攻坚").contains("干群"));
        assertTrue(words("健全防止返贫监测体系").containsAll(List.of("返贫", "体系")));
        assertTrue(words("毅然返乡创业").contains("毅然"));
        assertTrue(words("坚决打赢打好脱贫攻坚战").contains("脱贫"));
    }

    @Test
    void wordsCoverTheTextWithoutGapsWhateverItHolds() {
        for (String s : List.of("截至2020年底，全市贫困人口全部脱贫。", "“两不愁三保障”", "PDF/X-1a 与 2016—2020年", "𠮷野家　董　锐", "a")) {
            List<Word> w = Words.of(s);
            assertEquals(s, String.join("", w.stream().map(Word::text).toList()), s);
            for (int i = 0; i < w.size(); i++) {
                assertEquals(i == 0 ? 0 : w.get(i - 1).end(), w.get(i).start(), s);
                assertEquals(s.substring(w.get(i).start(), w.get(i).end()), w.get(i).text());
            }
        }
        assertEquals(List.of(), Words.of(""));
    }

    @Test
    void aPersonsNameIsOneWordAndTaggedAsAName() {
        Word name = Words.of("主编王景平").stream().filter(w -> w.text().equals("王景平")).findFirst().orElseThrow();
        assertTrue(name.isName(), name.tag());
    }

    @Test
    void theAdverbialDeIsTagged() {
        assertTrue(Words.of("他高兴地说").stream().anyMatch(w -> w.text().equals("地") && w.tag().equals("ude2")));
    }
}
